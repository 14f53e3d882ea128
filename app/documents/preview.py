"""Pictures of a PDF's pages for a preview on screen (PDFium, through pypdfium2)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium

A4_WIDTH_PT = 595.0


def page_images(data: bytes, width_px: int = 700, max_pages: int = 10) -> list[bytes]:
    """The first pages of the PDF as PNG images `width_px` wide."""
    doc = pdfium.PdfDocument(data)
    try:
        images = []
        for index in range(min(len(doc), max_pages)):
            page = doc[index]
            try:
                scale = width_px / (page.get_width() or A4_WIDTH_PT)
                bitmap = page.render(scale=scale)
                out = io.BytesIO()
                bitmap.to_pil().save(out, "PNG")
                images.append(out.getvalue())
            finally:
                page.close()
        return images
    finally:
        doc.close()
