"""Call next with 8 concurrent counter processes on one SQLite office.

Figure: calls per second over the whole run and duplicates (must be 0).
Baseline: the same 8 processes each committing a bare one-row `BEGIN IMMEDIATE` UPDATE on the
same database file — the floor cost of a durable, serialized write on this disk.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from app.core.errors import Refused  # noqa: E402
from app.operations import queue as q  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import Counter, CounterService, Service  # noqa: E402


def setup(url: str, counters: int, tickets: int) -> None:
    db = open_database(url)
    office_id = create_demo_office(db, staff_actor())
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
    ctx = open_context(db, staff_actor())
    for i in range(tickets):
        q.issue_ticket(ctx, "ABC"[i % 3], priority=int(i % 10 == 0))
    db.dispose()


def lett_worker(url: str, counter: int, start, out) -> None:
    db = open_database(url)
    ctx = open_context(db, staff_actor())
    start.wait()
    ids, latencies = [], []
    while True:
        t0 = time.perf_counter()
        try:
            ids.append(q.call_next(ctx, counter).id)
        except Refused:
            break
        latencies.append(time.perf_counter() - t0)
    out.put((ids, latencies, time.perf_counter()))


def baseline_worker(path: str, n: int, start, out) -> None:
    con = sqlite3.connect(path, timeout=15, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    start.wait()
    latencies = []
    for _ in range(n):
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE bench SET n = n + 1 WHERE id = 1")
        con.execute("COMMIT")
        latencies.append(time.perf_counter() - t0)
    out.put(([], latencies, time.perf_counter()))
    con.close()


def run(target, args_for, counters: int):
    mp = multiprocessing.get_context("spawn")
    start, out = mp.Event(), mp.Queue()
    procs = [mp.Process(target=target, args=(*args_for(n), start, out))
             for n in range(1, counters + 1)]
    for p in procs:
        p.start()
    time.sleep(1.5)  # let every process open its store
    t0 = time.perf_counter()
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    wall = max(r[2] for r in results) - t0
    ids = [i for r in results for i in r[0]]
    latencies = sorted(x for r in results for x in r[1])
    return wall, ids, latencies


def p95(values):
    return values[int(len(values) * 0.95) - 1] if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counters", type=int, default=8)
    parser.add_argument("--tickets", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lett-bench-"))
    url = f"sqlite:///{folder / 'lett.sqlite3'}"
    setup(url, args.counters, args.tickets)

    wall, ids, lat = run(lett_worker, lambda n: (url, n), args.counters)
    calls_per_s = len(ids) / wall
    duplicates = len(ids) - len(set(ids))

    base_path = folder / "baseline.sqlite3"
    con = sqlite3.connect(base_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE bench (id INTEGER PRIMARY KEY, n INTEGER)")
    con.execute("INSERT INTO bench VALUES (1, 0)")
    con.commit()
    con.close()
    per = max(len(ids) // args.counters, 1)
    b_wall, _, b_lat = run(baseline_worker, lambda n: (str(base_path), per), args.counters)
    base_per_s = per * args.counters / b_wall

    print(f"call next, {args.counters} counter processes, SQLite, {args.tickets} tickets")
    print(f"  lett:     {calls_per_s:8.1f} calls/s  p50 {statistics.median(lat) * 1000:6.1f} ms"
          f"  p95 {p95(lat) * 1000:6.1f} ms  called {len(ids)}  duplicates {duplicates}"
          f"  lost {args.tickets - len(set(ids))}")
    print(f"  baseline: {base_per_s:8.1f} tx/s     p50 {statistics.median(b_lat) * 1000:6.1f} ms"
          f"  p95 {p95(b_lat) * 1000:6.1f} ms  (bare BEGIN IMMEDIATE one-row update)")
    print(f"  ratio lett/baseline throughput: {calls_per_s / base_per_s:.2f}")
    ok = calls_per_s >= 200 and duplicates == 0 and len(set(ids)) == args.tickets
    print(f"  target >= 200 calls/s, 0 duplicates, none lost: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
