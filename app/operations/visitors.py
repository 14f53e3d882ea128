"""Visitor registration at the reception desk: registering a visit and routing it (a service
queue, a specialist, the waiting area), expected visitors, check-out by hand or by badge, who
is in the building, search of past visits, and the personal data rules: every use of a
person's data is recorded in `personal_data_access`, the personal code is shown masked unless
asked for, and a visit's personal data is anonymised once its purpose's retention has passed.

Registrations live in their own table, synced to desk and counter PCs only; the visit they
belong to is the queue's `visits` row, which holds no personal data.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from app.core import config as config_rules
from app.core import idcode
from app.core import visitors as rules
from app.core.errors import Invalid, NotFound, Refused
from app.core.ids import uuid7
from app.core.permissions import Action
from app.core.visitors import CheckOut, Route, Use
from app.operations.config import office_settings
from app.operations.context import Context
from app.store.models import (
    ExpectedVisitor,
    PersonalDataAccess,
    Service,
    Specialist,
    Visit,
    VisitorRegistration,
    VisitorSearchToken,
    VisitPurpose,
    WatchListEntry,
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
SEARCH_LIMIT = 100
SYSTEM_ACTOR = "lett"


# -- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecialistView:
    id: str
    name: str
    unit: str
    room: str
    phone: str
    email: str

    @classmethod
    def of(cls, s: Specialist) -> SpecialistView:
        return cls(s.id, s.name, s.unit, s.room, s.phone, s.email)


@dataclass(frozen=True)
class PurposeView:
    id: str
    code: str
    names: dict[str, str]
    route: Route
    service_code: str | None
    specialist: SpecialistView | None
    retention_days: int

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["et"]


@dataclass(frozen=True)
class VisitorForm:
    """What the desk types for a visit."""

    name: str
    id_code: str = ""
    document: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    purpose_id: str | None = None
    host_id: str | None = None
    lang: str = "et"
    notes: str = ""


@dataclass(frozen=True)
class RegistrationView:
    """A registration as staff see it: the personal code masked."""

    id: str
    visit_id: str
    name: str
    id_code_masked: str
    has_id_code: bool
    document: str
    organisation: str
    phone: str
    email: str
    purpose_names: dict[str, str]
    purpose_id: str | None
    host: str
    host_room: str
    host_id: str | None
    lang: str
    arrived_at: datetime
    left_at: datetime | None
    ticket_number: str
    notes: str
    anonymised: bool

    def purpose(self, lang: str) -> str:
        return self.purpose_names.get(lang) or self.purpose_names.get("et", "")


@dataclass(frozen=True)
class WatchAlert:
    """A registered visitor whose name is near a name on the watch list."""

    listed_name: str
    reason: str
    score: float
    how: str


@dataclass(frozen=True)
class Registered:
    """The result of registering a visit: the registration, its badge token, the ticket
    issued when the purpose leads to a queue, and watch list alerts for the desk."""

    registration: RegistrationView
    badge_token: str
    route: Route
    ticket: Any = None
    alerts: tuple[WatchAlert, ...] = ()


@dataclass(frozen=True)
class ExpectedView:
    id: str
    name: str
    organisation: str
    purpose_names: dict[str, str]
    host: str
    expected_at: datetime
    checked_in: bool
    registration_id: str | None


@dataclass(frozen=True)
class WatchEntryView:
    id: str
    name: str
    reason: str
    added_by: str
    added_at: datetime


@dataclass
class _Names:
    purposes: dict[str, VisitPurpose] = field(default_factory=dict)
    hosts: dict[str, Specialist] = field(default_factory=dict)


# -- the directory and the purposes (configuration) ------------------------------------------


def add_specialist(ctx: Context, name: str, unit: str = "", room: str = "", phone: str = "",
                   email: str = "") -> SpecialistView:
    ctx.require(Action.CONFIGURE)
    row = Specialist(office_id=ctx.office_id, name=rules.check_name(name), unit=unit.strip(),
                     room=room.strip(), phone=rules.check_phone(phone),
                     email=rules.check_email(email))
    with ctx.db.write() as s:
        s.add(row)
    return SpecialistView.of(row)


def list_specialists(ctx: Context) -> list[SpecialistView]:
    ctx.require(Action.VIEW_VISITORS)
    with ctx.db.read() as s:
        return [SpecialistView.of(x) for x in _specialists(s, ctx)]


def add_purpose(
    ctx: Context,
    code: str,
    names: dict[str, str],
    route: Route | str,
    service_code: str | None = None,
    specialist_id: str | None = None,
    retention_days: int = rules.DEFAULT_RETENTION_DAYS,
) -> PurposeView:
    """A purpose of visit and where it leads. A queue route names a service; a specialist
    route a specialist of the directory."""
    ctx.require(Action.CONFIGURE)
    route = Route(route)
    code = config_rules.need_text("purpose code", code, 32)
    names = {"et": config_rules.need_text("purpose name", names.get("et", "")),
             "ru": config_rules.optional_text("purpose name", names.get("ru", ""), 200),
             "en": config_rules.optional_text("purpose name", names.get("en", ""), 200)}
    retention_days = config_rules.need_int("visitor data retention", retention_days, 0, 3650)
    with ctx.db.write() as s:
        taken = s.scalars(select(VisitPurpose).where(
            VisitPurpose.office_id == ctx.office_id, VisitPurpose.code == code,
            VisitPurpose.deleted_at.is_(None))).first()
        if taken is not None:
            raise Invalid("config_duplicate_purpose", field="purpose code", purpose=code)
        if route is Route.QUEUE:
            letter = (service_code or "").strip().upper()
            found = s.scalars(select(Service).where(
                Service.office_id == ctx.office_id, Service.code == letter,
                Service.deleted_at.is_(None))).first()
            if found is None:
                raise NotFound("unknown_service", service=letter or "-",
                               choices=", ".join(x.code for x in _services(s, ctx)) or "-")
            service_code = letter
        else:
            service_code = None
        if route is Route.SPECIALIST:
            if specialist_id is None or s.get(Specialist, specialist_id) is None:
                raise NotFound("unknown_specialist", specialist=specialist_id or "-")
        else:
            specialist_id = None
        position = s.scalar(select(func.count()).select_from(VisitPurpose).where(
            VisitPurpose.office_id == ctx.office_id)) or 0
        row = VisitPurpose(
            office_id=ctx.office_id, code=code.strip(), name_et=names["et"].strip(),
            name_ru=(names.get("ru") or names["et"]).strip(),
            name_en=(names.get("en") or names["et"]).strip(), route=route.value,
            service_code=service_code, specialist_id=specialist_id,
            retention_days=max(0, int(retention_days)), position=position,
        )
        s.add(row)
        s.flush()
        return _purpose_view(s, row)


def remove_purpose(ctx: Context, code: str) -> None:
    """Stop offering a purpose of visit; past visits keep it."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.write() as s:
        row = s.scalars(select(VisitPurpose).where(
            VisitPurpose.office_id == ctx.office_id, VisitPurpose.code == code,
            VisitPurpose.deleted_at.is_(None))).first()
        if row is None:
            raise NotFound("unknown_purpose", purpose=code, choices="-")
        row.active = False
        row.deleted_at = ctx.now()


def remove_specialist(ctx: Context, specialist_id: str) -> None:
    """Take a specialist out of the directory. Refused while a purpose of visit leads to
    them (change or remove that purpose first)."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.write() as s:
        row = s.get(Specialist, specialist_id)
        if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
            raise NotFound("unknown_specialist", specialist=specialist_id)
        used = s.scalars(select(VisitPurpose.code).where(
            VisitPurpose.specialist_id == row.id, VisitPurpose.deleted_at.is_(None))).first()
        if used is not None:
            raise Refused("config_specialist_in_use", specialist=row.name, purpose=used)
        row.active = False
        row.deleted_at = ctx.now()


def list_purposes(ctx: Context) -> list[PurposeView]:
    with ctx.db.read() as s:
        rows = s.scalars(select(VisitPurpose).where(
            VisitPurpose.office_id == ctx.office_id, VisitPurpose.deleted_at.is_(None),
            VisitPurpose.active.is_(True)).order_by(VisitPurpose.position, VisitPurpose.code))
        return [_purpose_view(s, p) for p in rows]


def _purpose_view(s: Session, p: VisitPurpose) -> PurposeView:
    host = s.get(Specialist, p.specialist_id) if p.specialist_id else None
    return PurposeView(p.id, p.code, {"et": p.name_et, "ru": p.name_ru, "en": p.name_en},
                       Route(p.route), p.service_code,
                       SpecialistView.of(host) if host else None, p.retention_days)


def _services(s: Session, ctx: Context) -> list[Service]:
    return list(s.scalars(select(Service).where(
        Service.office_id == ctx.office_id, Service.deleted_at.is_(None)).order_by(Service.code)))


def _specialists(s: Session, ctx: Context) -> list[Specialist]:
    return list(s.scalars(select(Specialist).where(
        Specialist.office_id == ctx.office_id, Specialist.deleted_at.is_(None),
        Specialist.active.is_(True)).order_by(Specialist.name)))


# -- the access log --------------------------------------------------------------------------


def _log(s: Session, ctx: Context, use: Use, purpose: str, *,
         registration: VisitorRegistration | None = None,
         expected: ExpectedVisitor | None = None, subject_code: str | None = None,
         **data: Any) -> None:
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


# -- registering -----------------------------------------------------------------------------


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


def _resolve(s: Session, ctx: Context, form: VisitorForm) -> tuple[VisitPurpose | None,
                                                                    Specialist | None]:
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
        purpose, host = _resolve(s, ctx, form)
        _refuse_if_in(s, ctx, form)
        route = Route(purpose.route) if purpose is not None else Route.WAITING
        service_code = purpose.service_code if purpose is not None else None
        if route is Route.QUEUE and not service_code:
            raise Refused("purpose_no_route", purpose=purpose.name_et if purpose else "-",
                          route=route.value)
    default_days = _default_retention(ctx)
    ticket = None
    if route is Route.QUEUE:
        from app.operations.queue import issue_ticket

        assert service_code is not None
        ticket = issue_ticket(ctx, service_code, form.lang, source="desk")
    now = ctx.now()
    with ctx.db.write() as s:
        purpose, host = _resolve(s, ctx, form)
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
        _log(s, ctx, Use.REGISTER, PURPOSE_RECEPTION, registration=row)
        alerts = _watch_alerts(s, ctx, row.name_key)
        return Registered(_view(row, _Names({p.id: p for p in [purpose] if p},
                                            {h.id: h for h in [host] if h})),
                          row.badge_token, route, ticket, tuple(alerts))


def _refuse_if_in(s: Session, ctx: Context, form: VisitorForm) -> None:
    inside = _already_in(s, ctx, form)
    if inside is not None:
        raise Refused("already_in", name=inside.name,
                      time=ctx.local(inside.arrived_at).strftime("%H:%M"))


def _watch_alerts(s: Session, ctx: Context, name_key: str) -> list[WatchAlert]:
    alerts = []
    for entry in s.scalars(select(WatchListEntry).where(
            WatchListEntry.office_id == ctx.office_id, WatchListEntry.active.is_(True),
            WatchListEntry.deleted_at.is_(None))):
        match = rules.match_name(name_key, entry.name_key)
        if match is not None:
            alerts.append(WatchAlert(entry.name, entry.reason, match.score, match.how))
    return sorted(alerts, key=lambda a: -a.score)


# -- expected visitors -----------------------------------------------------------------------


def add_expected(ctx: Context, form: VisitorForm, expected_at: datetime) -> ExpectedView:
    """Pre-register a visitor expected at `expected_at`."""
    ctx.require(Action.REGISTER_VISITORS)
    form = _checked(ctx, form)
    with ctx.db.write() as s:
        purpose, host = _resolve(s, ctx, form)
        row = ExpectedVisitor(
            office_id=ctx.office_id, name=form.name, id_code=form.id_code or None,
            document=form.document, organisation=form.organisation, phone=form.phone,
            email=form.email, purpose_id=purpose.id if purpose else None,
            host_id=host.id if host else None, lang=form.lang, expected_at=expected_at,
            notes=form.notes, created_by=ctx.actor.name,
            retain_until=rules.retain_until(max(expected_at, ctx.now()),
                                            purpose.retention_days if purpose else
                                            _default_retention(ctx)),
        )
        s.add(row)
        s.flush()
        _log(s, ctx, Use.REGISTER, PURPOSE_RECEPTION, expected=row)
        return _expected_view(row, _names(s, ctx))


def expected_on(ctx: Context, day: date | None = None) -> list[ExpectedView]:
    """The visitors expected on a day (today by default), in order of time."""
    ctx.require(Action.VIEW_VISITORS)
    day = day or ctx.local().date()
    start = datetime.combine(day, time(0), ctx.timezone)
    with ctx.db.write() as s:
        rows = list(s.scalars(select(ExpectedVisitor).where(
            ExpectedVisitor.office_id == ctx.office_id, ExpectedVisitor.deleted_at.is_(None),
            ExpectedVisitor.anonymised_at.is_(None), ExpectedVisitor.expected_at >= start,
            ExpectedVisitor.expected_at < start + timedelta(days=1),
        ).order_by(ExpectedVisitor.expected_at)))
        names = _names(s, ctx)
        _log_listing(s, ctx, [], rows, PURPOSE_RECEPTION)
        return [_expected_view(r, names) for r in rows]


def check_in_expected(ctx: Context, expected_id: str) -> Registered:
    """Check an expected visitor in with one action: a registration from what was given."""
    ctx.require(Action.REGISTER_VISITORS)
    with ctx.db.read() as s:
        row = s.get(ExpectedVisitor, expected_id)
        if row is None or row.office_id != ctx.office_id or row.anonymised_at is not None:
            raise NotFound("unknown_expected")
        if row.registration_id is not None:
            raise Refused("expected_done", name=row.name)
        form = VisitorForm(row.name, row.id_code or "", row.document, row.organisation,
                           row.phone, row.email, row.purpose_id, row.host_id, row.lang,
                           row.notes)
    return register_visit(ctx, form, expected_id=expected_id)


def _expected_view(row: ExpectedVisitor, names: _Names) -> ExpectedView:
    purpose = names.purposes.get(row.purpose_id or "")
    host = names.hosts.get(row.host_id or "")
    return ExpectedView(row.id, row.name, row.organisation,
                        _purpose_names(purpose), host.name if host else "",
                        row.expected_at, row.registration_id is not None, row.registration_id)


# -- leaving ---------------------------------------------------------------------------------


def check_out(ctx: Context, registration_id: str) -> RegistrationView:
    """Check a visitor out by hand."""
    ctx.require(Action.REGISTER_VISITORS)
    with ctx.db.write() as s:
        row = _registration(s, ctx, registration_id)
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
    _log(s, ctx, Use.CHECK_OUT, PURPOSE_RECEPTION, registration=row, how=how.value)
    return _view(row, _names(s, ctx))


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


# -- who is in, details, search ---------------------------------------------------------------


def who_is_in(ctx: Context) -> list[RegistrationView]:
    """Everyone registered and not checked out, in order of arrival."""
    ctx.require(Action.VIEW_VISITORS)
    with ctx.db.write() as s:
        rows = list(s.scalars(_inside(ctx)))
        _log_listing(s, ctx, rows, [], PURPOSE_PRESENCE)
        names = _names(s, ctx)
        return [_view(r, names) for r in rows]


def _inside(ctx: Context) -> Any:
    return select(VisitorRegistration).where(
        VisitorRegistration.office_id == ctx.office_id,
        VisitorRegistration.left_at.is_(None), VisitorRegistration.anonymised_at.is_(None),
        VisitorRegistration.deleted_at.is_(None),
    ).order_by(VisitorRegistration.arrived_at)


def _log_listing(s: Session, ctx: Context, rows: Sequence[VisitorRegistration],
                 expected: Sequence[ExpectedVisitor], purpose: str) -> None:
    """A list use for each person shown, unless this staff member listed them recently."""
    since = ctx.now() - LIST_USE_WINDOW
    recent = set(s.scalars(select(func.coalesce(PersonalDataAccess.registration_id,
                                                PersonalDataAccess.expected_id)).where(
        PersonalDataAccess.office_id == ctx.office_id, PersonalDataAccess.at >= since,
        PersonalDataAccess.actor == ctx.actor.name,
        PersonalDataAccess.action == Use.LIST.value)))
    for row in rows:
        if row.id not in recent:
            _log(s, ctx, Use.LIST, purpose, registration=row)
    for e in expected:
        if e.id not in recent:
            _log(s, ctx, Use.LIST, purpose, expected=e)


def visit_details(ctx: Context, registration_id: str,
                  purpose: str = PURPOSE_RECEPTION) -> RegistrationView:
    """One registration, read for `purpose` (recorded)."""
    ctx.require(Action.VIEW_VISITORS)
    with ctx.db.write() as s:
        row = _registration(s, ctx, registration_id)
        _log(s, ctx, Use.READ, purpose, registration=row)
        return _view(row, _names(s, ctx))


def badge_token(ctx: Context, registration_id: str) -> str:
    """The random token of a registration's badge (for printing the badge again)."""
    ctx.require(Action.REGISTER_VISITORS)
    with ctx.db.read() as s:
        return _registration(s, ctx, registration_id).badge_token


def reveal_id_code(ctx: Context, registration_id: str, reason: str = PURPOSE_RECEPTION) -> str:
    """The full personal code of a registration, which staff asked to see (recorded)."""
    ctx.require(Action.VIEW_VISITORS)
    with ctx.db.write() as s:
        row = _registration(s, ctx, registration_id)
        _log(s, ctx, Use.REVEAL, reason, registration=row)
        return row.id_code or ""


@dataclass(frozen=True)
class SearchQuery:
    name: str = ""
    id_code: str = ""
    organisation: str = ""
    day_from: date | None = None
    day_to: date | None = None
    limit: int = 50

    def empty(self) -> bool:
        return not (self.name.strip() or self.id_code.strip() or self.organisation.strip()
                    or self.day_from or self.day_to)


def search_visits(ctx: Context, query: SearchQuery) -> list[RegistrationView]:
    """Past and present visits by name, personal code, organisation and date, newest first.
    Each person found is recorded as a search use of their data."""
    ctx.require(Action.VIEW_VISITORS)
    if query.empty():
        return []
    with ctx.db.write() as s:
        rows = find_registrations(s, ctx.office_id, query, ctx)
        if rows:  # one statement for the whole page of results
            record = {"query": _query_record(query)}
            now = ctx.now()
            s.execute(insert(PersonalDataAccess.__table__), [
                {"id": uuid7(), "office_id": ctx.office_id, "at": now,
                 "actor": ctx.actor.name or SYSTEM_ACTOR, "action": Use.SEARCH.value,
                 "subject_code": row.id_code, "registration_id": row.id, "expected_id": None,
                 "purpose": PURPOSE_SEARCH, "legal_basis": rules.LEGAL_BASIS, "data": record,
                 "deleted_at": None, **ctx.db.stamp()}
                for row in rows
            ])
        names = _names(s, ctx)
        return [_view(r, names) for r in rows]


def _query_record(query: SearchQuery) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if query.name.strip():
        record["name"] = query.name.strip()
    if query.id_code.strip():
        record["id_code"] = idcode.mask(query.id_code)
    if query.organisation.strip():
        record["organisation"] = query.organisation.strip()
    if query.day_from:
        record["from"] = query.day_from.isoformat()
    if query.day_to:
        record["to"] = query.day_to.isoformat()
    return record


def _upper(word: str) -> str:
    """The first string after every string starting with `word` (folded words are a-z0-9)."""
    return word[:-1] + chr(ord(word[-1]) + 1)


def _has_word(column: Any, word: str) -> Any:
    """A folded column has a word starting with `word`."""
    return or_(column.like(f"{word}%"), column.like(f"% {word}%"))


# Words are compared by how many registrations they match, counted up to this many.
COUNT_CAP = 2_000
# A prefix matching more different words than this is read as one range (unordered).
MAX_WORDS_OF_PREFIX = 200


def find_registrations(s: Session, office_id: str, query: SearchQuery,
                       ctx: Context | None = None) -> list[VisitorRegistration]:
    """The registrations a query finds (no permission check, no record: the search itself).
    Newest first, at most query.limit (and SEARCH_LIMIT).

    A search starts from its narrowest part: the personal code (an index), else the word of
    the name or organisation with the fewest registrations, read newest first from the word
    index (on SQLite; the triggers keep it) word by word of the words it is a prefix of, each
    registration checked there for the query's other words; without words, the dates."""
    R = VisitorRegistration
    limit = max(1, min(query.limit, SEARCH_LIMIT))
    tz = ctx.timezone if ctx is not None else UTC
    since = (datetime.combine(query.day_from, time(0), tz) if query.day_from else None)
    until = (datetime.combine(query.day_to + timedelta(days=1), time(0), tz)
             if query.day_to else None)
    words = [("n", w) for w in rules.fold(query.name).split()]
    words += [("o", w) for w in rules.fold(query.organisation).split()]
    code = idcode.normalise(query.id_code)
    base = select(R).where(R.office_id == office_id, R.deleted_at.is_(None))
    if since is not None:
        base = base.where(R.arrived_at >= since)
    if until is not None:
        base = base.where(R.arrived_at < until)
    newest = R.arrived_at.desc()
    if code or not words or s.get_bind().dialect.name != "sqlite":
        q = base.where(R.id_code == code) if code else base
        for kind, word in words:
            q = q.where(_has_word(R.name_key if kind == "n" else R.org_key, word))
        return list(s.scalars(q.order_by(newest).limit(limit)))
    ids = _word_search(s, words, since, until, limit)
    if not ids:
        return []
    return list(s.scalars(base.where(R.id.in_(ids)).order_by(newest)))


def _word_search(s: Session, words: list[tuple[str, str]], since: datetime | None,
                 until: datetime | None, limit: int) -> list[str]:
    """The ids of the newest registrations having every word, through the word index."""
    T = VisitorSearchToken

    def dated(q: Any, table: Any = T) -> Any:
        if since is not None:
            q = q.where(table.arrived_at >= since)
        if until is not None:
            q = q.where(table.arrived_at < until)
        return q

    def in_range(kind: str, word: str) -> Any:
        return dated(select(T.registration_id).where(
            T.kind == kind, T.token >= word, T.token < _upper(word)))

    # Counted without the dates: a word's index is not in date order across its words, so a
    # dated count would read all of a common word's entries.
    counts = {w: s.scalar(select(func.count()).select_from(
        select(T.registration_id).where(T.kind == w[0], T.token >= w[1],
                                        T.token < _upper(w[1])).limit(COUNT_CAP).subquery()))
        or 0 for w in words}
    if min(counts.values()) == 0:
        return []
    driver = min(words, key=lambda w: (counts[w], -len(w[1])))
    kind, word = driver

    def having_the_others(q: Any) -> Any:
        """The other words, checked on the folded name and organisation in the entry."""
        for other_kind, other_word in words:
            if (other_kind, other_word) != driver:
                column = T.name_key if other_kind == "n" else T.org_key
                q = q.where((literal(" ") + column).like(f"% {other_word}%"))
        return q

    # The different words the driver is a prefix of, each read newest first (the index's
    # order for one word), so each read stops at `limit`.
    tokens: list[str] = []
    after = None
    while len(tokens) <= MAX_WORDS_OF_PREFIX:
        q = select(T.token).where(T.kind == kind, T.token < _upper(word))
        q = q.where(T.token > after) if after is not None else q.where(T.token >= word)
        token = s.scalar(q.order_by(T.token).limit(1))
        if token is None:
            break
        tokens.append(token)
        after = token
    if len(tokens) > MAX_WORDS_OF_PREFIX:
        q = having_the_others(in_range(kind, word).add_columns(T.arrived_at))
        found = list(s.execute(q.order_by(T.arrived_at.desc()).limit(limit)))
    else:
        found = []
        for token in tokens:
            q = dated(select(T.registration_id, T.arrived_at).where(T.kind == kind,
                                                                     T.token == token))
            q = having_the_others(q).order_by(T.arrived_at.desc()).limit(limit)
            found += s.execute(q).all()
    found.sort(key=lambda row: row[1], reverse=True)
    seen: dict[str, None] = {}
    for registration_id, _at in found:
        seen.setdefault(registration_id)
        if len(seen) == limit:
            break
    return list(seen)


@dataclass(frozen=True)
class EvacuationList:
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
            _log(s, ctx, Use.EXPORT, PURPOSE_EVACUATION, registration=row)
        office = s.get(Office, ctx.office_id)
        names = _names(s, ctx)
        return EvacuationList(office.name if office else "", ctx.now(),
                              [_view(r, names) for r in rows])


def person_usage_records(ctx: Context, id_code: str) -> dict[str, Any]:
    """Every recorded use of one person's data, as Data Tracker (Andmejälgija) usage records,
    for the person's request: who used it, when, what was done, for what purpose and on what
    legal basis. The request itself is recorded too (and is part of the answer)."""
    ctx.require(Action.VIEW_VISITORS)
    code = idcode.parse(id_code).code
    with ctx.db.write() as s:
        _log(s, ctx, Use.EXPORT, PURPOSE_SUBJECT_REQUEST, subject_code=code)
        s.flush()
        rows = list(s.scalars(select(PersonalDataAccess).where(
            PersonalDataAccess.office_id == ctx.office_id,
            PersonalDataAccess.subject_code == code,
        ).order_by(PersonalDataAccess.at.desc(), PersonalDataAccess.id.desc())))
        from app.store.models import Office

        office = s.get(Office, ctx.office_id)
        return usage_records(code, office.name if office else "",
                             office.registry_code if office else "", rows)


def usage_records(code: str, office: str, registry_code: str,
                  rows: Sequence[PersonalDataAccess]) -> dict[str, Any]:
    """The usage records of one person in the shape of the Data Tracker's (Andmejälgija)
    v3 findUsage answer, newest first: every use here is processing within the office's own
    system (internalProcessings), initiated by a staff member (initiatorPerson, by user
    name), with its purpose and legal basis; Lett's own detail of each use (the action, who
    received the data, which fields) is kept beside them under "lett"."""
    source: dict[str, Any] = {"type": "GOV", "name": office, "systemName": "Lett"}
    if len(registry_code) == 8 and registry_code.isdigit():
        source["code"] = registry_code
    usages = []
    for r in rows:
        lett: dict[str, Any] = {
            "action": r.action,
            "receiver": (r.data or {}).get("receiver", r.actor),
            "dataFields": _fields_of(r.action),
        }
        if r.data:
            lett["details"] = r.data
        usages.append({
            "logTime": r.at.isoformat().replace("+00:00", "Z"),
            "purpose": r.purpose,
            "legalBasis": r.legal_basis,
            "logSourceSystem": "Lett",
            "bulkProcessing": r.action == Use.ANONYMISE.value,
            "queryId": r.id,
            "initiatorPerson": {"alternativeCode": r.actor, "name": r.actor},
            "source": source,
            "lett": lett,
        })
    return {
        "userCode": f"EE{code}",
        "totalUsages": len(usages),
        "returnedUsages": len(usages),
        "dataRequests": None,
        "dataResponses": None,
        "dataProcessings": None,
        "internalProcessings": usages,
    }


def _fields_of(action: str) -> list[str]:
    if action == Use.REVEAL.value:
        return ["personal code"]
    if action == Use.NOTIFY.value:
        return ["name", "organisation", "purpose", "arrival time"]
    if action == Use.ANONYMISE.value:
        return ["name", "personal code", "document", "phone", "e-mail", "notes"]
    return ["name", "personal code (masked)", "organisation", "purpose", "host", "times"]


# -- retention -------------------------------------------------------------------------------


def anonymise_expired(ctx: Context) -> int:
    """Clear the personal data (name, personal code, document, contacts, notes) of every
    registration and expected visitor whose retention has passed. Runs at start and daily,
    whoever is signed in: it only removes data. The visit's times and purpose stay. The
    number of rows anonymised."""
    now = ctx.now()
    count = 0
    with ctx.db.write() as s:
        for row in s.scalars(select(VisitorRegistration).where(
                VisitorRegistration.office_id == ctx.office_id,
                VisitorRegistration.anonymised_at.is_(None),
                VisitorRegistration.retain_until <= now)):
            code = row.id_code
            if row.left_at is None:
                row.left_at = now
            row.name = ""
            row.name_key = ""
            row.id_code = None
            row.document = ""
            row.organisation = ""
            row.org_key = ""
            row.phone = ""
            row.email = ""
            row.notes = ""
            row.anonymised_at = now
            _log(s, ctx, Use.ANONYMISE, PURPOSE_RETENTION, registration=row, subject_code=code)
            count += 1
        for e in s.scalars(select(ExpectedVisitor).where(
                ExpectedVisitor.office_id == ctx.office_id,
                ExpectedVisitor.anonymised_at.is_(None),
                ExpectedVisitor.retain_until <= now)):
            code = e.id_code
            e.name = ""
            e.id_code = None
            e.document = ""
            e.organisation = ""
            e.phone = ""
            e.email = ""
            e.notes = ""
            e.anonymised_at = now
            _log(s, ctx, Use.ANONYMISE, PURPOSE_RETENTION, expected=e, subject_code=code)
            count += 1
    return count


# -- the watch list --------------------------------------------------------------------------


def add_watch_entry(ctx: Context, name: str, reason: str = "") -> WatchEntryView:
    ctx.require(Action.MANAGE_WATCH_LIST)
    name = rules.check_name(name)
    row = WatchListEntry(office_id=ctx.office_id, name=name, name_key=rules.fold(name),
                         reason=reason.strip(), added_by=ctx.actor.name, added_at=ctx.now())
    with ctx.db.write() as s:
        s.add(row)
    return WatchEntryView(row.id, row.name, row.reason, row.added_by, row.added_at)


def list_watch_entries(ctx: Context) -> list[WatchEntryView]:
    ctx.require(Action.MANAGE_WATCH_LIST)
    with ctx.db.read() as s:
        return [WatchEntryView(r.id, r.name, r.reason, r.added_by, r.added_at)
                for r in s.scalars(select(WatchListEntry).where(
                    WatchListEntry.office_id == ctx.office_id, WatchListEntry.active.is_(True),
                    WatchListEntry.deleted_at.is_(None)).order_by(WatchListEntry.name))]


def remove_watch_entry(ctx: Context, entry_id: str) -> None:
    ctx.require(Action.MANAGE_WATCH_LIST)
    with ctx.db.write() as s:
        s.execute(update(WatchListEntry).where(
            WatchListEntry.id == entry_id, WatchListEntry.office_id == ctx.office_id,
        ).values(active=False, **ctx.db.stamp()))


# -- helpers ---------------------------------------------------------------------------------


def _default_retention(ctx: Context) -> int:
    """Days a visit without a purpose keeps its personal data: the office's setting."""
    from app.operations.config import office_settings

    try:
        return int(office_settings(ctx)["retention.visitor_days"])
    except KeyError:
        return rules.DEFAULT_RETENTION_DAYS


def _registration(s: Session, ctx: Context, registration_id: str) -> VisitorRegistration:
    row = s.get(VisitorRegistration, registration_id)
    if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
        raise NotFound("unknown_visit")
    return row


def _names(s: Session, ctx: Context) -> _Names:
    return _Names(
        {p.id: p for p in s.scalars(select(VisitPurpose).where(
            VisitPurpose.office_id == ctx.office_id))},
        {h.id: h for h in s.scalars(select(Specialist).where(
            Specialist.office_id == ctx.office_id))},
    )


def _view(row: VisitorRegistration, names: _Names) -> RegistrationView:
    purpose = names.purposes.get(row.purpose_id or "")
    host = names.hosts.get(row.host_id or "")
    return RegistrationView(
        row.id, row.visit_id, row.name, idcode.mask(row.id_code) if row.id_code else "",
        bool(row.id_code), row.document, row.organisation, row.phone, row.email,
        _purpose_names(purpose), row.purpose_id,
        host.name if host else "", host.room if host else "", row.host_id, row.lang,
        row.arrived_at, row.left_at, row.ticket_number, row.notes,
        row.anonymised_at is not None,
    )


def _purpose_names(purpose: VisitPurpose | None) -> dict[str, str]:
    if purpose is None:
        return {}
    return {"et": purpose.name_et, "ru": purpose.name_ru, "en": purpose.name_en}


def start_of_day_upkeep(ctx: Context) -> tuple[int, int]:
    """What the staff window runs at start and daily: visitors left in from earlier days are
    checked out, and expired personal data is anonymised. (checked out, anonymised)"""
    return check_out_earlier_days(ctx), anonymise_expired(ctx)


DEMO_SPECIALISTS = (
    ("Kati Karu", "Pensionide osakond", "204", "+372 600 1204", "kati.karu@example.ee"),
    ("Andres Saar", "Toetuste osakond", "310", "+372 600 1310", "andres.saar@example.ee"),
)
DEMO_PURPOSES = (
    ("pension", "Pension", "Пенсия", "Pension", Route.QUEUE, "A", None, 30),
    ("benefit", "Toetus", "Пособие", "Benefit", Route.QUEUE, "B", None, 30),
    ("documents", "Dokumendid", "Документы", "Documents", Route.QUEUE, "C", None, 30),
    ("appointment", "Kokkulepitud kohtumine", "Назначенная встреча", "Appointment",
     Route.SPECIALIST, None, 0, 90),
    ("other", "Muu", "Другое", "Other", Route.WAITING, None, None, 7),
)


def create_demo_visitor_setup(ctx: Context) -> None:
    """The demo office's specialists and purposes of visit, unless it has purposes."""
    if list_purposes(ctx):
        return
    hosts = [add_specialist(ctx, *fields) for fields in DEMO_SPECIALISTS]
    for code, et, ru, en, route, service, host, days in DEMO_PURPOSES:
        add_purpose(ctx, code, {"et": et, "ru": ru, "en": en}, route, service,
                    hosts[host].id if host is not None else None, days)


def import_expected(ctx: Context, filename: str, data: bytes) -> int:
    """Pre-register the expected visitors of a CSV or iCalendar (.ics) file, all or none: a
    bad line refuses the file, naming the line. The number imported."""
    from app.core.errors import InvalidInput, LettError

    ctx.require(Action.REGISTER_VISITORS)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1257", "replace")
    if filename.lower().endswith((".ics", ".ical")) or text.lstrip().upper().startswith(
            "BEGIN:VCALENDAR"):
        rows = rules.parse_expected_ical(text, ctx.timezone)
    elif "," in text or ";" in text:
        rows = rules.parse_expected_csv(text, ctx.timezone)
    else:
        raise InvalidInput("import_format")
    purposes = {p.code: p for p in list_purposes(ctx)}
    default_days = _default_retention(ctx)
    forms = []
    for row in rows:
        try:
            purpose = None
            if row.purpose:
                purpose = purposes.get(row.purpose)
                if purpose is None:
                    raise NotFound("unknown_purpose", purpose=row.purpose,
                                   choices=", ".join(purposes) or "-")
            form = _checked(ctx, VisitorForm(
                row.name, row.id_code, row.document, row.organisation, row.phone, row.email,
                purpose.id if purpose else None, None, row.lang, row.notes))
        except LettError as err:
            raise InvalidInput("import_row", line=row.line, error=err) from err
        forms.append((form, row.expected_at))
    with ctx.db.write() as s:
        for form, at in forms:
            purpose_row, host = _resolve(s, ctx, form)
            e = ExpectedVisitor(
                office_id=ctx.office_id, name=form.name, id_code=form.id_code or None,
                document=form.document, organisation=form.organisation, phone=form.phone,
                email=form.email, purpose_id=form.purpose_id, host_id=host.id if host else None,
                lang=form.lang, expected_at=at, notes=form.notes, created_by=ctx.actor.name,
                retain_until=rules.retain_until(
                    max(at, ctx.now()),
                    purpose_row.retention_days if purpose_row else default_days),
            )
            s.add(e)
            s.flush()
            _log(s, ctx, Use.REGISTER, PURPOSE_RECEPTION, expected=e, imported=filename)
    return len(forms)
