"""The text layer: OCRmyPDF and tesseract read Estonian, Russian and English from a scanned
page, the result stays PDF/A-2b, pages with text are left alone, and a missing program or a
damaged file is a message, never a crash; the queue runs jobs in the background and stops
cleanly."""

import threading
import time

import pytest

from app.scan.ocr import CANCELLED, DONE, FAILED, OcrQueue, add_text_layer, has_text_layer
from app.scan.output import make_pdf
from app.scan.separator import separator_sheet_pdf
from tests.documents.pdf_checks import pdf_text, pdfa_problems
from tests.scan.scanned import ENGLISH, ESTONIAN, RUSSIAN, save, scanned, text_page


def scanned_document(tmp_path, name: str = "in.pdf", dpi: int = 200):
    page = save(scanned(text_page([ESTONIAN, RUSSIAN, ENGLISH], dpi, size_pt=12), skew=0.4,
                        dust=20), tmp_path / f"{name}.jpg", dpi)
    path = tmp_path / name
    path.write_bytes(make_pdf([page], title="Taotlus"))
    return path


def test_ocr_finds_estonian_russian_and_english_and_keeps_pdfa(tmp_path):
    upright = save(scanned(text_page([ESTONIAN, RUSSIAN, ENGLISH], 200, size_pt=12),
                           skew=0.4, dust=20), tmp_path / "1.jpg", 200)
    # Scanned upside down and sideways, turned upright in review: read the way they are shown.
    upside_down = save(scanned(text_page(["Teine lehekülg: külastaja õigused"], 200,
                                         size_pt=12), turn=180), tmp_path / "2.jpg", 200)
    sideways = save(scanned(text_page(["Третья страница: подпись"], 200, size_pt=12),
                            turn=90), tmp_path / "3.jpg", 200)
    src = tmp_path / "in.pdf"
    src.write_bytes(make_pdf([upright, upside_down.rotated(180), sideways.rotated(90)],
                             title="Taotlus"))
    before = src.read_bytes()
    result = add_text_layer(src, tmp_path / "out.pdf")
    assert (result.status, result.error, result.pdfa) == (DONE, None, True)
    data = result.dst.read_bytes()
    text = pdf_text(data)
    for word in ("õpilase", "äriühingu", "öötöö", "ülevaatus", "Заявление", "справки",
                 "льготы", "information", "office", "Teine lehekülg: külastaja õigused",
                 "Третья страница: подпись"):
        assert word in text
    assert pdfa_problems(data) == []
    assert src.read_bytes() == before
    assert (has_text_layer(src), has_text_layer(result.dst)) == (False, True)


def test_pages_that_have_text_are_not_read_again(tmp_path):
    src = tmp_path / "sheet.pdf"
    src.write_bytes(separator_sheet_pdf("qr", "en"))
    result = add_text_layer(src, tmp_path / "out.pdf")
    assert result.ok
    assert pdf_text(result.dst.read_bytes()).count("Separator sheet") == 1


def test_missing_tesseract_is_a_message_and_the_document_stays(tmp_path, monkeypatch):
    src = tmp_path / "in.pdf"
    src.write_bytes(separator_sheet_pdf("qr", "en"))
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = add_text_layer(src, tmp_path / "out.pdf")
    assert result.status == FAILED
    assert result.error.code == "ocr_missing"
    assert "tesseract" in str(result.error)
    assert not result.dst.exists()
    assert list(tmp_path.glob(".*")) == []


def test_a_missing_language_pack_is_named(tmp_path):
    src = tmp_path / "in.pdf"
    src.write_bytes(separator_sheet_pdf("qr", "en"))
    result = add_text_layer(src, tmp_path / "out.pdf", languages=("est", "xyz"))
    assert result.error.code == "ocr_missing"
    assert result.error.params["program"] == "tesseract-ocr-xyz"


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\nnot really", None])
def test_a_damaged_or_missing_file_fails_with_a_message(tmp_path, content):
    src = tmp_path / "broken.pdf"
    if content is not None:
        src.write_bytes(content)
    result = add_text_layer(src, tmp_path / "out.pdf")
    assert result.status == FAILED
    assert result.error.code == "ocr_failed"
    assert "broken.pdf" in str(result.error)
    assert not result.dst.exists()


def test_the_queue_runs_two_jobs_at_once_without_holding_up_the_caller(tmp_path):
    sources = [scanned_document(tmp_path, f"in{n}.pdf", dpi=150) for n in range(2)]
    results = []
    finished = threading.Event()

    def done(result):
        results.append(result)
        if len(results) == 2:
            finished.set()

    queue = OcrQueue(workers=2)
    start = time.monotonic()
    for n, src in enumerate(sources):
        queue.submit(src, tmp_path / f"out{n}.pdf", done)
    assert time.monotonic() - start < 1
    assert finished.wait(240)
    queue.shutdown(finish=True)
    assert sorted(r.status for r in results) == [DONE, DONE]
    for result in results:
        assert "Заявление" in pdf_text(result.dst.read_bytes())
    with pytest.raises(RuntimeError):
        queue.submit(sources[0], tmp_path / "late.pdf", done)


def test_shutting_the_queue_down_stops_its_jobs_and_leaves_nothing_half_written(tmp_path):
    src = scanned_document(tmp_path, dpi=150)
    results = []
    queue = OcrQueue(workers=1)
    for n in range(3):
        queue.submit(src, tmp_path / f"out{n}.pdf", results.append)
    time.sleep(0.5)  # time for the first job to start its process
    started = time.monotonic()
    queue.shutdown()
    assert time.monotonic() - started < 10
    assert [r.status for r in results] == [CANCELLED] * 3
    assert queue.pending() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.pdf", "in.pdf.jpg"]
