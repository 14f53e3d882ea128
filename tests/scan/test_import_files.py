"""Imported files: PDF, TIFF, JPEG and PNG become pages; each kind of bad file is refused with a
message that says what to do, leaves nothing behind and does not stop the other files."""

import struct
import zlib
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.core.errors import IntakeError
from app.scan.sources.files import MAX_PIXELS, PDF_DPI, import_file, import_files


def make_pdf(path: Path, pages: int = 3, colour_page: int | None = None,
             size: tuple[float, float] = A4) -> Path:
    c = canvas.Canvas(str(path), pagesize=size)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 24)
        c.drawString(72, size[1] - 100, f"Page {number} of a letter")
        if number == colour_page:
            c.setFillColorRGB(0.9, 0.1, 0.1)
            c.rect(72, 300, 200, 120, fill=1)
        c.showPage()
    c.save()
    return path


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that claims a huge image in a few bytes: a decompression bomb's header."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
                     + chunk(b"IEND", b""))
    return path


@pytest.fixture
def work(tmp_path):
    return tmp_path / "batch"


def test_a_pdf_becomes_one_page_image_per_page_grey_unless_coloured(tmp_path, work):
    pdf = make_pdf(tmp_path / "letter.pdf", pages=3, colour_page=2)
    pages = import_file(pdf, work)
    assert [p.source for p in pages] == ["letter.pdf p. 1", "letter.pdf p. 2", "letter.pdf p. 3"]
    assert all(p.dpi == PDF_DPI and p.image.parent == work for p in pages)
    modes = []
    for page in pages:
        with Image.open(page.image) as image:
            modes.append(image.mode)
            # A4 at 200 dpi
            assert image.size == (1654, 2339)
    assert modes == ["L", "RGB", "L"]


def test_a_multi_page_tiff_gives_every_page(tmp_path, work):
    frames = [Image.new("L", (850, 1100), shade) for shade in (255, 200, 120)]
    tiff = tmp_path / "fax.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], dpi=(100, 100))
    pages = import_file(tiff, work)
    assert [p.source for p in pages] == ["fax.tif p. 1", "fax.tif p. 2", "fax.tif p. 3"]
    assert [p.dpi for p in pages] == [100, 100, 100]
    with Image.open(pages[2].image) as image:
        assert image.getpixel((10, 10)) == 120


def test_a_jpeg_is_kept_as_it_came_and_a_phone_photo_turned_upright(tmp_path, work):
    photo = tmp_path / "IMG_0001.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (4000, 3000), "white").save(photo, exif=exif, dpi=(72, 72))
    (page,) = import_file(photo, work)
    assert page.image.read_bytes() == photo.read_bytes()
    assert page.rotation == 90
    # 72 dpi would make the page 1.4 m long: the long side is fitted to A4 instead
    assert page.dpi == round(4000 / (297 / 25.4))


def test_a_transparent_png_is_put_on_white(tmp_path, work):
    png = tmp_path / "form.png"
    Image.new("RGBA", (600, 800), (0, 0, 0, 0)).save(png, dpi=(150, 150))
    (page,) = import_file(png, work)
    with Image.open(page.image) as image:
        assert image.mode == "RGB" and image.getpixel((5, 5)) == (255, 255, 255)
    assert page.dpi == 150 and page.source == "form.png"


def test_the_kind_is_judged_by_content_not_by_name(tmp_path, work):
    misnamed = tmp_path / "scan.pdf"
    Image.new("L", (500, 700), 255).save(misnamed, "PNG")
    (page,) = import_file(misnamed, work)
    assert page.image.suffix == ".png"


def refused(path: Path, work: Path) -> IntakeError:
    with pytest.raises(IntakeError) as caught:
        import_file(path, work)
    # nothing of a refused file is left in the batch
    assert not work.exists() or list(work.iterdir()) == []
    return caught.value


def test_an_empty_file_is_refused(tmp_path, work):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    error = refused(empty, work)
    assert error.code == "scan_file_empty"
    assert str(error) == ("The file empty.pdf is empty (0 bytes), so it holds no page. Nothing "
                          "was taken from it; ask for the file again.")


def test_a_truncated_pdf_is_refused_as_damaged(tmp_path, work):
    whole = make_pdf(tmp_path / "whole.pdf", pages=4).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    error = refused(cut, work)
    assert str(error) == ("The file cut.pdf is damaged or incomplete and cannot be opened as a "
                          "PDF file. Nothing was taken from it; ask for the file again or scan "
                          "the paper.")


def test_a_pdf_of_garbage_is_refused_as_damaged(tmp_path, work):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    assert refused(garbage, work).code == "scan_file_corrupt"


def test_a_password_protected_pdf_is_refused_with_what_to_do(tmp_path, work):
    plain = make_pdf(tmp_path / "plain.pdf", pages=1)
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    error = refused(locked, work)
    assert str(error) == ("The PDF locked.pdf is protected by a password. Open it with the "
                          "password, save a copy without protection and take that in.")


def test_a_pdf_page_of_absurd_size_is_refused_before_rendering(tmp_path, work):
    huge = make_pdf(tmp_path / "poster.pdf", pages=2, size=(14400, 14400))
    error = refused(huge, work)
    assert error.code == "scan_file_page_size"
    assert "Page 1 of the PDF poster.pdf measures 508 \u00d7 508 cm" in str(error)


@pytest.mark.parametrize("width,height", [(12000, 12000), (40000, 40000)])
def test_a_decompression_bomb_is_refused_before_it_is_decoded(tmp_path, work, width, height):
    # 144 million pixels (over Lett's limit) and 1600 million (over Pillow's own)
    assert width * height > MAX_PIXELS
    bomb = png_header_only(tmp_path / "bomb.png", width, height)
    assert bomb.stat().st_size < 200
    error = refused(bomb, work)
    assert error.code == "scan_file_pixels"
    assert str(error) == ("The file bomb.png holds an image of more than 120 million pixels, "
                          "too large to take in: it could exhaust this PC's memory. Nothing "
                          "was taken from it.")


def test_a_tiff_whose_second_page_claims_a_huge_image_is_refused(tmp_path, work):
    frames = [Image.new("L", (300, 400), 255), Image.new("L", (300, 400), 128)]
    tiff = tmp_path / "two.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], compression="raw")
    data = bytearray(tiff.read_bytes())
    assert data[:2] == b"II"
    # Walk to the second page's directory and make it claim 65535 x 65535 pixels.
    first = struct.unpack_from("<I", data, 4)[0]
    entries = struct.unpack_from("<H", data, first)[0]
    second = struct.unpack_from("<I", data, first + 2 + 12 * entries)[0]
    for index in range(struct.unpack_from("<H", data, second)[0]):
        entry = second + 2 + 12 * index
        tag, kind = struct.unpack_from("<HH", data, entry)
        if tag in (256, 257):
            if kind == 3:
                struct.pack_into("<H", data, entry + 8, 65535)
            else:
                struct.pack_into("<I", data, entry + 8, 65535)
    tiff.write_bytes(bytes(data))
    error = refused(tiff, work)
    assert error.code == "scan_file_pixels"


def test_a_truncated_jpeg_is_refused_as_damaged(tmp_path, work):
    whole = tmp_path / "whole.jpg"
    Image.effect_noise((800, 800), 60).convert("RGB").save(whole, quality=95)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:5000])
    error = refused(cut, work)
    assert "cut.jpg is damaged or incomplete and cannot be opened as a JPEG file" in str(error)


def test_a_tiff_with_a_damaged_later_page_leaves_nothing_behind(tmp_path, work):
    frames = [Image.effect_noise((400, 400), 50).convert("L") for _ in range(3)]
    tiff = tmp_path / "three.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:])
    data = tiff.read_bytes()
    (tmp_path / "cut.tif").write_bytes(data[: int(len(data) * 0.8)])
    assert refused(tmp_path / "cut.tif", work).code == "scan_file_corrupt"


def test_another_kind_of_file_is_refused_by_its_content(tmp_path, work):
    gif = tmp_path / "picture.png"
    Image.new("L", (50, 50)).save(gif, "GIF")
    text = tmp_path / "notes.pdf"
    text.write_text("Dear office,\nplease find attached\n")
    for path in (gif, text):
        error = refused(path, work)
        assert str(error) == (f"The file {path.name} is not a PDF, TIFF, JPEG or PNG file, so "
                              "it cannot be taken in. Save or export it as PDF and try again.")


def test_one_bad_file_does_not_stop_the_others_and_no_file_is_changed(tmp_path, work):
    good = make_pdf(tmp_path / "good.pdf", pages=2)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (1000, 1400), "white").save(photo, dpi=(150, 150))
    before = {p: p.read_bytes() for p in (good, empty, photo)}
    report = import_files([good, empty, photo], work)
    assert [len(item.pages) for item in report.files] == [2, 0, 1]
    assert [item.path for item in report.failed] == [empty]
    assert report.failed[0].error.code == "scan_file_empty"
    assert len(report.pages) == 3 and all(p.image.exists() for p in report.pages)
    assert {p: p.read_bytes() for p in before} == before


def test_the_same_file_imported_twice_gives_new_pages_not_overwritten_ones(tmp_path, work):
    pdf = make_pdf(tmp_path / "twice.pdf", pages=1)
    first = import_file(pdf, work)
    second = import_file(pdf, work)
    assert first[0].image != second[0].image
    assert first[0].image.exists() and second[0].image.exists()
