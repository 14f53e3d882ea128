"""What the tests read out of a PDF: its text (pdftotext when installed, else pypdf), its QR
code (zxing-cpp on the page drawn by PDFium), and its PDF/A-2b conformance: pikepdf's validator,
which applies the veraPDF rules for PDF/A-2b, and the essentials checked here directly."""

import io
import shutil
import subprocess

import pikepdf
import pikepdf.pdfa
import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data,
                              capture_output=True, check=True)
        text = done.stdout.decode("utf-8")
    else:
        text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def fonts_of(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    found = {}
    for page in pdf.pages:
        resources = [page.obj.get("/Resources")]
        while resources:
            res = resources.pop()
            if res is None:
                continue
            for font in (res.get("/Font") or {}).values():
                found[font.objgen] = font
            for xobject in (res.get("/XObject") or {}).values():
                if xobject.get("/Subtype") == "/Form":
                    resources.append(xobject.get("/Resources"))
    return list(found.values())


def qr_texts(data: bytes, page: int = 0) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        image = document[page].render(scale=3).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(image)]


def pdfa_problems(data: bytes, *, fonts: bool = True) -> list[str]:
    """The PDF/A-2b rules a document breaks: the validator's findings, and the essentials.
    `fonts` False for a document of page images only (a scan without a text layer)."""
    report = pikepdf.pdfa.validate_written(io.BytesIO(data), "2b")
    problems = [str(f) for f in report.findings]
    if not report.passed:
        problems.append(f"validator verdict: {report.verdict}")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found = fonts_of(pdf)
        if fonts and not found:
            problems.append("no fonts")
        for font in found:
            # A composite (Type0) font keeps its file in its descendant font.
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0] if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            if not embedded:
                problems.append(f"font {font.get('/BaseFont')} not embedded")
        intents = pdf.Root.get("/OutputIntents")
        if not intents or intents[0].get("/S") != "/GTS_PDFA1":
            problems.append("no GTS_PDFA1 output intent")
        elif intents[0].DestOutputProfile.get("/N") != 3:
            problems.append("output profile is not RGB")
        meta = pdf.open_metadata()
        if meta.get("pdfaid:part") != "2" or meta.get("pdfaid:conformance") != "B":
            problems.append("XMP does not claim PDF/A-2B")
        if str(meta.get("dc:title", "")) == "":
            problems.append("no title in XMP")
        if "/Encrypt" in pdf.trailer:
            problems.append("encrypted")
        if "/ID" not in pdf.trailer:
            problems.append("no file identifier")
        if "/Lang" not in pdf.Root:
            problems.append("no document language")
    return problems
