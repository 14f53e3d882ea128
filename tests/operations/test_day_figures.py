import contextlib
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.ids import uuid7
from app.operations import queue as q
from app.operations.measures import day_figures, read_histories
from app.store.models import Office, Ticket, TicketEvent
from tests.server.stores import STORES, fresh_pg_database

DAY = date(2026, 11, 23)  # the clock fixture's Monday; 08:00 UTC is 10:00 in Tallinn


def work_a_morning(ctx, clock):
    """Counters 1 (A, B), 2 (B, C) and 3 (A, B, C) through forty minutes of the demo office."""
    start = clock.at

    def to(minute):
        clock.at = start + timedelta(minutes=minute)

    q.issue_ticket(ctx, "A")                      # A001
    q.issue_ticket(ctx, "A")                      # A002
    to(2)
    q.issue_ticket(ctx, "B")                      # B001, the wrong service
    to(5)
    assert q.call_next(ctx, 1).number == "A001"
    to(8)
    q.park(ctx, 1)
    assert q.call_next(ctx, 1).number == "A002"
    to(10)
    assert q.cancel(ctx, "B001", reissue_service="C").number == "C001"
    to(12)
    q.finish(ctx, 1, "referred")
    to(14)
    q.return_parked(ctx, 1, "A001")
    to(15)
    assert q.call_next(ctx, 2).number == "C001"
    to(18)
    q.transfer(ctx, 2, to_service="B")
    to(20)
    q.finish(ctx, 1)
    to(21)
    q.issue_ticket(ctx, "A")                      # A003
    to(22)
    assert q.call_next(ctx, 2).number == "C001"
    to(25)
    q.no_show(ctx, 2)
    to(26)
    assert q.call_next(ctx, 3).number == "A003"
    to(30)
    q.finish(ctx, 3)
    q.issue_ticket(ctx, "B")                      # B002, left waiting
    to(40)
    return start


def minutes(n):
    return timedelta(minutes=n)


def test_the_store_s_events_become_one_history_per_ticket_in_time_order(ctx, clock):
    work_a_morning(ctx, clock)
    histories = {h.number: h for h in read_histories(ctx, DAY, DAY)}
    assert sorted(histories) == ["A001", "A002", "A003", "B001", "B002", "C001"]
    assert [e.kind.value for e in histories["A001"].events] == [
        "issued", "called", "parked", "returned", "finished"]
    assert histories["C001"].replaces == next(h.ticket for h in histories.values()
                                              if h.number == "B001")
    transfer = next(e for e in histories["C001"].events if e.kind.value == "transferred")
    assert (transfer.counter, transfer.to_service, transfer.actor) == ("2", "B", ctx.actor.name)
    assert read_histories(ctx, DAY + timedelta(days=1), DAY + timedelta(days=1)) == []


def test_an_event_another_office_pushed_for_a_ticket_here_is_not_counted(ctx, clock):
    work_a_morning(ctx, clock)
    with ctx.db.write() as s:
        other_id = uuid7()
        s.add(Office(id=other_id, office_id=other_id, code="MUU", name="Muu büroo"))
        s.flush()
        a1 = s.scalars(select(Ticket).where(Ticket.number == "A001")).one()
        s.add(TicketEvent(office_id=other_id, ticket_id=a1.id, kind="no_show",
                          at=clock.at - timedelta(minutes=39), actor="muu"))
    histories = {h.number: h for h in read_histories(ctx, DAY, DAY)}
    assert "no_show" not in [e.kind.value for e in histories["A001"].events]
    assert next(f for f in day_figures(ctx, DAY).services if f.service == "A").no_shows == 0


def test_per_service_figures_of_a_day_worked_through_the_queue(ctx, clock):
    work_a_morning(ctx, clock)
    figures = day_figures(ctx, DAY)
    by = {f.service: f for f in figures.services}

    a = by["A"]
    assert (a.steps, a.called, a.mean_wait, a.longest_wait) == (3, 3, minutes(6), minutes(8))
    assert a.service_level == 1.0 and a.target_wait == minutes(15)
    assert a.outcomes == {"served": 2, "referred": 1}
    # A001 was served 5-8 and 14-20 (parked between), A002 8-12, A003 26-30.
    assert a.mean_handling == minutes(9 + 4 + 4) / 3

    b = by["B"]  # the wrong B001 is not counted; C001 came over by transfer; B002 still waits
    assert (b.steps, b.called, b.no_shows, b.left_uncalled) == (2, 1, 1, 1)
    assert b.mean_wait == minutes(4) and b.longest_wait == minutes(10)

    # Five visitors came in the hour from 10:00; C001 is B001's visitor, not a new one.
    assert [(start.hour, n) for start, n in figures.arrivals if n] == [(10, 5)]
    assert len(figures.arrivals) == 24

    c = by["C"]  # C001 was reissued for B001 and kept its arrival at minute 2
    assert (c.steps, c.mean_wait, c.transfers, c.corrections) == (1, minutes(13), 1, 1)
    assert c.mean_handling == minutes(3)


def test_per_counter_figures_count_serving_open_and_idle_time(ctx, clock):
    start = work_a_morning(ctx, clock)
    counters = {f.counter: f for f in day_figures(ctx, DAY).counters}

    one = counters[1]  # working 5-20, serving 5-12 and 14-20; nobody of A or B waited 12-14
    assert (one.served, one.mean_handling, one.time_open) == (2, minutes(6.5), minutes(15))
    assert one.occupancy == pytest.approx(13 / 15)
    assert one.idle_while_waiting == timedelta(0)

    two = counters[2]  # working 15-25; C001 waited in B 18-22 while counter 2 stood idle
    assert (two.served, two.time_open, two.idle_while_waiting) == (0, minutes(10), minutes(4))
    assert two.occupancy == pytest.approx(6 / 10)

    opened = day_figures(ctx, DAY, open_spans={3: [(start, start + minutes(40))]})
    three = next(f for f in opened.counters if f.counter == 3)
    # Someone of A, B or C waited 0-15, 18-26 and 30-40; counter 3 served only 26-30.
    assert three.idle_while_waiting == minutes(15 + 8 + 10)
    assert three.occupancy == pytest.approx(4 / 40)


def test_a_day_without_tickets_has_empty_figures(ctx, clock):
    figures = day_figures(ctx, DAY - timedelta(days=1))
    assert [f.service for f in figures.services] == ["A", "B", "C"]
    assert all(f.steps == 0 and f.service_level is None for f in figures.services)
    assert all(f.occupancy is None and f.served == 0 for f in figures.counters)


@pytest.fixture(params=STORES)
def any_store(request, tmp_path, clock):
    """A context over a SQLite file, or over a fresh PostgreSQL database of its own."""
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office
    from app.store.db import open_database

    with contextlib.ExitStack() as stack:
        url = (f"sqlite:///{tmp_path / 'lett.sqlite3'}" if request.param == "sqlite" else
               stack.enter_context(fresh_pg_database(request.getfixturevalue("pg_url"))))
        db = open_database(url)
        stack.callback(db.dispose)
        create_demo_office(db, staff_actor())
        yield open_context(db, staff_actor(), clock=clock)


def test_each_store_gives_the_same_figures(any_store, clock):
    work_a_morning(any_store, clock)
    figures = day_figures(any_store, DAY)
    by = {f.service: f for f in figures.services}
    assert [(f.steps, f.called, f.mean_wait, f.no_shows, f.transfers, f.corrections,
             f.left_uncalled) for f in (by["A"], by["B"], by["C"])] == [
        (3, 3, minutes(6), 0, 0, 0, 0), (2, 1, minutes(4), 1, 0, 0, 1),
        (1, 1, minutes(13), 0, 1, 1, 0)]
    assert [(f.counter, f.served, f.time_open, f.idle_while_waiting)
            for f in figures.counters] == [
        (1, 2, minutes(15), timedelta(0)), (2, 0, minutes(10), minutes(4)),
        (3, 1, minutes(4), timedelta(0))]


def test_the_night_the_clocks_go_back_belongs_to_its_local_day(ctx, clock):
    # 03:30 in Tallinn happens twice on 2026-10-25: at 00:30 and at 01:30 UTC.
    clock.at = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    q.issue_ticket(ctx, "A")
    clock.at = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert q.call_next(ctx, 1).number == "A001"
    clock.at = datetime(2026, 10, 25, 21, 59, tzinfo=UTC)  # 23:59 local
    q.issue_ticket(ctx, "A")
    clock.at = datetime(2026, 10, 25, 22, 1, tzinfo=UTC)  # 00:01 on the 26th
    q.issue_ticket(ctx, "A")
    figures = day_figures(ctx, date(2026, 10, 25))
    a = next(f for f in figures.services if f.service == "A")
    assert figures.until == datetime(2026, 10, 25, 22, 0, tzinfo=UTC)
    assert (a.steps, a.mean_wait, a.left_uncalled) == (2, timedelta(hours=1), 1)
    assert a.longest_wait == timedelta(hours=1)
    assert len(figures.arrivals) == 25
    assert [(start.strftime("%H:%M%z"), n) for start, n in figures.arrivals if n] == [
        ("03:00+0300", 1), ("23:00+0200", 1)]
