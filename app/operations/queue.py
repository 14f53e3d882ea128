"""Queue operations: issue, call next, recall, no-show, park, transfer, finish, correct.

Each is one write transaction (`BEGIN IMMEDIATE` on SQLite). A ticket changes status only by a
compare-and-set UPDATE (`... WHERE status = 'waiting'`), so two counters can never hold the same
ticket even on a database that lets both read it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Integer,
    Row,
    Select,
    String,
    Update,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from app.core.errors import NotFound, Refused, Rejected, StoreError
from app.core.ids import uuid7
from app.core.permissions import Action
from app.core.queue import (
    OFFLINE_FIRST_SEQ,
    OFFLINE_SOURCE,
    OUTCOMES,
    Candidate,
    EventKind,
    TicketStatus,
    TransferPlace,
    WaitEstimate,
    block_range,
    choose_next,
    estimate_wait,
    is_open,
    next_opening,
    next_seq,
    parse_hours,
    queue_order,
    ticket_number,
    transfer_key,
)
from app.operations.context import Context
from app.operations.hosting import HERE, hosted
from app.operations.views import (
    CallView,
    CounterDesk,
    CounterView,
    NumberBlockView,
    ServiceQueue,
    ServiceView,
    TicketView,
    service_names,
)
from app.store.fastpath import FastStatements
from app.store.models import (
    Counter,
    CounterService,
    NumberBlock,
    Office,
    Service,
    Ticket,
    TicketEvent,
    UTCDateTime,
    Visit,
)

RECENT_HANDLINGS = 20
# How long call next keeps trying while other counters are taking the tickets it chose.
TAKE_PATIENCE_S = 10.0
# The most numbers one lease gives a kiosk.
MAX_BLOCK = 500


# -- lookups -------------------------------------------------------------------------------


def _office(s: Session, ctx: Context) -> Office:
    office = s.get(Office, ctx.office_id)
    assert office is not None
    return office


def _services(s: Session, ctx: Context) -> list[Service]:
    return list(
        s.scalars(
            select(Service)
            .where(Service.office_id == ctx.office_id, Service.deleted_at.is_(None))
            .order_by(Service.position, Service.code)
        )
    )


def _service(s: Session, ctx: Context, code: str) -> Service:
    code = code.strip().upper()
    services = [x for x in _services(s, ctx) if x.active]
    for service in services:
        if service.code == code:
            return service
    raise NotFound(
        "unknown_service", service=code, choices=", ".join(x.code for x in services) or "-"
    )


def _counter(s: Session, ctx: Context, number: int) -> Counter:
    counters = list(
        s.scalars(
            select(Counter)
            .where(Counter.office_id == ctx.office_id, Counter.deleted_at.is_(None))
            .order_by(Counter.number)
        )
    )
    for counter in counters:
        if counter.number == number:
            return counter
    raise NotFound(
        "unknown_counter", counter=number, choices=", ".join(str(c.number) for c in counters)
    )


# A write reads the ticket it changes with `lock`: on PostgreSQL the row stays as read until
# the write commits (a counter calling it meanwhile waits, or is waited for), and the row is
# locked before the office's change-log lock, which every write takes after (no deadlock with
# call next). SQLite's write lock already gives both.


def _ticket_by_number(s: Session, ctx: Context, number: str, lock: bool = False) -> Ticket:
    number = number.strip().upper()
    day = ctx.local().date()
    query = (
        select(Ticket)
        .where(Ticket.office_id == ctx.office_id, Ticket.day == day, Ticket.number == number)
        .order_by(Ticket.issued_at.desc())
    )
    ticket = s.scalars(query.with_for_update() if lock else query).first()
    if ticket is None:
        raise NotFound("unknown_ticket", ticket=number)
    return ticket


def _current(s: Session, counter: Counter, lock: bool = False) -> Ticket | None:
    query = select(Ticket).where(
        Ticket.counter_id == counter.id, Ticket.status == TicketStatus.CALLED.value
    )
    return s.scalars(query.with_for_update() if lock else query).first()


def _require_current(s: Session, counter: Counter) -> Ticket:
    """The ticket at the counter, locked for the write that changes it."""
    ticket = _current(s, counter, lock=True)
    if ticket is None:
        raise Refused("no_current_ticket", counter=counter.number)
    return ticket


def _view(s: Session, t: Ticket, duplicate: bool = False) -> TicketView:
    service = s.get(Service, t.service_id)
    assert service is not None
    counter = s.get(Counter, t.counter_id) if t.counter_id else None
    return TicketView.of(t, service, counter, duplicate)


def _event(
    s: Session,
    ctx: Context,
    ticket: Ticket,
    kind: EventKind,
    counter: Counter | None = None,
    **data: object,
) -> None:
    _insert_event(s.connection(), ctx, ticket.id, kind, counter.id if counter else None,
                  ctx.now(), data or None)


def _opening(ctx: Context, service_hours: Any, local: datetime) -> tuple[bool, datetime | None]:
    """Whether a service takes tickets at local time `local`, and if not, when it opens next
    (None: not within a week). A service keeps its own hours, or else the office's; without
    either it is open at any time. Nothing opens on the office's closed days (its extra
    closed days, and Estonia's public holidays where the office keeps them)."""
    from app.operations.config import closed_days, office_settings

    settings = ctx.cached("office_settings", lambda: office_settings(ctx))
    spec = service_hours or settings["office.hours"] or None
    hours = parse_hours(spec) if spec else None
    closed = closed_days(settings, local.year)
    if local.date() not in closed and is_open(hours, local):
        return True, None
    moment = local
    for _ in range(14):
        opens = next_opening(hours, moment)
        if opens is None:
            return False, None
        if opens.date() not in closed:
            return False, opens
        # That day is closed: look from the start of the next one.
        moment = (opens + timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                     microsecond=0) - timedelta(microseconds=1)
        if hours is None:
            return_day = moment + timedelta(microseconds=1)
            if return_day.date() not in closed:
                return False, return_day
    return False, None


T = Ticket.__table__
_NOW = bindparam("now", type_=UTCDateTime())
E = TicketEvent.__table__
S = Service.__table__
C = Counter.__table__
CS = CounterService.__table__
NB = NumberBlock.__table__


# -- issuing -------------------------------------------------------------------------------


def _issue_offline(
    ctx: Context,
    service_code: str,
    lang: str = "et",
    priority: int = 0,
    source: str = "desk",
    dedupe_seconds: float = 0.0,
) -> TicketView | None:
    """issue_ticket while the host cannot be reached: a kiosk issues from the numbers it
    leased, into this PC's store, and sync brings the ticket to the host. None when this PC
    holds no leased numbers (it is no kiosk, or never reached the host today)."""
    from app.operations import blocks

    if not blocks.holds_numbers(ctx):
        return None
    return _issue(ctx, service_code, lang, priority, OFFLINE_SOURCE, dedupe_seconds,
                  number=blocks.next_leased_seq)


def _issued_here(ctx: Context, ticket_id: str, *_args: object, **_kwargs: object) -> bool:
    from app.operations import blocks

    return blocks.issued_here(ctx, ticket_id)


@hosted(offline=_issue_offline)
def issue_ticket(
    ctx: Context,
    service_code: str,
    lang: str = "et",
    priority: int = 0,
    source: str = "desk",
    dedupe_seconds: float = 0.0,
) -> TicketView:
    """Issue the next number of a service. A press repeated within `dedupe_seconds` on the
    same device for the same service gives back the ticket just issued.

    One write transaction of prebuilt statements, so the kiosk's press reaches the printer
    quickly."""
    return _issue(ctx, service_code, lang, priority, source, dedupe_seconds)


# How a ticket gets its number outside the host's own numbering: (conn, ctx, service, day).
Numbering = Callable[[Connection, Context, Row, date], int]


def _issue(
    ctx: Context,
    service_code: str,
    lang: str,
    priority: int,
    source: str,
    dedupe_seconds: float,
    number: Numbering | None = None,
) -> TicketView:
    ctx.require(Action.ISSUE_TICKET)
    now = ctx.now()
    with ctx.db.write_connection() as conn:
        service = conn.execute(
            _SERVICE_BY_CODE, {"office_id": ctx.office_id, "code": service_code.strip().upper()}
        ).first()
        if service is None:
            with ctx.db.read() as s:
                _service(s, ctx, service_code)  # raises NotFound naming the services
        assert service is not None
        local = ctx.local(now)
        open_now, opens = _opening(ctx, service.hours, local)
        if not open_now:
            name = _service_name(service, lang)
            if opens is None or opens.date() != local.date():
                raise Refused("service_closed_today", service=name)
            raise Refused("service_closed", service=name, opens=opens.strftime("%H:%M"))
        if dedupe_seconds > 0:
            repeat = _repeated_press(conn, ctx, service.id, source,
                                     now - timedelta(seconds=dedupe_seconds))
            if repeat is not None:
                view = _ticket_view(conn.execute(_TICKET_VIEW, {"ticket_id": repeat}).one())
                return replace(view, duplicate=True)
        seq = None if number is None else number(conn, ctx, service, local.date())
        # Without the host this PC does not know the line, so it promises no wait.
        ahead, estimate = (None, None) if number else _estimate(conn, ctx, service.id, priority,
                                                                now)
        visit_id = uuid7()
        conn.execute(_INSERT_VISIT, {"id": visit_id, "office_id": ctx.office_id,
                                     "arrived_at": now, "left_at": None, "deleted_at": None,
                                     **ctx.db.stamp()})
        ticket = _insert_ticket(
            conn, ctx, service, visit_id, lang, priority, source, now, now, now, ahead, estimate,
            check_limit=True, seq=seq,
        )
        _insert_event(conn, ctx, ticket["id"], EventKind.ISSUED, None, now,
                      {"source": source, "device": ctx.acting_device})
    return _new_ticket_view(ticket, service)


def _repeated_press(
    conn: Connection, ctx: Context, service_id: str, source: str, since: datetime
) -> str | None:
    """The ticket this device issued for the service since `since`, if any. The device is the
    one in the ticket's issue event: a queue host issues for many kiosks in its own name."""
    for row in conn.execute(_RECENT_PRESSES, {"service_id": service_id, "source": source,
                                             "since": since}):
        device = (row.data or {}).get("device", row.device_id)
        if device == ctx.acting_device:
            return row.id
    return None


# issue_ticket's statements, built once (see call_next).
_SERVICE_BY_CODE = select(S).where(
    S.c.office_id == bindparam("office_id"),
    S.c.code == bindparam("code"),
    S.c.deleted_at.is_(None),
    S.c.active.is_(True),
)
_RECENT_PRESSES = (
    select(T.c.id, T.c.device_id, E.c.data)
    .join(E, and_(E.c.ticket_id == T.c.id, E.c.kind == EventKind.ISSUED.value))
    .where(
        T.c.service_id == bindparam("service_id"),
        T.c.source == bindparam("source"),
        T.c.issued_at >= bindparam("since"),
        T.c.status != TicketStatus.VOIDED.value,
    )
    .order_by(T.c.issued_at.desc())
    .limit(50)
)
_ESTIMATE_INPUTS = select(
    select(func.count(T.c.id))
    .where(
        T.c.service_id == bindparam("service_id"),
        T.c.status == TicketStatus.WAITING.value,
        or_(
            T.c.priority > bindparam("priority"),
            and_(T.c.priority == bindparam("priority"), T.c.queue_key <= bindparam("key")),
        ),
    )
    .scalar_subquery()
    .label("ahead"),
    select(func.count(C.c.id))
    .select_from(C.join(CS, CS.c.counter_id == C.c.id))
    .where(
        CS.c.service_id == bindparam("service_id"),
        CS.c.deleted_at.is_(None),
        C.c.is_open.is_(True),
        C.c.deleted_at.is_(None),
    )
    .scalar_subquery()
    .label("open_counters"),
    select(Office.__table__.c.default_handling_min)
    .where(Office.__table__.c.id == bindparam("office_id"))
    .scalar_subquery()
    .label("default_handling"),
)
_RECENT_HANDLING = (
    select(T.c.first_called_at, T.c.finished_at)
    .where(
        T.c.service_id == bindparam("service_id"),
        T.c.status == TicketStatus.DONE.value,
        T.c.first_called_at.is_not(None),
    )
    .order_by(T.c.finished_at.desc())
    .limit(RECENT_HANDLINGS)
)
_NUMBERING = select(
    func.max(case((T.c.seq < OFFLINE_FIRST_SEQ, T.c.seq))),
    func.max(T.c.seq),
    func.count(T.c.id),
    func.count(case((T.c.status == TicketStatus.VOIDED.value, 1))),
).where(T.c.issued_service_id == bindparam("service_id"), T.c.day == bindparam("day"))
_LEASED_TOP = select(func.max(NB.c.last_seq)).where(
    NB.c.service_id == bindparam("service_id"), NB.c.day == bindparam("day")
)
_LOCK_SERVICE = select(S.c.id).where(S.c.id == bindparam("service_id")).with_for_update()
_INSERT_BLOCK = insert(NB)
_INSERT_VISIT = insert(Visit.__table__)
_INSERT_TICKET = insert(T)
_OFFICE_NAME = select(Office.__table__.c.name).where(
    Office.__table__.c.id == bindparam("office_id")
)


def _service_name(service: Row, lang: str) -> str:
    return service_names(service).get(lang, service.name_et)


def _estimate(
    conn: Connection, ctx: Context, service_id: str, priority: int, key: datetime
) -> tuple[int, WaitEstimate]:
    """People ahead of a ticket with this priority and queue place, and the wait estimate."""
    inputs = conn.execute(_ESTIMATE_INPUTS, {"service_id": service_id, "priority": priority,
                                             "key": key, "office_id": ctx.office_id}).one()
    handled = [
        (done - called).total_seconds() / 60.0
        for called, done in conn.execute(_RECENT_HANDLING, {"service_id": service_id})
        if called and done
    ]
    estimate = estimate_wait(inputs.ahead, handled, inputs.open_counters,
                             inputs.default_handling or 6.0)
    return inputs.ahead, estimate


def _insert_ticket(
    conn: Connection,
    ctx: Context,
    service: Row,
    visit_id: str,
    lang: str,
    priority: int,
    source: str,
    now: datetime,
    arrived_at: datetime,
    queue_key: datetime,
    ahead: int | None,
    estimate: WaitEstimate | None,
    check_limit: bool,
    replaces_id: str | None = None,
    seq: int | None = None,
) -> dict[str, object]:
    """Number (unless `seq` is given) and insert a ticket; the caller holds the write
    transaction."""
    day = ctx.local(now).date()
    if seq is None:
        seq = _next_seq(conn, ctx, service, lang, day, check_limit)
    values: dict[str, object] = {
        "id": uuid7(),
        "office_id": ctx.office_id,
        "visit_id": visit_id,
        "service_id": service.id,
        "issued_service_id": service.id,
        "day": day,
        "seq": seq,
        "number": ticket_number(service.code, seq),
        "status": TicketStatus.WAITING.value,
        "priority": priority,
        "lang": lang,
        "source": source,
        "issued_at": now,
        "arrived_at": arrived_at,
        "queue_key": queue_key,
        "counter_id": None,
        "target_counter_id": None,
        "call_count": 0,
        "called_at": None,
        "first_called_at": None,
        "finished_at": None,
        "outcome": None,
        "est_wait_low_min": estimate.low_min if estimate else None,
        "est_wait_high_min": estimate.high_min if estimate else None,
        "people_ahead": ahead,
        "replaces_id": replaces_id,
        "deleted_at": None,
        **ctx.db.stamp(),
    }
    conn.execute(_INSERT_TICKET, values)
    return values


def _lock_numbering(conn: Connection, service_id: str) -> None:
    """Serialize numbering and leasing of one service (SQLite's write lock already does)."""
    if conn.dialect.name != "sqlite":
        conn.execute(_LOCK_SERVICE, {"service_id": service_id})


def _next_seq(
    conn: Connection, ctx: Context, service: Row, lang: str, day: date, check_limit: bool
) -> int:
    """The host's next number of the service today (see app.core.queue.next_seq)."""
    _lock_numbering(conn, service.id)
    own_last, last, issued, voided = conn.execute(
        _NUMBERING, {"service_id": service.id, "day": day}).one()
    if check_limit and service.daily_limit is not None and issued - voided >= service.daily_limit:
        raise Refused("daily_limit", service=_service_name(service, lang),
                      limit=service.daily_limit)
    if (own_last or 0) + 1 < OFFLINE_FIRST_SEQ:
        return next_seq(own_last, last)
    leased = conn.scalar(_LEASED_TOP, {"service_id": service.id, "day": day})
    return next_seq(own_last, max(last or 0, leased or 0))


@hosted()
def lease_number_block(ctx: Context, service_code: str, size: int = 30) -> NumberBlockView:
    """Lease `size` numbers of a service for today to the acting kiosk, to issue while it
    cannot reach the host. The block starts past every number issued or leased (at least at
    OFFLINE_FIRST_SEQ) and the host's numbering never enters it, so no number is issued twice."""
    ctx.require(Action.ISSUE_TICKET)
    if not 1 <= size <= MAX_BLOCK:
        raise Rejected("bad_value", field="size", detail=f"1 to {MAX_BLOCK} numbers")
    now = ctx.now()
    day = ctx.local(now).date()
    with ctx.db.write_connection() as conn:
        service = conn.execute(
            _SERVICE_BY_CODE, {"office_id": ctx.office_id, "code": service_code.strip().upper()}
        ).first()
        if service is None:
            with ctx.db.read() as s:
                _service(s, ctx, service_code)  # raises NotFound naming the services
        assert service is not None
        _lock_numbering(conn, service.id)
        _own, last, _issued, _voided = conn.execute(
            _NUMBERING, {"service_id": service.id, "day": day}).one()
        leased = conn.scalar(_LEASED_TOP, {"service_id": service.id, "day": day})
        first, final = block_range(max(last or 0, leased or 0), size)
        block = NumberBlockView(uuid7(), service.code, service.id, day, first, final, now)
        conn.execute(_INSERT_BLOCK, {
            "id": block.id, "office_id": ctx.office_id, "service_id": service.id, "day": day,
            "device_id": ctx.acting_device, "first_seq": first, "last_seq": final,
            "leased_at": now,
        })
    return block


def _new_ticket_view(v: dict[str, Any], service: Row) -> TicketView:
    return TicketView.build(SimpleNamespace(**v), service.code, service_names(service), None, None)


def _open_counters(s: Session, service: Service) -> int:
    return s.scalar(
        select(func.count(Counter.id))
        .join(CounterService, CounterService.counter_id == Counter.id)
        .where(
            CounterService.service_id == service.id,
            CounterService.deleted_at.is_(None),
            Counter.is_open.is_(True),
            Counter.deleted_at.is_(None),
        )
    ) or 0


@hosted(offline=HERE)
def office_name(ctx: Context) -> str:
    ctx.require(Action.VIEW_CALLS)
    with ctx.db.read_connection() as conn:
        return conn.scalar(_OFFICE_NAME, {"office_id": ctx.office_id}) or ""


@hosted(here_if=_issued_here)
def void_ticket(ctx: Context, ticket_id: str, reason: str) -> TicketView:
    """Take back a ticket the visitor never got (e.g. the printer failed)."""
    ctx.require(Action.ISSUE_TICKET)
    with ctx.db.write() as s:
        ticket = s.get(Ticket, ticket_id, with_for_update=True)
        if ticket is None or ticket.office_id != ctx.office_id:
            raise NotFound("unknown_ticket", ticket=ticket_id)
        if ticket.status != TicketStatus.WAITING.value:
            raise Refused("ticket_not_waiting", ticket=ticket.number, status=ticket.status,
                          action="voided")
        ticket.status = TicketStatus.VOIDED.value
        ticket.finished_at = ctx.now()
        _event(s, ctx, ticket, EventKind.VOIDED, reason=reason)
        return _view(s, ticket)


@hosted(here_if=_issued_here)
def record_printed(ctx: Context, ticket_id: str, printer: str, size: int) -> None:
    ctx.require(Action.ISSUE_TICKET)
    with ctx.db.write() as s:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None or ticket.office_id != ctx.office_id:
            raise NotFound("unknown_ticket", ticket=ticket_id)
        _event(s, ctx, ticket, EventKind.PRINTED, printer=printer, bytes=size)


# -- the counter ---------------------------------------------------------------------------


# call_next's statements are built once: building a statement costs more than running it.
_COUNTER_LINES = (
    select(C.c.id, C.c.label, S.c.id.label("service_id"), S.c.priority_aging_min)
    .select_from(C)
    .outerjoin(CS, and_(CS.c.counter_id == C.c.id, CS.c.deleted_at.is_(None)))
    .outerjoin(S, S.c.id == CS.c.service_id)
    .where(C.c.office_id == bindparam("office_id"), C.c.number == bindparam("number"),
           C.c.deleted_at.is_(None))
)
_CAP = select(Office.__table__.c.priority_cap).where(
    Office.__table__.c.id == bindparam("office_id"))
_OFFICE_SERVICES = select(S.c.id, S.c.code, S.c.name_et, S.c.name_ru, S.c.name_en).where(
    S.c.office_id == bindparam("office_id")
)
_FINISH_CURRENT = (
    update(T)
    .where(T.c.counter_id == bindparam("at_counter"), T.c.status == TicketStatus.CALLED.value)
    .values(status=TicketStatus.DONE.value, outcome="served", finished_at=_NOW,
            hlc=bindparam("hlc"), device_id=bindparam("device_id"))
    .returning(T.c.id)
)
_RECENT_CALLS = (
    select(E.c.data)
    .where(E.c.counter_id == bindparam("counter_id"), E.c.kind == EventKind.CALLED.value)
    .order_by(E.c.at.desc(), E.c.id.desc())
    .limit(bindparam("limit"))
)
_ELIGIBLE = (
    T.c.office_id == bindparam("office_id"),
    T.c.status == TicketStatus.WAITING.value,
    or_(
        and_(
            T.c.service_id.in_(
                select(CS.c.service_id).where(
                    CS.c.counter_id == bindparam("counter_id"), CS.c.deleted_at.is_(None)
                )
            ),
            T.c.target_counter_id.is_(None),
        ),
        T.c.target_counter_id == bindparam("counter_id"),
    ),
)
_LINES = (
    select(T.c.service_id, T.c.priority, T.c.target_counter_id,
           func.min(T.c.queue_key).label("first"))
    .where(*_ELIGIBLE)
    .group_by(T.c.service_id, T.c.priority, T.c.target_counter_id)
)
# The head of a line, as a subquery of the UPDATE that takes it (so its own alias and names).
H = T.alias("head")
_HEAD_OF = (
    H.c.office_id == bindparam("line_office"),
    H.c.status == literal_column(f"'{TicketStatus.WAITING.value}'"),
    H.c.service_id == bindparam("line_service"),
    H.c.priority == bindparam("line_priority"),
)
# On PostgreSQL the head is locked as it is chosen, skipping a head another counter is taking
# at this moment: thirty counters on one line each take the next ticket instead of all but one
# failing the compare-and-set and trying again. SQLite's write lock makes this moot (and its
# compiler leaves the clause out).
_LINE_HEAD = (
    select(H.c.id)
    .where(*_HEAD_OF, H.c.target_counter_id.is_(None))
    .order_by(H.c.queue_key, H.c.id)
    .limit(1)
    .with_for_update(skip_locked=True)
)
_LINE_HEAD_AT_COUNTER = (
    select(H.c.id)
    .where(*_HEAD_OF, H.c.target_counter_id == bindparam("line_target"))
    .order_by(H.c.queue_key, H.c.id)
    .limit(1)
    .with_for_update(skip_locked=True)
)

def _take(head: Select, counter: str = "counter_id") -> Update:
    """Call the head of a line: one UPDATE whose subquery picks the ticket, so choosing and
    taking it cannot be told apart by any other writer. `counter`: the name of the counter's
    parameter."""
    return (
        update(T)
        .where(T.c.id == head.scalar_subquery(), T.c.status == TicketStatus.WAITING.value)
        .values(
            status=TicketStatus.CALLED.value,
            counter_id=bindparam(counter),
            target_counter_id=None,
            call_count=1,
            called_at=_NOW,
            first_called_at=func.coalesce(T.c.first_called_at, _NOW),
            hlc=bindparam("hlc"),
            device_id=bindparam("device_id"),
        )
        .returning(*T.c)
    )


_TAKE_HEAD = _take(_LINE_HEAD)
_TAKE_HEAD_AT_COUNTER = _take(_LINE_HEAD_AT_COUNTER)
_INSERT_EVENT = insert(E)
def _reads_at_once() -> Select:
    """PostgreSQL: what call next reads, in one round trip: the lines (as _LINES), whether
    the counter's recent calls were priority ones (as _RECENT_CALLS) and the ticket it has.
    Each row says which it is in `part`."""
    nothing = {"service_id": null(), "priority": null(), "target_counter_id": null(),
               "first": null(), "flag": null(), "ticket_id": null()}

    def row(part: str, **values: Any) -> list[Any]:
        types = {"service_id": String(), "priority": Integer(), "target_counter_id": String(),
                 "first": UTCDateTime(), "flag": Boolean(), "ticket_id": String()}
        return [literal(part).label("part")] + [
            cast(values.get(name, nothing[name]), types[name]).label(name) for name in nothing
        ]

    recent = _RECENT_CALLS.subquery()
    return union_all(
        select(*row("line", service_id=T.c.service_id, priority=T.c.priority,
                    target_counter_id=T.c.target_counter_id, first=func.min(T.c.queue_key)))
        .where(*_ELIGIBLE).group_by(T.c.service_id, T.c.priority, T.c.target_counter_id),
        select(*row("recent", flag=recent.c.data["priority"].as_boolean())),
        select(*row("current", ticket_id=T.c.id)).where(
            T.c.counter_id == bindparam("counter_id"), T.c.status == TicketStatus.CALLED.value),
    )


_READS_AT_ONCE = _reads_at_once()


def _finish_at_once() -> Any:
    """PostgreSQL: the UPDATE finishing the ticket the counter had (`current`, read before),
    as a CTE; it finishes nothing when the ticket is no longer called there."""
    return (
        update(T)
        .where(T.c.id == bindparam("current"), T.c.counter_id == bindparam("at_counter"),
               T.c.status == TicketStatus.CALLED.value)
        .values(status=TicketStatus.DONE.value, outcome="served", finished_at=_NOW,
                hlc=bindparam("hlc"), device_id=bindparam("device_id"))
        .returning(T.c.id)
        .cte("finished")
    )


def _events_at_once(kind: EventKind, ticket: Any) -> Any:
    """PostgreSQL: the INSERT of a `kind` event for each ticket of the CTE `ticket`, as a CTE."""
    columns = (E.c.id, E.c.office_id, E.c.ticket_id, E.c.kind, E.c.at, E.c.actor,
               E.c.counter_id, E.c.data, E.c.deleted_at, E.c.hlc, E.c.device_id)
    values = select(
        bindparam(f"{kind}_event", type_=E.c.id.type), bindparam("event_office"), ticket.c.id,
        bindparam(f"{kind}_kind", kind.value), _NOW, bindparam("actor"),
        bindparam("at_counter"), bindparam(f"{kind}_data", type_=E.c.data.type),
        bindparam("no_time", None, type_=E.c.deleted_at.type), bindparam("hlc"),
        bindparam("device_id"),
    )
    return insert(E).from_select(columns, values).cte(f"{kind}_events")


def _take_at_once(head: Select) -> Select:
    """PostgreSQL: call next's writes in one statement. The office's change-log lock, which
    every write of the office waits for (app.store.outbox), is then held for one statement and
    the commit instead of for several round trips to a counter process that may be waiting for
    a CPU. It takes the head as `_take` does, finishes the ticket the counter had (`current`,
    read before) and writes both events; it answers the taken ticket, or nothing.

    No parameter is named after a column of tickets that an UPDATE here leaves alone: SQLAlchemy
    would add it to that UPDATE's SET."""
    taken = _take(head, counter="at_counter").cte("taken")
    return (select(taken)
            .add_cte(_events_at_once(EventKind.CALLED, taken),
                     _events_at_once(EventKind.FINISHED, _finish_at_once())))


def _finish_only_at_once() -> Select:
    """PostgreSQL: when nobody waits, the ticket the counter had is finished and its event
    written in one statement, as `_take_at_once` does along with a call."""
    finished = _finish_at_once()
    return select(finished.c.id).add_cte(_events_at_once(EventKind.FINISHED, finished))


_TAKE_AT_ONCE = _take_at_once(_LINE_HEAD)
_TAKE_AT_ONCE_AT_COUNTER = _take_at_once(_LINE_HEAD_AT_COUNTER)
_FINISH_ONLY_AT_ONCE = _finish_only_at_once()
# call_next's statements run on the raw sqlite3 cursor (see app.store.fastpath).
FAST = FastStatements()
_TICKET_VIEW = (
    select(T, S.c.code.label("service_code"), S.c.name_et, S.c.name_ru, S.c.name_en,
           C.c.number.label("counter_number"), C.c.label.label("counter_label"))
    .join(S, S.c.id == T.c.service_id)
    .outerjoin(C, C.c.id == T.c.counter_id)
    .where(T.c.id == bindparam("ticket_id"))
)


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
        for row in FAST.all(conn, _RECENT_CALLS, {"counter_id": setup.counter_id,
                                                  "limit": max(setup.cap, 1)})
    ]
    heads = {
        Candidate(line.target_counter_id or "", line.priority, _as_utc(line.first),
                  line.service_id)
        for line in FAST.all(conn, _LINES, {"office_id": ctx.office_id,
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
            rows = conn.execute(_READS_AT_ONCE, {"office_id": ctx.office_id,
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
                    return _take_pg(conn, ctx, setup, chosen, held, now, ctx.db.stamp())
                # Nobody waits (as of the read): the ticket in hand is finished all the same.
                if held is not None:
                    conn.execute(_FINISH_ONLY_AT_ONCE, {
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
    with ctx.db.write_connection() as conn:
        chosen = _choose(conn, ctx, setup, now)
        finished = FAST.all(conn, _FINISH_CURRENT, {"at_counter": setup.counter_id, "now": now,
                                                    **stamp})
        events = [
            _event_row(ctx, row.id, EventKind.FINISHED, setup.counter_id, now,
                       {"outcome": "served"})
            for row in finished
        ]
        if chosen is None:
            if events:
                FAST.many(conn, _INSERT_EVENT, events)
            return None
        # A head is (service, priority level, target counter); its id field holds the target.
        take = _TAKE_HEAD_AT_COUNTER if chosen.id else _TAKE_HEAD
        taken = FAST.all(conn, take, {"line_office": ctx.office_id,
                                      "line_service": chosen.service_id,
                                      "line_priority": chosen.priority, "line_target": chosen.id,
                                      **counter, "now": now, **stamp}, result_table=T)
        if not taken:
            raise _TakenElsewhere
        events.append(_event_row(ctx, taken[0].id, EventKind.CALLED, setup.counter_id, now,
                                 {"priority": chosen.priority > 0}))
        FAST.many(conn, _INSERT_EVENT, events)
        return taken[0]


def _take_pg(
    conn: Connection,
    ctx: Context,
    setup: _CounterSetup,
    chosen: Candidate,
    current: str | None,
    now: datetime,
    stamp: dict[str, Any],
) -> Any:
    """Take the chosen line's head with `_take_at_once`; raises _TakenElsewhere when every
    waiting ticket of the line is being taken by other counters."""
    take = _TAKE_AT_ONCE_AT_COUNTER if chosen.id else _TAKE_AT_ONCE
    taken = conn.execute(take, {
        "line_office": ctx.office_id, "line_service": chosen.service_id,
        "line_priority": chosen.priority, "line_target": chosen.id,
        "at_counter": setup.counter_id, "current": current, "now": now, **stamp,
        "event_office": ctx.office_id, "actor": ctx.actor.name,
        "finished_event": uuid7(), "finished_data": {"outcome": "served"},
        "called_event": uuid7(), "called_data": {"priority": chosen.priority > 0},
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
        rows = conn.execute(_COUNTER_LINES, {**office, "number": number}).all()
        if not rows:
            with ctx.db.read() as s:
                _counter(s, ctx, number)  # raises NotFound naming the counters there are
        services = {r.id: r for r in conn.execute(_OFFICE_SERVICES, office)}
        cap = conn.scalar(_CAP, office) or 0
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


def _ticket_view(row: Row) -> TicketView:
    return TicketView.build(row, row.service_code, service_names(row), row.counter_number,
                            row.counter_label)


def _insert_event(
    conn: Connection,
    ctx: Context,
    ticket_id: str,
    kind: EventKind,
    counter_id: str | None,
    at: datetime,
    data: dict[str, object] | None,
) -> None:
    conn.execute(_INSERT_EVENT, _event_row(ctx, ticket_id, kind, counter_id, at, data))


def _event_row(
    ctx: Context,
    ticket_id: str,
    kind: EventKind,
    counter_id: str | None,
    at: datetime,
    data: dict[str, object] | None,
) -> dict[str, object]:
    """A ticket event: who did what to which ticket, when, at which counter."""
    return {
        "id": uuid7(),
        "office_id": ctx.office_id,
        "ticket_id": ticket_id,
        "kind": kind.value,
        "at": at,
        "actor": ctx.actor.name,
        "counter_id": counter_id,
        "data": data,
        "deleted_at": None,
        **ctx.db.stamp(),
    }


@hosted()
def recall(ctx: Context, counter_number: int) -> TicketView:
    """Call the current visitor again; after the office's limit of unanswered calls the ticket
    becomes a no-show."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        office = _office(s, ctx)
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        if ticket.call_count >= office.noshow_after:
            _close(ticket, TicketStatus.NO_SHOW, ctx.now())
            _event(s, ctx, ticket, EventKind.NO_SHOW, counter, calls=ticket.call_count, auto=True)
            return _view(s, ticket)
        ticket.call_count += 1
        ticket.called_at = ctx.now()
        _event(s, ctx, ticket, EventKind.RECALLED, counter, calls=ticket.call_count)
        return _view(s, ticket)


@hosted()
def no_show(ctx: Context, counter_number: int) -> TicketView:
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        _close(ticket, TicketStatus.NO_SHOW, ctx.now())
        _event(s, ctx, ticket, EventKind.NO_SHOW, counter, calls=ticket.call_count)
        return _view(s, ticket)


@hosted()
def park(ctx: Context, counter_number: int) -> TicketView:
    """Set the current visitor aside (e.g. to fetch a document); the counter may call others."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        ticket.status = TicketStatus.PARKED.value
        _event(s, ctx, ticket, EventKind.PARKED, counter)
        return _view(s, ticket)


@hosted()
def return_parked(ctx: Context, counter_number: int, number: str) -> TicketView:
    """Take a parked visitor back to this counter."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        current = _current(s, counter)
        if current is not None:
            raise Refused("counter_busy", counter=counter.number, ticket=current.number)
        ticket = _ticket_by_number(s, ctx, number, lock=True)
        if ticket.status != TicketStatus.PARKED.value:
            raise Refused("ticket_state", ticket=ticket.number, status=ticket.status,
                          expected=TicketStatus.PARKED.value)
        ticket.status = TicketStatus.CALLED.value
        ticket.counter_id = counter.id
        ticket.called_at = ctx.now()
        _event(s, ctx, ticket, EventKind.RETURNED, counter)
        return _view(s, ticket)


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
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        old_service = s.get(Service, ticket.service_id)
        assert old_service is not None
        service = _service(s, ctx, to_service) if to_service else old_service
        target = _counter(s, ctx, to_counter) if to_counter is not None else None
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
        _event(
            s, ctx, ticket, EventKind.TRANSFERRED, counter,
            from_service=old_service.code, to_service=service.code,
            to_counter=target.number if target else None, place=place.value,
        )
        return _view(s, ticket)


@hosted()
def finish(ctx: Context, counter_number: int, outcome: str = "served") -> TicketView:
    ctx.require(Action.SERVE)
    if outcome not in OUTCOMES:
        raise Refused("unknown_outcome", outcome=outcome, choices=", ".join(OUTCOMES))
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        _finish(s, ctx, counter, ticket, outcome)
        return _view(s, ticket)


def _finish(s: Session, ctx: Context, counter: Counter, ticket: Ticket, outcome: str) -> None:
    _close(ticket, TicketStatus.DONE, ctx.now())
    ticket.outcome = outcome
    _event(s, ctx, ticket, EventKind.FINISHED, counter, outcome=outcome)


def _close(ticket: Ticket, status: TicketStatus, now: datetime) -> None:
    ticket.status = status.value
    ticket.finished_at = now


@hosted()
def cancel(ctx: Context, number: str, reissue_service: str | None = None) -> TicketView:
    """Cancel a wrongly taken ticket; with `reissue_service`, issue the right service's ticket
    in its place, keeping the visitor's arrival time and place in the queue. Returns the new
    ticket when one is issued, else the cancelled one."""
    ctx.require(Action.CORRECT_TICKET)
    now = ctx.now()
    with ctx.db.write() as s:
        old = _ticket_by_number(s, ctx, number, lock=True)
        if old.status not in (TicketStatus.WAITING.value, TicketStatus.CALLED.value):
            raise Refused("ticket_not_waiting", ticket=old.number, status=old.status,
                          action="cancelled")
        counter = s.get(Counter, old.counter_id) if old.counter_id else None
        _close(old, TicketStatus.CANCELLED, now)
        service = _service(s, ctx, reissue_service) if reissue_service else None
        _event(s, ctx, old, EventKind.CANCELLED, counter,
               reissued_as=service.code if service else None)
        if service is None:
            return _view(s, old)
        conn = s.connection()
        row = conn.execute(_SERVICE_BY_CODE, {"office_id": ctx.office_id,
                                              "code": service.code}).one()
        ahead, estimate = _estimate(conn, ctx, service.id, old.priority, old.queue_key)
        new = _insert_ticket(
            conn, ctx, row, old.visit_id, old.lang, old.priority, old.source, now,
            old.arrived_at, old.queue_key, ahead, estimate, check_limit=False,
            replaces_id=old.id,
        )
        _insert_event(conn, ctx, new["id"], EventKind.REISSUED, counter.id if counter else None,
                      now, {"replaces": old.number})
        return _new_ticket_view(new, row)


# -- what the windows show -----------------------------------------------------------------


@hosted(offline=HERE)
def list_services(ctx: Context) -> list[ServiceView]:
    ctx.require(Action.VIEW_CALLS)
    local = ctx.local()
    with ctx.db.read() as s:
        views = []
        for service in _services(s, ctx):
            if not service.active:
                continue
            open_now, opens = _opening(ctx, service.hours, local)
            views.append(ServiceView.of(service, open_now, opens))
        return views


@hosted()
def list_counters(ctx: Context) -> list[CounterView]:
    ctx.require(Action.VIEW_CALLS)
    with ctx.db.read() as s:
        codes: dict[str, list[str]] = {}
        for counter_id, code in s.execute(
            select(CounterService.counter_id, Service.code)
            .join(Service, Service.id == CounterService.service_id)
            .where(CounterService.office_id == ctx.office_id,
                   CounterService.deleted_at.is_(None))
            .order_by(Service.position, Service.code)
        ):
            codes.setdefault(counter_id, []).append(code)
        return [
            CounterView.of(c, tuple(codes.get(c.id, [])))
            for c in s.scalars(
                select(Counter)
                .where(Counter.office_id == ctx.office_id, Counter.deleted_at.is_(None))
                .order_by(Counter.number)
            )
        ]


@hosted()
def set_counter_open(ctx: Context, counter_number: int, is_open_now: bool) -> CounterView:
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        counter.is_open = is_open_now
        codes = tuple(
            s.scalars(
                select(Service.code)
                .join(CounterService, CounterService.service_id == Service.id)
                .where(CounterService.counter_id == counter.id)
            )
        )
        return CounterView.of(counter, codes)


@hosted()
def queue_overview(ctx: Context) -> list[ServiceQueue]:
    """Per service: how many wait, the longest wait, how many counters serve it now."""
    ctx.require(Action.VIEW_CALLS)
    now = ctx.now()
    local = ctx.local(now)
    with ctx.db.read() as s:
        stats = {
            row.service_id: (row.n, row.oldest)
            for row in s.execute(
                select(
                    Ticket.service_id,
                    func.count(Ticket.id).label("n"),
                    func.min(Ticket.arrived_at).label("oldest"),
                )
                .where(Ticket.office_id == ctx.office_id,
                       Ticket.status == TicketStatus.WAITING.value)
                .group_by(Ticket.service_id)
            )
        }
        result = []
        for service in _services(s, ctx):
            if not service.active:
                continue
            n, oldest = stats.get(service.id, (0, None))
            if oldest is not None and oldest.tzinfo is None:
                oldest = oldest.replace(tzinfo=now.tzinfo)
            longest = int((now - oldest).total_seconds() // 60) if oldest else 0
            open_now, opens = _opening(ctx, service.hours, local)
            result.append(
                ServiceQueue(
                    ServiceView.of(service, open_now, opens),
                    n, max(longest, 0), _open_counters(s, service),
                )
            )
        return result


@hosted()
def waiting_tickets(ctx: Context, service_code: str | None = None) -> list[TicketView]:
    """Waiting tickets in the order they would be called."""
    ctx.require(Action.VIEW_QUEUE)
    now = ctx.now()
    with ctx.db.read() as s:
        query = select(Ticket).where(
            Ticket.office_id == ctx.office_id, Ticket.status == TicketStatus.WAITING.value
        )
        if service_code:
            query = query.where(Ticket.service_id == _service(s, ctx, service_code).id)
        tickets = {t.id: t for t in s.scalars(query)}
        services = {sv.id: sv for sv in _services(s, ctx)}
        aging = {sid: sv.priority_aging_min for sid, sv in services.items()}
        ordered = queue_order(
            (Candidate(t.id, t.priority, t.queue_key, t.service_id) for t in tickets.values()),
            now,
            aging,
        )
        return [TicketView.of(tickets[c.id], services[tickets[c.id].service_id])
                for c in ordered]


@hosted()
def counter_desk(ctx: Context, counter_number: int) -> CounterDesk:
    ctx.require(Action.VIEW_QUEUE)
    with ctx.db.read() as s:
        counter = _counter(s, ctx, counter_number)
        current = _current(s, counter)
        parked = s.scalars(
            select(Ticket)
            .where(Ticket.counter_id == counter.id, Ticket.status == TicketStatus.PARKED.value)
            .order_by(Ticket.called_at)
        )
        codes = tuple(
            s.scalars(
                select(Service.code)
                .join(CounterService, CounterService.service_id == Service.id)
                .where(CounterService.counter_id == counter.id)
                .order_by(Service.position, Service.code)
            )
        )
        return CounterDesk(
            CounterView.of(counter, codes),
            _view(s, current) if current else None,
            tuple(_view(s, t) for t in parked),
        )


@hosted()
def recent_calls(ctx: Context, limit: int = 6) -> list[CallView]:
    """The latest calls, newest first, one per ticket, for the waiting-room display."""
    ctx.require(Action.VIEW_CALLS)
    with ctx.db.read() as s:
        rows = s.execute(
            select(TicketEvent.id, TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.at,
                   Ticket.number, Counter.label)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .join(Counter, Counter.id == TicketEvent.counter_id)
            .where(
                TicketEvent.office_id == ctx.office_id,
                TicketEvent.kind.in_([EventKind.CALLED.value, EventKind.RECALLED.value,
                                      EventKind.RETURNED.value]),
                TicketEvent.at >= ctx.now() - timedelta(hours=12),
            )
            .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
            .limit(limit * 4)
        ).all()
        calls: list[CallView] = []
        seen: set[str] = set()
        for row in rows:
            if row.ticket_id in seen:
                continue
            seen.add(row.ticket_id)
            calls.append(CallView(row.ticket_id, row.number, row.label, row.at,
                                  row.kind == EventKind.RECALLED.value, row.id))
            if len(calls) == limit:
                break
        return calls


@hosted()
def ticket_history(ctx: Context, number: str) -> list[dict[str, object]]:
    ctx.require(Action.VIEW_QUEUE)
    with ctx.db.read() as s:
        ticket = _ticket_by_number(s, ctx, number)
        return [
            {"kind": e.kind, "at": e.at.isoformat(), "actor": e.actor, "data": e.data or {}}
            for e in s.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket.id)
                .order_by(TicketEvent.at, TicketEvent.id)
            )
        ]

