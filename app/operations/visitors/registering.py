"""Registering a visitor who has arrived: the form checked, the visit routed where its purpose
leads (a service queue's ticket, a specialist, the waiting area), the watch list consulted, and
the registration's badge."""

from __future__ import annotations

import secrets
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import visitors as rules
from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import Route, Use
from app.operations.context import Context
from app.operations.visitors.records import (
    PURPOSE_RECEPTION,
    Names,
    default_retention,
    find_registration,
    log_use,
    registration_view,
)
from app.operations.visitors.views import Registered, VisitorForm
from app.operations.visitors.watch_list import watch_alerts
from app.store.models import ExpectedVisitor, Specialist, Visit, VisitorRegistration, VisitPurpose


def _checked(ctx: Context, form: VisitorForm) -> VisitorForm:
    """The form with every field checked and tidied; raises InvalidInput at the first fault."""
    name = rules.check_name(form.name)
    code = rules.check_id_code(form.id_code, ctx.local().date())
    return replace(
        form, name=name, id_code=code or "", document=" ".join(form.document.split())[:100],
        organisation=" ".join(form.organisation.split())[:200],
        phone=rules.check_phone(form.phone), email=rules.check_email(form.email),
        lang=form.lang if form.lang in ("et", "ru", "en") else "et", notes=form.notes.strip(),
    )


def check_form(ctx: Context, form: VisitorForm) -> VisitorForm:
    """Check a form without registering it (the desk's inline messages)."""
    return _checked(ctx, form)


def _already_in(s: Session, ctx: Context, form: VisitorForm) -> VisitorRegistration | None:
    inside = select(VisitorRegistration).where(
        VisitorRegistration.office_id == ctx.office_id,
        VisitorRegistration.left_at.is_(None),
        VisitorRegistration.anonymised_at.is_(None),
        VisitorRegistration.deleted_at.is_(None),
    )
    if form.id_code:
        return s.scalars(inside.where(VisitorRegistration.id_code == form.id_code)).first()
    if form.document:
        return s.scalars(inside.where(VisitorRegistration.name_key == rules.fold(form.name),
                                      VisitorRegistration.document == form.document)).first()
    return None


def purpose_and_host(s: Session, ctx: Context, form: VisitorForm
                     ) -> tuple[VisitPurpose | None, Specialist | None]:
    """The form's purpose of visit and host, each checked to be of the office."""
    purpose = None
    if form.purpose_id:
        purpose = s.get(VisitPurpose, form.purpose_id)
        if purpose is None or purpose.office_id != ctx.office_id:
            raise NotFound("unknown_purpose", purpose=form.purpose_id, choices="-")
    host_id = form.host_id or (purpose.specialist_id if purpose is not None else None)
    host = None
    if host_id:
        host = s.get(Specialist, host_id)
        if host is None or host.office_id != ctx.office_id:
            raise NotFound("unknown_specialist", specialist=host_id)
    return purpose, host


def register_visit(ctx: Context, form: VisitorForm, expected_id: str | None = None) -> Registered:
    """Register a visitor who has arrived and send them where their purpose leads: a service
    queue gets a ticket in the visitor's language (through the queue's own issue_ticket); a
    specialist or the waiting area needs nothing more. Refused when the same person (the same
    personal code, or the same name and document) is already in the building."""
    ctx.require(Action.REGISTER_VISITORS)
    form = _checked(ctx, form)
    with ctx.db.read() as s:
        purpose, host = purpose_and_host(s, ctx, form)
        _refuse_if_in(s, ctx, form)
        route = Route(purpose.route) if purpose is not None else Route.WAITING
        service_code = purpose.service_code if purpose is not None else None
        if route is Route.QUEUE and not service_code:
            raise Refused("purpose_no_route", purpose=purpose.name_et if purpose else "-",
                          route=route.value)
    default_days = default_retention(ctx)
    ticket = None
    if route is Route.QUEUE:
        from app.operations.queue import issue_ticket

        assert service_code is not None
        ticket = issue_ticket(ctx, service_code, form.lang, source="desk")
    now = ctx.now()
    with ctx.db.write() as s:
        purpose, host = purpose_and_host(s, ctx, form)
        _refuse_if_in(s, ctx, form)
        visit_id = ticket.visit_id if ticket is not None else None
        if visit_id is None or s.get(Visit, visit_id) is None:
            visit = Visit(office_id=ctx.office_id, arrived_at=now)
            s.add(visit)
            s.flush()
            visit_id = visit.id
        row = VisitorRegistration(
            office_id=ctx.office_id, visit_id=visit_id, name=form.name,
            name_key=rules.fold(form.name), id_code=form.id_code or None,
            document=form.document, organisation=form.organisation,
            org_key=rules.fold(form.organisation), phone=form.phone, email=form.email,
            purpose_id=purpose.id if purpose else None, host_id=host.id if host else None,
            lang=form.lang, arrived_at=now, badge_token=secrets.token_hex(16),
            ticket_id=ticket.id if ticket is not None else None,
            ticket_number=ticket.number if ticket is not None else "",
            notes=form.notes, registered_by=ctx.actor.name,
            retain_until=rules.retain_until(
                now, purpose.retention_days if purpose else default_days),
        )
        s.add(row)
        s.flush()
        if expected_id is not None:
            expected = s.get(ExpectedVisitor, expected_id)
            if expected is not None:
                expected.registration_id = row.id
        log_use(s, ctx, Use.REGISTER, PURPOSE_RECEPTION, registration=row)
        alerts = watch_alerts(s, ctx, row.name_key)
        return Registered(registration_view(row, Names({p.id: p for p in [purpose] if p},
                                                       {h.id: h for h in [host] if h})),
                          row.badge_token, route, ticket, tuple(alerts))


def _refuse_if_in(s: Session, ctx: Context, form: VisitorForm) -> None:
    inside = _already_in(s, ctx, form)
    if inside is not None:
        raise Refused("already_in", name=inside.name,
                      time=ctx.local(inside.arrived_at).strftime("%H:%M"))


def badge_token(ctx: Context, registration_id: str) -> str:
    """The random token of a registration's badge (for printing the badge again)."""
    ctx.require(Action.REGISTER_VISITORS)
    with ctx.db.read() as s:
        return find_registration(s, ctx, registration_id).badge_token
