"""Imported files: PDF, TIFF (one or many pages), JPEG and PNG, dropped on the intake or picked.

The kind of a file is judged by its content, not by its name. A file that cannot be taken in
(empty, damaged, truncated, protected by a password, a decompression bomb, a page of absurd size,
another kind of file) raises an `IntakeError` that says which and what to do; nothing of it is
left in the work folder and the file itself is never changed. `import_files` goes on with the
other files and reports each file's pages or error.
"""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops

from app.core.errors import IntakeError, LettError
from app.documents.pdfium_lock import PDFIUM
from app.scan.pages import Page

# PDF pages are rendered at this resolution: enough for reading and OCR, a third of the size of
# 300 dpi.
PDF_DPI = 200
# The largest image taken in, in pixels: an A3 page at 600 dpi has 70 million. A larger one is
# refused before it is decoded, so a small file that unpacks to gigabytes cannot exhaust memory.
MAX_PIXELS = 120_000_000
# The longest side of a PDF page taken in (A0 is 118.9 cm); a larger page is a drawing or a
# broken file, and rendering it at PDF_DPI would be a decompression bomb of its own.
MAX_PAGE_CM = 120
MAX_PAGES = 1000
# Images without a usable resolution are sized to fit this long side (A4, in inches).
A4_LONG_INCHES = 297 / 25.4

PDF_MAGIC = b"%PDF-"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
TIFF_MAGICS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
KINDS = {"pdf": "PDF", "tiff": "TIFF", "jpeg": "JPEG", "png": "PNG"}
# EXIF orientation -> degrees clockwise to turn the image upright.
EXIF_ROTATION = {3: 180, 6: 90, 8: 270}


@dataclass
class FileImport:
    """One file of an import: its pages, or the error that kept it out."""

    path: Path
    pages: list[Page] = field(default_factory=list)
    error: LettError | None = None


@dataclass
class ImportReport:
    files: list[FileImport]

    @property
    def pages(self) -> list[Page]:
        return [page for item in self.files for page in item.pages]

    @property
    def failed(self) -> list[FileImport]:
        return [item for item in self.files if item.error is not None]


def import_files(paths: Iterable[Path], work: Path) -> ImportReport:
    """Import each file in turn; a file that cannot be taken in is reported and the rest go on."""
    files = []
    for path in paths:
        try:
            files.append(FileImport(Path(path), import_file(Path(path), work)))
        except LettError as error:
            files.append(FileImport(Path(path), error=error))
    return ImportReport(files)


def import_file(path: Path, work: Path) -> list[Page]:
    """The pages of one file, written into `work` as images. Raises IntakeError."""
    work.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        kind = detect_kind(path)
        if kind == "pdf":
            return list(_pdf_pages(path, work, written))
        return list(_image_pages(path, kind, work, written))
    except BaseException:
        # All of a file or nothing of it: a half-imported file would be worse than none.
        for image in written:
            image.unlink(missing_ok=True)
        raise


def detect_kind(path: Path) -> str:
    """"pdf", "tiff", "jpeg" or "png", from the file's first bytes."""
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as error:
        raise IntakeError("scan_file_unreadable", name=path.name,
                          detail=error.strerror or str(error)) from error
    if not head:
        raise IntakeError("scan_file_empty", name=path.name)
    # The PDF header may follow some bytes of junk (the readers accept it within 1 KB).
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(PNG_MAGIC):
        return "png"
    if head.startswith(JPEG_MAGIC):
        return "jpeg"
    if head.startswith(TIFF_MAGICS):
        return "tiff"
    raise IntakeError("scan_file_format", name=path.name)


def _corrupt(path: Path, kind: str) -> IntakeError:
    return IntakeError("scan_file_corrupt", name=path.name, kind=KINDS[kind])


def _pdf_pages(path: Path, work: Path, written: list[Path]) -> Iterator[Page]:
    # A PDF ends with %%EOF; without it the file was cut short (a broken download or copy) and
    # pdfium would quietly show whatever pages it could still find.
    with path.open("rb") as f:
        f.seek(max(0, path.stat().st_size - 1024))
        if b"%%EOF" not in f.read():
            raise _corrupt(path, "pdf")
    try:
        with PDFIUM:
            pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise IntakeError("scan_file_password", name=path.name) from error
        raise _corrupt(path, "pdf") from error
    try:
        with PDFIUM:
            count = len(pdf)
        if count == 0:
            raise _corrupt(path, "pdf")
        if count > MAX_PAGES:
            raise IntakeError("scan_file_pages", name=path.name, count=count, limit=MAX_PAGES)
        # Every page's size first, so an absurd page late in the file stops it before any
        # page is rendered.
        for index in range(count):
            width, height = _page_size_cm(pdf, index, path)
            if max(width, height) > MAX_PAGE_CM:
                raise IntakeError("scan_file_page_size", name=path.name, page=index + 1,
                                  width=round(width), height=round(height), limit=MAX_PAGE_CM)
        for index in range(count):
            image = _render(pdf, index, path)
            target = _target(work, path, index + 1, ".png" if image.mode == "L" else ".jpg")
            written.append(target)
            _save(image, target, PDF_DPI)
            yield Page(image=target, dpi=PDF_DPI, source=f"{path.name} p. {index + 1}")
    finally:
        with PDFIUM:
            pdf.close()


def _page_size_cm(pdf: pdfium.PdfDocument, index: int, path: Path) -> tuple[float, float]:
    with PDFIUM:
        return _page_size_cm_locked(pdf, index, path)


def _page_size_cm_locked(pdf: pdfium.PdfDocument, index: int, path: Path
                         ) -> tuple[float, float]:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as error:
        raise _corrupt(path, "pdf") from error
    try:
        width, height = page.get_size()
    finally:
        page.close()
    return width / 72 * 2.54, height / 72 * 2.54


def _render(pdf: pdfium.PdfDocument, index: int, path: Path) -> Image.Image:
    with PDFIUM:
        page = pdf[index]
        try:
            bitmap = page.render(scale=PDF_DPI / 72)
            try:
                image = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        except pdfium.PdfiumError as error:
            raise _corrupt(path, "pdf") from error
        finally:
            page.close()
    return image if has_colour(image) else image.convert("L")


def has_colour(image: Image.Image) -> bool:
    """Whether a page shows colour (a stamp, a logo, a photo) worth keeping, or is grey."""
    small = image.convert("RGB")
    small.thumbnail((300, 300))
    _, saturation, value = small.convert("HSV").split()
    # Saturated pixels that are not near black (where the hue of noise is meaningless).
    saturated = saturation.point(lambda s: 255 if s > 60 else 0)
    lit = value.point(lambda v: 255 if v > 60 else 0)
    coloured = ImageChops.multiply(saturated, lit).histogram()[255]
    return coloured > 0.001 * small.width * small.height


def _image_pages(path: Path, kind: str, work: Path, written: list[Path]) -> Iterator[Page]:
    with warnings.catch_warnings():
        # Pillow warns of large images; the size is checked against MAX_PIXELS here instead.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            opened = Image.open(path)
        except Image.DecompressionBombError as error:
            raise _too_many_pixels(path) from error
        except Exception as error:
            # A damaged file makes the decoders fail in many ways (OSError, SyntaxError,
            # struct.error, ValueError…); each means the same to the person: it is damaged.
            raise _corrupt(path, kind) from error
        with opened:
            try:
                frames = opened.n_frames if kind == "tiff" else 1
            except Exception as error:
                raise _corrupt(path, kind) from error
            if frames > MAX_PAGES:
                raise IntakeError("scan_file_pages", name=path.name, count=frames,
                                  limit=MAX_PAGES)
            for index in range(frames):
                image, copy_as_is = _decode_frame(opened, index, path, kind)
                number = index + 1
                dpi = _dpi(image)
                if copy_as_is:
                    # A JPEG is kept as it came: decoding and encoding again would lose
                    # quality.
                    target = _target(work, path, number, ".jpg")
                    written.append(target)
                    shutil.copyfile(path, target)
                else:
                    target = _target(work, path, number, ".png")
                    written.append(target)
                    _save(image, target, dpi)
                source = path.name if frames == 1 else f"{path.name} p. {number}"
                yield Page(image=target, rotation=_rotation(opened), dpi=dpi,
                           source=source)


def _decode_frame(opened: Image.Image, index: int, path: Path,
                  kind: str) -> tuple[Image.Image, bool]:
    try:
        opened.seek(index)
        width, height = opened.size
        if width * height > MAX_PIXELS:
            raise _too_many_pixels(path)
        opened.load()
        frame = opened.copy()
    except LettError:
        raise
    except Exception as error:
        raise _corrupt(path, kind) from error
    frame.info = dict(opened.info)
    copy_as_is = kind == "jpeg" and frame.mode in ("L", "RGB")
    return (frame if copy_as_is else _plain(frame)), copy_as_is


def _too_many_pixels(path: Path) -> IntakeError:
    return IntakeError("scan_file_pixels", name=path.name, limit=MAX_PIXELS // 1_000_000)


def _plain(image: Image.Image) -> Image.Image:
    """The image in a mode every later step reads: black and white, grey or RGB."""
    info = image.info
    if image.mode in ("1", "L", "RGB"):
        plain = image
    elif image.mode.startswith("I;16") or image.mode in ("I", "F"):
        plain = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif image.mode in ("LA", "RGBA", "PA", "P", "La", "RGBa"):
        # Transparent parts are paper: put the image on white.
        rgba = image.convert("RGBA")
        plain = Image.new("RGB", rgba.size, "white")
        plain.paste(rgba, mask=rgba.getchannel("A"))
    else:
        plain = image.convert("RGB")
    plain.info = info
    return plain


def _rotation(image: Image.Image) -> int:
    try:
        orientation = image.getexif().get(0x0112)
    except Exception:
        # A broken EXIF block does not spoil the picture; the page just stays as it is.
        return 0
    return EXIF_ROTATION.get(orientation, 0) if isinstance(orientation, int) else 0


def _dpi(image: Image.Image) -> int:
    """The image's resolution; without a believable one (a phone photo says 72), the one that
    makes its long side as long as an A4 page."""
    long_side = max(image.size)
    try:
        # TIFF gives a rational number, PNG and JPEG a float; some files give nonsense.
        value = round(float(image.info["dpi"][0]))
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError):
        value = 0
    if 50 <= value <= 2400 and long_side / value <= 17:
        return value
    return max(1, round(long_side / A4_LONG_INCHES))


def _target(work: Path, path: Path, number: int, suffix: str) -> Path:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", path.stem)[:40].strip("._") or "page"
    target = work / f"{stem}-p{number:03d}{suffix}"
    extra = 2
    while target.exists():
        target = work / f"{stem}-{extra}-p{number:03d}{suffix}"
        extra += 1
    # Claim the name at once, so a file imported at the same moment cannot take it too.
    target.touch(exist_ok=False)
    return target


def _save(image: Image.Image, target: Path, dpi: int) -> None:
    if target.suffix == ".jpg":
        image.save(target, "JPEG", quality=90, dpi=(dpi, dpi))
    else:
        image.save(target, "PNG", dpi=(dpi, dpi))
