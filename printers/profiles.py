"""Paper profiles: paper width and the code pages a printer has.

Code page numbers are the ``n`` of ``ESC t n`` in Epson's ESC/POS table, the
same numbers as the ``default`` profile of python-escpos's capabilities
database. Note that WPC1257 (Baltic) is 51 there; 25 is a Thai code page on
Epson printers (some Chinese clones do put CP1257 at 25, see
``CHINESE_CLONE_CODE_PAGES``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from printers.errors import PrinterConfigError

#: Width of a font A character in dots (12 x 24 on every common 203 dpi printer).
FONT_A_WIDTH = 12

#: ``ESC t n`` numbers of Epson's ESC/POS code page table, for the pages Python
#: has a codec for. Used to read back streams (``decode_escpos``).
EPSON_CODE_PAGES: Mapping[int, str] = MappingProxyType(
    {
        0: "cp437",
        2: "cp850",
        3: "cp860",
        4: "cp863",
        5: "cp865",
        13: "cp857",
        14: "cp737",
        15: "iso8859_7",
        16: "cp1252",
        17: "cp866",
        18: "cp852",
        19: "cp858",
        21: "cp874",
        32: "cp720",
        33: "cp775",
        34: "cp855",
        35: "cp861",
        36: "cp862",
        37: "cp864",
        38: "cp869",
        39: "iso8859_2",
        40: "iso8859_15",
        44: "cp1125",
        45: "cp1250",
        46: "cp1251",
        47: "cp1253",
        48: "cp1254",
        49: "cp1255",
        50: "cp1256",
        51: "cp1257",
        52: "cp1258",
    }
)

#: What a ticket can use on an Epson-compatible printer, in order of preference.
EPSON_TICKET_CODE_PAGES: Mapping[str, int] = MappingProxyType(
    {"cp1257": 51, "cp775": 33, "cp1252": 16, "cp850": 2, "cp866": 17, "cp437": 0}
)

#: The numbering of the POS-5890 / NT-5890K / RP326 style clones (python-escpos
#: profiles of those names): CP1257 at 25 and no CP775 at 33.
CHINESE_CLONE_CODE_PAGES: Mapping[str, int] = MappingProxyType(
    {"cp1257": 25, "cp1252": 16, "cp850": 2, "cp866": 17, "cp437": 0}
)

#: A printer with only its power-on code page.
BASIC_CODE_PAGES: Mapping[str, int] = MappingProxyType({"cp437": 0})


@dataclass(frozen=True)
class PaperProfile:
    """A paper width and the printer's character tables.

    ``code_pages`` maps a Python codec name to its ``ESC t`` number, in order of
    preference. ``number_scale`` is the character magnification of the ticket
    number; ``feed_lines`` is how many lines are fed before the cut.
    """

    name: str
    width_dots: int
    chars_per_line: int
    number_scale: int
    code_pages: Mapping[str, int] = field(hash=False)
    feed_lines: int = 4

    @property
    def codecs_by_number(self) -> Mapping[int, str]:
        """The ``ESC t`` numbers of this profile and their codecs, for decoding."""
        return {**EPSON_CODE_PAGES, **{number: codec for codec, number in self.code_pages.items()}}


def _profile(
    name: str, width_dots: int, number_scale: int, code_pages: Mapping[str, int]
) -> PaperProfile:
    return PaperProfile(
        name=name,
        width_dots=width_dots,
        chars_per_line=width_dots // FONT_A_WIDTH,
        number_scale=number_scale,
        code_pages=code_pages,
    )


PROFILES: Mapping[str, PaperProfile] = MappingProxyType(
    {
        profile.name: profile
        for profile in (
            _profile("80mm", 576, 4, EPSON_TICKET_CODE_PAGES),
            _profile("58mm", 384, 3, EPSON_TICKET_CODE_PAGES),
            _profile("80mm-clone", 576, 4, CHINESE_CLONE_CODE_PAGES),
            _profile("58mm-clone", 384, 3, CHINESE_CLONE_CODE_PAGES),
            _profile("80mm-basic", 576, 4, BASIC_CODE_PAGES),
            _profile("58mm-basic", 384, 3, BASIC_CODE_PAGES),
        )
    }
)


def get_profile(name: str | PaperProfile) -> PaperProfile:
    """The paper profile called ``name``; a profile passed in is returned as is."""
    if isinstance(name, PaperProfile):
        return name
    try:
        return PROFILES[name]
    except KeyError:
        raise PrinterConfigError(
            "unknown_profile",
            f"There is no paper profile called {name!r}; use one of {', '.join(PROFILES)}.",
        ) from None
