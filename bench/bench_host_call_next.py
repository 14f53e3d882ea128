"""Call next at the office queue host: 30 counters at once over HTTP, on PostgreSQL.

The counters work in rounds, as on a busy morning: 300 tickets wait (issued untimed), each
counter reads its desk (untimed), then all 30 counters call until nobody waits. Two ways to
call:
- flat out: each counter calls again the moment it has an answer; the figure is calls per
  second, the capacity of the host;
- paced: the counters together call 300 times a second on a fixed schedule (each every 100 ms
  from its own phase); the figure is the latency of a call from its scheduled moment, so a
  host that falls behind shows in it.
Each counter is a thread with its own device token, RemoteHost and context, as on a counter
PC; the 30 threads share 6 client processes (--processes), since 30 interpreters would take
the CPU the server needs on a small machine, where in an office they are PCs of their own.
A client process connects its counters and keeps what it loaded out of the garbage
collector's walks, as Lett does once started (app.core.heap); the rounds begin when every
client is ready.
The server is `lett server` (one process), or with --workers N that many uvicorn workers of
the same app, as several server instances behind one address.
Baseline: the same rounds with the same operation called in-process on the same database,
without HTTP. Also printed: CPU time per call of the server, the client processes and the
database's PostgreSQL backends (Linux /proc).

Needs LETT_TEST_DATABASE_URL (a PostgreSQL server where a database may be created).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.core.errors import Refused  # noqa: E402
from app.core.heap import settle  # noqa: E402
from app.core.ids import uuid7  # noqa: E402
from app.core.permissions import Actor, Role  # noqa: E402
from app.operations import queue as q  # noqa: E402
from app.operations.context import Context, open_context  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.server.devices.service import add_device  # noqa: E402
from app.server.store import open_server_store  # noqa: E402
from app.store.models import Counter, CounterService, Service  # noqa: E402

ADMIN = Actor("admin", frozenset({Role.ADMIN}))


def create_database(pg_url: str) -> tuple[str, str]:
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"lett_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_url.rsplit("/", 1)[0] + f"/{name}", name


def drop_database(pg_url: str, name: str) -> None:
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup(url: str, counters: int) -> tuple[str, dict[int, str]]:
    """The demo office with `counters` counters serving every service; a token per counter."""
    db = open_server_store(url)
    office_id = create_demo_office(db, ADMIN)
    with db.write() as s:
        services = s.scalars(select(Service).where(Service.office_id == office_id)).all()
        for number in range(4, counters + 1):
            counter = Counter(office_id=office_id, number=number, name=f"Leti {number}",
                              label=str(number))
            s.add(counter)
            s.flush()
            for service in services:
                s.add(CounterService(office_id=office_id, counter_id=counter.id,
                                     service_id=service.id))
    tokens = {n: add_device(db, office_id, Role.COUNTER, uuid7(), f"Leti {n}")
              for n in range(1, counters + 1)}
    db.dispose()
    return office_id, tokens


def fill(url: str, tickets: int) -> None:
    db = open_server_store(url)
    ctx = open_context(db, Actor("desk", frozenset({Role.DESK})))
    for i in range(tickets):
        q.issue_ticket(ctx, "ABC"[i % 3], priority=int(i % 10 == 0))
    db.dispose()


def serve_rounds(ctx: Context, counter: int, interval: float | None, go, out) -> None:
    """Call next round after round until told to stop. With `interval`, calls follow a fixed
    schedule (one every `interval` seconds, from a random phase) and a call's latency counts
    from its scheduled moment, so a server that falls behind shows in the figures."""
    rng = random.Random(counter)
    while True:
        start = go.get()
        if start is None:
            return
        ids, latencies, last = [], [], start
        # Untimed, before the round: the counter reads its desk, as its window does. Between
        # rounds the counters wait for the untimed refill, longer than the host remembers a
        # device's token (2 s); counters at work all day never pay that all at one moment.
        q.counter_desk(ctx, counter)
        due = start + (rng.random() * interval if interval else 0.0)
        time.sleep(max(due - time.monotonic(), 0.0))
        while True:
            if interval:
                time.sleep(max(due - time.monotonic(), 0.0))
            begun = due if interval else time.monotonic()
            try:
                ids.append(q.call_next(ctx, counter).id)
            except Refused:
                break
            except Exception as exc:  # the run stops and says why
                out.put(exc)
                return
            last = time.monotonic()
            latencies.append(last - begun)
            if interval:
                due += interval
        out.put((ids, latencies, last))


def client(kind: str, where: str, office_id: str, tokens: dict[int, str],
           counters: list[int], interval: float | None, gos: dict[int, Any], out) -> None:
    """One client process with a thread per counter. `kind` "http": each counter is a counter
    PC's context with its own device token, every queue operation going to the host at
    `where`; "direct": the same operation in-process on the database at `where`."""
    from zoneinfo import ZoneInfo

    from app.store.db import Database, open_database
    from app.sync.host import RemoteHost
    from app.sync.link import ServerLink

    contexts: dict[int, Context] = {}
    closing: list[Any] = []
    if kind == "http":
        for n in counters:
            host = RemoteHost(ServerLink(where, tokens[n], timeout=60,
                                         unreachable="host_unreachable"))
            closing.append(host)
            contexts[n] = Context(Database("sqlite://"),
                                  Actor(f"Leti {n}", frozenset({Role.COUNTER})), office_id,
                                  ZoneInfo("Europe/Tallinn"), host=host)
    else:
        db = open_database(where)
        closing.append(db)
        for n in counters:
            contexts[n] = open_context(db, Actor(f"Leti {n}", frozenset({Role.COUNTER})))
    for n, ctx in contexts.items():
        q.counter_desk(ctx, n)  # connect and warm up before the first round
    settle()  # as Lett does once started (app.core.heap)
    out.put(("ready", os.getpid()))
    threads = [threading.Thread(target=serve_rounds, args=(contexts[n], n, interval, gos[n], out))
               for n in counters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for thing in closing:
        thing.close() if hasattr(thing, "close") else thing.dispose()


def cpu_seconds(pids: list[int]) -> float:
    """CPU time the processes have used so far (Linux /proc; 0 where it cannot be read)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


class CpuMeter:
    """CPU used per part during the timed rounds: the server's processes, the client
    processes and the PostgreSQL backends of the benchmark's database."""

    def __init__(self, pg_url: str, database: str, server: int | None) -> None:
        self.admin = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
        self.database = database
        self.server = server
        self.clients: list[int] = []

    def parts(self) -> dict[str, list[int]]:
        with psycopg.connect(self.admin, autocommit=True) as conn:
            backends = [r[0] for r in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.database,))]
        server = [] if self.server is None else [self.server, *children(self.server)]
        return {"server": server, "clients": self.clients, "postgres": backends}

    def snapshot(self) -> dict[str, float]:
        return {part: cpu_seconds(pids) for part, pids in self.parts().items()}


@dataclass
class Run:
    calls: int = 0
    seconds: float = 0.0
    ids: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)

    @property
    def per_s(self) -> float:
        return self.calls / self.seconds


def run(url: str, kind: str, where: str, office_id: str, tokens: dict[int, str],
        counters: int, processes: int, rounds: int, queue: int, rate: float | None,
        meter: CpuMeter) -> Run:
    """`rounds` rounds: `queue` tickets wait (not timed), then the counters call until nobody
    waits. A round's time runs from its start to its last call's answer."""
    mp = multiprocessing.get_context("spawn")
    out = mp.Queue()
    interval = counters / rate if rate else None
    gos = {n: mp.Queue() for n in range(1, counters + 1)}
    groups = [list(range(1 + i, counters + 1, processes)) for i in range(processes)]
    procs = [mp.Process(target=client, args=(kind, where, office_id, tokens, group, interval,
                                             {n: gos[n] for n in group}, out))
             for group in groups if group]
    for p in procs:
        p.start()
    meter.clients = [p.pid for p in procs if p.pid is not None]
    result = Run()
    try:
        # The clock starts once every client has started and connected: a round measures
        # calls, not interpreters starting or the server's first answers.
        for _ in procs:
            ready = out.get(timeout=300)
            if isinstance(ready, Exception):
                raise SystemExit(f"a counter failed: {ready!r}")
        for _ in range(rounds):
            fill(url, queue)
            start = time.monotonic() + 0.5
            before = meter.snapshot()
            for go in gos.values():
                go.put(start)
            answers = [out.get(timeout=900) for _ in gos]
            failed = [a for a in answers if isinstance(a, Exception)]
            if failed:
                raise SystemExit(f"a counter failed: {failed[0]!r}")
            for part, used in meter.snapshot().items():
                result.cpu[part] = result.cpu.get(part, 0.0) + used - before.get(part, 0.0)
            result.seconds += max(a[2] for a in answers) - start
            for ids, latencies, _last in answers:
                result.ids += ids
                result.latencies += latencies
    finally:
        for go in gos.values():
            go.put(None)
        for p in procs:
            p.join(60)
    result.calls = len(result.ids)
    result.latencies.sort()
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int, home: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "LETT_HOME": str(home), "LETT_BENCH_STORE": url}
    if workers <= 1:
        command = [sys.executable, "-m", "app.cli", "server", "--database", url,
                   "--port", str(port)]
    else:
        command = [sys.executable, "-m", "uvicorn", "--factory", "--app-dir", str(ROOT / "bench"),
                   "bench_host_call_next:server_app", "--port", str(port),
                   "--workers", str(workers), "--log-level", "warning"]
    log = (home / "server.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    address = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{address}/health", timeout=1).status_code == 200:
                return server, address
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the server did not start; see {home / 'server.log'}")


def server_app():
    """The app of one uvicorn worker (--workers): the server over LETT_BENCH_STORE, as
    `lett server` makes it."""
    from app.server.app import create_app

    app = create_app(open_server_store(os.environ["LETT_BENCH_STORE"]))
    settle()
    return app


def p95(values: list[float]) -> float:
    return values[max(int(len(values) * 0.95) - 1, 0)] if values else float("nan")


def line(label: str, r: Run, expected: int) -> str:
    lat = r.latencies
    cpu = "  ".join(f"{part} {used / r.calls * 1000:.1f}" for part, used in r.cpu.items()
                    if used > 0)
    return (f"  {label:<18} {r.per_s:6.1f} calls/s  p50 {statistics.median(lat) * 1000:5.1f} ms"
            f"  p95 {p95(lat) * 1000:6.1f} ms  dup {r.calls - len(set(r.ids))}"
            f"  lost {expected - len(set(r.ids))}  CPU ms/call: {cpu}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counters", type=int, default=30)
    parser.add_argument("--queue", type=int, default=300,
                        help="tickets waiting at the start of each round (a busy morning)")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--rate", type=float, default=300.0,
                        help="calls per second the counters make together when paced")
    parser.add_argument("--processes", type=int, default=6,
                        help="client processes the counters' threads are spread over")
    parser.add_argument("--workers", type=int, default=1,
                        help="uvicorn worker processes of the server (1: `lett server`)")
    args = parser.parse_args()
    pg_url = os.environ.get("LETT_TEST_DATABASE_URL")
    if not pg_url:
        raise SystemExit("set LETT_TEST_DATABASE_URL to a PostgreSQL server")
    url, name = create_database(pg_url)
    home = Path(tempfile.mkdtemp(prefix="lett-bench-"))
    expected = args.rounds * args.queue
    results: dict[str, Run] = {}
    try:
        office_id, tokens = setup(url, args.counters)
        for rate in (None, args.rate):
            results[f"baseline {'paced' if rate else 'flat out'}"] = run(
                url, "direct", url, office_id, tokens, args.counters, args.processes,
                args.rounds, args.queue, rate, CpuMeter(pg_url, name, None))
        server, address = start_server(url, args.workers, home)
        try:
            for rate in (None, args.rate):
                results[f"HTTP {'paced' if rate else 'flat out'}"] = run(
                    url, "http", address, office_id, tokens, args.counters, args.processes,
                    args.rounds, args.queue, rate, CpuMeter(pg_url, name, server.pid))
        finally:
            server.terminate()
            server.wait(30)
    finally:
        drop_database(pg_url, name)

    print(f"call next, {args.counters} counters (threads in {args.processes} processes), "
          f"PostgreSQL, {args.rounds} rounds of "
          f"{args.queue} waiting tickets; server: {args.workers} process(es); "
          f"{os.cpu_count()} CPUs")
    print(f"  flat out: every counter calls again at once; paced: {args.rate:.0f} calls/s "
          f"offered, latency from each call's scheduled moment")
    for label in ("HTTP flat out", "HTTP paced", "baseline flat out", "baseline paced"):
        print(line(label, results[label], expected))
    print("  (baseline: the same calls in-process on the same database, without HTTP)")
    http, base = results["HTTP flat out"], results["baseline flat out"]
    paced, base_paced = results["HTTP paced"], results["baseline paced"]
    print(f"  ratio HTTP/baseline: throughput {http.per_s / base.per_s:.2f}, "
          f"paced p95 {p95(paced.latencies) / p95(base_paced.latencies):.2f}")
    ok = (http.per_s >= 300 and p95(paced.latencies) < 0.050
          and all(r.calls == len(set(r.ids)) == expected for r in results.values()))
    print(f"  target >= 300 calls/s flat out, p95 < 50 ms at {args.rate:.0f} calls/s, "
          f"0 duplicates, none lost: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
