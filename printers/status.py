"""Real-time printer status with ``DLE EOT`` (Epson ESC/POS).

Three requests are sent and each is answered with one byte whose fixed bits
read ``0xx1xx10``:

* ``DLE EOT 1`` printer status: bit 3 set = offline.
* ``DLE EOT 2`` offline cause: bit 2 = cover open, bit 5 = stopped at paper end.
* ``DLE EOT 4`` roll paper sensor: bits 2 and 3 = paper near its end,
  bits 5 and 6 = paper out.

Many printers never answer. That is not an error: the status is then
``reported=False`` and printing goes on without it.

:class:`PrinterStatus` itself lives in :mod:`printers.errors`, as the errors carry it;
it is imported from here as well.
"""

from __future__ import annotations

from printers.connection import Connection, open_connection
from printers.errors import UNREPORTED, PrinterStatus
from printers.uri import PrinterUri, parse_printer_uri

#: How long to wait for a printer that may not answer status requests at all.
STATUS_TIMEOUT = 0.5
#: DLE EOT 1 (printer), 2 (offline cause) and 4 (roll paper sensor).
_REQUESTS = (b"\x10\x04\x01", b"\x10\x04\x02", b"\x10\x04\x04")
#: All that one status check sends.
STATUS_REQUESTS = b"".join(_REQUESTS)


def parse_status(printer: int, offline_cause: int, paper: int) -> PrinterStatus:
    """The status from the answers to ``DLE EOT`` 1, 2 and 4.

    Bytes without the fixed bits ``0xx1xx10`` are not status answers and give
    an unreported status.
    """
    if any(byte & 0x93 != 0x12 for byte in (printer, offline_cause, paper)):
        return UNREPORTED
    return PrinterStatus(
        reported=True,
        online=not printer & 0x08,
        paper_out=bool(paper & 0x60 or offline_cause & 0x20),
        paper_near_end=bool(paper & 0x0C),
        cover_open=bool(offline_cause & 0x04),
    )


def exchange_status(
    connection: Connection, timeout: float = STATUS_TIMEOUT, data: bytes = b""
) -> PrinterStatus:
    """Send ``data`` followed by the status requests and read the answers.

    On a one-way connection only ``data`` is sent and the status is unreported.
    The requests go one at a time, each after the previous answer: three
    answers in a row could sit in the printer's network buffer waiting for an
    acknowledgement (Nagle's algorithm against delayed ACKs, 40 ms on Linux and
    200 ms on Windows), one answer at a time never does. A printer that says
    nothing for ``timeout`` seconds gives an unreported status.

    ``data`` must not hold real-time requests itself (``render_ticket`` output
    never does), or their answers would be taken for the status.
    """
    if not connection.bidirectional:
        if data:
            connection.write(data)
        return UNREPORTED
    answers = bytearray()
    for request in _REQUESTS:
        connection.write(data + request)
        answer = connection.read(1, timeout)
        if not answer:
            return UNREPORTED
        answers += answer
        data = b""
    return parse_status(*answers)


def query_status(uri: str | PrinterUri, timeout: float = STATUS_TIMEOUT) -> PrinterStatus:
    """Ask the printer at ``uri`` for its status.

    Only tcp:// and serial:// printers can answer; others give an unreported
    status without being opened. Raises :class:`PrinterError` when the printer
    cannot be reached.
    """
    target = parse_printer_uri(uri) if isinstance(uri, str) else uri
    if not target.bidirectional:
        return UNREPORTED
    with open_connection(target, timeout) as connection:
        return exchange_status(connection, timeout)
