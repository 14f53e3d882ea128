"""Errors raised by the printers package, and the printer's status an error carries.

Both errors carry a machine code for the caller to translate; ``str()`` is an English
sentence meant for logs and for people configuring the printer. This module is the
package's bottom: it imports no other module of it (``uri`` builds on it, then
``connection``, then ``status``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ErrorKind = Literal["unreachable", "offline", "paper_out", "cover_open", "failed", "not_supported"]

ERROR_KINDS: frozenset[str] = frozenset(
    {"unreachable", "offline", "paper_out", "cover_open", "failed", "not_supported"}
)

Problem = Literal["offline", "paper_out", "cover_open"]


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself; None where it said nothing."""

    reported: bool
    online: bool | None = None
    paper_out: bool | None = None
    paper_near_end: bool | None = None
    cover_open: bool | None = None

    @property
    def problem(self) -> Problem | None:
        """Why the printer cannot print now, or None (also when it did not report)."""
        if self.paper_out:
            return "paper_out"
        if self.cover_open:
            return "cover_open"
        if self.online is False:
            return "offline"
        return None


UNREPORTED = PrinterStatus(reported=False)


class PrinterConfigError(ValueError):
    """A printer setting (connection URI, paper profile) is wrong.

    ``code`` is a short machine code such as ``"bad_scheme"`` or ``"bad_port"``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class PrinterError(Exception):
    """Printing did not happen, or did not finish.

    ``kind`` is one of :data:`ERROR_KINDS`:

    * ``unreachable``: the printer (or file, device, queue) could not be opened.
    * ``offline``: the printer answered that it is offline.
    * ``paper_out``: the printer reported that its paper roll is empty.
    * ``cover_open``: the printer reported that its cover is open.
    * ``failed``: the connection opened but sending the job failed.
    * ``not_supported``: this connection type cannot be used on this computer.

    ``status`` is the printer status that led to the error, when there was one.
    """

    def __init__(self, kind: ErrorKind, detail: str, status: PrinterStatus | None = None) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown printer error kind {kind!r}")
        super().__init__(detail)
        self.kind: ErrorKind = kind
        self.detail = detail
        self.status = status
