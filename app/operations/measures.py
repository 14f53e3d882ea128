"""The queue's figures of a day, per service and per counter, from the store's ticket events.

The store's rows are mapped to the core's `TicketHistory` (app.core.measures) and every figure
is computed there, so the reports, the board and a person's own results share one definition.
Services are named by their letter and counters by their number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from app.core.measures import (
    Event,
    Span,
    Step,
    StepEnd,
    TicketHistory,
    all_steps,
    arrivals_per_hour,
    corrections,
    day_span,
    handling_time,
    idle_while_waiting,
    left_uncalled,
    longest_wait,
    mean,
    no_shows,
    occupancy,
    outcomes,
    service_level,
    transfers,
    waiting_time,
)
from app.core.permissions import Action
from app.core.queue import EventKind
from app.operations.context import Context
from app.store.models import Counter, CounterService, Service, Ticket, TicketEvent


@dataclass(frozen=True)
class ServiceFigures:
    """A service's day: its steps (tickets that waited in its line), how many were called,
    the mean and longest wait, the service level against its target wait, no-shows, transfers
    out, tickets reissued into it, outcomes, the mean handling time and those left uncalled."""

    service: str
    target_wait: timedelta
    steps: int
    called: int
    mean_wait: timedelta | None
    longest_wait: timedelta | None
    service_level: float | None
    no_shows: int
    transfers: int
    corrections: int
    outcomes: dict[str, int]
    mean_handling: timedelta | None
    left_uncalled: int


@dataclass(frozen=True)
class CounterFigures:
    """A counter's day: tickets finished there, their mean handling time, the time open (see
    `day_figures`), its occupancy and the time it stood open and idle while people waited."""

    counter: int
    served: int
    mean_handling: timedelta | None
    time_open: timedelta
    occupancy: float | None
    idle_while_waiting: timedelta


@dataclass(frozen=True)
class DayFigures:
    """One local day: counted up to `until`; each service's and counter's figures; the
    arrivals in each local hour of the day (23, 24 or 25 of them)."""

    day: date
    until: datetime
    services: list[ServiceFigures]
    counters: list[CounterFigures]
    arrivals: list[tuple[datetime, int]]


def read_histories(ctx: Context, first: date, last: date) -> list[TicketHistory]:
    """The office's tickets of the local days `first`..`last` with their events, in one
    ordered query."""
    issued = aliased(Service)
    at_counter = aliased(Counter)
    query = (
        select(Ticket.id, Ticket.number, issued.code, Ticket.arrived_at, Ticket.replaces_id,
               TicketEvent.kind, TicketEvent.at, at_counter.number, TicketEvent.actor,
               TicketEvent.data)
        .join(issued, issued.id == Ticket.issued_service_id)
        # Only the ticket's own office's events: a device of another office may once have
        # pushed an event naming this ticket.
        .join(TicketEvent, and_(TicketEvent.ticket_id == Ticket.id,
                                TicketEvent.office_id == Ticket.office_id,
                                TicketEvent.deleted_at.is_(None)))
        .outerjoin(at_counter, at_counter.id == TicketEvent.counter_id)
        .where(Ticket.office_id == ctx.office_id, Ticket.deleted_at.is_(None),
               Ticket.day >= first, Ticket.day <= last)
        .order_by(TicketEvent.at, TicketEvent.id)
    )
    heads: dict[str, tuple[str, str, datetime, str | None]] = {}
    events: dict[str, list[Event]] = {}
    with ctx.db.read() as s:
        for (tid, number, code, arrived, replaces, kind, at, counter, actor,
             data) in s.execute(query):
            if tid not in heads:
                heads[tid] = (number, code, arrived, replaces)
                events[tid] = []
            events[tid].append(_event(kind, at, counter, actor, data or {}))
    return [TicketHistory(tid, number, code, arrived, tuple(events[tid]), replaces)
            for tid, (number, code, arrived, replaces) in heads.items()]


def _event(kind: str, at: datetime, counter: int | None, actor: str,
           data: Mapping[str, Any]) -> Event:
    to_counter = data.get("to_counter")
    return Event(
        kind=EventKind(kind), at=at, counter=None if counter is None else str(counter),
        actor=actor,
        to_service=data.get("to_service"),
        to_counter=None if to_counter is None else str(to_counter),
        outcome=data.get("outcome"),
    )


def day_figures(ctx: Context, day: date,
                open_spans: Mapping[int, Sequence[Span]] | None = None) -> DayFigures:
    """The figures of one local day, per service and per counter, counted up to the end of
    the day or now, whichever is earlier.

    Opening and closing a counter is not recorded, so unless `open_spans` gives them, a
    counter counts as open from its first call of the day to the end of its last service
    (its working span)."""
    ctx.require(Action.VIEW_QUEUE)
    start, end = day_span(day, ctx.timezone)
    until = min(end, max(ctx.now(), start))
    with ctx.db.read() as s:
        services = s.execute(
            select(Service.code, Service.target_wait_min)
            .where(Service.office_id == ctx.office_id, Service.deleted_at.is_(None))
            .order_by(Service.position, Service.code)
        ).all()
        served_by = s.execute(
            select(Counter.number, Service.code)
            .join(CounterService, CounterService.counter_id == Counter.id)
            .join(Service, Service.id == CounterService.service_id)
            .where(Counter.office_id == ctx.office_id, Counter.deleted_at.is_(None),
                   CounterService.deleted_at.is_(None))
            .order_by(Counter.number)
        ).all()
    histories = read_histories(ctx, day, day)
    steps = all_steps(histories)
    targets = {code: timedelta(minutes=minutes) for code, minutes in services}
    per_service = [
        _service_figures(code, targets[code], [st for st in steps if st.service == code],
                         [h for h in histories if h.replaces is not None and h.service == code],
                         until)
        for code, _ in services
    ]
    counters: dict[int, list[str]] = {}
    for number, code in served_by:
        counters.setdefault(number, []).append(code)
    per_counter = [
        _counter_figures(number, codes, steps, until,
                         None if open_spans is None else list(open_spans.get(number, ())))
        for number, codes in counters.items()
    ]
    return DayFigures(day, until, per_service, per_counter,
                      arrivals_per_hour(histories, day, ctx.timezone))


def _service_figures(code: str, target: timedelta, steps: list[Step],
                     reissued: list[TicketHistory], until: datetime) -> ServiceFigures:
    return ServiceFigures(
        service=code,
        target_wait=target,
        steps=len(steps),
        called=sum(1 for st in steps if st.called_at is not None),
        mean_wait=mean(waiting_time(st) for st in steps),
        longest_wait=longest_wait(steps, until),
        service_level=service_level(steps, target, until),
        no_shows=no_shows(steps),
        transfers=transfers(steps),
        corrections=corrections(reissued),
        outcomes=outcomes(steps),
        mean_handling=mean(handling_time(st) for st in steps),
        left_uncalled=left_uncalled(steps, until),
    )


def _counter_figures(number: int, services: list[str], steps: list[Step], until: datetime,
                     open_spans: list[Span] | None) -> CounterFigures:
    counter = str(number)
    finished = [st for st in steps if st.end is StepEnd.FINISHED
                and st.servings and st.servings[-1].counter == counter]
    if open_spans is None:
        stretches = [(sv.start, sv.end or until) for st in steps for sv in st.servings
                     if sv.counter == counter]
        open_spans = ([(min(a for a, _ in stretches), max(b for _, b in stretches))]
                      if stretches else [])
    return CounterFigures(
        counter=number,
        served=len(finished),
        mean_handling=mean(handling_time(st) for st in finished),
        time_open=sum((b - a for a, b in open_spans), timedelta(0)),
        occupancy=occupancy(steps, counter, open_spans, until),
        idle_while_waiting=idle_while_waiting(steps, counter, services, open_spans, until),
    )
