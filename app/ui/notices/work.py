"""What the Notices tab does off the UI thread: the templates and the issuance register read
in one go, issuing and delivering a notice, filling one in from a visitor or a register entry,
and the operations on an issued notice as the runner calls them (ctx first; the operations load
on the worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from app.core.errors import LettError
from app.core.notices import Delivery, Template
from app.operations.context import Context
from app.ui.notices.preview import PREVIEW_WIDTH

if TYPE_CHECKING:
    from app.operations.notice_filling import Filled
    from app.operations.notices import IssuanceView
    from app.operations.register import EntryView


def load_register(ctx: Context) -> tuple[list[Template], list[IssuanceView], tzinfo] | None:
    """The templates, the register and the office's time zone; None for a person who may not
    issue notices (the tab then says so instead of failing at every refresh)."""
    from app.core.permissions import Action
    from app.operations.notice_templates import list_templates
    from app.operations.notices import list_issuances

    if not ctx.actor.may(Action.ISSUE_NOTICE):
        return None
    return list_templates(ctx), list_issuances(ctx), ctx.timezone


def issuance_pages(ctx: Context, key: str) -> list[bytes]:
    from app.documents.preview import page_images
    from app.operations.notices import notice_pdf

    return page_images(notice_pdf(ctx, key)[1], PREVIEW_WIDTH)


@dataclass(frozen=True)
class Issued:
    """A notice just issued, its answer in the register (when asked for) and what failed
    after it was issued (registering the answer, printing or e-mailing it)."""

    made: IssuanceView
    answer: EntryView | None = None
    failures: tuple[LettError, ...] = ()


def issue_and_deliver(ctx: Context, template_id: str, lang: str, values: dict[str, str],
                       delivery: str, email: str, printer: str, server: Any,
                       link: Filled | None = None, answer_series: str = "") -> Issued:
    """Issue the notice (linked to the register entry or the registration it was filled in
    from), register it as the answer in `answer_series` when one is given, then print it or
    e-mail it. A step that fails after the notice is issued leaves it issued, its delivery
    recorded as not made, and is returned with it: it is delivered again from the register."""
    from app.operations import notices
    from app.operations.notice_filling import register_as_answer

    made = notices.issue_notice(
        ctx, template_id, lang, values, delivery,
        register_entry_id=link.register_entry_id if link is not None else None,
        visitor_registration_id=link.visitor_registration_id if link is not None else None)
    failures: list[LettError] = []
    answer = None
    if answer_series:
        try:
            answer = register_as_answer(ctx, made.id, answer_series)
        except LettError as err:
            failures.append(err)
    try:
        if delivery == Delivery.EMAILED:
            notices.email_notice(ctx, made.id, email, server)
        else:
            notices.print_notice(ctx, made.id, printer)
    except LettError as err:
        failures.append(err)
    return Issued(notices.get_issuance(ctx, made.id), answer, tuple(failures))


def visitors_in(ctx: Context) -> list[Any]:
    from app.operations.visitors import who_is_in

    return who_is_in(ctx)


def from_visitor(ctx: Context, template_id: str, registration_id: str) -> Filled:
    from app.operations.notice_filling import values_from_visitor

    return values_from_visitor(ctx, template_id, registration_id)


def series(ctx: Context) -> list[str]:
    """The register's series documents may be registered in."""
    from app.operations.register import list_series

    return [s.series_index for s in list_series(ctx) if s.active]


def from_entry(ctx: Context, template_id: str, entry_key: str) -> Filled:
    from app.operations.notice_filling import values_from_entry

    return values_from_entry(ctx, template_id, entry_key)


def reprint(ctx: Context, key: str, printer: str) -> IssuanceView:
    from app.operations import notices

    copy = notices.reprint_notice(ctx, key)
    notices.print_notice(ctx, copy.id, printer)
    return copy


def print_again(ctx: Context, key: str, printer: str) -> IssuanceView:
    """Print a notice that could not be printed when it was issued; the issuance as recorded
    then (handed over or posted)."""
    from app.operations import notices

    notices.print_notice(ctx, key, printer)
    return notices.get_issuance(ctx, key)


def op(name: str) -> Callable[..., Any]:
    """An operation of app.operations.notices, imported on the worker thread."""
    def run(ctx: Context, *args: Any) -> Any:
        from app.operations import notices

        return getattr(notices, name)(ctx, *args)

    run.__name__ = name
    return run
