"""What the Contacts tab does off the UI thread: the contact operations as the runner calls
them (ctx first; loaded on the worker thread), and the tab's data read in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from types import ModuleType
from typing import Any

from app.operations.context import Context


def _ops() -> ModuleType:
    from app.operations import contacts

    return contacts


@dataclass(frozen=True)
class JournalData:
    """The topics, the contact going on, and the chosen view's rows (contacts or counts)."""

    topics: list[Any]
    going_on: Any
    rows: list[Any]
    counts: list[Any]
    now: datetime
    timezone: tzinfo = UTC
    allowed: bool = True
    # The escalations the signed-in person made and has not closed (escalations.EscalationView).
    escalations: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class View:
    """What the list shows: mine (today), office (of the days), topic or channel (counts of
    the days), search (a word)."""

    kind: str = "mine"
    day_from: date | None = None
    day_to: date | None = None
    text: str = ""


def load(ctx: Context, view: View) -> JournalData:
    from app.core.permissions import Action

    ops = _ops()
    if not ctx.actor.may(Action.VIEW_CONTACTS):
        return JournalData([], None, [], [], ctx.now(), ctx.timezone, allowed=False)
    today = ctx.local().date()
    query = ops.ContactQuery(
        mine=view.kind == "mine",
        day_from=today if view.kind == "mine" else view.day_from,
        day_to=today if view.kind == "mine" else view.day_to,
        text=view.text if view.kind == "search" else "")
    rows: list[Any] = []
    counts: list[Any] = []
    if view.kind in ("topic", "channel"):
        counts = ops.contact_counts(ctx, view.kind, query)
    elif view.kind not in ("search", "escalations") or view.text.strip():
        rows = ops.list_contacts(ctx, query)
    return JournalData(ops.list_topics(ctx), ops.open_contact(ctx), rows, counts, ctx.now(),
                       ctx.timezone, escalations=my_escalations(ctx))


def start(ctx: Context, channel: str, topic: str, lang: str) -> Any:
    return _ops().start_contact(ctx, channel, topic, lang)


def stop(ctx: Context, contact_id: str, form: Any) -> Any:
    return _ops().update_contact(ctx, contact_id, form, end=True)


def record(ctx: Context, form: Any) -> Any:
    return _ops().add_contact(ctx, form)


def save(ctx: Context, contact_id: str, form: Any) -> Any:
    return _ops().update_contact(ctx, contact_id, form)


def details(ctx: Context, contact_id: str) -> Any:
    return _ops().contact_details(ctx, contact_id)


def link(ctx: Context, contact_id: str, kind: str, number: str) -> Any:
    return _ops().link_by_number(ctx, contact_id, kind, number)


def form_of(channel: str, topic: str, note: str, outcome: str | None, lang: str,
            client: dict[str, str]) -> Any:
    ops = _ops()
    return ops.ContactForm(channel, topic, note, outcome, lang, ops.Client(**client))


# -- escalation to level 2 -----------------------------------------------------------------


def _esc() -> ModuleType:
    from app.operations import escalations

    return escalations


def draft(ctx: Context, details: Any, lang: str) -> Any:
    return _esc().draft(ctx, details, lang)


def escalate(ctx: Context, contact_id: str, target: str, summary: str, description: str,
             promised_on: date | None, share: list[str]) -> Any:
    return _esc().escalate(ctx, contact_id, target, summary, description, promised_on, share)


def my_escalations(ctx: Context) -> list[Any]:
    from app.core.permissions import Action

    if not ctx.actor.may(Action.RECORD_CONTACTS):
        return []
    return list(_esc().my_escalations(ctx))


def answer_template(ctx: Context, escalation_id: str) -> Any:
    return _esc().answer_template(ctx, escalation_id)


def close_escalation(ctx: Context, escalation_id: str, how: str, server: Any, subject: str,
                     text: str, note: str, lang: str) -> Any:
    return _esc().close_escalation(ctx, escalation_id, how, server=server, subject=subject,
                                   text=text, note=note, lang=lang)


def retry_escalation(ctx: Context, escalation_id: str) -> Any:
    return _esc().retry(ctx, escalation_id)


def it_diagnostics(ctx: Context, home: Any, printer_uri: str, server: str, lang: str) -> Any:
    return _esc().it_diagnostics(ctx, home, printer_uri, server, lang)


def report_it_problem(ctx: Context, description: str, diagnostics: Any, lang: str) -> Any:
    return _esc().report_it_problem(ctx, description, diagnostics, lang)


def it_target(ctx: Context) -> Any:
    return _esc().it_target(ctx)
