"""What every use of a visitor's data shares: the access log it is recorded in, and a
registration found and shown as staff see it (the personal code masked)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import idcode
from app.core import visitors as rules
from app.core.errors import NotFound
from app.core.visitors import Use
from app.operations.context import Context
from app.operations.visitors.views import RegistrationView
from app.store.models import (
    ExpectedVisitor,
    PersonalDataAccess,
    Specialist,
    VisitorRegistration,
    VisitPurpose,
)

# Purposes of a use of personal data, as recorded in the access log.
PURPOSE_RECEPTION = "reception of a visitor"
PURPOSE_PRESENCE = "who is in the building"
PURPOSE_EVACUATION = "evacuation list"
PURPOSE_SEARCH = "search of past visits"
PURPOSE_SUBJECT_REQUEST = "request of the data subject"
PURPOSE_RETENTION = "end of the retention period"
# Listing who is in records a use once per person and staff member within this time, so a
# window that refreshes its list does not flood the log.
LIST_USE_WINDOW = timedelta(hours=1)
# Who the access log names when nobody is signed in (retention runs by itself).
SYSTEM_ACTOR = "lett"


# -- the access log --------------------------------------------------------------------------


def log_use(s: Session, ctx: Context, use: Use, purpose: str, *,
            registration: VisitorRegistration | None = None,
            expected: ExpectedVisitor | None = None, subject_code: str | None = None,
            **data: Any) -> None:
    """Record one use of a person's data: what was done, by whom, for what purpose."""
    code = subject_code
    if code is None and registration is not None:
        code = registration.id_code
    if code is None and expected is not None:
        code = expected.id_code
    s.add(PersonalDataAccess(
        office_id=ctx.office_id, at=ctx.now(), actor=ctx.actor.name or SYSTEM_ACTOR,
        action=use.value, subject_code=code,
        registration_id=registration.id if registration is not None else None,
        expected_id=expected.id if expected is not None else None,
        purpose=purpose, legal_basis=rules.LEGAL_BASIS, data=data or None,
    ))


def listed_lately(s: Session, ctx: Context) -> set[str]:
    """The registrations and expected visitors this staff member listed lately."""
    since = ctx.now() - LIST_USE_WINDOW
    return set(s.scalars(select(func.coalesce(PersonalDataAccess.registration_id,
                                              PersonalDataAccess.expected_id)).where(
        PersonalDataAccess.office_id == ctx.office_id, PersonalDataAccess.at >= since,
        PersonalDataAccess.actor == ctx.actor.name,
        PersonalDataAccess.action == Use.LIST.value)))


def log_listing(s: Session, ctx: Context, rows: Sequence[VisitorRegistration],
                expected: Sequence[ExpectedVisitor], purpose: str) -> None:
    """A list use for each person shown, unless this staff member listed them recently."""
    recent = listed_lately(s, ctx)
    for row in rows:
        if row.id not in recent:
            log_use(s, ctx, Use.LIST, purpose, registration=row)
    for e in expected:
        if e.id not in recent:
            log_use(s, ctx, Use.LIST, purpose, expected=e)


# -- a registration as staff see it ----------------------------------------------------------


@dataclass
class Names:
    """The office's purposes of visit and hosts by id, to name them in views."""

    purposes: dict[str, VisitPurpose] = field(default_factory=dict)
    hosts: dict[str, Specialist] = field(default_factory=dict)


def default_retention(ctx: Context) -> int:
    """Days a visit without a purpose keeps its personal data: the office's setting."""
    from app.operations.config import office_settings

    try:
        return int(office_settings(ctx)["retention.visitor_days"])
    except KeyError:
        return rules.DEFAULT_RETENTION_DAYS


def find_registration(s: Session, ctx: Context, registration_id: str) -> VisitorRegistration:
    row = s.get(VisitorRegistration, registration_id)
    if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
        raise NotFound("unknown_visit")
    return row


def load_names(s: Session, ctx: Context) -> Names:
    return Names(
        {p.id: p for p in s.scalars(select(VisitPurpose).where(
            VisitPurpose.office_id == ctx.office_id))},
        {h.id: h for h in s.scalars(select(Specialist).where(
            Specialist.office_id == ctx.office_id))},
    )


def registration_view(row: VisitorRegistration, names: Names) -> RegistrationView:
    purpose = names.purposes.get(row.purpose_id or "")
    host = names.hosts.get(row.host_id or "")
    return RegistrationView(
        row.id, row.visit_id, row.name, idcode.mask(row.id_code) if row.id_code else "",
        bool(row.id_code), row.document, row.organisation, row.phone, row.email,
        purpose_names(purpose), row.purpose_id,
        host.name if host else "", host.room if host else "", row.host_id, row.lang,
        row.arrived_at, row.left_at, row.ticket_number, row.notes,
        row.anonymised_at is not None,
    )


def purpose_names(purpose: VisitPurpose | None) -> dict[str, str]:
    if purpose is None:
        return {}
    return {"et": purpose.name_et, "ru": purpose.name_ru, "en": purpose.name_en}
