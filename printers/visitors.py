"""A visitor's badge (on the ESC/POS ticket printer, or as a PDF label) and the evacuation
list (a PDF made on this PC, so it prints with no network).

A badge shows the visitor's name, their host and the date, and a QR code of the badge's random
token that checks the visitor out; never the personal code. All text arrives already in the
language it is printed in.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M

import resources
from printers.profiles import PaperProfile, get_profile
from printers.service import PrintResult, _print
from printers.ticket import _Stream
from printers.uri import PrinterUri, parse_printer_uri

# The QR code of a badge: a short prefix, so a scanner at the desk tells a badge from a ticket.
BADGE_QR_PREFIX = "LETT-BADGE:"
# A badge label: 90 x 54 mm (a name badge holder's card).
LABEL_W_MM = 90
LABEL_H_MM = 54


@dataclass(frozen=True)
class Badge:
    office_name: str
    visitor_name: str
    organisation: str
    host_line: str  # e.g. "Host: Kati Karu, room 204"
    date_text: str
    token: str
    title: str = "VISITOR"

    @property
    def qr_data(self) -> str:
        return BADGE_QR_PREFIX + self.token


def badge_token_of(scanned: str) -> str:
    """The token in what a scanner read from a badge's QR code (or the token typed)."""
    text = scanned.strip()
    if text.upper().startswith(BADGE_QR_PREFIX):
        text = text[len(BADGE_QR_PREFIX):]
    return text.strip()


def render_badge(badge: Badge, profile: str | PaperProfile = "80mm") -> bytes:
    """The badge as an ESC/POS stream for the ticket printer."""
    paper = get_profile(profile)
    out = _Stream(paper)
    out.text(badge.office_name, bold=True)
    out.text(badge.title, scale=2, bold=True)
    out.blank()
    out.text(badge.visitor_name, scale=2, bold=True)
    if badge.organisation:
        out.text(badge.organisation)
    out.blank()
    out.text(badge.host_line)
    out.text(badge.date_text)
    out.blank()
    out.qr(badge.qr_data)
    out.cut()
    return out.getvalue()


def print_badge(uri: str | PrinterUri, badge: Badge, profile: str | PaperProfile = "80mm",
                timeout: float = 5.0) -> PrintResult:
    """Print a badge on the ticket printer at `uri` (raises PrinterError as print_ticket)."""
    target = parse_printer_uri(uri) if isinstance(uri, str) else uri
    return _print(target, render_badge(badge, profile), timeout)


# -- PDF -------------------------------------------------------------------------------------


@cache
def _fonts() -> tuple[str, str]:
    """DejaVu Sans (regular, bold), registered once: Estonian and Cyrillic letters print."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("LettSans", str(resources.path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont("LettSans-Bold",
                                   str(resources.path("fonts", "DejaVuSans-Bold.ttf"))))
    return "LettSans", "LettSans-Bold"


def _qr_image(data: str) -> object:
    from reportlab.lib.utils import ImageReader

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=8, border=1)
    code.add_data(data)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    buffer.seek(0)
    return ImageReader(buffer)


def _fit(canvas: object, text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to `size` at which `text` fits `width`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def badge_pdf(badge: Badge) -> bytes:
    """The badge as a one-page PDF label of LABEL_W_MM x LABEL_H_MM."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    regular, bold = _fonts()
    buffer = io.BytesIO()
    w, h = LABEL_W_MM * mm, LABEL_H_MM * mm
    c = Canvas(buffer, pagesize=(w, h))
    c.setTitle(badge.title)
    margin = 4 * mm
    qr = 24 * mm
    text_w = w - 3 * margin - qr
    c.setFillGray(0.15)
    c.rect(0, h - 11 * mm, w, 11 * mm, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont(bold, _fit(c, badge.title, bold, 14, w - 2 * margin))
    c.drawString(margin, h - 8 * mm, badge.title)
    c.setFont(regular, 7)
    c.drawRightString(w - margin, h - 8 * mm, badge.office_name[:60])
    c.setFillGray(0)
    y = h - 20 * mm
    size = _fit(c, badge.visitor_name, bold, 16, text_w)
    c.setFont(bold, size)
    c.drawString(margin, y, badge.visitor_name)
    y -= 5.5 * mm
    if badge.organisation:
        c.setFont(regular, _fit(c, badge.organisation, regular, 9, text_w))
        c.drawString(margin, y, badge.organisation)
        y -= 6 * mm
    c.setFont(regular, _fit(c, badge.host_line, regular, 9, text_w))
    c.drawString(margin, y, badge.host_line)
    y -= 5 * mm
    c.setFont(regular, 9)
    c.drawString(margin, y, badge.date_text)
    c.drawImage(_qr_image(badge.qr_data), w - margin - qr, margin, qr, qr)  # type: ignore[arg-type]
    c.showPage()
    c.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class EvacuationRow:
    name: str
    organisation: str
    host: str
    arrived: str


@dataclass(frozen=True)
class EvacuationSheet:
    """The evacuation list's words and rows, in the desk's language."""

    title: str
    office_name: str
    made_at: str
    count_line: str
    headings: tuple[str, str, str, str, str]  # number, name, organisation, host, arrived
    rows: tuple[EvacuationRow, ...]
    empty_text: str
    footer: str = ""


def evacuation_pdf(sheet: EvacuationSheet) -> bytes:
    """The evacuation list as an A4 PDF: everyone in the building, with a box to tick."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    regular, bold = _fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=sheet.title)
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
    head = ParagraphStyle("head", fontName=bold, fontSize=18, leading=22)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=10, leading=12)
    story: list[object] = [
        Paragraph(sheet.title, head),
        Paragraph(f"{sheet.office_name} \u2014 {sheet.made_at}", body),
        Paragraph(sheet.count_line, body),
        Spacer(1, 6 * mm),
    ]
    if sheet.rows:
        data: list[list[object]] = [[*sheet.headings, "\u2713"]]
        for number, row in enumerate(sheet.rows, 1):
            data.append([str(number), Paragraph(row.name, cell), Paragraph(row.organisation, cell),
                         Paragraph(row.host, cell), row.arrived, ""])
        table = LongTable(data, colWidths=[10 * mm, 52 * mm, 42 * mm, 42 * mm, 22 * mm, 12 * mm],
                          repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), bold, 10),
            ("FONT", (0, 1), (-1, -1), regular, 10),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
        ]))
        story.append(table)
    else:
        story.append(Paragraph(sheet.empty_text, body))
    if sheet.footer:
        story += [Spacer(1, 6 * mm), Paragraph(sheet.footer, body)]
    doc.build(story)  # type: ignore[arg-type]
    return buffer.getvalue()
