"""Call next follows the same rules on a server's PostgreSQL store as on SQLite: priority
first, the priority cap, aging, a ticket sent to a counter, the ticket in hand finished."""

import threading
import time

import pytest
from sqlalchemy import update

from app.core.errors import Refused
from app.core.ids import uuid7
from app.core.permissions import Actor, Role
from app.core.queue import TransferPlace
from app.operations import queue as q
from app.operations.context import open_context
from app.operations.setup import create_demo_office
from app.store.models import Office, Service, Ticket, TicketEvent

STAFF = Actor("staff", frozenset({Role.ADMIN, Role.COUNTER, Role.DESK}))


@pytest.fixture
def ctx(server_store, clock):
    create_demo_office(server_store, STAFF)
    return open_context(server_store, STAFF, clock=clock)


def test_priority_first_then_arrival(ctx, clock):
    for code, priority in (("A", 0), ("A", 1), ("B", 0)):
        q.issue_ticket(ctx, code, priority=priority)
        clock.advance(minutes=1)
    assert [q.call_next(ctx, 1).number for _ in range(3)] == ["A002", "A001", "B001"]


def test_after_the_priority_cap_a_regular_ticket_goes_next(ctx, clock):
    q.issue_ticket(ctx, "A")
    for _ in range(4):
        clock.advance(seconds=10)
        q.issue_ticket(ctx, "A", priority=1)
    assert [q.call_next(ctx, 1).number for _ in range(5)] == [
        "A002", "A003", "A004", "A001", "A005"]


def test_a_long_wait_ages_into_priority(ctx, clock):
    with ctx.db.write() as s:
        s.execute(update(Service).where(Service.code == "A").values(priority_aging_min=20))
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=45)
    q.issue_ticket(ctx, "A", priority=1)
    assert q.call_next(ctx, 1).number == "A001"


def test_a_ticket_sent_to_a_counter_is_called_there_first(ctx, clock):
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "B")
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "C")
    assert q.call_next(ctx, 1).number == "A001"
    clock.advance(minutes=1)
    q.transfer(ctx, 1, to_counter=2, place=TransferPlace.FRONT)
    called = q.call_next(ctx, 2)
    assert (called.number, called.counter) == ("A001", 2)
    assert [q.call_next(ctx, 2).number, q.call_next(ctx, 2).number] == ["B001", "C001"]


def test_calling_next_finishes_the_ticket_in_hand_even_when_nobody_waits(ctx):
    q.issue_ticket(ctx, "A")
    first = q.call_next(ctx, 1)
    with pytest.raises(Refused) as err:
        q.call_next(ctx, 1)
    assert err.value.code == "queue_empty"
    history = q.ticket_history(ctx, first.number)
    assert [e["kind"] for e in history] == ["issued", "called", "finished"]
    assert history[-1]["data"] == {"outcome": "served"}
    assert q.counter_desk(ctx, 1).current is None


def test_the_next_call_finishes_the_previous_and_records_both(ctx, clock):
    q.issue_ticket(ctx, "A", priority=1)
    q.issue_ticket(ctx, "A")
    first = q.call_next(ctx, 1)
    clock.advance(minutes=3)
    second = q.call_next(ctx, 1)
    assert [e["kind"] for e in q.ticket_history(ctx, first.number)] == [
        "issued", "called", "finished"]
    calls = q.recent_calls(ctx)
    assert [(c.number, c.counter_label) for c in calls] == [(second.number, "1"),
                                                            (first.number, "1")]
    assert q.ticket_history(ctx, second.number)[-1]["data"] == {"priority": False}
    assert q.ticket_history(ctx, first.number)[1]["data"] == {"priority": True}


def test_a_line_another_office_wrote_never_shows_in_a_tickets_history(ctx, clock):
    ticket = q.issue_ticket(ctx, "A")
    other = uuid7()
    with ctx.db.write() as s:  # as stored before the server checked pushed references
        s.add(Office(id=other, office_id=other, code="B-OFFICE", name="B"))
        s.flush()
        s.add(TicketEvent(office_id=other, ticket_id=ticket.id, kind="finished",
                          at=clock(), actor="intruder"))
    history = q.ticket_history(ctx, ticket.number)
    assert [(e["kind"], e["actor"]) for e in history] == [("issued", history[0]["actor"])]
    assert history[0]["actor"] != "intruder"


def test_a_void_while_a_counter_calls_the_ticket_waits_and_then_refuses(ctx):
    ticket = q.issue_ticket(ctx, "A")
    outcome: list[object] = []

    def void() -> None:
        try:
            outcome.append(q.void_ticket(ctx, ticket.id, "printer out of paper"))
        except Refused as exc:
            outcome.append(exc)

    voiding = threading.Thread(target=void)
    with ctx.db.write_connection() as conn:  # a counter's call of the ticket, not yet committed
        conn.execute(update(Ticket).where(Ticket.id == ticket.id)
                     .values(status="called", call_count=1))
        voiding.start()
        time.sleep(0.3)
        assert voiding.is_alive() and not outcome
    voiding.join(20)
    assert isinstance(outcome[0], Refused) and outcome[0].code == "ticket_not_waiting"
    assert q.ticket_history(ctx, ticket.number)[-1]["kind"] == "issued"
