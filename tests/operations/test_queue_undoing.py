"""A no-show brought back the same day, and call next undone moments after."""

import pytest
from sqlalchemy import select

from app.core.errors import Refused
from app.operations import queue as q
from app.store.models import Contact


def kinds(ctx, number):
    return [e["kind"] for e in q.ticket_history(ctx, number)]


def test_a_no_show_comes_back_to_its_place_by_arrival(ctx, clock):
    q.issue_ticket(ctx, "A")  # A001
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "A")  # A002
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "A")  # A003
    assert q.call_next(ctx, 1).number == "A001"
    assert q.no_show(ctx, 1).status == "no_show"
    assert [t.number for t in q.no_shows_today(ctx)] == ["A001"]
    clock.advance(minutes=5)
    back = q.bring_back(ctx, "a001")
    assert back.status == "waiting" and back.counter is None and back.call_count == 0
    # Ahead of those who arrived after: it is called next, and the order holds.
    assert [t.number for t in q.waiting_tickets(ctx)] == ["A001", "A002", "A003"]
    assert q.no_shows_today(ctx) == []
    assert kinds(ctx, "A001")[-2:] == ["no_show", "brought_back"]
    assert q.ticket_history(ctx, "A001")[-1]["data"] == {"was_at": 1}
    assert q.call_next(ctx, 1).number == "A001"


def test_bringing_back_is_refused_for_a_ticket_not_a_no_show(ctx):
    q.issue_ticket(ctx, "A")
    with pytest.raises(Refused) as err:
        q.bring_back(ctx, "A001")
    assert err.value.code == "not_a_no_show"
    q.call_next(ctx, 1)
    q.no_show(ctx, 1)
    q.bring_back(ctx, "A001")
    with pytest.raises(Refused) as err:
        q.bring_back(ctx, "A001")  # twice
    assert err.value.code == "not_a_no_show"
    assert kinds(ctx, "A001").count("brought_back") == 1


def test_yesterdays_no_show_cannot_be_brought_back(ctx, clock):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.no_show(ctx, 1)
    clock.advance(days=1)
    with pytest.raises(Refused) as err:
        q.bring_back(ctx, "A001")
    assert err.value.code == "bring_back_other_day"
    assert err.value.params["day"] == "23.11.2026"
    assert q.waiting_tickets(ctx) == [] and q.no_shows_today(ctx) == []


def test_undo_call_next_puts_both_tickets_back(ctx, clock):
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "B")
    q.call_next(ctx, 1)  # A001
    clock.advance(minutes=3)
    called = q.call_next(ctx, 1)  # finishes A001, calls A002
    assert called.number == "A002"
    clock.advance(seconds=4)
    at_counter = q.undo_call_next(ctx, 1, "A002")
    assert at_counter.number == "A001" and at_counter.status == "called"
    assert at_counter.outcome is None and at_counter.finished_at is None
    assert q.counter_desk(ctx, 1).current.number == "A001"
    assert [t.number for t in q.waiting_tickets(ctx)] == ["A002", "B001"]
    assert kinds(ctx, "A002")[-2:] == ["called", "call_undone"]
    assert kinds(ctx, "A001")[-2:] == ["finished", "finish_undone"]
    with ctx.db.read() as s:
        contacts = {c.ticket_id: c for c in s.scalars(select(Contact))}
    assert contacts[at_counter.id].ended_at is None and contacts[at_counter.id].outcome is None
    assert contacts[called.id].deleted_at is not None
    # The display no longer shows the call taken back.
    assert [c.number for c in q.recent_calls(ctx)] == ["A001"]
    # The next call takes A002 again, finishing A001 as served.
    assert q.call_next(ctx, 1).number == "A002"
    assert kinds(ctx, "A001")[-1] == "finished"


def test_undo_of_a_call_with_nobody_at_the_counter(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    put_back = q.undo_call_next(ctx, 1, "A001")
    assert put_back.status == "waiting" and put_back.call_count == 0
    assert q.counter_desk(ctx, 1).current is None
    assert [t.number for t in q.waiting_tickets(ctx)] == ["A001"]


def test_undo_keeps_a_ticket_sent_to_this_counter_for_it(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.transfer(ctx, 1, to_counter=2)
    q.call_next(ctx, 2)
    q.undo_call_next(ctx, 2, "A001")
    with pytest.raises(Refused):
        q.call_next(ctx, 1)  # it is not counter 1's
    assert q.call_next(ctx, 2).number == "A001"


def test_undo_is_refused_when_the_ticket_changed_or_too_late(ctx, clock):
    q.issue_ticket(ctx, "A")
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.call_next(ctx, 1)
    q.recall(ctx, 1)  # something happened to A002 since
    with pytest.raises(Refused) as err:
        q.undo_call_next(ctx, 1, "A002")
    assert err.value.code == "undo_changed"
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    clock.advance(minutes=2)
    with pytest.raises(Refused) as err:
        q.undo_call_next(ctx, 1, "A003")
    assert err.value.code == "undo_too_late"
    assert q.counter_desk(ctx, 1).current.number == "A003"


def test_undo_is_refused_when_the_finished_ticket_changed(ctx):
    q.issue_ticket(ctx, "A")
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.call_next(ctx, 1)  # finishes A001
    q.cancel(ctx, "A002")
    with pytest.raises(Refused) as err:
        q.undo_call_next(ctx, 1, "A002")
    assert err.value.code == "undo_changed"
    # At another counter: refused, nothing changed.
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    with pytest.raises(Refused) as err:
        q.undo_call_next(ctx, 3, "A003")
    assert err.value.code == "undo_changed"
    assert q.counter_desk(ctx, 1).current.number == "A003"


def test_undo_when_call_next_only_finished_the_visitor_as_nobody_waited(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    with pytest.raises(Refused) as err:
        q.call_next(ctx, 1)
    assert err.value.code == "queue_empty"
    assert q.counter_desk(ctx, 1).current is None
    back = q.undo_call_next(ctx, 1, "A001")
    assert back.status == "called" and back.counter == 1 and back.outcome is None
    assert kinds(ctx, "A001")[-2:] == ["finished", "finish_undone"]
    with pytest.raises(Refused) as err:
        q.undo_call_next(ctx, 1, "A001")  # it is called now, by no call of its own
    assert err.value.code == "undo_changed"
    q.finish(ctx, 1, "referred")
    with pytest.raises(Refused) as err:
        q.undo_call_next(ctx, 1, "A001")  # a finish with another outcome is no call next's
    assert err.value.code == "undo_changed"
