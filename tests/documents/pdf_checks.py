"""What the tests read out of a PDF: its text (pdftotext when installed, else pypdf) and the
PDF/A-2b essentials."""

import io
import shutil
import subprocess

import pikepdf
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


def pdfa_problems(data: bytes) -> list[str]:
    """The PDF/A-2b rules a document breaks, of those checked here."""
    problems = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = fonts_of(pdf)
        if not fonts:
            problems.append("no fonts")
        for font in fonts:
            descriptor = font.get("/FontDescriptor")
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
