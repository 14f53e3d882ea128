"""Live events over `/live`, through a real server on 127.0.0.1, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import select
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import queue as q
from app.operations.context import Context, kiosk_actor, open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device, revoke_device
from app.server.live import endpoints, repository
from app.server.live import feed as feed_module
from app.server.live.feed import LISTENER_NAME, LiveFeed, Subscriber
from app.server.live.repository import Change
from app.server.store import open_server_store
from app.store.db import Database
from app.store.models import ChangeLog
from app.sync.live import live_url
from tests.server.live import LiveServer

SECOND = 1.0


@dataclass
class Office:
    id: str
    devices: dict[Role, str]
    tokens: dict[Role, str]


def _office(db: Database, code: str) -> Office:
    office_id = create_demo_office(db, staff_actor(), code=code)
    devices = {role: uuid7() for role in (Role.COUNTER, Role.KIOSK, Role.DISPLAY)}
    return Office(office_id, devices, {
        role: add_device(db, office_id, role, device_id, f"{role} {code}")
        for role, device_id in devices.items()})


def _context(server: LiveServer, token: str) -> Context:
    """The operation context the server gives the device with `token`."""
    auth = server.app.state.auth
    return auth.context(auth.device(token))


def _start(db: Database) -> LiveServer:
    return LiveServer(create_app(db)).start()


@pytest.fixture
def office(server_store) -> Office:
    return _office(server_store, "TLN")


@pytest.fixture
def server(server_store):
    live = _start(server_store)
    yield live
    live.stop()


class Socket:
    """A device's `/live` socket, read with time limits."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.replayed: list[dict] = []
        self.ready: dict = {}

    def next(self, timeout: float = SECOND) -> dict:
        return json.loads(self.ws.recv(timeout=timeout))

    def changes_until(self, done, timeout: float = SECOND) -> list[dict]:
        """Changes received until `done(change)` is true; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            message = self.next(max(0.0, deadline - time.monotonic()))
            seen.append(message)
            if done(message):
                return seen

    def silent_for(self, seconds: float) -> bool:
        try:
            self.ws.recv(timeout=seconds)
        except TimeoutError:
            return True
        return False


@contextmanager
def listen(server: LiveServer, token: str, after: int | None = None) -> Iterator[Socket]:
    """A socket open for the block, with what it replayed up to its `ready` read."""
    with connect(live_url(server.url, after), open_timeout=5,
                 additional_headers={"Authorization": f"Bearer {token}"}) as ws:
        socket = Socket(ws)
        while True:
            message = socket.next(5 * SECOND)
            if message["type"] == "ready":
                socket.ready = message
                break
            socket.replayed.append(message)
        yield socket


def refusal(server: LiveServer, headers: dict[str, str], first: str | None = None):
    """The close frame the server answers with."""
    with connect(live_url(server.url), open_timeout=5, additional_headers=headers) as ws:
        if first is not None:
            ws.send(first)
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=10)
    return closed.value.rcvd


def test_an_issued_ticket_reaches_a_connected_display_within_a_second(server, office):
    kiosk = _context(server, office.tokens[Role.KIOSK])
    with listen(server, office.tokens[Role.DISPLAY]) as display:
        started = time.perf_counter()
        ticket = q.issue_ticket(kiosk, "A")
        seen = display.changes_until(lambda m: m["table"] == "tickets")
        elapsed = time.perf_counter() - started

    assert elapsed < SECOND
    assert seen[-1] == {"type": "change", "seq": seen[-1]["seq"], "table": "tickets",
                        "row_id": ticket.id, "op": "insert"}
    assert seen[-1]["seq"] > display.ready["seq"]


def test_a_call_reaches_the_display_and_a_new_ticket_the_counters(server, office):
    kiosk = _context(server, office.tokens[Role.KIOSK])
    desk = _context(server, office.tokens[Role.COUNTER])
    with (listen(server, office.tokens[Role.DISPLAY]) as display,
          listen(server, office.tokens[Role.COUNTER]) as counter):
        ticket = q.issue_ticket(kiosk, "A")
        assert counter.changes_until(lambda m: m["row_id"] == ticket.id)[-1]["op"] == "insert"
        display.changes_until(lambda m: m["row_id"] == ticket.id)

        q.call_next(desk, 1)
        called = display.changes_until(lambda m: m["row_id"] == ticket.id)
    assert called[-1]["op"] == "update"


def test_a_display_hears_of_calls_but_never_of_visits(server, office):
    kiosk = _context(server, office.tokens[Role.KIOSK])
    with (listen(server, office.tokens[Role.DISPLAY]) as display,
          listen(server, office.tokens[Role.COUNTER]) as counter):
        first = q.issue_ticket(kiosk, "B")
        q.issue_ticket(kiosk, "C")

        def second(m: dict) -> bool:
            return m["table"] == "tickets" and m["row_id"] != first.id

        staff = counter.changes_until(second)
        public = display.changes_until(second)
    assert "visits" in {m["table"] for m in staff}
    assert {m["table"] for m in public} == {"tickets", "ticket_events"}
    # A later socket replaying the whole log hears of no visit either.
    with listen(server, office.tokens[Role.DISPLAY], after=0) as replay:
        assert replay.replayed and "visits" not in {m["table"] for m in replay.replayed}


def test_a_device_hears_nothing_of_another_office(server_store, server, office):
    other = _office(server_store, "TRT")
    with (listen(server, other.tokens[Role.COUNTER]) as theirs,
          listen(server, office.tokens[Role.COUNTER]) as ours):
        ticket = q.issue_ticket(_context(server, office.tokens[Role.KIOSK]), "A")
        ours.changes_until(lambda m: m["row_id"] == ticket.id)
        assert theirs.silent_for(0.5)

        # Their own office's change still reaches them, and is the first thing they hear.
        own = q.issue_ticket(_context(server, other.tokens[Role.KIOSK]), "A")
        heard = theirs.changes_until(lambda m: m["row_id"] == own.id)
    assert {m["table"] for m in heard} == {"visits", "tickets"}
    # Replaying everything gives only their office's rows.
    with listen(server, other.tokens[Role.COUNTER], after=0) as replay:
        replayed = {m["row_id"] for m in replay.replayed}
    with server_store.read_connection() as conn:
        ours_ids = set(conn.scalars(
            select(ChangeLog.row_id).where(ChangeLog.office_id == office.id)))
    assert replayed and not ours_ids & replayed


def test_a_socket_without_a_valid_token_is_refused(server, office):
    no_token = refusal(server, {}, first="hello")
    unknown = refusal(server, {"Authorization": "Bearer not-a-token"})
    unknown_first = refusal(server, {}, first=json.dumps({"token": "not-a-token"}))

    assert (no_token.code, no_token.reason) == (4401, "unauthenticated: no device token given")
    for closed in (unknown, unknown_first):
        assert closed.code == 4401
        assert closed.reason == "unauthenticated: unknown or revoked device token"


def test_the_token_may_come_as_the_first_message(server, office):
    with connect(live_url(server.url), open_timeout=5) as ws:
        ws.send(json.dumps({"token": office.tokens[Role.DISPLAY]}))
        assert json.loads(ws.recv(timeout=5))["type"] == "ready"


def test_a_reconnecting_socket_gets_what_it_missed(server, office):
    with listen(server, office.tokens[Role.COUNTER]) as counter:
        last = counter.ready["seq"]
    kiosk = _context(server, office.tokens[Role.KIOSK])
    missed = [q.issue_ticket(kiosk, "A").id, q.issue_ticket(kiosk, "B").id]

    with listen(server, office.tokens[Role.COUNTER], after=last) as again:
        seqs = [m["seq"] for m in again.replayed]
        assert seqs == list(range(last + 1, last + 1 + len(seqs)))  # gap-free, in order
        assert [m["row_id"] for m in again.replayed if m["table"] == "tickets"] == missed
        assert again.ready["seq"] == seqs[-1]
        # And it carries on live from there.
        later = q.issue_ticket(kiosk, "C")
        live = again.changes_until(lambda m: m["row_id"] == later.id)
    assert live[0]["seq"] == seqs[-1] + 1


def test_a_socket_ahead_of_the_log_is_told_to_reload(server, office):
    with listen(server, office.tokens[Role.DISPLAY], after=10**9) as socket:
        assert socket.replayed == [{"type": "reset", "seq": socket.ready["seq"]}]


def test_a_device_revoked_while_listening_is_cut_off_within_two_seconds(server_store, server,
                                                                         office):
    with listen(server, office.tokens[Role.DISPLAY]) as display, \
            listen(server, office.tokens[Role.COUNTER]) as counter:
        revoke_device(server_store, office.devices[Role.DISPLAY])
        revoked_at = time.monotonic()
        with pytest.raises(ConnectionClosed) as closed:
            display.next(timeout=5 * SECOND)
        took = time.monotonic() - revoked_at
        # The counter's device was not revoked: it still hears its office.
        ticket = q.issue_ticket(_context(server, office.tokens[Role.KIOSK]), "A")
        assert counter.changes_until(lambda m: m["row_id"] == ticket.id)
    assert closed.value.rcvd.code == 4401
    assert closed.value.rcvd.reason == "unauthenticated: unknown or revoked device token"
    assert took < 2 * SECOND


class FakeSocket:
    """What `_send` writes, for driving the feed by hand."""

    def __init__(self) -> None:
        self.messages: list[dict] = []

    async def send_text(self, text: str) -> None:
        self.messages.append(json.loads(text))

    async def wait_for(self, done) -> None:
        deadline = time.monotonic() + 5
        while not any(done(m) for m in self.messages):
            assert time.monotonic() < deadline, self.messages
            await asyncio.sleep(0.01)


def test_a_socket_that_fell_behind_catches_up_from_the_log(server_store, office, monkeypatch):
    monkeypatch.setattr(feed_module, "QUEUE_LIMIT", 1)
    kiosk = open_context(server_store, kiosk_actor(), "TLN")
    socket = FakeSocket()

    async def scenario() -> list[Change]:
        feed = LiveFeed(server_store)  # not started: this test plays its pump
        sub = Subscriber(office.id, None)
        feed.join(sub)
        sender = asyncio.create_task(endpoints._send(socket, feed, sub, None))
        await socket.wait_for(lambda m: m["type"] == "ready")
        head = socket.messages[-1]["seq"]
        await asyncio.to_thread(q.issue_ticket, kiosk, "A")
        changes = repository.changes_after(server_store, {office.id: head})[office.id]
        # Two batches before the socket takes the first: the second finds its queue full.
        sub.offer(changes[:1])
        sub.offer(changes[1:])
        assert sub.behind
        await socket.wait_for(lambda m: m.get("seq") == changes[-1].seq)
        sender.cancel()
        return changes

    changes = asyncio.run(scenario())
    after_ready = socket.messages[1:]
    assert len(changes) == 3  # the visit, the ticket and its event
    assert after_ready == [c.message() for c in changes]  # each once, in order


@pytest.mark.postgres
@pytest.mark.parametrize("server_db_url", ["postgresql"], indirect=True)
def test_a_ticket_issued_through_one_instance_reaches_a_socket_of_another(server_db_url):
    first, second = open_server_store(server_db_url), open_server_store(server_db_url)
    office = _office(first, "TLN")
    one, two = _start(first), _start(second)
    try:
        with listen(two, office.tokens[Role.DISPLAY]) as display:
            started = time.perf_counter()
            ticket = q.issue_ticket(_context(one, office.tokens[Role.KIOSK]), "A")
            display.changes_until(lambda m: m["row_id"] == ticket.id)
            assert time.perf_counter() - started < SECOND
    finally:
        one.stop()
        two.stop()
        first.dispose()
        second.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("server_db_url", ["postgresql"], indirect=True)
def test_a_lost_listening_connection_costs_no_event(server_store, server, office):
    admin = server_store.engine.url.set(drivername="postgresql").render_as_string(
        hide_password=False)
    with listen(server, office.tokens[Role.DISPLAY]) as display:
        with psycopg.connect(admin, autocommit=True) as conn:
            killed = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND application_name = %s",
                (LISTENER_NAME,),
            ).fetchall()
        assert killed == [(True,)]

        ticket = q.issue_ticket(_context(server, office.tokens[Role.KIOSK]), "A")
        display.changes_until(lambda m: m["row_id"] == ticket.id, timeout=3 * SECOND)
