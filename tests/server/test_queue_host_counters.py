"""Thirty counters, each its own device, call next at once through HTTP on PostgreSQL: every
ticket is called exactly once."""

import threading

import pytest
from sqlalchemy import func, select

from app.core.errors import Refused
from app.core.ids import uuid7
from app.core.permissions import Actor, Role
from app.operations import queue as q
from app.operations.context import Context, open_context
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.store.models import Counter, CounterService, Service, TicketEvent
from app.sync.host import RemoteHost
from app.sync.link import ServerLink
from tests.server.hosts import TALLINN
from tests.server.live import LiveServer

COUNTERS = 30
TICKETS = 600


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


@pytest.mark.postgres
@pytest.mark.parametrize("server_db_url", ["postgresql"], indirect=True)
def test_thirty_counters_over_http_call_every_ticket_exactly_once(server_store, tmp_path):
    db = server_store
    office_id = create_demo_office(db, Actor("admin", frozenset({Role.ADMIN})))
    add_counters(db, office_id, range(4, COUNTERS + 1))
    desk = open_context(db, Actor("desk", frozenset({Role.DESK})))
    issued = {q.issue_ticket(desk, "ABC"[i % 3], priority=int(i % 7 == 0)).id
              for i in range(TICKETS)}
    live = LiveServer(create_app(db, live=False)).start()
    start = threading.Barrier(COUNTERS, timeout=60)
    called: dict[int, list[str]] = {}
    failures: list[BaseException] = []

    def counter(number: int, token: str) -> None:
        host = RemoteHost(ServerLink(live.url, token, timeout=60))
        ctx = Context(db, Actor(f"Leti {number}", frozenset({Role.COUNTER})), office_id,
                      TALLINN, host=host)
        mine = called.setdefault(number, [])
        try:
            start.wait()
            while True:
                try:
                    ticket = q.call_next(ctx, number)
                except Refused as exc:
                    assert exc.code == "queue_empty"
                    return
                assert ticket.counter == number and ticket.status == "called"
                mine.append(ticket.id)
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)
        finally:
            host.close()

    tokens = {n: add_device(db, office_id, Role.COUNTER, uuid7(), f"Leti {n}")
              for n in range(1, COUNTERS + 1)}
    threads = [threading.Thread(target=counter, args=(n, tokens[n]))
               for n in range(1, COUNTERS + 1)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
    finally:
        live.stop()
    assert not failures, failures[:3]
    every = [tid for ids in called.values() for tid in ids]
    assert len(every) == len(set(every)), "a ticket was called at two counters"
    assert set(every) == issued, "a ticket was lost"
    assert sum(1 for ids in called.values() if ids) >= COUNTERS // 2
    with db.read() as s:
        calls = s.scalar(select(func.count()).where(TicketEvent.kind == "called"))
    assert calls == TICKETS
