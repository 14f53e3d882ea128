"""The live events client: a thread that keeps its socket to the server and misses nothing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.core.errors import ConnectionFailed
from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import queue as q
from app.operations.context import kiosk_actor, open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.sync.live import LiveClient, LiveEvent, live_url
from tests.server.live import LiveServer
from tests.server.test_server_cli import self_signed


class Heard:
    """What a client's callbacks were called with, waited for with a time limit."""

    def __init__(self) -> None:
        self.events: list[LiveEvent] = []
        self.states: list[bool] = []
        self._changed = threading.Condition()

    def event(self, event: LiveEvent) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def state(self, connected: bool) -> None:
        with self._changed:
            self.states.append(connected)
            self._changed.notify_all()

    def wait(self, done, timeout: float = 5.0) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: done(self), timeout), (self.events, self.states)


@pytest.fixture
def store(tmp_path):
    """An office host's store with the demo office."""
    db = open_server_store(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    create_demo_office(db, staff_actor())
    yield db
    db.dispose()


@pytest.fixture
def token(store) -> str:
    """A counter's device token."""
    return add_device(store, open_context(store, staff_actor()).office_id, Role.COUNTER,
                      uuid7(), "Leti 1")


def serve(db, port: int = 0, tls: tuple[Path, Path] | None = None) -> LiveServer:
    server = LiveServer(create_app(db))
    server.server.config.port = port
    if tls is not None:
        server.server.config.ssl_certfile, server.server.config.ssl_keyfile = map(str, tls)
    return server.start()


def test_live_url_follows_the_server_address():
    assert live_url("http://host:8765") == "ws://host:8765/live"
    assert live_url("https://lett.example/office/", after=42) == (
        "wss://lett.example/office/live?after=42")


def test_each_change_is_heard_once_in_order_and_nothing_is_lost_over_a_restart(store, token):
    server = serve(store)
    heard = Heard()
    client = LiveClient(server.url, token, heard.event,
                        on_connected=heard.state)
    kiosk = open_context(store, kiosk_actor())
    client.start()
    try:
        heard.wait(lambda h: h.states == [True])
        first = q.issue_ticket(kiosk, "A")
        heard.wait(lambda h: first.id in {e.row_id for e in h.events}, timeout=1.0)

        port = server.port
        server.stop()
        heard.wait(lambda h: h.states == [True, False])
        missed = [q.issue_ticket(kiosk, "B").id, q.issue_ticket(kiosk, "C").id]
        server = serve(store, port)
        # the replay and the "connected" report come from different moments of the reconnect:
        # wait for both rather than assume their order
        heard.wait(lambda h: missed[-1] in {e.row_id for e in h.events}
                   and h.states == [True, False, True], timeout=10.0)
    finally:
        client.stop()
        server.stop()

    seqs = [e.seq for e in heard.events]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # none twice, none skipped
    tickets = [e.row_id for e in heard.events if e.table == "tickets"]
    assert tickets == [first.id, *missed]
    assert client.seq == seqs[-1]


def test_over_https_the_client_trusts_the_office_certificate(store, token, tmp_path):
    cert, key = self_signed(tmp_path)
    server = serve(store, tls=(cert, key))
    url = server.url.replace("http://", "https://")
    trusting, untrusting = Heard(), Heard()
    clients = [
        LiveClient(url, token, trusting.event, on_connected=trusting.state, ca_file=str(cert)),
        LiveClient(url, token, untrusting.event, on_connected=untrusting.state),
    ]
    try:
        for client in clients:
            client.start()
        trusting.wait(lambda h: h.states == [True])
        ticket = q.issue_ticket(open_context(store, kiosk_actor()), "A")
        trusting.wait(lambda h: ticket.id in {e.row_id for e in h.events}, timeout=1.0)
    finally:
        for client in clients:
            client.stop()
        server.stop()
    assert untrusting.states == [] and untrusting.events == []


def test_a_refused_token_is_not_retried_in_a_hurry(store):
    server = serve(store)
    heard = Heard()
    attempts = []

    def token() -> str:
        attempts.append(time.monotonic())
        return "not-a-token"

    client = LiveClient(server.url, token, heard.event, on_connected=heard.state)
    try:
        client.start()
        time.sleep(1.5)
        started = time.monotonic()
        client.stop()
        assert time.monotonic() - started < 2.0
    finally:
        server.stop()
    assert len(attempts) == 1
    assert heard.states == [] and heard.events == []


def test_without_a_token_the_client_waits_instead_of_connecting(store):
    server = serve(store)

    asked = []

    def no_token() -> str:
        asked.append(time.monotonic())
        raise ConnectionFailed("not_connected")

    client = LiveClient(server.url, no_token, lambda _e: None)
    try:
        client.start()
        time.sleep(0.5)
        assert not client.connected
        client.stop()
    finally:
        server.stop()
    assert len(asked) == 1
