"""Separator sheets to print and put in front of each document of a batch, so that review splits
the scanned batch into documents by itself (see `app.scan.review.split_documents`).

Two kinds: a large QR code with Lett's separator text, which any scanner carries through as an
image; and the patch code T, which document scanners with a patch reader also recognise
themselves. The patch is printed at the head and, mirrored, at the foot of the sheet, so that it
is read from whichever edge goes into the scanner first.
"""

from __future__ import annotations

import io

import qrcode
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.documents.pdfa import make_pdfa
from app.documents.render import BOLD, REGULAR, register_fonts
from app.i18n import translate
from app.scan.review import PATCH_NARROW, PATCH_T, PATCH_T_BARS, PATCH_WIDE, QR, SEPARATOR_TEXT

CONTEXT = "scan_separator"
KINDS = (QR, PATCH_T)
WIDTH, HEIGHT = A4
# The patch's bars: 150 mm long (2 in at the least), their head edge 20 mm from the paper's.
PATCH_LENGTH = 150 * mm
PATCH_MARGIN = 20 * mm
QR_SIZE = 110 * mm


def separator_sheet_pdf(kind: str, lang: str) -> bytes:
    """An A4 separator sheet of `kind` ("qr" or "patch-t") with its instruction in `lang`, as a
    PDF/A-2b document."""
    if kind not in KINDS:
        raise ValueError(f"separator sheets are {' or '.join(KINDS)}, not {kind!r}")
    register_fonts()
    out = io.BytesIO()
    title = translate(CONTEXT, "Separator sheet", lang)
    c = Canvas(out, pagesize=A4, initialFontName=REGULAR, pageCompression=1)
    c.setTitle(title)
    c.setCreator("Lett")
    c.setFillColor(black)
    if kind == QR:
        _draw_qr(c)
    else:
        _draw_patch(c, HEIGHT - PATCH_MARGIN, -1, PATCH_T_BARS)
        _draw_patch(c, PATCH_MARGIN, 1, PATCH_T_BARS)
    c.setFont(BOLD, 22)
    c.drawCentredString(WIDTH / 2, HEIGHT / 2 + (QR_SIZE / 2 + 18 * mm if kind == QR else 10 * mm),
                        title)
    c.setFont(REGULAR, 13)
    c.drawCentredString(
        WIDTH / 2, HEIGHT / 2 - (QR_SIZE / 2 + 18 * mm if kind == QR else 5 * mm),
        translate(CONTEXT, "Put it in front of each document", lang))
    c.setFont(REGULAR, 9)
    c.drawCentredString(
        WIDTH / 2, HEIGHT / 2 - (QR_SIZE / 2 + 26 * mm if kind == QR else 14 * mm),
        translate(CONTEXT, "Lett splits the scanned pages here and leaves this sheet out.", lang))
    c.showPage()
    c.save()
    return make_pdfa(out.getvalue(), lang)


def _draw_qr(c: Canvas) -> None:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(SEPARATOR_TEXT)
    image = code.make_image(fill_color="black", back_color="white").get_image()
    c.drawImage(ImageReader(image.convert("L")), (WIDTH - QR_SIZE) / 2,
                (HEIGHT - QR_SIZE) / 2, QR_SIZE, QR_SIZE)


def _draw_patch(c: Canvas, edge: float, step: int, bars: tuple[int, ...]) -> None:
    """Bars across the sheet from `edge` (a y in points) into the sheet (`step` +1 upwards,
    -1 downwards), in the order they are read from that edge."""
    x = (WIDTH - PATCH_LENGTH) / 2
    y = edge
    for wide in bars:
        depth = (PATCH_WIDE if wide else PATCH_NARROW) * inch
        c.rect(x, min(y, y + step * depth), PATCH_LENGTH, depth, stroke=0, fill=1)
        y += step * (depth + PATCH_NARROW * inch)
