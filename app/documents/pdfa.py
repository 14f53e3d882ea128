"""Making a PDF a PDF/A-2b document: an sRGB output intent, XMP metadata that matches the
document information and names PDF/A part 2 conformance B, and the document's language.

The ICC profile is the sRGB profile of Little CMS, made by Pillow: nothing to ship or install.
"""

from __future__ import annotations

import functools
import io

import pikepdf
from PIL import ImageCms

OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@functools.cache
def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    profile = pdf.make_stream(srgb_profile())
    profile[pikepdf.Name.N] = 3
    return pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION),
        Info=pikepdf.String(OUTPUT_CONDITION),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=profile,
    )


def conform(pdf: pikepdf.Pdf, lang: str) -> None:
    """Give an open PDF what PDF/A-2b asks of the document as a whole."""
    pdf.Root.OutputIntents = pikepdf.Array([_output_intent(pdf)])
    for page in pdf.pages:
        # reportlab writes an empty page transition; PDF/A has no use for it.
        if pikepdf.Name.Trans in page.obj:
            del page.obj[pikepdf.Name.Trans]
    pdf.Root.Lang = pikepdf.String(lang)
    if pikepdf.Name.Trapped in pdf.docinfo:
        del pdf.docinfo[pikepdf.Name.Trapped]
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"


def save(pdf: pikepdf.Pdf) -> bytes:
    """The document as bytes. reportlab compressed its streams already: they are written as
    they are, which makes this step three times faster (only the small ICC profile stays
    uncompressed)."""
    out = io.BytesIO()
    pdf.save(out, fix_metadata_version=True, min_version="1.7",
             stream_decode_level=pikepdf.StreamDecodeLevel.none, recompress_flate=False,
             compress_streams=False)
    return out.getvalue()


def make_pdfa(data: bytes, lang: str) -> bytes:
    """`data` (a PDF whose fonts are all embedded) as a PDF/A-2b document."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        conform(pdf, lang)
        return save(pdf)


def mark_as_copy(data: bytes, mark: bytes, lang: str) -> bytes:
    """A PDF/A document with the one-page PDF `mark` laid under each of its pages."""
    with pikepdf.open(io.BytesIO(data)) as pdf, pikepdf.open(io.BytesIO(mark)) as stamp:
        for page in pdf.pages:
            page.add_underlay(stamp.pages[0])
        conform(pdf, lang)
        return save(pdf)
