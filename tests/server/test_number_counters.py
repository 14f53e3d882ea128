"""The server's document number counters over real HTTP, on SQLite and PostgreSQL: each number
of a register series or of the issuances given once, leased blocks never given again, desk and
counter devices of the series' own office only, a new counter past the numbers already there,
and a new year from one."""

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.core.errors import NotFound, PermissionDenied, Rejected
from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import register as r
from app.operations.context import open_context, staff_actor
from app.store.models import Issuance, NumberCounter, NumberLease
from app.sync.link import ServerLink
from tests.server.hosts import HostOffice

DOCUMENT = r.NewDocument("1-2", "incoming", "letter", "Kiri", "post", sender_name="Mari")


@pytest.fixture
def office(server_store, tmp_path):
    o = HostOffice(server_store, tmp_path)
    yield o
    o.close()


@pytest.fixture
def links():
    made: list[ServerLink] = []
    yield made
    for link in made:
        link.close()


def device(office, links, role=Role.DESK, office_id=None) -> ServerLink:
    """A device of `role` enrolled in the office (or in `office_id`), over HTTP."""
    link = ServerLink(office.url, office.token(role, f"{role} {len(links)}", office_id),
                      timeout=60)
    links.append(link)
    return link


def series(office, code="DEMO", index="1-2") -> str:
    """A register series of the office with this code, at the server; its number sequence."""
    ctx = open_context(office.db, staff_actor(), code)
    return "register:" + r.save_series(ctx, index, "{S}/{DA}-{3DN}").id


def take(link: ServerLink, sequence: str, year: int = 2026) -> int:
    return link.post("/numbers/next", {"sequence": sequence, "year": year})["seq"]


def lease(link: ServerLink, sequence: str, count: int, year: int = 2026) -> tuple[int, int]:
    answer = link.post("/numbers/lease", {"sequence": sequence, "year": year, "count": count})
    return answer["first_seq"], answer["last_seq"]


def test_numbers_follow_on_leased_ones_are_never_given_again_and_a_year_starts_at_one(
        office, links):
    desk, counter = device(office, links), device(office, links, Role.COUNTER)
    register = series(office)
    assert [take(desk, register), take(counter, register)] == [1, 2]
    assert lease(counter, register, 5) == (3, 7)
    assert take(desk, register) == 8
    assert [take(desk, "issuances"), take(desk, "issuances")] == [1, 2]
    assert take(desk, register, 2027) == 1
    assert lease(desk, "issuances", 3, 2027) == (1, 3)
    with office.db.read() as s:
        leases = s.scalars(select(NumberLease).order_by(NumberLease.leased_at)).all()
        counters = {(c.sequence, c.year): c.next_seq for c in s.scalars(select(NumberCounter))}
    assert [(x.sequence, x.year, x.first_seq, x.last_seq) for x in leases] == [
        (register, 2026, 3, 7), ("issuances", 2027, 1, 3)]
    assert counters == {(register, 2026): 9, ("issuances", 2026): 3, (register, 2027): 2,
                        ("issuances", 2027): 4}


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_cannot_take_numbers(office, links, role):
    other = device(office, links, role)
    register = series(office)
    for sequence in (register, "issuances"):
        with pytest.raises(PermissionDenied):
            take(other, sequence)
        with pytest.raises(PermissionDenied):
            lease(other, sequence, 10)
    with office.db.read() as s:
        assert s.scalars(select(NumberCounter)).all() == []


def test_a_device_numbers_only_its_own_offices_series(office, links):
    elsewhere = office.office("TARTU")
    theirs = series(office, "TARTU")
    desk = device(office, links)
    for ask in (lambda: take(desk, theirs), lambda: lease(desk, theirs, 10)):
        with pytest.raises(NotFound) as err:
            ask()
        assert err.value.code == "number_sequence_unknown" and theirs in str(err.value)
    with pytest.raises(NotFound):
        take(desk, "register:" + uuid7())
    with pytest.raises(NotFound):
        take(desk, "tickets")
    assert take(device(office, links, office_id=elsewhere), theirs) == 1
    # each office's issuances are its own
    assert take(desk, "issuances") == 1
    with pytest.raises(Rejected):
        take(desk, "issuances", 1999)
    with pytest.raises(Rejected):
        lease(desk, "issuances", 0)


def add_issuance(db, office_id: str, seq: int) -> None:
    with db.write() as s:
        s.add(Issuance(
            office_id=office_id, registry_number=f"V-26/{seq:04d}", year=2026, seq=seq,
            template_id="notice", template_version=1, lang="et", recipient="Mari",
            issued_by="Jaan", issued_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
            delivery="handed_over", pdf_path=f"notices/2026/V-26-{seq:04d}.pdf",
            pdf_sha256="0" * 64, is_copy=False, verification_code="ABCD-EFGH"))


def test_a_counter_starts_past_the_numbers_already_there(office, links, clock):
    """An office that numbered on its PCs before: its register and issuances go on past the
    numbers at the server, also when older numbers arrive later by sync."""
    register = series(office)
    at_server = open_context(office.db, staff_actor(), "DEMO", clock=clock)
    assert [r.register_document(at_server, DOCUMENT).registry_number
            for _ in range(3)][-1] == "1-2/26-003"
    add_issuance(office.db, office.office_id, 41)
    desk = device(office, links)
    assert take(desk, register) == 4
    assert lease(desk, "issuances", 10) == (42, 51)
    # a PC that numbered alone sends its issuance 60 only now: the counter passes it
    add_issuance(office.db, office.office_id, 60)
    assert take(desk, "issuances") == 61


def test_twenty_devices_at_once_never_get_the_same_number(office, links):
    register = series(office)
    devices = [device(office, links, Role.DESK if n % 2 else Role.COUNTER) for n in range(24)]
    start = threading.Barrier(len(devices), timeout=60)
    given: list[int] = []
    failures: list[BaseException] = []

    def ask(n: int) -> None:
        try:
            start.wait()
            if n < 20:
                given.append(take(devices[n], register))
            else:
                first, last = lease(devices[n], register, 5)
                given.extend(range(first, last + 1))
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(len(devices))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not failures, failures[:3]
    assert sorted(given) == list(range(1, 41))
