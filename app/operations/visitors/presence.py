"""Who is in the building and who left: the list of those in, the evacuation list, check-out
by hand or by badge, and the daily check-out of those who left without it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import CheckOut, Use
from app.operations.config import office_settings
from app.operations.context import Context
from app.operations.visitors.personal_data import anonymise_expired
from app.operations.visitors.records import (
    PURPOSE_EVACUATION,
    PURPOSE_PRESENCE,
    PURPOSE_RECEPTION,
    find_registration,
    listed_lately,
    load_names,
    log_listing,
    log_use,
    registration_view,
)
from app.operations.visitors.views import RegistrationView
from app.store.models import Visit, VisitorRegistration


def who_is_in(ctx: Context) -> list[RegistrationView]:
    """Everyone registered and not checked out, in order of arrival."""
    ctx.require(Action.VIEW_VISITORS)
    # Read without the write lock, so the list shows while another program writes; the write
    # comes only when someone shown must be logged (not listed by this person lately).
    with ctx.db.read() as s:
        rows = list(s.scalars(_inside(ctx)))
        names = load_names(s, ctx)
        views = [registration_view(r, names) for r in rows]
        recent = listed_lately(s, ctx) if rows else set()
        unlogged = [r for r in rows if r.id not in recent]
    if unlogged:
        with ctx.db.write() as s:
            log_listing(s, ctx, unlogged, [], PURPOSE_PRESENCE)
    return views


def _inside(ctx: Context) -> Any:
    return select(VisitorRegistration).where(
        VisitorRegistration.office_id == ctx.office_id,
        VisitorRegistration.left_at.is_(None), VisitorRegistration.anonymised_at.is_(None),
        VisitorRegistration.deleted_at.is_(None),
    ).order_by(VisitorRegistration.arrived_at)


@dataclass(frozen=True)
class EvacuationList:
    """Everyone in the building at a moment, for the evacuation."""

    office: str
    made_at: datetime
    people: list[RegistrationView]


def evacuation_list(ctx: Context) -> EvacuationList:
    """Everyone in the building now, for the evacuation (each recorded as an export)."""
    ctx.require(Action.VIEW_VISITORS)
    from app.store.models import Office

    with ctx.db.write() as s:
        rows = list(s.scalars(_inside(ctx)))
        for row in rows:
            log_use(s, ctx, Use.EXPORT, PURPOSE_EVACUATION, registration=row)
        office = s.get(Office, ctx.office_id)
        names = load_names(s, ctx)
        return EvacuationList(office.name if office else "", ctx.now(),
                              [registration_view(r, names) for r in rows])


def check_out(ctx: Context, registration_id: str) -> RegistrationView:
    """Check a visitor out by hand."""
    ctx.require(Action.REGISTER_VISITORS)
    with ctx.db.write() as s:
        row = find_registration(s, ctx, registration_id)
        return _leave(s, ctx, row, CheckOut.DESK)


def check_out_by_badge(ctx: Context, token: str) -> RegistrationView:
    """Check a visitor out by the token of their badge's QR code."""
    ctx.require(Action.REGISTER_VISITORS)
    token = token.strip().lower()
    with ctx.db.write() as s:
        row = s.scalars(select(VisitorRegistration).where(
            VisitorRegistration.office_id == ctx.office_id,
            VisitorRegistration.badge_token == token)).first() if token else None
        if row is None or row.anonymised_at is not None:
            raise NotFound("unknown_badge")
        return _leave(s, ctx, row, CheckOut.BADGE)


def _leave(s: Session, ctx: Context, row: VisitorRegistration, how: CheckOut
           ) -> RegistrationView:
    if row.left_at is not None:
        raise Refused("not_in", name=row.name)
    now = ctx.now()
    row.left_at = now
    visit = s.get(Visit, row.visit_id)
    if visit is not None and visit.left_at is None:
        visit.left_at = now
    log_use(s, ctx, Use.CHECK_OUT, PURPOSE_RECEPTION, registration=row, how=how.value)
    return registration_view(row, load_names(s, ctx))


def check_out_earlier_days(ctx: Context) -> int:
    """Check out everyone still in from an earlier day (they left without checking out), and,
    once the office's daily check-out time (visitors.checkout_at) has passed, everyone who
    arrived before it: run at start and every few minutes. The number checked out."""
    local = ctx.local()
    start = datetime.combine(local.date(), time(0), ctx.timezone)
    at = office_settings(ctx)["visitors.checkout_at"]
    if at:
        hour, minute = (int(part) for part in at.split(":"))
        cutoff = datetime.combine(local.date(), time(hour, minute), ctx.timezone)
        if local >= cutoff:
            start = cutoff
    with ctx.db.write() as s:
        rows = list(s.scalars(select(VisitorRegistration).where(
            VisitorRegistration.office_id == ctx.office_id,
            VisitorRegistration.left_at.is_(None), VisitorRegistration.arrived_at < start)))
        for row in rows:
            row.left_at = start
            visit = s.get(Visit, row.visit_id)
            if visit is not None and visit.left_at is None:
                visit.left_at = start
        return len(rows)


def start_of_day_upkeep(ctx: Context) -> tuple[int, int]:
    """What the staff window runs at start and daily: visitors left in from earlier days are
    checked out, and expired personal data is anonymised, the contact journal's clients
    included. (checked out, anonymised)"""
    from app.operations.contacts import anonymise_expired_contacts

    return check_out_earlier_days(ctx), anonymise_expired(ctx) + anonymise_expired_contacts(ctx)
