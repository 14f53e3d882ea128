"""The Queue tab: what Call next did is said and can be undone for a few seconds, today's
no-shows can be brought back, and tickets issued at the desk are printed."""

import pytest

from app.operations import queue as q
from app.ui.qt import QMessageBox, Qt
from printers.decode import decode_escpos
from tests.printer_fake import FakePrinter


@pytest.fixture
def desk(qtbot, local, make_runner):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    local.settings.set("counter.number", 1)
    runner = make_runner(staff_actor())
    window = MainWindow(runner, local.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.queue_tab.data is not None)
    yield window
    runner.close()


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.close()


def settle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.refresh.loading)


def press(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def waiting(tab):
    return [tab.waiting.item(r, 0).text() for r in range(tab.waiting.rowCount())]


def printed_numbers(printer):
    return [line for line in decode_escpos(bytes(printer.received)) if line.startswith("TEXT")]


def test_call_next_says_what_it_finished_and_undo_puts_both_back(qtbot, desk, staff, shoot):
    tab = desk.queue_tab
    for _ in range(3):
        q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    assert tab.undo_button.isHidden()
    press(qtbot, tab.call_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    assert tab.undo_text.text() == "Called A001."
    press(qtbot, tab.call_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A002")
    settle(qtbot, tab)
    assert tab.undo_text.text() == "A001 finished as served; A002 called."
    assert "A001 finished as served; A002 called." in desk.statusBar().currentMessage()
    assert tab.undo_button.text() == "Undo (8 s)"
    shoot(desk, "queue-undo-offer")
    press(qtbot, tab.undo_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    assert waiting(tab) == ["A002", "A003"]
    said = "Undone: A002 back in the queue, A001 at the counter."
    assert tab.undo_text.text() == said and said in desk.statusBar().currentMessage()
    assert tab.undo_button.isHidden() and not tab.banner.isVisible()
    assert [e["kind"] for e in q.ticket_history(staff, "A002")][-1] == "call_undone"
    assert [e["kind"] for e in q.ticket_history(staff, "A001")][-1] == "finish_undone"


def test_the_undo_offer_ends_after_its_seconds(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    press(qtbot, tab.call_button)
    settle(qtbot, tab)
    assert tab.undo_button.isVisible()
    height = tab.undo_bar.height()
    for left in range(7, 0, -1):
        tab._count_down()
        assert tab.undo_button.text() == f"Undo ({left} s)"
    tab._count_down()
    assert tab.undo_button.isHidden() and tab.undo_number is None
    assert tab.undo_bar.height() == height  # the buttons below do not move


def test_undo_is_refused_when_the_ticket_changed_meanwhile(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    press(qtbot, tab.call_button)
    settle(qtbot, tab)
    q.recall(staff, 1)  # another window called it again meanwhile
    press(qtbot, tab.undo_button)
    qtbot.waitUntil(lambda: tab.banner.kind == "error")
    assert "cannot be undone" in tab.banner.text() and "A001" in tab.banner.text()
    settle(qtbot, tab)
    assert tab.current_number.text() == "A001"


def test_the_undo_key_does_the_same(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    press(qtbot, tab.call_button)
    settle(qtbot, tab)
    assert "Ctrl+Z" in tab.undo_button.toolTip()
    tab.call_button.setFocus()
    qtbot.keyClick(tab.call_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.undo_text.text() == "Undone: A001 back in the queue.")
    settle(qtbot, tab)
    assert waiting(tab) == ["A001"]


def test_undo_after_call_next_found_nobody_waiting(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    tab.refresh.request()
    settle(qtbot, tab)
    press(qtbot, tab.call_button)
    qtbot.waitUntil(lambda: tab.undo_text.text()
                    == "A001 finished as served; nobody else is waiting.")
    settle(qtbot, tab)
    assert tab.current_number.text() != "A001"
    press(qtbot, tab.undo_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    assert tab.undo_text.text() == "Undone: A001 back at the counter."


def test_a_no_show_is_listed_and_brought_back(qtbot, desk, staff, shoot):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    press(qtbot, tab.call_button)
    settle(qtbot, tab)
    press(qtbot, tab.no_show_button)
    qtbot.waitUntil(lambda: tab.no_shows.rowCount() == 1)
    assert tab.no_shows.item(0, 0).text() == "A001"
    assert tab.parked_box.tabText(1) == "No-shows today (1)"
    tab.parked_box.setCurrentIndex(1)
    shoot(desk, "queue-no-shows")
    button = tab.no_shows.cellWidget(0, 3)
    assert button.text() == "Bring back"
    press(qtbot, button)
    qtbot.waitUntil(lambda: tab.no_shows.rowCount() == 0)
    settle(qtbot, tab)
    assert waiting(tab) == ["A001", "A002"]
    assert tab.undo_text.text() == "A001 is back in the queue by arrival."


def test_print_ticket_prints_the_chosen_waiting_ticket(qtbot, desk, staff, local, printer):
    local.settings.set("printer.uri", printer.uri)
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.issue_ticket(staff, "B")
    tab.refresh.request()
    settle(qtbot, tab)
    assert not tab.print_button.isEnabled()
    tab.waiting.selectRow(1)
    press(qtbot, tab.print_button)
    qtbot.waitUntil(lambda: tab.undo_text.text() == "Ticket B001 was sent to the ticket printer.")
    printer.wait_closed()
    texts = printed_numbers(printer)
    assert any("'B001'" in line for line in texts) and not any("A001" in t for t in texts)


def test_a_failed_print_says_so_and_the_ticket_stays(qtbot, desk, staff, local):
    out_of_paper = FakePrinter(status={4: 0x72})
    local.settings.set("printer.uri", out_of_paper.uri)
    tab = desk.queue_tab
    try:
        q.issue_ticket(staff, "A")
        tab.refresh.request()
        settle(qtbot, tab)
        tab.waiting.selectRow(0)
        press(qtbot, tab.print_button)
        qtbot.waitUntil(lambda: tab.banner.kind == "error")
    finally:
        out_of_paper.close()
    assert "A001" in tab.banner.text() and "out of paper" in tab.banner.text()
    assert "is issued" in tab.banner.text()
    assert waiting(tab) == ["A001"]


def test_the_reissue_asks_to_print_the_new_ticket(qtbot, desk, staff, local, printer):
    local.settings.set("printer.uri", printer.uri)
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    tab.open_cancel()
    dialog = tab.cancel_dialog
    qtbot.keyClicks(dialog.number, "A001")
    dialog.service.setCurrentIndex(dialog.service.findData("B"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.print_question is not None)
    box = tab.print_question
    assert "B001" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.undo_text.text() == "Ticket B001 was sent to the ticket printer.")
    printer.wait_closed()
    assert any("'B001'" in line for line in printed_numbers(printer))


def test_without_the_setting_the_reissue_does_not_ask(qtbot, desk, staff, local, printer):
    local.settings.set("printer.uri", printer.uri)
    local.settings.set("printer.desk_tickets", False)
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    tab.refresh.request()
    settle(qtbot, tab)
    tab.open_cancel()
    dialog = tab.cancel_dialog
    qtbot.keyClicks(dialog.number, "A001")
    dialog.service.setCurrentIndex(dialog.service.findData("B"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "B001 issued" in desk.statusBar().currentMessage())
    assert tab.print_question is None and printer.connections == 0


def test_the_printer_page_keeps_the_desk_tickets_setting(qtbot, local, make_runner, shoot):
    from app.operations.context import staff_actor
    from app.ui.config.dialog import ConfigDialog
    from app.ui.config.printer import PrinterPage

    window = ConfigDialog(make_runner(staff_actor()), local.settings, local)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.config is not None or window.banner.isVisible())
    window.index.setCurrentRow(window.pages.index(window.page(PrinterPage)))
    page = window.page(PrinterPage)
    assert page.desk_tickets.isChecked()  # on by default: a desk with a printer prints
    page.desk_tickets.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert local.settings.get("printer.desk_tickets") is False
    shoot(window, "config-printer-desk-tickets")
