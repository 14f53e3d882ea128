"""Read an ESC/POS stream back as a listing people can check.

``decode_escpos`` turns bytes into lines such as ``INIT``, ``CODEPAGE 51 (cp1257)``,
``SIZE 4x4``, ``TEXT 'Eeldatav ooteaeg'``, ``RASTER 576x30``, ``QR 'https://…'``
and ``CUT partial``. Text is decoded with the code page selected at that point.
Bytes it does not know are listed as ``HEX ..`` and never stop the decoding.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

from printers.profiles import EPSON_CODE_PAGES

_ALIGN_NAMES = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}
_QR_EC_NAMES = {48: "L", 49: "M", 50: "Q", 51: "H"}
_STATUS_NAMES = {1: "printer", 2: "offline cause", 3: "error cause", 4: "paper sensor"}
_HEX_LIMIT = 48


class Op(ABC):
    """One decoded command."""

    @abstractmethod
    def describe(self) -> str:
        """The command as one line of the listing."""


@dataclass(frozen=True)
class Init(Op):
    def describe(self) -> str:
        return "INIT"


@dataclass(frozen=True)
class CodePage(Op):
    number: int
    codec: str | None

    def describe(self) -> str:
        return f"CODEPAGE {self.number} ({self.codec or 'unknown'})"


@dataclass(frozen=True)
class Setting(Op):
    """A command whose effect the listing only names (character set, line spacing, ...)."""

    name: str
    value: str

    def describe(self) -> str:
        return f"{self.name} {self.value}"


@dataclass(frozen=True)
class Align(Op):
    align: str

    def describe(self) -> str:
        return f"ALIGN {self.align}"


@dataclass(frozen=True)
class Bold(Op):
    on: bool

    def describe(self) -> str:
        return f"BOLD {'on' if self.on else 'off'}"


@dataclass(frozen=True)
class Size(Op):
    width: int
    height: int

    def describe(self) -> str:
        return f"SIZE {self.width}x{self.height}"


@dataclass(frozen=True)
class PrintMode(Op):
    """``ESC !``: bold and double width / height in one byte."""

    value: int

    @property
    def bold(self) -> bool:
        return bool(self.value & 0x08)

    @property
    def size(self) -> tuple[int, int]:
        return (2 if self.value & 0x20 else 1, 2 if self.value & 0x10 else 1)

    def describe(self) -> str:
        width, height = self.size
        bold = "on" if self.bold else "off"
        return f"PRINTMODE 0x{self.value:02x} (bold {bold}, {width}x{height})"


@dataclass(frozen=True)
class Text(Op):
    """Text up to a line feed (``newline``) or up to the next command."""

    text: str
    newline: bool = True

    def describe(self) -> str:
        return f"TEXT {self.text!r}" + ("" if self.newline else " (no LF)")


@dataclass(frozen=True)
class LineFeed(Op):
    def describe(self) -> str:
        return "LF"


@dataclass(frozen=True)
class Feed(Op):
    lines: int = 0
    dots: int = 0

    def describe(self) -> str:
        return f"FEED {self.lines}" if self.lines or not self.dots else f"FEED_DOTS {self.dots}"


@dataclass(frozen=True)
class Raster(Op):
    """``GS v 0`` bit image; ``data`` holds rows of ``width // 8`` bytes, set bit = black."""

    width: int
    height: int
    data: bytes

    def describe(self) -> str:
        return f"RASTER {self.width}x{self.height}"


@dataclass(frozen=True)
class Qr(Op):
    data: str
    model: int
    module_size: int
    error_level: str

    def describe(self) -> str:
        return f"QR {self.data!r}"


@dataclass(frozen=True)
class Cut(Op):
    partial: bool
    feed: int | None = None

    def describe(self) -> str:
        text = f"CUT {'partial' if self.partial else 'full'}"
        return text if self.feed is None else f"{text} (feed {self.feed})"


@dataclass(frozen=True)
class StatusRequest(Op):
    number: int

    def describe(self) -> str:
        return f"STATUS_REQUEST {self.number} ({_STATUS_NAMES[self.number]})"


@dataclass(frozen=True)
class Unknown(Op):
    raw: bytes

    def describe(self) -> str:
        shown = self.raw[:_HEX_LIMIT].hex(" ")
        more = f" … ({len(self.raw)} bytes)" if len(self.raw) > _HEX_LIMIT else ""
        return f"HEX {shown}{more}"


def decode_escpos(data: bytes, code_pages: Mapping[int, str] | None = None) -> list[str]:
    """A readable listing of the ESC/POS stream ``data``, one command per line.

    ``code_pages`` maps ``ESC t`` numbers to Python codecs; Epson's table by default.
    """
    return [op.describe() for op in decode_ops(data, code_pages)]


def decode_ops(data: bytes, code_pages: Mapping[int, str] | None = None) -> list[Op]:
    """The commands of ``data`` as :class:`Op` objects (what the listing is made from)."""
    return _Decoder(bytes(data), EPSON_CODE_PAGES if code_pages is None else code_pages).run()


class _Truncated(Exception):
    """The stream ends inside a command."""


class _Decoder:
    def __init__(self, data: bytes, code_pages: Mapping[int, str]) -> None:
        self.data = data
        self.code_pages = code_pages
        self.pos = 0
        self.ops: list[Op] = []
        self.text = bytearray()
        self.codec: str | None = code_pages.get(0, "cp437")
        self._reset_qr()

    def _reset_qr(self) -> None:
        self.qr_model = 2
        self.qr_size = 3
        self.qr_error = "L"
        self.qr_data = b""

    def run(self) -> list[Op]:
        while self.pos < len(self.data):
            start = self.pos
            byte = self.data[self.pos]
            if byte >= 0x20 and byte != 0x7F:
                self.text.append(byte)
                self.pos += 1
                continue
            if byte == 0x0A:
                self.pos += 1
                if self.text:
                    self._flush(newline=True)
                else:
                    self.ops.append(LineFeed())
                continue
            if byte == 0x0D:
                self.pos += 1
                continue
            self._flush(newline=False)
            try:
                self._command(byte)
            except _Truncated:
                self.pos = len(self.data)
                self.ops.append(Unknown(self.data[start:]))
        self._flush(newline=False)
        return self.ops

    def _flush(self, newline: bool) -> None:
        if not self.text:
            return
        raw = bytes(self.text)
        self.text.clear()
        try:
            text = raw.decode(self.codec or "ascii", errors="replace")
        except LookupError:
            text = raw.decode("ascii", errors="replace")
        self.ops.append(Text(text, newline))

    def _take(self, count: int) -> bytes:
        end = self.pos + count
        if end > len(self.data):
            raise _Truncated
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def _byte(self) -> int:
        return self._take(1)[0]

    def _command(self, byte: int) -> None:
        start = self.pos
        self.pos += 1
        if byte == 0x1B:
            self._esc(self._byte(), start)
        elif byte == 0x1D:
            self._gs(self._byte(), start)
        elif byte == 0x10:
            self._dle(start)
        else:
            self.ops.append(Unknown(bytes((byte,))))

    def _unknown_from(self, start: int) -> None:
        self.ops.append(Unknown(self.data[start : self.pos]))

    def _esc(self, code: int, start: int) -> None:
        char = chr(code)
        if char == "@":
            self.codec = self.code_pages.get(0, "cp437")
            self._reset_qr()
            self.ops.append(Init())
        elif char == "t":
            number = self._byte()
            self.codec = self.code_pages.get(number)
            self.ops.append(CodePage(number, self.codec))
        elif char == "a":
            value = self._byte()
            if value in _ALIGN_NAMES:
                self.ops.append(Align(_ALIGN_NAMES[value]))
            else:
                self._unknown_from(start)
        elif char == "E":
            self.ops.append(Bold(bool(self._byte() & 1)))
        elif char == "!":
            self.ops.append(PrintMode(self._byte()))
        elif char == "d":
            self.ops.append(Feed(lines=self._byte()))
        elif char == "J":
            self.ops.append(Feed(dots=self._byte()))
        elif char == "R":
            self.ops.append(Setting("CHARSET", str(self._byte())))
        elif char == "2":
            self.ops.append(Setting("LINESPACING", "default"))
        elif char == "3":
            self.ops.append(Setting("LINESPACING", str(self._byte())))
        elif char == "-":
            self.ops.append(Setting("UNDERLINE", str(self._byte() & 3)))
        elif char == "M":
            self.ops.append(Setting("FONT", "B" if self._byte() & 1 else "A"))
        else:
            self._unknown_from(start)

    def _gs(self, code: int, start: int) -> None:
        char = chr(code)
        if char == "!":
            value = self._byte()
            self.ops.append(Size(((value >> 4) & 7) + 1, (value & 7) + 1))
        elif char == "v":
            self._raster(start)
        elif char == "(":
            self._gs_paren(start)
        elif char == "V":
            self._cut(start)
        elif char == "B":
            self.ops.append(Setting("REVERSE", "on" if self._byte() & 1 else "off"))
        else:
            self._unknown_from(start)

    def _raster(self, start: int) -> None:
        if self._byte() != ord("0"):
            self._unknown_from(start)
            return
        mode, x_low, x_high, y_low, y_high = self._take(5)
        width_bytes = x_low + 256 * x_high
        height = y_low + 256 * y_high
        image = self._take(width_bytes * height)
        if mode not in (0, 48):
            self.ops.append(Setting("RASTER_MODE", str(mode)))
        self.ops.append(Raster(width_bytes * 8, height, image))

    def _gs_paren(self, start: int) -> None:
        if self._byte() != ord("k"):
            self._unknown_from(start)
            return
        low, high = self._take(2)
        body = self._take(low + 256 * high)
        if len(body) < 2 or body[0] != ord("1"):
            self._unknown_from(start)
            return
        function, args = body[1], body[2:]
        if function == 65 and args:
            self.qr_model = {49: 1, 50: 2, 51: 3}.get(args[0], args[0])
            self.ops.append(Setting("QR_MODEL", str(self.qr_model)))
        elif function == 67 and args:
            self.qr_size = args[0]
            self.ops.append(Setting("QR_SIZE", str(self.qr_size)))
        elif function == 69 and args:
            self.qr_error = _QR_EC_NAMES.get(args[0], str(args[0]))
            self.ops.append(Setting("QR_EC", self.qr_error))
        elif function == 80 and args:
            self.qr_data = args[1:]
        elif function == 81:
            text = self.qr_data.decode("utf-8", errors="replace")
            self.ops.append(Qr(text, self.qr_model, self.qr_size, self.qr_error))
        else:
            self._unknown_from(start)

    def _cut(self, start: int) -> None:
        mode = self._byte()
        if mode in (0, 48):
            self.ops.append(Cut(partial=False))
        elif mode in (1, 49):
            self.ops.append(Cut(partial=True))
        elif mode in (65, 66):
            self.ops.append(Cut(partial=mode == 66, feed=self._byte()))
        else:
            self._unknown_from(start)

    def _dle(self, start: int) -> None:
        if self._byte() != 0x04:
            self._unknown_from(start)
            return
        number = self._byte()
        if number in _STATUS_NAMES:
            self.ops.append(StatusRequest(number))
        else:
            self._unknown_from(start)
