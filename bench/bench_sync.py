"""Sync push and pull of 100,000 changes through the server on PostgreSQL.

Figures: rows per second for a PC pushing its outbox (in batches over HTTP; the server applies
each batch in one transaction, merging per field and writing the change log), and for a second
PC pulling the office's change log into its SQLite store.
Baseline: a plain psycopg `executemany` insert of the same rows into a bare copy of the table
on the same PostgreSQL (no checks, no change log, no HTTP), measured in the same run.
Target: >= 5,000 rows/s each way.

    .venv/bin/python bench/bench_sync.py [--rows 100000] [--database postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.core.ids import uuid7  # noqa: E402
from app.core.permissions import Role  # noqa: E402
from app.operations.context import staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.server.devices.service import add_device  # noqa: E402
from app.server.store import open_server_store  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import Visit  # noqa: E402
from app.sync.engine import SyncReport, pull, push  # noqa: E402
from app.sync.link import ServerLink  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def visit_rows(office_id: str, device_id: str, n: int, clock) -> list[dict]:
    start = datetime(2026, 11, 23, 8, tzinfo=UTC)
    return [
        {"id": uuid7(), "office_id": office_id, "arrived_at": start + timedelta(seconds=i),
         "left_at": start + timedelta(seconds=i + 600), "hlc": clock.now(),
         "device_id": device_id}
        for i in range(n)
    ]


def baseline(dsn: str, rows: list[dict]) -> float:
    """Plain executemany into a bare copy of the visits table: rows/s."""
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TEMP TABLE bare_visits (LIKE visits)")
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO bare_visits (id, office_id, arrived_at, left_at, hlc, device_id) "
                "VALUES (%(id)s, %(office_id)s, %(arrived_at)s, %(left_at)s, %(hlc)s, "
                "%(device_id)s)", rows)
        conn.commit()
        return len(rows) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--database", default=os.environ.get(
        "LETT_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    args = ap.parse_args()
    admin = args.database.replace("postgresql+psycopg://", "postgresql://")
    name = f"lett_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = args.database.rsplit("/", 1)[0] + f"/{name}"
    dsn = admin.rsplit("/", 1)[0] + f"/{name}"
    tmp = Path(tempfile.mkdtemp())
    server = None
    try:
        db = open_server_store(url)
        office_id = create_demo_office(db, staff_actor())
        writer = open_database(f"sqlite:///{tmp / 'writer.sqlite3'}")
        reader = open_database(f"sqlite:///{tmp / 'reader.sqlite3'}")
        wtoken = add_device(db, office_id, Role.DESK, writer.device_id, "writer")
        rtoken = add_device(db, office_id, Role.DESK, reader.device_id, "reader")
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-c",
             "import sys, uvicorn; sys.path.insert(0, sys.argv[3]);"
             "from app.server.app import create_app;"
             "from app.server.store import open_server_store;"
             "uvicorn.run(create_app(open_server_store(sys.argv[1]), live=False),"
             " host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')",
             url, str(port), str(ROOT)])
        base = f"http://127.0.0.1:{port}"
        wlink, rlink = ServerLink(base, wtoken, timeout=60), ServerLink(base, rtoken, timeout=60)
        for _ in range(200):
            try:
                wlink.get("/health")
                break
            except Exception:
                time.sleep(0.05)
        # Both PCs first take the office's configuration, as after `lett connect`.
        pull(writer, wlink, SyncReport())
        pull(reader, rlink, SyncReport())

        rows = visit_rows(office_id, writer.device_id, args.rows, writer.clock)
        with writer.write_connection() as conn:  # the triggers fill the outbox
            conn.execute(insert(Visit.__table__), rows)

        t0 = time.perf_counter()
        pushed = SyncReport()
        push(writer, wlink, pushed)
        push_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        pulled = SyncReport()
        pull(reader, rlink, pulled)
        pull_s = time.perf_counter() - t0

        plain = baseline(dsn, visit_rows(office_id, writer.device_id, args.rows, writer.clock))
        push_rate, pull_rate = pushed.pushed / push_s, pulled.pulled / pull_s
        print(f"rows: {args.rows}")
        print(f"baseline executemany insert: {plain:,.0f} rows/s")
        print(f"push: {pushed.pushed} rows in {push_s:.1f} s = {push_rate:,.0f} rows/s "
              f"(ratio to baseline {push_rate / plain:.2f}; target >= 5,000 rows/s)")
        print(f"pull: {pulled.pulled} rows in {pull_s:.1f} s = {pull_rate:,.0f} rows/s "
              f"(ratio to baseline {pull_rate / plain:.2f}; target >= 5,000 rows/s)")
        assert pushed.pushed == args.rows and pulled.pulled >= args.rows
        writer.dispose()
        reader.dispose()
        db.dispose()
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
