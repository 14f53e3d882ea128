"""What the queue's operations look up: the office, its services and counters, a ticket by its
number or at a counter, and whether a service takes tickets now."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.core.errors import NotFound, Refused
from app.core.queue import TicketStatus, is_open, next_opening, parse_hours
from app.operations.context import Context
from app.operations.views import service_names
from app.store.models import Counter, Office, Service, Ticket


def find_office(s: Session, ctx: Context) -> Office:
    office = s.get(Office, ctx.office_id)
    assert office is not None
    return office


def find_services(s: Session, ctx: Context) -> list[Service]:
    return list(
        s.scalars(
            select(Service)
            .where(Service.office_id == ctx.office_id, Service.deleted_at.is_(None))
            .order_by(Service.position, Service.code)
        )
    )


def find_service(s: Session, ctx: Context, code: str) -> Service:
    code = code.strip().upper()
    services = [x for x in find_services(s, ctx) if x.active]
    for service in services:
        if service.code == code:
            return service
    raise NotFound(
        "unknown_service", service=code, choices=", ".join(x.code for x in services) or "-"
    )


def find_counter(s: Session, ctx: Context, number: int) -> Counter:
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


def find_ticket(s: Session, ctx: Context, number: str, lock: bool = False) -> Ticket:
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


def current_ticket(s: Session, counter: Counter, lock: bool = False) -> Ticket | None:
    query = select(Ticket).where(
        Ticket.counter_id == counter.id, Ticket.status == TicketStatus.CALLED.value
    )
    return s.scalars(query.with_for_update() if lock else query).first()


def require_current(s: Session, counter: Counter) -> Ticket:
    """The ticket at the counter, locked for the write that changes it."""
    ticket = current_ticket(s, counter, lock=True)
    if ticket is None:
        raise Refused("no_current_ticket", counter=counter.number)
    return ticket


def opening(ctx: Context, service_hours: Any, local: datetime) -> tuple[bool, datetime | None]:
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


def service_name(service: Row, lang: str) -> str:
    return service_names(service).get(lang, service.name_et)
