"""Queue operations: issue, call next, recall, no-show, park, transfer, finish, correct.

Each is one write transaction (`BEGIN IMMEDIATE` on SQLite). A ticket changes status only by a
compare-and-set UPDATE (`... WHERE status = 'waiting'`), so two counters can never hold the same
ticket even on a database that lets both read it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.core.queue import (
    OUTCOMES,
    Candidate,
    EventKind,
    TicketStatus,
    TransferPlace,
    choose_next,
    estimate_wait,
    is_open,
    next_opening,
    parse_hours,
    queue_order,
    ticket_number,
    transfer_key,
)
from app.operations.context import Context
from app.operations.views import (
    CallView,
    CounterDesk,
    CounterView,
    ServiceQueue,
    ServiceView,
    TicketView,
)
from app.store.models import Counter, CounterService, Office, Service, Ticket, TicketEvent, Visit

RECENT_HANDLINGS = 20


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


def _served_service_ids(s: Session, counter: Counter) -> list[str]:
    return list(
        s.scalars(
            select(CounterService.service_id).where(
                CounterService.counter_id == counter.id, CounterService.deleted_at.is_(None)
            )
        )
    )


def _ticket_by_number(s: Session, ctx: Context, number: str) -> Ticket:
    number = number.strip().upper()
    day = ctx.local().date()
    ticket = s.scalars(
        select(Ticket)
        .where(Ticket.office_id == ctx.office_id, Ticket.day == day, Ticket.number == number)
        .order_by(Ticket.issued_at.desc())
    ).first()
    if ticket is None:
        raise NotFound("unknown_ticket", ticket=number)
    return ticket


def _current(s: Session, counter: Counter) -> Ticket | None:
    return s.scalars(
        select(Ticket).where(
            Ticket.counter_id == counter.id, Ticket.status == TicketStatus.CALLED.value
        )
    ).first()


def _require_current(s: Session, counter: Counter) -> Ticket:
    ticket = _current(s, counter)
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
    s.add(
        TicketEvent(
            office_id=ctx.office_id,
            ticket_id=ticket.id,
            kind=kind.value,
            at=ctx.now(),
            actor=ctx.actor.name,
            counter_id=counter.id if counter else None,
            data=data or None,
        )
    )


def _hours(service: Service):
    return parse_hours(service.hours) if service.hours else None


# -- issuing -------------------------------------------------------------------------------


def issue_ticket(
    ctx: Context,
    service_code: str,
    lang: str = "et",
    priority: int = 0,
    source: str = "desk",
    dedupe_seconds: float = 0.0,
) -> TicketView:
    """Issue the next number of a service. A press repeated within `dedupe_seconds` on the
    same device for the same service gives back the ticket just issued."""
    ctx.require(Action.ISSUE_TICKET)
    now = ctx.now()
    with ctx.db.write() as s:
        service = _service(s, ctx, service_code)
        local = ctx.local(now)
        hours = _hours(service)
        if not is_open(hours, local):
            opens = next_opening(hours, local)
            if opens is None or opens.date() != local.date():
                raise Refused("service_closed_today", service=service.name(lang))
            raise Refused(
                "service_closed", service=service.name(lang), opens=opens.strftime("%H:%M")
            )
        if dedupe_seconds > 0:
            recent = s.scalars(
                select(Ticket)
                .where(
                    Ticket.service_id == service.id,
                    Ticket.device_id == ctx.db.device_id,
                    Ticket.source == source,
                    Ticket.issued_at >= now - timedelta(seconds=dedupe_seconds),
                    Ticket.status != TicketStatus.VOIDED.value,
                )
                .order_by(Ticket.issued_at.desc())
            ).first()
            if recent is not None:
                return _view(s, recent, duplicate=True)
        visit = Visit(office_id=ctx.office_id, arrived_at=now)
        s.add(visit)
        s.flush()
        ticket = _new_ticket(
            s, ctx, service, visit.id, lang, priority, source, now, arrived_at=now, queue_key=now,
            check_limit=True,
        )
        _event(s, ctx, ticket, EventKind.ISSUED, source=source)
        return _view(s, ticket)


def _new_ticket(
    s: Session,
    ctx: Context,
    service: Service,
    visit_id: str,
    lang: str,
    priority: int,
    source: str,
    now: datetime,
    arrived_at: datetime,
    queue_key: datetime,
    check_limit: bool,
    replaces: Ticket | None = None,
) -> Ticket:
    day = ctx.local(now).date()
    # Lock the service row (PostgreSQL); SQLite already holds the write lock.
    s.execute(select(Service.id).where(Service.id == service.id).with_for_update())
    last, issued = s.execute(
        select(func.max(Ticket.seq), func.count(Ticket.id)).where(
            Ticket.issued_service_id == service.id, Ticket.day == day
        )
    ).one()
    if check_limit and service.daily_limit is not None:
        voided = s.scalar(
            select(func.count(Ticket.id)).where(
                Ticket.issued_service_id == service.id,
                Ticket.day == day,
                Ticket.status == TicketStatus.VOIDED.value,
            )
        )
        if issued - (voided or 0) >= service.daily_limit:
            raise Refused("daily_limit", service=service.name(lang), limit=service.daily_limit)
    seq = (last or 0) + 1
    ahead = s.scalar(
        select(func.count(Ticket.id)).where(
            Ticket.service_id == service.id,
            Ticket.status == TicketStatus.WAITING.value,
            or_(Ticket.priority > priority, and_(Ticket.priority == priority,
                                                  Ticket.queue_key <= queue_key)),
        )
    ) or 0
    estimate = estimate_wait(
        ahead,
        _recent_handling_minutes(s, service),
        _open_counters(s, service),
        _office(s, ctx).default_handling_min,
    )
    ticket = Ticket(
        office_id=ctx.office_id,
        visit_id=visit_id,
        service_id=service.id,
        issued_service_id=service.id,
        day=day,
        seq=seq,
        number=ticket_number(service.code, seq),
        status=TicketStatus.WAITING.value,
        priority=priority,
        lang=lang,
        source=source,
        issued_at=now,
        arrived_at=arrived_at,
        queue_key=queue_key,
        people_ahead=ahead,
        est_wait_low_min=estimate.low_min,
        est_wait_high_min=estimate.high_min,
        replaces_id=replaces.id if replaces else None,
    )
    s.add(ticket)
    s.flush()
    return ticket


def _recent_handling_minutes(s: Session, service: Service) -> list[float]:
    rows = s.execute(
        select(Ticket.first_called_at, Ticket.finished_at)
        .where(
            Ticket.service_id == service.id,
            Ticket.status == TicketStatus.DONE.value,
            Ticket.first_called_at.is_not(None),
        )
        .order_by(Ticket.finished_at.desc())
        .limit(RECENT_HANDLINGS)
    ).all()
    return [(done - called).total_seconds() / 60.0 for called, done in rows if called and done]


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


def void_ticket(ctx: Context, ticket_id: str, reason: str) -> TicketView:
    """Take back a ticket the visitor never got (e.g. the printer failed)."""
    ctx.require(Action.ISSUE_TICKET)
    with ctx.db.write() as s:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None or ticket.office_id != ctx.office_id:
            raise NotFound("unknown_ticket", ticket=ticket_id)
        if ticket.status != TicketStatus.WAITING.value:
            raise Refused("ticket_not_waiting", ticket=ticket.number, status=ticket.status,
                          action="voided")
        ticket.status = TicketStatus.VOIDED.value
        ticket.finished_at = ctx.now()
        _event(s, ctx, ticket, EventKind.VOIDED, reason=reason)
        return _view(s, ticket)


def record_printed(ctx: Context, ticket_id: str, printer: str, size: int) -> None:
    ctx.require(Action.ISSUE_TICKET)
    with ctx.db.write() as s:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None or ticket.office_id != ctx.office_id:
            raise NotFound("unknown_ticket", ticket=ticket_id)
        _event(s, ctx, ticket, EventKind.PRINTED, printer=printer, bytes=size)


# -- the counter ---------------------------------------------------------------------------


def call_next(ctx: Context, counter_number: int) -> TicketView:
    """Call the next visitor to this counter. A ticket still called here is finished first
    (outcome 'served'). Raises Refused('queue_empty') when nobody waits."""
    ctx.require(Action.SERVE)
    now = ctx.now()
    with ctx.db.write() as s:
        office = _office(s, ctx)
        counter = _counter(s, ctx, counter_number)
        current = _current(s, counter)
        if current is not None:
            _finish(s, ctx, counter, current, "served")
        served = _served_service_ids(s, counter)
        rows = s.execute(
            select(Ticket.id, Ticket.priority, Ticket.queue_key, Ticket.service_id).where(
                Ticket.office_id == ctx.office_id,
                Ticket.status == TicketStatus.WAITING.value,
                or_(
                    and_(Ticket.service_id.in_(served), Ticket.target_counter_id.is_(None)),
                    Ticket.target_counter_id == counter.id,
                ),
            )
        ).all()
        pool = {r.id: Candidate(r.id, r.priority, r.queue_key, r.service_id) for r in rows}
        aging = {
            sv.id: sv.priority_aging_min for sv in _services(s, ctx) if sv.priority_aging_min
        }
        recent = [
            bool((data or {}).get("priority"))
            for data in s.scalars(
                select(TicketEvent.data)
                .where(
                    TicketEvent.counter_id == counter.id,
                    TicketEvent.kind == EventKind.CALLED.value,
                )
                .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
                .limit(max(office.priority_cap, 1))
            )
        ]
        while pool:
            chosen = choose_next(pool.values(), now, recent, office.priority_cap, aging)
            assert chosen is not None
            taken = s.execute(
                update(Ticket)
                .where(Ticket.id == chosen.id, Ticket.status == TicketStatus.WAITING.value)
                .values(
                    status=TicketStatus.CALLED.value,
                    counter_id=counter.id,
                    target_counter_id=None,
                    call_count=1,
                    called_at=now,
                    first_called_at=func.coalesce(Ticket.first_called_at, now),
                    **ctx.db.stamp(),
                )
                .execution_options(synchronize_session=False)
            ).rowcount
            if taken == 1:
                ticket = s.get(Ticket, chosen.id, populate_existing=True)
                assert ticket is not None
                _event(s, ctx, ticket, EventKind.CALLED, counter, priority=chosen.priority > 0)
                return _view(s, ticket)
            del pool[chosen.id]
        raise Refused("queue_empty", counter=counter.number)


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


def no_show(ctx: Context, counter_number: int) -> TicketView:
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        _close(ticket, TicketStatus.NO_SHOW, ctx.now())
        _event(s, ctx, ticket, EventKind.NO_SHOW, counter, calls=ticket.call_count)
        return _view(s, ticket)


def park(ctx: Context, counter_number: int) -> TicketView:
    """Set the current visitor aside (e.g. to fetch a document); the counter may call others."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        ticket = _require_current(s, counter)
        ticket.status = TicketStatus.PARKED.value
        _event(s, ctx, ticket, EventKind.PARKED, counter)
        return _view(s, ticket)


def return_parked(ctx: Context, counter_number: int, number: str) -> TicketView:
    """Take a parked visitor back to this counter."""
    ctx.require(Action.SERVE)
    with ctx.db.write() as s:
        counter = _counter(s, ctx, counter_number)
        current = _current(s, counter)
        if current is not None:
            raise Refused("counter_busy", counter=counter.number, ticket=current.number)
        ticket = _ticket_by_number(s, ctx, number)
        if ticket.status != TicketStatus.PARKED.value:
            raise Refused("ticket_state", ticket=ticket.number, status=ticket.status,
                          expected=TicketStatus.PARKED.value)
        ticket.status = TicketStatus.CALLED.value
        ticket.counter_id = counter.id
        ticket.called_at = ctx.now()
        _event(s, ctx, ticket, EventKind.RETURNED, counter)
        return _view(s, ticket)


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


def cancel(ctx: Context, number: str, reissue_service: str | None = None) -> TicketView:
    """Cancel a wrongly taken ticket; with `reissue_service`, issue the right service's ticket
    in its place, keeping the visitor's arrival time and place in the queue. Returns the new
    ticket when one is issued, else the cancelled one."""
    ctx.require(Action.CORRECT_TICKET)
    now = ctx.now()
    with ctx.db.write() as s:
        old = _ticket_by_number(s, ctx, number)
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
        new = _new_ticket(
            s, ctx, service, old.visit_id, old.lang, old.priority, old.source, now,
            arrived_at=old.arrived_at, queue_key=old.queue_key, check_limit=False, replaces=old,
        )
        _event(s, ctx, new, EventKind.REISSUED, counter, replaces=old.number)
        return _view(s, new)


# -- what the windows show -----------------------------------------------------------------


def list_services(ctx: Context) -> list[ServiceView]:
    ctx.require(Action.VIEW_CALLS)
    local = ctx.local()
    with ctx.db.read() as s:
        views = []
        for service in _services(s, ctx):
            if not service.active:
                continue
            hours = _hours(service)
            open_now = is_open(hours, local)
            views.append(ServiceView.of(service, open_now,
                                        None if open_now else next_opening(hours, local)))
        return views


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
            hours = _hours(service)
            open_now = is_open(hours, local)
            result.append(
                ServiceQueue(
                    ServiceView.of(service, open_now,
                                   None if open_now else next_opening(hours, local)),
                    n, max(longest, 0), _open_counters(s, service),
                )
            )
        return result


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

