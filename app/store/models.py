"""Typed SQLAlchemy models. Every synced table carries the sync columns of SyncedMixin.

The annotations are evaluated as the classes are made (no `from __future__ import
annotations`), so SQLAlchemy reads them as types rather than evaluating each one from a string:
a fifth less of the models' share of every start."""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app.core.ids import page_token, uuid7


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite (stored naive UTC) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class SyncedMixin:
    """Sync columns: UUIDv7 id, owning office, hybrid logical clock of the last change, the
    device that made it, and a tombstone."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Office(SyncedMixin, Base):
    __tablename__ = "offices"

    # An office owns itself: office_id == id, so every synced row has an office_id.
    office_id: Mapped[str] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Tallinn")
    priority_cap: Mapped[int] = mapped_column(Integer, default=3)
    noshow_after: Mapped[int] = mapped_column(Integer, default=3)
    default_handling_min: Mapped[float] = mapped_column(Float, default=6.0)
    # The letterhead: postal address, Estonian registry code (8 digits) and the logo, a PNG or
    # JPEG image as base64 text (at most 512 KB as an image).
    address: Mapped[str] = mapped_column(String(300), default="")
    registry_code: Mapped[str] = mapped_column(String(16), default="")
    logo: Mapped[str | None] = mapped_column(Text, default=None)


class Service(SyncedMixin, Base):
    """A queue topic (A: pensions, B: benefits, ...)."""

    __tablename__ = "services"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    code: Mapped[str] = mapped_column(String(1))
    name_et: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    colour: Mapped[str] = mapped_column(String(9), default="#1f6feb")
    target_wait_min: Mapped[int] = mapped_column(Integer, default=15)
    daily_limit: Mapped[int | None] = mapped_column(Integer, default=None)
    hours: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    priority_aging_min: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def name(self, lang: str) -> str:
        return {"et": self.name_et, "ru": self.name_ru, "en": self.name_en}.get(lang, self.name_et)


class Counter(SyncedMixin, Base):
    """Where a ticket is served."""

    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("office_id", "number"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(32))
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)


class CounterService(SyncedMixin, Base):
    """Which services a counter serves."""

    __tablename__ = "counter_services"
    __table_args__ = (UniqueConstraint("counter_id", "service_id"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    counter_id: Mapped[str] = mapped_column(ForeignKey("counters.id"))
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"))


class OfficeSetting(SyncedMixin, Base):
    """One office-wide setting (app.core.config.OFFICE_SETTINGS): the kiosk, the display,
    opening days, retention. The value is JSON. Configuration: it flows down to every PC of
    the office, so a running kiosk or display follows a change without a restart."""

    __tablename__ = "office_settings"
    __table_args__ = (UniqueConstraint("office_id", "key"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class Visit(SyncedMixin, Base):
    """One arrival and departure of a visitor; its tickets may pass through several services."""

    __tablename__ = "visits"

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    arrived_at: Mapped[datetime]
    left_at: Mapped[datetime | None] = mapped_column(default=None)


_WAITING = "status = 'waiting' AND target_counter_id IS NULL"
_WAITING_AT_COUNTER = "status = 'waiting' AND target_counter_id IS NOT NULL"


class Ticket(SyncedMixin, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("issued_service_id", "day", "seq"),
        Index(
            "ix_tickets_queue",
            "office_id", "status", "service_id", "priority", "target_counter_id", "queue_key",
        ),
        Index("ix_tickets_day_number", "office_id", "day", "number"),
        Index("ix_tickets_counter", "counter_id", "status"),
        Index("ix_tickets_replaces", "replaces_id"),
        # The heads of the lines: waiting tickets only, in the order they are called
        # (migration 0010); queries name the status as a literal so these serve them.
        Index("ix_tickets_line", "office_id", "service_id", "priority", "queue_key", "id",
              postgresql_where=text(_WAITING), sqlite_where=text(_WAITING)),
        Index("ix_tickets_line_at_counter", "target_counter_id", "service_id", "priority",
              "queue_key", "id", postgresql_where=text(_WAITING_AT_COUNTER),
              sqlite_where=text(_WAITING_AT_COUNTER)),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"))
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"))
    # The service whose number series the number belongs to; a transfer changes service_id only.
    issued_service_id: Mapped[str] = mapped_column(ForeignKey("services.id"))
    day: Mapped[date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    lang: Mapped[str] = mapped_column(String(2), default="et")
    source: Mapped[str] = mapped_column(String(16), default="desk")
    issued_at: Mapped[datetime]
    # The visitor's first arrival: kept through corrections and transfers.
    arrived_at: Mapped[datetime]
    # The place in the queue; the earliest key is called first (within a priority level).
    queue_key: Mapped[datetime]
    counter_id: Mapped[str | None] = mapped_column(ForeignKey("counters.id"), default=None)
    target_counter_id: Mapped[str | None] = mapped_column(
        ForeignKey("counters.id"), default=None
    )
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    called_at: Mapped[datetime | None] = mapped_column(default=None)
    first_called_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    est_wait_low_min: Mapped[int | None] = mapped_column(Integer, default=None)
    est_wait_high_min: Mapped[int | None] = mapped_column(Integer, default=None)
    people_ahead: Mapped[int | None] = mapped_column(Integer, default=None)
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    # The key of the ticket's page on the visitor's phone (the printed QR code's link).
    page_token: Mapped[str | None] = mapped_column(String(32), default=page_token, index=True)
    # The visitor said from that page they stepped out: back by this moment.
    away_until: Mapped[datetime | None] = mapped_column(default=None)


class TicketEvent(SyncedMixin, Base):
    """Append-only history of a ticket: who did what, when, at which counter."""

    __tablename__ = "ticket_events"
    __table_args__ = (
        Index("ix_ticket_events_ticket", "ticket_id", "at"),
        Index("ix_ticket_events_counter", "counter_id", "kind", "at", "id"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    counter_id: Mapped[str | None] = mapped_column(ForeignKey("counters.id"), default=None)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class StaffAccount(SyncedMixin, Base):
    """A person who signs in to the staff window: their roles and password hash (argon2id).
    Configuration: it flows down to desk and counter PCs, so staff can sign in offline."""

    __tablename__ = "staff_accounts"
    __table_args__ = (UniqueConstraint("office_id", "user_name"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    user_name: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    # Role names, sorted and comma-separated (app.core.accounts.format_roles).
    roles: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AdminChange(SyncedMixin, Base):
    """Append-only record of a change an admin made: who, when, which field of which row,
    its old and new value. Passwords and their hashes are never written here."""

    __tablename__ = "admin_changes"
    __table_args__ = (Index("ix_admin_changes_row", "table_name", "row_id", "at"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)


class Issuance(SyncedMixin, Base):
    """One notice handed over, posted or e-mailed: the issuance register. Append-only, except
    for the signed container attached later. A reprint is a row of its own, marked as a copy of
    the first issuance and carrying its registration number. The PDF is kept in the data folder
    of the PC that issued it (`pdf_path`, relative to that folder), checked by its SHA-256."""

    __tablename__ = "issuances"
    __table_args__ = (
        Index("ix_issuances_series", "office_id", "year", "seq"),
        Index("ix_issuances_number", "office_id", "registry_number"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    registry_number: Mapped[str] = mapped_column(String(32))
    # The office's yearly series: the number's year and its place in it.
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    template_id: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(2))
    recipient: Mapped[str] = mapped_column(String(300))
    issued_by: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime]
    # handed_over, posted or emailed (app.core.notices.Delivery)
    delivery: Mapped[str] = mapped_column(String(16))
    pdf_path: Mapped[str] = mapped_column(String(500))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    copy_of_id: Mapped[str | None] = mapped_column(ForeignKey("issuances.id"), default=None)
    verification_code: Mapped[str] = mapped_column(String(32))
    signed_path: Mapped[str | None] = mapped_column(String(500), default=None)
    signed_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    # What the notice was issued about, where it was filled in from one (ids, not foreign
    # keys: a PC may hold the issuance before the entry or the visit reaches it by sync).
    register_entry_id: Mapped[str | None] = mapped_column(String(36), default=None)
    visitor_registration_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Specialist(SyncedMixin, Base):
    """A person visitors come to see: the directory of hosts (name, unit, room, contact).
    Flows to desk and counter PCs only."""

    __tablename__ = "specialists"

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VisitPurpose(SyncedMixin, Base):
    """Why a visitor came, and where that leads: a service queue (`service_code`), a specialist
    of the directory, or the waiting area. A visit's personal data is kept `retention_days`."""

    __tablename__ = "visit_purposes"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    code: Mapped[str] = mapped_column(String(32))
    name_et: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    route: Mapped[str] = mapped_column(String(16))  # queue, specialist, waiting
    service_code: Mapped[str | None] = mapped_column(String(1), default=None)
    specialist_id: Mapped[str | None] = mapped_column(ForeignKey("specialists.id"), default=None)
    retention_days: Mapped[int] = mapped_column(Integer, default=30)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def name(self, lang: str) -> str:
        return {"et": self.name_et, "ru": self.name_ru, "en": self.name_en}.get(lang, self.name_et)


class VisitorRegistration(SyncedMixin, Base):
    """Who came on a visit: the visitor's personal data, kept apart from `visits` (which kiosks
    and displays also hold) and synced to desk and counter PCs only. Anonymised, not deleted,
    once `retain_until` has passed: the visit's facts stay for statistics."""

    __tablename__ = "visitor_registrations"
    __table_args__ = (
        Index("ix_visitor_registrations_arrived", "office_id", "arrived_at"),
        Index("ix_visitor_registrations_in", "office_id", "left_at"),
        Index("ix_visitor_registrations_code", "office_id", "id_code"),
        Index("ix_visitor_registrations_retain", "retain_until"),
        UniqueConstraint("badge_token"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"))
    name: Mapped[str] = mapped_column(String(200))
    # The name and organisation folded for search (app.core.visitors.fold).
    name_key: Mapped[str] = mapped_column(String(200), default="")
    id_code: Mapped[str | None] = mapped_column(String(11), default=None)
    document: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    org_key: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    purpose_id: Mapped[str | None] = mapped_column(ForeignKey("visit_purposes.id"), default=None)
    host_id: Mapped[str | None] = mapped_column(ForeignKey("specialists.id"), default=None)
    lang: Mapped[str] = mapped_column(String(2), default="et")
    arrived_at: Mapped[datetime]
    left_at: Mapped[datetime | None] = mapped_column(default=None)
    # A random token printed as the badge's QR code: it checks the visitor out, and says
    # nothing about them.
    badge_token: Mapped[str] = mapped_column(String(32))
    # The ticket issued for the visit, if its purpose leads to a queue. No foreign key: at a
    # PC connected to its queue host the ticket is made there and arrives later by sync.
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    ticket_number: Mapped[str] = mapped_column(String(8), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str] = mapped_column(String(200), default="")
    retain_until: Mapped[datetime]
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)


class ExpectedVisitor(SyncedMixin, Base):
    """A visitor staff registered in advance; the desk checks them in with one action."""

    __tablename__ = "expected_visitors"
    __table_args__ = (Index("ix_expected_visitors_at", "office_id", "expected_at"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    name: Mapped[str] = mapped_column(String(200))
    id_code: Mapped[str | None] = mapped_column(String(11), default=None)
    document: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    purpose_id: Mapped[str | None] = mapped_column(ForeignKey("visit_purposes.id"), default=None)
    host_id: Mapped[str | None] = mapped_column(ForeignKey("specialists.id"), default=None)
    lang: Mapped[str] = mapped_column(String(2), default="et")
    expected_at: Mapped[datetime]
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")
    registration_id: Mapped[str | None] = mapped_column(
        ForeignKey("visitor_registrations.id"), default=None
    )
    retain_until: Mapped[datetime]
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)


class PersonalDataAccess(SyncedMixin, Base):
    """Append-only record of one use of one person's data: who (`actor`), when, whose data
    (the personal code, else the registration), what was done, for what purpose and on what
    legal basis. Exported per person as Data Tracker usage records."""

    __tablename__ = "personal_data_access"
    __table_args__ = (
        Index("ix_personal_data_access_code", "office_id", "subject_code", "at"),
        Index("ix_personal_data_access_registration", "registration_id", "at"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    subject_code: Mapped[str | None] = mapped_column(String(11), default=None)
    registration_id: Mapped[str | None] = mapped_column(String(36), default=None)
    expected_id: Mapped[str | None] = mapped_column(String(36), default=None)
    purpose: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class WatchListEntry(SyncedMixin, Base):
    """A name the desk is alerted to when it registers a visitor of a similar name. Kept by
    admins; flows to desk and counter PCs only."""

    __tablename__ = "watch_list"

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RegisterSeries(SyncedMixin, Base):
    """A series of the document register: its index ("1-2"), the pattern of its registration
    numbers ("{S}/{DA}-{3DN}") and each year's next running number ({"2025": 22}). Flows to
    desk and counter PCs only."""

    __tablename__ = "register_series"
    __table_args__ = (Index("ix_register_series_index", "office_id", "series_index"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    series_index: Mapped[str] = mapped_column(String(20))
    pattern: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200), default="")
    next_numbers: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RegisterEntry(SyncedMixin, Base):
    """A document in the register, incoming or outgoing, with its registration number in a
    series (`year`, `seq`), who sent it and to whom it goes, its access restriction, status
    and the answer's deadline. Flows to desk and counter PCs only."""

    __tablename__ = "register_entries"
    __table_args__ = (
        Index("ix_register_entries_series", "office_id", "series_id", "year", "seq"),
        Index("ix_register_entries_number", "office_id", "registry_number"),
        Index("ix_register_entries_deadline", "office_id", "status", "deadline"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    # incoming or outgoing (app.core.register.Direction)
    direction: Mapped[str] = mapped_column(String(8))
    series_id: Mapped[str] = mapped_column(ForeignKey("register_series.id"))
    registry_number: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    registered_on: Mapped[date] = mapped_column(Date)
    registered_at: Mapped[datetime]
    registered_by: Mapped[str] = mapped_column(String(200))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_organisation: Mapped[str] = mapped_column(String(200), default="")
    # A postal address or an e-mail address.
    sender_address: Mapped[str] = mapped_column(String(300), default="")
    sender_number: Mapped[str] = mapped_column(String(64), default="")
    sender_date: Mapped[date | None] = mapped_column(Date, default=None)
    # The unit or person the document is for (incoming) or sent to (outgoing).
    addressee: Mapped[str] = mapped_column(String(200), default="")
    document_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    # post, counter or email (app.core.register.Transmittal)
    transmittal: Mapped[str] = mapped_column(String(8))
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    access_basis: Mapped[str] = mapped_column(String(300), default="")
    access_from: Mapped[date | None] = mapped_column(Date, default=None)
    access_until: Mapped[date | None] = mapped_column(Date, default=None)
    # registered, forwarded or answered (app.core.register.Status)
    status: Mapped[str] = mapped_column(String(16))
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    # An outgoing letter's postal address (or e-mail address), for the outgoing post list.
    addressee_address: Mapped[str] = mapped_column(String(300), default="")
    # Where the document was forwarded (a unit's e-mail address or an export folder) and when.
    forwarded_to: Mapped[str] = mapped_column(String(300), default="")
    forwarded_at: Mapped[datetime | None] = mapped_column(default=None)
    # The outgoing entry that answers this incoming one.
    answer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # When an outgoing letter was taken to the post office.
    posted_at: Mapped[datetime | None] = mapped_column(default=None)


class StoredFile(SyncedMixin, Base):
    """A file kept with a row of the office's records: a registered document's PDF, a notice's
    PDF or its signed container. The file itself sits in the data folder of each PC that has
    it, named for the record (e.g. by registry number), and travels through the server by its
    SHA-256 (`file_blobs`); this row says which record it belongs to and what it must hash
    to. Append-only: a file is never replaced; a new one is a new row. Flows to desk and
    counter PCs only."""

    __tablename__ = "stored_files"
    __table_args__ = (
        Index("ix_stored_files_owner", "office_id", "owner_table", "owner_id"),
        Index("ix_stored_files_sha256", "office_id", "sha256"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    # The record it belongs to: "register_entries" or "issuances", and that row's id.
    owner_table: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36))
    # document (a registered document), notice (an issued notice), signed (a signed container)
    purpose: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(200), default="")


class NoticeTemplate(SyncedMixin, Base):
    """A version of a notice template saved by an admin: the whole template (fields and the
    texts in each language) as its TOML source. The built-in templates are files under
    resources/templates; a saved version of the same key with a higher number takes their
    place at every desk PC of the office. Versions are never changed, only added; `active`
    false withdraws the template. Flows to desk and counter PCs."""

    __tablename__ = "notice_templates"
    __table_args__ = (Index("ix_notice_templates_key", "office_id", "template_key", "version"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    template_key: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    saved_by: Mapped[str] = mapped_column(String(200), default="")
    saved_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContactTopic(SyncedMixin, Base):
    """A topic of the office's topic tree, what a contact with a client was about: its code,
    names in the three languages, the topic it sits under, and the service whose counter
    contacts take it by default. Kept by admins; flows to desk and counter PCs only. A topic
    is withdrawn (`active` false), never removed, so the contacts about it keep its name."""

    __tablename__ = "contact_topics"
    __table_args__ = (UniqueConstraint("office_id", "code"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    code: Mapped[str] = mapped_column(String(32))
    name_et: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("contact_topics.id"), default=None)
    # The service whose counter contacts are about this topic unless the adviser says else.
    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def name(self, lang: str) -> str:
        return {"et": self.name_et, "ru": self.name_ru, "en": self.name_en}.get(lang, self.name_et)


class Contact(SyncedMixin, Base):
    """One conversation with a client on one channel (app.core.contacts.Channel): its topic,
    a short note, the outcome, who served, when it started and ended, the language, and
    optionally the client (whose data is kept until `retain_until`, then anonymised; each
    use of it is recorded in `personal_data_access`). A counter contact is made when its
    ticket is called and ends with the ticket's outcome. Flows to desk and counter PCs
    only. What a contact leads to further (a level-2 escalation) refers to it by its id."""

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_started", "office_id", "started_at"),
        Index("ix_contacts_served_by", "office_id", "served_by", "started_at"),
        Index("ix_contacts_topic", "office_id", "topic_id", "started_at"),
        Index("ix_contacts_ticket", "ticket_id"),
        Index("ix_contacts_retain", "retain_until"),
    )

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    channel: Mapped[str] = mapped_column(String(16))
    topic_id: Mapped[str | None] = mapped_column(ForeignKey("contact_topics.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    # None while the conversation goes on (app.core.contacts.CONTACT_OUTCOMES).
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    served_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    lang: Mapped[str] = mapped_column(String(2), default="et")
    # A counter contact: its counter and its ticket (no foreign key: at a PC connected to its
    # queue host both are made there and reach the PC by sync).
    counter_id: Mapped[str | None] = mapped_column(ForeignKey("counters.id"), default=None)
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    client_name: Mapped[str] = mapped_column(String(200), default="")
    # A personal identification code (11 digits) or an organisation's registry code (8).
    client_code: Mapped[str | None] = mapped_column(String(11), default=None)
    client_organisation: Mapped[str] = mapped_column(String(200), default="")
    client_email: Mapped[str] = mapped_column(String(254), default="")
    client_phone: Mapped[str] = mapped_column(String(32), default="")
    retain_until: Mapped[datetime]
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None)


class ContactLink(SyncedMixin, Base):
    """What a contact produced: a visit, a ticket, a register entry or a notice (one of the
    ids set), with the label it is shown by (a ticket or registration number), so a PC shows
    the link before the row it names reaches it by sync. Flows to desk and counter PCs."""

    __tablename__ = "contact_links"
    __table_args__ = (Index("ix_contact_links_contact", "contact_id"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"))
    # visit, ticket, register_entry or notice (app.core.contacts.LINK_KINDS)
    kind: Mapped[str] = mapped_column(String(16))
    # The row it names, by kind; ids, not foreign keys (see `Contact.ticket_id`).
    registration_id: Mapped[str | None] = mapped_column(String(36), default=None)
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    register_entry_id: Mapped[str | None] = mapped_column(String(36), default=None)
    issuance_id: Mapped[str | None] = mapped_column(String(36), default=None)
    label: Mapped[str] = mapped_column(String(64), default="")
    linked_at: Mapped[datetime]
    linked_by: Mapped[str] = mapped_column(String(200), default="")


class CounterEvent(SyncedMixin, Base):
    """A counter opened or closed (`kind`: opened, closed), when and by whom: a counter's
    occupancy and its idle time count from the time it stood open. Only ever added."""

    __tablename__ = "counter_events"
    __table_args__ = (Index("ix_counter_events_office", "office_id", "at"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    counter_id: Mapped[str] = mapped_column(ForeignKey("counters.id"))
    kind: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
class Scorecard(SyncedMixin, Base):
    """A quality evaluation form kept by the supervisor (app.core.evaluation): its title and
    its sections and questions as JSON. A form already used is not changed: a new version is
    saved and the old one set inactive, so every evaluation keeps the form it was made on.
    Flows to desk and counter PCs."""

    __tablename__ = "scorecards"

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    title: Mapped[str] = mapped_column(String(500))
    card: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    saved_by: Mapped[str] = mapped_column(String(200), default="")
    saved_at: Mapped[datetime]


class Evaluation(SyncedMixin, Base):
    """One filled scorecard about one person's served ticket or contact: by the supervisor
    (`kind` "supervisor"), or by the person themself first ("self"). The answers by question
    key, the score in percent and whether a critical question failed the form, the comment.
    `ticket_id` / `contact_id` name what was evaluated (ids, not foreign keys: they may reach
    a PC after the evaluation), `subject` is how it is shown (a ticket's number, a contact's
    channel and time). Employees' results: flows to desk and counter PCs only."""

    __tablename__ = "evaluations"
    __table_args__ = (Index("ix_evaluations_staff", "office_id", "staff", "evaluated_at"),)

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    scorecard_id: Mapped[str] = mapped_column(ForeignKey("scorecards.id"))
    staff: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    evaluator: Mapped[str] = mapped_column(String(200))
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    contact_id: Mapped[str | None] = mapped_column(String(36), default=None)
    subject: Mapped[str] = mapped_column(String(64), default="")
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    failed: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    evaluated_at: Mapped[datetime]


class Goal(SyncedMixin, Base):
    """A goal set by the supervisor (app.core.goals): a measure's target over a day, week
    or month, for one person (`staff`, a user name) or the team (`staff` empty)."""

    __tablename__ = "goals"

    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    staff: Mapped[str] = mapped_column(String(64), default="")
    measure: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(8))
    target: Mapped[float] = mapped_column(Float)
    set_by: Mapped[str] = mapped_column(String(200), default="")
    set_at: Mapped[datetime]


# -- local-only tables (never synced) ------------------------------------------------------


class Outbox(Base):
    """Every local change to a synced table, in order, written by triggers in the same
    transaction as the change itself. `seq` is never reused (AUTOINCREMENT), so
    `<device id>:<seq>` names one change forever, and a repeated upload is recognised."""

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    row: Mapped[str | None] = mapped_column(Text)
    # For an update: the JSON list of the columns it changed (per-field last-writer-wins).
    fields: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[str] = mapped_column(String(32))


class SyncRejection(Base):
    """A local change the server refused: kept, with the reason, and shown to the user."""

    __tablename__ = "sync_rejections"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    row: Mapped[str | None] = mapped_column(Text)
    fields: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    rejected_at: Mapped[datetime]


class LocalFile(Base):
    """Where this PC keeps a stored file (relative to its data folder), and whether the
    server has its content yet. A stored file whose row arrived by sync has no row here until
    its content has been fetched."""

    __tablename__ = "local_files"

    file_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    path: Mapped[str] = mapped_column(String(500))
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False)


class LocalMeta(Base):
    """This store's own facts: its device id, and whether sync is applying pulled rows."""

    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VisitorSearchToken(Base):
    """One word of a registration's folded name ("n") or organisation ("o"), for search by
    word prefix, with the registration's folded name and organisation, so the other words of
    a query are checked in the same index entry. Kept by SQLite triggers on
    `visitor_registrations`; not synced."""

    __tablename__ = "visitor_search_tokens"
    __table_args__ = (
        Index("ix_visitor_search_tokens_word", "kind", "token", "arrived_at", "name_key",
              "org_key"),
        Index("ix_visitor_search_tokens_registration", "registration_id"),
        # The rows are their key: on SQLite the indexes then cover every query of them.
        {"sqlite_with_rowid": False},
    )

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    token: Mapped[str] = mapped_column(String(200), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    arrived_at: Mapped[datetime]
    name_key: Mapped[str] = mapped_column(String(200), default="")
    org_key: Mapped[str] = mapped_column(String(200), default="")


class ReportStep(Base):
    """One step of a ticket (app.core.measures.Step) as reports count it: the keys they group
    by (the ticket's local day, its ISO week and month, the weekday 1-7 and the local hour the
    step joined its line, the service, the counter and person that served it last) and its
    moments in whole microseconds since 1970 (`day_end_us`: the end of the ticket's local
    day, when a step still open stops counting). Each store keeps its own, recounted from the
    events of the tickets `report_dirty` names (app.operations.reports)."""

    __tablename__ = "report_steps"
    __table_args__ = (Index("ix_report_steps_day", "office_id", "day"),)

    ticket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    step: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36))
    day: Mapped[date] = mapped_column(Date)
    week: Mapped[str] = mapped_column(String(8))
    month: Mapped[str] = mapped_column(String(7))
    weekday: Mapped[int] = mapped_column(Integer)
    hour: Mapped[int] = mapped_column(Integer)
    service: Mapped[str] = mapped_column(String(1))
    counter: Mapped[int | None] = mapped_column(Integer, default=None)
    staff: Mapped[str | None] = mapped_column(String(200), default=None)
    arrival: Mapped[bool] = mapped_column(Boolean)
    corrected: Mapped[bool] = mapped_column(Boolean)
    queued_us: Mapped[int] = mapped_column(BigInteger)
    called_us: Mapped[int | None] = mapped_column(BigInteger, default=None)
    ended_us: Mapped[int | None] = mapped_column(BigInteger, default=None)
    day_end_us: Mapped[int] = mapped_column(BigInteger)
    end: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    handling_us: Mapped[int | None] = mapped_column(BigInteger, default=None)


class ReportTotal(Base):
    """The sums of a day's steps (see ReportStep) per service, way of ending and outcome,
    each step counted to the end of its day, with the service's target wait they were
    counted with (`target_us`): reports of ended days grouped by day, week, month, weekday,
    service or office read these. Counted again with the day's steps."""

    __tablename__ = "report_totals"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    service: Mapped[str] = mapped_column(String(1), primary_key=True)
    end: Mapped[str] = mapped_column(String(16), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(32), primary_key=True, default="")
    week: Mapped[str] = mapped_column(String(8))
    month: Mapped[str] = mapped_column(String(7))
    weekday: Mapped[int] = mapped_column(Integer)
    target_us: Mapped[int] = mapped_column(BigInteger)
    steps: Mapped[int] = mapped_column(BigInteger)
    arrivals: Mapped[int] = mapped_column(BigInteger)
    called: Mapped[int] = mapped_column(BigInteger)
    wait_sum: Mapped[int | None] = mapped_column(BigInteger)
    longest: Mapped[int | None] = mapped_column(BigInteger)
    met: Mapped[int] = mapped_column(BigInteger)
    counted: Mapped[int] = mapped_column(BigInteger)
    corrections: Mapped[int] = mapped_column(BigInteger)
    left_uncalled: Mapped[int] = mapped_column(BigInteger)
    handled: Mapped[int] = mapped_column(BigInteger)
    handling_sum: Mapped[int | None] = mapped_column(BigInteger)


class ReportDirty(Base):
    """A ticket whose row or events changed since its steps were last counted (written by
    triggers); `n` grows with every change."""

    __tablename__ = "report_dirty"

    ticket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


class Escalation(SyncedMixin, Base):
    """A problem sent to level 2: waiting in the outbox until the target takes it (queued),
    sent (with the Jira issue it made and that issue's state as last followed), or refused
    for a reason a person must correct (failed). Sent with the label `lett-<id>`, so a retry
    after a lost answer finds the issue instead of making another. Flows to desk and counter
    PCs (the adviser sees it wherever they sign in, and may close it there); only the PC that
    made it (`made_on`, its device id) sends and follows it."""

    __tablename__ = "escalations"
    __table_args__ = (Index("ix_escalations_state", "office_id", "state"),)

    office_id: Mapped[str] = mapped_column(String(36))
    # The device id of the PC that made it, which alone sends and follows it.
    made_on: Mapped[str] = mapped_column(String(36), default="")
    # The contact it came from (empty for a report of an IT problem).
    contact_id: Mapped[str] = mapped_column(String(36), default="")
    target: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    promised_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(8), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    # The last error as {"code": ..., "params": {...}} (app.core.errors), or empty.
    last_error: Mapped[str] = mapped_column(Text, default="")
    issue_key: Mapped[str] = mapped_column(String(64), default="")
    issue_url: Mapped[str] = mapped_column(String(500), default="")
    linked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(200), default="")
    status_category: Mapped[str] = mapped_column(String(32), default="")
    resolution: Mapped[str] = mapped_column(String(200), default="")
    assignee: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime | None] = mapped_column(default=None)
    followed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)



SYNCED_TABLES: tuple[type[SyncedMixin], ...] = (
    Office,
    Service,
    Counter,
    CounterService,
    Visit,
    Ticket,
    TicketEvent,
    StaffAccount,
    AdminChange,
    Issuance,
    OfficeSetting,
    Specialist,
    VisitPurpose,
    VisitorRegistration,
    ExpectedVisitor,
    PersonalDataAccess,
    WatchListEntry,
    RegisterSeries,
    RegisterEntry,
    StoredFile,
    NoticeTemplate,
    ContactTopic,
    Contact,
    ContactLink,
    CounterEvent,
    Scorecard,
    Evaluation,
    Goal,
    Escalation,
)


# -- server-only tables (the queue host and the central server) ----------------------------


class Device(Base):
    """An enrolled PC. Its id is the id of its local store; only a hash of its token is kept."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    # The highest outbox seq of this device applied here: its pushes are applied in order, so
    # every mutation id <device>:<seq> at or below it has been applied (or rejected) once.
    pushed_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class PushedChange(Base):
    """A change a device pushed, as the server last received it (the server): the digest of its
    table, row, operation and content, and the refusal it was answered with, if any. A change
    sent again is a duplicate only when its digest is the one kept for its seq; the same seq
    with other content comes from a store that went back in time or that two PCs share."""

    __tablename__ = "pushed_changes"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    # {"reason": ..., "params": {...}} for a refused change; None for one applied.
    refusal: Mapped[str | None] = mapped_column(Text, default=None)
    pushed_at: Mapped[datetime]


class Enrollment(Base):
    """A one-time code that lets one PC enroll into an office with a role, until it expires."""

    __tablename__ = "enrollments"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class StaffSession(Base):
    """A person signed in at the server through an enrolled desk or counter PC: what lets
    that PC change the office's configuration and accounts as them. Only a hash of its token
    is kept; it ends at `expires_at`, when closed, or when its device is revoked."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index("ix_staff_sessions_device", "device_id"),
                      Index("ix_staff_sessions_account", "account_id"))

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    account_id: Mapped[str] = mapped_column(ForeignKey("staff_accounts.id"))
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class ChangeLog(Base):
    """Every change to an office's synced rows, numbered without gaps per office, in commit
    order (written by triggers; the per-office head row serialises the numbering)."""

    __tablename__ = "change_log"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    row: Mapped[str] = mapped_column(Text)
    device_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger)


class ChangeLogHead(Base):
    __tablename__ = "change_log_heads"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class RowClock(Base):
    """Per-field clocks of a row whose fields were merged one by one: {field: [hlc, device]},
    with "*" for the fields not listed."""

    __tablename__ = "row_clocks"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clocks: Mapped[str] = mapped_column(Text)


class NumberBlock(Base):
    """Ticket numbers leased to a kiosk in advance, to issue while it cannot reach the host."""

    __tablename__ = "number_blocks"
    __table_args__ = (Index("ix_number_blocks_service_day", "service_id", "day"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"))
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"))
    day: Mapped[date] = mapped_column(Date)
    device_id: Mapped[str] = mapped_column(String(36))
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    leased_at: Mapped[datetime]


class FileBlob(Base):
    """A stored file of an office whose content the server has, by SHA-256: in the database,
    so every server instance on it serves every file. The content is in `file_blob_parts`."""

    __tablename__ = "file_blobs"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[datetime]


class FileBlobPart(Base):
    """One part of a file's content at the server, in order from 0: written and read a part
    at a time, so a 100 MB file never sits whole in the server's memory."""

    __tablename__ = "file_blob_parts"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class NumberCounter(Base):
    """The next number of one of an office's document number sequences in a year, at the
    server: the register's series ("register:<series id>") and the issuances ("issuances").
    Connected PCs take their numbers from here, so two PCs never give the same one."""

    __tablename__ = "number_counters"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[str] = mapped_column(String(80), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer)


class NumberLease(Base):
    """Numbers of a document number sequence leased to a PC in advance, to give while it
    cannot reach the server. Kept at the server (taken from its counter, so nobody else gives
    them) and at the PC that holds them."""

    __tablename__ = "number_leases"
    __table_args__ = (Index("ix_number_leases_holder", "office_id", "sequence", "year",
                            "device_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    office_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[str] = mapped_column(String(80))
    year: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(36))
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    leased_at: Mapped[datetime]


class RegisterText(Base):
    """What full-text search of the register reads for one entry: its registration number
    and title, its parties (sender, organisation, sender's number, addressee) and the text of
    its newest document PDF (`file_id`, empty while none is on this store). Derived from the
    register on this store, never synced: entries waiting in `register_text_queue` are indexed
    by app.operations.register_search. The search index over it is made by the migration
    (REGISTER_SEARCH_OBJECTS): an FTS5 table with this table as its content on SQLite, a
    generated tsvector column with a GIN index on PostgreSQL."""

    __tablename__ = "register_texts"
    __table_args__ = (
        Index("ix_register_texts_entry", "entry_id", unique=True),
        # The office's newest first: where a search looks first for the newest matches.
        Index("ix_register_texts_office", "office_id", "id"),
    )

    # An integer key: FTS5 finds the row by it (its rowid).
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(String(36))
    office_id: Mapped[str] = mapped_column(String(36))
    file_id: Mapped[str] = mapped_column(String(36), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    parties: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")


class RegisterTextQueue(Base):
    """An entry whose search text is to be made again: filled by triggers when an entry is
    added or its words change (by this PC or by sync), or a document file or its content
    arrives; `turn` grows at each, so an indexing that read an older turn leaves it queued."""

    __tablename__ = "register_text_queue"

    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    turn: Mapped[int] = mapped_column(Integer, default=1)


# The search index's own database objects, made by revision 0016 and not described above:
# SQLite's FTS5 table (with its shadow tables), PostgreSQL's tsvector column and GIN index.
REGISTER_SEARCH_OBJECTS = frozenset({
    "register_texts_fts", "register_texts_fts_data", "register_texts_fts_idx",
    "register_texts_fts_docsize", "register_texts_fts_config", "register_texts_fts_content",
    "search_vector", "ix_register_texts_search"})


class ReportGrant(Base):
    """An office whose reports a supervisor (or admin) account of another office may see at
    the server, granted there by its administrator (`lett server reports grant`). Server-only,
    never synced: it holds for as long as the account keeps one of those roles."""

    __tablename__ = "report_grants"

    account_id: Mapped[str] = mapped_column(ForeignKey("staff_accounts.id"), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(200))
    granted_at: Mapped[datetime]
