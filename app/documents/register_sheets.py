"""The document register's printed sheets: the outgoing post list (the letters taken to the post
office, with a line to sign) and a registered document's registration slip (its cover sheet,
with the registration number large and as a QR code).

Both are A4 PDFs with the office's letterhead, in DejaVu Sans so Estonian and Cyrillic letters
print. All words arrive already in the language they are printed in.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.documents.render import BOLD, REGULAR, Letterhead, draw_qr, logo_image, register_fonts

# The QR code of a slip: a short prefix, so a scanner at the desk tells a slip from a ticket
# or a badge.
SLIP_QR_PREFIX = "LETT-REG:"


def slip_qr_text(registry_number: str) -> str:
    return SLIP_QR_PREFIX + registry_number


def registry_number_of(scanned: str) -> str:
    """The registration number in what a scanner read from a slip's QR code (or typed)."""
    text = scanned.strip()
    if text.upper().startswith(SLIP_QR_PREFIX):
        text = text[len(SLIP_QR_PREFIX):]
    return text.strip()


@dataclass(frozen=True)
class PostRow:
    registry_number: str
    addressee: str
    address: str
    title: str
    pages: str


@dataclass(frozen=True)
class PostList:
    """The outgoing post list's words and rows."""

    letterhead: Letterhead
    title: str
    made_at: str
    count_line: str
    headings: tuple[str, str, str, str, str, str]  # no., number, addressee, address, title, pages
    rows: tuple[PostRow, ...]
    empty_text: str
    signature_lines: tuple[str, ...]  # e.g. "Handed over by", "Received by (post office)"


def _head(letterhead: Letterhead, small: ParagraphStyle, big: ParagraphStyle) -> list[object]:
    lines = [Paragraph(escape(letterhead.name), big)]
    details = [d for d in (letterhead.address, letterhead.registry_code) if d]
    if details:
        lines.append(Paragraph(escape(" \u00b7 ".join(details)), small))
    return lines


def post_list_pdf(sheet: PostList) -> bytes:
    """The outgoing post list as an A4 PDF: one row per letter and lines to sign."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=sheet.title,
                            author=sheet.letterhead.name)
    small = ParagraphStyle("small", fontName=REGULAR, fontSize=8.5, leading=11,
                           textColor=colors.HexColor("#555555"))
    office = ParagraphStyle("office", fontName=BOLD, fontSize=12, leading=15)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=17, leading=22)
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11)
    story: list[object] = [*_head(sheet.letterhead, small, office), Spacer(1, 5 * mm),
                           Paragraph(escape(sheet.title), head),
                           Paragraph(escape(f"{sheet.made_at} \u2014 {sheet.count_line}"), body),
                           Spacer(1, 5 * mm)]
    if sheet.rows:
        heading = ParagraphStyle("heading", fontName=BOLD, fontSize=9, leading=11)
        data: list[list[object]] = [[Paragraph(escape(h), heading) for h in sheet.headings]]
        for number, row in enumerate(sheet.rows, 1):
            data.append([str(number), Paragraph(escape(row.registry_number), cell),
                         Paragraph(escape(row.addressee), cell),
                         Paragraph(escape(row.address), cell),
                         Paragraph(escape(row.title), cell), row.pages])
        table = LongTable(data, colWidths=[10 * mm, 26 * mm, 38 * mm, 48 * mm, 43 * mm, 15 * mm],
                          repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), BOLD, 9),
            ("FONT", (0, 1), (-1, -1), REGULAR, 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
        ]))
        story.append(table)
    else:
        story.append(Paragraph(escape(sheet.empty_text), body))
    story.append(Spacer(1, 14 * mm))
    for line in sheet.signature_lines:
        signature = LongTable([[line, ""]], colWidths=[70 * mm, 90 * mm], hAlign="LEFT")
        signature.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 10),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]))
        story += [signature, Spacer(1, 9 * mm)]
    doc.build(story)  # type: ignore[arg-type]
    return buffer.getvalue()


@dataclass(frozen=True)
class Slip:
    """A registration slip's words: labelled lines under the registration number."""

    letterhead: Letterhead
    title: str  # e.g. "REGISTRATION SLIP"
    registry_number: str
    number_label: str
    lines: tuple[tuple[str, str], ...]  # (label, value), shown in this order
    footer: str = ""
    # The access restriction's marking ("FOR INTERNAL USE"), empty for an open document.
    restriction: str = ""


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def slip_pdf(slip: Slip) -> bytes:
    """The registration slip as a one-page A4 PDF: the office, the registration number large
    with its QR code beside it, and the document's registration date, sender, title and
    deadline below."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    left, right, top = 20 * mm, width - 20 * mm, height - 18 * mm
    c = Canvas(buffer, pagesize=A4)
    c.setTitle(f"{slip.title} {slip.registry_number}")
    c.setAuthor(slip.letterhead.name)
    x = left
    image = logo_image(slip.letterhead.logo)
    if image is not None:
        w, h = image.getSize()
        logo_w = min(16 * mm * w / h, 40 * mm)
        logo_h = logo_w * h / w
        c.drawImage(image, left, top - logo_h, logo_w, logo_h, mask="auto")
        x = left + logo_w + 5 * mm
    c.setFont(BOLD, 13)
    c.drawString(x, top - 12, slip.letterhead.name)
    c.setFont(REGULAR, 8.5)
    c.setFillColor(colors.HexColor("#555555"))
    details = [d for d in (slip.letterhead.address, slip.letterhead.registry_code) if d]
    if details:
        c.drawString(x, top - 25, " \u00b7 ".join(details))
    c.setFillColor(colors.black)
    c.setLineWidth(0.6)
    c.line(left, top - 22 * mm, right, top - 22 * mm)

    y = top - 34 * mm
    c.setFont(BOLD, 16)
    c.drawString(left, y, slip.title)
    qr = 45 * mm
    draw_qr(c, slip_qr_text(slip.registry_number), right - qr, y - qr + 6 * mm, qr)
    y -= 14 * mm
    c.setFont(REGULAR, 10)
    c.drawString(left, y, slip.number_label)
    number_w = right - qr - 8 * mm - left
    size = 40.0
    while size > 14 and stringWidth(slip.registry_number, BOLD, size) > number_w:
        size -= 1
    y -= size + 2 * mm
    c.setFont(BOLD, size)
    c.drawString(left, y, slip.registry_number)
    if slip.restriction:
        y -= 10 * mm
        c.setFont(BOLD, 12)
        c.drawString(left, y, slip.restriction)

    y = min(y, top - 34 * mm - qr) - 14 * mm
    label_w = 62 * mm
    for label, value in slip.lines:
        c.setFont(REGULAR, 10)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(left, y, label)
        c.setFillColor(colors.black)
        c.setFont(REGULAR, 11)
        for part in _wrapped(value, REGULAR, 11, right - left - label_w)[:6]:
            c.drawString(left + label_w, y, part)
            y -= 15
        y -= 6
    if slip.footer:
        c.setFont(REGULAR, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(left, 15 * mm, slip.footer)
    c.showPage()
    c.save()
    return buffer.getvalue()
