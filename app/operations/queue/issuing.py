"""Issuing: a ticket issued (at the host, or from a kiosk's leased numbers while the host is
away), a wrongly taken ticket cancelled and the right one issued in its place, a ticket the
visitor never got voided, a ticket's print noted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Row

from app.core.errors import NotFound, Refused
from app.core.ids import page_token, uuid7
from app.core.permissions import Action
from app.core.queue import (
    OFFLINE_SOURCE,
    EventKind,
    TicketStatus,
    WaitEstimate,
    estimate_wait,
    ticket_number,
)
from app.operations.context import Context
from app.operations.hosting import hosted
from app.operations.queue import blocks
from app.operations.queue.lookups import find_service, find_ticket, opening, service_name
from app.operations.queue.numbering import next_host_seq
from app.operations.queue.statements import (
    ESTIMATE_INPUTS,
    INSERT_TICKET,
    INSERT_VISIT,
    RECENT_HANDLING,
    RECENT_PRESSES,
    SERVICE_BY_CODE,
    TICKET_VIEW,
)
from app.operations.queue.tickets import add_event, close_ticket, insert_event, view_of, view_of_row
from app.operations.views import TicketView, service_names
from app.store.models import Counter, Ticket


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
    if not blocks.holds_numbers(ctx):
        return None
    return _issue(ctx, service_code, lang, priority, OFFLINE_SOURCE, dedupe_seconds,
                  number=blocks.next_leased_seq)


def _issued_here(ctx: Context, ticket_id: str, *_args: object, **_kwargs: object) -> bool:
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
            SERVICE_BY_CODE, {"office_id": ctx.office_id, "code": service_code.strip().upper()}
        ).first()
        if service is None:
            with ctx.db.read() as s:
                find_service(s, ctx, service_code)  # raises NotFound naming the services
        assert service is not None
        local = ctx.local(now)
        open_now, opens = opening(ctx, service.hours, local)
        if not open_now:
            name = service_name(service, lang)
            if opens is None or opens.date() != local.date():
                raise Refused("service_closed_today", service=name)
            raise Refused("service_closed", service=name, opens=opens.strftime("%H:%M"))
        if dedupe_seconds > 0:
            repeat = _repeated_press(conn, ctx, service.id, source,
                                     now - timedelta(seconds=dedupe_seconds))
            if repeat is not None:
                view = view_of_row(conn.execute(TICKET_VIEW, {"ticket_id": repeat}).one())
                return replace(view, duplicate=True)
        seq = None if number is None else number(conn, ctx, service, local.date())
        # Without the host this PC does not know the line, so it promises no wait.
        ahead, estimate = (None, None) if number else _estimate(conn, ctx, service.id, priority,
                                                                now)
        visit_id = uuid7()
        conn.execute(INSERT_VISIT, {"id": visit_id, "office_id": ctx.office_id,
                                    "arrived_at": now, "left_at": None, "deleted_at": None,
                                    **ctx.db.stamp()})
        ticket = _insert_ticket(
            conn, ctx, service, visit_id, lang, priority, source, now, now, now, ahead, estimate,
            check_limit=True, seq=seq,
        )
        insert_event(conn, ctx, ticket["id"], EventKind.ISSUED, None, now,
                     {"source": source, "device": ctx.acting_device})
    return _new_ticket_view(ticket, service)


def _repeated_press(
    conn: Connection, ctx: Context, service_id: str, source: str, since: datetime
) -> str | None:
    """The ticket this device issued for the service since `since`, if any. The device is the
    one in the ticket's issue event: a queue host issues for many kiosks in its own name."""
    for row in conn.execute(RECENT_PRESSES, {"service_id": service_id, "source": source,
                                            "since": since}):
        device = (row.data or {}).get("device", row.device_id)
        if device == ctx.acting_device:
            return row.id
    return None


def _estimate(
    conn: Connection, ctx: Context, service_id: str, priority: int, key: datetime
) -> tuple[int, WaitEstimate]:
    """People ahead of a ticket with this priority and queue place, and the wait estimate."""
    inputs = conn.execute(ESTIMATE_INPUTS, {"service_id": service_id, "priority": priority,
                                            "key": key, "office_id": ctx.office_id}).one()
    handled = [
        (done - called).total_seconds() / 60.0
        for called, done in conn.execute(RECENT_HANDLING, {"service_id": service_id})
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
        seq = next_host_seq(conn, ctx, service, lang, day, check_limit)
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
        "page_token": page_token(),
        "away_until": None,
        "deleted_at": None,
        **ctx.db.stamp(),
    }
    conn.execute(INSERT_TICKET, values)
    return values


def _new_ticket_view(v: dict[str, Any], service: Row) -> TicketView:
    return TicketView.build(SimpleNamespace(**v), service.code, service_names(service), None, None)


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
        add_event(s, ctx, ticket, EventKind.VOIDED, reason=reason)
        return view_of(s, ticket)


@hosted(here_if=_issued_here)
def record_printed(ctx: Context, ticket_id: str, printer: str, size: int) -> None:
    ctx.require(Action.ISSUE_TICKET)
    with ctx.db.write() as s:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None or ticket.office_id != ctx.office_id:
            raise NotFound("unknown_ticket", ticket=ticket_id)
        add_event(s, ctx, ticket, EventKind.PRINTED, printer=printer, bytes=size)


@hosted()
def cancel(ctx: Context, number: str, reissue_service: str | None = None) -> TicketView:
    """Cancel a wrongly taken ticket; with `reissue_service`, issue the right service's ticket
    in its place, keeping the visitor's arrival time and place in the queue. Returns the new
    ticket when one is issued, else the cancelled one."""
    ctx.require(Action.CORRECT_TICKET)
    now = ctx.now()
    with ctx.db.write() as s:
        old = find_ticket(s, ctx, number, lock=True)
        if old.status not in (TicketStatus.WAITING.value, TicketStatus.CALLED.value):
            raise Refused("ticket_not_waiting", ticket=old.number, status=old.status,
                          action="cancelled")
        counter = s.get(Counter, old.counter_id) if old.counter_id else None
        close_ticket(old, TicketStatus.CANCELLED, now)
        service = find_service(s, ctx, reissue_service) if reissue_service else None
        add_event(s, ctx, old, EventKind.CANCELLED, counter,
                  reissued_as=service.code if service else None)
        if service is None:
            return view_of(s, old)
        conn = s.connection()
        row = conn.execute(SERVICE_BY_CODE, {"office_id": ctx.office_id,
                                             "code": service.code}).one()
        ahead, estimate = _estimate(conn, ctx, service.id, old.priority, old.queue_key)
        new = _insert_ticket(
            conn, ctx, row, old.visit_id, old.lang, old.priority, old.source, now,
            old.arrived_at, old.queue_key, ahead, estimate, check_limit=False,
            replaces_id=old.id,
        )
        insert_event(conn, ctx, new["id"], EventKind.REISSUED, counter.id if counter else None,
                     now, {"replaces": old.number})
        return _new_ticket_view(new, row)
