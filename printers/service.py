"""Printing a ticket: check the printer, send the ticket, check it again."""

from __future__ import annotations

import time
from dataclasses import dataclass

from printers.connection import open_connection
from printers.errors import PrinterError
from printers.profiles import PaperProfile, get_profile
from printers.status import STATUS_TIMEOUT, UNREPORTED, PrinterStatus, exchange_status
from printers.ticket import TicketSlip, render_ticket
from printers.uri import PrinterUri, parse_printer_uri

#: After a printer left the status requests unanswered, print to it without
#: asking (and waiting) again for this many seconds.
SILENT_RECHECK = 600.0

_PROBLEM_TEXT = {
    "paper_out": "The printer at {where} reports that it is out of paper",
    "cover_open": "The printer at {where} reports that its cover is open",
    "offline": "The printer at {where} reports that it is offline",
}

ESTONIAN_SAMPLE = "Põdur Zagrebi tšellomängija-följetonist Ciqo külmetas kehvas garaažis"
RUSSIAN_SAMPLE = "Съешь же ещё этих мягких французских булок, да выпей чаю"

# Printers that did not answer status requests, and until when to believe that.
_silent_until: dict[str, float] = {}


@dataclass(frozen=True)
class PrintResult:
    """A finished print: how many bytes went out and what the printer said."""

    bytes_sent: int
    status_before: PrinterStatus
    status_after: PrinterStatus


def print_ticket(
    uri: str | PrinterUri,
    slip: TicketSlip,
    profile: str | PaperProfile = "80mm",
    timeout: float = 5.0,
) -> PrintResult:
    """Print ``slip`` on the printer at ``uri``.

    A printer that reports a problem (paper out, cover open, offline) gets
    nothing and :class:`PrinterError` of that kind is raised. When paper runs
    out or the cover is opened during the print, :class:`PrinterError` is
    raised after it: the ticket may be incomplete. Raises
    :class:`PrinterConfigError` for a bad ``uri`` or ``profile``.
    """
    target = parse_printer_uri(uri) if isinstance(uri, str) else uri
    return _print(target, render_ticket(slip, profile), timeout)


def test_print(
    uri: str | PrinterUri, profile: str | PaperProfile = "80mm", timeout: float = 5.0
) -> PrintResult:
    """Print a short test slip with Estonian and Russian text and the printer's settings."""
    target = parse_printer_uri(uri) if isinstance(uri, str) else uri
    paper = get_profile(profile)
    slip = TicketSlip(
        office_name="Lett",
        number="TEST",
        service_name="ESC/POS",
        issued_at_text=time.strftime("%Y-%m-%d %H:%M:%S"),
        lines=(
            ESTONIAN_SAMPLE,
            RUSSIAN_SAMPLE,
            f"{paper.name}: {paper.width_dots} dots, {paper.chars_per_line} chars",
            "ESC t: " + ", ".join(f"{codec}={n}" for codec, n in paper.code_pages.items()),
            str(target),
        ),
        qr_data=str(target),
    )
    return _print(target, render_ticket(slip, paper), timeout)


test_print.__test__ = False  # type: ignore[attr-defined]  # keep pytest from collecting it


def _print(target: PrinterUri, data: bytes, timeout: float) -> PrintResult:
    where = str(target)
    with open_connection(target, timeout) as connection:
        ask = connection.bidirectional and _silent_until.get(where, 0.0) <= time.monotonic()
        before = exchange_status(connection, min(STATUS_TIMEOUT, timeout)) if ask else UNREPORTED
        if before.problem is not None:
            raise PrinterError(
                before.problem,
                _PROBLEM_TEXT[before.problem].format(where=where) + "; nothing was printed.",
                status=before,
            )
        if before.reported:
            after = exchange_status(connection, timeout, data)
            _silent_until.pop(where, None)
        else:
            connection.write(data)
            after = UNREPORTED
            if ask:
                # Remembered only once the ticket went through: a printer that
                # hung up at once was not necessarily silent.
                _silent_until[where] = time.monotonic() + SILENT_RECHECK
    if after.problem in ("paper_out", "cover_open"):
        raise PrinterError(
            after.problem,
            _PROBLEM_TEXT[after.problem].format(where=where)
            + " after the ticket was sent; the ticket may be incomplete.",
            status=after,
        )
    return PrintResult(bytes_sent=len(data), status_before=before, status_after=after)
