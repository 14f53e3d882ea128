"""kill -9 of a PC mid-push and mid-pull, and of the server mid-batch: after a restart nothing
is lost and nothing is applied twice."""

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.core.ids import uuid7
from app.core.permissions import Role
from app.server.devices.service import add_device
from app.store.db import HEAD, open_database
from app.store.models import ChangeLog, Device, Visit
from app.sync.engine import pending, sync_once
from app.sync.link import ServerLink

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.sync.procs", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def add_visits(db, office_id: str, n: int) -> None:
    start = datetime(2026, 11, 23, 8, tzinfo=UTC)
    with db.write_connection() as conn:
        conn.execute(insert(Visit.__table__), [
            {"id": uuid7(), "office_id": office_id, "arrived_at": start + timedelta(seconds=i),
             "hlc": db.clock.now(), "device_id": db.device_id}
            for i in range(n)
        ])


def visit_ids(db) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(Visit.id)))


def applied_twice(server_db) -> int:
    """Visits whose insert reached the change log more than once."""
    with server_db.read() as s:
        counts = s.execute(
            select(ChangeLog.row_id, func.count()).where(ChangeLog.table_name == "visits")
            .group_by(ChangeLog.row_id).having(func.count() > 1)
        ).all()
    return len(counts)


def pushed_seq(server_db, device_id: str) -> int:
    with server_db.read() as s:
        return s.scalars(select(Device.pushed_seq).where(Device.id == device_id)).one()


def wait_for(check, timeout: float = 30.0, step: float = 0.005) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(step)


def test_a_pc_killed_mid_push_loses_nothing_and_applies_nothing_twice(office):
    pc, link = office.pc("desk1")
    sync_once(pc, link)
    add_visits(pc, office.office_id, 6000)
    token = link.token
    proc = run("sync", pc.url, office.live.url, token)
    wait_for(lambda: pushed_seq(office.db, pc.device_id) > 0)  # at least one batch is in
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert pending(pc).waiting > 0  # it really was cut off mid-push
    report = sync_once(pc, ServerLink(office.live.url, token))
    assert report.online and report.waiting == 0 and report.rejected == 0
    assert visit_ids(office.db) == visit_ids(pc)
    assert len(visit_ids(pc)) == 6000
    assert applied_twice(office.db) == 0


def test_a_pc_killed_mid_pull_resumes_from_its_cursor(office):
    writer, wlink = office.pc("desk1")
    reader, rlink = office.pc("desk2")
    sync_once(writer, wlink)
    add_visits(writer, office.office_id, 8000)
    sync_once(writer, wlink)
    proc = run("sync", reader.url, office.live.url, rlink.token)

    def cursor_moved() -> bool:
        try:
            return pending(reader).cursor > 0
        except Exception:
            return False

    wait_for(cursor_moved)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < len(visit_ids(reader)) < 8000 or pending(reader).cursor > 0
    report = sync_once(reader, rlink)
    assert report.online
    assert visit_ids(reader) == visit_ids(office.db) == visit_ids(writer)


@pytest.fixture
def server_process(server_url, tmp_path):
    from app.operations.context import staff_actor
    from app.operations.setup import create_demo_office
    from app.server.store import open_server_store

    db = open_server_store(server_url)
    office_id = create_demo_office(db, staff_actor())
    port_file = tmp_path / "port"

    class Proc:
        proc = None

        def start(self):
            self.proc = run("serve", server_url, str(port_file))
            wait_for(lambda: port_file.exists() and port_file.read_text().strip(), 30)
            url = f"http://127.0.0.1:{port_file.read_text().strip()}"

            def up() -> bool:
                try:
                    ServerLink(url).get("/health")
                    return True
                except Exception:
                    return False

            wait_for(up, 30, 0.05)
            self.url = url
            return url

        def kill(self):
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    p = Proc()
    yield db, office_id, p
    if p.proc and p.proc.poll() is None:
        p.kill()
    db.dispose()


def test_the_server_killed_mid_batch_loses_nothing_and_applies_nothing_twice(
    server_process, tmp_path
):
    server_db, office_id, server = server_process
    url = server.start()
    pc = open_database(f"sqlite:///{tmp_path / 'pc.sqlite3'}")
    token = add_device(server_db, office_id, Role.DESK, pc.device_id, "desk1")
    sync_once(pc, ServerLink(url, token))
    add_visits(pc, office_id, 6000)
    kills = 0
    for delay in (0.15, 0.3, 0.45):
        proc = run("sync", pc.url, url, token)
        time.sleep(delay)
        server.kill()
        kills += 1
        proc.wait(30)
        url = server.start()
        if pending(pc).waiting == 0:
            break
    report = sync_once(pc, ServerLink(url, token))
    assert report.online and report.waiting == 0 and report.rejected == 0
    assert kills >= 1
    assert visit_ids(server_db) == visit_ids(pc)
    assert len(visit_ids(pc)) == 6000
    assert applied_twice(server_db) == 0
    pc.dispose()


def test_the_same_batch_sent_twice_is_applied_once(office):
    pc, link = office.pc("desk1")
    sync_once(pc, link)
    add_visits(pc, office.office_id, 3)
    from app.store.models import Outbox

    with pc.read() as s:
        rows = s.scalars(select(Outbox).order_by(Outbox.seq)).all()
        import json

        body = {"schema": HEAD, "device_id": pc.device_id, "mutations": [
            {"seq": r.seq, "table": r.table_name, "row_id": r.row_id, "op": r.op,
             "row": json.loads(r.row), "fields": None} for r in rows]}
    first = link.post("/sync/push", body)
    second = link.post("/sync/push", body)
    assert (first["accepted"], first["duplicates"]) == (3, 0)
    assert (second["accepted"], second["duplicates"]) == (0, 3)
    assert applied_twice(office.db) == 0
    assert len(visit_ids(office.db)) == 3
