"""A picture of what an ESC/POS stream prints, for the ticket preview and screenshots."""

from __future__ import annotations

import qrcode
from PIL import Image, ImageDraw, ImageOps
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q

from printers.decode import (
    Align,
    Bold,
    Cut,
    Feed,
    Init,
    LineFeed,
    PrintMode,
    Qr,
    Raster,
    Size,
    Text,
    decode_ops,
)
from printers.profiles import PaperProfile, get_profile
from printers.raster import LINE_PITCH, line_height, text_image

#: White paper around the printable width, in dots.
MARGIN = 16
_QR_LEVELS = {
    "L": ERROR_CORRECT_L,
    "M": ERROR_CORRECT_M,
    "Q": ERROR_CORRECT_Q,
    "H": ERROR_CORRECT_H,
}
_CUT_HEIGHT = 24


def render_preview(data: bytes, profile: str | PaperProfile = "80mm") -> Image.Image:
    """Draw the stream ``data`` as the printer of ``profile`` would print it.

    Text is drawn with DejaVu Sans at the printer's font size, pictures as they
    are, QR codes as QR codes and a cut as a dashed line. Returns a greyscale image
    as wide as the paper's printable width plus a margin.
    """
    paper = get_profile(profile)
    strips = _Painter(paper).paint(data)
    height = sum(strip.height for strip in strips)
    page = Image.new("L", (paper.width_dots + 2 * MARGIN, height + 2 * MARGIN), 255)
    y = MARGIN
    for strip in strips:
        page.paste(strip, (MARGIN, y))
        y += strip.height
    ImageDraw.Draw(page).rectangle((0, 0, page.width - 1, page.height - 1), outline=180)
    return page


class _Painter:
    def __init__(self, profile: PaperProfile) -> None:
        self.profile = profile
        self.width = profile.width_dots
        self.strips: list[Image.Image] = []
        self._reset()

    def _reset(self) -> None:
        self.align = "left"
        self.bold = False
        self.size = (1, 1)

    def _blank(self, height: int) -> None:
        if height > 0:
            self.strips.append(Image.new("L", (self.width, height), 255))

    def _place(self, image: Image.Image) -> None:
        """Add ``image`` as a strip, positioned by the current alignment."""
        image = image.crop((0, 0, min(image.width, self.width), image.height))
        strip = Image.new("L", (self.width, image.height), 255)
        if self.align == "center":
            x = (self.width - image.width) // 2
        elif self.align == "right":
            x = self.width - image.width
        else:
            x = 0
        strip.paste(image, (x, 0))
        self.strips.append(strip)

    def paint(self, data: bytes) -> list[Image.Image]:
        for op in decode_ops(data, self.profile.codecs_by_number):
            if isinstance(op, Init):
                self._reset()
            elif isinstance(op, Align):
                self.align = op.align
            elif isinstance(op, Bold):
                self.bold = op.on
            elif isinstance(op, Size):
                self.size = (op.width, op.height)
            elif isinstance(op, PrintMode):
                self.bold = op.bold
                self.size = op.size
            elif isinstance(op, Text):
                self._text(op.text)
            elif isinstance(op, LineFeed):
                self._blank(line_height(self.size[1]))
            elif isinstance(op, Feed):
                self._blank(op.lines * LINE_PITCH + op.dots)
            elif isinstance(op, Raster):
                self._raster(op)
            elif isinstance(op, Qr):
                self._qr(op)
            elif isinstance(op, Cut):
                self._cut(op)
            # Code pages, status requests and unknown bytes leave no mark on paper.
        return self.strips

    def _text(self, text: str) -> None:
        # The printer breaks a line that is too long after the last character that fits.
        per_line = max(1, self.profile.chars_per_line // self.size[0])
        for start in range(0, max(len(text), 1), per_line):
            row = text[start : start + per_line]
            self.strips.append(text_image(row, self.width, self.size, self.bold, self.align))

    def _raster(self, op: Raster) -> None:
        if op.width == 0 or op.height == 0:
            return
        bits = Image.frombytes("1", (op.width, op.height), op.data)
        self._place(ImageOps.invert(bits.convert("L")))

    def _qr(self, op: Qr) -> None:
        code = qrcode.QRCode(
            error_correction=_QR_LEVELS.get(op.error_level, ERROR_CORRECT_L),
            box_size=max(1, op.module_size),
            border=0,
        )
        code.add_data(op.data)
        self._place(code.make_image().get_image().convert("L"))

    def _cut(self, op: Cut) -> None:
        self._blank(op.feed or 0)
        strip = Image.new("L", (self.width, _CUT_HEIGHT), 255)
        draw = ImageDraw.Draw(strip)
        dash = 12 if op.partial else 24
        for x in range(0, self.width, 2 * dash):
            draw.line((x, _CUT_HEIGHT // 2, x + dash, _CUT_HEIGHT // 2), fill=120, width=2)
        self.strips.append(strip)
