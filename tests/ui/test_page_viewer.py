"""The page viewer as a person reads a document in it: a real PDF of several pages turned with
the buttons and the keys, zoomed and fitted; a scanned document's page images; a broken PDF."""

import pytest

from app.scan.pages import Page
from app.ui.page_viewer import ImagePages, PageViewer, PdfPages, ViewerWindow
from app.ui.qt import QApplication, QColor, QImage, QPushButton, Qt
from app.ui.qt_i18n import install_language

WAIT_MS = 10_000


def letter_pdf(path, pages=3):
    """A PDF of `pages` A4 pages, each saying its number in big letters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        sheet.setFont("Helvetica-Bold", 96)
        sheet.drawString(180, 500, f"P{number}")
        sheet.setFont("Helvetica", 11)
        sheet.drawString(72, 760, "Teabenõue: ehitusload – Запрос информации")
        sheet.showPage()
    sheet.save()
    return path


@pytest.fixture
def viewer(qtbot):
    widget = PageViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.close_document()
    widget.wait()


def drawn(qtbot, viewer):
    qtbot.waitUntil(viewer.is_drawn, timeout=WAIT_MS)


def test_a_pdf_of_three_pages_is_shown_and_turned_with_buttons_and_keys(qtbot, viewer,
                                                                        tmp_path):
    install_language("en")
    viewer.show_document(PdfPages(letter_pdf(tmp_path / "kiri.pdf")))
    qtbot.waitUntil(lambda: viewer.page_count() == 3, timeout=WAIT_MS)
    drawn(qtbot, viewer)
    assert viewer.page_label.text() == "Page 1 / 3"
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    first = viewer.canvas.pixmap().toImage()

    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    drawn(qtbot, viewer)
    assert viewer.page_label.text() == "Page 2 / 3"
    assert viewer.canvas.pixmap().toImage() != first  # "P2", not "P1"
    viewer.area.setFocus()
    qtbot.keyClick(viewer.area, Qt.Key.Key_PageDown)
    assert viewer.index == 2 and viewer.page_label.text() == "Page 3 / 3"
    assert not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer.area, Qt.Key.Key_PageDown)  # no page after the last
    assert viewer.index == 2
    qtbot.keyClick(viewer.area, Qt.Key.Key_PageUp)
    qtbot.keyClick(viewer.area, Qt.Key.Key_Home)
    assert viewer.index == 0
    drawn(qtbot, viewer)
    assert viewer.canvas.pixmap().toImage() == first


def test_zoom_and_fit_change_the_size_the_page_is_drawn_at(qtbot, viewer, tmp_path):
    viewer.show_document(PdfPages(letter_pdf(tmp_path / "kiri.pdf", pages=1)))
    drawn(qtbot, viewer)
    # Fit width is where it starts: the page as wide as the room beside the scroll bar.
    fitted = viewer.shown_size()
    room = viewer.area.viewport().width()
    assert room - 60 < fitted.width() <= room
    assert viewer.area.horizontalScrollBar().maximum() == 0

    qtbot.mouseClick(viewer.whole_button, Qt.MouseButton.LeftButton)
    drawn(qtbot, viewer)
    whole = viewer.shown_size()
    assert whole.height() <= viewer.area.viewport().height()
    assert whole.width() < fitted.width()
    assert viewer.whole_button.isChecked() and not viewer.width_button.isChecked()

    viewer.set_zoom(1.0)
    drawn(qtbot, viewer)
    assert viewer.zoom_label.text() == "100 %"
    at_100 = viewer.shown_size()
    assert abs(at_100.width() - 794) <= 1  # A4 is 210 mm: 794 pixels at 96 per inch
    viewer.area.setFocus()
    qtbot.keyClick(viewer.area, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    drawn(qtbot, viewer)
    assert viewer.zoom_label.text() == "110 %"
    assert viewer.shown_size().width() > at_100.width()
    qtbot.mouseClick(viewer.out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(viewer.out_button, Qt.MouseButton.LeftButton)
    drawn(qtbot, viewer)
    assert viewer.zoom_label.text() == "90 %"
    assert viewer.shown_size().width() < at_100.width()
    # The picture is drawn again at the zoom's resolution, not stretched.
    image = viewer.kept[(0, round(viewer._scale() * 1000))]
    assert abs(image.width() - round(794 * 0.9 * viewer._ratio())) <= 1


def test_a_page_is_drawn_at_the_resolution_asked(tmp_path):
    source = PdfPages(letter_pdf(tmp_path / "kiri.pdf", pages=1))
    sizes = source.open()
    try:
        image = source.draw(0, 1000 / sizes[0].width)  # a page 1000 pixels wide
    finally:
        source.close()
    assert image.width() == 1000 and abs(image.height() - 1414) <= 1
    assert image.pixelColor(5, 5).name() == "#ffffff"


def test_a_broken_pdf_says_so_in_the_persons_language(qtbot, viewer, tmp_path):
    broken = tmp_path / "katki.pdf"
    broken.write_bytes(b"%PDF-1.7\n this is no PDF at all")
    install_language("et")
    try:
        viewer.show_document(PdfPages(broken))
        qtbot.waitUntil(lambda: viewer.problem is not None, timeout=WAIT_MS)
        assert "PDF-faili ei saa lugeda" in viewer.canvas.text()
        assert str(broken) in viewer.canvas.text()
        assert viewer.page_label.text() == "Lehekülg 0 / 0"
        assert not viewer.next_button.isEnabled() and not viewer.in_button.isEnabled()
        install_language("ru")
        qtbot.waitUntil(lambda: "повреждён" in viewer.canvas.text())
        assert viewer.page_label.text() == "Страница 0 / 0"
    finally:
        install_language("en")
    viewer.show_document(PdfPages(tmp_path / "gone.pdf"))
    qtbot.waitUntil(lambda: viewer.problem is not None, timeout=WAIT_MS)
    assert "is not there" in viewer.canvas.text()


def scanned_page(path, color, dpi=300, size=(1240, 1754)):
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return Page(path, dpi=dpi)


def test_a_scanned_documents_pages_are_shown_full_size_and_turned(qtbot, viewer, tmp_path):
    pages = [scanned_page(tmp_path / "1.png", "#ffffff", dpi=150),
             scanned_page(tmp_path / "2.png", "#ffee00", dpi=150).rotated(90)]
    viewer.set_zoom(1.0)
    viewer.show_document(ImagePages(pages), page=1)
    drawn(qtbot, viewer)
    assert viewer.page_label.text() == "Page 2 / 2"
    # 1240 × 1754 pixels at 150 dpi is A4; turned, it lies on its side at 100 %.
    assert abs(viewer.shown_size().width() - 1123) <= 1
    assert abs(viewer.shown_size().height() - 794) <= 1
    assert viewer.canvas.pixmap().toImage().pixelColor(20, 20).name() == "#ffee00"
    viewer.turn(-1)
    drawn(qtbot, viewer)
    assert abs(viewer.shown_size().width() - 794) <= 1


def test_a_page_image_that_cannot_be_read_leaves_the_other_pages(qtbot, viewer, tmp_path):
    bad = tmp_path / "2.png"
    bad.write_bytes(b"not an image")
    viewer.show_document(ImagePages([scanned_page(tmp_path / "1.png", "#ffffff"),
                                     Page(bad)]))
    drawn(qtbot, viewer)
    viewer.turn(1)
    qtbot.waitUntil(lambda: "2.png" in viewer.canvas.text(), timeout=WAIT_MS)
    viewer.turn(-1)
    drawn(qtbot, viewer)
    assert viewer.page_label.text() == "Page 1 / 2"


def test_the_window_offers_another_program_for_a_pdf_only(qtbot, tmp_path):
    window = ViewerWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_document(PdfPages(letter_pdf(tmp_path / "kiri.pdf", pages=2), title="1-2/7"))
    assert window.other_button.isVisible()
    assert "1-2/7" in window.windowTitle()
    # Enter presses no button of its own accord (the page has the keys).
    assert not any(b.autoDefault() or b.isDefault() for b in window.findChildren(QPushButton))
    qtbot.waitUntil(window.viewer.is_drawn, timeout=WAIT_MS)
    window.show_document(ImagePages([scanned_page(tmp_path / "1.png", "#ffffff")]))
    assert not window.other_button.isVisible()
    window.close()
    window.viewer.wait()


def test_without_another_pdf_program_the_window_says_where_the_file_is(qtbot, tmp_path,
                                                                      monkeypatch):
    from app.ui import page_viewer

    monkeypatch.setattr(page_viewer, "has_pdf_viewer", lambda: False)
    window = ViewerWindow()
    qtbot.addWidget(window)
    window.show()
    pdf = letter_pdf(tmp_path / "kiri.pdf", pages=1)
    window.show_document(PdfPages(pdf))
    qtbot.mouseClick(window.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.message.isVisible, timeout=WAIT_MS)
    assert "no other program" in window.message.text() and str(pdf) in window.message.text()
    # A notice's PDF comes as bytes: it is saved in the temporary folder for the other program.
    window.show_document(PdfPages(pdf.read_bytes(), title="V-26/0001"))
    qtbot.mouseClick(window.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lett-V-26-0001.pdf" in window.message.text(), timeout=WAIT_MS)
    window.close()
    window.viewer.wait()


def wheel(area, steps, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    middle = QPointF(area.viewport().rect().center())
    event = QWheelEvent(middle, area.viewport().mapToGlobal(middle), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(area.viewport(), event)


def test_ctrl_and_the_wheel_zoom_and_the_wheel_past_the_page_turns_it(qtbot, viewer, tmp_path):
    viewer.show_document(PdfPages(letter_pdf(tmp_path / "kiri.pdf", pages=2)))
    viewer.set_fit("page")
    drawn(qtbot, viewer)
    whole = viewer.shown_size()
    wheel(viewer.area, 1, Qt.KeyboardModifier.ControlModifier)
    drawn(qtbot, viewer)
    assert viewer.fit is None and viewer.shown_size().width() > whole.width()
    viewer.set_fit("page")
    drawn(qtbot, viewer)
    qtbot.waitUntil(lambda: viewer.area.verticalScrollBar().maximum() == 0)
    wheel(viewer.area, -1)  # the whole page is seen: on to the next one
    assert viewer.index == 1
    wheel(viewer.area, 1)
    assert viewer.index == 0


def test_zooming_in_keeps_the_middle_of_what_is_seen(qtbot, viewer, tmp_path):
    viewer.show_document(PdfPages(letter_pdf(tmp_path / "kiri.pdf", pages=1)))
    viewer.set_zoom(1.0)
    drawn(qtbot, viewer)
    bar = viewer.area.verticalScrollBar()

    def middle():
        return (bar.value() + bar.pageStep() / 2) / (bar.maximum() + bar.pageStep())

    bar.setValue(bar.maximum())
    before = middle()
    viewer.set_zoom(2.0)
    drawn(qtbot, viewer)
    qtbot.waitUntil(lambda: viewer.place is None)
    assert bar.maximum() > 1000 and abs(middle() - before) < 0.02


def test_a_pdf_with_a_password_says_so(qtbot, viewer, tmp_path):
    import pikepdf

    locked = tmp_path / "salajane.pdf"
    with pikepdf.open(letter_pdf(tmp_path / "kiri.pdf", pages=1)) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="salasõna", owner="omanik"))
    viewer.show_document(PdfPages(locked))
    qtbot.waitUntil(lambda: viewer.problem is not None, timeout=WAIT_MS)
    assert "password" in viewer.canvas.text() and str(locked) in viewer.canvas.text()


def test_a_poster_sized_page_at_the_highest_zoom_stays_within_the_pixels_allowed(
        qtbot, viewer, tmp_path):
    from reportlab.pdfgen import canvas

    from app.ui.page_viewer import MAX_PIXELS

    poster = tmp_path / "plakat.pdf"
    sheet = canvas.Canvas(str(poster), pagesize=(3370, 4768))  # A0 twice over
    sheet.drawString(100, 100, "Plakat")
    sheet.showPage()
    sheet.save()
    viewer.show_document(PdfPages(poster))
    qtbot.waitUntil(lambda: viewer.page_count() == 1, timeout=WAIT_MS)
    viewer.set_zoom(8.0)
    drawn(qtbot, viewer)
    image = next(iter(viewer.kept.values()))
    assert image.width() * image.height() <= MAX_PIXELS * 1.01
    assert viewer.zoom_label.text() != "800 %"


def test_another_document_given_while_a_page_is_drawn_is_shown(qtbot, viewer, tmp_path):
    import threading

    release = threading.Event()

    class Slow(PdfPages):
        """A document whose page is still being drawn until the test lets it finish."""

        def draw(self, *args):
            release.wait(WAIT_MS / 1000)
            return super().draw(*args)

    viewer.show_document(Slow(letter_pdf(tmp_path / "eka.pdf", pages=2)))
    qtbot.waitUntil(lambda: viewer.drawing is not None, timeout=WAIT_MS)
    viewer.show_document(PdfPages(letter_pdf(tmp_path / "teine.pdf", pages=3)), page=2)
    release.set()
    drawn(qtbot, viewer)
    assert viewer.page_label.text() == "Page 3 / 3"


def test_space_reads_down_the_page_then_on_to_the_next(qtbot, viewer, tmp_path):
    viewer.show_document(PdfPages(letter_pdf(tmp_path / "kiri.pdf", pages=2)))
    viewer.set_zoom(2.0)
    drawn(qtbot, viewer)
    bar = viewer.area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    viewer.area.setFocus()
    presses = 0
    while viewer.index == 0 and presses < 20:
        before = bar.value()
        qtbot.keyClick(viewer.area, Qt.Key.Key_Space)
        presses += 1
        assert viewer.index == 1 or bar.value() > before
    assert viewer.index == 1 and presses > 1 and bar.value() == 0
    drawn(qtbot, viewer)
    qtbot.keyClick(viewer.area, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.index == 0 and bar.value() == bar.maximum()
