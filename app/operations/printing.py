"""Issuing a ticket on paper: issue, print, and void the ticket when the print fails.

The visitor either holds a printed ticket or there is no ticket: a failed print is voided with
an event and reported in the visitor's language.
"""

from __future__ import annotations

import logging

from app.core.errors import ConnectionFailed, PrintFailed
from app.i18n import translate
from app.operations import queue
from app.operations.context import Context
from app.operations.views import TicketView
from printers.errors import PrinterConfigError, PrinterError
from printers.service import print_ticket
from printers.service import test_print as printer_test_print
from printers.ticket import TicketSlip, page_link

CONTEXT = "ticket"

log = logging.getLogger(__name__)


def ticket_slip(
    ticket: TicketView, office_name: str, local_time: str, qr: bool, address: str = ""
) -> TicketSlip:
    """The printed ticket's content, in the visitor's language. With `qr` and the office's
    public server `address`, a QR code opens the ticket's live page on the visitor's phone."""
    lang = ticket.lang
    lines = []
    if ticket.people_ahead is not None:
        lines.append(translate(CONTEXT, "People ahead: {n}", lang).format(n=ticket.people_ahead))
    if ticket.wait_low_min is not None and ticket.wait_high_min is not None:
        lines.append(
            translate(CONTEXT, "Estimated wait: {low}\u2013{high} min", lang).format(
                low=ticket.wait_low_min, high=ticket.wait_high_min
            )
        )
    lines.append(translate(CONTEXT, "Thank you for waiting", lang))
    link = page_link(address, ticket.page_token) if qr else None
    return TicketSlip(
        office_name=office_name,
        number=ticket.number,
        service_name=ticket.service_name(lang),
        issued_at_text=local_time,
        lines=tuple(lines),
        qr_data=link,
        qr_caption=translate(CONTEXT, "Follow your turn on your phone", lang) if link else "",
    )


def _page_address(ctx: Context) -> str:
    """The office's public server address for tickets' pages ("" when it has none)."""
    from app.operations.config import office_settings

    settings = ctx.cached("office_settings", lambda: office_settings(ctx))
    return str(settings.get("ticket_page.address", ""))


def issue_and_print(
    ctx: Context,
    service_code: str,
    lang: str = "et",
    priority: int = 0,
    source: str = "kiosk",
    dedupe_seconds: float = 0.0,
    printer_uri: str = "",
    profile: str = "80mm",
    timeout: float = 5.0,
    qr: bool = False,
) -> TicketView:
    """Issue a ticket and print it. A repeated press (see `dedupe_seconds`) prints nothing
    more. Raises PrintFailed after voiding the ticket when printing fails."""
    ticket = queue.issue_ticket(ctx, service_code, lang, priority, source, dedupe_seconds)
    if not printer_uri or ticket.duplicate:
        return ticket
    issued = ctx.local(ticket.issued_at).strftime("%d.%m.%Y %H:%M")
    address = _page_address(ctx) if qr else ""
    slip = ticket_slip(ticket, queue.office_name(ctx), issued, qr, address)
    try:
        result = print_ticket(printer_uri, slip, profile=profile, timeout=timeout)
    except PrinterConfigError as exc:
        queue.void_ticket(ctx, ticket.id, f"printer setting: {exc}")
        raise PrintFailed("printer_setting", detail=str(exc)) from exc
    except PrinterError as exc:
        queue.void_ticket(ctx, ticket.id, f"printer {exc.kind}: {exc.detail}")
        raise PrintFailed(_error_code(exc)) from exc
    try:
        queue.record_printed(ctx, ticket.id, printer_uri, result.bytes_sent)
    except ConnectionFailed as exc:
        # The visitor holds the ticket: a note of the print the host missed does not undo it.
        log.warning("ticket %s printed, but the note of it did not reach the host: %s",
                    ticket.number, exc)
    return ticket


def test_print(uri: str, profile: str, timeout: float = 5.0) -> int:
    """Print a test ticket (Estonian and Russian lines); the bytes sent. Raises PrintFailed."""
    try:
        return printer_test_print(uri, profile, timeout=timeout).bytes_sent
    except PrinterConfigError as exc:
        raise PrintFailed("printer_setting", detail=str(exc)) from exc
    except PrinterError as exc:
        raise PrintFailed(_error_code(exc)) from exc


def _error_code(exc: PrinterError) -> str:
    if exc.kind in ("paper_out", "cover_open", "offline", "unreachable"):
        return f"printer_{exc.kind}"
    return "printer_failed"


def print_desk_ticket(
    ctx: Context,
    ticket: TicketView,
    printer_uri: str,
    profile: str = "80mm",
    timeout: float = 5.0,
    qr: bool = False,
) -> int:
    """Print a ticket issued at the desk (a visitor registered, a ticket reissued), or again
    on request; the bytes sent. Unlike a kiosk's, the ticket stays issued whatever happens: the
    visitor is at the desk and can be told the number. A failure raises PrintFailed
    ('desk_print_…') saying the ticket is issued and what to do."""
    if not printer_uri:
        raise PrintFailed("desk_print_no_printer", ticket=ticket.number)
    issued = ctx.local(ticket.issued_at).strftime("%d.%m.%Y %H:%M")
    address = _page_address(ctx) if qr else ""
    slip = ticket_slip(ticket, queue.office_name(ctx), issued, qr, address)
    try:
        result = print_ticket(printer_uri, slip, profile=profile, timeout=timeout)
    except PrinterConfigError as exc:
        raise PrintFailed("desk_print_setting", ticket=ticket.number, detail=str(exc)) from exc
    except PrinterError as exc:
        log.warning("desk ticket %s not printed: %s %s", ticket.number, exc.kind, exc.detail)
        code = _error_code(exc).replace("printer_", "desk_print_", 1)
        raise PrintFailed(code, ticket=ticket.number) from exc
    try:
        queue.record_printed(ctx, ticket.id, printer_uri, result.bytes_sent)
    except ConnectionFailed as exc:
        log.warning("ticket %s printed, but the note of it did not reach the host: %s",
                    ticket.number, exc)
    return result.bytes_sent
