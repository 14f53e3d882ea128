"""The staff window's Queue tab, used as a person at a counter uses it."""

import pytest

from app.core.queue import OUTCOMES
from app.operations import queue as q
from app.ui.qt import QDialogButtonBox, Qt
from app.ui.qt_i18n import install_language


@pytest.fixture
def desk(qtbot, local, make_runner):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    local.settings.set("counter.number", 1)
    runner = make_runner(staff_actor())
    window = MainWindow(runner, local.settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.queue_tab
    qtbot.waitUntil(lambda: tab.data is not None)
    yield window
    runner.close()


def settle(qtbot, tab):
    """Wait until the tab's writes and the refresh after them are done."""
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.refresh.loading)


def press(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_call_next_shows_the_called_ticket(qtbot, desk, staff, clock, shoot):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    clock.advance(seconds=30)
    q.issue_ticket(staff, "B")
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 2)
    press(qtbot, tab.call_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    assert "Pensions" in tab.current_service.text()
    assert "Calls: 1" in tab.current_details.text()
    settle(qtbot, tab)
    assert tab.waiting.rowCount() == 1
    assert "Called A001." in desk.statusBar().currentMessage()
    shoot(desk, "counter-called")


def test_call_next_key_does_the_same(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "B")
    tab.refresh.request()
    settle(qtbot, tab)
    assert "[F2]" in tab.call_button.text()
    assert "F2" in tab.call_button.toolTip()
    desk.activateWindow()
    qtbot.waitActive(desk)
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: tab.current_number.text() == "B001")


def test_empty_queue_is_an_information_not_an_error(qtbot, desk):
    tab = desk.queue_tab
    press(qtbot, tab.call_button)
    qtbot.waitUntil(lambda: tab.banner.isVisible())
    assert tab.banner.kind == "info"
    assert tab.banner.text() == "Nobody is waiting for the services of counter 1."
    assert tab.current_number.text() == "\u2014"


def test_recall_counts_the_calls(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    press(qtbot, tab.recall_button)
    qtbot.waitUntil(lambda: "Calls: 2" in tab.current_details.text())
    assert "Called A001 again (call 2)." in desk.statusBar().currentMessage()


def test_no_show_clears_the_counter(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    press(qtbot, tab.no_show_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "\u2014")
    assert "A001 marked as a no-show." in desk.statusBar().currentMessage()
    assert not tab.recall_button.isEnabled()


def test_park_and_return(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    press(qtbot, tab.park_button)
    qtbot.waitUntil(lambda: tab.parked.rowCount() == 1)
    assert tab.parked.item(0, 0).text() == "A001"
    assert tab.current_number.text() == "\u2014"
    settle(qtbot, tab)
    press(qtbot, tab.parked.cellWidget(0, 2))
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    assert tab.parked.rowCount() == 0
    assert "A001 is back at the counter." in desk.statusBar().currentMessage()


def test_transfer_dialog_sends_the_visitor_to_another_service(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    press(qtbot, tab.transfer_button)
    qtbot.waitUntil(lambda: tab.transfer_dialog is not None and tab.transfer_dialog.isVisible())
    dialog = tab.transfer_dialog
    dialog.service.setCurrentIndex(dialog.service.findData("C"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current_number.text() == "\u2014")
    settle(qtbot, tab)
    rows = {tab.waiting.item(r, 0).text(): tab.waiting.item(r, 1).text()
            for r in range(tab.waiting.rowCount())}
    assert rows == {"A001": "C \u2013 Documents and certificates"}
    assert "A001 transferred to Documents and certificates." in desk.statusBar().currentMessage()


def test_transfer_to_a_counter_at_the_front(qtbot, desk, staff, clock):
    from app.core.queue import TransferPlace

    tab = desk.queue_tab
    q.issue_ticket(staff, "B")
    clock.advance(seconds=30)
    q.issue_ticket(staff, "B")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "B001")
    settle(qtbot, tab)
    tab.open_transfer()
    dialog = tab.transfer_dialog
    dialog.counter.setCurrentIndex(dialog.counter.findData(2))
    dialog.place_buttons[TransferPlace.FRONT].setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "B001 transferred to counter 2." in desk.statusBar().currentMessage())
    assert q.call_next(staff, 2).number == "B001"


def test_finish_with_an_outcome(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    assert [tab.outcome.itemData(i) for i in range(tab.outcome.count())] == list(OUTCOMES)
    tab.outcome.setCurrentIndex(tab.outcome.findData("documents_missing"))
    assert tab.outcome.currentText() == "Documents missing"
    press(qtbot, tab.finish_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "\u2014")
    assert "A001 finished: Documents missing." in desk.statusBar().currentMessage()
    assert tab.outcome.currentData() == "served"
    history = q.ticket_history(staff, "A001")
    assert history[-1]["data"]["outcome"] == "documents_missing"


def test_cancel_and_reissue_keeps_the_place(qtbot, desk, staff, clock):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A")
    clock.advance(minutes=2)
    q.issue_ticket(staff, "B")
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 2)
    settle(qtbot, tab)
    press(qtbot, tab.cancel_button)
    qtbot.waitUntil(lambda: tab.cancel_dialog is not None and tab.cancel_dialog.isVisible())
    dialog = tab.cancel_dialog
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.number, "a001")
    dialog.service.setCurrentIndex(dialog.service.findData("B"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "A001 cancelled; B002 issued in its place."
                    in desk.statusBar().currentMessage())
    settle(qtbot, tab)
    order = [tab.waiting.item(r, 0).text() for r in range(tab.waiting.rowCount())]
    assert order == ["B002", "B001"]


def test_cancel_of_an_unknown_ticket_says_so(qtbot, desk):
    tab = desk.queue_tab
    tab.open_cancel()
    dialog = tab.cancel_dialog
    qtbot.keyClicks(dialog.number, "Z999")
    dialog.findChild(QDialogButtonBox).accepted.emit()
    qtbot.waitUntil(lambda: tab.banner.isVisible())
    assert tab.banner.kind == "error"
    assert tab.banner.text() == "There is no ticket Z999 today."


def test_counter_choice_is_remembered_and_closing_stops_calls(qtbot, desk, local):
    tab = desk.queue_tab
    tab.counter_box.setCurrentIndex(tab.counter_box.findData(2))
    tab.counter_box.activated.emit(tab.counter_box.currentIndex())
    assert local.settings.get("counter.number") == 2
    assert "Counter 2" in desk.counter_label.text()
    qtbot.waitUntil(lambda: tab.counter_view() is not None and tab.counter_view().number == 2)
    settle(qtbot, tab)
    press(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: not tab.counter_view().is_open)
    assert "closed" in tab.open_state.text()
    assert not tab.call_button.isEnabled()


def test_queue_by_service_and_waiting_order(qtbot, desk, staff, clock, shoot):
    for code in "ABCAB":
        q.issue_ticket(staff, code)
        clock.advance(minutes=3)
    q.issue_ticket(staff, "C", priority=1)
    clock.advance(minutes=1)
    tab = desk.queue_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 6)
    services = {tab.services.item(r, 0).text(): tab.services.item(r, 1).text()
                for r in range(tab.services.rowCount())}
    assert services == {"A \u2013 Pensions": "2", "B \u2013 Benefits": "2",
                        "C \u2013 Documents and certificates": "2"}
    assert tab.services.item(0, 2).text() == "16 min"
    assert tab.waiting.item(0, 0).text() == "C002"
    assert "Priority" in tab.waiting.item(0, 3).text()
    assert "Waiting: 6" in desk.waiting_label.text()
    shoot(desk, "counter-queue")


def test_the_counter_shows_the_language_the_visitor_chose_at_the_kiosk(qtbot, desk, staff):
    tab = desk.queue_tab
    q.issue_ticket(staff, "A", lang="ru")
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 1)
    press(qtbot, tab.call_button)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    assert tab.current_details.text().endswith("\u00b7 Speaks: Русский")


def test_window_speaks_estonian(qtbot, desk, staff, local, clock, shoot):
    tab = desk.queue_tab
    for code in "ABACBAB":
        q.issue_ticket(staff, code)
        clock.advance(minutes=2)
    q.issue_ticket(staff, "A", priority=1)
    q.call_next(staff, 1)
    q.park(staff, 1)
    clock.advance(minutes=4)
    q.call_next(staff, 1)
    clock.advance(minutes=3)
    desk.set_language("et")
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.call_button.text().startswith("Kutsu järgmine"))
    assert desk.tabs.tabText(0) == "Järjekord"
    assert tab.current_service.text() == "A \u2013 Pensionid"
    assert tab.current_details.text() == "Oodanud 18 min \u00b7 Kutsete arv: 1 \u00b7 Räägib: Eesti"
    assert tab.parked.item(0, 0).text() == "A004"
    assert tab.outcome.currentText() == "Teenindatud"
    assert local.settings.get("ui.language") == "et"
    shoot(desk, "counter-et", readme=True)
    install_language("en")
    qtbot.waitUntil(lambda: tab.call_button.text().startswith("Call next"))
