"""A counter PC connected to the office's queue host: it works there, and without the host it
says so plainly and keeps showing what it showed."""

import pytest

from app.core.permissions import Role
from app.core.settings import Settings
from app.operations import queue as q
from app.server.store import open_server_store
from app.ui.qt import Qt
from app.ui.qt_i18n import install_language
from tests.server.hosts import HostOffice, closed_port_url


@pytest.fixture
def office(tmp_path):
    db = open_server_store(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    o = HostOffice(db, tmp_path)
    yield o
    o.close()
    db.dispose()


@pytest.fixture
def tab(qtbot, office, tmp_path):
    from app.ui.queue_tab import QueueTab
    from app.ui.runner import Runner

    settings = Settings(tmp_path / "settings.toml")
    settings.set("counter.number", 1)
    runner = Runner(office.context(Role.COUNTER, "Leti 1"))
    widget = QueueTab(runner, settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.data is not None)
    yield widget
    runner.close()


def test_the_counter_calls_at_the_host_and_keeps_its_lists_without_it(qtbot, tab, office,
                                                                       shoot):
    desk = office.context(Role.DESK, "Desk")
    for code in "AAB":
        q.issue_ticket(desk, code)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 3)
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current_number.text() == "A001")
    qtbot.waitUntil(lambda: tab.waiting.rowCount() == 2 and not tab.refresh.loading)

    tab.runner.ctx.host = office.host(office.token(Role.COUNTER, "Leti 1b"),
                                      url=closed_port_url())
    install_language("et")
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.banner.kind == "error")
    assert "ei saa ühendust" in tab.banner.text()
    assert tab.current_number.text() == "A001"
    assert tab.waiting.rowCount() == 2 and tab.services.rowCount() == 3
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.refresh.loading)
    assert tab.banner.kind == "error" and "ei saa ühendust" in tab.banner.text()
    assert tab.current_number.text() == "A001" and tab.waiting.rowCount() == 2
    shoot(tab, "counter-without-host")
    assert [t.number for t in q.waiting_tickets(desk)] == ["A002", "B001"]
