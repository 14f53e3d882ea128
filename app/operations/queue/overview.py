"""What the windows show of the queue: the office's name, its services and counters, each
line's length and longest wait, the waiting tickets in calling order, a counter's desk, the
latest calls for the waiting-room display, and a ticket's history."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.permissions import Action
from app.core.queue import Candidate, EventKind, TicketStatus, queue_order
from app.operations.context import Context
from app.operations.hosting import HERE, hosted
from app.operations.queue.lookups import (
    current_ticket,
    find_counter,
    find_service,
    find_services,
    find_ticket,
    opening,
)
from app.operations.queue.statements import OFFICE_NAME
from app.operations.queue.tickets import view_of
from app.operations.views import (
    CallView,
    CounterDesk,
    CounterView,
    ServiceQueue,
    ServiceView,
    TicketView,
)
from app.store.models import Counter, CounterService, Service, Ticket, TicketEvent


@hosted(offline=HERE)
def office_name(ctx: Context) -> str:
    ctx.require(Action.VIEW_CALLS)
    with ctx.db.read_connection() as conn:
        return conn.scalar(OFFICE_NAME, {"office_id": ctx.office_id}) or ""


@hosted(offline=HERE)
def list_services(ctx: Context) -> list[ServiceView]:
    ctx.require(Action.VIEW_CALLS)
    local = ctx.local()
    with ctx.db.read() as s:
        views = []
        for service in find_services(s, ctx):
            if not service.active:
                continue
            open_now, opens = opening(ctx, service.hours, local)
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
        for service in find_services(s, ctx):
            if not service.active:
                continue
            n, oldest = stats.get(service.id, (0, None))
            if oldest is not None and oldest.tzinfo is None:
                oldest = oldest.replace(tzinfo=now.tzinfo)
            longest = int((now - oldest).total_seconds() // 60) if oldest else 0
            open_now, opens = opening(ctx, service.hours, local)
            result.append(
                ServiceQueue(
                    ServiceView.of(service, open_now, opens),
                    n, max(longest, 0), _open_counters(s, service),
                )
            )
        return result


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
            query = query.where(Ticket.service_id == find_service(s, ctx, service_code).id)
        tickets = {t.id: t for t in s.scalars(query)}
        services = {sv.id: sv for sv in find_services(s, ctx)}
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
        counter = find_counter(s, ctx, counter_number)
        current = current_ticket(s, counter)
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
            view_of(s, current) if current else None,
            tuple(view_of(s, t) for t in parked),
        )


@hosted()
def recent_calls(ctx: Context, limit: int = 6) -> list[CallView]:
    """The latest calls, newest first, one per ticket, for the waiting-room display."""
    ctx.require(Action.VIEW_CALLS)
    with ctx.db.read() as s:
        rows = s.execute(
            select(TicketEvent.id, TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.at,
                   Ticket.number, Counter.label, Ticket.lang)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .join(Counter, Counter.id == TicketEvent.counter_id)
            .where(
                TicketEvent.office_id == ctx.office_id,
                TicketEvent.kind.in_([EventKind.CALLED.value, EventKind.RECALLED.value,
                                      EventKind.RETURNED.value, EventKind.CALL_UNDONE.value]),
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
            if row.kind == EventKind.CALL_UNDONE.value:
                continue  # a call taken back leaves the display
            calls.append(CallView(row.ticket_id, row.number, row.label, row.at,
                                  row.kind == EventKind.RECALLED.value, row.id, row.lang))
            if len(calls) == limit:
                break
        return calls


@hosted()
def ticket_history(ctx: Context, number: str) -> list[dict[str, object]]:
    ctx.require(Action.VIEW_QUEUE)
    with ctx.db.read() as s:
        ticket = find_ticket(s, ctx, number)
        return [
            {"kind": e.kind, "at": e.at.isoformat(), "actor": e.actor, "data": e.data or {}}
            for e in s.scalars(
                select(TicketEvent)
                # Only its own office's lines: a device of another office may once have
                # pushed an event naming this ticket.
                .where(TicketEvent.ticket_id == ticket.id,
                       TicketEvent.office_id == ticket.office_id)
                .order_by(TicketEvent.at, TicketEvent.id)
            )
        ]
