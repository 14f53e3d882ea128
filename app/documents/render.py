"""A notice as an A4 PDF/A-2b: the office's letterhead, the registration number and date, the
title and the filled-in text in the notice's language, who issued it, and a QR code with the
document's verification code. Fonts are DejaVu Sans from resources/fonts (Estonian and Cyrillic),
embedded as subsets; nothing else is drawn in a font.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import qrcode
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

import resources
from app.core.notices import BUILT_INS, Template, fill, format_date, shown_values
from app.documents.pdfa import make_pdfa
from app.i18n import translate

CONTEXT = "notice_pdf"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.75, 0.75, 0.75)
WIDTH, HEIGHT = A4
LEFT = 25 * mm
RIGHT = WIDTH - 20 * mm
TOP = HEIGHT - 18 * mm
BOTTOM = 45 * mm  # the footer with the QR code sits below this
BODY_SIZE = 11
LEADING = 15.5


@functools.cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(resources.path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resources.path("fonts", "DejaVuSans-Bold.ttf"))))


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str = ""
    registry_code: str = ""
    # A PNG or JPEG image: its bytes, as base64 text, or a file's path.
    logo: bytes | str | None = None


@dataclass(frozen=True)
class NoticeDocument:
    """Everything one notice shows."""

    template: Template
    lang: str
    values: dict[str, str]
    letterhead: Letterhead
    registry_number: str
    day: date
    issued_by: str
    verification_code: str

    def placeholders(self) -> dict[str, str]:
        filled = shown_values(self.template, self.values, self.lang)
        filled.update({
            "office_name": self.letterhead.name,
            "office_address": self.letterhead.address,
            "office_registry_code": self.letterhead.registry_code,
            "registry_number": self.registry_number,
            "date": format_date(self.day),
            "issued_by": self.issued_by,
        })
        assert set(BUILT_INS) <= set(filled)
        return filled

    def body_text(self) -> str:
        return fill(self.template.body(self.lang), self.placeholders()).strip()

    def qr_text(self) -> str:
        return f"LETT {self.registry_number} {self.verification_code}"


def logo_image(logo: bytes | str | None) -> ImageReader | None:
    """The logo as an image, or None when there is none or it cannot be read (a notice is
    still issued without its logo rather than not at all)."""
    if not logo:
        return None
    data: bytes | None = None
    if isinstance(logo, bytes):
        data = logo
    else:
        path = Path(logo)
        try:
            if len(logo) < 1024 and path.is_file():
                data = path.read_bytes()
            else:
                data = base64.b64decode(logo, validate=False)
        except (OSError, binascii.Error, ValueError):
            return None
    try:
        image = ImageReader(io.BytesIO(data))
        image.getSize()
    except Exception:  # any undecodable image: Pillow raises several kinds
        return None
    return image


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code drawn as filled rectangles, one per run of dark modules in a row (no font,
    no image). The mask is fixed: any mask reads, and choosing the best one costs more than
    the rest of the page."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0,
                         mask_pattern=2)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    cell = size / len(matrix)
    c.setFillColor(black)
    path = c.beginPath()
    for row, cells in enumerate(matrix):
        top = y + size - (row + 1) * cell
        start = None
        for col, dark in enumerate([*cells, False]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(x + start * cell, top, (col - start) * cell, cell)
                start = None
    c.drawPath(path, stroke=0, fill=1)


class _Writer:
    """Lays the text out page by page."""

    def __init__(self, canvas: Canvas, doc: NoticeDocument) -> None:
        self.c = canvas
        self.doc = doc
        self.y = 0.0
        self.page = 1

    def header(self) -> None:
        c, doc, lang = self.c, self.doc, self.doc.lang
        head = doc.letterhead
        x = LEFT
        image = logo_image(head.logo)
        if image is not None:
            w, h = image.getSize()
            height = 18 * mm
            width = min(height * w / h, 45 * mm)
            height = width * h / w
            c.drawImage(image, LEFT, TOP - height, width, height, mask="auto")
            x = LEFT + width + 5 * mm
        c.setFillColor(black)
        c.setFont(BOLD, 13)
        c.drawString(x, TOP - 12, head.name)
        c.setFont(REGULAR, 8.5)
        c.setFillColor(GREY)
        line = TOP - 25
        if head.address:
            c.drawString(x, line, head.address)
            line -= 11
        if head.registry_code:
            c.drawString(x, line, translate(CONTEXT, "Registry code {code}", lang).format(
                code=head.registry_code))
        c.setFillColor(black)
        c.setFont(REGULAR, 10)
        c.drawRightString(RIGHT, TOP - 12, format_date(doc.day))
        c.drawRightString(RIGHT, TOP - 26, translate(CONTEXT, "No. {number}", lang).format(
            number=doc.registry_number))
        if self.page > 1:
            c.setFont(REGULAR, 8.5)
            c.setFillColor(GREY)
            page = translate(CONTEXT, "Page {page}", lang).format(page=self.page)
            c.drawRightString(RIGHT, TOP - 39, page)
            c.setFillColor(black)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(LEFT, TOP - 24 * mm, RIGHT, TOP - 24 * mm)
        self.y = TOP - 24 * mm - 14 * mm

    def footer(self) -> None:
        c, doc, lang = self.c, self.doc, self.doc.lang
        size = 26 * mm
        draw_qr(c, doc.qr_text(), RIGHT - size, 12 * mm, size)
        c.setStrokeColor(RULE)
        c.line(LEFT, 12 * mm + size + 3 * mm, RIGHT, 12 * mm + size + 3 * mm)
        c.setFillColor(GREY)
        c.setFont(REGULAR, 8)
        lines = [
            translate(CONTEXT, "Registration number: {number}", lang).format(
                number=doc.registry_number),
            translate(CONTEXT, "Verification code: {code}", lang).format(
                code=doc.verification_code),
            translate(CONTEXT, "Check the document at the office with these two codes or the "
                               "QR code.", lang),
        ]
        y = 12 * mm + size - 8
        for text in lines:
            c.drawString(LEFT, y, text)
            y -= 11
        c.setFillColor(black)

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.header()

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def title(self, text: str) -> None:
        self.c.setFont(BOLD, 16)
        for line in simpleSplit(text, BOLD, 16, RIGHT - LEFT):
            self.room(22)
            self.c.drawString(LEFT, self.y, line)
            self.y -= 22
        self.y -= 10

    def paragraph(self, text: str, font: str = REGULAR) -> None:
        self.c.setFont(font, BODY_SIZE)
        for source_line in text.split("\n"):
            for line in simpleSplit(source_line, font, BODY_SIZE, RIGHT - LEFT) or [""]:
                self.room(LEADING)
                self.c.drawString(LEFT, self.y, line)
                self.y -= LEADING
        self.y -= LEADING * 0.6

    def body(self, text: str) -> None:
        for block in text.split("\n\n"):
            block = block.strip("\n")
            if not block.strip():
                continue
            if block.startswith("# "):
                self.room(LEADING * 3)  # a heading is not left alone at the foot of a page
                self.paragraph(block[2:].strip(), BOLD)
            else:
                self.paragraph(block)

    def signature(self) -> None:
        c, lang = self.c, self.doc.lang
        self.room(4 * LEADING)
        self.y -= LEADING
        c.setFont(REGULAR, BODY_SIZE)
        c.drawString(LEFT, self.y, self.doc.issued_by)
        self.y -= LEADING
        c.setFont(REGULAR, 9)
        c.setFillColor(GREY)
        c.drawString(LEFT, self.y, translate(CONTEXT, "Issued by, for {office}", lang).format(
            office=self.doc.letterhead.name))
        c.setFillColor(black)


def render_plain(doc: NoticeDocument) -> bytes:
    """The notice as a plain PDF (reportlab's output, before it is made PDF/A)."""
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, initialFontName=REGULAR, initialFontSize=BODY_SIZE,
               pageCompression=1, lang=doc.lang)
    title = f"{doc.template.title(doc.lang)} {doc.registry_number}"
    c.setTitle(title)
    c.setAuthor(doc.letterhead.name)
    c.setSubject(doc.template.title(doc.lang))
    c.setCreator("Lett")
    writer = _Writer(c, doc)
    writer.header()
    writer.title(doc.template.title(doc.lang))
    writer.body(doc.body_text())
    writer.signature()
    writer.footer()
    c.showPage()
    c.save()
    return out.getvalue()


def render_notice(doc: NoticeDocument) -> bytes:
    """The notice as a PDF/A-2b document."""
    return make_pdfa(render_plain(doc), doc.lang)


def copy_mark_overlay(lang: str) -> bytes:
    """One A4 page with the word COPY across it in `lang`, laid over a reprint's pages."""
    register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, initialFontName=REGULAR, initialFontSize=BODY_SIZE)
    word = translate(CONTEXT, "COPY", lang)
    c.saveState()
    c.setFillColor(Color(0.8, 0.1, 0.1))
    c.setFont(BOLD, 14)
    c.drawString(LEFT, HEIGHT - 10 * mm, word)
    c.setFillColor(Color(0.85, 0.85, 0.85))
    c.translate(WIDTH / 2, HEIGHT / 2)
    c.rotate(40)
    c.setFont(BOLD, 90)
    c.drawCentredString(0, -30, word)
    c.restoreState()
    c.showPage()
    c.save()
    return out.getvalue()


def draft_number(lang: str) -> str:
    """What a preview shows for the registration number and the verification code."""
    return translate(CONTEXT, "DRAFT", lang)


def mail_text(lang: str, number: str, office: str) -> tuple[str, str]:
    """The subject and text of the e-mail that carries a notice, in the notice's language."""
    subject = translate(CONTEXT, "Document {number} from {office}", lang).format(
        number=number, office=office)
    text = translate(CONTEXT, "Hello,\n\nattached is document {number} from {office} as a "
                              "PDF file.\n\nKind regards\n{office}", lang).format(
        number=number, office=office)
    return subject, text
