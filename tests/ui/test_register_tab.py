"""The Document register tab as a person uses it: the views by deadline, overdue and by unit,
a search, a document registered without a scan, forwarding to a folder, the answer, and the
outgoing post."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.operations import register as r
from app.operations.context import staff_actor
from app.operations.register_follow import keep_document_pdf
from app.ui.qt import QFileDialog, Qt
from app.ui.register_tab import RegisterDialog, RegisterTab

QT_WAIT_MS = 20_000
RFI = r.NewDocument("1-2", "incoming", "request_for_information", "Teabenõue: ehitusload",
                    "email", sender_name="Mari Maasikas", addressee="Ehitusosakond")
LETTER = r.NewDocument("1-2", "outgoing", "letter", "Vastus teabenõudele", "post",
                       addressee="Mari Maasikas", addressee_address="Tähe 4-12, 50103 Tartu")


@pytest.fixture
def entries(staff, clock):
    r.save_series(staff, "1-2", "{S}/{DA}-{3DN}", "Kirjad")
    clock.at = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    late = r.register_document(staff, replace(RFI, title="Teabenõue: vana", addressee="Arhiiv"))
    clock.at = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    fresh = r.register_document(staff, RFI)
    letter = r.register_document(staff, LETTER)
    return late, fresh, letter


@pytest.fixture
def tab(qtbot, make_runner, local, entries):
    widget = RegisterTab(make_runner(staff_actor()), local.settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() > 0, timeout=QT_WAIT_MS)
    return widget


def shown_numbers(tab):
    return [tab.table.item(row, 0).text() for row in range(tab.table.rowCount())]


def choose_view(qtbot, tab, view):
    tab.view_box.setCurrentIndex(tab.view_box.findData(view))
    qtbot.waitUntil(lambda: tab.data is not None and tab.view() == view, timeout=QT_WAIT_MS)
    qtbot.wait(200)


def test_open_documents_by_deadline_with_the_overdue_one_marked(qtbot, tab, entries, shoot):
    late, fresh, _letter = entries
    assert shown_numbers(tab) == [late.registry_number, fresh.registry_number]
    assert tab.table.item(0, 0).background().color().name() == "#fde7e9"
    choose_view(qtbot, tab, "overdue")
    qtbot.waitUntil(lambda: shown_numbers(tab) == [late.registry_number], timeout=QT_WAIT_MS)
    choose_view(qtbot, tab, "by_unit")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3, timeout=QT_WAIT_MS)
    assert [tab.table.item(row, 7).text() for row in range(3)] == [
        "Arhiiv", "Ehitusosakond", "Mari Maasikas"]
    shoot(tab, "register-by-unit")


def test_a_search_finds_by_sender_and_title(qtbot, tab, entries):
    tab.search.setText("vana")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_numbers(tab) == [entries[0].registry_number],
                    timeout=QT_WAIT_MS)


def test_a_document_registered_without_a_scan(qtbot, make_runner, staff, entries):
    dialog = RegisterDialog(make_runner(staff_actor()), r.list_series(staff))
    qtbot.addWidget(dialog)
    dialog.form.title.setText("Pakk: ehitusprojekt")
    dialog.form.transmittal_box.setCurrentIndex(dialog.form.transmittal_box.findData("counter"))
    dialog.register()
    qtbot.waitUntil(lambda: dialog.entry is not None, timeout=QT_WAIT_MS)
    assert r.get_entry(staff, dialog.entry.id).transmittal == "counter"


def test_forward_to_a_folder_then_answer(qtbot, tab, staff, entries, tmp_path, monkeypatch):
    _late, fresh, letter = entries
    keep_document_pdf(staff, fresh.id, b"%PDF-1.7\n%\xe2\xe3\n1 0 obj <<>> endobj\n%%EOF\n")
    folder = tmp_path / "ehitus"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "forwarded to" in tab.message.text(), timeout=QT_WAIT_MS)
    assert r.get_entry(staff, fresh.id).status == "forwarded"
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".pdf"]
    qtbot.waitUntil(lambda: fresh.registry_number in shown_numbers(tab), timeout=QT_WAIT_MS)
    tab.table.selectRow(shown_numbers(tab).index(fresh.registry_number))
    qtbot.mouseClick(tab.answered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fresh.registry_number not in shown_numbers(tab),
                    timeout=QT_WAIT_MS)
    assert r.get_entry(staff, fresh.id).status == "answered"
    assert letter.registry_number not in shown_numbers(tab)


def test_the_outgoing_post_is_listed_and_marked_posted(qtbot, tab, staff, entries):
    letter = entries[2]
    choose_view(qtbot, tab, "outgoing_post")
    qtbot.waitUntil(lambda: shown_numbers(tab) == [letter.registry_number], timeout=QT_WAIT_MS)
    assert tab.posted_button.isVisible() and tab.post_list_button.isVisible()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.posted_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=QT_WAIT_MS)
    assert r.get_entry(staff, letter.id).posted_at is not None


def test_open_pdf_shows_the_document_in_the_page_viewer(qtbot, tab, staff, entries, tmp_path):
    from app.ui.page_viewer import ViewerWindow
    from tests.ui.test_page_viewer import letter_pdf

    _late, fresh, _letter = entries
    keep_document_pdf(staff, fresh.id, letter_pdf(tmp_path / "kiri.pdf", pages=2).read_bytes())
    tab.table.selectRow(shown_numbers(tab).index(fresh.registry_number))
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(ViewerWindow) is not None, timeout=QT_WAIT_MS)
    window = tab.findChild(ViewerWindow)
    viewer = window.viewer
    qtbot.waitUntil(viewer.is_drawn, timeout=QT_WAIT_MS)
    assert viewer.page_label.text() == "Page 1 / 2"
    assert fresh.registry_number in window.windowTitle()
    assert window.other_button.isVisible()
    window.close()
    viewer.wait()


def test_a_document_without_a_pdf_says_so_and_opens_no_viewer(qtbot, tab, entries):
    from app.ui.page_viewer import ViewerWindow

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() != "", timeout=QT_WAIT_MS)
    assert entries[0].registry_number in tab.message.text()
    assert tab.findChild(ViewerWindow) is None


def test_the_search_finds_the_documents_text_and_shows_the_hit(qtbot, tab, staff, entries,
                                                              shoot):
    from tests.operations.test_register_search import PAGE_ONE, PAGE_TWO, text_pdf

    fresh = entries[1]
    keep_document_pdf(staff, fresh.id, text_pdf(PAGE_ONE, PAGE_TWO))
    tab.search.setText("töötuna")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_numbers(tab) == [fresh.registry_number], timeout=QT_WAIT_MS)
    found = tab.table.cellWidget(0, 8).text()
    assert "<b>töötuks</b>" in found and not tab.table.isColumnHidden(8)
    shoot(tab, "register-search")
    tab.search.setText("заявлением")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.cellWidget(0, 8) is not None
                    and "<b>заявление</b>" in tab.table.cellWidget(0, 8).text(),
                    timeout=QT_WAIT_MS)
    tab.search.setText("krokodill")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0 and tab.hint.isVisible(),
                    timeout=QT_WAIT_MS)
    assert tab.hint.text() == "No document found."
    tab.show_all()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3, timeout=QT_WAIT_MS)
    assert tab.table.isColumnHidden(8) and not tab.hint.isVisible()


def test_a_document_registered_without_a_deadline_is_not_hidden_silently(qtbot, tab, staff,
                                                                        entries):
    # The open view lists documents with a deadline; the letter registered today has none.
    letter = entries[2]
    assert letter.registry_number not in shown_numbers(tab)
    qtbot.waitUntil(lambda: tab.hint.isVisible(), timeout=QT_WAIT_MS)
    assert tab.hint.text() == ("Not listed here: documents registered today without a "
                               "deadline (1).")
    assert tab.show_all_button.isVisible()
    # Registered here: the tab says it is left out and shows it on request, selected.
    other = r.register_document(staff, replace(LETTER, title="Teine kiri"))
    tab.registered(other)
    qtbot.waitUntil(lambda: "just registered is not in this view" in tab.hint.text(),
                    timeout=QT_WAIT_MS)
    assert tab.message.text() == f"Registered as {other.registry_number}."
    qtbot.mouseClick(tab.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.view() == "all" and other.registry_number in shown_numbers(tab),
                    timeout=QT_WAIT_MS)
    assert [e.id for e in tab.selected()] == [other.id]
    assert not tab.hint.isVisible() and not tab.show_all_button.isVisible()
    # One with a deadline is shown where it stands, selected, with nothing to explain.
    choose_view(qtbot, tab, "open")
    rfi = r.register_document(staff, replace(RFI, title="Kolmas teabenõue"))
    tab.registered(rfi)
    qtbot.waitUntil(lambda: rfi.registry_number in shown_numbers(tab), timeout=QT_WAIT_MS)
    qtbot.waitUntil(lambda: [e.id for e in tab.selected()] == [rfi.id], timeout=QT_WAIT_MS)
    assert "just registered" not in tab.hint.text()
