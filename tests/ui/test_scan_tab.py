"""The Scan intake tab as a person uses it: files and scans come in as documents, pages are
turned, deleted and split, and each document is registered with its PDF; a scanner that jams
loses no page."""

import pikepdf
import pytest
from PIL import Image

from app.operations import register as r
from app.operations.context import staff_actor
from app.operations.files import file_path, latest_file
from app.ui.qt import Qt
from app.ui.scan.tab import ScanTab
from tests.scan.conftest import sane_test_backend  # noqa: F401 - a fixture used below

QT_WAIT_MS = 30_000


@pytest.fixture
def tab(qtbot, make_runner, local, staff):
    r.save_series(staff, "1-2", "{S}/{DA}-{3DN}", "Kirjad")
    runner = make_runner(staff_actor())
    widget = ScanTab(runner, local.settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    qtbot.waitUntil(lambda: widget.form.series_box.count() >= 1, timeout=QT_WAIT_MS)
    # The text layer's own test is in tests/operations/test_intake.py.
    widget.ocr_box.setChecked(False)
    yield widget
    widget.close_tab()


def _image(path, shade=240, size=(827, 1169)):
    Image.new("L", size, shade).save(path, dpi=(100, 100))
    return path


def _pages_shown(tab):
    return tab.pages.count()


def test_imported_files_become_documents_and_a_bad_file_is_named(qtbot, tab, tmp_path):
    good = [_image(tmp_path / "a.png"), _image(tmp_path / "b.png", 200)]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    tab.import_paths([*good, broken])
    qtbot.waitUntil(lambda: "broken.pdf" in tab.message.text(), timeout=QT_WAIT_MS)
    assert "Documents added: 2" in tab.message.text()
    assert [len(d.pages) for d in tab.batch.documents] == [1, 1]
    assert tab.documents.count() == 2


def test_pages_are_turned_deleted_split_and_the_document_registered(qtbot, tab, staff,
                                                                      tmp_path, shoot):
    pages = [_image(tmp_path / f"p{i}.png", 250 - 30 * i) for i in range(4)]
    tab.import_paths(pages)
    qtbot.waitUntil(lambda: len(tab.batch.documents) == 4, timeout=QT_WAIT_MS)
    # the four files as one document of four pages, then split before the third
    tab.batch.replace_all([[p for d in tab.batch.documents for p in d.pages]])
    tab.review.show_batch()
    assert _pages_shown(tab) == 4
    first = [p.image for p in tab.batch.documents[0].pages]
    tab.pages.item(0).setSelected(True)
    qtbot.mouseClick(tab.later_button, Qt.MouseButton.LeftButton)
    assert [p.image for p in tab.batch.documents[0].pages] == [first[1], first[0], *first[2:]]
    qtbot.mouseClick(tab.earlier_button, Qt.MouseButton.LeftButton)
    assert [p.image for p in tab.batch.documents[0].pages] == first
    assert not tab.earlier_button.isEnabled()
    tab.pages.clearSelection()
    tab.pages.item(1).setSelected(True)
    qtbot.mouseClick(tab.right_button, Qt.MouseButton.LeftButton)
    assert tab.batch.documents[0].pages[1].rotation == 90
    tab.pages.clearSelection()
    tab.pages.item(3).setSelected(True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _pages_shown(tab) == 3
    tab.pages.clearSelection()
    tab.pages.item(2).setSelected(True)
    qtbot.mouseClick(tab.split_button, Qt.MouseButton.LeftButton)
    assert [len(d.pages) for d in tab.batch.documents] == [2, 1]
    tab.documents.setCurrentIndex(0)
    qtbot.waitUntil(lambda: all(tab.pages.item(i).icon().availableSizes()
                                for i in range(_pages_shown(tab))), timeout=QT_WAIT_MS)
    tab.form.title.setText("Taotlus: sõidusoodustus")
    tab.form.sender_name.setText("Mari Maasikas")
    tab.form.addressee.setText("Sotsiaalosakond")
    shoot(tab, "scan-intake-review")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Registered as" in tab.message.text(), timeout=QT_WAIT_MS)
    [entry] = r.list_entries(staff)
    assert entry.registry_number in tab.message.text()
    assert (entry.title, entry.pages, entry.sender_name) == (
        "Taotlus: sõidusoodustus", 2, "Mari Maasikas")
    with pikepdf.open(file_path(staff, latest_file(staff, "register_entries", entry.id,
                                                   "document").id)) as pdf:
        assert [int(p.obj.get("/Rotate", 0)) for p in pdf.pages] == [0, 90]
    # the registered document left the batch; the other one waits, its page still there
    assert [len(d.pages) for d in tab.batch.documents] == [1]
    assert tab.batch.documents[0].pages[0].image.exists()
    assert tab.form.title.text() == ""


def test_a_refused_registration_keeps_the_pages_and_the_values(qtbot, tab, staff, tmp_path):
    tab.import_paths([_image(tmp_path / "a.png")])
    qtbot.waitUntil(lambda: len(tab.batch.documents) == 1, timeout=QT_WAIT_MS)
    tab.form.sender_name.setText("Mari Maasikas")
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form.error.isVisible(), timeout=QT_WAIT_MS)
    assert "title" in tab.form.error.text().lower()
    assert tab.form.sender_name.text() == "Mari Maasikas"
    assert len(tab.batch.documents) == 1 and r.list_entries(staff) == []


def test_a_feeder_scan_comes_in_and_a_scanner_that_is_gone_loses_nothing(
        qtbot, tab, sane_test_backend, local):  # noqa: F811
    local.settings.set("scan.resolution", 75)
    tab.scanner_box.addItem("test:1", "sane:test:1")
    tab.scanner_box.setCurrentIndex(tab.scanner_box.findData("sane:test:1"))
    tab.feeder_box.setChecked(True)
    qtbot.mouseClick(tab.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Pages scanned" in tab.message.text(), timeout=QT_WAIT_MS * 2)
    assert "Pages scanned: 10." in tab.message.text(), tab.message.text()
    assert [len(d.pages) for d in tab.batch.documents] == [10]
    assert tab.scan_button.isEnabled()
    tab.scanner_box.addItem("gone", "sane:test:7")
    tab.scanner_box.setCurrentIndex(tab.scanner_box.findData("sane:test:7"))
    qtbot.mouseClick(tab.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pages scanned before are kept" in tab.message.text(),
                    timeout=QT_WAIT_MS)
    assert [len(d.pages) for d in tab.batch.documents] == [10]
    assert tab.scan_button.isEnabled()


def test_a_pile_with_separator_sheets_is_split_into_documents(qtbot, tab, tmp_path, shoot):
    from app.scan.separator import separator_sheet_pdf
    from app.ui.qt_i18n import install_language
    from tests.scan.scanned import letter, rasterise, save, scanned

    dpi = 150
    sheet = scanned(rasterise(separator_sheet_pdf("qr", "et"), dpi), seed=1)
    pile = [scanned(letter(dpi, 0), dust=8, holes=True, seed=2),
            scanned(letter(dpi, 1), seed=3),
            sheet,
            scanned(letter(dpi, 2), skew=0.8, seed=4),
            scanned(letter(dpi, 3).rotate(180), seed=5),
            scanned(Image.new("L", sheet.size, 242), dust=5, seed=6)]
    paths = [tmp_path / f"pile-{i}.jpg" for i in range(len(pile))]
    for image, path in zip(pile, paths, strict=True):
        save(image, path, dpi)
    tab.import_paths(paths)
    qtbot.waitUntil(lambda: len(tab.batch.documents) == 6, timeout=QT_WAIT_MS)
    tab.batch.replace_all([[p for d in tab.batch.documents for p in d.pages]])
    tab.review.show_batch()
    qtbot.mouseClick(tab.separators_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Documents in the batch now: 2." in tab.message.text(),
                    timeout=QT_WAIT_MS)
    assert [len(d.pages) for d in tab.batch.documents] == [2, 3]
    tab.documents.setCurrentIndex(1)
    tab.pages.item(1).setSelected(True)
    qtbot.mouseClick(tab.right_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.right_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "blank?" in tab.pages.item(2).text(), timeout=QT_WAIT_MS)
    tab.form.title.setText("Teabenõue: ehitusload")
    tab.form.sender_name.setText("Mari Maasikas")
    tab.form.addressee.setText("Ehitusosakond")
    install_language("et")
    qtbot.waitUntil(lambda: tab.form.type_box.currentText() == "Teabenõue", timeout=QT_WAIT_MS)
    qtbot.waitUntil(lambda: all(not tab.pages.item(i).icon().isNull()
                                for i in range(tab.pages.count())), timeout=QT_WAIT_MS)
    shoot(tab, "scan-intake-et", readme=True)


def test_a_network_scanner_by_its_address_and_a_jam_that_keeps_the_pages(
        qtbot, tab, local, monkeypatch):
    from app.ui.qt import QInputDialog
    from tests.scan.escl_server import EsclScannerServer

    server = EsclScannerServer(pages=5, jam_after=2).start()
    try:
        local.settings.set("scan.resolution", 100)
        address = server.url.removeprefix("http://").removesuffix("/eSCL")
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (address, True))
        qtbot.mouseClick(tab.address_button, Qt.MouseButton.LeftButton)
        assert tab.scanner_box.currentData() == f"escl:{server.url}"
        tab.feeder_box.setChecked(True)
        qtbot.mouseClick(tab.scan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.cancel is None and "jam" in tab.message.text(),
                        timeout=QT_WAIT_MS)
        assert "Pages scanned before it: 2, all kept" in tab.message.text()
        assert [len(d.pages) for d in tab.batch.documents] == [2]
        assert local.settings.get("scan.scanner") == f"escl:{server.url}"
    finally:
        server.stop()


def test_without_a_series_the_register_button_says_why_it_is_disabled(qtbot, make_runner,
                                                                       local, staff, tmp_path):
    for series in r.list_series(staff):
        r.save_series(staff, series.series_index, series.pattern, series.name, active=False)
    widget = ScanTab(make_runner(staff_actor()), local.settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.series_known, timeout=QT_WAIT_MS)
    widget.import_paths([_image(tmp_path / "a.png")])
    qtbot.waitUntil(lambda: widget.pages.count() == 1, timeout=QT_WAIT_MS)
    assert not widget.register_button.isEnabled()
    assert "no series" in widget.register_button.text()
    assert "Configuration" in widget.register_button.toolTip()
    widget.close_tab()


def test_the_pages_are_read_at_full_size_in_the_page_viewer(qtbot, tab, tmp_path):
    from app.ui.page_viewer import ViewerWindow

    tab.import_paths([_image(tmp_path / "a.png", 250), _image(tmp_path / "b.png", 120)])
    qtbot.waitUntil(lambda: len(tab.batch.documents) == 2, timeout=QT_WAIT_MS)
    tab.batch.replace_all([[p for d in tab.batch.documents for p in d.pages]])
    tab.review.show_batch()
    tab.pages.item(1).setSelected(True)
    qtbot.mouseClick(tab.review.view_button, Qt.MouseButton.LeftButton)
    window = tab.review.findChild(ViewerWindow)
    viewer = window.viewer
    qtbot.waitUntil(viewer.is_drawn, timeout=QT_WAIT_MS)
    assert viewer.page_label.text() == "Page 2 / 2"
    assert not window.other_button.isVisible()
    viewer.set_zoom(1.0)
    qtbot.waitUntil(viewer.is_drawn, timeout=QT_WAIT_MS)
    # 827 pixels at 100 dpi is 8.27 in: 794 pixels on the screen at 100 %.
    assert abs(viewer.shown_size().width() - 794) <= 1
    # A page turned in the review is turned in the viewer too.
    tab.pages.clearSelection()
    tab.pages.item(1).setSelected(True)
    tab.review.rotate(90)
    qtbot.waitUntil(lambda: viewer.is_drawn() and viewer.shown_size().width() > 1000,
                    timeout=QT_WAIT_MS)
    window.close()
    viewer.wait()
