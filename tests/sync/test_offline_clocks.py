"""Kiosks whose clocks are off issue offline tickets dated by the server's time: each PC keeps
its clock's offset from the server, measured at every sync, and the server never queues a
ticket dated in its own future. Against a real server process on SQLite and on PostgreSQL."""

from __future__ import annotations

import email
import http.client
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.clock import utcnow
from app.core.permissions import Role
from app.operations import queue as q
from app.operations.context import kiosk_actor, open_context
from app.operations.hosting import HOST_UNREACHABLE
from app.operations.queue import blocks
from app.server.devices.service import add_device
from app.store.db import open_database
from app.store.models import Service, Ticket
from app.sync.engine import sync_once
from app.sync.host import RemoteHost
from app.sync.link import ServerLink, server_clock
from tests.server.hosts import closed_port_url
from tests.sync.servers import Server

TEN_MINUTES = 600.0


@pytest.fixture
def server(server_url, tmp_path):
    s = Server(server_url, tmp_path)
    yield s
    s.stop()


class Kiosk:
    """A kiosk PC whose own clock runs `skew` seconds off, enrolled and synced: its store's
    clock and the clock its operations read the time from."""

    def __init__(self, server: Server, path, skew: float) -> None:
        self.server, self.path, self.skew = server, path, skew
        self.db = self._open()
        self.token = add_device(server.db, server.office_id, Role.KIOSK, self.db.device_id,
                                path.stem)
        self.link = ServerLink(server.url, self.token)
        self.sync()
        self.ctx = self._context()
        self.ctx.host = RemoteHost(ServerLink(server.url, self.token,
                                              unreachable=HOST_UNREACHABLE))
        blocks.keep_blocks(self.ctx)

    def _open(self):
        db = open_database(f"sqlite:///{self.path}")
        db.wall = lambda: time.time() + self.skew
        return db

    def _context(self):
        return open_context(self.db, kiosk_actor(),
                            clock=lambda: utcnow() + timedelta(seconds=self.skew))

    def sync(self) -> None:
        report = sync_once(self.db, self.link)
        assert report.online, report.error

    def restart_offline(self) -> None:
        """The kiosk program starts again while the server cannot be reached."""
        self.ctx.host.close()
        self.db.dispose()
        self.db = self._open()
        self.ctx = self._context()
        self.lose_host()

    def lose_host(self) -> None:
        self.ctx.host = RemoteHost(ServerLink(closed_port_url(), self.token,
                                              unreachable=HOST_UNREACHABLE))

    def close(self) -> None:
        self.link.close()
        self.ctx.host.close()
        self.db.dispose()


@pytest.fixture
def kiosks(server, tmp_path):
    slow = Kiosk(server, tmp_path / "slow.sqlite3", -TEN_MINUTES)
    fast = Kiosk(server, tmp_path / "fast.sqlite3", +TEN_MINUTES)
    yield slow, fast
    slow.close()
    fast.close()


def server_line(server: Server) -> list[Ticket]:
    """Service A's waiting tickets at the server, in the order they are called."""
    with server.db.read() as s:
        service = s.scalars(select(Service.id).where(Service.code == "A")).one()
        return list(s.scalars(select(Ticket).where(
            Ticket.service_id == service, Ticket.status == "waiting").order_by(
            Ticket.priority.desc(), Ticket.queue_key, Ticket.id)))


def test_kiosks_with_clocks_ten_minutes_off_queue_offline_tickets_in_arrival_order(
    server, kiosks
):
    slow, fast = kiosks
    slow.restart_offline()  # the slow kiosk keeps its measured offset across a restart
    fast.lose_host()
    issued = []
    for kiosk in (slow, fast, slow, fast, slow):
        issued.append(q.issue_ticket(kiosk.ctx, "A", source="kiosk").number)
        time.sleep(0.2)
    slow.sync()
    fast.sync()
    line = server_line(server)
    assert [t.number for t in line] == issued
    now = utcnow()
    for t in line:
        assert t.issued_at <= now and t.queue_key <= now
        assert now - t.issued_at < timedelta(seconds=30)


def test_the_server_never_queues_a_ticket_dated_in_its_future(server, kiosks):
    _, fast = kiosks
    # A kiosk that dates its tickets ten minutes ahead without a measured offset, its changes'
    # stamps within the server's bound (a stamp further ahead refuses the whole row).
    fast.db.server_offset_ms = 0
    fast.db.wall = time.time
    fast.lose_host()
    number = q.issue_ticket(fast.ctx, "A", source="kiosk").number
    before = utcnow()
    fast.sync()
    [ticket] = [t for t in server_line(server) if t.number == number]
    assert ticket.issued_at <= utcnow() and ticket.queue_key <= utcnow()
    assert ticket.arrived_at <= utcnow()
    assert before - timedelta(seconds=30) < ticket.queue_key


def test_every_answer_of_the_server_gives_its_clock(server):
    link = ServerLink(server.url)
    assert link.server_offset_ms() is None
    link.get("/health")
    # A PC whose clock runs ten minutes slow reads the server ten minutes ahead of it.
    offset = link.server_offset_ms(lambda: time.time() - TEN_MINUTES)
    assert abs(offset - TEN_MINUTES * 1000) < 250
    link.close()


def test_an_answer_with_only_a_date_header_gives_the_clock_to_the_second():
    headers = email.message_from_string(
        "Date: Mon, 07 Dec 2026 10:00:00 GMT\r\n\r\n", _class=http.client.HTTPMessage)
    reading = server_clock(headers, 100.0, 100.2)
    assert reading.server_ms == datetime(2026, 12, 7, 10, 0, 0, 500_000, UTC).timestamp() * 1000
    assert (reading.at, reading.spread) == (100.1, pytest.approx(0.6))
    assert server_clock(email.message_from_string("\r\n", _class=http.client.HTTPMessage),
                        1.0, 2.0) is None


def test_the_time_the_server_took_is_left_out_of_its_clock_reading():
    headers = email.message_from_string("Lett-Time: 1000000,1000300\r\n\r\n",
                                        _class=http.client.HTTPMessage)
    # Asked at 10.0 s, answered at 10.5 s, of which the server worked 0.3 s.
    reading = server_clock(headers, 10.0, 10.5)
    assert reading.server_ms == 1000150
    assert (reading.at, reading.spread) == (10.25, pytest.approx(0.1))
