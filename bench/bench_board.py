"""The supervisor board's refresh on a busy day: 400 tickets through 10 counters on SQLite.

Figure: per change at the queue (a ticket issued, called or finished), the board's refresh —
`board_state` (the day's events read and every figure computed through app.core.measures)
and the board view filling its tables — in CPU time and wall time, p50/p95.
Baselines, measured on the same store in the same run after the same changes: the waiting-room
display's refresh (`load_board`: the latest calls and each line's length), and one bare query
reading the day's ticket events (the rows the board reads) without computing anything.
Target: the board's refresh < 20 ms of the PC's time per change.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select, text  # noqa: E402

from app.core.errors import Refused  # noqa: E402
from app.operations import queue as q  # noqa: E402
from app.operations.board import board_state  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import Counter, CounterService, Service  # noqa: E402
from app.ui.display import load_board  # noqa: E402


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def busy_day(ctx, clock: Clock, tickets: int, counters: int, seed: int) -> None:
    """Tickets arriving through the day, counters calling and finishing (about 8 minutes a
    visitor), until `tickets` are issued; the day is left mid-afternoon with people waiting
    and counters serving."""
    rng = random.Random(seed)
    busy_until = dict.fromkeys(range(1, counters + 1), clock.at)
    serving: dict[int, bool] = dict.fromkeys(busy_until, False)
    issued = 0
    while issued < tickets:
        clock.at += timedelta(seconds=rng.randint(20, 70))
        q.issue_ticket(ctx, rng.choice("AABBC"))
        issued += 1
        for number in busy_until:
            if clock.at < busy_until[number]:
                continue
            if serving[number]:
                q.finish(ctx, number)
                serving[number] = False
            if rng.random() < 0.9:
                try:
                    q.call_next(ctx, number)
                except Refused:
                    continue
                serving[number] = True
                busy_until[number] = clock.at + timedelta(minutes=rng.uniform(3, 13))


def timed(call: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    call()
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def figures(name: str, cpu: list[float], wall: list[float]) -> tuple[float, float]:
    cpu.sort()
    wall.sort()
    p95 = cpu[int(len(cpu) * 0.95) - 1]
    wall_p95 = wall[int(len(wall) * 0.95) - 1]
    print(f"{name:<38} CPU p50 {statistics.median(cpu):6.2f} ms  p95 {p95:6.2f} ms   "
          f"wall p50 {statistics.median(wall):6.2f} ms  p95 {wall_p95:6.2f} ms")
    return statistics.median(cpu), p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=400)
    parser.add_argument("--counters", type=int, default=10)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()

    from app.ui.app import application
    from app.ui.board.view import BoardView
    from app.ui.runner import Runner

    folder = Path(tempfile.mkdtemp(prefix="lett-bench-board-"))
    db = open_database(f"sqlite:///{folder / 'lett.sqlite3'}")
    office_id = create_demo_office(db, staff_actor())
    with db.write() as s:
        services = s.scalars(select(Service).where(Service.office_id == office_id)).all()
        for number in range(4, args.counters + 1):
            counter = Counter(office_id=office_id, number=number, name=f"Leti {number}",
                              label=str(number))
            s.add(counter)
            s.flush()
            for service in services:
                s.add(CounterService(office_id=office_id, counter_id=counter.id,
                                     service_id=service.id))
    # A Tuesday from 08:00 in Tallinn (06:00 UTC).
    clock = Clock(datetime(2026, 11, 24, 6, 0, tzinfo=UTC))
    ctx = open_context(db, staff_actor(), clock=clock)
    started = time.perf_counter()
    busy_day(ctx, clock, args.tickets, args.counters, args.seed)
    state = board_state(ctx)
    with db.read() as s:
        events = s.scalar(text("SELECT count(*) FROM ticket_events"))
    print(f"busy day: {args.tickets} tickets, {events} events, {args.counters} counters, "
          f"{state.waiting} waiting, {sum(1 for c in state.counters if c.ticket)} serving, "
          f"made in {time.perf_counter() - started:.1f} s")

    application()
    view = BoardView(Runner(ctx))
    view.resize(1366, 768)
    day = ctx.local().date()
    bare = text("SELECT t.id, t.number, e.kind, e.at, e.counter_id, e.actor, e.data "
                "FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id "
                "WHERE t.office_id = :office AND t.day = :day ORDER BY e.at, e.id")

    def bare_query() -> None:
        with db.read() as s:
            s.execute(bare, {"office": office_id, "day": day}).all()

    rng = random.Random(args.seed + 1)
    holder: list[object] = []
    results: dict[str, tuple[list[float], list[float]]] = {
        k: ([], []) for k in ("board_state", "board view fill", "board refresh (both)",
                              "display refresh (load_board)", "bare query of the day's events")}
    for i in range(args.changes):
        clock.at += timedelta(seconds=15)
        number = 1 + i % args.counters
        with contextlib.suppress(Refused):  # a counter with nobody to call, or nobody to finish
            (q.issue_ticket(ctx, rng.choice("ABC")) if i % 3 == 0 else
             q.call_next(ctx, number) if i % 3 == 1 else q.finish(ctx, number))
        cpu_s, wall_s = timed(lambda: holder.append(board_state(ctx)))
        cpu_v, wall_v = timed(lambda: view.show_state(holder[-1]))  # type: ignore[arg-type]
        for key, (c, w) in (("board_state", (cpu_s, wall_s)),
                            ("board view fill", (cpu_v, wall_v)),
                            ("board refresh (both)", (cpu_s + cpu_v, wall_s + wall_v)),
                            ("display refresh (load_board)",
                             timed(lambda: load_board(ctx, 12))),
                            ("bare query of the day's events", timed(bare_query))):
            results[key][0].append(c)
            results[key][1].append(w)
    print(f"{args.changes} changes; per change:")
    medians = {k: figures(k, *v) for k, v in results.items()}
    board, _ = medians["board refresh (both)"]
    print(f"ratio board refresh / display refresh: "
          f"{board / medians['display refresh (load_board)'][0]:.2f}")
    print(f"ratio board refresh / bare query: "
          f"{board / medians['bare query of the day' + chr(39) + 's events'][0]:.2f}")
    target = medians["board refresh (both)"][1]
    print(f"target: board refresh p95 < 20 ms of CPU: {'met' if target < 20 else 'NOT met'} "
          f"({target:.2f} ms)")
    db.dispose()


if __name__ == "__main__":
    main()
