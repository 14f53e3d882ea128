"""Taking back what a counter did by mistake: a no-show brought back the same day, and call
next undone moments after (the visitor it finished serving back at the counter, the ticket it
called back in the queue).

Both change tickets only as the other operations do (one write transaction, the ticket locked
as it is read) and record what they did as the tickets' events.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.core.queue import EventKind, TicketStatus
from app.operations.context import Context
from app.operations.hosting import hosted
from app.operations.queue.lookups import current_ticket, find_counter, find_ticket
from app.operations.queue.tickets import add_event, view_of
from app.operations.views import TicketView
from app.store.models import Contact, Counter, Ticket, TicketEvent

# Call next can be undone this long after it (the window offers it for a few seconds; the
# margin is for a slow connection to the queue host).
UNDO_LIMIT = timedelta(seconds=60)


def _events(s: Session, ticket: Ticket) -> list[TicketEvent]:
    return list(s.scalars(
        select(TicketEvent)
        .where(TicketEvent.ticket_id == ticket.id, TicketEvent.office_id == ticket.office_id,
               TicketEvent.deleted_at.is_(None))
        .order_by(TicketEvent.at, TicketEvent.id)))


def _find_any_day(s: Session, ctx: Context, number: str) -> Ticket:
    """Today's ticket of that number; a number only another day had is refused by its day."""
    try:
        return find_ticket(s, ctx, number, lock=True)
    except NotFound:
        older = s.scalars(
            select(Ticket)
            .where(Ticket.office_id == ctx.office_id,
                   Ticket.number == number.strip().upper())
            .order_by(Ticket.issued_at.desc())).first()
        if older is None or older.status != TicketStatus.NO_SHOW.value:
            raise
        raise Refused("bring_back_other_day", ticket=older.number,
                      day=older.day.strftime("%d.%m.%Y")) from None


@hosted()
def bring_back(ctx: Context, number: str) -> TicketView:
    """Put today's no-show back in the queue: the visitor came after all.

    It goes back to its own place (its queue key, the arrival unless a transfer moved it, is
    kept), not to the front: the visitor keeps the place they had earned, those who arrived
    before them and still wait are not passed, and since everyone who arrived after them is
    behind that place, the visitor is called next (or soon) at any counter of the service
    without a rule of its own. Its priority stays as it was."""
    ctx.require(Action.CORRECT_TICKET)
    with ctx.db.write() as s:
        ticket = _find_any_day(s, ctx, number)
        if ticket.status != TicketStatus.NO_SHOW.value:
            raise Refused("not_a_no_show", ticket=ticket.number, status=ticket.status)
        was_at = s.get(Counter, ticket.counter_id) if ticket.counter_id else None
        ticket.status = TicketStatus.WAITING.value
        ticket.counter_id = None
        ticket.call_count = 0
        ticket.called_at = None
        ticket.finished_at = None
        ticket.outcome = None
        add_event(s, ctx, ticket, EventKind.BROUGHT_BACK, None,
                  was_at=was_at.number if was_at else None)
        return view_of(s, ticket)


@hosted()
def no_shows_today(ctx: Context) -> list[TicketView]:
    """Today's no-shows, the latest first: the tickets bring_back can take back."""
    ctx.require(Action.VIEW_QUEUE)
    day = ctx.local().date()
    with ctx.db.read() as s:
        tickets = s.scalars(
            select(Ticket)
            .where(Ticket.office_id == ctx.office_id, Ticket.day == day,
                   Ticket.status == TicketStatus.NO_SHOW.value, Ticket.deleted_at.is_(None))
            .order_by(Ticket.finished_at.desc(), Ticket.id)).all()
        return [view_of(s, t) for t in tickets]


@hosted()
def undo_call_next(ctx: Context, counter_number: int, number: str) -> TicketView:
    """Undo the call next that called ticket `number` to this counter: the ticket goes back to
    the queue at its place (its queue key never changed), and the visitor that call next
    finished as served (if it did) is back at the counter, as they were. Both are recorded as
    the tickets' events. When nobody waited, call next only finished the visitor at the
    counter: `number` is then that ticket, and it is back at the counter. Refused when
    anything happened to either ticket since, or later than UNDO_LIMIT after the call. Answers
    the ticket now at the counter, or else the one put back."""
    ctx.require(Action.SERVE)
    now = ctx.now()
    with ctx.db.write() as s:
        counter = find_counter(s, ctx, counter_number)
        called = find_ticket(s, ctx, number, lock=True)
        events = _events(s, called)
        last = events[-1] if events else None
        if called.status == TicketStatus.DONE.value:
            return _undo_finish_only(s, ctx, counter, called, last)
        if (called.status != TicketStatus.CALLED.value or called.counter_id != counter.id
                or last is None or last.kind != EventKind.CALLED.value
                or last.counter_id != counter.id):
            raise Refused("undo_changed", ticket=called.number)
        if now - last.at > UNDO_LIMIT:
            raise Refused("undo_too_late", ticket=called.number)
        # What the same call next finished here: its event has the call's very moment.
        finished_event = s.scalars(
            select(TicketEvent)
            .where(TicketEvent.counter_id == counter.id,
                   TicketEvent.kind == EventKind.FINISHED.value, TicketEvent.at == last.at,
                   TicketEvent.office_id == ctx.office_id, TicketEvent.deleted_at.is_(None))
        ).first()
        finished = None
        if finished_event is not None:
            finished = s.get(Ticket, finished_event.ticket_id, with_for_update=True)
            assert finished is not None
            latest = _events(s, finished)[-1]
            if (finished.status != TicketStatus.DONE.value or latest.id != finished_event.id):
                raise Refused("undo_changed", ticket=finished.number)

        before = events[-2] if len(events) > 1 else None
        called.status = TicketStatus.WAITING.value
        called.counter_id = None
        called.call_count = 0
        called.called_at = None
        if called.first_called_at == last.at:
            called.first_called_at = None
        # Call next takes a ticket sent to this counter off that counter's line: put it back.
        to_counter = (before.data or {}).get("to_counter") if before is not None else None
        if before is not None and before.kind == EventKind.TRANSFERRED.value and to_counter:
            called.target_counter_id = counter.id if counter.number == to_counter else (
                s.scalar(select(Counter.id).where(Counter.office_id == ctx.office_id,
                                                  Counter.number == to_counter)))
        _drop_contact(s, ctx, called)
        add_event(s, ctx, called, EventKind.CALL_UNDONE, counter, undid=last.id)
        if finished is None:
            return view_of(s, called)
        _back_at_counter(s, ctx, counter, finished, finished_event)
        return view_of(s, finished)


def _undo_finish_only(s: Session, ctx: Context, counter: Counter, ticket: Ticket,
                      last: TicketEvent | None) -> TicketView:
    """Call next found nobody waiting and only finished `ticket`: it is back at the counter."""
    if (last is None or last.kind != EventKind.FINISHED.value or last.counter_id != counter.id
            or (last.data or {}).get("outcome") != "served"
            or current_ticket(s, counter) is not None):
        raise Refused("undo_changed", ticket=ticket.number)
    if ctx.now() - last.at > UNDO_LIMIT:
        raise Refused("undo_too_late", ticket=ticket.number)
    _back_at_counter(s, ctx, counter, ticket, last)
    return view_of(s, ticket)


def _back_at_counter(s: Session, ctx: Context, counter: Counter, ticket: Ticket,
                     finished: TicketEvent) -> None:
    """The visitor call next finished as served is at the counter again, as before it."""
    ticket.status = TicketStatus.CALLED.value
    ticket.counter_id = counter.id
    ticket.finished_at = None
    ticket.outcome = None
    _reopen_contact(s, ticket)
    add_event(s, ctx, ticket, EventKind.FINISH_UNDONE, counter, undid=finished.id)


def _drop_contact(s: Session, ctx: Context, ticket: Ticket) -> None:
    """The counter contact the undone call began never happened: it is deleted."""
    for contact in s.scalars(select(Contact).where(Contact.ticket_id == ticket.id,
                                                   Contact.ended_at.is_(None),
                                                   Contact.deleted_at.is_(None))):
        contact.deleted_at = ctx.now()


def _reopen_contact(s: Session, ticket: Ticket) -> None:
    """The finished visitor's counter contact goes on."""
    contact = s.scalars(select(Contact)
                        .where(Contact.ticket_id == ticket.id, Contact.deleted_at.is_(None))
                        .order_by(Contact.started_at.desc())).first()
    if contact is not None:
        contact.ended_at = None
        contact.outcome = None

