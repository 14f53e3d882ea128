"""Stored files travel between the office's desk and counter PCs through the server, whole
and checked: the content goes up after its record, comes down to the other PCs, never
reaches another office, a kiosk or a display, and a transfer cut short leaves nothing behind
and is done again in the next round."""

import contextlib
import hashlib
import socket
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.errors import ConnectionFailed, NotFound
from app.core.permissions import Role
from app.documents.files import data_folder
from app.operations import files as stored
from app.operations import notices
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.store.db import open_database
from app.store.models import FileBlob, LocalFile
from app.sync.engine import SyncReport, push, sync_once
from app.sync.link import ServerLink
from tests.documents.notice_values import VALUES
from tests.server.live import LiveServer

ENTRY = "register_entries"
SCAN = b"%PDF-1.7\n" + bytes(range(256)) * 4096  # 1 MB, so a cut transfer is cut mid-body


def pc(office, name, role=Role.DESK, office_id=None):
    """A PC with its own data folder (each PC keeps its files in its own)."""
    folder = office.tmp_path / name
    folder.mkdir()
    db = open_database(f"sqlite:///{folder / 'lett.sqlite3'}")
    token = add_device(office.db, office_id or office.office_id, role, db.device_id, name)
    link = ServerLink(office.live.url, token)
    office.pcs.append((db, link))
    return db, link


def keep(db, data=SCAN, name="1-2-26-0001.pdf"):
    ctx = open_context(db, staff_actor())
    with db.write() as s:
        return stored.keep_file(s, ctx, ENTRY, "entry-1", "document", name, data,
                                "application/pdf")


def blobs(office):
    with office.db.read() as s:
        return s.scalar(select(func.count()).select_from(FileBlob))


def files_on_disk(db) -> list[str]:
    """Every file in the PC's folders of stored files, hidden temporary files too."""
    home = data_folder(db)
    return sorted(str(p.relative_to(home)) for folder in ("register", "notices", "signed")
                  for p in (home / folder).rglob("*") if p.is_file())


@pytest.fixture
def two_desks(office):
    a, alink = pc(office, "desk-a")
    b, blink = pc(office, "desk-b", Role.COUNTER)
    assert sync_once(a, alink).online and sync_once(b, blink).online
    return a, alink, b, blink


def test_a_file_kept_on_one_pc_reaches_the_other(office, two_desks):
    a, alink, b, blink = two_desks
    kept = keep(a)
    sent = sync_once(a, alink)
    assert sent.online and (sent.files_sent, sent.files_waiting) == (1, 0)
    assert blobs(office) == 1
    got = sync_once(b, blink)
    assert got.online and (got.files_fetched, got.files_waiting) == (1, 0)
    assert got.to_json()["files_fetched"] == 1
    on_b = stored.latest_file(open_context(b, staff_actor()), ENTRY, "entry-1", "document")
    assert (on_b.id, on_b.sha256, on_b.path) == (kept.id, kept.sha256, kept.path)
    path = stored.file_path(open_context(b, staff_actor()), kept.id)
    assert path == data_folder(b) / "register/2026/1-2-26-0001.pdf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == kept.sha256
    # Nothing goes twice: the next rounds send and fetch nothing.
    again_a, again_b = sync_once(a, alink), sync_once(b, blink)
    assert (again_a.files_sent, again_b.files_fetched, again_b.files_waiting) == (0, 0, 0)
    assert blobs(office) == 1


def test_a_fetched_file_never_takes_the_place_of_a_file_of_the_same_name(office, two_desks):
    a, alink, b, blink = two_desks
    kept = keep(a)
    sync_once(a, alink)
    theirs = data_folder(b) / kept.path
    theirs.parent.mkdir(parents=True)
    theirs.write_bytes(b"a file of this PC")
    assert sync_once(b, blink).files_fetched == 1
    assert theirs.read_bytes() == b"a file of this PC"
    path = stored.file_path(open_context(b, staff_actor()), kept.id)
    assert path.name == "1-2-26-0001 (2).pdf" and path.read_bytes() == SCAN


def test_a_file_waits_until_the_pc_that_kept_it_has_sent_it(office, two_desks):
    a, alink, b, blink = two_desks
    kept = keep(a)
    push(a, alink, SyncReport())  # the record has gone, its content not yet
    early = sync_once(b, blink)
    assert early.online and (early.files_fetched, early.files_waiting) == (0, 1)
    with pytest.raises(NotFound) as err:
        stored.file_path(open_context(b, staff_actor()), kept.id)
    assert err.value.code == "file_not_here"
    assert sync_once(a, alink).files_sent == 1
    assert sync_once(b, blink).files_fetched == 1


def test_content_with_the_wrong_checksum_is_refused_and_nothing_is_kept(office, two_desks):
    a, alink, _b, _blink = two_desks
    kept = keep(a)
    push(a, alink, SyncReport())
    response = alink.exchange("PUT", f"/files/{kept.sha256}", content=SCAN + b"tampered")
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "file_hash_mismatch"
    assert body["params"]["actual"] == hashlib.sha256(SCAN + b"tampered").hexdigest()
    assert blobs(office) == 0
    # Content no record of the office names is not taken either.
    stray = b"not a record's file"
    response = alink.exchange("PUT", f"/files/{hashlib.sha256(stray).hexdigest()}",
                              content=stray)
    assert (response.status_code, response.json()["error"]) == (409, "file_not_recorded")
    assert alink.exchange("PUT", "/files/not-a-checksum", content=stray).status_code == 422
    assert blobs(office) == 0
    assert alink.put_bytes(f"/files/{kept.sha256}", SCAN)["created"] is True
    assert alink.put_bytes(f"/files/{kept.sha256}", SCAN)["created"] is False
    assert blobs(office) == 1


def test_a_file_larger_than_the_limit_is_refused(office, two_desks):
    _a, alink, _b, _blink = two_desks
    host, port = alink.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as conn:
        conn.sendall((f"PUT /files/{'a' * 64} HTTP/1.1\r\nHost: x\r\n"
                      f"Authorization: Bearer {alink.token}\r\n"
                      f"Content-Length: {100 * 1024 * 1024 + 1}\r\n\r\n").encode())
        conn.settimeout(10)
        answer = ""
        while "request_too_large" not in answer and (part := conn.recv(4096)):
            answer += part.decode()
    assert answer.startswith("HTTP/1.1 413") and "request_too_large" in answer
    assert blobs(office) == 0


def test_another_office_cannot_fetch_or_send_this_offices_file(office, two_desks):
    a, alink, _b, _blink = two_desks
    kept = keep(a)
    sync_once(a, alink)
    other_id = create_demo_office(office.db, staff_actor(), code="TARTU")
    _stranger, slink = pc(office, "tartu-desk", office_id=other_id)
    response = slink.exchange("GET", f"/files/{kept.sha256}")
    assert (response.status_code, response.json()["error"]) == (404, "file_not_at_server")
    response = slink.exchange("PUT", f"/files/{kept.sha256}", content=SCAN)
    assert response.status_code == 409
    with office.db.read() as s:
        assert s.scalars(select(FileBlob.office_id)).all() == [office.office_id]


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_exchanges_no_files(office, two_desks, role):
    a, alink, _b, _blink = two_desks
    kept = keep(a)
    sync_once(a, alink)
    device, dlink = pc(office, "device", role)
    report = sync_once(device, dlink)
    assert report.online and (report.files_fetched, report.files_waiting) == (0, 0)
    assert files_on_disk(device) == []
    for answer in (dlink.exchange("GET", f"/files/{kept.sha256}"),
                   dlink.exchange("PUT", f"/files/{kept.sha256}", content=SCAN)):
        assert (answer.status_code, answer.json()["error"]) == (403, "file_role")
    assert alink.exchange("GET", f"/files/{kept.sha256}").content == SCAN
    assert alink.exchange("GET", f"/files/{'0' * 64}").status_code == 404
    assert alink.exchange("GET", f"/files/{kept.sha256}", headers={"Authorization": ""}
                            ).status_code == 401


def test_a_fetch_with_the_server_stopped_leaves_nothing_and_is_done_next_round(
        office, two_desks):
    a, alink, b, blink = two_desks
    keep(a)
    sync_once(a, alink)
    push(b, blink, SyncReport())
    # b has the record (pulled) but the server stops before the content comes.
    from app.sync.engine import pull

    pull(b, blink, SyncReport())
    office.live.stop()
    report = sync_once(b, blink)
    assert isinstance(report.error, ConnectionFailed) and report.files_waiting == 1
    assert files_on_disk(b) == []
    office.live = LiveServer(create_app(office.db, live=False)).start()
    blink = ServerLink(office.live.url, blink.token)
    office.pcs.append((b, blink))
    report = sync_once(b, blink)
    assert report.online and (report.files_fetched, report.files_waiting) == (1, 0)
    assert files_on_disk(b) == ["register/2026/1-2-26-0001.pdf"]


class CuttingProxy:
    """A TCP relay to the server that cuts every answer after `keep` bytes, as a server that
    stops in the middle of sending a file does."""

    def __init__(self, upstream: str, keep: int) -> None:
        host, port = upstream.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.keep = keep
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        server = socket.create_connection(self.upstream)

        def up() -> None:
            try:
                while data := client.recv(65536):
                    server.sendall(data)
            except OSError:
                pass

        threading.Thread(target=up, daemon=True).start()
        sent = 0
        try:
            while sent < self.keep and (data := server.recv(min(65536, self.keep - sent))):
                client.sendall(data)
                sent += len(data)
        except OSError:
            pass
        # shutdown, not only close: the relay's other thread is still reading both sockets,
        # and a socket closed under a blocked read stays open, so the link would see no end.
        for sock in (client, server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


def test_a_fetch_cut_off_mid_file_leaves_no_half_file_and_is_done_next_round(
        office, two_desks):
    a, alink, b, blink = two_desks
    keep(a)
    push(a, alink, SyncReport())
    assert sync_once(b, blink).files_waiting == 1  # b has the record, the server no content
    assert sync_once(a, alink).files_sent == 1
    proxy = CuttingProxy(office.live.url, keep=256 * 1024)
    cut = ServerLink(proxy.url, blink.token)
    try:
        report = sync_once(b, cut)
    finally:
        cut.close()
        proxy.close()
    assert isinstance(report.error, ConnectionFailed)
    assert report.files_fetched == 0 and report.files_waiting == 1
    assert files_on_disk(b) == []
    with b.read() as s:
        assert s.scalar(select(func.count()).select_from(LocalFile)) == 0
    report = sync_once(b, blink)
    assert (report.files_fetched, report.files_waiting) == (1, 0)
    assert (data_folder(b) / "register/2026/1-2-26-0001.pdf").read_bytes() == SCAN


def test_an_issued_notice_reaches_the_other_desk_and_is_reprinted_there(
        office, two_desks, tmp_path):
    a, alink, b, blink = two_desks
    at_a, at_b = open_context(a, staff_actor()), open_context(b, staff_actor())
    made = notices.issue_notice(at_a, "certificate", "et", VALUES["certificate"])
    push(a, alink, SyncReport())
    sync_once(b, blink)
    with pytest.raises(NotFound) as err:
        notices.notice_pdf(at_b, made.registry_number)
    assert err.value.code == "notice_file_missing"
    assert sync_once(a, alink).files_sent == 1
    assert sync_once(b, blink).files_fetched == 1
    view, pdf = notices.notice_pdf(at_b, made.registry_number)
    assert view.id == made.id and hashlib.sha256(pdf).hexdigest() == made.pdf_sha256
    assert notices.notice_path(at_b, made.id)[1] == data_folder(b) / made.pdf_path
    saved = notices.save_notice_as(at_b, made.id, tmp_path / "saved.pdf")
    assert saved.read_bytes() == pdf
    copy = notices.reprint_notice(at_b, made.registry_number)
    assert copy.is_copy and copy.copy_of_id == made.id
    # The copy made on b goes back to a, file and all.
    assert sync_once(b, blink).files_sent == 1
    assert sync_once(a, alink).files_fetched == 1
    _view, copied = notices.notice_pdf(at_a, copy.id)
    assert hashlib.sha256(copied).hexdigest() == copy.pdf_sha256
    assert Path(data_folder(a) / copy.pdf_path).exists()


@pytest.fixture
def no_keyring():
    """No usable keyring: the device token goes to a file in the PC's data folder, never to
    the keyring of the person running the tests."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def connected_home(db, link) -> Path:
    from app.core.paths import settings_path
    from app.core.settings import Settings
    from app.sync.credentials import save_token

    home = data_folder(db)
    save_token(home, link.token)
    settings = Settings.load(settings_path(home))
    settings.set("server.url", link.url)
    settings.save()
    return home


def test_lett_sync_tells_the_files_sent_received_and_waiting(office, two_desks, no_keyring,
                                                            capsys, monkeypatch):
    import json

    from app.cli import main

    monkeypatch.setenv("LETT_LANG", "en")
    a, alink, b, blink = two_desks
    keep(a)
    assert main(["--home", str(connected_home(a, alink)), "sync", "--json"]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert (sent["files_sent"], sent["files_waiting"], sent["file_error"]) == (1, 0, None)
    assert main(["--home", str(connected_home(b, blink)), "sync"]) == 0
    assert "Files: 0 sent, 1 received, 0 waiting." in capsys.readouterr().out


def test_a_signed_container_reaches_the_other_desk(office, two_desks, tmp_path):
    from tests.operations.test_notices import signed_copy

    a, alink, b, blink = two_desks
    at_a, at_b = open_context(a, staff_actor()), open_context(b, staff_actor())
    made = notices.issue_notice(at_a, "poa_main_user", "et", VALUES["poa_main_user"])
    container = notices.export_asice(at_a, made.id, tmp_path / "volikiri.asice")
    signed = tmp_path / "volikiri-signed.asice"
    signed.write_bytes(signed_copy(container.read_bytes()))
    attached = notices.attach_signed(at_a, made.id, signed)
    assert sync_once(a, alink).files_sent == 2
    assert sync_once(b, blink).files_fetched == 2
    kept = stored.latest_file(at_b, "issuances", made.id, "signed")
    assert kept.path == attached.signed_path
    assert stored.file_content(at_b, kept.id) == signed.read_bytes()
    assert notices.get_issuance(at_b, made.id).signed_path == attached.signed_path
