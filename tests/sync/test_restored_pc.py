"""A PC whose store went back in time (its lett.sqlite3 put back from an earlier copy) or that
shares its store with another PC (a cloned disk) loses nothing: the server counts a change as
a duplicate only when it has that very change, the PC keeps every unsent change and says it
must connect again, and after `lett connect` it sends them all. Against a real server process
on SQLite and on PostgreSQL, with the PC's data folder driven by the `lett` command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from app.cli import main
from app.core.permissions import Role
from app.server.devices.service import add_device
from app.store.db import HEAD, open_database
from app.store.models import Outbox
from app.sync.link import ServerLink
from tests.sync.servers import Server

DB_FILES = ("lett.sqlite3", "lett.sqlite3-wal")


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")


@pytest.fixture(autouse=True)
def no_keyring():
    """No usable keyring, as on a headless Linux: the device token is a file in the data
    folder, so a copy of the folder carries it as a disk image would."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def server(server_url, tmp_path):
    s = Server(server_url, tmp_path)
    yield s
    s.stop()


def lett(capsys, home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def ok(capsys, home: Path, *args: str) -> str:
    code, out, err = lett(capsys, home, *args)
    assert code == 0, err
    return out


def register(capsys, home: Path, *names: str) -> None:
    for name in names:
        ok(capsys, home, "visitor", "register", name)


def sync_json(capsys, home: Path) -> tuple[int, dict]:
    code, out, _ = lett(capsys, home, "sync", "--json")
    return code, json.loads(out)


def unsent(home: Path) -> int:
    db = open_database(f"sqlite:///{home / 'lett.sqlite3'}")
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Outbox))
    finally:
        db.dispose()


def copy_store(source: Path, target: Path) -> None:
    """A file copy of the store as a backup program takes it: the database and its WAL."""
    target.mkdir(parents=True, exist_ok=True)
    for name in (*DB_FILES, "lett.sqlite3-shm"):
        (target / name).unlink(missing_ok=True)
    for name in DB_FILES:
        if (source / name).exists():
            shutil.copy2(source / name, target / name)


def test_a_pc_put_back_from_an_earlier_copy_keeps_its_new_visitors_and_sends_them_after_connect(
    server, tmp_path, capsys
):
    pc = tmp_path / "pc"
    ok(capsys, pc, "connect", server.url, server.code())
    register(capsys, pc, "Ann Aas", "Bert Berg")
    assert sync_json(capsys, pc)[0] == 0
    # The backup is taken while the store is open (a reader holds it), so its WAL is copied
    # along with the database file, as a backup program finds them.
    holder = open_database(f"sqlite:///{pc / 'lett.sqlite3'}")
    register(capsys, pc, "Carl Kask")
    copy_store(pc, tmp_path / "backup")
    holder.dispose()
    assert (tmp_path / "backup" / "lett.sqlite3-wal").exists()
    register(capsys, pc, "Dora Dill", "Eve Ema", "Fred Fir")
    assert sync_json(capsys, pc)[0] == 0

    copy_store(tmp_path / "backup", pc)  # the PC is put back from the copy
    new = [f"Visitor {i}" for i in range(1, 8)]
    register(capsys, pc, *new)
    waiting = unsent(pc)

    code, report = sync_json(capsys, pc)
    assert code == 1
    assert report["error"] == "sync_store_copied"
    assert "restored from a copy or copied from another PC" in report["message"]
    assert "lett connect" in report["message"]
    # Carl Kask's registration, unsent in the copy, is one the server has: a duplicate. The
    # seven new visitors' changes are all kept.
    assert (report["pushed"], report["duplicates"]) == (0, 3)
    assert report["waiting"] == waiting - 3 == 7 * 3
    assert not set(new) & set(server.registrations())
    # Asked again, it says the same and still keeps everything.
    code, _, err = lett(capsys, pc, "sync")
    assert code == 1 and "restored from a copy or copied from another PC" in err
    assert unsent(pc) == waiting - 3

    out = ok(capsys, pc, "connect", server.url, server.code())
    assert "Connected to" in out
    assert ("This PC's data had been restored or copied: it is connected as a new device, and "
            "the changes it kept are sent under it (21 sent now).") in out
    code, report = sync_json(capsys, pc)
    assert code == 0 and report["waiting"] == 0 and report["rejections"] == 0
    assert server.registrations() == sorted(
        ["Ann Aas", "Bert Berg", "Carl Kask", "Dora Dill", "Eve Ema", "Fred Fir", *new])
    assert server.doubled() == 0


def test_two_pcs_cloned_from_one_disk_both_keep_their_visitors(server, tmp_path, capsys):
    first = tmp_path / "first"
    ok(capsys, first, "connect", server.url, server.code())
    register(capsys, first, "Ann Aas")
    assert sync_json(capsys, first)[0] == 0
    second = tmp_path / "second"
    shutil.copytree(first, second)  # the disk image, token and all

    register(capsys, first, "First 1", "First 2")
    register(capsys, second, "Second 1", "Second 2", "Second 3")
    assert sync_json(capsys, first)[0] == 0
    code, report = sync_json(capsys, second)
    assert (code, report["error"]) == (1, "sync_store_copied")
    assert report["waiting"] == unsent(second) > 0
    assert server.registrations() == ["Ann Aas", "First 1", "First 2"]

    ok(capsys, second, "connect", server.url, server.code())
    assert sync_json(capsys, second)[0] == 0
    register(capsys, first, "First 3")
    assert sync_json(capsys, first)[0] == 0
    assert server.registrations() == [
        "Ann Aas", "First 1", "First 2", "First 3", "Second 1", "Second 2", "Second 3"]
    assert server.doubled() == 0


def _push(link: ServerLink, device_id: str, *mutations: dict) -> dict:
    return link.post("/sync/push", {"schema": HEAD, "device_id": device_id,
                                    "mutations": list(mutations)})


def _visit(seq: int, office_id: str, device_id: str, row_id: str, arrived: str) -> dict:
    return {"seq": seq, "table": "visits", "row_id": row_id, "op": "insert", "fields": None,
            "row": {"id": row_id, "office_id": office_id, "arrived_at": arrived,
                    "hlc": (1_700_000_000_000 + seq) << 16, "device_id": device_id}}


def test_a_change_is_a_duplicate_only_when_the_server_has_that_very_change(server, tmp_path):
    from app.core.errors import Refused
    from app.core.ids import uuid7

    device = uuid7()
    link = ServerLink(server.url, add_device(server.db, server.office_id, Role.DESK, device, "d"))
    one, two = uuid7(), uuid7()
    sent = _visit(1, server.office_id, device, one, "2026-12-07T08:00:00+00:00")
    assert _push(link, device, sent)["accepted"] == 1
    again = _push(link, device, sent)  # the answer was lost: the same change again
    assert (again["accepted"], again["duplicates"]) == (0, 1)
    # The same seq with another change is no duplicate: the PC's store went back in time.
    with pytest.raises(Refused) as err:
        _push(link, device, _visit(1, server.office_id, device, two,
                                   "2026-12-07T09:00:00+00:00"))
    assert err.value.code == "sync_store_copied"
    # A refused change sent again is refused again, never taken for a duplicate.
    other = _visit(2, server.office_id, device, uuid7(), "2026-12-07T08:30:00+00:00")
    other["row"]["office_id"] = uuid7()
    assert [r["seq"] for r in _push(link, device, other)["rejected"]] == [2]
    repeated = _push(link, device, other)
    assert (repeated["duplicates"], [r["seq"] for r in repeated["rejected"]]) == (0, [2])
    link.close()
