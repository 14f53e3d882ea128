"""Pictures of a PDF's pages for a preview on screen (PDFium, through pypdfium2)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium

from app.documents.pdfium_lock import PDFIUM

A4_WIDTH_PT = 595.0


def page_images(data: bytes, width_px: int = 700, max_pages: int = 10) -> list[bytes]:
    """The first pages of the PDF as PNG images `width_px` wide."""
    pictures = []
    with PDFIUM:
        doc = pdfium.PdfDocument(data)
        try:
            for index in range(min(len(doc), max_pages)):
                page = doc[index]
                try:
                    scale = width_px / (page.get_width() or A4_WIDTH_PT)
                    bitmap = page.render(scale=scale)
                    try:
                        # A copy: the bitmap's memory is PDFium's and is freed here.
                        pictures.append(bitmap.to_pil().copy())
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            doc.close()
    # PNG-encoding needs no PDFium: done without holding it up.
    images = []
    for picture in pictures:
        out = io.BytesIO()
        picture.save(out, "PNG")
        images.append(out.getvalue())
    return images
