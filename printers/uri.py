"""Printer connection URIs.

Supported forms::

    tcp://HOST[:PORT]                       raw TCP, port 9100 when omitted
    usb://VID:PID                           USB vendor and product id in hex
    serial:///dev/ttyUSB0[?baudrate=N]      serial port, 9600 baud when omitted
    serial://COM3[?baudrate=N]              (Windows port names)
    file:///path/to/file                    append the job to a file
    cups://QUEUE                            a raw CUPS queue, printed with ``lp``
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlsplit
from urllib.request import pathname2url, url2pathname

from printers.errors import PrinterConfigError

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600
SCHEMES = ("tcp", "usb", "serial", "file", "cups")

_EXAMPLES = (
    "tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200, "
    "file:///var/spool/lett/tickets.bin or cups://TicketPrinter"
)
_HEX_ID = re.compile(r"(?:0[xX])?([0-9a-fA-F]{1,4})")
# CUPS refuses queue names with spaces, slashes, quotes, '?' and '#'.
_CUPS_QUEUE = re.compile(r"[^\s/\\'\"?#]+")


@dataclass(frozen=True)
class PrinterUri:
    """A parsed printer address. Only the fields of its scheme are set."""

    scheme: str
    host: str | None = None
    port: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    path: str | None = None
    baudrate: int | None = None
    queue: str | None = None

    def __str__(self) -> str:
        if self.scheme == "tcp":
            host = f"[{self.host}]" if self.host and ":" in self.host else self.host
            return f"tcp://{host}:{self.port}"
        if self.scheme == "usb":
            return f"usb://{self.vendor_id:04x}:{self.product_id:04x}"
        if self.scheme == "serial":
            assert self.path is not None
            if self.path.startswith("/"):
                return f"serial://{quote(self.path)}?baudrate={self.baudrate}"
            return f"serial://{quote(self.path, safe='')}?baudrate={self.baudrate}"
        if self.scheme == "file":
            assert self.path is not None
            url_path = pathname2url(self.path)
            return f"file://{url_path}" if url_path.startswith("/") else f"file:///{url_path}"
        return f"cups://{quote(self.queue or '', safe='')}"

    @property
    def bidirectional(self) -> bool:
        """Whether the printer can answer status queries over this connection."""
        return self.scheme in ("tcp", "serial")


def _fail(code: str, message: str) -> PrinterConfigError:
    return PrinterConfigError(code, message)


def parse_printer_uri(text: str) -> PrinterUri:
    """Parse a printer URI; raise :class:`PrinterConfigError` when it is wrong."""
    text = text.strip()
    if not text:
        raise _fail("empty", f"The printer address is empty. Use an address like {_EXAMPLES}.")
    scheme, sep, _rest = text.partition("://")
    scheme = scheme.lower()
    if not sep or scheme not in SCHEMES:
        raise _fail(
            "bad_scheme",
            f"{text!r} is not a printer address this program knows. "
            f"It must start with tcp://, usb://, serial://, file:// or cups://, "
            f"for example {_EXAMPLES}.",
        )
    parts = urlsplit(text)
    if parts.fragment:
        raise _fail(
            "bad_option",
            f"{text!r} has a '#' part, which printer addresses do not use.",
        )
    if scheme == "tcp":
        return _parse_tcp(text, parts)
    if scheme == "usb":
        return _parse_usb(text, parts)
    if scheme == "serial":
        return _parse_serial(text, parts)
    if scheme == "file":
        return _parse_file(text, parts)
    return _parse_cups(text, parts)


def _reject_query(text: str, query: str, example: str) -> None:
    if query:
        raise _fail(
            "bad_option",
            f"{text!r} has options after '?', which this kind of printer address does not "
            f"take. Write it like {example}.",
        )


def _parse_tcp(text: str, parts: SplitResult) -> PrinterUri:
    example = "tcp://192.168.1.50:9100 (the port may be left out, it is then 9100)"
    _reject_query(text, parts.query, example)
    if parts.path not in ("", "/"):
        raise _fail(
            "bad_option",
            f"{text!r} has a path after the host; a network printer address is only "
            f"host and port, like {example}.",
        )
    host = parts.hostname
    if not host:
        raise _fail(
            "missing_host",
            f"{text!r} does not say which computer the printer is; write it like {example}.",
        )
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is None:
        port = DEFAULT_TCP_PORT
    if not 1 <= port <= 65535:
        raise _fail(
            "bad_port",
            f"The port in {text!r} is not a number from 1 to 65535; write it like {example}.",
        )
    return PrinterUri(scheme="tcp", host=host, port=port)


def _parse_usb(text: str, parts: SplitResult) -> PrinterUri:
    example = "usb://04b8:0202 (vendor id and product id in hexadecimal, as lsusb shows them)"
    _reject_query(text, parts.query, example)
    vendor, colon, product = parts.netloc.partition(":")
    vendor_match = _HEX_ID.fullmatch(vendor)
    product_match = _HEX_ID.fullmatch(product)
    if not colon or parts.path not in ("", "/") or not vendor_match or not product_match:
        raise _fail(
            "bad_usb_id",
            f"{text!r} does not name a USB printer by its ids; write it like {example}.",
        )
    return PrinterUri(
        scheme="usb",
        vendor_id=int(vendor_match.group(1), 16),
        product_id=int(product_match.group(1), 16),
    )


def _parse_serial(text: str, parts: SplitResult) -> PrinterUri:
    example = "serial:///dev/ttyUSB0?baudrate=19200 or serial://COM3?baudrate=19200"
    if parts.netloc and parts.path:
        raise _fail(
            "missing_path",
            f"{text!r} has both a host and a path; a serial port is written with three "
            f"slashes and the device path, like {example}.",
        )
    port = unquote(parts.path or parts.netloc)
    if not port or port == "/":
        raise _fail(
            "missing_path",
            f"{text!r} does not say which serial port to use; write it like {example}.",
        )
    baudrate = DEFAULT_BAUDRATE
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key != "baudrate":
            raise _fail(
                "bad_option",
                f"{text!r} has the unknown option {key!r}; the only option of a serial "
                f"printer is baudrate, like {example}.",
            )
        if not value.isdigit() or not 50 <= int(value) <= 4_000_000:
            raise _fail(
                "bad_baudrate",
                f"The baud rate {value!r} in {text!r} is not a speed a serial port can use; "
                f"write a number such as 9600, 19200 or 115200, like {example}.",
            )
        baudrate = int(value)
    return PrinterUri(scheme="serial", path=port, baudrate=baudrate)


def _parse_file(text: str, parts: SplitResult) -> PrinterUri:
    example = "file:///var/spool/lett/tickets.bin (three slashes, then the absolute path)"
    _reject_query(text, parts.query, example)
    if parts.netloc not in ("", "localhost"):
        raise _fail(
            "bad_path",
            f"{text!r} names a host {parts.netloc!r}; a file address needs three slashes "
            f"and an absolute path, like {example}.",
        )
    if not parts.path or parts.path.endswith("/"):
        raise _fail(
            "missing_path",
            f"{text!r} does not name a file; write it like {example}.",
        )
    return PrinterUri(scheme="file", path=url2pathname(parts.path))


def _parse_cups(text: str, parts: SplitResult) -> PrinterUri:
    example = "cups://TicketPrinter (the name of a raw queue, as lpstat -p lists it)"
    _reject_query(text, parts.query, example)
    queue = unquote(parts.netloc)
    if not queue:
        raise _fail(
            "missing_queue",
            f"{text!r} does not name a CUPS printer queue; write it like {example}.",
        )
    if parts.path not in ("", "/") or not _CUPS_QUEUE.fullmatch(queue):
        raise _fail(
            "bad_queue",
            f"{text!r} is not a valid CUPS queue name (no spaces, slashes, quotes, '?' "
            f"or '#'); write it like {example}.",
        )
    return PrinterUri(scheme="cups", queue=queue)
