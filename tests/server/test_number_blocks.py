"""A kiosk that loses its queue host keeps issuing from numbers it leased; when the host is back,
sync brings those tickets into the host's queue in the order the visitors came."""

import pytest
from sqlalchemy import func, select, update

from app.core.errors import ConnectionFailed, PrintFailed, Rejected
from app.core.permissions import Role
from app.core.queue import OFFLINE_FIRST_SEQ, OFFLINE_SOURCE
from app.operations import queue as q
from app.operations.context import kiosk_actor, open_context
from app.operations.printing import issue_and_print
from app.operations.queue import blocks
from app.store.models import Ticket, TicketEvent
from app.sync.engine import sync_once
from app.sync.link import ServerLink
from printers.decode import decode_escpos
from tests.server.hosts import HostOffice, closed_port_url


@pytest.fixture
def office(server_store, tmp_path):
    o = HostOffice(server_store, tmp_path)
    yield o
    o.close()


class Kiosk:
    """A kiosk PC enrolled in the office: its own store, synced, and the host."""

    def __init__(self, office: HostOffice, name: str = "Kiosk") -> None:
        self.office = office
        self.db = office.store(name)
        self.token = office.token(Role.KIOSK, name, device_id=self.db.device_id)
        self.link = ServerLink(office.url, self.token)
        report = sync_once(self.db, self.link)
        assert report.online, report.error
        self.ctx = open_context(self.db, kiosk_actor())
        self.host = office.host(self.token)
        self.ctx.host = self.host

    def lose_host(self) -> None:
        self.ctx.host = self.office.host(self.token, url=closed_port_url())

    def host_back(self) -> None:
        self.ctx.host = self.host

    def sync(self):
        report = sync_once(self.db, self.link)
        assert report.online, report.error
        return report

    def close(self) -> None:
        self.link.close()


@pytest.fixture
def kiosk(office):
    k = Kiosk(office)
    yield k
    k.close()


def test_a_kiosk_leases_numbers_per_service_above_the_hosts_own(office, kiosk):
    leased = blocks.keep_blocks(kiosk.ctx)
    assert [(b.service, b.first_seq, b.last_seq) for b in leased] == [
        ("A", 900, 929), ("B", 900, 929), ("C", 900, 929)]
    assert blocks.keep_blocks(kiosk.ctx) == []
    other = Kiosk(office, "Kiosk 2")
    try:
        assert [(b.service, b.first_seq) for b in blocks.keep_blocks(other.ctx)] == [
            ("A", 930), ("B", 930), ("C", 930)]
    finally:
        other.close()
    # the host's own numbering goes on below the leases
    assert q.issue_ticket(kiosk.ctx, "A", source="kiosk").number == "A001"


def test_offline_tickets_join_the_hosts_queue_in_arrival_order(office, kiosk, tmp_path):
    counter = office.context(Role.COUNTER, "Leti 1")
    blocks.keep_blocks(kiosk.ctx)
    printer = tmp_path / "tickets.escpos"
    issue = dict(printer_uri=printer.as_uri(), source="kiosk")

    online = issue_and_print(kiosk.ctx, "A", **issue)
    kiosk.lose_host()
    first = issue_and_print(kiosk.ctx, "A", lang="ru", **issue)
    at_desk = q.issue_ticket(counter, "A")  # the host itself goes on meanwhile
    second = issue_and_print(kiosk.ctx, "B", **issue)
    third = issue_and_print(kiosk.ctx, "A", **issue)
    assert [online.number, first.number, at_desk.number, second.number, third.number] == [
        "A001", "A900", "A002", "B900", "A901"]
    assert first.people_ahead is None and first.wait_high_min is None
    assert "A901" in "\n".join(decode_escpos(printer.read_bytes()))
    with kiosk.db.read() as s:
        offline = s.scalars(select(Ticket).order_by(Ticket.queue_key)).all()
        assert [(t.number, t.source) for t in offline] == [
            ("A900", OFFLINE_SOURCE), ("B900", OFFLINE_SOURCE), ("A901", OFFLINE_SOURCE)]
        printed = s.scalar(select(func.count()).where(TicketEvent.kind == "printed"))
        assert printed == 3

    # the host is back: sync brings the tickets, which take their places by arrival
    kiosk.host_back()
    report = kiosk.sync()
    assert report.pushed > 0 and report.rejected == 0
    waiting = q.waiting_tickets(counter)
    assert [t.number for t in waiting] == ["A001", "A900", "A002", "B900", "A901"]
    arrived = {t.number: t.arrived_at for t in waiting}
    assert arrived["A900"] == first.arrived_at and arrived["A900"] < arrived["A002"]
    assert [q.call_next(counter, 1).number for _ in range(5)] == [
        "A001", "A900", "A002", "B900", "A901"]
    assert q.issue_ticket(counter, "A").number == "A003"
    with office.db.read() as s:
        numbers = s.execute(select(Ticket.issued_service_id, Ticket.day, Ticket.seq)).all()
    assert len(numbers) == len(set(numbers)) == 6


def test_a_kiosk_without_numbers_left_says_so_and_a_pc_without_leases_reports_the_host(
        office, kiosk):
    blocks.keep_blocks(kiosk.ctx, size=2, low=1)
    kiosk.lose_host()
    assert [q.issue_ticket(kiosk.ctx, "C").number for _ in range(2)] == ["C900", "C901"]
    with pytest.raises(ConnectionFailed) as err:
        q.issue_ticket(kiosk.ctx, "C")
    assert err.value.code == "no_offline_numbers"
    assert "reception desk" in str(err.value)
    desk = office.context(Role.DESK, "Desk")
    desk.host = office.host(office.token(Role.DESK, "Desk 2"), url=closed_port_url())
    with pytest.raises(ConnectionFailed) as err:
        q.issue_ticket(desk, "A")
    assert err.value.code == "host_unreachable"


def test_a_failed_print_without_the_host_voids_the_ticket_on_the_kiosk(office, kiosk, tmp_path):
    blocks.keep_blocks(kiosk.ctx)
    kiosk.lose_host()
    with pytest.raises(PrintFailed):
        issue_and_print(kiosk.ctx, "A", source="kiosk", printer_uri="tcp://127.0.0.1:1",
                        timeout=0.5)
    with kiosk.db.read() as s:
        assert [(t.number, t.status) for t in s.scalars(select(Ticket))] == [("A900", "voided")]
    # the next visitor gets the next number; the voided one is never issued again
    assert q.issue_ticket(kiosk.ctx, "A").number == "A901"


def test_the_kiosk_shows_its_services_without_the_host(office, kiosk):
    kiosk.lose_host()
    assert [s.code for s in q.list_services(kiosk.ctx)] == ["A", "B", "C"]
    assert q.office_name(kiosk.ctx) == "Tallinna teenindusbüroo"


def test_past_its_own_series_the_host_numbers_above_every_leased_block(ctx, clock):
    leased = q.lease_number_block(ctx, "A", 30)
    assert (leased.first_seq, leased.last_seq) == (OFFLINE_FIRST_SEQ, 929)
    q.issue_ticket(ctx, "A")
    with ctx.db.write() as s:
        s.execute(update(Ticket).values(seq=OFFLINE_FIRST_SEQ - 1, number="A899"))
    assert q.issue_ticket(ctx, "A").number == "A930"
    assert q.lease_number_block(ctx, "A", 10).first_seq == 931
    clock.advance(days=1)
    assert q.issue_ticket(ctx, "A").number == "A001"
    assert q.lease_number_block(ctx, "A", 10).first_seq == OFFLINE_FIRST_SEQ


def test_lease_refuses_a_size_out_of_range(ctx):
    with pytest.raises(Rejected):
        q.lease_number_block(ctx, "A", 0)

