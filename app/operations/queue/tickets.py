"""What every change to a ticket shares: the event recording it, the ticket's closing, and the
ticket as the views show it.

Every change to a ticket writes an event (who did what to it, when, at which counter) in the
same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, Row
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.queue import EventKind, TicketStatus
from app.operations.context import Context
from app.operations.queue.statements import END_CONTACT, INSERT_EVENT
from app.operations.views import TicketView, service_names
from app.store.models import Counter, Service, Ticket


def add_event(
    s: Session,
    ctx: Context,
    ticket: Ticket,
    kind: EventKind,
    counter: Counter | None = None,
    **data: object,
) -> None:
    insert_event(s.connection(), ctx, ticket.id, kind, counter.id if counter else None,
                 ctx.now(), data or None)


def end_counter_contact(s: Session, ctx: Context, ticket: Ticket, outcome: str) -> None:
    """The ticket's counter contact (app.operations.contacts) ends now with this outcome."""
    s.connection().execute(END_CONTACT, {"ended_ticket": ticket.id, "now": ctx.now(),
                                         "contact_outcome": outcome, **ctx.db.stamp()})


def insert_event(
    conn: Connection,
    ctx: Context,
    ticket_id: str,
    kind: EventKind,
    counter_id: str | None,
    at: datetime,
    data: dict[str, object] | None,
) -> None:
    conn.execute(INSERT_EVENT, event_row(ctx, ticket_id, kind, counter_id, at, data))


def event_row(
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


def close_ticket(ticket: Ticket, status: TicketStatus, now: datetime) -> None:
    ticket.status = status.value
    ticket.finished_at = now


def view_of(s: Session, t: Ticket, duplicate: bool = False) -> TicketView:
    service = s.get(Service, t.service_id)
    assert service is not None
    counter = s.get(Counter, t.counter_id) if t.counter_id else None
    return TicketView.of(t, service, counter, duplicate)


def view_of_row(row: Row) -> TicketView:
    """A ticket read with its service's and counter's columns (statements.TICKET_VIEW)."""
    return TicketView.build(row, row.service_code, service_names(row), row.counter_number,
                            row.counter_label)
