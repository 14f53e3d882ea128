"""One PDF per document: the scanned images as they are, pages the size of the paper, turned
pages turned in the PDF, PDF/A-2b; an image that cannot be read is named."""

import io

import pikepdf
import pytest
from PIL import Image

from app.core.errors import IntakeError
from app.scan.output import make_pdf
from app.scan.pages import Page
from tests.documents.pdf_checks import pdfa_problems
from tests.scan.scanned import letter, save, scanned

A4_PT = (595.28, 841.89)


def page_sizes(pdf: pikepdf.Pdf) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox[2]), 1), round(float(p.mediabox[3]), 1)) for p in pdf.pages]


def image_streams(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    return [next(iter(p.obj.Resources.XObject.values())) for p in pdf.pages]


def test_a_document_of_jpeg_and_png_pages_is_a_pdfa_with_the_scans_untouched(tmp_path):
    jpeg = save(scanned(letter(300, 0)), tmp_path / "1.jpg", 300)
    png = save(scanned(letter(200, 1)).convert("1"), tmp_path / "2.png", 200)
    colour = save(scanned(letter(150, 2)).convert("RGB"), tmp_path / "3.jpg", 150)
    data = make_pdf([jpeg, png.rotated(90), colour.rotated(180)], title="Taotlus 1-2/26-7")
    assert pdfa_problems(data, fonts=False) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 3
        # The paper's size from each page's own resolution (A4 within a pixel).
        for width, height in page_sizes(pdf):
            assert abs(width - A4_PT[0]) < 1.5 and abs(height - A4_PT[1]) < 1.5
        assert [int(p.obj.get("/Rotate", 0)) for p in pdf.pages] == [0, 90, 180]
        first, second, third = image_streams(pdf)
        assert first.Filter == pikepdf.Name.DCTDecode
        assert first.read_raw_bytes() == jpeg.image.read_bytes()  # not decoded, not re-encoded
        assert third.read_raw_bytes() == colour.image.read_bytes()
        assert second.BitsPerComponent == 1  # a bilevel scan stays bilevel, losslessly
        assert pdf.open_metadata()["dc:title"] == "Taotlus 1-2/26-7"


def test_a_plain_pdf_when_pdfa_is_not_wanted(tmp_path):
    page = save(scanned(letter(150)), tmp_path / "1.jpg", 150)
    data = make_pdf([page], pdfa=False)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert len(pdf.pages) == 1


def test_images_a_pdfa_cannot_hold_as_they_are_are_converted_without_loss(tmp_path):
    rgba = Image.new("RGBA", (1240, 1754), (255, 255, 255, 0))
    rgba.paste((20, 20, 20, 255), (200, 300, 1000, 400))
    rgba.save(tmp_path / "alpha.png")
    Image.new("CMYK", (1240, 1754), (0, 0, 0, 10)).save(tmp_path / "cmyk.jpg")
    deep = Image.new("I;16", (1240, 1754), 60000)
    deep.save(tmp_path / "deep.png")
    pages = [Page(tmp_path / name, dpi=150) for name in ("alpha.png", "cmyk.jpg", "deep.png")]
    data = make_pdf(pages, title="Imported")
    assert pdfa_problems(data, fonts=False) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        images = [pikepdf.PdfImage(s).as_pil_image() for s in image_streams(pdf)]
    assert images[0].convert("L").getpixel((600, 350)) < 40  # the ink on white paper
    assert images[0].convert("L").getpixel((600, 900)) == 255
    assert images[1].mode == "RGB"
    assert images[2].getpixel((5, 5)) > 200  # 16-bit light grey stays light grey


@pytest.mark.parametrize("broken", ["not an image", "missing"])
def test_an_image_that_cannot_be_read_is_named_and_no_pdf_is_made(tmp_path, broken):
    good = save(scanned(letter(150)), tmp_path / "1.jpg", 150)
    bad = tmp_path / "2.png"
    if broken == "not an image":
        bad.write_bytes(b"this is no PNG")
    with pytest.raises(IntakeError) as caught:
        make_pdf([good, Page(bad)])
    assert caught.value.code == "scan_page_unreadable"
    assert "2.png" in str(caught.value)
    assert good.image.exists()


def test_a_document_needs_a_page():
    with pytest.raises(ValueError):
        make_pdf([])


def test_a_palette_png_keeps_its_palette(tmp_path):
    letter(150).convert("RGB").quantize(16).save(tmp_path / "palette.png")
    data = make_pdf([Page(tmp_path / "palette.png", dpi=150)], title="Palette")
    assert pdfa_problems(data, fonts=False) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert image_streams(pdf)[0].ColorSpace[0] == pikepdf.Name.Indexed
