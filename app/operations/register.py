"""The document register: series with their number patterns, documents registered in them
with a registration number and the answer's deadline, their status, and the views of what is
due soon, overdue, and open per unit.

A document's number comes from the series' counter for the year (app.operations.numbers): on a
PC working alone it moves on in the same transaction that adds the entry; a PC connected to a
server takes it from the server, or while the server cannot be reached from the numbers it
leased, so no two PCs give the same number. Counters restart each year; the next number is
never below one past the year's highest number already in the register, so entries that
arrived by sync are not numbered over.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import register as rules
from app.core.errors import Invalid, NotFound
from app.core.permissions import Action
from app.operations import numbers
from app.operations.context import Context
from app.store.models import RegisterEntry, RegisterSeries

# Longest texts of an entry, as in the register's table.
LIMITS = {
    "sender_name": 200, "sender_organisation": 200, "sender_address": 300,
    "sender_number": 64, "addressee": 200, "title": 500, "access_basis": 300,
    "addressee_address": 300,
}
MAX_PAGES = 10000


@dataclass(frozen=True)
class SeriesView:
    id: str
    series_index: str
    pattern: str
    name: str
    active: bool

    @classmethod
    def of(cls, row: RegisterSeries) -> SeriesView:
        return cls(row.id, row.series_index, row.pattern, row.name, row.active)


@dataclass(frozen=True)
class NewDocument:
    """What a person fills in to register a document."""

    series: str
    direction: str
    document_type: str
    title: str
    transmittal: str
    sender_name: str = ""
    sender_organisation: str = ""
    sender_address: str = ""
    sender_number: str = ""
    sender_date: date | None = None
    addressee: str = ""
    pages: int | None = None
    access_basis: str = ""
    access_from: date | None = None
    access_until: date | None = None
    # An outgoing letter's postal address or e-mail address.
    addressee_address: str = ""


@dataclass(frozen=True)
class EntryView:
    id: str
    registry_number: str
    series_index: str
    direction: str
    registered_on: date
    registered_at: datetime
    registered_by: str
    sender_name: str
    sender_organisation: str
    sender_address: str
    sender_number: str
    sender_date: date | None
    addressee: str
    document_type: str
    title: str
    transmittal: str
    pages: int | None
    access_basis: str
    access_from: date | None
    access_until: date | None
    status: str
    deadline: date | None
    extended: bool
    addressee_address: str = ""
    forwarded_to: str = ""
    forwarded_at: datetime | None = None
    answer_id: str | None = None
    posted_at: datetime | None = None

    @classmethod
    def of(cls, row: RegisterEntry, series_index: str) -> EntryView:
        values = {f.name: getattr(row, f.name) for f in fields(cls) if f.name != "series_index"}
        return cls(series_index=series_index, **values)


def _choice(value: str, kind: type[StrEnum]) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise Invalid("register_choice", value=value,
                      choices=", ".join(k.value for k in kind)) from None


def _series(s: Session, ctx: Context, index: str) -> RegisterSeries:
    row = s.scalar(select(RegisterSeries).where(
        RegisterSeries.office_id == ctx.office_id, RegisterSeries.series_index == index,
        RegisterSeries.deleted_at.is_(None)))
    if row is None or not row.active:
        known = s.scalars(select(RegisterSeries.series_index).where(
            RegisterSeries.office_id == ctx.office_id, RegisterSeries.deleted_at.is_(None),
            RegisterSeries.active.is_(True)).order_by(RegisterSeries.series_index))
        raise NotFound("register_unknown_series", series=index,
                       choices=", ".join(known) or "\u2014")
    return row


def save_series(ctx: Context, series_index: str, pattern: str, name: str = "",
                active: bool = True) -> SeriesView:
    """Add a series or change an existing one's pattern, name or use. Its counters stay: a
    changed pattern numbers the next documents on from where the series was."""
    ctx.require(Action.CONFIGURE)
    series_index = rules.check_series_index(series_index)
    rules.parse_pattern(pattern)
    name = name.strip()
    if len(name) > 200:
        raise Invalid("register_text_long", start=name[:30], length=len(name), limit=200)
    with ctx.db.write() as s:
        row = s.scalar(select(RegisterSeries).where(
            RegisterSeries.office_id == ctx.office_id,
            RegisterSeries.series_index == series_index, RegisterSeries.deleted_at.is_(None)))
        if row is None:
            row = RegisterSeries(office_id=ctx.office_id, series_index=series_index,
                                 next_numbers={})
            s.add(row)
        row.pattern = pattern
        row.name = name
        row.active = active
        s.flush()
        return SeriesView.of(row)


def list_series(ctx: Context) -> list[SeriesView]:
    ctx.require(Action.VIEW_REGISTER)
    with ctx.db.read() as s:
        rows = s.scalars(select(RegisterSeries).where(
            RegisterSeries.office_id == ctx.office_id, RegisterSeries.deleted_at.is_(None))
            .order_by(RegisterSeries.series_index))
        return [SeriesView.of(r) for r in rows]


def _check(doc: NewDocument) -> dict[str, object]:
    values: dict[str, object] = {
        "direction": _choice(doc.direction, rules.Direction),
        "transmittal": _choice(doc.transmittal, rules.Transmittal),
    }
    for name, limit in LIMITS.items():
        text = " ".join(str(getattr(doc, name)).split())
        if len(text) > limit:
            raise Invalid("register_text_long", start=text[:30], length=len(text), limit=limit)
        values[name] = text
    if not values["title"]:
        raise Invalid("register_no_title")
    if doc.pages is not None and not 1 <= doc.pages <= MAX_PAGES:
        raise Invalid("register_pages", pages=doc.pages, high=MAX_PAGES)
    restricted = doc.access_from is not None or doc.access_until is not None
    if restricted and not values["access_basis"]:
        raise Invalid("register_access_basis")
    if doc.access_from and doc.access_until and doc.access_until < doc.access_from:
        raise Invalid("register_access_dates", start=doc.access_from.isoformat(),
                      end=doc.access_until.isoformat())
    values.update(sender_date=doc.sender_date, pages=doc.pages,
                  access_from=doc.access_from, access_until=doc.access_until)
    return values


def work_calendar(ctx: Context, year: int) -> rules.WorkCalendar:
    """The register's working days around `year` (this one and the next): Estonia's public
    holidays and the office's own closed days."""
    from app.operations.config import office_settings

    office_closed = (date.fromisoformat(d) for d in office_settings(ctx)["office.closed_days"])
    return rules.register_calendar(office_closed, (year, year + 1))


def deadline_rules(ctx: Context) -> dict[str, rules.DeadlineRule | None]:
    """The office's document types and the deadline of each (None: no deadline), from the
    office setting "register.document_types"."""
    from app.operations.config import office_settings

    return rules.deadline_rules(office_settings(ctx)["register.document_types"])


def _document_type(ctx: Context, value: str) -> str:
    known = deadline_rules(ctx)
    if value not in known:
        raise Invalid("register_choice", value=value, choices=", ".join(known))
    return value


def _deadline(ctx: Context, document_type: str, registered: date, extended: bool) -> date | None:
    rule = deadline_rules(ctx).get(document_type)
    return rules.deadline(rule, registered, work_calendar(ctx, registered.year),
                          extended=extended)


def document_file_name(registry_number: str, suffix: str = "") -> str:
    """The file name of a registered document's PDF: its registration number, with the
    characters a file name cannot hold ("/", "\\", ":") as "_" ("1-2/26-021" gives
    "1-2_26-021.pdf")."""
    name = "".join("_" if ch in '/\\:*?"<>|' else ch for ch in registry_number)
    return f"{name}{suffix}.pdf"


def register_document(ctx: Context, doc: NewDocument, pdf: bytes | None = None) -> EntryView:
    """Register a document: the next number of its series for this year, the deadline of its
    type, status "registered". `pdf`, the document itself, is kept under its registration
    number in the same unit of work (app.operations.files), so an entry and its file are
    never one without the other."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    values = _check(doc)
    values["document_type"] = _document_type(ctx, doc.document_type.strip())
    now = ctx.now()
    today = ctx.local(now).date()
    due = _deadline(ctx, str(values["document_type"]), today, False)
    with ctx.db.read() as s:
        sequence = numbers.register_sequence(_series(s, ctx, doc.series.strip()).id)
    # Asked before the write: the server is never waited for inside this PC's write lock.
    taken = numbers.next_number(ctx, sequence, today.year)
    with ctx.db.write() as s:
        series = _series(s, ctx, doc.series.strip())
        number = taken if taken is not None else numbers.number_here(s, ctx, sequence,
                                                                      today.year)
        row = RegisterEntry(
            office_id=ctx.office_id, series_id=series.id, year=today.year, seq=number,
            registry_number=rules.registry_number(series.pattern, series.series_index,
                                                  today.year, number),
            registered_on=today, registered_at=now, registered_by=ctx.actor.name[:200],
            status=rules.Status.REGISTERED.value, deadline=due, extended=False, **values)
        s.add(row)
        s.flush()
        if pdf is not None:
            from app.operations.files import keep_file

            # A file left under this name by a crash before a commit is never written over:
            # the next free "name (n)" is taken.
            keep_file(s, ctx, "register_entries", row.id, "document",
                      document_file_name(row.registry_number), pdf, "application/pdf",
                      rename=True)
        # Its search text is made from the queue the insert filled: by the next search, or
        # at once where the caller asks (app.operations.register_search.index_entry).
        return EntryView.of(row, series.series_index)


def _entry(s: Session, ctx: Context, key: str) -> RegisterEntry:
    row = s.scalar(select(RegisterEntry).where(
        RegisterEntry.office_id == ctx.office_id, RegisterEntry.deleted_at.is_(None),
        (RegisterEntry.id == key) | (RegisterEntry.registry_number == key)))
    if row is None:
        raise NotFound("register_unknown_entry", entry=key)
    return row


def _index_of(s: Session, row: RegisterEntry) -> str:
    return s.get_one(RegisterSeries, row.series_id).series_index


def get_entry(ctx: Context, key: str) -> EntryView:
    """An entry by its id or its registration number."""
    ctx.require(Action.VIEW_REGISTER)
    with ctx.db.read() as s:
        row = _entry(s, ctx, key)
        return EntryView.of(row, _index_of(s, row))


def set_status(ctx: Context, key: str, status: str) -> EntryView:
    """Mark a document forwarded or answered (or registered again, to undo a mistake)."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    status = _choice(status, rules.Status)
    with ctx.db.write() as s:
        row = _entry(s, ctx, key)
        row.status = status
        s.flush()
        return EntryView.of(row, _index_of(s, row))


def extend_deadline(ctx: Context, key: str) -> EntryView:
    """Extend an open document's deadline to the longest term of its type, counted from its
    registration."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    with ctx.db.read() as s:
        row = _entry(s, ctx, key)
        document_type, registered = row.document_type, row.registered_on
    due = _deadline(ctx, document_type, registered, True)
    if due is None:
        raise Invalid("register_not_extendable")
    with ctx.db.write() as s:
        row = _entry(s, ctx, key)
        row.deadline = due
        row.extended = True
        s.flush()
        return EntryView.of(row, _index_of(s, row))


def _open_entries(s: Session, ctx: Context, dated: bool = True
                  ) -> list[tuple[RegisterEntry, str]]:
    """Unanswered entries (`dated`: only those with a deadline), the nearest deadline first
    and those without one last."""
    query = (
        select(RegisterEntry, RegisterSeries.series_index)
        .join(RegisterSeries, RegisterSeries.id == RegisterEntry.series_id)
        .where(RegisterEntry.office_id == ctx.office_id, RegisterEntry.deleted_at.is_(None),
               RegisterEntry.status != rules.Status.ANSWERED.value)
        .order_by(RegisterEntry.deadline.is_(None), RegisterEntry.deadline,
                  RegisterEntry.registered_at))
    if dated:
        query = query.where(RegisterEntry.deadline.is_not(None))
    return [(row, index) for row, index in s.execute(query).all()]


def open_documents(ctx: Context) -> list[EntryView]:
    """Unanswered documents with a deadline, the nearest (or longest overdue) first."""
    ctx.require(Action.VIEW_REGISTER)
    with ctx.db.read() as s:
        return [EntryView.of(r, i) for r, i in _open_entries(s, ctx)]


def due_soon(ctx: Context, days: int = 3) -> list[EntryView]:
    """Unanswered documents whose deadline is today or within `days` calendar days."""
    ctx.require(Action.VIEW_REGISTER)
    today = ctx.local().date()
    until = today + timedelta(days=days)
    with ctx.db.read() as s:
        return [EntryView.of(r, i) for r, i in _open_entries(s, ctx)
                if r.deadline is not None and today <= r.deadline <= until]


def overdue(ctx: Context) -> list[EntryView]:
    """Unanswered documents whose deadline has passed, the oldest deadline first."""
    ctx.require(Action.VIEW_REGISTER)
    today = ctx.local().date()
    with ctx.db.read() as s:
        return [EntryView.of(r, i) for r, i in _open_entries(s, ctx)
                if r.deadline is not None and r.deadline < today]


def by_unit(ctx: Context) -> dict[str, list[EntryView]]:
    """Unanswered documents per addressee (unit or person), the nearest deadline first and
    those without a deadline last."""
    ctx.require(Action.VIEW_REGISTER)
    units: dict[str, list[EntryView]] = defaultdict(list)
    with ctx.db.read() as s:
        for row, index in _open_entries(s, ctx, dated=False):
            units[row.addressee].append(EntryView.of(row, index))
    return dict(sorted(units.items()))


def list_entries(ctx: Context, search: str = "", limit: int = 500) -> list[EntryView]:
    """The register, newest first; `search` matches the registration number, the title, the
    sender (name, organisation, own number) and the addressee, in any letter case."""
    ctx.require(Action.VIEW_REGISTER)
    query = (
        select(RegisterEntry, RegisterSeries.series_index)
        .join(RegisterSeries, RegisterSeries.id == RegisterEntry.series_id)
        .where(RegisterEntry.office_id == ctx.office_id, RegisterEntry.deleted_at.is_(None))
        .order_by(RegisterEntry.registered_at.desc())
        .limit(max(1, min(limit, 5000))))
    words = search.split()
    for word in words:
        like = f"%{word.lower()}%"
        query = query.where(
            func.lower(RegisterEntry.registry_number).like(like)
            | func.lower(RegisterEntry.title).like(like)
            | func.lower(RegisterEntry.sender_name).like(like)
            | func.lower(RegisterEntry.sender_organisation).like(like)
            | func.lower(RegisterEntry.sender_number).like(like)
            | func.lower(RegisterEntry.addressee).like(like))
    with ctx.db.read() as s:
        return [EntryView.of(row, index) for row, index in s.execute(query).all()]


def undated_today(ctx: Context) -> int:
    """How many open documents registered today have no deadline (the views by deadline do not
    list them)."""
    ctx.require(Action.VIEW_REGISTER)
    today = ctx.local().date()
    with ctx.db.read() as s:
        return int(s.scalar(
            select(func.count()).select_from(RegisterEntry)
            .where(RegisterEntry.office_id == ctx.office_id,
                   RegisterEntry.deleted_at.is_(None),
                   RegisterEntry.status != rules.Status.ANSWERED.value,
                   RegisterEntry.deadline.is_(None),
                   RegisterEntry.registered_on == today)) or 0)
