"""ASiC-E containers (.asice) for signing a notice in DigiDoc4, and taking the signed one back.

An ASiC-E container is a ZIP file: first an uncompressed `mimetype` entry holding
`application/vnd.etsi.asic-e+zip` (so the type can be read at a fixed offset), then the signed
files, then `META-INF/manifest.xml` (OpenDocument manifest) listing them. DigiDoc4 adds
`META-INF/signatures0.xml` (XAdES) when it signs. Lett checks that a container it gets back is
one, holds the very PDF it issued (by SHA-256) and has a signature file; the signature itself
is checked by DigiDoc4 and the state's validation service, not here.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from xml.sax.saxutils import quoteattr

from app.core.errors import Refused

MIMETYPE = "application/vnd.etsi.asic-e+zip"
MANIFEST = "META-INF/manifest.xml"
SIGNATURES = re.compile(r"^META-INF/[^/]*signatures[^/]*\.xml$")
# A signed container is a few PDFs and signatures; refuse a ZIP bomb before reading it.
MAX_ENTRY_BYTES = 200 * 1024 * 1024


def manifest(files: dict[str, str]) -> bytes:
    """The OpenDocument manifest of a container with `files` (name -> media type)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">',
        f'  <manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>',
    ]
    for name, media_type in files.items():
        lines.append(f"  <manifest:file-entry manifest:full-path={quoteattr(name)} "
                     f"manifest:media-type={quoteattr(media_type)}/>")
    lines.append("</manifest:manifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_container(pdf_name: str, pdf: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, MIMETYPE)
        z.writestr(pdf_name, pdf, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(MANIFEST, manifest({pdf_name: "application/pdf"}),
                   compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def check_signed(data: bytes, pdf_sha256: str, where: str, number: str) -> None:
    """Refuse, saying why, a container that is not ASiC-E, does not hold the PDF with this
    SHA-256, or has no signature."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise Refused("container_not_asice", path=where, detail="not a ZIP file") from exc
    with z:
        infos = z.infolist()
        if not infos or infos[0].filename != "mimetype":
            raise Refused("container_not_asice", path=where,
                          detail="its first entry is not mimetype")
        if infos[0].compress_type != zipfile.ZIP_STORED:
            raise Refused("container_not_asice", path=where, detail="mimetype is compressed")
        try:
            if z.read("mimetype").strip() != MIMETYPE.encode():
                raise Refused("container_not_asice", path=where,
                              detail="its mimetype is not ASiC-E")
            if not any(SIGNATURES.match(i.filename) for i in infos):
                raise Refused("container_not_signed", path=where)
            for info in infos:
                if info.filename.startswith("META-INF/") or info.filename == "mimetype":
                    continue
                if info.file_size > MAX_ENTRY_BYTES:
                    continue
                if hashlib.sha256(z.read(info)).hexdigest() == pdf_sha256:
                    return
        except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
            raise Refused("container_not_asice", path=where, detail=str(exc)) from exc
    raise Refused("container_other_document", path=where, number=number)
