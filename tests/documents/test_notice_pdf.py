"""Rendered notices: the text drawn matches the fields in every language, and the file is a
PDF/A-2b with its fonts embedded."""

import io
from datetime import date

import pikepdf
import pytest

from app.core.notices import LANGUAGES, check_values, shown_values
from app.documents.pdfa import mark_as_copy
from app.documents.render import Letterhead, NoticeDocument, copy_mark_overlay, render_notice
from app.documents.templates import built_in_templates
from tests.documents.notice_values import VALUES
from tests.documents.pdf_checks import pdf_text, pdfa_problems, qr_texts

HEAD = Letterhead("Tartu teenindusbüroo", "Riia 15, 50411 Tartu", "70001234")


def document(template_id, lang):
    t = built_in_templates()[template_id]
    values = check_values(t, VALUES[template_id], lang)
    return NoticeDocument(t, lang, values, HEAD, "V-26/0042", date(2026, 11, 24), "Kati Karu",
                          "ABCD-EFGH-JKMN")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template_id", sorted(VALUES))
def test_the_pdf_shows_every_field_title_and_letterhead(template_id, lang):
    doc = document(template_id, lang)
    data = render_notice(doc)
    text = pdf_text(data)
    for value in shown_values(doc.template, doc.values, lang).values():
        assert " ".join(value.split()) in text
    for expected in (doc.template.title(lang), "Tartu teenindusbüroo", "Riia 15, 50411 Tartu",
                     "70001234", "V-26/0042", "24.11.2026", "ABCD-EFGH-JKMN", "Kati Karu"):
        assert expected in text
    assert pdfa_problems(data) == []


def test_the_qr_code_reads_as_the_number_and_the_verification_code():
    assert qr_texts(render_notice(document("decision", "ru"))) == [
        "LETT V-26/0042 ABCD-EFGH-JKMN"]


def test_labels_are_in_the_notice_language():
    assert "Kontrollkood: ABCD-EFGH-JKMN" in pdf_text(render_notice(document("notice", "et")))
    assert "Контрольный код: ABCD-EFGH-JKMN" in pdf_text(
        render_notice(document("notice", "ru")))


def test_only_dejavu_is_used_and_embedded():
    data = render_notice(document("decision", "ru"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        names = {str(f.BaseFont).split("+", 1)[1] for p in pdf.pages
                 for f in p.Resources.Font.values()}
        assert names <= {"DejaVuSans", "DejaVuSans-Bold"}
        assert str(pdf.pdf_version) >= "1.7"


def test_a_long_text_continues_on_a_second_page_with_the_footer_on_each():
    t = built_in_templates()["notice"]
    values = check_values(t, {**VALUES["notice"], "message": "Pikk lõik. " * 360}, "et")
    data = render_notice(NoticeDocument(t, "et", values, HEAD, "V-26/0043", date(2026, 11, 24),
                                        "Kati Karu", "ABCD-EFGH-JKMN"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
    assert pdf_text(data).count("Kontrollkood: ABCD-EFGH-JKMN") >= 2
    assert pdfa_problems(data) == []


def test_a_copy_is_marked_and_stays_pdfa():
    data = render_notice(document("certificate", "en"))
    copy = mark_as_copy(data, copy_mark_overlay("en"), "en")
    assert "COPY" in pdf_text(copy)
    assert "COPY" not in pdf_text(data)
    assert pdfa_problems(copy) == []


def test_a_logo_is_drawn_and_a_broken_one_is_left_out():
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGBA", (120, 60), (20, 80, 160, 255)).save(png, "PNG")
    import base64

    for logo, images in ((base64.b64encode(png.getvalue()).decode(), 1),
                         ("bm90IGFuIGltYWdl", 0)):
        doc = document("notice", "et")
        doc = NoticeDocument(doc.template, "et", doc.values,
                             Letterhead(HEAD.name, HEAD.address, HEAD.registry_code, logo),
                             doc.registry_number, doc.day, doc.issued_by, doc.verification_code)
        data = render_notice(doc)
        with pikepdf.open(io.BytesIO(data)) as pdf:
            xobjects = pdf.pages[0].Resources.get("/XObject") or {}
            assert len([x for x in xobjects.values() if x.Subtype == "/Image"]) == images
        assert pdfa_problems(data) == []
