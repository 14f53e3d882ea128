"""Live event fan-out on PostgreSQL: a call at a counter to the waiting-room displays.

Figure: for each of 300 calls (`call_next` committed on PostgreSQL by this process, as a server
instance does for a counter), the time from just before the call until each connected display
has the ticket's change on its `/live` WebSocket; p50, p95 and max over calls x displays. The
displays are spread over two server processes on the same database, so half of them hear of
the call through the other instance's LISTEN. The time includes the call itself (its p50 is
printed too, and the time from its return): the figure is what a visitor sees, from the
click to the screen's socket.
Baseline: the bare PostgreSQL LISTEN/NOTIFY round trip with psycopg alone — one connection
sends `NOTIFY`, another connection in this process receives it — measured in the same run.
Target: p95 < 200 ms.

    .venv/bin/python bench/bench_live_fanout.py [--calls 300] [--displays 4] [--instances 2]
        [--database postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from app.core.ids import uuid7  # noqa: E402
from app.core.permissions import Role  # noqa: E402
from app.operations import queue as q  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.server.devices.service import add_device  # noqa: E402
from app.server.store import open_server_store  # noqa: E402
from app.sync.live import live_url  # noqa: E402

SERVER = (
    "import sys, uvicorn; sys.path.insert(0, sys.argv[3]);"
    "from app.server.app import create_app;"
    "from app.server.store import open_server_store;"
    "uvicorn.run(create_app(open_server_store(sys.argv[1])),"
    " host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(base: str) -> None:
    for _ in range(400):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the server at {base} did not start")


class Display:
    """A display's socket on a thread: when each ticket's change arrived."""

    def __init__(self, base: str, token: str) -> None:
        self.arrived: dict[str, float] = {}
        self.changed = threading.Condition()
        self.ready = threading.Event()
        self.ws = connect(live_url(base), additional_headers={"Authorization": f"Bearer {token}"})
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        for raw in self.ws:
            now = time.perf_counter()
            message = json.loads(raw)
            if message["type"] == "ready":
                self.ready.set()
            elif message["type"] == "change" and message["table"] == "tickets":
                with self.changed:
                    self.arrived.setdefault(message["row_id"], now)
                    self.changed.notify_all()

    def wait_for(self, row_id: str, timeout: float = 10.0) -> float:
        with self.changed:
            if not self.changed.wait_for(lambda: row_id in self.arrived, timeout):
                raise RuntimeError(f"ticket {row_id} never reached a display")
            return self.arrived[row_id]

    def close(self) -> None:
        self.ws.close()
        self.thread.join(5)


def baseline(dsn: str, rounds: int) -> list[float]:
    """Seconds from just before a NOTIFY is sent until another connection receives it."""
    arrived: dict[str, float] = {}
    changed = threading.Condition()
    listening = threading.Event()

    def listen() -> None:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("LISTEN bench_live")
            listening.set()
            for note in conn.notifies(stop_after=rounds):
                now = time.perf_counter()
                with changed:
                    arrived[note.payload] = now
                    changed.notify_all()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    listening.wait(10)
    times = []
    with psycopg.connect(dsn, autocommit=True) as conn:
        for i in range(rounds):
            t0 = time.perf_counter()
            conn.execute("SELECT pg_notify('bench_live', %s)", (str(i),))
            with changed:
                changed.wait_for(lambda i=i: str(i) in arrived, 10)
                times.append(arrived[str(i)] - t0)
    thread.join(10)
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * p) - 1, 0)]


def ms(values: list[float]) -> str:
    return (f"p50 {statistics.median(values) * 1000:6.1f} ms  p95 {pct(values, 0.95) * 1000:6.1f}"
            f" ms  max {max(values) * 1000:6.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--displays", type=int, default=4)
    ap.add_argument("--instances", type=int, default=2)
    ap.add_argument("--database", default=os.environ.get(
        "LETT_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    args = ap.parse_args()
    admin = args.database.replace("postgresql+psycopg://", "postgresql://")
    name = f"lett_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = args.database.rsplit("/", 1)[0] + f"/{name}"
    dsn = admin.rsplit("/", 1)[0] + f"/{name}"
    servers: list[subprocess.Popen] = []
    displays: list[Display] = []
    try:
        db = open_server_store(url)
        office_id = create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor())
        for i in range(args.calls):
            q.issue_ticket(ctx, "AB"[i % 2])  # the services of counter 1
        bases = []
        for _ in range(args.instances):
            port = free_port()
            servers.append(subprocess.Popen([sys.executable, "-c", SERVER, url, str(port),
                                             str(ROOT)]))
            bases.append(f"http://127.0.0.1:{port}")
        for base in bases:
            wait_up(base)
        for n in range(args.displays):
            token = add_device(db, office_id, Role.DISPLAY, uuid7(), f"display {n}")
            displays.append(Display(bases[n % len(bases)], token))
        for display in displays:
            display.ready.wait(10)

        calls, fanout, after_call = [], [], []
        for _ in range(args.calls):
            t0 = time.perf_counter()
            ticket = q.call_next(ctx, 1)
            t1 = time.perf_counter()
            calls.append(t1 - t0)
            arrivals = [display.wait_for(ticket.id) for display in displays]
            fanout.extend(t - t0 for t in arrivals)
            after_call.extend(t - t1 for t in arrivals)

        base = baseline(dsn, args.calls)
        ratio = pct(fanout, 0.95) / pct(base, 0.95)
        print(f"live fan-out on PostgreSQL: {args.calls} calls, {args.displays} displays on "
              f"{args.instances} server processes")
        print(f"  lett:      {ms(fanout)}  (call to every display's socket)")
        print(f"             call_next alone p50 {statistics.median(calls) * 1000:.1f} ms; "
              f"from its return to the sockets {ms(after_call)}")
        print(f"  baseline:  {ms(base)}  (psycopg NOTIFY to LISTEN round trip)")
        print(f"  ratio lett/baseline p95: {ratio:.1f}")
        ok = pct(fanout, 0.95) < 0.200
        print(f"  target p95 < 200 ms: {'met' if ok else 'NOT met'}")
        db.dispose()
    finally:
        for display in displays:
            display.close()
        for server in servers:
            server.terminate()
            server.wait(10)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
