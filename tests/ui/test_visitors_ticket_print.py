"""A visitor registered for a service's queue gets the ticket printed on the desk's ticket
printer (a real TCP socket); a failed print says so and the ticket stays issued."""

import pytest

from app.core.visitors import Route
from app.operations import queue as q
from app.operations import visitors as v
from app.ui.qt import Qt
from printers.decode import decode_escpos
from tests.printer_fake import FakePrinter


@pytest.fixture
def window(qtbot, local, make_runner, staff):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    v.add_purpose(staff, "pension", {"et": "Pension", "ru": "Пенсия", "en": "Pension"},
                  Route.QUEUE, "A")
    runner = make_runner(staff_actor())
    win = MainWindow(runner, local.settings)
    qtbot.addWidget(win)
    win.show_tab(win.visitors_tab)
    win.show()
    qtbot.waitUntil(lambda: win.visitors_tab.data is not None)
    yield win
    runner.close()


def register(qtbot, tab, name):
    edit = tab.inputs["name"]
    qtbot.keyClicks(edit, name)
    edit.editingFinished.emit()
    tab.purpose.setCurrentIndex(tab.purpose.findText("Pension"))
    qtbot.mouseClick(tab.register_button, Qt.MouseButton.LeftButton)


def test_the_registered_visitors_ticket_is_printed(qtbot, window, local):
    printer = FakePrinter()
    local.settings.set("printer.uri", printer.uri)
    try:
        register(qtbot, window.visitors_tab, "Mari Maasikas")
        qtbot.waitUntil(lambda: b"\x1dV" in bytes(printer.received))
    finally:
        printer.close()
    texts = [t for t in decode_escpos(bytes(printer.received)) if t.startswith("TEXT")]
    assert any("'A001'" in t for t in texts), texts


def test_a_failed_print_says_so_and_the_ticket_stays(qtbot, window, local, staff):
    printer = FakePrinter(status={4: 0x72})
    local.settings.set("printer.uri", printer.uri)
    tab = window.visitors_tab
    try:
        register(qtbot, tab, "Jaan Tamm")
        qtbot.waitUntil(lambda: tab.banner.kind == "error")
    finally:
        printer.close()
    assert "A001" in tab.banner.text() and "out of paper" in tab.banner.text()
    assert [t.number for t in q.waiting_tickets(staff)] == ["A001"]
