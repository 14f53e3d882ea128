"""Hostile pushes, sent over HTTP as a device sends them, to a real server process on SQLite
and on PostgreSQL: clocks far ahead, references into another office, ticket numbers nobody
leased, text and JSON the database cannot take or every desk would pull. Each bad row is
refused alone, named by its table, row and field, and every office goes on working."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import insert, select, update

from app.core.clock import COUNTER_BITS, hlc_wall_ms
from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.store.db import HEAD, open_database
from app.store.models import (
    ContactTopic,
    Counter,
    NoticeTemplate,
    RegisterEntry,
    RegisterSeries,
    Service,
    Ticket,
    TicketEvent,
    Visit,
)
from app.sync.engine import pending, sync_once
from app.sync.link import ServerLink
from tests.server.stores import STORES, fresh_pg_database

ROOT = Path(__file__).resolve().parents[2]
TALLINN = ZoneInfo("Europe/Tallinn")
BIG = 2**63 - 1


def hlc_now(minutes_ahead: float = 0) -> int:
    return (time.time_ns() // 1_000_000 + int(minutes_ahead * 60_000)) << COUNTER_BITS


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def today() -> str:
    return datetime.now(TALLINN).date().isoformat()


class ServerProcess:
    """`lett server` as a process of its own (tests.sync.procs), its log kept in a file."""

    def __init__(self, url: str, folder: Path) -> None:
        self.db_url = url
        self.folder = folder
        self.port_file = folder / f"port-{uuid.uuid4().hex[:6]}"
        self.log_file = folder / f"server-{uuid.uuid4().hex[:6]}.log"
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> ServerProcess:
        with open(self.log_file, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.procs", "serve", self.db_url,
                 str(self.port_file)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            port = self.port_file.read_text().strip() if self.port_file.exists() else ""
            if port:
                self.url = f"http://127.0.0.1:{port}"
                try:
                    if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                        return self
                except httpx.HTTPError:
                    pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server did not start: {self.log()}")
            time.sleep(0.05)
        raise RuntimeError("the server did not start in a minute")

    def health(self) -> dict:
        return httpx.get(f"{self.url}/health", timeout=10).json()

    def log(self) -> str:
        return self.log_file.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module", params=STORES)
def store_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'server.sqlite3'}"
        return
    pg_url = os.environ.get("LETT_TEST_DATABASE_URL")
    if not pg_url:
        pytest.skip("LETT_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
    with fresh_pg_database(pg_url) as url:
        yield url


@pytest.fixture(scope="module")
def server(store_url, tmp_path_factory):
    """One server process per store for the module; each test makes its own offices."""
    db = open_server_store(store_url)
    proc = ServerProcess(store_url, tmp_path_factory.mktemp("server")).start()
    proc.db = db
    yield proc
    proc.stop()
    db.dispose()


class Office:
    """An office of the demo's shape (services A, B, C; counters 1-3) on the server."""

    def __init__(self, server: ServerProcess) -> None:
        self.server = server
        self.db = server.db
        self.code = f"O{uuid.uuid4().hex[:8].upper()}"
        self.id = create_demo_office(self.db, staff_actor(), code=self.code)
        with self.db.read() as s:
            self.services = {c: i for c, i in s.execute(
                select(Service.code, Service.id).where(Service.office_id == self.id))}
            self.counters = {n: i for n, i in s.execute(
                select(Counter.number, Counter.id).where(Counter.office_id == self.id))}

    def device(self, role: Role, name: str = "") -> Device:
        return Device(self, role, name or str(role))


class Device:
    """An enrolled device that speaks HTTP to the server as a PC would."""

    def __init__(self, office: Office, role: Role, name: str) -> None:
        self.office = office
        self.id = uuid7()
        self.token = add_device(office.db, office.id, role, self.id, name)
        self.http = httpx.Client(base_url=office.server.url, timeout=60,
                                 headers={"Authorization": f"Bearer {self.token}"})
        self.seq = 0

    def stamp(self, hlc: int | None = None) -> dict:
        return {"hlc": hlc if hlc is not None else hlc_now(), "device_id": self.id,
                "deleted_at": None}

    def change(self, table: str, row: dict, op: str = "insert", fields=None) -> dict:
        self.seq += 1
        return {"seq": self.seq, "table": table, "row_id": row["id"], "op": op, "row": row,
                "fields": fields}

    def push(self, *changes: dict) -> httpx.Response:
        # json.dumps writes a lone surrogate as the escape \ud800, as any JSON library may
        body = json.dumps({"schema": HEAD, "device_id": self.id, "mutations": list(changes)})
        return self.http.post("/sync/push", content=body.encode("ascii"),
                              headers={"Content-Type": "application/json"})

    def issue(self, service: str = "A") -> dict:
        r = self.http.post("/queue/tickets", json={"service_code": service, "source": "kiosk"})
        assert r.status_code == 201, r.text
        return r.json()

    def lease(self, service: str = "A", size: int = 5) -> dict:
        r = self.http.post("/queue/number-blocks", json={"service_code": service, "size": size})
        assert r.status_code == 201, r.text
        return r.json()

    # rows of the office's tables, as a PC's triggers write them

    def visit(self, **extra) -> dict:
        row = {"id": uuid7(), "office_id": self.office.id, "arrived_at": now_iso(),
               "left_at": None, **self.stamp()}
        row.update(extra)
        return row

    def ticket(self, visit_id: str, seq: int, service: str = "A", **extra) -> dict:
        service_id = self.office.services[service]
        row = {
            "id": uuid7(), "office_id": self.office.id, "visit_id": visit_id,
            "service_id": service_id, "issued_service_id": service_id, "day": today(),
            "seq": seq, "number": f"{service}{seq:03d}", "status": "waiting", "priority": 0,
            "lang": "et", "source": "kiosk-offline", "issued_at": now_iso(),
            "arrived_at": now_iso(), "queue_key": now_iso(), "counter_id": None,
            "target_counter_id": None, "call_count": 0, "called_at": None,
            "first_called_at": None, "finished_at": None, "outcome": None,
            "est_wait_low_min": None, "est_wait_high_min": None, "people_ahead": None,
            "replaces_id": None, **self.stamp(),
        }
        row.update(extra)
        return row

    def event(self, ticket_id: str, **extra) -> dict:
        row = {"id": uuid7(), "office_id": self.office.id, "ticket_id": ticket_id,
               "kind": "printed", "at": now_iso(), "actor": "kiosk", "counter_id": None,
               "data": {"printer": "front"}, **self.stamp()}
        row.update(extra)
        return row

    def registration(self, visit_id: str, **extra) -> dict:
        row = {
            "id": uuid7(), "office_id": self.office.id, "visit_id": visit_id,
            "name": "Mari Maasikas",
            "name_key": "mari maasikas", "id_code": None, "document": "", "organisation": "",
            "org_key": "", "phone": "", "email": "", "purpose_id": None, "host_id": None,
            "lang": "et", "arrived_at": now_iso(), "left_at": None,
            "badge_token": uuid.uuid4().hex, "ticket_id": None, "ticket_number": "",
            "notes": "", "registered_by": "desk", "retain_until": now_iso(),
            "anonymised_at": None, **self.stamp(),
        }
        row.update(extra)
        return row

    def access(self, **extra) -> dict:
        row = {"id": uuid7(), "office_id": self.office.id, "at": now_iso(), "actor": "desk",
               "action": "view", "subject_code": None, "registration_id": None,
               "expected_id": None, "purpose": "check-in", "legal_basis": "law",
               "data": None, **self.stamp()}
        row.update(extra)
        return row

    def stored_file(self, owner_id: str, **extra) -> dict:
        row = {"id": uuid7(), "office_id": self.office.id, "owner_table": "register_entries",
               "owner_id": owner_id, "purpose": "document", "file_name": "1-2-26-001.pdf",
               "content_type": "application/pdf", "size": 10, "sha256": "0" * 64,
               "created_at": now_iso(), "created_by": "desk", **self.stamp()}
        row.update(extra)
        return row

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def two_offices(server):
    a, b = Office(server), Office(server)
    yield a, b


def refusals(answer: httpx.Response) -> dict[str, dict]:
    """The refused changes of a push, by row id; the push itself must have answered."""
    assert answer.status_code == 200, answer.text
    return {r["row_id"]: r for r in answer.json()["rejected"]}


def insert_rows(db, model, *rows: dict) -> None:
    with db.write_connection() as conn:
        conn.execute(insert(model.__table__), list(rows))


# -- 1. the clock ---------------------------------------------------------------------------


def test_a_clock_far_ahead_is_refused_alone_and_every_office_keeps_its_queue(two_offices):
    a, b = two_offices
    kiosk_b = b.device(Role.KIOSK)
    ticket = kiosk_b.issue("A")
    good = [kiosk_b.event(ticket["id"]), kiosk_b.event(ticket["id"])]
    ahead = [kiosk_b.event(ticket["id"], **kiosk_b.stamp(hlc))
             for hlc in (BIG, 2**60, hlc_now(minutes_ahead=10))]
    answer = kiosk_b.push(*(kiosk_b.change("ticket_events", r)
                            for r in (good[0], *ahead, good[1])))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 2
    assert set(refused) == {r["id"] for r in ahead}
    for r in refused.values():
        assert (r["table"], r["field"], r["reason"]) == ("ticket_events", "hlc",
                                                        "sync_clock_ahead")
    assert refused[ahead[2]["id"]]["params"]["minutes"] in (9, 10, 11)

    # every office's queue goes on, stamped with today's clock
    kiosk_a = a.device(Role.KIOSK)
    counter_a = a.device(Role.COUNTER)
    issued = [kiosk_a.issue("A"), kiosk_b.issue("B")]
    called = counter_a.http.post("/queue/counters/1/call-next")
    assert called.status_code == 200, called.text
    assert called.json()["number"] == issued[0]["number"]
    with a.db.read() as s:
        stamps = s.scalars(select(Ticket.hlc).where(Ticket.id.in_([t["id"] for t in issued])))
        newest = max(hlc_wall_ms(h) for h in stamps)
    assert abs(newest - time.time() * 1000) < 60_000
    for device in (kiosk_a, kiosk_b, counter_a):
        device.close()


def test_integer_fields_outside_their_range_are_refused_alone(two_offices, server):
    a, _b = two_offices
    desk = a.device(Role.DESK)
    series = {"id": uuid7(), "office_id": a.id, "series_index": "1-2", "pattern": "{S}/{DN}",
              "name": "Kirjad", "next_numbers": None, "active": True, **desk.stamp()}
    insert_rows(a.db, RegisterSeries, series)
    entry = {
        "id": uuid7(), "office_id": a.id, "direction": "incoming", "series_id": series["id"],
        "registry_number": "1-2/2147483647", "year": 2026, "seq": 2**31 - 1,
        "registered_on": today(), "registered_at": now_iso(), "registered_by": "desk",
        "sender_name": "", "sender_organisation": "", "sender_address": "", "sender_number": "",
        "sender_date": None, "addressee": "", "document_type": "letter", "title": "Kiri",
        "transmittal": "post", "pages": None, "access_basis": "", "access_from": None,
        "access_until": None, "status": "registered", "deadline": None, "extended": False,
        "addressee_address": "", "forwarded_to": "", "forwarded_at": None, "answer_id": None,
        "posted_at": None, **desk.stamp(),
    }
    rows = [
        ("visits", desk.visit(hlc=2**64)),
        ("visits", desk.visit(hlc=-5)),
        ("register_entries", entry),
        ("visits", desk.visit()),
    ]
    answer = desk.push(*(desk.change(t, r) for t, r in rows))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 1
    assert {r["row_id"]: r["field"] for r in refused.values()} == {
        rows[0][1]["id"]: "hlc", rows[1][1]["id"]: "hlc", entry["id"]: "seq"}
    # the series' numbers go on from where the office is, not from 2,147,483,648
    taken = desk.http.post("/numbers/next", json={"sequence": f"register:{series['id']}",
                                                  "year": 2026})
    assert taken.status_code == 200, taken.text
    assert taken.json()["seq"] == 1
    desk.close()


@pytest.fixture
def poisoned(tmp_path, request):
    """A store a server filled before it bounded clocks: office rows stamped 2^63-1 and 2^60."""
    kind = request.param
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'poisoned.sqlite3'}"
        yield url
        return
    pg_url = os.environ.get("LETT_TEST_DATABASE_URL")
    if not pg_url:
        pytest.skip("LETT_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
    with fresh_pg_database(pg_url) as url:
        yield url


@pytest.mark.parametrize("poisoned", STORES, indirect=True)
def test_a_server_whose_stored_rows_are_stamped_ahead_keeps_working_and_says_so(
        poisoned, tmp_path):
    db = open_server_store(poisoned)
    office_id = create_demo_office(db, staff_actor())
    with db.write() as s:
        s.execute(update(Counter).where(Counter.number == 1).values(hlc=BIG))
        s.execute(update(Counter).where(Counter.number == 2).values(hlc=2**60))
    server = ServerProcess(poisoned, tmp_path).start()
    pc = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    try:
        deadline = time.monotonic() + 30
        while server.health()["clock"]["state"] == "checking" and time.monotonic() < deadline:
            time.sleep(0.05)
        clock = server.health()["clock"]
        assert clock["state"] == "ahead" and clock["table"] == "counters"
        assert clock["ahead_seconds"] > 365 * 24 * 3600
        assert "stored clock is ahead" in server.log()

        counter_token = add_device(db, office_id, Role.COUNTER, uuid7(), "counter")
        desk_token = add_device(db, office_id, Role.DESK, pc.device_id, "desk")
        with httpx.Client(base_url=server.url, timeout=60,
                          headers={"Authorization": f"Bearer {counter_token}"}) as counter:
            issued = counter.post("/queue/tickets", json={"service_code": "A"})
            assert issued.status_code == 201, issued.text
            closed = counter.post("/queue/counters/3/open", json={"is_open_now": False})
            assert closed.status_code == 200, closed.text
            assert counter.post("/queue/counters/1/call-next").status_code == 200

        # a desk PC takes the rows stamped ahead, and its own clock does not follow them
        link = ServerLink(server.url, desk_token)
        assert sync_once(pc, link).online
        assert pc.clock.now() < 2**60
        # its change of a row stamped ahead is taken, not lost to the impossible stamp
        with pc.write() as s:
            s.execute(update(Counter).where(Counter.number.in_([1, 2]))
                      .values(is_open=False, **pc.stamp()))
        report = sync_once(pc, link)
        assert report.online and report.rejected == 0, pending(pc, True).rejected
        with db.read() as s:
            assert dict(s.execute(select(Counter.number, Counter.is_open)).all()) == {
                1: False, 2: False, 3: False}
        link.close()
    finally:
        pc.dispose()
        server.stop()
        db.dispose()


# -- 2. references stay inside the office ---------------------------------------------------


def test_a_ticket_at_another_offices_counter_is_refused_and_that_office_works_on(
        two_offices, tmp_path):
    a, b = two_offices
    desk_b = b.device(Role.DESK)
    block = desk_b.lease("A")
    visit = desk_b.visit()
    ticket = desk_b.ticket(visit["id"], block["first_seq"], status="called",
                           counter_id=a.counters[1], called_at=now_iso())
    refused = refusals(desk_b.push(desk_b.change("visits", visit),
                                   desk_b.change("tickets", ticket)))
    assert list(refused) == [ticket["id"]]
    assert (refused[ticket["id"]]["reason"], refused[ticket["id"]]["field"]) == (
        "sync_foreign_reference", "counter_id")

    kiosk_a, counter_a = a.device(Role.KIOSK), a.device(Role.COUNTER)
    at_counter = counter_a.http.get("/queue/counters/1/desk").json()
    assert at_counter["current"] is None
    mine = kiosk_a.issue("A")
    assert counter_a.http.post("/queue/counters/1/call-next").json()["id"] == mine["id"]
    done = counter_a.http.post("/queue/counters/1/finish", json={"outcome": "served"})
    assert done.status_code == 200 and done.json()["id"] == mine["id"]
    # and the office's desk PC pulls all of it
    pc = open_database(f"sqlite:///{tmp_path / 'desk-a.sqlite3'}")
    token = add_device(a.db, a.id, Role.DESK, pc.device_id, "desk a")
    link = ServerLink(a.server.url, token)
    report = sync_once(pc, link)
    assert report.online and report.error is None and report.skipped == 0
    link.close()
    pc.dispose()
    for device in (desk_b, kiosk_a, counter_a):
        device.close()


def test_a_ticket_numbered_in_another_offices_service_is_refused(two_offices):
    a, b = two_offices
    desk_b = b.device(Role.DESK)
    block = desk_b.lease("A")
    visits = [desk_b.visit(), desk_b.visit()]
    tickets = [desk_b.ticket(visits[0]["id"], 2**31 - 1, service_id=a.services["A"],
                             issued_service_id=a.services["A"], number="A1"),
               desk_b.ticket(visits[1]["id"], block["first_seq"], service_id=a.services["A"],
                             issued_service_id=a.services["A"])]
    answer = desk_b.push(*(desk_b.change("visits", v) for v in visits),
                         *(desk_b.change("tickets", t) for t in tickets))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 2
    assert (refused[tickets[0]["id"]]["reason"], refused[tickets[0]["id"]]["field"]) == (
        "sync_bad_row", "seq")
    assert refused[tickets[1]["id"]]["reason"] == "sync_foreign_reference"
    assert refused[tickets[1]["id"]]["field"] in ("service_id", "issued_service_id")
    kiosk_a = a.device(Role.KIOSK)
    assert [kiosk_a.issue("A")["number"] for _ in range(2)] == ["A001", "A002"]
    assert kiosk_a.lease("A")["first_seq"] == 900
    for device in (desk_b, kiosk_a):
        device.close()


def test_a_device_pushes_ticket_numbers_only_from_its_own_blocks(two_offices):
    a, _b = two_offices
    kiosk, other = a.device(Role.KIOSK, "kiosk 1"), a.device(Role.KIOSK, "kiosk 2")
    mine, theirs = kiosk.lease("A", 5), other.lease("A", 5)
    visits = [kiosk.visit() for _ in range(4)]
    tickets = [
        kiosk.ticket(visits[0]["id"], mine["first_seq"]),
        kiosk.ticket(visits[1]["id"], theirs["first_seq"]),
        kiosk.ticket(visits[2]["id"], 5),
        kiosk.ticket(visits[3]["id"], mine["first_seq"] + 1, number="A001"),
    ]
    answer = kiosk.push(*(kiosk.change("visits", v) for v in visits),
                        *(kiosk.change("tickets", t) for t in tickets))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 5
    assert {refused[t["id"]]["reason"] for t in tickets[1:3]} == {"sync_number_not_leased"}
    assert refused[tickets[3]["id"]]["field"] == "number"
    assert tickets[0]["id"] not in refused
    # nor may a desk renumber a ticket the server has
    desk = a.device(Role.DESK)
    again = {**tickets[0], "seq": theirs["first_seq"], "number": f"A{theirs['first_seq']}",
             **desk.stamp()}
    refused = refusals(desk.push(desk.change("tickets", again, op="update",
                                             fields=["seq", "number"])))
    assert refused[again["id"]]["field"] in ("seq", "number")
    for device in (kiosk, other, desk):
        device.close()


def test_another_offices_device_never_writes_into_a_tickets_history(two_offices):
    a, b = two_offices
    kiosk_a, counter_a, desk_b = a.device(Role.KIOSK), a.device(Role.COUNTER), b.device(Role.DESK)
    ticket = kiosk_a.issue("A")
    events = [desk_b.event(ticket["id"], kind="called", actor="B desk"),
              desk_b.event(ticket["id"], kind="finished", actor="B desk", office_id=a.id)]
    refused = refusals(desk_b.push(*(desk_b.change("ticket_events", e) for e in events)))
    assert refused[events[0]["id"]]["reason"] == "sync_foreign_reference"
    assert refused[events[0]["id"]]["field"] == "ticket_id"
    assert refused[events[1]["id"]]["reason"] == "sync_other_office"
    history = counter_a.http.get(f"/queue/tickets/by-number/{ticket['number']}/history")
    assert [(e["kind"], e["actor"]) for e in history.json()] == [("issued", "kiosk")]
    with a.db.read() as s:
        assert s.scalars(select(TicketEvent.office_id)
                         .where(TicketEvent.ticket_id == ticket["id"])).all() == [a.id]
    for device in (kiosk_a, counter_a, desk_b):
        device.close()


def test_every_kind_of_reference_names_a_row_of_the_same_office(two_offices):
    a, b = two_offices
    kiosk_a, desk_b = a.device(Role.KIOSK), b.device(Role.DESK)
    ticket_a = kiosk_a.issue("A")
    series_a = {"id": uuid7(), "office_id": a.id, "series_index": "1-2", "pattern": "{S}/{DN}",
                "name": "", "next_numbers": None, "active": True, **kiosk_a.stamp()}
    insert_rows(a.db, RegisterSeries, series_a)
    entry_a = {
        "id": uuid7(), "office_id": a.id, "direction": "incoming", "series_id": series_a["id"],
        "registry_number": "1-2/1", "year": 2026, "seq": 1,
        "registered_on": datetime.now(UTC).date(),
        "registered_at": datetime.now(UTC), "registered_by": "desk", "document_type": "letter",
        "title": "Kiri", "transmittal": "post", "status": "registered", **kiosk_a.stamp(),
    }
    insert_rows(a.db, RegisterEntry, entry_a)
    insert_rows(a.db, NoticeTemplate, {
        "id": uuid7(), "office_id": a.id, "template_key": "a_only", "version": 1,
        "source": "id = 'a_only'", "saved_by": "admin", "saved_at": datetime.now(UTC),
        "active": True, **kiosk_a.stamp()})
    own_visit = desk_b.visit()
    kiosk_b = b.device(Role.KIOSK)
    ticket_b = kiosk_b.issue("A")
    rows = {
        "visit_id": ("visitor_registrations", desk_b.registration(ticket_a["visit_id"])),
        "ticket_id": ("visitor_registrations",
                      desk_b.registration(own_visit["id"], ticket_id=ticket_a["id"])),
        "counter_id": ("ticket_events", desk_b.event(ticket_b["id"], counter_id=a.counters[2])),
        "series_id": ("register_entries", {
            **{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in entry_a.items()},
            "id": uuid7(), "office_id": b.id, "registered_on": today(), **desk_b.stamp()}),
        "owner_id": ("stored_files", desk_b.stored_file(entry_a["id"])),
    }
    fine = desk_b.registration(own_visit["id"])
    answer = desk_b.push(desk_b.change("visits", own_visit),
                         *(desk_b.change(t, r) for t, r in rows.values()),
                         desk_b.change("visitor_registrations", fine))
    refused = refusals(answer)
    for column, (table, row) in rows.items():
        assert refused[row["id"]]["field"] == column, refused[row["id"]]
        assert refused[row["id"]]["reason"] == "sync_foreign_reference"
        assert refused[row["id"]]["table"] == table
    assert fine["id"] not in refused and own_visit["id"] not in refused
    assert answer.json()["accepted"] == 2
    for device in (kiosk_a, kiosk_b, desk_b):
        device.close()


# -- 5. one bad row never blocks a PC -------------------------------------------------------


def test_one_bad_row_is_refused_alone_with_its_table_row_field_and_reason(two_offices):
    a, _b = two_offices
    desk = a.device(Role.DESK)
    kiosk = a.device(Role.KIOSK)
    ticket = kiosk.issue("A")
    visit = desk.visit()
    bad = {
        "name": ("visitor_registrations", desk.registration(visit["id"], name="Mari \ud800")),
        "notes": ("visitor_registrations", desk.registration(visit["id"], notes="x" * 50_000)),
        "actor": ("ticket_events", desk.event(ticket["id"], actor="desk\x00")),
        "data": ("ticket_events", desk.event(ticket["id"], data={"note": "\udfff"})),
        "file_name": ("stored_files", None),
        "purpose": ("stored_files", None),
    }
    big = desk.access(data={"blob": "x" * 2_000_000})
    nul_json = desk.access(data={"a\x00": 1})
    series = {"id": uuid7(), "office_id": a.id, "series_index": "1-2", "pattern": "{S}/{DN}",
              "name": "", "next_numbers": None, "active": True, **desk.stamp()}
    insert_rows(a.db, RegisterSeries, series)
    entry = {"id": uuid7(), "office_id": a.id, "direction": "incoming",
             "series_id": series["id"], "registry_number": "1-2/1", "year": 2026, "seq": 1,
             "registered_on": datetime.now(UTC).date(), "registered_at": datetime.now(UTC),
             "registered_by": "desk", "document_type": "letter", "title": "Kiri",
             "transmittal": "post", "status": "registered", **desk.stamp()}
    insert_rows(a.db, RegisterEntry, entry)
    bad["file_name"] = ("stored_files",
                        desk.stored_file(entry["id"], file_name="../../etc/passwd"))
    bad["purpose"] = ("stored_files", desk.stored_file(entry["id"], purpose="../evil"))
    last = desk.visit()
    answer = desk.push(desk.change("visits", visit),
                       *(desk.change(t, r) for t, r in bad.values()),
                       desk.change("personal_data_access", big),
                       desk.change("personal_data_access", nul_json),
                       desk.change("visits", last))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 2
    for column, (table, row) in bad.items():
        r = refused[row["id"]]
        assert (r["table"], r["field"], r["reason"]) == (table, column, "sync_bad_row"), r
        assert r["params"]["detail"].startswith(column)
    assert refused[big["id"]]["field"] == refused[nul_json["id"]]["field"] == "data"
    assert "?" not in json.dumps(answer.json()["rejected"])
    with a.db.read() as s:
        got = set(s.scalars(select(Visit.id).where(Visit.id.in_([visit["id"], last["id"]]))))
    assert got == {visit["id"], last["id"]}
    desk.close()
    kiosk.close()


def test_a_pc_keeps_a_refused_row_and_sends_the_rest(two_offices, tmp_path):
    from app.i18n import rejection_text
    from app.store.models import PersonalDataAccess
    from app.store.models import Visit as V

    a, _b = two_offices
    pc = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    link = ServerLink(a.server.url, add_device(a.db, a.id, Role.DESK, pc.device_id, "desk"))
    assert sync_once(pc, link).online
    with pc.write() as s:
        s.add(V(office_id=a.id, arrived_at=datetime.now(UTC)))
        s.add(PersonalDataAccess(office_id=a.id, at=datetime.now(UTC), actor="desk",
                                 action="view", purpose="check-in", legal_basis="law",
                                 data={"pages": ["x" * 1000] * 100}))
        s.add(V(office_id=a.id, arrived_at=datetime.now(UTC)))
    report = sync_once(pc, link)
    assert report.online and report.pushed == 2 and report.rejected == 1
    assert report.waiting == 0
    kept = pending(pc, with_rejections=True).rejected
    assert [(r["table"], r["reason"]) for r in kept] == [
        ("personal_data_access", "sync_bad_row")]
    assert "data" in rejection_text(kept[0], "en") and "JSON" in rejection_text(kept[0], "en")
    link.close()
    pc.dispose()


def test_a_pc_whose_clock_is_ahead_keeps_its_change_and_is_told(two_offices, tmp_path):
    from app.core.clock import HybridLogicalClock
    from app.i18n import rejection_text

    a, _b = two_offices
    pc = open_database(f"sqlite:///{tmp_path / 'fast.sqlite3'}")
    link = ServerLink(a.server.url, add_device(a.db, a.id, Role.DESK, pc.device_id, "desk"))
    assert sync_once(pc, link).online
    pc.clock = HybridLogicalClock(lambda: time.time_ns() // 1_000_000 + 5 * 60_000)
    with pc.write() as s:
        s.execute(update(Counter).where(Counter.number == 2)
                  .values(is_open=False, **pc.stamp()))
    report = sync_once(pc, link)
    assert report.online and report.rejected == 1 and report.clock_ahead_minutes in (5, 6)
    kept = pending(pc, with_rejections=True).rejected
    assert kept[0]["reason"] == "sync_clock_ahead"
    assert "clock is wrong" in rejection_text(kept[0], "en")
    with a.db.read() as s:
        assert s.scalar(select(Counter.is_open).where(Counter.office_id == a.id,
                                                     Counter.number == 2)) is True
    link.close()
    pc.dispose()


def test_text_that_is_not_unicode_is_refused_and_the_answer_can_say_so(two_offices):
    a, _b = two_offices
    desk = a.device(Role.DESK)
    odd_column = {**desk.visit(), "x\ud800": 1}
    first = desk.change("visits", odd_column)
    odd_id = desk.visit()
    second = desk.change("visits", dict(odd_id, id="\ud800"))
    second["row_id"] = odd_id["id"]
    fine = desk.visit()
    answer = desk.push(first, second, desk.change("visits", fine))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 1
    assert {r["reason"] for r in refused.values()} == {"sync_bad_row"}
    assert set(refused) == {odd_column["id"], odd_id["id"]}
    # a change whose table itself is not text is a malformed request, answered as one
    malformed = desk.push({**desk.change("visits", desk.visit()), "table": "visits\ud800"})
    assert malformed.status_code == 422 and malformed.json()["error"] == "bad_request"
    desk.close()


def test_the_contact_journals_references_name_rows_of_the_same_office(two_offices):
    a, b = two_offices
    kiosk_a, desk_b = a.device(Role.KIOSK), b.device(Role.DESK)
    ticket_a = kiosk_a.issue("A")
    topic_a = {"id": uuid7(), "office_id": a.id, "code": "pension", "name_et": "Pension",
               "name_ru": "Pension", "name_en": "Pension", "parent_id": None,
               "service_id": None, "position": 0, "active": True, **kiosk_a.stamp()}
    insert_rows(a.db, ContactTopic, topic_a)

    def contact(**extra):
        row = {"id": uuid7(), "office_id": b.id, "channel": "phone", "topic_id": None,
               "note": "", "outcome": "served", "served_by": "desk", "started_at": now_iso(),
               "ended_at": now_iso(), "lang": "et", "counter_id": None, "ticket_id": None,
               "client_name": "", "client_code": None, "client_organisation": "",
               "client_email": "", "client_phone": "", "retain_until": now_iso(),
               "anonymised_at": None, **desk_b.stamp()}
        row.update(extra)
        return row

    own = contact()
    rows = {
        "topic_id": ("contacts", contact(topic_id=topic_a["id"])),
        "ticket_id": ("contacts", contact(ticket_id=ticket_a["id"])),
    }
    link = {"id": uuid7(), "office_id": b.id, "contact_id": own["id"], "kind": "ticket",
            "registration_id": None, "ticket_id": ticket_a["id"], "register_entry_id": None,
            "issuance_id": None, "label": ticket_a["number"], "linked_at": now_iso(),
            "linked_by": "desk", **desk_b.stamp()}
    answer = desk_b.push(desk_b.change("contacts", own),
                         *(desk_b.change(t, r) for t, r in rows.values()),
                         desk_b.change("contact_links", link))
    refused = refusals(answer)
    for column, (table, row) in rows.items():
        assert (refused[row["id"]]["field"], refused[row["id"]]["table"]) == (column, table)
        assert refused[row["id"]]["reason"] == "sync_foreign_reference"
    assert (refused[link["id"]]["field"], refused[link["id"]]["reason"]) == (
        "ticket_id", "sync_foreign_reference")
    assert own["id"] not in refused and answer.json()["accepted"] == 1
    for device in (kiosk_a, desk_b):
        device.close()


def test_a_counters_opening_names_a_counter_of_the_same_office(two_offices):
    a, b = two_offices
    desk_b = b.device(Role.DESK)
    kiosk = a.device(Role.KIOSK)

    def opening(counter_id):
        return {"id": uuid7(), "office_id": b.id, "counter_id": counter_id, "kind": "opened",
                "at": now_iso(), "actor": "desk", **desk_b.stamp()}

    own, foreign = opening(b.counters[1]), opening(a.counters[1])
    answer = desk_b.push(desk_b.change("counter_events", own),
                         desk_b.change("counter_events", foreign))
    refused = refusals(answer)
    assert list(refused) == [foreign["id"]]
    assert (refused[foreign["id"]]["field"], refused[foreign["id"]]["reason"]) == (
        "counter_id", "sync_foreign_reference")
    # A kiosk may not record a counter's opening at all.
    k_row = {**opening(a.counters[1]), "office_id": a.id, **kiosk.stamp()}
    assert refusals(kiosk.push(kiosk.change("counter_events", k_row)))
    for device in (desk_b, kiosk):
        device.close()
