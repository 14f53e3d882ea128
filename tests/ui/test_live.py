"""A connected PC's windows follow the office's host through live events: a call made at the
host shows on the display, and a ticket issued there on the counters, within a second.

The windows read what the host answers (here: the host's store itself) and nothing else tells
them of the change: this PC's own store stays as it was."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import queue as q
from app.operations.context import display_actor, kiosk_actor, open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.store.db import Database
from app.ui.watch import DataWatch
from tests.server.live import LiveServer

SECOND_MS = 1000


@dataclass
class Host:
    db: Database
    server: LiveServer

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture
def host(tmp_path):
    """The office's queue host, serving on 127.0.0.1."""
    db = open_server_store(f"sqlite:///{tmp_path / 'host.sqlite3'}")
    create_demo_office(db, staff_actor())
    server = LiveServer(create_app(db)).start()
    yield Host(db, server)
    server.stop()
    db.dispose()


@pytest.fixture
def connect_pc(host, local, monkeypatch):
    """Make `local` a PC connected to `host` with a device of `role`; its live watch, started
    and joined to a DataWatch of its own store as the windows get it."""
    from app.ui.live import live_watch

    made = []

    def connect(role: Role) -> DataWatch:
        token = add_device(host.db, open_context(host.db, staff_actor()).office_id, role,
                           uuid7(), str(role))
        local.settings.set("server.url", host.url)
        monkeypatch.setattr("app.sync.credentials.load_token", lambda _home: token)
        live = live_watch(local)
        assert live is not None
        watch = DataWatch(local.database_url)
        live.changed.connect(watch.changed)
        watch.start()
        live.start()
        made.append((live, watch))
        deadline = time.monotonic() + 5
        while not live.client.connected and time.monotonic() < deadline:
            time.sleep(0.01)
        assert live.client.connected
        return watch

    yield connect
    for live, watch in made:
        live.stop()
        watch.stop()


def test_a_pc_working_alone_has_no_live_watch(local):
    from app.ui.live import live_watch

    assert live_watch(local) is None


def test_a_call_at_the_host_shows_on_the_display_within_a_second(qtbot, host, local, connect_pc):
    from app.ui.display import DisplayWindow
    from app.ui.runner import Runner

    watch = connect_pc(Role.DISPLAY)
    runner = Runner(open_context(host.db, display_actor()))
    window = DisplayWindow(runner, local.settings, watch)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    try:
        q.issue_ticket(open_context(host.db, kiosk_actor()), "A")
        qtbot.waitUntil(lambda: window.board.overview[0].waiting == 1, timeout=SECOND_MS)

        q.call_next(open_context(host.db, staff_actor()), 1)
        called = time.monotonic()
        qtbot.waitUntil(lambda: window.now_number.text() == "A001", timeout=SECOND_MS)
        assert time.monotonic() - called < 1.0
    finally:
        runner.close()


def test_a_ticket_issued_at_the_host_shows_on_a_counter_within_a_second(
    qtbot, host, local, connect_pc
):
    from app.ui.main_window import MainWindow
    from app.ui.runner import Runner

    watch = connect_pc(Role.COUNTER)
    runner = Runner(open_context(host.db, staff_actor()))
    window = MainWindow(runner, local.settings, watch)
    qtbot.addWidget(window)
    window.show()
    tab = window.queue_tab
    qtbot.waitUntil(lambda: tab.data is not None)
    try:
        q.issue_ticket(open_context(host.db, kiosk_actor()), "B")
        issued = time.monotonic()
        qtbot.waitUntil(lambda: tab.waiting.rowCount() == 1, timeout=SECOND_MS)
        assert time.monotonic() - issued < 1.0
    finally:
        runner.close()
