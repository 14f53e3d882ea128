"""Registration numbers that no two PCs give twice: connected PCs take the register's and the
issuances' numbers from the server, go on from numbers leased in the sync round while the server
is down, and are told to reconnect when those run out. Against a real `lett server` over HTTP,
on SQLite and on PostgreSQL."""

import json
import re
from dataclasses import replace
from datetime import UTC, datetime

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from app.cli import main
from app.core.errors import ConnectionFailed, Refused
from app.core.permissions import Actor, Role
from app.operations import notices, numbers
from app.operations import register as r
from app.operations.bootstrap import open_local
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.store.models import Issuance, NumberLease, RegisterEntry
from app.sync.credentials import load_token, save_token
from app.sync.engine import sync_once
from app.sync.host import hosted_context
from app.sync.link import ServerLink
from app.sync.worker import keep_document_numbers, sync_local
from tests.conftest import FakeClock
from tests.documents.notice_values import VALUES
from tests.server.live import LiveServer

DOCUMENT = r.NewDocument("1-2", "incoming", "request_for_information", "Teabenõue",
                         "email", sender_name="Mari Maasikas", addressee="Ehitusosakond")


@pytest.fixture(autouse=True)
def no_keyring():
    """Device tokens go to a file in each PC's data folder, never to a real keyring."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


class PC:
    """A desk PC's data folder connected to the office's server as `lett connect` leaves it,
    working in the context the staff window uses (the server as its host)."""

    def __init__(self, office, name: str) -> None:
        self.office = office
        self.local = open_local(office.tmp_path / name)
        token = add_device(office.db, office.office_id, Role.DESK, self.local.db.device_id, name)
        save_token(self.local.home, token)
        self.local.settings.set("server.role", "desk")
        # The office's configuration first, without the leasing step.
        link = ServerLink(office.live.url, token)
        assert sync_once(self.local.db, link).online
        link.close()
        self.point_at(office.live.url)

    def point_at(self, url: str) -> None:
        self.local.settings.set("server.url", url)
        self.local.settings.save()
        self.ctx = hosted_context(self.local, staff_actor())

    def sync(self):
        """One round of the sync worker: push, pull, and the leases topped up."""
        report = sync_local(self.local)
        assert report.online, report.error
        return report

    def register(self) -> str:
        return r.register_document(self.ctx, DOCUMENT).registry_number

    def issue(self) -> str:
        return notices.issue_notice(self.ctx, "notice", "et", VALUES["notice"]).registry_number

    def rows(self, model):
        with self.local.db.read() as s:
            return list(s.scalars(select(model)))

    def close(self) -> None:
        self.ctx.host.close()
        self.local.close()


@pytest.fixture
def pcs(office):
    made: list[PC] = []

    def pc(name: str) -> PC:
        made.append(PC(office, name))
        return made[-1]

    yield pc
    for one in made:
        one.close()


@pytest.fixture
def two(pcs):
    """Two desk PCs of the office; the first added the series 1-2, and both synced."""
    one, other = pcs("desk1"), pcs("desk2")
    r.save_series(one.ctx, "1-2", "{S}/{DA}-{3DN}", "Teabenõuded")
    one.sync()
    other.sync()
    return one, other


def stop_server(office) -> None:
    office.live.stop()


def start_server(office, *pcs: PC) -> None:
    """The server runs again (on a new port) and the PCs are pointed at it."""
    office.live = LiveServer(create_app(office.db, live=False)).start()
    for pc in pcs:
        pc.ctx.host.close()
        pc.point_at(office.live.url)


def seqs(numbers_given: list[str]) -> list[int]:
    """The running numbers of registration numbers like 1-2/26-021 and V-26/0001."""
    return [int(re.split(r"[-/]", n)[-1]) for n in numbers_given]


def test_two_connected_pcs_registering_in_turn_get_consecutive_numbers(office, two):
    one, other = two
    given = [pc.register() for pc in (one, other, one, other)]
    first = seqs(given)[0]
    assert seqs(given) == [first, first + 1, first + 2, first + 3]
    issued = [pc.issue() for pc in (other, one)]
    assert seqs(issued)[1] == seqs(issued)[0] + 1
    # Each PC's leases were taken off the same counters: the numbers given online pass them.
    leased = {(lease.sequence, lease.first_seq) for pc in two for lease in pc.rows(NumberLease)}
    series_leases = sorted(first_seq for sequence, first_seq in leased
                           if sequence.startswith("register:"))
    assert series_leases == [1, 11] and first == 21
    one.sync()
    other.sync()
    with office.db.read() as s:
        at_server = sorted(s.scalars(select(RegisterEntry.registry_number)))
    assert at_server == sorted(given)


def test_both_pcs_without_the_server_number_from_their_leases_and_no_number_repeats(
        office, two):
    one, other = two
    stop_server(office)
    offline = [pc.register() for pc in (one, other, one, other, one)]
    issued = [one.issue(), other.issue()]
    assert seqs(offline) == [1, 11, 2, 12, 3]
    assert seqs(issued) == [1, 11]

    start_server(office, one, other)
    one.sync()
    online = one.register()
    assert seqs([online]) == [21]
    for pc in (one, other):
        pc.sync()
    with office.db.read() as s:
        entries = list(s.scalars(select(RegisterEntry.registry_number)))
        issuances = list(s.scalars(select(Issuance.registry_number)))
    assert sorted(entries) == sorted([*offline, online]) and len(set(entries)) == 6
    assert sorted(issuances) == sorted(issued)
    # Both PCs have every document, each with its own number.
    assert sorted(e.registry_number for e in other.rows(RegisterEntry)) == sorted(entries)


def test_leases_used_up_without_the_server_say_so_and_nothing_is_written(office, two):
    one, _other = two
    stop_server(office)
    assert seqs([one.register() for _ in range(numbers.LEASE_SIZE)]) == list(range(1, 11))
    with pytest.raises(ConnectionFailed) as err:
        one.register()
    assert err.value.code == "no_offline_document_numbers"
    assert "1-2" in str(err.value) and "reconnect" in str(err.value)
    assert len(one.rows(RegisterEntry)) == numbers.LEASE_SIZE

    # The issuances' lease cut to one number: the second notice has none.
    with one.local.db.write() as s:
        for lease in s.scalars(select(NumberLease).where(NumberLease.sequence == "issuances")):
            lease.last_seq = lease.first_seq
    assert one.issue() == f"V-{one.ctx.local().year % 100:02d}/0001"
    with pytest.raises(ConnectionFailed) as err:
        one.issue()
    assert err.value.code == "no_offline_document_numbers" and "series V " in str(err.value)
    assert len(one.rows(Issuance)) == 1
    pdfs = list((one.local.home / "notices").rglob("*.pdf"))
    assert len(pdfs) == 1


def test_an_office_that_numbered_before_gets_no_repeats(office, pcs):
    """Documents numbered on a PC before its numbers came from the server: the server's
    counter starts past them."""
    earlier = pcs("earlier")
    alone = open_context(earlier.local.db, staff_actor())
    r.save_series(alone, "1-2", "{S}/{DA}-{3DN}", "Teabenõuded")
    assert [r.register_document(alone, DOCUMENT).registry_number for _ in range(3)][-1].endswith(
        "-003")
    notices.issue_notice(alone, "notice", "et", VALUES["notice"])
    # sent without the leasing step, as an older Lett did
    link = ServerLink(office.live.url, load_token(earlier.local.home))
    assert sync_once(earlier.local.db, link).online
    link.close()

    newer = pcs("newer")
    newer.sync()
    with newer.local.db.read() as s:
        assert len(list(s.scalars(select(RegisterEntry)))) == 3
    year = newer.ctx.local().year
    leases = sorted((lease.sequence == "issuances", lease.first_seq)
                    for lease in newer.rows(NumberLease) if lease.year == year)
    assert leases == [(False, 4), (True, 2)]
    assert newer.register().endswith("-014")
    assert newer.issue().endswith("/0012")


def test_a_series_not_yet_at_the_server_is_named(office, pcs):
    desk = pcs("desk1")
    desk.sync()
    r.save_series(desk.ctx, "7", "{S}-{DN}/{DA}", "Märgukirjad")
    memo = replace(DOCUMENT, series="7")
    with pytest.raises(Refused) as err:
        r.register_document(desk.ctx, memo)
    assert err.value.code == "register_series_not_at_server" and "series 7 " in str(err.value)
    assert desk.rows(RegisterEntry) == []
    desk.sync()
    assert r.register_document(desk.ctx, memo).registry_number.startswith("7-11/")


def test_a_new_year_starts_at_one_and_its_numbers_are_leased_from_late_december(
        office, two):
    one, other = two
    clock = FakeClock(datetime(2030, 12, 21, 9, 0, tzinfo=UTC))
    one.ctx.clock = other.ctx.clock = clock
    assert numbers.sequences_in_use(one.ctx, one.ctx.local().date())[-1] == ("issuances", 2031)
    taken = numbers.keep_leases(one.ctx)
    assert sorted((lease.year, lease.sequence == "issuances", lease.first_seq)
                  for lease in taken) == [(2030, False, 1), (2030, True, 1),
                                          (2031, False, 1), (2031, True, 1)]
    assert r.register_document(one.ctx, DOCUMENT).registry_number == "1-2/30-011"
    clock.at = datetime(2031, 1, 6, 8, 0, tzinfo=UTC)
    assert r.register_document(other.ctx, DOCUMENT).registry_number == "1-2/31-011"
    clock.at = datetime(2032, 1, 5, 8, 0, tzinfo=UTC)
    assert r.register_document(other.ctx, DOCUMENT).registry_number == "1-2/32-001"
    clock.at = datetime(2031, 1, 6, 9, 0, tzinfo=UTC)
    stop_server(office)
    assert r.register_document(one.ctx, DOCUMENT).registry_number == "1-2/31-001"
    assert notices.issue_notice(one.ctx, "notice", "et",
                                VALUES["notice"]).registry_number == "V-31/0001"


def test_a_pc_working_alone_numbers_as_before(tmp_path):
    """No server: the series' own counter, in the unit of work that registers."""
    local = open_local(tmp_path / "alone")
    try:
        create_demo_office(local.db, staff_actor())
        ctx = open_context(local.db, Actor("Mari", frozenset({Role.ADMIN, Role.DESK})))
        r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}")
        assert numbers.next_number(ctx, numbers.ISSUANCES, 2026) is None
        assert numbers.keep_leases(ctx) == []
        # a kiosk's or display's sync round asks the server for none
        nowhere = ServerLink("http://127.0.0.1:9")
        assert keep_document_numbers(local.db, nowhere, "kiosk") == []
        nowhere.close()
        given = [r.register_document(ctx, DOCUMENT).registry_number for _ in range(2)]
        assert seqs(given) == [1, 2]
    finally:
        local.close()


def test_the_command_line_of_a_connected_pc_numbers_at_the_server(office, two, capsys,
                                                                   monkeypatch):
    one, other = two
    assert seqs([other.issue()]) == [21]
    monkeypatch.setenv("LETT_HOME", str(one.local.home))
    fields = [arg for name, value in VALUES["notice"].items()
              for arg in ("--field", f"{name}={value}")]
    assert main(["notice", "issue", "notice", "--lang", "et", *fields, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert seqs([made["registry_number"]]) == [22]
