"""The contact journal: every conversation with a client recorded by channel and topic.

A contact is started (the timer of the Contacts tab) and ended, or recorded whole; it has a
topic of the office's topic tree, a short note, an outcome, who served, the language and
optionally the client. A counter contact is made by the queue when a ticket is called and
ends with the ticket's outcome (`counter_contact_row` here, the statements in
app.operations.queue.statements, run inside the queue's own transactions). A contact links
to what it produced: a visit, a ticket, a register entry or a notice.

The client's data is personal data: lists show only whether a contact has a client; reading
a contact with one, searching by client and anonymising it are recorded in the personal data
access log, as visitor data is. It is kept for the office's `retention.contact_days`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.core import config as config_rules
from app.core import contacts as rules
from app.core import idcode
from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import Use, fold
from app.operations.context import Context
from app.store.models import (
    Contact,
    ContactLink,
    ContactTopic,
    Service,
    Ticket,
)

PURPOSE_CONTACT = "advising a client"
PURPOSE_CONTACT_SEARCH = "search of contacts"
PURPOSE_RETENTION = "end of the retention period"
LIST_LIMIT = 500
# The newest contacts a search also matches as folded text (diacritics, Cyrillic
# transliterated), beyond the SQL search's exact words.
FOLDED_SEARCH_ROWS = 500

# -- views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicView:
    id: str
    code: str
    names: dict[str, str]
    parent_id: str | None
    service_code: str | None
    position: int
    active: bool
    depth: int = 0

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("et", "")


@dataclass(frozen=True)
class LinkView:
    kind: str
    target_id: str
    label: str
    linked_at: datetime
    linked_by: str


@dataclass(frozen=True)
class ContactView:
    """A contact as the lists show it: no client data, only whether there is a client."""

    id: str
    channel: str
    topic_id: str | None
    topic_code: str
    topic_names: dict[str, str]
    note: str
    outcome: str | None
    served_by: str
    started_at: datetime
    ended_at: datetime | None
    lang: str
    ticket_number: str
    has_client: bool
    anonymised: bool

    def topic(self, lang: str) -> str:
        return self.topic_names.get(lang) or self.topic_names.get("et", "")

    @property
    def minutes(self) -> int | None:
        return rules.duration_minutes(self.started_at, self.ended_at)


@dataclass(frozen=True)
class Client:
    name: str = ""
    code: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""

    def empty(self) -> bool:
        return not any((self.name, self.code, self.organisation, self.email, self.phone))


@dataclass(frozen=True)
class ContactDetails:
    """One contact with its client (the read is recorded) and what it produced."""

    contact: ContactView
    client: Client
    links: list[LinkView] = field(default_factory=list)


@dataclass(frozen=True)
class ContactForm:
    """A contact as staff record or change it. `topic`: a topic's code or id ("" none)."""

    channel: str
    topic: str = ""
    note: str = ""
    outcome: str | None = None
    lang: str = "et"
    client: Client = field(default_factory=Client)
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True)
class ContactQuery:
    """Which contacts a list shows: the signed-in person's only (`mine`), of some days, of a
    topic or channel, with a word of the note or the client's name or code (`text`)."""

    mine: bool = False
    day_from: date | None = None
    day_to: date | None = None
    topic: str = ""
    channel: str = ""
    text: str = ""
    limit: int = 200


@dataclass(frozen=True)
class CountRow:
    key: str
    names: dict[str, str]
    count: int
    minutes: int

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("et", "") or self.key


# -- topics ------------------------------------------------------------------------------


def _topics(s: Session, ctx: Context, active_only: bool = True) -> list[ContactTopic]:
    q = select(ContactTopic).where(ContactTopic.office_id == ctx.office_id,
                                   ContactTopic.deleted_at.is_(None))
    if active_only:
        q = q.where(ContactTopic.active.is_(True))
    return list(s.scalars(q.order_by(ContactTopic.position, ContactTopic.code)))


def _as_tree(rows: Sequence[ContactTopic], services: Mapping[str, str]) -> list[TopicView]:
    """The topics in tree order, each after its parent, with its depth."""
    children: dict[str | None, list[ContactTopic]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out: list[TopicView] = []

    def walk(parent: str | None, depth: int) -> None:
        for r in children.get(parent, []):
            out.append(TopicView(r.id, r.code, {"et": r.name_et, "ru": r.name_ru,
                                                "en": r.name_en},
                                 r.parent_id, services.get(r.service_id or ""), r.position,
                                 r.active, depth))
            walk(r.id, depth + 1)

    walk(None, 0)
    return out


def _service_codes(s: Session, ctx: Context) -> dict[str, str]:
    return {r.id: r.code for r in s.execute(select(Service.id, Service.code).where(
        Service.office_id == ctx.office_id))}


def list_topics(ctx: Context, include_withdrawn: bool = False) -> list[TopicView]:
    """The office's topic tree, parents before their subtopics."""
    ctx.require(Action.VIEW_CONTACTS)
    with ctx.db.read() as s:
        return _as_tree(_topics(s, ctx, not include_withdrawn), _service_codes(s, ctx))


def find_topic(s: Session, ctx: Context, ref: str) -> ContactTopic:
    """A topic by its code or id; NotFound naming the topics there are."""
    ref = ref.strip()
    rows = _topics(s, ctx, active_only=False)
    for r in rows:
        if r.id == ref or r.code == ref.lower():
            return r
    raise NotFound("unknown_topic", topic=ref,
                   choices=", ".join(r.code for r in rows if r.active) or "-")


def _names(names: Mapping[str, str]) -> dict[str, str]:
    """A topic's names: Estonian required, Russian and English as Estonian when not given."""
    et = config_rules.need_text("topic name", names.get("et", ""))
    return {"et": et,
            "ru": config_rules.optional_text("topic name", names.get("ru", ""), 200) or et,
            "en": config_rules.optional_text("topic name", names.get("en", ""), 200) or et}


def save_topic(ctx: Context, code: str, names: Mapping[str, str], parent: str = "",
               service_code: str = "", position: int | None = None,
               active: bool = True) -> TopicView:
    """Add a topic, or change the one with this code: its names, the topic it sits under and
    the service whose counter contacts take it by default (one topic per service: another
    topic of that service gives it up)."""
    ctx.require(Action.CONFIGURE)
    code = rules.check_topic_code(code)
    clean = _names(names)
    with ctx.db.write() as s:
        rows = _topics(s, ctx, active_only=False)
        row = next((r for r in rows if r.code == code), None)
        parent_row = find_topic(s, ctx, parent) if parent else None
        if parent_row is not None and row is not None:
            up: ContactTopic | None = parent_row
            by_id = {r.id: r for r in rows}
            while up is not None:
                if up.id == row.id:
                    raise Refused("contact_topic_parent")
                up = by_id.get(up.parent_id or "")
        service_id = None
        if service_code:
            service = s.scalar(select(Service).where(
                Service.office_id == ctx.office_id, Service.code == service_code.upper(),
                Service.deleted_at.is_(None)))
            if service is None:
                services = _service_codes(s, ctx)
                raise NotFound("unknown_service", service=service_code,
                               choices=", ".join(sorted(services.values())))
            service_id = service.id
            for other in rows:
                if other.service_id == service_id and other.code != code:
                    other.service_id = None
        if row is None:
            row = ContactTopic(office_id=ctx.office_id, code=code,
                               position=position if position is not None else len(rows))
            s.add(row)
        elif position is not None:
            row.position = position
        row.name_et, row.name_ru, row.name_en = clean["et"], clean["ru"], clean["en"]
        row.parent_id = parent_row.id if parent_row is not None else None
        row.service_id = service_id
        row.active = active
        s.flush()
        services = _service_codes(s, ctx)
        return _as_tree([row], services)[0]


def withdraw_topic(ctx: Context, code: str) -> None:
    """A topic is no longer offered; the contacts about it keep it."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.write() as s:
        row = find_topic(s, ctx, code)
        row.active = False
        row.service_id = None


def default_topics(ctx: Context) -> dict[str, str]:
    """service id -> the id of the topic its counter contacts take by default (kept for a
    few seconds: the queue reads it on every call)."""
    def load() -> dict[str, str]:
        with ctx.db.read_connection() as conn:
            return {r.service_id: r.id for r in conn.execute(
                select(ContactTopic.service_id, ContactTopic.id).where(
                    ContactTopic.office_id == ctx.office_id, ContactTopic.service_id.is_not(None),
                    ContactTopic.active.is_(True), ContactTopic.deleted_at.is_(None)))}

    return ctx.cached("contact_default_topics", load)


# -- recording ---------------------------------------------------------------------------


def retention_days(ctx: Context) -> int:
    """How many days a contact keeps its client's data (the office's setting; kept for a
    few seconds: the queue reads it on every call)."""
    from app.operations.config import office_settings

    def load() -> int:
        try:
            return int(office_settings(ctx)["retention.contact_days"])
        except KeyError:
            return rules.DEFAULT_RETENTION_DAYS

    return int(ctx.cached("contact_retention_days", load))


def _client(ctx: Context, client: Client) -> Client:
    phone, email = rules.check_contact_details(client.phone, client.email)
    code = rules.check_client_code(client.code, ctx.local().date())
    return Client(rules.check_client_text("name", client.name), code or "",
                  rules.check_client_text("organisation", client.organisation), email, phone)


def _log_use(s: Session, ctx: Context, use: Use, purpose: str, contact: Contact,
             code: str | None = None, **data: Any) -> None:
    """One use of a contact's client data in the personal data access log (the visitors'
    log, so a person's usage records show them too)."""
    from app.operations.visitors.records import log_use

    log_use(s, ctx, use, purpose,
            subject_code=code if code is not None else contact.client_code,
            contact_id=contact.id, **data)


def _has_client(row: Contact) -> bool:
    return bool(row.client_name or row.client_code or row.client_organisation
                or row.client_email or row.client_phone)


def _apply(s: Session, ctx: Context, row: Contact, form: ContactForm) -> None:
    row.channel = rules.check_channel(form.channel)
    row.topic_id = find_topic(s, ctx, form.topic).id if form.topic.strip() else None
    row.note = rules.check_note(form.note)
    row.outcome = rules.check_outcome(form.outcome)
    row.lang = form.lang if form.lang in config_rules.LANGUAGES else "et"
    client = _client(ctx, form.client)
    row.client_name, row.client_code = client.name, client.code or None
    row.client_organisation, row.client_email = client.organisation, client.email
    row.client_phone = client.phone


def start_contact(ctx: Context, channel: str, topic: str = "", lang: str = "et") -> ContactView:
    """A conversation begins now (the timer starts): an open contact of the signed-in person."""
    return add_contact(ctx, ContactForm(channel, topic, lang=lang, started_at=ctx.now()),
                       open_=True)


def add_contact(ctx: Context, form: ContactForm, open_: bool = False) -> ContactView:
    """Record a contact. Without times it started and ended now; `open_` leaves it going on."""
    ctx.require(Action.RECORD_CONTACTS)
    now = ctx.now()
    started = form.started_at or now
    ended = None if open_ else (form.ended_at or max(now, started))
    rules.check_times(started, ended)
    with ctx.db.write() as s:
        row = Contact(office_id=ctx.office_id, served_by=ctx.actor.name, started_at=started,
                      ended_at=ended, retain_until=contact_retain(ctx, started))
        _apply(s, ctx, row, form)
        if not open_ and row.outcome is None:
            row.outcome = rules.CONTACT_OUTCOMES[0]
        s.add(row)
        s.flush()
        if _has_client(row):
            _log_use(s, ctx, Use.REGISTER, PURPOSE_CONTACT, row)
        return _views(s, ctx, [row])[0]


def update_contact(ctx: Context, contact_id: str, form: ContactForm,
                   end: bool = False) -> ContactView:
    """Change a contact's topic, note, outcome, language or client; `end` ends it now (an
    open contact whose timer is stopped)."""
    ctx.require(Action.RECORD_CONTACTS)
    with ctx.db.write() as s:
        row = _contact(s, ctx, contact_id)
        had_client = _has_client(row)
        _apply(s, ctx, row, form)
        if end:
            if row.ended_at is not None:
                raise Refused("contact_already_ended")
            row.ended_at = max(ctx.now(), row.started_at)
            if row.outcome is None:
                row.outcome = rules.CONTACT_OUTCOMES[0]
        if _has_client(row) and not had_client:
            _log_use(s, ctx, Use.REGISTER, PURPOSE_CONTACT, row)
        return _views(s, ctx, [row])[0]


def end_contact(ctx: Context, contact_id: str, topic: str = "", note: str = "",
                outcome: str | None = None) -> ContactView:
    """Stop a contact's timer, with its topic, note and outcome."""
    ctx.require(Action.RECORD_CONTACTS)
    with ctx.db.write() as s:
        row = _contact(s, ctx, contact_id)
        if row.ended_at is not None:
            raise Refused("contact_already_ended")
        if topic.strip():
            row.topic_id = find_topic(s, ctx, topic).id
        if note.strip():
            row.note = rules.check_note(note)
        row.outcome = rules.check_outcome(outcome) or row.outcome or rules.CONTACT_OUTCOMES[0]
        row.ended_at = max(ctx.now(), row.started_at)
        return _views(s, ctx, [row])[0]


def open_contact(ctx: Context) -> ContactView | None:
    """The signed-in person's contact going on now (the newest), if any."""
    ctx.require(Action.VIEW_CONTACTS)
    with ctx.db.read() as s:
        row = s.scalars(select(Contact).where(
            Contact.office_id == ctx.office_id, Contact.served_by == ctx.actor.name,
            Contact.ended_at.is_(None), Contact.ticket_id.is_(None),
            Contact.deleted_at.is_(None)).order_by(Contact.started_at.desc())).first()
        return _views(s, ctx, [row])[0] if row is not None else None


def link_contact(ctx: Context, contact_id: str, kind: str, target_id: str,
                 label: str = "") -> LinkView:
    """Note what a contact produced: a visit, a ticket, a register entry or a notice."""
    ctx.require(Action.RECORD_CONTACTS)
    column = rules.LINK_KINDS[rules.check_link_kind(kind)]
    with ctx.db.write() as s:
        _contact(s, ctx, contact_id)
        row = ContactLink(office_id=ctx.office_id, contact_id=contact_id, kind=kind,
                          label=label.strip()[:64], linked_at=ctx.now(),
                          linked_by=ctx.actor.name)
        setattr(row, column, target_id)
        s.add(row)
        return _link_view(row)


def link_by_number(ctx: Context, contact_id: str, kind: str, number: str) -> LinkView:
    """Link what a contact produced by the number staff see on it: a ticket of today (and
    the visit registered with it), a register entry's or a notice's registration number."""
    from app.store.models import Issuance, RegisterEntry, VisitorRegistration

    rules.check_link_kind(kind)
    number = number.strip()
    with ctx.db.read() as s:
        target: str | None = None
        if kind == "ticket":
            target = s.scalar(select(Ticket.id).where(
                Ticket.office_id == ctx.office_id, Ticket.number == number.upper(),
                Ticket.day == ctx.local().date()))
        elif kind == "visit":
            target = s.scalar(select(VisitorRegistration.id).where(
                VisitorRegistration.office_id == ctx.office_id,
                VisitorRegistration.ticket_number == number.upper(),
                VisitorRegistration.arrived_at >= _day_start(ctx, ctx.local().date())))
        elif kind == "register_entry":
            target = s.scalar(select(RegisterEntry.id).where(
                RegisterEntry.office_id == ctx.office_id,
                RegisterEntry.registry_number == number))
        else:
            target = s.scalar(select(Issuance.id).where(
                Issuance.office_id == ctx.office_id, Issuance.registry_number == number))
    if target is None:
        raise NotFound("contact_link_unknown", number=number)
    return link_contact(ctx, contact_id, kind, target, number.upper() if kind in (
        "ticket", "visit") else number)


# -- reading -----------------------------------------------------------------------------


def _contact(s: Session, ctx: Context, contact_id: str) -> Contact:
    row = s.get(Contact, contact_id)
    if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
        raise NotFound("unknown_contact")
    return row


def _link_view(row: ContactLink) -> LinkView:
    target = getattr(row, rules.LINK_KINDS.get(row.kind, "ticket_id")) or ""
    return LinkView(row.kind, target, row.label, row.linked_at, row.linked_by)


def _views(s: Session, ctx: Context, rows: Sequence[Contact]) -> list[ContactView]:
    topic_ids = {r.topic_id for r in rows if r.topic_id}
    topics = {t.id: t for t in s.scalars(select(ContactTopic).where(
        ContactTopic.id.in_(topic_ids)))} if topic_ids else {}
    ticket_ids = {r.ticket_id for r in rows if r.ticket_id}
    numbers = dict(s.execute(select(Ticket.id, Ticket.number).where(
        Ticket.id.in_(ticket_ids))).all()) if ticket_ids else {}
    out = []
    for r in rows:
        t = topics.get(r.topic_id or "")
        out.append(ContactView(
            r.id, r.channel, r.topic_id, t.code if t else "",
            {"et": t.name_et, "ru": t.name_ru, "en": t.name_en} if t else {}, r.note,
            r.outcome, r.served_by, r.started_at, r.ended_at, r.lang,
            numbers.get(r.ticket_id or "", ""), _has_client(r), r.anonymised_at is not None))
    return out


def _day_start(ctx: Context, day: date) -> datetime:
    return datetime.combine(day, time(0), ctx.timezone)


def _filtered(s: Session, ctx: Context, query: ContactQuery) -> Any:
    q = select(Contact).where(Contact.office_id == ctx.office_id, Contact.deleted_at.is_(None))
    if query.mine:
        q = q.where(Contact.served_by == ctx.actor.name)
    if query.day_from is not None:
        q = q.where(Contact.started_at >= _day_start(ctx, query.day_from))
    if query.day_to is not None:
        q = q.where(Contact.started_at < _day_start(ctx, query.day_to + timedelta(days=1)))
    if query.topic.strip():
        topic = find_topic(s, ctx, query.topic)
        below = _subtopics(s, ctx, topic.id)
        q = q.where(Contact.topic_id.in_(below))
    if query.channel.strip():
        q = q.where(Contact.channel == rules.check_channel(query.channel.strip()))
    return q


def _subtopics(s: Session, ctx: Context, topic_id: str) -> set[str]:
    rows = _topics(s, ctx, active_only=False)
    found = {topic_id}
    grew = True
    while grew:
        more = {r.id for r in rows if r.parent_id in found} - found
        found |= more
        grew = bool(more)
    return found


def list_contacts(ctx: Context, query: ContactQuery = ContactQuery()) -> list[ContactView]:
    """Contacts newest first, without their clients' data. With `text`, those whose note or
    client (name, organisation, code) holds it; each one found by its client is recorded as a
    search use of that client's data."""
    ctx.require(Action.VIEW_CONTACTS)
    limit = max(1, min(query.limit, LIST_LIMIT))
    text = query.text.strip()
    with ctx.db.write() if text else ctx.db.read() as s:
        q = _filtered(s, ctx, query).order_by(Contact.started_at.desc(), Contact.id.desc())
        if not text:
            return _views(s, ctx, list(s.scalars(q.limit(limit))))
        return _search(s, ctx, q, text, limit)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search(s: Session, ctx: Context, q: Any, text: str, limit: int) -> list[ContactView]:
    """Contacts whose note or client holds every word of `text` (or whose client has the code
    typed). In SQL over the whole journal (LIKE, case-insensitive, each word in one of the
    fields), so old contacts are found too; and, for the newest contacts, also as folded
    text (diacritics and Cyrillic transliterated, as visitor search matches names)."""
    words = fold(text).split()
    typed = text.split()
    code = idcode.normalise(text)
    by_code = bool(code) and code.isdigit()
    # The fields searched as one text (one LIKE a word, not four), a line apart so that no
    # word is found across two of them.
    searched = (Contact.note + "\n" + Contact.client_name + "\n"
                + Contact.client_organisation + "\n" + Contact.client_email)
    conditions = []
    # SQLite's LIKE ignores the case of ASCII letters already (lower() on every row would
    # double the search's time); PostgreSQL's needs ILIKE.
    sqlite = ctx.db.dialect == "sqlite"
    if typed:
        conditions.append(and_(*[
            searched.like(_like(w), escape="\\") if sqlite
            else searched.ilike(_like(w), escape="\\") for w in typed]))
    if by_code:
        conditions.append(Contact.client_code == code)
    rows: dict[str, Contact] = {}
    if conditions:
        for row in s.scalars(q.where(or_(*conditions)).limit(limit)):
            rows[row.id] = row
    for row in s.scalars(q.limit(FOLDED_SEARCH_ROWS)):
        if row.id in rows:
            continue
        note = fold(row.note)
        client = fold(f"{row.client_name} {row.client_organisation} {row.client_email}")
        if (words and (all(w in note for w in words) or all(w in client for w in words))) \
                or (by_code and row.client_code == code):
            rows[row.id] = row
    found = sorted(rows.values(), key=lambda r: (r.started_at, r.id), reverse=True)[:limit]
    for row in found:
        client = fold(f"{row.client_name} {row.client_organisation} {row.client_email}")
        in_client = (bool(words) and all(w in client for w in words)) or (
            by_code and row.client_code == code) or (bool(typed) and all(any(
                w.casefold() in str(v).casefold() for v in (row.client_name,
                                                             row.client_organisation,
                                                             row.client_email))
                for w in typed))
        if in_client:
            _log_use(s, ctx, Use.SEARCH, PURPOSE_CONTACT_SEARCH, row, query=text[:100])
    return _views(s, ctx, found)


def contact_details(ctx: Context, contact_id: str) -> ContactDetails:
    """One contact with its client and links; reading a client's data is recorded."""
    ctx.require(Action.VIEW_CONTACTS)
    with ctx.db.write() as s:
        row = _contact(s, ctx, contact_id)
        if _has_client(row):
            _log_use(s, ctx, Use.READ, PURPOSE_CONTACT, row)
        links = [_link_view(r) for r in s.scalars(select(ContactLink).where(
            ContactLink.contact_id == row.id, ContactLink.deleted_at.is_(None)).order_by(
            ContactLink.linked_at))]
        client = Client(row.client_name, row.client_code or "", row.client_organisation,
                        row.client_email, row.client_phone)
        return ContactDetails(_views(s, ctx, [row])[0], client, links)


def contact_counts(ctx: Context, by: str, query: ContactQuery = ContactQuery()
                   ) -> list[CountRow]:
    """How many contacts (and minutes) by topic or by channel, most first."""
    ctx.require(Action.VIEW_CONTACTS)
    column = Contact.topic_id if by == "topic" else Contact.channel
    with ctx.db.read() as s:
        base = _filtered(s, ctx, query).subquery()
        minutes = func.sum(func.coalesce(
            (func.julianday(base.c.ended_at) - func.julianday(base.c.started_at)) * 1440, 0)
        ) if ctx.db.dialect == "sqlite" else func.sum(func.coalesce(
            func.extract("epoch", base.c.ended_at - base.c.started_at) / 60, 0))
        key = base.c.topic_id if by == "topic" else base.c.channel
        rows = s.execute(select(key, func.count(), minutes).group_by(key)
                         .order_by(func.count().desc())).all()
        topics = {t.id: t for t in _topics(s, ctx, active_only=False)}
        out = []
        for k, count, mins in rows:
            t = topics.get(k or "") if column is Contact.topic_id else None
            names = {"et": t.name_et, "ru": t.name_ru, "en": t.name_en} if t else {}
            out.append(CountRow(k or "", names, int(count), int(round(mins or 0))))
        return out


# -- the queue's counter contacts --------------------------------------------------------


def contact_retain(ctx: Context, started_at: datetime) -> datetime:
    """Until when a contact started at `started_at` keeps its client's data."""
    return rules.retain_until(started_at, retention_days(ctx))


def counter_contact_row(ctx: Context, ticket: Any, counter_id: str, at: datetime,
                        stamp: Mapping[str, Any], topic_id: str | None,
                        retain: datetime) -> dict[str, Any]:
    """The contact a counter starts by calling `ticket`, as one row to insert in the call's
    own transaction: about its service's default topic (`default_topics`), in the ticket's
    language."""
    from app.core.ids import uuid7

    return {
        "id": uuid7(), "office_id": ctx.office_id, "channel": rules.Channel.COUNTER.value,
        "topic_id": topic_id, "note": "", "outcome": None, "served_by": ctx.actor.name,
        "started_at": at, "ended_at": None, "lang": ticket.lang, "counter_id": counter_id,
        "ticket_id": ticket.id, "client_name": "", "client_code": None,
        "client_organisation": "", "client_email": "", "client_phone": "",
        "retain_until": retain, "anonymised_at": None, "deleted_at": None, **stamp,
    }


# -- retention ---------------------------------------------------------------------------


def anonymise_expired_contacts(ctx: Context) -> int:
    """Clear the client's data and the note of every contact whose retention has passed
    (recorded); its channel, topic, outcome and times stay for the office's figures. The
    descriptions of its escalations, which hold the note (and the client's details where the
    client agreed), are cleared with it; their summary, target and Jira issue stay."""
    from app.store.models import Escalation

    now = ctx.now()
    count = 0
    with ctx.db.write() as s:
        for row in s.scalars(select(Contact).where(
                Contact.office_id == ctx.office_id, Contact.anonymised_at.is_(None),
                Contact.retain_until <= now)):
            for escalated in s.scalars(select(Escalation).where(
                    Escalation.office_id == ctx.office_id, Escalation.contact_id == row.id,
                    Escalation.description != "")):
                escalated.description = ""
            code = row.client_code
            had_client = _has_client(row)
            row.client_name = row.client_organisation = ""
            row.client_email = row.client_phone = ""
            row.client_code = None
            row.note = ""
            row.anonymised_at = now
            if row.ended_at is None:
                row.ended_at = max(now, row.started_at)
            if had_client:
                _log_use(s, ctx, Use.ANONYMISE, PURPOSE_RETENTION, row, code=code)
            count += 1
    return count


DEMO_TOPICS = (
    ("pension", "Pension", "Пенсия", "Pension", "", "A"),
    ("pension-abroad", "Pension välismaal", "Пенсия за рубежом", "Pension abroad", "pension",
     ""),
    ("benefit", "Toetused", "Пособия", "Benefits", "", "B"),
    ("documents", "Dokumendid ja tõendid", "Документы и справки", "Documents and certificates",
     "", "C"),
    ("portal", "E-teenused ja volitused", "Э-услуги и доверенности", "E-services and powers",
     "", ""),
    ("other", "Muu", "Другое", "Other", "", ""),
)


def create_demo_topics(ctx: Context) -> None:
    """The demo office's topic tree, unless it has topics."""
    with ctx.db.read() as s:
        if _topics(s, ctx, active_only=False):
            return
    for position, (code, et, ru, en, parent, service) in enumerate(DEMO_TOPICS):
        save_topic(ctx, code, {"et": et, "ru": ru, "en": en}, parent, service, position)
