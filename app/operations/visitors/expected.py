"""Expected visitors: pre-registered by hand or imported from a CSV or iCalendar file, listed
for the day, and checked in with one action."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.core import visitors as rules
from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import Use
from app.operations.context import Context
from app.operations.visitors.directory import list_purposes
from app.operations.visitors.records import (
    PURPOSE_RECEPTION,
    Names,
    default_retention,
    load_names,
    log_listing,
    log_use,
    purpose_names,
)
from app.operations.visitors.registering import check_form, purpose_and_host, register_visit
from app.operations.visitors.views import ExpectedView, Registered, VisitorForm
from app.store.models import ExpectedVisitor


def add_expected(ctx: Context, form: VisitorForm, expected_at: datetime) -> ExpectedView:
    """Pre-register a visitor expected at `expected_at`."""
    ctx.require(Action.REGISTER_VISITORS)
    form = check_form(ctx, form)
    with ctx.db.write() as s:
        purpose, host = purpose_and_host(s, ctx, form)
        row = ExpectedVisitor(
            office_id=ctx.office_id, name=form.name, id_code=form.id_code or None,
            document=form.document, organisation=form.organisation, phone=form.phone,
            email=form.email, purpose_id=purpose.id if purpose else None,
            host_id=host.id if host else None, lang=form.lang, expected_at=expected_at,
            notes=form.notes, created_by=ctx.actor.name,
            retain_until=rules.retain_until(max(expected_at, ctx.now()),
                                            purpose.retention_days if purpose else
                                            default_retention(ctx)),
        )
        s.add(row)
        s.flush()
        log_use(s, ctx, Use.REGISTER, PURPOSE_RECEPTION, expected=row)
        return _expected_view(row, load_names(s, ctx))


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
        names = load_names(s, ctx)
        log_listing(s, ctx, [], rows, PURPOSE_RECEPTION)
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


def _expected_view(row: ExpectedVisitor, names: Names) -> ExpectedView:
    purpose = names.purposes.get(row.purpose_id or "")
    host = names.hosts.get(row.host_id or "")
    return ExpectedView(row.id, row.name, row.organisation,
                        purpose_names(purpose), host.name if host else "",
                        row.expected_at, row.registration_id is not None, row.registration_id)


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
    default_days = default_retention(ctx)
    forms = []
    for row in rows:
        try:
            purpose = None
            if row.purpose:
                purpose = purposes.get(row.purpose)
                if purpose is None:
                    raise NotFound("unknown_purpose", purpose=row.purpose,
                                   choices=", ".join(purposes) or "-")
            form = check_form(ctx, VisitorForm(
                row.name, row.id_code, row.document, row.organisation, row.phone, row.email,
                purpose.id if purpose else None, None, row.lang, row.notes))
        except LettError as err:
            raise InvalidInput("import_row", line=row.line, error=err) from err
        forms.append((form, row.expected_at))
    with ctx.db.write() as s:
        for form, at in forms:
            purpose_row, host = purpose_and_host(s, ctx, form)
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
            log_use(s, ctx, Use.REGISTER, PURPOSE_RECEPTION, expected=e, imported=filename)
    return len(forms)
