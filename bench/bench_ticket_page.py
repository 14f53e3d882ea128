"""Ticket pages on visitors' phones: 2,000 open pages on one server process while counters call.

Figure: for each of the calls (`call_next` committed by this process on the server's store, as
a counter's call at the queue host is, at counters 1-3 in turn), the time from just before the
call until each open page of the called service has the view that call made (its people
ahead one fewer; the called ticket's page: "go to counter N"), read from that page's
server-sent event stream (`/t/<key>/events`); p50, p95 and max over calls x pages.
Baseline, in the same run and over the same calls: the displays' `/live` fan-out — the time
until each display's WebSocket has the called ticket's change.
Target: p95 < 1 s with 2,000 pages.

Everything runs on 127.0.0.1: one server process (uvicorn) and this process, which holds the
pages' 2,000 connections and the displays' sockets. The server's per-address limit of page
requests is lifted for the run (every phone here has the same address).

    .venv/bin/python bench/bench_ticket_page.py [--pages 2000] [--calls 30] [--displays 4]
        [--database postgresql+psycopg://...]   (default: a SQLite office host in a temp folder)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from app.core.ids import uuid7  # noqa: E402
from app.core.permissions import Role  # noqa: E402
from app.operations import queue as q  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.server.devices.service import add_device  # noqa: E402
from app.server.store import open_server_store  # noqa: E402
from app.sync.live import live_url  # noqa: E402

SERVER = (
    "import sys, resource, uvicorn; sys.path.insert(0, sys.argv[3]);"
    "soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE);"
    "resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard));"
    "from app.server.app import create_app;"
    "from app.server.store import open_server_store;"
    "from app.server.ticketpage.limits import Limits;"
    "app = create_app(open_server_store(sys.argv[1]));"
    "app.state.ticket_page_limits = Limits(requests=10**9, misses=10**9);"
    "uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[2]), log_level='warning',"
    " backlog=4096)"
)
# Connections opened at once while the pages load.
OPENING = 100
WAIT_S = 5.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(base: str) -> None:
    for _ in range(600):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the server at {base} did not start")


class Page:
    """One phone's page: its event stream, and when the view a call should make arrived."""

    def __init__(self, token: str, number: str, done: Waiting) -> None:
        self.token = token
        self.number = number
        self.done = done
        self.last: dict[str, Any] = {}
        self.seen = asyncio.Event()
        self.writer: asyncio.StreamWriter | None = None
        # The views awaited since a call (any one of them), and when it came.
        self.wanted: list[dict[str, Any]] | None = None
        self.arrived: float | None = None

    async def open(self, port: int, gate: asyncio.Semaphore) -> None:
        async with gate:
            reader, self.writer = await asyncio.open_connection("127.0.0.1", port)
            self.writer.write(f"GET /t/{self.token}/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Accept: text/event-stream\r\n\r\n".encode())
            await self.writer.drain()
            self.task = asyncio.create_task(self._read(reader))
            await self.seen.wait()

    def expect(self, *wanted: dict[str, Any]) -> None:
        self.wanted, self.arrived = list(wanted), None

    async def _read(self, reader: asyncio.StreamReader) -> None:
        while line := await reader.readline():
            if not line.startswith(b"data: "):
                continue
            now = time.perf_counter()
            view = json.loads(line[6:])
            if not view:  # a ping's
                continue
            self.last = view
            self.seen.set()
            wanted = self.wanted
            if wanted is not None and any(all(view.get(k) == v for k, v in w.items())
                                          for w in wanted):
                self.wanted, self.arrived = None, now
                self.done.one()

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


class Waiting:
    """How many pages still wait for the view of the latest call."""

    def __init__(self) -> None:
        self.left = 0
        self.all_in = asyncio.Event()

    def expect(self, count: int) -> None:
        self.left = count
        self.all_in.clear()

    def one(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.all_in.set()


class Display:
    """A display's /live socket: when each ticket's change arrived."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.ready = asyncio.Event()

    async def run(self, base: str, token: str) -> None:
        async with connect(live_url(base),
                           additional_headers={"Authorization": f"Bearer {token}"}) as ws:
            self.ws = ws
            async for raw in ws:
                now = time.perf_counter()
                message = json.loads(raw)
                if message["type"] == "ready":
                    self.ready.set()
                elif message["type"] == "change" and message["table"] == "tickets":
                    self.arrived.setdefault(message["row_id"], now)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * p) - 1, 0)]


def ms(values: list[float]) -> str:
    return (f"p50 {statistics.median(values) * 1000:7.1f} ms  p95 "
            f"{pct(values, 0.95) * 1000:7.1f} ms  max {max(values) * 1000:7.1f} ms")


async def until(condition, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        await asyncio.sleep(0.002)
    return True


async def run(args: argparse.Namespace, url: str) -> None:
    db = open_server_store(url)
    office_id = create_demo_office(db, staff_actor())
    ctx = open_context(db, staff_actor())
    done = Waiting()
    pages = []
    for i in range(args.pages):
        ticket = q.issue_ticket(ctx, "ABC"[i % 3])
        pages.append(Page(ticket.page_token, ticket.number, done))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port), str(ROOT)])
    displays: list[Display] = []
    tasks: list[asyncio.Task[None]] = []
    try:
        await asyncio.to_thread(wait_up, base)
        started = time.perf_counter()
        gate = asyncio.Semaphore(OPENING)
        await asyncio.gather(*(page.open(port, gate) for page in pages))
        opening = time.perf_counter() - started
        for n in range(args.displays):
            token = add_device(db, office_id, Role.DISPLAY, uuid7(), f"display {n}")
            display = Display()
            displays.append(display)
            tasks.append(asyncio.create_task(display.run(base, token)))
        for display in displays:
            await asyncio.wait_for(display.ready.wait(), 10)
        # The pages' people ahead, as each page was last shown it.
        ahead = {page.number: page.last["ahead"] for page in pages}
        by_number = {page.number: page for page in pages}
        waiting = {code: sorted((p for p in pages if p.number[0] == code),
                                key=lambda p: ahead[p.number]) for code in "ABC"}
        page_times: list[float] = []
        display_times: list[float] = []
        missed = 0
        for i in range(args.calls):
            counter = i % 3 + 1
            # Whoever is called next, every waiting page of its service changes, the called
            # one to "go to counter N": which service, the bench learns only from the call.
            for line in waiting.values():
                for page in line:
                    page.expect({"state": "waiting", "ahead": ahead[page.number] - 1},
                                {"state": "called", "counter": str(counter)})
            t0 = time.perf_counter()
            ticket = await asyncio.to_thread(q.call_next, ctx, counter)
            called = by_number[ticket.number]
            line = waiting[ticket.number[0]]
            line.remove(called)
            for page in line:
                ahead[page.number] -= 1
            wanted = [called, *line]
            done.expect(sum(1 for page in wanted if page.arrived is None))
            if done.left > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(done.all_in.wait(), WAIT_S)
            await until(lambda t=ticket.id: all(t in d.arrived for d in displays), WAIT_S)
            for page in wanted:
                if page.arrived is None:
                    missed += 1
                    page_times.append(WAIT_S)
                else:
                    page_times.append(page.arrived - t0)
            display_times.extend(d.arrived.get(ticket.id, t0 + WAIT_S) - t0 for d in displays)
            await asyncio.sleep(0.1)
        print(f"ticket pages: {args.pages} pages open on one server process ({db.dialect}), "
              f"{args.calls} calls at counters 1-3; pages opened in {opening:.1f} s")
        print(f"  pages:     {ms(page_times)}  ({len(page_times)} updates, {missed} missed)")
        print(f"  baseline:  {ms(display_times)}  ({args.displays} displays' /live sockets, "
              "the same calls)")
        print(f"  ratio pages/baseline p95: "
              f"{pct(page_times, 0.95) / pct(display_times, 0.95):.1f}")
        ok = pct(page_times, 0.95) < 1.0 and not missed
        print(f"  target p95 < 1 s: {'met' if ok else 'NOT met'}")
    finally:
        for page in pages:
            page.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        server.terminate()
        server.wait(15)
        db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--calls", type=int, default=30)
    ap.add_argument("--displays", type=int, default=4)
    ap.add_argument("--database", default="",
                    help="a PostgreSQL URL (a database is made and dropped); default SQLite")
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < args.pages + 200:
        sys.exit(f"{args.pages} pages need {args.pages + 200} open files; the limit is {hard}")
    if not args.database:
        with tempfile.TemporaryDirectory() as folder:
            asyncio.run(run(args, f"sqlite:///{Path(folder) / 'server.sqlite3'}"))
        return
    admin = args.database.replace("postgresql+psycopg://", "postgresql://")
    name = f"lett_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        asyncio.run(run(args, args.database.rsplit("/", 1)[0] + f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    os.environ.setdefault("LETT_HOME", tempfile.mkdtemp(prefix="lett-bench-"))
    main()
