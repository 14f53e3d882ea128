"""Calling and the counter's actions: call next, recall, no-show, park and return, transfer,
finish, and opening or closing the counter.

Call next is the queue's busiest path: its statements are built once (app.operations.queue.
statements) and on SQLite run on the raw cursor; a ticket is taken by compare-and-set, so no
ticket is ever called at two counters."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, func, select
from sqlalchemy.orm import Session

from app.core.contacts import NO_SHOW, TRANSFERRED
from app.core.errors import Refused, StoreError
from app.core.ids import uuid7
from app.core.permissions import Action
from app.core.queue import (
    OUTCOMES,
    Candidate,
    EventKind,
    TicketStatus,
    TransferPlace,
    choose_next,
    transfer_key,
)
from app.operations.contacts import contact_retain, counter_contact_row, default_topics
from app.operations.context import Context
from app.operations.hosting import hosted
from app.operations.queue.lookups import (
    current_ticket,
    find_counter,
    find_office,
    find_service,
    find_ticket,
    require_current,
)
from app.operations.queue.statements import (
    CAP,
    COUNTER_LINES,
    END_CONTACT,
    FAST,
    FINISH_CURRENT,
    FINISH_ONLY_AT_ONCE,
    INSERT_CONTACT,
    INSERT_EVENT,
    LINES,
    OFFICE_SERVICES,
    READS_AT_ONCE,
    RECENT_CALLS,
    TAKE_AT_ONCE,
    TAKE_AT_ONCE_AT_COUNTER,
    TAKE_HEAD,
    TAKE_HEAD_AT_COUNTER,
    T,
)
from app.operations.queue.tickets import (
    add_event,
    close_ticket,
    end_counter_contact,
    event_row,
    view_of,
)
from app.operations.views import CounterView, TicketView, service_names
from app.store.models import Counter, CounterEvent, CounterService, Service, Ticket

# How long call next keeps trying while other counters are taking the tickets it chose.
TAKE_PATIENCE_S = 10.0


@hosted()
def call_next(ctx: Context, counter_number: int) -> TicketView:
    """Call the next visitor to this counter. A ticket still called here is finished first
    (outcome 'served'). Raises Refused('queue_empty') when nobody waits.

    On SQLite one write transaction (`BEGIN IMMEDIATE`) reads the heads of the lines and takes
    the chosen ticket by compare-and-set, so no ticket is ever called at two counters. It runs
    prebuilt, indexed statements on a bare connection: the write lock is held only briefly.
    On PostgreSQL (a server's queue host) one statement reads, and one more takes the head by
    compare-and-set, skipping a head another counter is taking (see _call_next_once).
    """
    ctx.require(Action.SERVE)
    setup = ctx.cached(("counter", counter_number), lambda: _counter_setup(ctx, counter_number))
    deadline = time.monotonic() + TAKE_PATIENCE_S
    attempt = 0
    while True:
        try:
            taken = _call_next_once(ctx, setup)
        except _TakenElsewhere:
            attempt += 1
            if time.monotonic() > deadline:
                raise StoreError("database_locked") from None
            # Every waiting ticket of the line is being taken by other counters this moment:
            # give them a moment to commit rather than ask again at once.
            time.sleep(random.random() * min(0.001 * attempt, 0.02))
            continue
        if taken is None:
            raise Refused("queue_empty", counter=counter_number)
        return _called_view(taken, setup)


class _TakenElsewhere(Exception):
    """PostgreSQL only: another counter took the chosen ticket between choice and update."""


def _choose(conn: Connection, ctx: Context, setup: _CounterSetup, now: datetime
            ) -> Candidate | None:
    """The line whose head the counter calls next (see app.core.queue.choose_next)."""
    recent = [
        bool((row.data or {}).get("priority"))
        for row in FAST.all(conn, RECENT_CALLS, {"counter_id": setup.counter_id,
                                                 "limit": max(setup.cap, 1)})
    ]
    heads = {
        Candidate(line.target_counter_id or "", line.priority, _as_utc(line.first),
                  line.service_id)
        for line in FAST.all(conn, LINES, {"office_id": ctx.office_id,
                                           "counter_id": setup.counter_id})
    }
    return choose_next(heads, now, recent, setup.cap, setup.aging)


def _call_next_once(ctx: Context, setup: _CounterSetup) -> Any | None:
    if ctx.db.dialect == "postgresql":
        # What the counter had and which line goes next are read first, each statement on
        # its own (READ COMMITTED sees each statement's own snapshot anyway); then one
        # statement takes the head, checking as it takes. Every write of an office waits for
        # the office's change-log lock (app.store.outbox): held for that one statement and its
        # commit only, thirty counters do not queue behind round trips to each other.
        now = ctx.now()
        with ctx.db.autocommit_connection() as conn:
            rows = conn.execute(READS_AT_ONCE, {"office_id": ctx.office_id,
                                                "counter_id": setup.counter_id,
                                                "limit": max(setup.cap, 1)}).all()
            heads = {Candidate(r.target_counter_id or "", r.priority, _as_utc(r.first),
                               r.service_id) for r in rows if r.part == "line"}
            recent = [bool(r.flag) for r in rows if r.part == "recent"]
            current = [r.ticket_id for r in rows if r.part == "current"]
            chosen = choose_next(heads, now, recent, setup.cap, setup.aging)
            if len(current) <= 1:
                held = current[0] if current else None
                if chosen is not None:
                    return _take_pg(conn, ctx, setup, chosen, held, now, ctx.db.stamp(),
                                    contact_retain(ctx, now))
                # Nobody waits (as of the read): the ticket in hand is finished all the same.
                if held is not None:
                    conn.execute(FINISH_ONLY_AT_ONCE, {
                        "at_counter": setup.counter_id, "current": held, "now": now,
                        **ctx.db.stamp(), "event_office": ctx.office_id,
                        "actor": ctx.actor.name, "finished_event": uuid7(),
                        "finished_data": {"outcome": "served"},
                    })
                return None
    return _call_next_in_one_transaction(ctx, setup)


def _call_next_in_one_transaction(ctx: Context, setup: _CounterSetup) -> Any | None:
    now = ctx.now()
    stamp = ctx.db.stamp()
    counter = {"counter_id": setup.counter_id}
    topics, retain = default_topics(ctx), contact_retain(ctx, now)
    with ctx.db.write_connection() as conn:
        chosen = _choose(conn, ctx, setup, now)
        finished = FAST.all(conn, FINISH_CURRENT, {"at_counter": setup.counter_id, "now": now,
                                                   **stamp})
        events = [
            event_row(ctx, row.id, EventKind.FINISHED, setup.counter_id, now,
                      {"outcome": "served"})
            for row in finished
        ]
        if finished:
            FAST.many(conn, END_CONTACT, [{"ended_ticket": row.id, "now": now,
                                           "contact_outcome": "served", **stamp}
                                          for row in finished])
        if chosen is None:
            if events:
                FAST.many(conn, INSERT_EVENT, events)
            return None
        # A head is (service, priority level, target counter); its id field holds the target.
        take = TAKE_HEAD_AT_COUNTER if chosen.id else TAKE_HEAD
        taken = FAST.all(conn, take, {"line_office": ctx.office_id,
                                      "line_service": chosen.service_id,
                                      "line_priority": chosen.priority, "line_target": chosen.id,
                                      **counter, "now": now, **stamp}, result_table=T)
        if not taken:
            raise _TakenElsewhere
        events.append(event_row(ctx, taken[0].id, EventKind.CALLED, setup.counter_id, now,
                                {"priority": chosen.priority > 0}))
        FAST.many(conn, INSERT_EVENT, events)
        FAST.many(conn, INSERT_CONTACT, [counter_contact_row(
            ctx, taken[0], setup.counter_id, now, stamp, topics.get(taken[0].service_id),
            retain)])
        return taken[0]


def _take_pg(
    conn: Connection,
    ctx: Context,
    setup: _CounterSetup,
    chosen: Candidate,
    current: str | None,
    now: datetime,
    stamp: dict[str, Any],
    retain: datetime,
) -> Any:
    """Take the chosen line's head with TAKE_AT_ONCE (one statement); raises _TakenElsewhere
    when every waiting ticket of the line is being taken by other counters."""
    take = TAKE_AT_ONCE_AT_COUNTER if chosen.id else TAKE_AT_ONCE
    taken = conn.execute(take, {
        "line_office": ctx.office_id, "line_service": chosen.service_id,
        "line_priority": chosen.priority, "line_target": chosen.id,
        "at_counter": setup.counter_id, "current": current, "now": now, **stamp,
        "event_office": ctx.office_id, "actor": ctx.actor.name,
        "finished_event": uuid7(), "finished_data": {"outcome": "served"},
        "called_event": uuid7(), "called_data": {"priority": chosen.priority > 0},
        "contact_id": uuid7(), "contact_retain": retain,
    }).first()
    if taken is None:
        raise _TakenElsewhere
    return taken


@dataclass(frozen=True)
class _CounterSetup:
    """A counter's configuration as call_next needs it."""

    counter_id: str
    number: int
    label: str
    cap: int
    aging: dict[str, int]
    services: dict[str, Row]


def _counter_setup(ctx: Context, number: int) -> _CounterSetup:
    office = {"office_id": ctx.office_id}
    with ctx.db.read_connection() as conn:
        rows = conn.execute(COUNTER_LINES, {**office, "number": number}).all()
        if not rows:
            with ctx.db.read() as s:
                find_counter(s, ctx, number)  # raises NotFound naming the counters there are
        services = {r.id: r for r in conn.execute(OFFICE_SERVICES, office)}
        cap = conn.scalar(CAP, office) or 0
    return _CounterSetup(
        counter_id=rows[0].id,
        number=number,
        label=rows[0].label,
        cap=cap,
        aging={r.service_id: r.priority_aging_min for r in rows if r.priority_aging_min},
        services=services,
    )


def _called_view(t: Any, setup: _CounterSetup) -> TicketView:
    service = setup.services[t.service_id]
    return TicketView.build(t, service.code, service_names(service), setup.number, setup.label)


def _as_utc(value: datetime | str) -> datetime:
    # SQLite returns MIN() over a datetime column as text, without the column's type.
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@hosted()
def recall(ctx: Context, counter_number: int) -> TicketView:
    """Call the current visitor again; after the office's limit of unanswered calls the ticket
    becomes a no-show."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        office = find_office(s, ctx)
        counter = find_counter(s, ctx, counter_number)
        ticket = require_current(s, counter)
        if ticket.call_count >= office.noshow_after:
            close_ticket(ticket, TicketStatus.NO_SHOW, ctx.now())
            end_counter_contact(s, ctx, ticket, NO_SHOW)
            add_event(s, ctx, ticket, EventKind.NO_SHOW, counter, calls=ticket.call_count,
                      auto=True)
            return view_of(s, ticket)
        ticket.call_count += 1
        ticket.called_at = ctx.now()
        add_event(s, ctx, ticket, EventKind.RECALLED, counter, calls=ticket.call_count)
        return view_of(s, ticket)


@hosted()
def no_show(ctx: Context, counter_number: int) -> TicketView:
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        ticket = require_current(s, counter)
        now = ctx.now()
        if ticket.away_until is not None and ticket.away_until > now:
            # The visitor said on the ticket's page they stepped out: their place is kept.
            raise Refused("stepped_out", ticket=ticket.number,
                          until=ctx.local(ticket.away_until).strftime("%H:%M"))
        close_ticket(ticket, TicketStatus.NO_SHOW, now)
        end_counter_contact(s, ctx, ticket, NO_SHOW)
        add_event(s, ctx, ticket, EventKind.NO_SHOW, counter, calls=ticket.call_count)
        return view_of(s, ticket)


@hosted()
def park(ctx: Context, counter_number: int) -> TicketView:
    """Set the current visitor aside (e.g. to fetch a document); the counter may call others."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        ticket = require_current(s, counter)
        ticket.status = TicketStatus.PARKED.value
        add_event(s, ctx, ticket, EventKind.PARKED, counter)
        return view_of(s, ticket)


@hosted()
def return_parked(ctx: Context, counter_number: int, number: str) -> TicketView:
    """Take a parked visitor back to this counter."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        current = current_ticket(s, counter)
        if current is not None:
            raise Refused("counter_busy", counter=counter.number, ticket=current.number)
        ticket = find_ticket(s, ctx, number, lock=True)
        if ticket.status != TicketStatus.PARKED.value:
            raise Refused("ticket_state", ticket=ticket.number, status=ticket.status,
                          expected=TicketStatus.PARKED.value)
        ticket.status = TicketStatus.CALLED.value
        ticket.counter_id = counter.id
        ticket.called_at = ctx.now()
        add_event(s, ctx, ticket, EventKind.RETURNED, counter)
        return view_of(s, ticket)


@hosted()
def transfer(
    ctx: Context,
    counter_number: int,
    to_service: str | None = None,
    to_counter: int | None = None,
    place: TransferPlace = TransferPlace.BACK,
) -> TicketView:
    """Send the current visitor to another service's queue and/or to a given counter; the
    ticket keeps its number and goes to the front, the back, or its original arrival place."""
    ctx.require(Action.SERVE)
    now = ctx.now()
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        ticket = require_current(s, counter)
        old_service = s.get(Service, ticket.service_id)
        assert old_service is not None
        service = find_service(s, ctx, to_service) if to_service else old_service
        target = find_counter(s, ctx, to_counter) if to_counter is not None else None
        if target is None and service.id == old_service.id:
            raise Refused("same_service", ticket=ticket.number, service=service.name("et"))
        earliest = s.scalar(
            select(func.min(Ticket.queue_key)).where(
                Ticket.office_id == ctx.office_id,
                Ticket.status == TicketStatus.WAITING.value,
                Ticket.service_id == service.id,
            )
        )
        ticket.queue_key = transfer_key(place, now, ticket.arrived_at, earliest)
        ticket.status = TicketStatus.WAITING.value
        ticket.service_id = service.id
        ticket.target_counter_id = target.id if target else None
        ticket.counter_id = None
        ticket.call_count = 0
        ticket.called_at = None
        end_counter_contact(s, ctx, ticket, TRANSFERRED)
        add_event(
            s, ctx, ticket, EventKind.TRANSFERRED, counter,
            from_service=old_service.code, to_service=service.code,
            to_counter=target.number if target else None, place=place.value,
        )
        return view_of(s, ticket)


@hosted()
def finish(ctx: Context, counter_number: int, outcome: str = "served") -> TicketView:
    ctx.require(Action.SERVE)
    if outcome not in OUTCOMES:
        raise Refused("unknown_outcome", outcome=outcome, choices=", ".join(OUTCOMES))
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        ticket = require_current(s, counter)
        _finish(s, ctx, counter, ticket, outcome)
        return view_of(s, ticket)


def _finish(s: Session, ctx: Context, counter: Counter, ticket: Ticket, outcome: str) -> None:
    close_ticket(ticket, TicketStatus.DONE, ctx.now())
    end_counter_contact(s, ctx, ticket, outcome)
    ticket.outcome = outcome
    add_event(s, ctx, ticket, EventKind.FINISHED, counter, outcome=outcome)


@hosted()
def set_counter_open(ctx: Context, counter_number: int, is_open_now: bool) -> CounterView:
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        if counter.is_open != is_open_now:  # recorded for the counter's occupancy
            s.add(CounterEvent(office_id=ctx.office_id, counter_id=counter.id, at=ctx.now(),
                               kind="opened" if is_open_now else "closed",
                               actor=ctx.actor.name))
        counter.is_open = is_open_now
        codes = tuple(
            s.scalars(
                select(Service.code)
                .join(CounterService, CounterService.service_id == Service.id)
                .where(CounterService.counter_id == counter.id)
            )
        )
        return CounterView.of(counter, codes)
