"""Reviewing a batch before anything is registered: turn, reorder, delete, insert and replace
pages; find blank pages to suggest for removal; find separator sheets and split the batch into
documents at them, or by hand.

The list operations return a new list and leave the one given untouched, so the Scan intake tab
can keep the previous state for its undo. Pages are never removed here on a guess: `is_blank`
only says what to suggest, and the person decides.

Separator sheets are of two kinds (both printable from `app.scan.separator`):
- a QR code holding `SEPARATOR_TEXT`, found by zxing-cpp in any orientation;
- the patch code T of document scanners: four black bars parallel to the sheet's leading edge,
  narrow-wide-narrow-wide read from that edge (narrow 0.08 in, wide 0.20 in, spaces 0.08 in,
  the whole 0.80 in deep and at least 2 in long). A patch is read from the edge it is nearest
  to, as a scanner reads it from the edge that goes in first, so a sheet fed upside down or
  turned by a quarter is found as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from app.scan.pages import Page

SEPARATOR_TEXT = "LETT-SEPARATOR"
QR = "qr"
PATCH_T = "patch-t"

# Patch code geometry in inches (narrow bars and spaces, wide bars), and the code T as the
# bars read from the leading edge: 0 narrow, 1 wide.
PATCH_NARROW = 0.08
PATCH_WIDE = 0.20
PATCH_T_BARS = (0, 1, 0, 1)
# Analysis resolutions: separators are read at 100 dpi (a narrow bar is 8 pixels), blank pages
# judged at 75 dpi; a 300 dpi JPEG is decoded straight at a quarter of its size.
SEPARATOR_DPI = 100
BLANK_DPI = 75

# Blank pages. A margin of 20 mm is left out on every side: punched holes (12 mm from the edge,
# 6 mm across), the scanner's edge shadows and staples fall there. The rest is cut into squares
# of 5 mm; a square holds ink if at least 4 % of it is clearly darker than the paper. Dust makes
# a square or two; a single line of a few words makes more than BLANK_MAX_INKED.
BLANK_MARGIN_MM = 20
BLANK_CELL_MM = 5
BLANK_CELL_INK = 0.04
BLANK_MAX_INKED = 3
# How much darker than the paper a pixel must be to be ink (0..255); scanner noise stays well
# under this, the faintest print or pencil over it.
INK_CONTRAST = 70


def _check_index(pages: Sequence[Page], index: int) -> None:
    if not 0 <= index < len(pages):
        raise IndexError(f"page {index} of {len(pages)}")


def rotate(pages: Sequence[Page], index: int, degrees: int) -> list[Page]:
    """The pages with page `index` turned by `degrees` clockwise (a multiple of 90)."""
    _check_index(pages, index)
    if degrees % 90:
        raise ValueError(f"pages turn by quarter turns, not {degrees} degrees")
    turned = list(pages)
    turned[index] = pages[index].rotated(degrees)
    return turned


def rotate_all(pages: Sequence[Page], degrees: int) -> list[Page]:
    """Every page turned by `degrees` clockwise: a batch that went in upside down."""
    if degrees % 90:
        raise ValueError(f"pages turn by quarter turns, not {degrees} degrees")
    return [page.rotated(degrees) for page in pages]


def move(pages: Sequence[Page], source: int, target: int) -> list[Page]:
    """The pages with the page at `source` taken out and put at `target` (its index in the
    result), as when a thumbnail is dragged."""
    _check_index(pages, source)
    _check_index(pages, target)
    moved = list(pages)
    moved.insert(target, moved.pop(source))
    return moved


def delete(pages: Sequence[Page], indices: Iterable[int]) -> list[Page]:
    """The pages without those at `indices`."""
    gone = set(indices)
    for index in gone:
        _check_index(pages, index)
    return [page for n, page in enumerate(pages) if n not in gone]


def insert(pages: Sequence[Page], index: int, new: Sequence[Page]) -> list[Page]:
    """The pages with `new` (say, pages scanned again) put before page `index`; `index` equal
    to the number of pages puts them at the end."""
    if not 0 <= index <= len(pages):
        raise IndexError(f"position {index} of {len(pages)}")
    return [*pages[:index], *new, *pages[index:]]


def replace(pages: Sequence[Page], index: int, new: Sequence[Page]) -> list[Page]:
    """The pages with page `index` replaced by `new` (one page scanned again, or several where
    one was a double feed)."""
    _check_index(pages, index)
    return [*pages[:index], *new, *pages[index + 1:]]


def split_at(pages: Sequence[Page], indices: Iterable[int]) -> list[list[Page]]:
    """The pages cut into documents by hand: a new document starts at each of `indices`."""
    cuts = sorted(set(indices))
    for index in cuts:
        if not 0 < index < len(pages):
            raise IndexError(f"a document cannot start at page {index} of {len(pages)}")
    bounds = [0, *cuts, len(pages)]
    return [list(pages[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def join(documents: Sequence[Sequence[Page]], index: int) -> list[list[Page]]:
    """The documents with document `index` and the one after it made one (a split undone)."""
    if not 0 <= index < len(documents) - 1:
        raise IndexError(f"document {index} of {len(documents)} has none after it")
    joined = [list(d) for d in documents]
    joined[index:index + 2] = [joined[index] + joined[index + 1]]
    return joined


def split_documents(pages: Sequence[Page]) -> list[list[Page]]:
    """The batch cut into documents at its separator sheets, which are left out. Separators at
    the start or end, or two in a row, make no empty document."""
    documents: list[list[Page]] = [[]]
    for page in pages:
        if separator_kind(page) is None:
            documents[-1].append(page)
        elif documents[-1]:
            documents.append([])
    return [d for d in documents if d]


def separator_kind(page: Page) -> str | None:
    """`"qr"` or `"patch-t"` when the page is a separator sheet, else None (also for an image
    that cannot be read)."""
    image = _gray(page.image, page.dpi, SEPARATOR_DPI)
    if image is None:
        return None
    if _has_separator_qr(image):
        return QR
    if _has_patch_t(image, SEPARATOR_DPI):
        return PATCH_T
    return None


def is_blank(page: Page) -> bool:
    """Whether the page looks empty (and may be suggested for removal): dust, scanner noise,
    punched holes and edge shadows do not count as content; a line of a few words does. An
    image that cannot be read is not blank."""
    image = _gray(page.image, page.dpi, BLANK_DPI)
    if image is None:
        return False
    margin = round(BLANK_MARGIN_MM / 25.4 * BLANK_DPI)
    if image.width <= 3 * margin or image.height <= 3 * margin:
        margin = 0  # a small slip of paper: look at all of it
    inner = image.crop((margin, margin, image.width - margin, image.height - margin))
    paper = _level(inner, 0.5)
    limit = paper - INK_CONTRAST
    if limit <= 0:
        return False  # mostly dark: a photo or a dark form, never blank
    ink = inner.point(lambda v: 255 if v < limit else 0)
    cell = round(BLANK_CELL_MM / 25.4 * BLANK_DPI)
    grid = ink.resize((max(1, inner.width // cell), max(1, inner.height // cell)),
                      Image.Resampling.BOX)
    inked = sum(1 for v in grid.tobytes() if v >= BLANK_CELL_INK * 255)
    return inked <= BLANK_MAX_INKED


def _gray(path: Path, dpi: int, target_dpi: int) -> Image.Image | None:
    """The image in grayscale at about `target_dpi` (never more than the scan has), or None
    when it cannot be read: such a page is kept in its document and named when the PDF is
    made, rather than stopping the review of the whole batch."""
    try:
        with Image.open(path) as image:
            scale = min(1.0, target_dpi / max(dpi, 1))
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            # JPEG decodes straight at 1/2, 1/4 or 1/8 of its size: most of the work saved.
            image.draft("L", size)
            gray = ImageOps.grayscale(image) if image.mode != "L" else image.copy()
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    if gray.size != size:
        gray = gray.resize(size, Image.Resampling.BOX)
    return gray


def _has_separator_qr(image: Image.Image) -> bool:
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return any(code.text == SEPARATOR_TEXT for code in codes)


def _has_patch_t(image: Image.Image, dpi: int) -> bool:
    # Bars across the page (sheet fed head or foot first), then bars along it (fed sideways):
    # transposing makes the second case the first.
    return any(_patch_t_across(view, dpi)
               for view in (image, image.transpose(Image.Transpose.TRANSPOSE)))


def _patch_t_across(image: Image.Image, dpi: int) -> bool:
    """Whether the image holds patch code T with its bars running left to right."""
    threshold = _ink_threshold(image)
    if threshold is None:
        return False
    dark = image.point(lambda v: 0 if v < threshold else 255)
    width, height = dark.size
    rows = dark.tobytes()
    # Rows holding a dark run of an inch or more: only bars (and dark pictures) have those; a
    # scan skewed by a few degrees still does, as a narrow bar crosses a row over 1.5 in.
    run = b"\x00" * round(dpi)
    starts: dict[int, int] = {}
    for y in range(height):
        x = rows.find(run, y * width, (y + 1) * width)
        if x >= 0:
            # Where the bar starts, in steps of a fifth of an inch: rows of one patch agree.
            starts.setdefault((x - y * width) // max(1, dpi // 5), x - y * width)
    # Read the bars down a narrow strip a little inside the run, and again further along it:
    # a patch is there when both strips read T.
    for x in list(starts.values())[:12]:
        strips = (x + dpi // 5, x + dpi * 4 // 5)
        if all(_strip_reads_t(dark, s, dpi) for s in strips):
            return True
    return False


def _ink_threshold(image: Image.Image) -> int | None:
    """Half way between the paper and the darkest ink, or None for a page without dark ink."""
    paper = _level(image, 0.5)
    ink = _level(image, 0.005)
    if paper - ink < 2 * INK_CONTRAST:
        return None
    return (paper + ink) // 2


def _level(image: Image.Image, share: float) -> int:
    """The grey level that `share` of the pixels are at or below."""
    wanted = share * image.width * image.height
    seen = 0
    for level, count in enumerate(image.histogram()):
        seen += count
        if seen >= wanted:
            return level
    return 255


def _strip_reads_t(dark: Image.Image, x: int, dpi: int) -> bool:
    strip_width = max(2, dpi // 10)
    if x + strip_width > dark.width:
        return False
    strip = dark.crop((x, 0, x + strip_width, dark.height)).resize(
        (1, dark.height), Image.Resampling.BOX)
    column = strip.point(lambda v: 0 if v < 128 else 255).tobytes()
    runs = [(m.start(), m.end()) for m in re.finditer(rb"\x00+", column)]
    for n in range(len(runs) - 3):
        group = runs[n:n + 4]
        pattern = _patch_pattern(group, dpi)
        if pattern is None:
            continue
        # Read from the nearer edge: a patch in the lower half came in foot first.
        middle = (group[0][0] + group[-1][1]) / 2
        if middle > dark.height / 2:
            pattern = pattern[::-1]
        if pattern == PATCH_T_BARS:
            return True
    return False


def _patch_pattern(bars: list[tuple[int, int]], dpi: int) -> tuple[int, ...] | None:
    """The four bars as narrow (0) and wide (1), or None if they are not a patch code."""
    widths = [(end - start) / dpi for start, end in bars]
    spaces = [(b[0] - a[1]) / dpi for a, b in zip(bars, bars[1:], strict=False)]
    if not all(0.04 <= s <= 0.13 for s in spaces):
        return None
    pattern = tuple(1 if w >= (PATCH_NARROW + PATCH_WIDE) / 2 else 0 for w in widths)
    if sum(pattern) != 2:
        return None
    narrow = [w for w, p in zip(widths, pattern, strict=True) if not p]
    wide = [w for w, p in zip(widths, pattern, strict=True) if p]
    if not (min(narrow) >= 0.04 and max(narrow) <= 0.13
            and min(wide) >= 0.15 and max(wide) <= 0.27):
        return None
    return pattern

