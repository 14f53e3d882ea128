"""Printing tickets issued at the desk on this PC's ticket printer (the queue tab's reissue and
Print ticket, a registered visitor's ticket): the setting, and the operation as a runner runs
it."""

from __future__ import annotations

from app.core.settings import Settings
from app.operations.context import Context
from app.operations.views import TicketView


def print_ticket(ctx: Context, ticket: TicketView, printer: dict[str, object]) -> int:
    """Print `ticket` on `printer` (desk_printer); the bytes sent. Raises PrintFailed."""
    from app.operations.printing import print_desk_ticket

    return print_desk_ticket(ctx, ticket, str(printer["uri"]), str(printer["profile"]),
                             float(str(printer["timeout"])), bool(printer["qr"]))


def desk_printer(settings: Settings) -> dict[str, object]:
    """This PC's ticket printer as print_ticket takes it."""
    return {"uri": settings.get("printer.uri"), "profile": settings.get("printer.profile"),
            "timeout": settings.get("printer.timeout"), "qr": settings.get("printer.qr")}


def prints_desk_tickets(settings: Settings) -> bool:
    """Whether this PC prints the tickets its desk issues: it has a ticket printer and the
    setting is on."""
    return bool(settings.get("printer.desk_tickets")) and bool(settings.get("printer.uri"))
