"""`lett server` in a process of its own over a test's store, for tests that treat it as a PC
does: over HTTP, with nothing shared but the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.core.permissions import Role
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.devices.service import create_enrollment
from app.server.store import open_server_store
from app.store.models import ChangeLog, VisitorRegistration
from app.sync.link import ServerLink

ROOT = Path(__file__).resolve().parents[2]


def wait_for(check, timeout: float = 30.0, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(step)


class Server:
    """`lett server` over the test's store, in a process of its own."""

    def __init__(self, url: str, tmp_path: Path) -> None:
        self.db = open_server_store(url)
        self.office_id = create_demo_office(self.db, staff_actor())
        port_file = tmp_path / "port"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.procs", "serve", url, str(port_file)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for(lambda: port_file.exists() and port_file.read_text().strip())
        self.url = f"http://127.0.0.1:{port_file.read_text().strip()}"

        def up() -> bool:
            try:
                ServerLink(self.url).get("/health")
                return True
            except Exception:
                return False

        wait_for(up)

    def code(self, role: Role = Role.DESK) -> str:
        return create_enrollment(self.db, "DEMO", role).code

    def registrations(self) -> list[str]:
        with self.db.read() as s:
            return sorted(s.scalars(select(VisitorRegistration.name)))

    def doubled(self) -> int:
        """Rows of visitors' registrations inserted into the change log more than once."""
        with self.db.read() as s:
            return len(s.execute(
                select(ChangeLog.row_id).where(ChangeLog.table_name == "visitor_registrations",
                                               ChangeLog.op == "insert")
                .group_by(ChangeLog.row_id).having(func.count() > 1)).all())

    def stop(self) -> None:
        os.kill(self.proc.pid, signal.SIGTERM)
        self.proc.wait(30)
        self.db.dispose()
