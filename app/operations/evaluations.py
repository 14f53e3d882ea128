"""Quality evaluations: the supervisor's scorecards, evaluations of a person's served ticket or
contact (by the person first, if they wish, then by the supervisor), each person's view of
their own, and the month's list of whom nobody has evaluated.

Scoring is app.core.evaluation's. Evaluations are employees' personal data: a person sees
their own; a supervisor sees everyone's and each reading of another person's is recorded
(app.operations.results._log_read).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.core.errors import InvalidInput, NotFound, Refused
from app.core.evaluation import CardError, Gap, Scorecard, card_of, gap, not_evaluated, score
from app.core.measures import day_span
from app.core.permissions import Action, Role
from app.core.queue import EventKind
from app.operations.context import Context
from app.operations.results import StaffMember, _log_read, _target_staff, staff_members
from app.store.models import Contact, Evaluation, StaffAccount, Ticket, TicketEvent
from app.store.models import Scorecard as ScorecardRow

SELF = "self"
SUPERVISOR = "supervisor"
MAX_COMMENT = 4000
# How far back the work a person may be evaluated on is listed.
WORK_DAYS = 31


@dataclass(frozen=True)
class ScorecardView:
    id: str
    title: str
    card: Scorecard
    active: bool
    saved_at: datetime


@dataclass(frozen=True)
class Work:
    """A served ticket or a contact a person may be evaluated on."""

    kind: str  # "ticket" or "contact"
    id: str
    label: str
    at: datetime


@dataclass(frozen=True)
class EvaluationView:
    id: str
    scorecard: ScorecardView
    staff: str
    kind: str
    evaluator: str
    subject: str
    ticket_id: str | None
    contact_id: str | None
    answers: dict[str, str]
    score: float | None
    failed: bool
    comment: str
    evaluated_at: datetime
    # For the supervisor's evaluation of work the person scored first: the gap between.
    gap: Gap | None = None
    # The display names of the person evaluated and of the evaluator.
    staff_name: str = ""
    evaluator_name: str = ""


def _card_error(err: CardError) -> InvalidInput:
    return InvalidInput(err.code, **err.params)


def _view_card(row: ScorecardRow) -> ScorecardView:
    return ScorecardView(row.id, row.title, card_of(row.card), row.active, row.saved_at)


def list_scorecards(ctx: Context, active_only: bool = True) -> list[ScorecardView]:
    ctx.require(Action.VIEW_OWN_RESULTS)
    with ctx.db.read() as s:
        query = select(ScorecardRow).where(ScorecardRow.office_id == ctx.office_id,
                                           ScorecardRow.deleted_at.is_(None))
        if active_only:
            query = query.where(ScorecardRow.active.is_(True))
        out = []
        for row in s.scalars(query.order_by(ScorecardRow.title, ScorecardRow.saved_at)):
            try:
                out.append(_view_card(row))
            except CardError:  # a form pushed in a shape this version cannot read
                continue
        return out


def save_scorecard(ctx: Context, data: Mapping[str, Any],
                   scorecard_id: str | None = None) -> ScorecardView:
    """Save a new scorecard, or change one: a form no evaluation has used yet is changed in
    place; a used one is kept as it was (inactive) and the change saved as a new form."""
    ctx.require(Action.SUPERVISE)
    try:
        card = card_of(data)
    except CardError as err:
        raise _card_error(err) from None
    now = ctx.now()
    with ctx.db.write() as s:
        row = None
        if scorecard_id is not None:
            old = s.get(ScorecardRow, scorecard_id)
            if old is None or old.office_id != ctx.office_id or old.deleted_at is not None:
                raise NotFound("unknown_scorecard")
            used = s.scalar(select(Evaluation.id).where(Evaluation.scorecard_id == old.id)
                            .limit(1))
            if used is None:
                row = old
            else:
                old.active = False
        if row is None:
            row = ScorecardRow(office_id=ctx.office_id, title=card.title, card=card.to_json(),
                               active=True, saved_by=ctx.actor.name, saved_at=now)
            s.add(row)
        else:
            row.title, row.card, row.active = card.title, card.to_json(), True
            row.saved_by, row.saved_at = ctx.actor.name, now
        s.flush()
        return _view_card(row)


def retire_scorecard(ctx: Context, scorecard_id: str) -> None:
    """Stop offering a scorecard for new evaluations; those made on it stay."""
    ctx.require(Action.SUPERVISE)
    with ctx.db.write() as s:
        row = s.get(ScorecardRow, scorecard_id)
        if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
            raise NotFound("unknown_scorecard")
        row.active = False


def served_work(ctx: Context, staff: str | None = None,
                today: date | None = None) -> list[Work]:
    """The tickets `staff` finished and the contacts they recorded in the last WORK_DAYS
    days, newest first: what they may be evaluated on."""
    person = _target_staff(ctx, staff)
    now = ctx.now()
    today = today or ctx.local(now).date()
    start, _ = day_span(today - timedelta(days=WORK_DAYS), ctx.timezone)
    _, end = day_span(today, ctx.timezone)
    with ctx.db.read() as s:
        tickets = s.execute(
            select(Ticket.id, Ticket.number, TicketEvent.at)
            .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
            .where(Ticket.office_id == ctx.office_id, TicketEvent.office_id == ctx.office_id,
                   TicketEvent.kind == EventKind.FINISHED.value, TicketEvent.actor == person,
                   TicketEvent.at >= start, TicketEvent.at < end,
                   TicketEvent.deleted_at.is_(None))
        ).all()
        contacts = s.execute(
            select(Contact.id, Contact.channel, Contact.started_at)
            .where(Contact.office_id == ctx.office_id, Contact.served_by == person,
                   Contact.deleted_at.is_(None), Contact.started_at >= start,
                   Contact.started_at < end)
        ).all()
    work = [Work("ticket", tid, number, at) for tid, number, at in tickets]
    work += [Work("contact", cid, channel, at) for cid, channel, at in contacts]
    work.sort(key=lambda w: w.at, reverse=True)
    _log_read(ctx, person, "served work")
    return work


def _subject(s: Any, ctx: Context, staff: str, ticket_id: str | None,
             contact_id: str | None) -> str:
    """The label of the work evaluated, checked: of this office, and served by `staff`."""
    if (ticket_id is None) == (contact_id is None):
        raise InvalidInput("evaluation_subject")
    if ticket_id is not None:
        row = s.execute(
            select(Ticket.number, Ticket.day)
            .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
            .where(Ticket.id == ticket_id, Ticket.office_id == ctx.office_id,
                   TicketEvent.office_id == ctx.office_id, TicketEvent.actor == staff,
                   TicketEvent.kind == EventKind.FINISHED.value)
        ).first()
        if row is None:
            raise NotFound("evaluation_work_unknown", staff=staff)
        return f"{row.number} {row.day.isoformat()}"
    contact = s.get(Contact, contact_id)
    if contact is None or contact.office_id != ctx.office_id or contact.served_by != staff \
            or contact.deleted_at is not None:
        raise NotFound("evaluation_work_unknown", staff=staff)
    local = contact.started_at.astimezone(ctx.timezone)
    return f"{contact.channel} {local:%Y-%m-%d %H:%M}"


def evaluate(ctx: Context, scorecard_id: str, staff: str, answers: Mapping[str, str], *,
             ticket_id: str | None = None, contact_id: str | None = None,
             comment: str = "", own: bool = False) -> EvaluationView:
    """Evaluate a person's served ticket or contact on a scorecard: the supervisor, or with
    `own` the person themself, before the supervisor has."""
    if own:
        ctx.require(Action.VIEW_OWN_RESULTS)
        if staff != ctx.actor.name:
            raise Refused("evaluation_own_only")
    else:
        ctx.require(Action.SUPERVISE)
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT or "\x00" in comment:
        raise InvalidInput("evaluation_comment", limit=MAX_COMMENT)
    with ctx.db.write() as s:
        card_row = s.get(ScorecardRow, scorecard_id)
        if card_row is None or card_row.office_id != ctx.office_id \
                or card_row.deleted_at is not None or not card_row.active:
            raise NotFound("unknown_scorecard")
        card = card_of(card_row.card)
        try:
            result = score(card, answers)
        except CardError as err:
            raise _card_error(err) from None
        subject = _subject(s, ctx, staff, ticket_id, contact_id)
        same = select(Evaluation.kind).where(
            Evaluation.office_id == ctx.office_id, Evaluation.deleted_at.is_(None),
            Evaluation.staff == staff,
            Evaluation.ticket_id == ticket_id if ticket_id else Evaluation.contact_id == contact_id)
        kinds = set(s.scalars(same))
        if own and SUPERVISOR in kinds:
            raise Refused("evaluation_already_done")
        if (SELF if own else SUPERVISOR) in kinds:
            raise Refused("evaluation_twice")
        row = Evaluation(
            office_id=ctx.office_id, scorecard_id=card_row.id, staff=staff,
            kind=SELF if own else SUPERVISOR, evaluator=ctx.actor.name, ticket_id=ticket_id,
            contact_id=contact_id, subject=subject, answers=dict(answers),
            score=result.percent, failed=result.failed, comment=comment,
            evaluated_at=ctx.now(),
        )
        s.add(row)
        s.flush()
        return _view(row, _view_card(card_row), None)


def _view(row: Evaluation, card: ScorecardView, the_gap: Gap | None,
          names: dict[str, str] | None = None) -> EvaluationView:
    names = names or {}
    return EvaluationView(
        row.id, card, row.staff, row.kind, row.evaluator, row.subject, row.ticket_id,
        row.contact_id, dict(row.answers or {}), row.score, row.failed, row.comment,
        row.evaluated_at, the_gap, names.get(row.staff, row.staff),
        names.get(row.evaluator, row.evaluator))


def list_evaluations(ctx: Context, staff: str | None = None) -> list[EvaluationView]:
    """Evaluations of `staff` (one's own when None; a supervisor may name anyone, or "*" for
    everyone), newest first; a supervisor's evaluation of work the person scored first
    carries the gap between the two."""
    every = staff == "*"
    if every:
        ctx.require(Action.SUPERVISE)
    person = "" if every else _target_staff(ctx, staff)
    with ctx.db.read() as s:
        query = select(Evaluation, ScorecardRow).join(
            ScorecardRow, ScorecardRow.id == Evaluation.scorecard_id).where(
            Evaluation.office_id == ctx.office_id, Evaluation.deleted_at.is_(None),
            ScorecardRow.office_id == ctx.office_id)
        if not every:
            query = query.where(Evaluation.staff == person)
        pairs = s.execute(query.order_by(Evaluation.evaluated_at.desc(),
                                          Evaluation.id.desc())).all()
        names = {user: display for user, display in s.execute(
            select(StaffAccount.user_name, StaffAccount.display_name)
            .where(StaffAccount.office_id == ctx.office_id))}
        cards: dict[str, ScorecardView] = {}
        selfs: dict[tuple[str, str | None, str | None], Evaluation] = {}
        for ev, card_row in pairs:
            if card_row.id not in cards:
                cards[card_row.id] = _view_card(card_row)
            if ev.kind == SELF:
                selfs[(ev.staff, ev.ticket_id, ev.contact_id)] = ev
        out = []
        for ev, card_row in pairs:
            the_gap = None
            mine = selfs.get((ev.staff, ev.ticket_id, ev.contact_id))
            if ev.kind == SUPERVISOR and mine is not None \
                    and mine.scorecard_id == ev.scorecard_id:
                try:
                    the_gap = gap(cards[card_row.id].card, mine.answers, ev.answers)
                except CardError:
                    the_gap = None
            out.append(_view(ev, cards[card_row.id], the_gap, names))
    for name in sorted({e.staff for e in out}):
        _log_read(ctx, name, "evaluations")
    return out


def not_evaluated_in(ctx: Context, month: date) -> list[StaffMember]:
    """The desk and counter staff no supervisor evaluated in the local month of `month`."""
    ctx.require(Action.SUPERVISE)
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    start, _ = day_span(first, ctx.timezone)
    end, _ = day_span(following, ctx.timezone)
    with ctx.db.read() as s:
        done = set(s.scalars(select(Evaluation.staff).where(
            Evaluation.office_id == ctx.office_id, Evaluation.deleted_at.is_(None),
            Evaluation.kind == SUPERVISOR, Evaluation.evaluated_at >= start,
            Evaluation.evaluated_at < end)))
    people = [m for m in staff_members(ctx) if _advises(ctx, m)]
    left = set(not_evaluated([m.user_name for m in people], done))
    return [m for m in people if m.user_name in left]


def _advises(ctx: Context, member: StaffMember) -> bool:
    with ctx.db.read() as s:
        roles = s.scalar(select(StaffAccount.roles).where(
            StaffAccount.office_id == ctx.office_id,
            StaffAccount.user_name == member.user_name)) or ""
    return bool({r.strip() for r in roles.split(",")} & {Role.DESK.value, Role.COUNTER.value})
