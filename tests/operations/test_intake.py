"""Registering a scanned document: its PDF made from the reviewed pages (rotations kept) and
kept under its registration number with the entry, in one unit of work."""

import hashlib

import pikepdf
import pytest
from PIL import Image

from app.core.errors import Invalid, LettError
from app.operations import register as r
from app.operations.files import file_path, files_of
from app.operations.intake import TextLayers, register_scanned, waiting_for_text
from app.scan.pages import Page

LETTER = r.NewDocument("1-2", "incoming", "request_for_information", "Teabenõue: ehitusload",
                       "post", sender_name="Mari Maasikas", addressee="Ehitusosakond")


@pytest.fixture
def series(ctx):
    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}", "Teabenõuded")
    return ctx


def _pages(folder, count=3):
    folder.mkdir(exist_ok=True)
    pages = []
    for i in range(count):
        path = folder / f"p{i}.png"
        Image.new("L", (850, 1100), 230 - 40 * i).save(path, dpi=(100, 100))
        pages.append(Page(path, dpi=100, source="test:0"))
    return pages


def test_a_scanned_document_is_registered_with_its_pdf_under_its_number(series, tmp_path):
    ctx = series
    pages = _pages(tmp_path / "scan")
    pages[1] = pages[1].rotated(90)
    entry = register_scanned(ctx, LETTER, pages)
    assert entry.registry_number == "1-2/26-001" and entry.pages == 3
    [kept] = files_of(ctx, "register_entries", entry.id)
    assert (kept.file_name, kept.purpose, kept.content_type) == (
        "1-2_26-001.pdf", "document", "application/pdf")
    path = file_path(ctx, kept.id)
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == kept.sha256 and len(data) == kept.size
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 3
        assert [int(p.obj.get("/Rotate", 0)) for p in pdf.pages] == [0, 90, 0]
        # A4 at 100 dpi: 8.5 x 11 inches of page
        assert [round(float(v)) for v in pdf.pages[0].mediabox] == [0, 0, 612, 792]


def test_a_refused_document_is_not_numbered_and_leaves_no_file(series, tmp_path):
    ctx = series
    pages = _pages(tmp_path / "scan", 1)
    with pytest.raises(Invalid):
        register_scanned(ctx, r.NewDocument("1-2", "incoming", "letter", "  ", "post"), pages)
    assert r.list_entries(ctx) == []
    kept = [p for p in (tmp_path).rglob("*.pdf")]
    assert kept == []
    assert register_scanned(ctx, LETTER, pages).registry_number == "1-2/26-001"


def test_a_page_image_that_went_missing_is_named_and_nothing_is_registered(series, tmp_path):
    ctx = series
    pages = _pages(tmp_path / "scan", 2)
    pages[1].image.unlink()
    with pytest.raises(LettError):
        register_scanned(ctx, LETTER, pages)
    assert r.list_entries(ctx) == []


def test_no_pages_is_refused(series):
    with pytest.raises(Invalid) as refused:
        register_scanned(series, LETTER, [])
    assert refused.value.code == "intake_no_pages"


def test_the_text_layer_is_added_in_the_background_as_a_newer_file(series, tmp_path):
    from tests.documents.pdf_checks import pdf_text
    from tests.scan.scanned import text_page

    ctx = series
    path = tmp_path / "letter.png"
    text_page(["Taotlus: õpilase sõidusoodustus", "Заявление о выдаче справки",
               "Request for information"], dpi=200, size_pt=16).save(path, dpi=(200, 200))
    entry = register_scanned(ctx, LETTER, [Page(path, dpi=200)])
    assert waiting_for_text(ctx) == [entry.id]
    layers = TextLayers()
    assert layers.resume(ctx) == 1
    assert layers.wait(timeout=300)
    scanned, searchable = files_of(ctx, "register_entries", entry.id)
    assert scanned.file_name == "1-2_26-001.pdf"
    assert searchable.file_name == "1-2_26-001 (OCR).pdf"
    text = pdf_text(file_path(ctx, searchable.id).read_bytes())
    assert "sõidusoodustus" in text and "справки" in text and "information" in text
    assert waiting_for_text(ctx) == []


def test_a_phone_photo_is_turned_once_as_its_exif_says(series, tmp_path):
    from app.scan.sources.files import import_file

    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # taken sideways: turn 90° clockwise to read
    Image.new("RGB", (1200, 900), "white").save(photo, exif=exif, dpi=(72, 72))
    pages = import_file(photo, tmp_path / "work")
    assert [p.rotation for p in pages] == [90]
    entry = register_scanned(series, LETTER, pages)
    kept = files_of(series, "register_entries", entry.id)[0]
    with pikepdf.open(file_path(series, kept.id)) as pdf:
        assert int(pdf.pages[0].obj.get("/Rotate", 0)) == 90
