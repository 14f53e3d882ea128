"""The server's memory does not grow with what devices send: four 90 MB files sent at once to
a real `lett server` process over real HTTP, on SQLite and on PostgreSQL, grow its resident
memory by a few megabytes, whether they are taken (a desk) or refused (a kiosk); and a file
taken comes back whole."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from app.core.clock import utcnow
from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.store.models import StoredFile
from tests.server.stores import fresh_pg_database

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
FILE_MB = 90
UPLOADS = 4
# What the four uploads may add to the server's resident memory at their peak: buffers of a
# part per upload, the event loop's reads, the allocator's slack; never the files.
MAX_GROWTH_MB = 40
BLOCK = os.urandom(MB)


def content(n: int) -> Iterator[bytes]:
    """File `n`: 90 MB, a megabyte at a time, so this test holds none of them whole either."""
    yield n.to_bytes(8, "big")
    for _ in range(FILE_MB):
        yield BLOCK


def sha256_of(n: int) -> str:
    digest = hashlib.sha256()
    for chunk in content(n):
        digest.update(chunk)
    return digest.hexdigest()


SIZE = 8 + FILE_MB * MB


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


class Peak:
    """The highest resident memory of a process while the block runs, read every 20 ms."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.mb = rss_mb(pid)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._done.wait(0.02):
            self.mb = max(self.mb, rss_mb(self.pid))

    def __enter__(self) -> Peak:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    pg_url = os.environ.get("LETT_TEST_DATABASE_URL")
    if not pg_url:
        pytest.skip("LETT_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
    with fresh_pg_database(pg_url) as url:
        yield url


@pytest.fixture
def server(store_url, tmp_path):
    """A `lett server` process over a store with the demo office, records of files 0-3 and a
    desk's and a kiosk's tokens."""
    db = open_server_store(store_url)
    office_id = create_demo_office(db, staff_actor())
    with db.write() as s:
        for n in range(UPLOADS + 1):
            s.add(StoredFile(office_id=office_id, owner_table="register_entries",
                             owner_id=uuid7(), purpose="document", file_name=f"scan-{n}.pdf",
                             content_type="application/pdf", size=SIZE, sha256=sha256_of(n),
                             created_at=utcnow()))
    tokens = {role: add_device(db, office_id, role, uuid7(), str(role))
              for role in (Role.DESK, Role.KIOSK)}
    db.dispose()
    port = free_port()
    env = {**os.environ, "LETT_LANG": "en", "LETT_HOME": str(tmp_path / "home")}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "server", "--port", str(port),
         "--database", store_url],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(f"{url}/health").json()["status"] == "ok"
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "lett server did not start"
                time.sleep(0.1)
        yield url, process.pid, tokens
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.communicate(timeout=15)
        process.kill()


def send(url: str, token: str, n: int) -> httpx.Response | None:
    """PUT file `n`; None when the server answered before taking the body and closed."""
    try:
        return httpx.put(f"{url}/files/{sha256_of(n)}", content=content(n), timeout=120,
                         headers={"Authorization": f"Bearer {token}",
                                  "Content-Type": "application/octet-stream",
                                  "Content-Length": str(SIZE)})
    except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
        return None


def send_all(url: str, token: str, files: range) -> list[httpx.Response | None]:
    with ThreadPoolExecutor(len(files)) as pool:
        return list(pool.map(lambda n: send(url, token, n), files))


def test_four_parallel_90_mb_files_do_not_grow_the_servers_memory(server):
    url, pid, tokens = server
    # One file first, so what serving a file loads for good is loaded before measuring.
    warm = send(url, tokens[Role.DESK], UPLOADS)
    assert warm is not None and warm.status_code == 200, warm and warm.text
    before = rss_mb(pid)

    with Peak(pid) as peak:
        answers = send_all(url, tokens[Role.DESK], range(UPLOADS))
    assert [a.status_code if a else None for a in answers] == [200] * UPLOADS
    assert [a.json()["size"] for a in answers if a] == [SIZE] * UPLOADS
    assert peak.mb - before < MAX_GROWTH_MB, (before, peak.mb)

    with Peak(pid) as refused:
        kiosk = send_all(url, tokens[Role.KIOSK], range(UPLOADS))
    assert all(a is None or a.status_code == 403 for a in kiosk)
    assert refused.mb - before < MAX_GROWTH_MB, (before, refused.mb)

    digest = hashlib.sha256()
    size = 0
    with Peak(pid) as fetched, httpx.stream(
        "GET", f"{url}/files/{sha256_of(0)}", timeout=120,
        headers={"Authorization": f"Bearer {tokens[Role.DESK]}"},
    ) as response:
        assert response.status_code == 200
        for chunk in response.iter_bytes():
            digest.update(chunk)
            size += len(chunk)
    assert (size, digest.hexdigest()) == (SIZE, sha256_of(0))
    assert fetched.mb - before < MAX_GROWTH_MB, (before, fetched.mb)


def test_a_refused_sender_is_told_before_its_file_is_read(server):
    url, _pid, tokens = server
    unknown = "0" * 64
    answered = httpx.put(f"{url}/files/{unknown}", content=b"x" * 1000,
                         headers={"Authorization": f"Bearer {tokens[Role.DESK]}"})
    kiosk = httpx.put(f"{url}/files/{sha256_of(0)}", content=b"x" * 1000,
                      headers={"Authorization": f"Bearer {tokens[Role.KIOSK]}"})
    wrong = httpx.put(f"{url}/files/{sha256_of(0)}", content=b"not the file",
                      headers={"Authorization": f"Bearer {tokens[Role.DESK]}"})
    assert (answered.status_code, answered.json()["error"]) == (409, "file_not_recorded")
    assert (kiosk.status_code, kiosk.json()["error"]) == (403, "file_role")
    assert (wrong.status_code, wrong.json()["error"]) == (400, "file_hash_mismatch")
