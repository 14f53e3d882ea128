"""What the office sets up for its visitors: the directory of specialists a visitor may come
to see, and the purposes of visit and where each leads (a service queue, a specialist, the
waiting area). The demo office's own too."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import config as config_rules
from app.core import visitors as rules
from app.core.errors import Invalid, NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import Route
from app.operations.context import Context
from app.operations.visitors.views import PurposeView, SpecialistView
from app.store.models import Service, Specialist, VisitPurpose


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
