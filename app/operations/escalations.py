"""Escalation to level 2 as staff do it: from a contact, a form filled from what is known; the
escalations a person made, with what each needs of them now; closing one once the client is
told the answer (an e-mail in the client's language, or a note that they phoned); a report of
an IT problem with this PC's diagnostics; and the rounds that send the outbox and follow the
sent ones (app.integrations.escalations), as the staff window's background worker runs them.

The client's data goes to level 2 only with the client's consent, and only the fields the
adviser chose; that disclosure, like the e-mail telling the client the answer, is recorded in
the personal data access log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import escalation as rules
from app.core.errors import InvalidInput, LettError, NotFound, Refused
from app.core.permissions import Action
from app.core.visitors import Use
from app.i18n import code_name, translate
from app.integrations import escalations as outbox
from app.operations import contacts as journal
from app.operations.context import Context
from app.store.models import Contact, Escalation

CONTEXT = "escalations"
PURPOSE_ESCALATION = "escalation to level 2"
PURPOSE_ANSWER = "telling the client the answer"
# The answer date a draft promises: this many working days ahead.
PROMISE_WORKING_DAYS = 3
# What level 2 may be given of the client, in the order the form offers it.
CLIENT_FIELDS: tuple[str, ...] = ("name", "code", "organisation", "email", "phone")
HOW_EMAIL = "email"
HOW_PHONE = "phone"
# Level 2 are the office's specialists: what Lett writes to them is in its working language.
LEVEL2_LANG = "et"


@dataclass(frozen=True)
class TargetChoice:
    code: str
    name: str
    kind: str
    it_support: bool


@dataclass(frozen=True)
class EscalationDraft:
    """The form of an escalation from one contact, filled from what is known."""

    contact_id: str
    summary: str
    description: str
    targets: list[TargetChoice]
    promised_on: date
    client: journal.Client
    lang: str


@dataclass(frozen=True)
class EscalationView:
    id: str
    target: str
    target_name: str
    summary: str
    state: str
    issue_key: str
    issue_url: str
    status: str
    status_category: str
    resolution: str
    assignee: str
    created_at: datetime
    updated_at: datetime | None
    promised_on: date | None
    contact_id: str
    created_by: str
    closed_at: datetime | None
    error: LettError | None
    attention: str

    def age_days(self, now: datetime) -> int:
        return max(0, (now - self.created_at).days)


@dataclass(frozen=True)
class Round:
    """What one background round did: the outcomes, and how long the next round must wait at
    least (a busy Jira's Retry-After)."""

    outcomes: list[outbox.Outcome] = field(default_factory=list)
    wait_s: float = 0.0


# -- reading ---------------------------------------------------------------------------------


def _setting(ctx: Context) -> list[dict[str, str]]:
    from app.operations.config import office_settings

    return list(office_settings(ctx)["escalation.targets"])


def _closed(ctx: Context) -> Any:
    from app.operations.config import closed_days, office_settings

    settings = office_settings(ctx)
    today = ctx.local().date()
    days = closed_days(settings, today.year)
    hours = settings.get("office.hours") or {}
    weekdays = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    open_days = {d for d in weekdays if hours.get(d)} if hours else {"mon", "tue", "wed",
                                                                       "thu", "fri"}
    return lambda day: day in days or weekdays[day.weekday()] not in open_days


def target_choices(ctx: Context) -> list[TargetChoice]:
    """The office's level-2 targets, as the form offers them."""
    ctx.require(Action.RECORD_CONTACTS)
    return [TargetChoice(t.code, t.name, t.kind, t.role == rules.IT_SUPPORT)
            for t in rules.targets(_setting(ctx))]


def draft(ctx: Context, details: journal.ContactDetails, lang: str) -> EscalationDraft:
    """The escalation form for an opened contact: its summary from the topic and the note's
    first line, its description from the channel, the topic, the time and the note (the
    client is added only when the client agrees, see `escalate`), an answer date a few
    working days ahead."""
    ctx.require(Action.RECORD_CONTACTS)
    contact = details.contact
    topic = contact.topic(LEVEL2_LANG)
    first = next((line.strip() for line in contact.note.splitlines() if line.strip()), "")
    summary = " \u2013 ".join(p for p in (topic, first) if p)[:outbox.SUMMARY_LIMIT]
    when = ctx.local(contact.started_at).strftime("%d.%m.%Y %H:%M")
    channel = code_name("channels", contact.channel, LEVEL2_LANG)
    lines = [
        translate(CONTEXT, "Contact: {channel}, {time}, served by {person}", LEVEL2_LANG
                  ).format(channel=channel, time=when, person=contact.served_by),
    ]
    if topic:
        lines.append(translate(CONTEXT, "Topic: {topic}", LEVEL2_LANG).format(topic=topic))
    if contact.ticket_number:
        lines.append(translate(CONTEXT, "Ticket: {number}", LEVEL2_LANG).format(
            number=contact.ticket_number))
    lines.append(translate(CONTEXT, "Client's language: {lang}", LEVEL2_LANG).format(
        lang=contact.lang))
    if contact.note:
        lines += ["", contact.note]
    promised = rules.working_days_after(ctx.local().date(), PROMISE_WORKING_DAYS, _closed(ctx))
    return EscalationDraft(contact.id, summary, "\n".join(lines), target_choices(ctx),
                           promised, details.client, contact.lang)


def _contact_row(s: Any, ctx: Context, contact_id: str) -> Contact:
    row = s.get(Contact, contact_id)
    if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
        raise NotFound("unknown_contact")
    return row


def client_lines(row: Contact, share: Sequence[str]) -> list[str]:
    """The client's data level 2 is given: the chosen fields the contact has."""
    lang = LEVEL2_LANG
    labels = {
        "name": (row.client_name, translate(CONTEXT, "Name: {value}", lang)),
        "code": (row.client_code or "",
                 translate(CONTEXT, "Personal or registry code: {value}", lang)),
        "organisation": (row.client_organisation,
                         translate(CONTEXT, "Organisation: {value}", lang)),
        "email": (row.client_email, translate(CONTEXT, "E-mail: {value}", lang)),
        "phone": (row.client_phone, translate(CONTEXT, "Phone: {value}", lang)),
    }
    out = [labels[name][1].format(value=labels[name][0]) for name in CLIENT_FIELDS
           if name in share and labels[name][0]]
    if out:
        out.insert(0, translate(CONTEXT, "The client (with their consent):", LEVEL2_LANG))
    return out


def escalate(ctx: Context, contact_id: str, target: str, summary: str, description: str,
             promised_on: date | None, share: Sequence[str] = ()) -> EscalationView:
    """Put an escalation of a contact in the outbox, for the background worker to send. The
    client's data is added only for the fields in `share` (the client agreed), and that
    disclosure is recorded."""
    ctx.require(Action.RECORD_CONTACTS)
    setting = _setting(ctx)
    if not setting:
        raise Refused("escalation_no_targets")
    chosen = rules.find_target(setting, target)
    if not " ".join(summary.split()):
        raise InvalidInput("escalation_empty")
    if promised_on is not None and promised_on < ctx.local().date():
        raise InvalidInput("escalation_promised_past", day=promised_on.strftime("%d.%m.%Y"))
    unknown = [name for name in share if name not in CLIENT_FIELDS]
    if unknown:
        raise InvalidInput("bad_value", field="client", detail=", ".join(unknown)[:80])
    with ctx.db.read() as s:
        contact = _contact_row(s, ctx, contact_id)
        extra = client_lines(contact, share)
    text = description.strip()
    if extra:
        text = "\n".join([text, "", *extra]) if text else "\n".join(extra)
    row = outbox.queue(ctx.db, ctx.office_id, setting, chosen.code, summary, text,
                       now=ctx.now(), contact_id=contact_id, promised_on=promised_on,
                       created_by=ctx.actor.name)
    if extra:
        with ctx.db.write() as s:
            contact = _contact_row(s, ctx, contact_id)
            journal._log_use(s, ctx, Use.NOTIFY, PURPOSE_ESCALATION, contact,
                             receiver=f"{chosen.name} ({chosen.code})", escalation=row.id,
                             fields=[n for n in CLIENT_FIELDS if n in share])
    return _view(ctx, row, {t.code: t.name for t in rules.targets(setting)}, _closed(ctx))


def _view(ctx: Context, row: Escalation, names: dict[str, str], closed: Any) -> EscalationView:
    return EscalationView(
        row.id, row.target, names.get(row.target, row.target), row.summary, row.state,
        row.issue_key, row.issue_url, row.status, row.status_category, row.resolution,
        row.assignee, row.created_at, row.updated_at, row.promised_on, row.contact_id,
        row.created_by, row.closed_at, outbox.stored_error(row),
        rules.attention(state=row.state, status_category=row.status_category,
                        resolution=row.resolution, promised_on=row.promised_on,
                        closed_at=row.closed_at, today=ctx.local().date(), closed=closed))


def my_escalations(ctx: Context, include_closed: bool = False) -> list[EscalationView]:
    """The escalations the signed-in person made, newest first, each with why it needs them
    now (`attention`)."""
    ctx.require(Action.RECORD_CONTACTS)
    query = select(Escalation).where(Escalation.office_id == ctx.office_id,
                                     Escalation.created_by == ctx.actor.name)
    if not include_closed:
        query = query.where(Escalation.closed_at.is_(None))
    with ctx.db.read() as s:
        rows = list(s.scalars(query.order_by(Escalation.created_at.desc(),
                                             Escalation.id.desc()).limit(500)))
    try:
        names = {t.code: t.name for t in rules.targets(_setting(ctx))}
    except LettError:
        names = {}
    closed = _closed(ctx)
    return [_view(ctx, row, names, closed) for row in rows]


def attention_count(views: Sequence[EscalationView]) -> int:
    return sum(1 for v in views if v.attention)


def retry(ctx: Context, escalation_id: str) -> EscalationView:
    """A failed escalation back in the outbox (its target was corrected)."""
    row = _own(ctx, escalation_id)
    outbox.retry(ctx.db, row.id)
    return _one(ctx, row.id)


def _own(ctx: Context, escalation_id: str) -> Escalation:
    ctx.require(Action.RECORD_CONTACTS)
    row = outbox.escalation(ctx.db, escalation_id)
    if row.office_id != ctx.office_id:
        raise NotFound("escalation_unknown", escalation=escalation_id[:40])
    return row


def _one(ctx: Context, escalation_id: str) -> EscalationView:
    row = outbox.escalation(ctx.db, escalation_id)
    try:
        names = {t.code: t.name for t in rules.targets(_setting(ctx))}
    except LettError:
        names = {}
    return _view(ctx, row, names, _closed(ctx))


# -- telling the client and closing ----------------------------------------------------------


def answer_template(ctx: Context, escalation_id: str) -> tuple[str, str, str, str]:
    """(language, address, subject, text) of the e-mail that tells the client the answer, in
    the client's language, for the adviser to complete; the address is "" when the contact
    has none, and all is "" for an escalation without a contact (a report of an IT
    problem)."""
    row = _own(ctx, escalation_id)
    if not row.contact_id:  # a report of an IT problem: nobody to e-mail, only to close
        return "et", "", "", ""
    with ctx.db.read() as s:
        contact = _contact_row(s, ctx, row.contact_id)
        lang, address = contact.lang, contact.client_email
        asked = ctx.local(contact.started_at).strftime("%d.%m.%Y")
        name = contact.client_name
    from app.operations.config import office_config

    office = office_config(ctx).office.name
    greeting = (translate(CONTEXT, "Dear {name},", lang).format(name=name) if name
                else translate(CONTEXT, "Hello,", lang))
    subject = translate(CONTEXT, "The answer to your question of {day}", lang).format(day=asked)
    text = "\n".join([
        greeting, "",
        translate(CONTEXT, "You asked us on {day}: {summary}", lang).format(
            day=asked, summary=row.summary),
        "",
        translate(CONTEXT, "The answer:", lang),
        "",
        "",
        translate(CONTEXT, "If you have more questions, answer this e-mail or call us.", lang),
        "",
        translate(CONTEXT, "Kind regards,", lang),
        office,
    ])
    return lang, address, subject, text


def answer_message(sender: str, to: str, subject: str, text: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = " ".join(subject.split())[:200]
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(text)
    return message


def close_escalation(ctx: Context, escalation_id: str, how: str, *, server: Any = None,
                     subject: str = "", text: str = "", note: str = "",
                     lang: str = "et") -> EscalationView:
    """The client is told the answer and the escalation is closed with its contact: `how`
    is "email" (the text goes to the contact's client address through the office's mail
    server, recorded as a use of the client's data) or "phone" (the adviser phoned). The
    contact gets a line saying so (in `lang`, the adviser's) and is ended if still open."""
    row = _own(ctx, escalation_id)
    if row.closed_at is not None:
        raise Refused("escalation_already_closed")
    if how not in (HOW_EMAIL, HOW_PHONE):
        raise InvalidInput("bad_value", field="how", detail=how[:20])
    contact_id = row.contact_id
    if how == HOW_EMAIL:
        if not contact_id:
            raise Refused("escalation_no_contact")
        if not text.strip():
            raise InvalidInput("bad_value", field="text", detail="empty")
        with ctx.db.read() as s:
            address = _contact_row(s, ctx, contact_id).client_email
        if not address:
            raise Refused("escalation_no_client_email")
        if server is None or not server.host or not server.sender:
            raise Refused("no_mail_server")
        from app.documents.mail import send

        send(server, answer_message(server.sender, address, subject, text))
    told = (translate(CONTEXT, "The answer was e-mailed to the client ({key}).", lang)
            if how == HOW_EMAIL else
            translate(CONTEXT, "The client was told the answer by phone ({key}).", lang)
            ).format(key=row.issue_key or row.target)
    if note.strip():
        told = f"{told} {' '.join(note.split())}"
    outbox.close(ctx.db, row.id, ctx.now())
    if contact_id:
        with ctx.db.write() as s:
            contact = _contact_row(s, ctx, contact_id)
            contact.note = (f"{contact.note}\n{told}" if contact.note else told)[
                -journal.rules.NOTE_LENGTH:]
            if contact.ended_at is None:
                contact.ended_at = max(ctx.now(), contact.started_at)
                contact.outcome = contact.outcome or journal.rules.CONTACT_OUTCOMES[0]
            if how == HOW_EMAIL:
                journal._log_use(s, ctx, Use.NOTIFY, PURPOSE_ANSWER, contact,
                                 receiver=contact.client_email, escalation=row.id)
    return _one(ctx, row.id)


# -- reporting an IT problem -----------------------------------------------------------------


def it_target(ctx: Context) -> TargetChoice:
    ctx.require(Action.RECORD_CONTACTS)
    setting = _setting(ctx)
    if not setting:
        raise Refused("escalation_no_targets")
    t = rules.it_support_target(setting)
    return TargetChoice(t.code, t.name, t.kind, True)


def it_diagnostics(ctx: Context, home: Path, printer_uri: str, server: str,
                   lang: str) -> Any:
    """This PC's diagnostics: its version, the ticket printer's answer to a status query,
    the sync state and the log's last errors (app.integrations.it_report)."""
    from app.integrations import it_report

    printer = it_report.printer_text("", lang)
    if printer_uri:
        try:
            from printers.errors import PrinterError
            from printers.status import query_status

            try:
                status = query_status(printer_uri)
                problem = ("offline" if not status.online else "paper_out"
                           if status.paper_out else "cover_open" if status.cover_open
                           else "")
                printer = it_report.printer_text(printer_uri, lang, problem or None,
                                                 status.reported)
            except PrinterError as exc:
                printer = it_report.printer_text(printer_uri, lang, error=str(exc))
        except Exception as exc:  # a printer address this PC cannot even parse
            printer = it_report.printer_text(printer_uri, lang, error=type(exc).__name__)
    return it_report.diagnostics(ctx.db, home, lang, printer=printer, server=server)


def report_it_problem(ctx: Context, description: str, diagnostics: Any,
                      lang: str) -> EscalationView:
    """Send an IT problem to the IT support target with the diagnostics the person saw."""
    from app.integrations import it_report

    ctx.require(Action.RECORD_CONTACTS)
    if not description.strip():
        raise InvalidInput("escalation_empty")
    setting = _setting(ctx)
    if not setting:
        raise Refused("escalation_no_targets")
    target = rules.it_support_target(setting)
    report = it_report.it_problem(description, diagnostics, lang, ctx.now())
    row = outbox.queue(ctx.db, ctx.office_id, setting, target.code, report.summary,
                       report.text, now=ctx.now(), created_by=ctx.actor.name)
    return _view(ctx, row, {target.code: target.name}, _closed(ctx))


# -- the background rounds -------------------------------------------------------------------


def background_round(ctx: Context, home: Path, mail_server: Any, follow: bool,
                     client_for: Any = None) -> Round:
    """Send what is due in this PC's outbox and, with `follow`, read the state of the sent
    ones. Never raises for Jira or the network: their errors stay on the rows."""
    from app.integrations.jira import credentials
    from app.integrations.jira.client import JiraClient

    setting = _setting(ctx)
    if not setting:
        return Round()

    def token_for(target: rules.Target) -> str:
        return credentials.load_token(home, target.site, target.user)

    def send_mail(message: EmailMessage) -> None:
        from app.documents.mail import send

        send(mail_server, message)

    making = client_for or JiraClient.for_target
    mailer = send_mail if mail_server is not None and mail_server.host else None
    sender = mail_server.sender if mail_server is not None else ""
    outcomes = outbox.send_waiting(ctx.db, ctx.office_id, setting, now=ctx.now(),
                                   token_for=token_for, client_for=making, send_mail=mailer,
                                   sender=sender)
    if follow:
        outcomes += outbox.follow(ctx.db, ctx.office_id, setting, now=ctx.now(),
                                  token_for=token_for, client_for=making)
    wait = max((float(o.error.params.get("seconds", 0)) for o in outcomes
                if o.error is not None and o.error.code == "jira_busy"), default=0.0)
    return Round(outcomes, wait)


# -- the targets' configuration --------------------------------------------------------------


def save_target(ctx: Context, value: dict[str, Any], replacing: str = "") -> list[dict[str, str]]:
    """Add a level-2 target, or change the one coded `replacing`; the whole setting is
    checked before it is kept."""
    from app.operations.config import update_settings

    ctx.require(Action.CONFIGURE)
    setting = [t for t in _setting(ctx) if t["code"] != (replacing or value.get("code"))]
    checked = rules.check_target(value)
    if checked.role == rules.IT_SUPPORT:
        setting = [{k: v for k, v in t.items() if k != "role"} for t in setting]
    setting.append(checked.as_dict())
    return list(update_settings(ctx, {"escalation.targets": setting})["escalation.targets"])


def remove_target(ctx: Context, code: str) -> list[dict[str, str]]:
    from app.operations.config import update_settings

    ctx.require(Action.CONFIGURE)
    setting = [t for t in _setting(ctx) if t["code"] != code]
    return list(update_settings(ctx, {"escalation.targets": setting})["escalation.targets"])


def save_token(ctx: Context, home: Path, value: dict[str, Any], token: str) -> None:
    """Keep a Jira target's token on this PC (the OS keyring), never in the settings."""
    from app.integrations.jira import credentials

    ctx.require(Action.CONFIGURE)
    target = rules.check_target(value)
    if not target.is_jira:
        return
    credentials.save_token(home, target.site, target.user, token.strip())


def try_target(ctx: Context, home: Path, value: dict[str, Any], token: str = "",
                mail_server: Any = None, client_for: Any = None) -> str:
    """Try a target as typed: a Jira target's token (the one typed, else the one kept) and
    its project and issue type or request type; an e-mail target's mail server answering.
    What was found; a LettError saying what is wrong."""
    from app.integrations.jira import credentials
    from app.integrations.jira.client import JiraClient

    ctx.require(Action.CONFIGURE)
    target = rules.check_target(value)
    if target.is_jira:
        secret = token.strip() or credentials.load_token(home, target.site, target.user)
        with (client_for or JiraClient.for_target)(target, secret) as client:
            return str(client.check(target))
    if mail_server is None or not mail_server.host or not mail_server.sender:
        raise Refused("no_mail_server")
    import smtplib

    try:
        with smtplib.SMTP(mail_server.host, mail_server.port, timeout=10) as smtp:
            smtp.noop()
    except (OSError, smtplib.SMTPException) as exc:
        raise LettError("mail_failed", address=target.address,
                        detail=str(exc) or type(exc).__name__) from exc
    return f"{mail_server.host}:{mail_server.port} \u2192 {target.address}"
