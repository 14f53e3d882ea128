"""Eight processes call next on one office at the same time: every ticket exactly once."""

import multiprocessing

from sqlalchemy import func, select

from app.core.errors import Refused
from app.operations import queue as q
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.store.db import open_database
from app.store.models import Counter, CounterService, Service, TicketEvent

COUNTERS = 8
TICKETS = 240


def add_counters(db, office_id, numbers):
    with db.write() as s:
        services = s.scalars(select(Service).where(Service.office_id == office_id)).all()
        for number in numbers:
            counter = Counter(office_id=office_id, number=number, name=f"Leti {number}",
                              label=str(number))
            s.add(counter)
            s.flush()
            for service in services:
                s.add(CounterService(office_id=office_id, counter_id=counter.id,
                                     service_id=service.id))


def call_until_empty(url: str, counter: int, start, results) -> None:
    db = open_database(url)
    ctx = open_context(db, staff_actor())
    start.wait()
    called = []
    while True:
        try:
            called.append(q.call_next(ctx, counter).id)
        except Refused as exc:
            assert exc.code == "queue_empty"
            break
    results.put((counter, called))
    db.dispose()


def test_eight_processes_call_every_ticket_exactly_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'lett.sqlite3'}"
    db = open_database(url)
    office_id = create_demo_office(db, staff_actor())
    add_counters(db, office_id, range(4, COUNTERS + 1))
    ctx = open_context(db, staff_actor())
    issued = {q.issue_ticket(ctx, "ABC"[i % 3], priority=int(i % 7 == 0)).id
              for i in range(TICKETS)}

    mp = multiprocessing.get_context("spawn")
    start = mp.Event()
    results = mp.Queue()
    workers = [mp.Process(target=call_until_empty, args=(url, n, start, results))
               for n in range(1, COUNTERS + 1)]
    for w in workers:
        w.start()
    start.set()
    per_counter = dict(results.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=30)
        assert w.exitcode == 0

    called = [tid for ids in per_counter.values() for tid in ids]
    assert len(called) == len(set(called)), "a ticket was called at two counters"
    assert set(called) == issued, "a ticket was lost"
    assert sum(1 for ids in per_counter.values() if ids) >= 2
    with db.read() as s:
        calls = s.scalar(select(func.count()).where(TicketEvent.kind == "called"))
    assert calls == TICKETS
