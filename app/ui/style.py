"""Fonts and colours shared by the windows."""

from __future__ import annotations

import resources
from app.ui.qt import QColor, QFont, QFontDatabase, QWidget

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

INK = "#1b1f24"
MUTED = "#57606a"
PAPER = "#ffffff"
INFO_BG = "#ddf4ff"
INFO_FG = "#0a3069"
ERROR_BG = "#ffebe9"
ERROR_FG = "#82071e"
CALL_BG = "#0b3d91"
FLASH_BG = "#ffd33d"

_family: list[str] = []


def font_family() -> str:
    """The bundled DejaVu Sans (Estonian and Cyrillic letters on every PC), loaded once."""
    if not _family:
        family = FALLBACK_FAMILY
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources.path("fonts", name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                family = families[0]
        _family.append(family)
    return _family[0]


def font(pixels: int, bold: bool = False) -> QFont:
    f = QFont(font_family())
    f.setPixelSize(max(int(pixels), 6))
    f.setBold(bold)
    return f


def set_font(widget: QWidget, pixels: int, bold: bool = False) -> None:
    widget.setFont(font(pixels, bold))


def text_on(background: str) -> str:
    """Black or white, whichever reads better on `background`."""
    c = QColor(background)

    def linear(v: int) -> float:
        s = v / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue())
    return "#000000" if luminance > 0.35 else "#ffffff"


def darker(colour: str, factor: int = 130) -> str:
    return QColor(colour).darker(factor).name()
