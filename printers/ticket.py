"""The queue ticket as an ESC/POS byte stream.

Every line is sent as text in a code page of the printer that has all of its
characters; a line no code page can carry (Estonian on a CP437-only printer,
Cyrillic next to an en dash, ...) is drawn as a picture instead.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError

from printers.profiles import PaperProfile, get_profile
from printers.raster import raster_command, text_image, wrap_to_width

ESC = b"\x1b"
GS = b"\x1d"
LF = b"\n"

INIT = ESC + b"@"
CHARSET_USA = ESC + b"R\x00"
ALIGN_CENTER = ESC + b"a\x01"
PARTIAL_CUT = GS + b"V\x01"
#: QR code error correction level M (15 %), as ``GS ( k`` function 169 takes it.
QR_EC_M = 49


@dataclass(frozen=True)
class TicketSlip:
    """What a queue ticket shows. All text is already in the visitor's language."""

    office_name: str
    number: str
    service_name: str
    issued_at_text: str
    lines: tuple[str, ...] = ()
    qr_data: str | None = None
    # A line under the QR code saying what it opens.
    qr_caption: str = ""


def page_link(address: str, token: str | None) -> str | None:
    """The link of a ticket's page on the visitor's phone: the office's public server
    address and /t/ and the ticket's key. None without either (the ticket carries no QR)."""
    address = address.strip().rstrip("/")
    if not address or not token:
        return None
    return f"{address}/t/{token}"


def render_ticket(slip: TicketSlip, profile: str | PaperProfile = "80mm") -> bytes:
    """The complete ESC/POS stream for ``slip`` on the paper ``profile``."""
    paper = get_profile(profile)
    out = _Stream(paper)
    out.text(slip.office_name, bold=True)
    out.blank()
    out.text(slip.number, scale=paper.number_scale, bold=True)
    out.text(slip.service_name, bold=True)
    out.text(slip.issued_at_text)
    if slip.lines:
        out.blank()
    for line in slip.lines:
        out.text(line)
    if slip.qr_data:
        out.blank()
        out.qr(slip.qr_data)
        if slip.qr_caption:
            out.text(slip.qr_caption)
    out.cut()
    return out.getvalue()


def clean_text(text: str) -> str:
    """``text`` made safe to send: composed (NFC), no control or format characters."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        " " if unicodedata.category(char) == "Cc" else char
        for char in text
        if unicodedata.category(char) != "Cf"
    )


def pick_code_page(text: str, profile: PaperProfile, current: str | None) -> str | None:
    """The codec to print ``text`` with, or None when no code page has all its letters.

    Plain ASCII is the same in every code page and needs no switch, so it
    returns ``"ascii"``. Otherwise the current code page is kept when it can
    encode the line, else the profile's first that can.
    """
    if text.isascii():
        return "ascii"
    if current is not None and _encodes(text, current):
        return current
    for codec in profile.code_pages:
        if _encodes(text, codec):
            return codec
    return None


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=64)
def qr_module_size(data: str, width_dots: int) -> int:
    """Dots per QR module so that the code takes about half the paper width.

    At most 8 dots (1 mm), and at least 3 when the code still fits the paper.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    code.add_data(data)
    try:
        version = code.best_fit()
    except (DataOverflowError, ValueError):
        raise ValueError(f"QR data of {len(data)} characters does not fit a QR code") from None
    modules = 17 + 4 * version
    size = min(8, (width_dots // 2) // modules)
    if size < 3:
        size = min(3, width_dots // modules)
    return max(1, size)


def qr_commands(data: str, module_size: int) -> bytes:
    """``GS ( k`` commands printing ``data`` as a model 2 QR code, error level M."""

    def function(fn: int, payload: bytes) -> bytes:
        return GS + b"(k" + (len(payload) + 2).to_bytes(2, "little") + b"1" + bytes((fn,)) + payload

    encoded = data.encode("utf-8")
    return (
        function(65, b"2\x00")  # model 2
        + function(67, bytes((module_size,)))
        + function(69, bytes((QR_EC_M,)))
        + function(80, b"0" + encoded)  # store the data
        + function(81, b"0")  # print it
    )


class _Stream:
    """Writes lines and remembers the printer's size, bold and code page."""

    def __init__(self, profile: PaperProfile) -> None:
        self.profile = profile
        self.parts: list[bytes] = [INIT, CHARSET_USA, ALIGN_CENTER]
        self.code_page: str | None = None
        self.scale = 1
        self.bold = False

    def getvalue(self) -> bytes:
        return b"".join(self.parts)

    def _style(self, scale: int, bold: bool) -> None:
        if scale != self.scale:
            self.parts.append(GS + b"!" + bytes((((scale - 1) << 4) | (scale - 1),)))
            self.scale = scale
        if bold != self.bold:
            self.parts.append(ESC + b"E" + (b"\x01" if bold else b"\x00"))
            self.bold = bold

    def blank(self) -> None:
        self._style(1, False)
        self.parts.append(LF)

    def text(self, text: str, scale: int = 1, bold: bool = False) -> None:
        text = clean_text(text)
        codec = pick_code_page(text, self.profile, self.code_page)
        self._style(scale, bold)
        if codec is None:
            self._picture(text, scale, bold)
            return
        if codec != "ascii" and codec != self.code_page:
            self.parts.append(ESC + b"t" + bytes((self.profile.code_pages[codec],)))
            self.code_page = codec
        width = self.profile.chars_per_line // scale
        rows = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
        self.parts.extend(row.encode(codec) + LF for row in rows)

    def _picture(self, text: str, scale: int, bold: bool) -> None:
        width = self.profile.width_dots
        for row in wrap_to_width(text, width, scale, bold):
            image = text_image(row, width, (scale, scale), bold, "center")
            self.parts.append(raster_command(image))

    def qr(self, data: str) -> None:
        # Control characters other than tab and line breaks could form real-time commands.
        data = "".join(char for char in data if char >= " " or char in "\t\n\r")
        self.parts.append(qr_commands(data, qr_module_size(data, self.profile.width_dots)))
        self.parts.append(LF)

    def cut(self) -> None:
        self._style(1, False)
        self.parts.append(ESC + b"d" + bytes((self.profile.feed_lines,)))
        self.parts.append(PARTIAL_CUT)
