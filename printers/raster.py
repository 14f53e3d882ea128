"""Text drawn as a picture, for lines the printer has no code page for.

The lines are drawn with the shipped DejaVu Sans at the size of the printer's
font A (12 x 24 dots per character, about 30 dots per line) so that a line
printed as an image sits among printed text without standing out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

import resources

#: Height of one printed line of normal size text in dots (text plus spacing).
LINE_PITCH = 30
#: DejaVu Sans pixel size whose capitals match font A's.
_FONT_SIZE = 22
#: Where the baseline sits in a line of normal size text.
_BASELINE = 21

# Dark pixels (value < 128) become set bits, which the printer prints.
_INK = [255 if value < 128 else 0 for value in range(256)]
# Printers act on real-time commands (DLE EOT status requests, DLE ENQ, DLE DC4
# buffer clear or power off) even inside picture data. The DLE byte of such a
# sequence loses its one dot instead.
_REALTIME_COMMAND = re.compile(rb"\x10(?=[\x04\x05\x14])")


@lru_cache(maxsize=32)
def font(scale: int, bold: bool) -> ImageFont.FreeTypeFont:
    """DejaVu Sans at ``scale`` times the size of the printer's font A (cached)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resources.path("fonts", name)), _FONT_SIZE * scale)


def line_height(scale: int) -> int:
    """Dots one line of text takes at a character height of ``scale``."""
    return LINE_PITCH * scale


def wrap_to_width(text: str, width_dots: int, scale: int, bold: bool) -> list[str]:
    """Split ``text`` at spaces so that each piece is at most ``width_dots`` wide.

    Words wider than a whole line are cut between letters.
    """
    face = font(scale, bold)
    rows: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if face.getlength(candidate) <= width_dots:
            current = candidate
            continue
        if current:
            rows.append(current)
        current = ""
        for letter in word:
            if current and face.getlength(current + letter) > width_dots:
                rows.append(current)
                current = ""
            current += letter
    if current or not rows:
        rows.append(current)
    return rows


def text_image(
    text: str, width_dots: int, scale: tuple[int, int], bold: bool, align: str
) -> Image.Image:
    """One line of black text on white, ``width_dots`` wide, aligned like ESC a.

    ``scale`` is the (width, height) magnification, as in ``GS !``.
    """
    scale_w, scale_h = scale
    face = font(scale_h, bold)
    height = line_height(scale_h)
    # Draw at the height's scale, then stretch sideways when the width differs.
    drawn_width = max(1, round(width_dots * scale_h / scale_w))
    image = Image.new("L", (drawn_width, height), 255)
    text_width = face.getlength(text)
    if align == "center":
        x = (drawn_width - text_width) / 2
    elif align == "right":
        x = drawn_width - text_width
    else:
        x = 0
    ImageDraw.Draw(image).text((x, _BASELINE * scale_h), text, font=face, fill=0, anchor="ls")
    if drawn_width != width_dots:
        image = image.resize((width_dots, height), Image.Resampling.BILINEAR)
    return image


def raster_command(image: Image.Image) -> bytes:
    """``GS v 0`` printing ``image`` (dark pixels print) at normal density.

    A dot that would make the data read as a real-time command is left out.
    """
    bilevel = image.convert("L").point(_INK, mode="1")
    width, height = bilevel.size
    width_bytes = (width + 7) // 8
    if width % 8:
        padded = Image.new("1", (width_bytes * 8, height), 0)
        padded.paste(bilevel, (0, 0))
        bilevel = padded
    header = b"\x1dv0\x00" + width_bytes.to_bytes(2, "little") + height.to_bytes(2, "little")
    return header + _REALTIME_COMMAND.sub(b"\x00", bilevel.tobytes())
