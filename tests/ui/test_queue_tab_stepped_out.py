"""The Queue tab marks a visitor who said on the ticket's page they stepped out."""

import pytest

from app.operations import config as cfg
from app.operations import queue as q
from app.operations.ticket_page import find_ticket, step_out


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


def test_waiting_list_and_counter_show_who_stepped_out_until_when(qtbot, desk, staff, clock,
                                                                  shoot):
    tab = desk.queue_tab
    cfg.update_settings(staff, {"ticket_page.away_minutes": 5})
    ticket = q.issue_ticket(staff, "A")
    q.issue_ticket(staff, "A")
    found = find_ticket(staff.db, ticket.page_token, clock()).ticket
    until = step_out(staff.db, found, now=clock())
    back_by = until.astimezone().strftime("%H:%M")
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 2)
    qtbot.waitUntil(lambda: tab.waiting.item(0, 3).text() == f"Stepped out, back by {back_by}")
    assert tab.waiting.item(1, 3).text() == ""
    shoot(desk, "queue-stepped-out")
    q.call_next(staff, 1)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.current_number.text() == ticket.number)
    assert f"Stepped out, back by {back_by}" in tab.current_details.text()
    # Once the grace time is over the mark goes.
    clock.advance(minutes=6)
    tab.refresh.request()
    qtbot.waitUntil(lambda: "Stepped out" not in tab.current_details.text())
