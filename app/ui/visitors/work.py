"""What the Visitors tab does off the UI thread: the desk's data read in one go, the visitor
operations as the runner calls them (ctx first; loaded on the worker thread), printing, the
evacuation list's PDF and a person's usage records; and the plain checks of a typed field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from types import ModuleType
from typing import Any

from app.core import idcode
from app.core import visitors as rules
from app.core.errors import InvalidInput, LettError
from app.operations.context import Context


def _ops() -> ModuleType:
    """The visitor operations, loaded on first use (on a worker thread)."""
    from app.operations import visitors

    return visitors


@dataclass(frozen=True)
class DeskData:
    """What the tab shows, read in one go off the UI thread."""

    purposes: list[Any]
    specialists: list[Any]
    inside: list[Any]
    expected: list[Any]
    now: datetime
    # The office's time zone: every time shown is the office's local time.
    timezone: tzinfo = UTC
    # False when the person signed in has no role that sees visitors' data.
    allowed: bool = True


def load_desk(ctx: Context) -> DeskData:
    from app.core.permissions import Action

    ops = _ops()
    if not ctx.actor.may(Action.VIEW_VISITORS):
        return DeskData([], [], [], [], ctx.now(), ctx.timezone, allowed=False)
    return DeskData(ops.list_purposes(ctx), ops.list_specialists(ctx), ops.who_is_in(ctx),
                    ops.expected_on(ctx), ctx.now(), ctx.timezone)


def field_of(error: LettError) -> str:
    """The form field an input error is about."""
    code = error.code
    if code.startswith("idcode_"):
        return "id_code"
    return {"name_required": "name", "bad_value": "name", "bad_phone": "phone",
            "visitor_bad_email": "email"}.get(code, "")


def check_field(name: str, value: str, today: Any) -> InvalidInput | None:
    """The fault of one field's value, checked as it is typed (plain rules, no store)."""
    try:
        if name == "name":
            rules.check_name(value)
        elif name == "id_code":
            rules.check_id_code(value, today)
        elif name == "phone":
            rules.check_phone(value)
        elif name == "email":
            rules.check_email(value)
    except InvalidInput as err:
        return err
    return None


def print_document(_ctx: Context, path: Path, printer: str, title: str) -> str:
    """Send a PDF to this PC's document printer through CUPS; the job's id."""
    from printers.documents import print_pdf

    return print_pdf(path, printer, title)


def write_evacuation_pdf(ctx: Context, words: dict[str, str], folder: Path) -> Path:
    """Make the evacuation list's PDF in the data folder (it prints with no network)."""
    from printers.visitors import EvacuationRow, EvacuationSheet, evacuation_pdf

    listing = _ops().evacuation_list(ctx)
    made = ctx.local(listing.made_at)
    rows = tuple(
        EvacuationRow(p.name, p.organisation, ", ".join(x for x in (p.host, p.host_room) if x),
                      ctx.local(p.arrived_at).strftime("%H:%M"))
        for p in listing.people
    )
    sheet = EvacuationSheet(
        words["title"], listing.office, made.strftime("%d.%m.%Y %H:%M"),
        words["count"].format(count=len(rows)),
        (words["number"], words["name"], words["organisation"], words["host"], words["arrived"]),
        rows, words["empty"],
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"evacuation-{made:%Y%m%d-%H%M%S}.pdf"
    path.write_bytes(evacuation_pdf(sheet))
    return path


def write_usage_records(ctx: Context, id_code: str, folder: Path) -> Path:
    """Save one person's data usage records as JSON in the data folder (no code in its name)."""
    import json

    records = _ops().person_usage_records(ctx, id_code)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"usage-records-{ctx.local():%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def print_badge_for(ctx: Context, registration_id: str, words: dict[str, str],
                    settings: dict[str, Any], pdf_folder: Path | None = None) -> str:
    """Print a registration's badge on the ticket printer, or (with `pdf_folder`) save it as
    a PDF label there. What was done, for the message."""
    from printers.visitors import Badge, badge_pdf, print_badge

    view = _ops().visit_details(ctx, registration_id)
    token = _ops().badge_token(ctx, registration_id)
    from app.operations.queue import office_name

    host = ", ".join(x for x in (view.host, view.host_room) if x) or words["no_host"]
    badge = Badge(office_name(ctx), view.name, view.organisation,
                  words["host"].format(host=host),
                  ctx.local(view.arrived_at).strftime("%d.%m.%Y %H:%M"), token, words["title"])
    if pdf_folder is not None:
        pdf_folder.mkdir(parents=True, exist_ok=True)
        path = pdf_folder / f"badge-{registration_id[-12:]}.pdf"
        path.write_bytes(badge_pdf(badge))
        return str(path)
    print_badge(settings["uri"], badge, settings["profile"], settings["timeout"])
    return ""


def visitor_form() -> Callable[..., Any]:
    from app.operations.visitors import VisitorForm

    return VisitorForm


def search_query() -> Callable[..., Any]:
    from app.operations.visitors import SearchQuery

    return SearchQuery


# Operations as the runner calls them (ctx first); loaded on the worker thread.


def register(ctx: Context, form: Any) -> Any:
    return _ops().register_visit(ctx, form)


def expect(ctx: Context, form: Any, at: datetime) -> Any:
    return _ops().add_expected(ctx, form, at)


def check_out(ctx: Context, registration_id: str) -> Any:
    return _ops().check_out(ctx, registration_id)


def check_out_by_badge(ctx: Context, token: str) -> Any:
    return _ops().check_out_by_badge(ctx, token)


def check_in(ctx: Context, expected_id: str) -> Any:
    return _ops().check_in_expected(ctx, expected_id)


def reveal(ctx: Context, registration_id: str) -> str:
    return idcode.normalise(_ops().reveal_id_code(ctx, registration_id))


def search(ctx: Context, query: Any) -> list[Any]:
    return _ops().search_visits(ctx, query)


def notify_host(ctx: Context, registration_id: str, server: Any) -> str:
    from app.operations.visitor_mail import notify_host

    return notify_host(ctx, registration_id, server)


def read_card(_ctx: Context) -> Any:
    """The card in the PC's first reader (the desk has one)."""
    from app.idcard.reader import read_card

    return read_card()


def import_expected(ctx: Context, path: Path) -> int:
    return _ops().import_expected(ctx, path.name, path.read_bytes())


def upkeep(ctx: Context) -> tuple[int, int]:
    return _ops().start_of_day_upkeep(ctx)
