"""Separator sheets: printed from Lett, scanned back (pdftoppm at 150 to 300 dpi, with noise,
skew and turned), found among ordinary pages, and the batch split into documents at them."""

import functools

import pytest
from PIL import Image, ImageDraw

from app.scan import review
from app.scan.separator import separator_sheet_pdf
from tests.documents.pdf_checks import pdf_text, pdfa_problems, qr_texts
from tests.scan.scanned import letter, mm_to_px, paper, rasterise, save, scanned

INSTRUCTIONS = {
    "et": "Pange see iga dokumendi ette",
    "ru": "Положите его перед каждым документом",
    "en": "Put it in front of each document",
}


@functools.cache
def printed(kind: str, dpi: int) -> Image.Image:
    return rasterise(separator_sheet_pdf(kind, "et"), dpi)


@pytest.mark.parametrize("lang", ["et", "ru", "en"])
@pytest.mark.parametrize("kind", ["qr", "patch-t"])
def test_a_separator_sheet_is_a_pdfa_page_with_its_instruction(kind, lang):
    data = separator_sheet_pdf(kind, lang)
    assert INSTRUCTIONS[lang] in pdf_text(data)
    assert pdfa_problems(data) == []
    if kind == "qr":
        assert qr_texts(data) == [review.SEPARATOR_TEXT]


def test_an_unknown_kind_of_sheet_is_refused():
    with pytest.raises(ValueError, match="barcode"):
        separator_sheet_pdf("barcode", "et")


LOOKS = {
    "as printed": {},
    "noisy and skewed": {"noise": 12, "skew": 2.0, "dust": 40, "seed": 3},
    "upside down": {"turn": 180, "noise": 8, "skew": -1.0, "seed": 4},
    "sideways": {"turn": 90, "noise": 8, "seed": 5},
}


@pytest.mark.parametrize("dpi", [150, 200, 300])
@pytest.mark.parametrize("kind", ["qr", "patch-t"])
def test_a_scanned_separator_sheet_is_found(tmp_path, kind, dpi):
    for n, (look, changes) in enumerate(LOOKS.items()):
        page = save(scanned(printed(kind, dpi), **changes), tmp_path / f"{n}.jpg", dpi)
        assert review.separator_kind(page) == kind, look


def patch_sheet(bars: tuple[int, ...], dpi: int) -> Image.Image:
    """A sheet with one patch code at its head, drawn as a patch printer would."""
    sheet = paper(dpi)
    draw = ImageDraw.Draw(sheet)
    y = mm_to_px(20, dpi)
    for wide in bars:
        depth = round((0.2 if wide else 0.08) * dpi)
        draw.rectangle((mm_to_px(30, dpi), y, mm_to_px(180, dpi), y + depth - 1), fill=0)
        y += depth + round(0.08 * dpi)
    return sheet


def test_a_patch_t_is_read_from_the_edge_that_goes_in_first(tmp_path):
    dpi = 200
    t = save(scanned(patch_sheet((0, 1, 0, 1), dpi)), tmp_path / "t.jpg", dpi)
    t_fed_foot_first = save(scanned(patch_sheet((0, 1, 0, 1), dpi), turn=180),
                            tmp_path / "t180.jpg", dpi)
    patch_3 = save(scanned(patch_sheet((1, 0, 1, 0), dpi)), tmp_path / "p3.jpg", dpi)
    patch_2 = save(scanned(patch_sheet((1, 0, 0, 1), dpi)), tmp_path / "p2.jpg", dpi)
    assert review.separator_kind(t) == "patch-t"
    assert review.separator_kind(t_fed_foot_first) == "patch-t"
    assert review.separator_kind(patch_3) is None
    assert review.separator_kind(patch_2) is None


def test_ordinary_pages_are_not_separators(tmp_path):
    dpi = 200
    ruled = letter(dpi)
    draw = ImageDraw.Draw(ruled)
    for n in range(6):  # a form's thick rules, a rule's width apart
        y = mm_to_px(200 + n * 4, dpi)
        draw.rectangle((mm_to_px(25, dpi), y, mm_to_px(185, dpi), y + mm_to_px(1.2, dpi)),
                       fill=0)
    other_qr = rasterise(_notice_like_qr_page(), dpi)
    for n, image in enumerate([letter(dpi), ruled, other_qr, Image.new("L", ruled.size, 30)]):
        assert review.separator_kind(save(scanned(image), tmp_path / f"{n}.jpg", dpi)) is None


def _notice_like_qr_page() -> bytes:
    """A page with a QR code of other text, as a notice's verification code."""
    import io

    import qrcode
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = qrcode.make("https://lett.example/verify/ABCD-EFGH").get_image().convert("L")
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    c.drawImage(ImageReader(image), 200, 300, 200, 200)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_batch_is_split_into_documents_at_its_separator_sheets(tmp_path):
    dpi = 200
    kinds = iter(range(100))

    def page(image: Image.Image, **changes):
        n = next(kinds)
        return save(scanned(image, seed=n, **changes), tmp_path / f"{n:02d}.jpg", dpi)

    def sep(kind: str, **changes):
        return page(printed(kind, dpi), **changes)

    a = [page(letter(dpi, 0)), page(letter(dpi, 1))]
    b = [page(letter(dpi, 2), turn=180)]
    c = [page(letter(dpi, 3)), page(paper(dpi)), page(letter(dpi, 4))]
    batch = [sep("qr"), *a, sep("patch-t", skew=1.5), *b, sep("qr", turn=180),
             sep("patch-t", turn=180), *c, sep("qr")]
    documents = review.split_documents(batch)
    assert [[p.image for p in d] for d in documents] == [
        [p.image for p in a], [p.image for p in b], [p.image for p in c]]
    assert review.split_documents(a) == [a]
    assert review.split_documents([]) == []
