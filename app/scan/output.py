"""One PDF per document from its reviewed pages.

The images go into the PDF as they are wherever PDF allows it (img2pdf): a JPEG's bytes are
passed through, so the scan loses nothing more; PNG and TIFF are stored losslessly. Each page
measures what the paper did, from the image's size and the page's resolution, and a page turned
in review is turned by the PDF's /Rotate, the image untouched. The document is PDF/A-2b: img2pdf
builds it in pikepdf and the PDF/A parts are added to that same document before it is written
once, so the images are never parsed or written twice.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image, UnidentifiedImageError

from app.core.errors import IntakeError
from app.documents.pdfa import conform
from app.scan.pages import Page

# Image modes a PDF holds as they are (with an sRGB output intent, so no CMYK for PDF/A).
PASSED_THROUGH = {"1", "L", "P", "RGB"}
PASSED_THROUGH_FORMATS = {"JPEG", "PNG", "TIFF"}


def make_pdf(pages: Sequence[Page], *, title: str = "", pdfa: bool = True,
             lang: str = "et") -> bytes:
    """The pages as one PDF document (PDF/A-2b unless `pdfa` is False). `lang` is the
    document's language as PDF/A records it. An image that cannot be read raises IntakeError
    (scan_page_unreadable) naming it; nothing is written then."""
    if not pages:
        raise ValueError("a document needs at least one page")
    sources = [_source(page) for page in pages]
    doc = img2pdf.convert_to_docobject(
        *sources, engine=img2pdf.Engine.pikepdf, title=title or None, creator="Lett",
        producer="Lett", layout_fun=_layout([page.dpi for page in pages]),
        first_frame_only=True, rotation=img2pdf.Rotation.none)
    pdf: pikepdf.Pdf = doc.writer
    # A page's turn is its `rotation` alone: the sources read a photo's EXIF orientation into
    # it, so the image's own orientation tag is not applied a second time here.
    for page, pdf_page in zip(pages, pdf.pages, strict=True):
        turned = (int(pdf_page.obj.get("/Rotate", 0)) + page.rotation) % 360
        if turned:
            pdf_page.obj.Rotate = turned
        elif "/Rotate" in pdf_page.obj:
            del pdf_page.obj.Rotate
    if pdfa:
        conform(pdf, lang)
    out = io.BytesIO()
    # The images are compressed already (JPEG, Flate): written as they come.
    pdf.save(out, fix_metadata_version=pdfa, min_version="1.7" if pdfa else doc.output_version,
             stream_decode_level=pikepdf.StreamDecodeLevel.none, recompress_flate=False,
             compress_streams=False)
    return out.getvalue()


def _source(page: Page) -> Path | bytes:
    """The page's image file when a PDF can take it as it is, else its pixels as a PNG (an
    image with transparency laid on white, CMYK and the like as RGB)."""
    try:
        with Image.open(page.image) as image:
            if image.format in PASSED_THROUGH_FORMATS and image.mode in PASSED_THROUGH \
                    and "transparency" not in image.info:
                return page.image
            image.load()
            flat = _flattened(image)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as error:
        raise IntakeError("scan_page_unreadable", name=page.image.name,
                          detail=str(error) or type(error).__name__) from error
    out = io.BytesIO()
    flat.save(out, "PNG", dpi=(page.dpi, page.dpi))
    return out.getvalue()


def _flattened(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode.startswith("I") or image.mode == "F":
        # 16-bit and deeper grey: scaled to 8 bits, as a PDF/A viewer shows it anyway.
        return image.convert("I").point(lambda v: v / 256).convert("L")
    return image.convert("RGB")


Layout = Callable[[int, int, tuple[float, float]], tuple[float, float, float, float]]


def _layout(dpis: list[int]) -> Layout:
    """img2pdf's layout function, page by page at each page's own resolution (img2pdf asks
    for one page after another, in order)."""
    per_page: Iterator[int] = iter(dpis)

    def layout(width_px: int, height_px: int,
               _image_dpi: tuple[float, float]) -> tuple[float, float, float, float]:
        dpi = next(per_page)
        width = img2pdf.px_to_pt(width_px, dpi)
        height = img2pdf.px_to_pt(height_px, dpi)
        return width, height, width, height

    return layout
