"""The supervisor's board: the office's queue and counters now, and today's figures so far.

Per service: how many wait, the longest wait against the service's target, a forecast of the
wait of someone arriving now (the kiosk's estimate: app.core.queue.estimate_wait, from the
service's latest handling times today and its open counters), today's service level. Per
counter: whether it is open, who works there (the person of its latest call or opening
today), what it serves and for how long, and whether it stands idle while people it could call
wait. Alerts
name each ticket that has waited longer than its service's target.

Every figure comes from today's ticket events through app.core.measures, so the board agrees
with the reports. A refresh reads the day's events and the counters (two queries); the
office's services, counter assignments and staff names are read once per CONFIG_TTL_S.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Text, and_, bindparam, case, cast, select
from sqlalchemy.orm import aliased

from app.core.measures import (
    Event,
    StepEnd,
    TicketHistory,
    all_steps,
    day_span,
    handling_time,
    longest_wait,
    service_level,
    waited_so_far,
)
from app.core.permissions import Action
from app.core.queue import EventKind, WaitEstimate, estimate_wait
from app.operations.context import Context
from app.store.models import (
    Counter,
    CounterEvent,
    CounterService,
    Office,
    Service,
    StaffAccount,
    Ticket,
    TicketEvent,
)

# The forecast learns from this many of a service's latest handlings today, like the kiosk.
RECENT_HANDLINGS = 20


@dataclass(frozen=True)
class ServiceNow:
    code: str
    names: dict[str, str]
    colour: str
    waiting: int
    longest_wait: timedelta | None
    target_wait: timedelta
    forecast: WaitEstimate | None
    open_counters: int
    served: int
    service_level: float | None

    @property
    def over_target(self) -> bool:
        return self.longest_wait is not None and self.waiting > 0 \
            and self.longest_wait > self.target_wait

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("et") or self.code


@dataclass(frozen=True)
class CounterNow:
    number: int
    label: str
    is_open: bool
    services: tuple[str, ...]
    person: str
    ticket: str | None
    service: str | None
    serving_for: timedelta | None
    waiting_for_it: int

    @property
    def idle_while_waiting(self) -> bool:
        """Open, serving nobody, while someone it could call waits: shown red."""
        return self.is_open and self.ticket is None and self.waiting_for_it > 0


@dataclass(frozen=True)
class WaitAlert:
    number: str
    service: str
    waited: timedelta
    target: timedelta


@dataclass(frozen=True)
class BoardState:
    at: datetime
    services: list[ServiceNow]
    counters: list[CounterNow]
    alerts: list[WaitAlert]
    service_level: float | None
    served: int
    waiting: int


@dataclass(frozen=True)
class _Setup:
    services: list[tuple[str, dict[str, str], str, timedelta]]
    serves: dict[int, tuple[str, ...]]
    names: dict[str, str]
    default_handling: float


def _setup(ctx: Context) -> _Setup:
    with ctx.db.read() as s:
        services = [
            (code, {"et": et, "ru": ru, "en": en}, colour, timedelta(minutes=target))
            for code, et, ru, en, colour, target in s.execute(
                select(Service.code, Service.name_et, Service.name_ru, Service.name_en,
                       Service.colour, Service.target_wait_min)
                .where(Service.office_id == ctx.office_id, Service.deleted_at.is_(None),
                       Service.active.is_(True))
                .order_by(Service.position, Service.code))
        ]
        serves: dict[int, list[str]] = {}
        for number, code in s.execute(
            select(Counter.number, Service.code)
            .join(CounterService, CounterService.counter_id == Counter.id)
            .join(Service, Service.id == CounterService.service_id)
            .where(Counter.office_id == ctx.office_id, Counter.deleted_at.is_(None),
                   CounterService.deleted_at.is_(None))
            .order_by(Counter.number, Service.position, Service.code)
        ):
            serves.setdefault(number, []).append(code)
        names = {user: display for user, display in s.execute(
            select(StaffAccount.user_name, StaffAccount.display_name)
            .where(StaffAccount.office_id == ctx.office_id, StaffAccount.deleted_at.is_(None))
        )}
        default = s.scalar(select(Office.default_handling_min)
                           .where(Office.id == ctx.office_id)) or 6.0
    return _Setup(services, {n: tuple(c) for n, c in serves.items()}, names, float(default))


# The events the day's steps are made of (app.core.measures.steps_of); issued, printed,
# recalled and reissued change no step. Only transfers and finishes carry data it reads.
_STEP_KINDS = [k.value for k in (EventKind.CALLED, EventKind.RETURNED, EventKind.PARKED,
                                 EventKind.TRANSFERRED, EventKind.FINISHED, EventKind.NO_SHOW,
                                 EventKind.CANCELLED, EventKind.VOIDED)]
_DATA_KINDS = [EventKind.TRANSFERRED.value, EventKind.FINISHED.value]


_ISSUED = aliased(Service)
_AT_COUNTER = aliased(Counter)
_EVENTS = TicketEvent.__table__
# Built once: the board runs it on every change.
DAY_EVENTS = (
    select(Ticket.id, Ticket.number, _ISSUED.code, Ticket.arrived_at, Ticket.replaces_id,
           _EVENTS.c.kind, _EVENTS.c.at, _AT_COUNTER.number, _EVENTS.c.actor,
           case((_EVENTS.c.kind.in_(_DATA_KINDS), cast(_EVENTS.c.data, Text))))
    .join(_ISSUED, _ISSUED.id == Ticket.issued_service_id)
    # Only the ticket's own office's events: a device of another office may once have
    # pushed an event naming this ticket.
    .outerjoin(_EVENTS, and_(_EVENTS.c.ticket_id == Ticket.id,
                             _EVENTS.c.office_id == Ticket.office_id,
                             _EVENTS.c.deleted_at.is_(None),
                             _EVENTS.c.kind.in_(_STEP_KINDS)))
    .outerjoin(_AT_COUNTER, _AT_COUNTER.id == _EVENTS.c.counter_id)
    .where(Ticket.office_id == bindparam("office_id"), Ticket.deleted_at.is_(None),
           Ticket.day >= bindparam("first"), Ticket.day <= bindparam("last"))
    .order_by(_EVENTS.c.at, _EVENTS.c.id)
)
# Who opened each counter today: the person at an open counter before their first call.
OPENINGS = (
    select(Counter.number, CounterEvent.at, CounterEvent.actor)
    .join(Counter, Counter.id == CounterEvent.counter_id)
    .where(CounterEvent.office_id == bindparam("office_id"), CounterEvent.kind == "opened",
           CounterEvent.deleted_at.is_(None), CounterEvent.at >= bindparam("since"))
)
COUNTERS_NOW = (
    select(Counter.number, Counter.label, Counter.is_open)
    .where(Counter.office_id == bindparam("office_id"), Counter.deleted_at.is_(None))
    .order_by(Counter.number)
)


def day_histories(ctx: Context, day: date, last: date | None = None) -> list[TicketHistory]:
    """The office's tickets of a local day (or of the days `day`..`last`) with the events
    their steps are made of: the histories app.operations.measures.read_histories gives,
    less the events no step reads (a ticket with none of them has an empty history: it
    waits). One query on a bare connection, decoding an event's data only where a step
    reads it: the board reads the whole day again on every change."""
    heads: dict[str, tuple[str, str, datetime, str | None]] = {}
    found: dict[str, list[Event]] = {}
    with ctx.db.read_connection() as conn:
        for (tid, number, code, arrived, replaces, kind, at, counter, actor,
             data) in conn.execute(DAY_EVENTS, {"office_id": ctx.office_id, "first": day,
                                     "last": last or day}):
            if tid not in heads:
                heads[tid] = (number, code, arrived, replaces)
                found[tid] = []
            if kind is None:
                continue
            values = json.loads(data) if data else None
            if not isinstance(values, dict):
                values = {}
            to_counter = values.get("to_counter")
            found[tid].append(Event(
                EventKind(kind), at, None if counter is None else str(counter), actor,
                values.get("to_service"), None if to_counter is None else str(to_counter),
                values.get("outcome")))
    return [TicketHistory(tid, number, code, arrived, tuple(found[tid]), replaces)
            for tid, (number, code, arrived, replaces) in heads.items()]


def board_state(ctx: Context) -> BoardState:
    """The board as of now (see the module)."""
    ctx.require(Action.SUPERVISE)
    now = ctx.now()
    today = ctx.local(now).date()
    setup: _Setup = ctx.cached(("board setup", ctx.office_id), lambda: _setup(ctx))
    since = day_span(today, ctx.timezone)[0]
    with ctx.db.read_connection() as conn:
        counters = conn.execute(COUNTERS_NOW, {"office_id": ctx.office_id}).all()
        openings = conn.execute(OPENINGS, {"office_id": ctx.office_id, "since": since}).all()
    histories = day_histories(ctx, today)
    steps = all_steps(histories)

    current: dict[str, tuple[str, str, datetime]] = {}
    last_actor: dict[str, tuple[datetime, str]] = {}
    for h in histories:
        for e in h.events:
            if e.counter is not None and e.actor and (
                    e.counter not in last_actor or e.at >= last_actor[e.counter][0]):
                last_actor[e.counter] = (e.at, e.actor)
    for number, at, actor in openings:
        key = str(number)
        if actor and (key not in last_actor or at >= last_actor[key][0]):
            last_actor[key] = (at, actor)
    waiting = []
    by_service: dict[str, list] = {}
    for st in steps:
        by_service.setdefault(st.service, []).append(st)
        if st.end is StepEnd.OPEN:
            open_serving = next((sv for sv in st.servings if sv.end is None), None)
            if open_serving is not None:
                current[open_serving.counter] = (st.number, st.service, open_serving.start)
            elif st.called_at is None:
                waiting.append(st)
    targets = {code: target for code, _, _, target in setup.services}
    open_per_service: dict[str, int] = {}
    for number, _label, is_open in counters:
        if is_open:
            for code in setup.serves.get(number, ()):
                open_per_service[code] = open_per_service.get(code, 0) + 1

    services = []
    for code, names, colour, target in setup.services:
        mine = by_service.get(code, [])
        queued = [st for st in waiting if st.service == code]
        finished = sorted((st for st in mine if st.end is StepEnd.FINISHED),
                          key=lambda st: st.ended_at or now)[-RECENT_HANDLINGS:]
        handled = [h.total_seconds() / 60 for h in map(handling_time, finished) if h]
        open_counters = open_per_service.get(code, 0)
        services.append(ServiceNow(
            code=code, names=names, colour=colour, waiting=len(queued),
            longest_wait=longest_wait(queued, now), target_wait=target,
            forecast=estimate_wait(len(queued), handled, open_counters,
                                   setup.default_handling) if open_counters else None,
            open_counters=open_counters,
            served=sum(1 for st in mine if st.end is StepEnd.FINISHED),
            service_level=service_level(mine, target, now),
        ))

    board_counters = []
    for number, label, is_open in counters:
        key = str(number)
        codes = setup.serves.get(number, ())
        serving = current.get(key)
        person = last_actor.get(key, (now, ""))[1]
        board_counters.append(CounterNow(
            number=number, label=label, is_open=is_open, services=codes,
            person=setup.names.get(person, person),
            ticket=serving[0] if serving else None,
            service=serving[1] if serving else None,
            serving_for=now - serving[2] if serving else None,
            waiting_for_it=sum(1 for st in waiting if st.for_counter == key
                               or (st.for_counter is None and st.service in codes)),
        ))

    alerts = sorted(
        (WaitAlert(st.number, st.service, waited_so_far(st, now), targets[st.service])
         for st in waiting if st.service in targets
         and waited_so_far(st, now) > targets[st.service]),
        key=lambda a: a.waited, reverse=True,
    )
    known = [st for st in steps if st.service in targets]
    return BoardState(
        at=now, services=services, counters=board_counters, alerts=alerts,
        service_level=service_level(known, targets, now),
        served=sum(1 for st in known if st.end is StepEnd.FINISHED),
        waiting=len(waiting),
    )
