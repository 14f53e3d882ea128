"""The office queue host: every queue operation over HTTP gives what it gives on a PC of its
own; a device's role and office limit what it may see and do."""

import dataclasses
import json
import re
from datetime import date, datetime

import httpx
import pytest

from app.cli import main as lett
from app.core.errors import ConnectionFailed, LettError, NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.core.queue import TransferPlace
from app.operations import queue as q
from app.operations.context import open_context
from app.operations.setup import create_demo_office
from app.operations.views import TicketView
from app.store.db import open_database
from app.sync.credentials import save_token
from tests.server.hosts import HostOffice, closed_port_url

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


@pytest.fixture
def office(server_store, tmp_path):
    o = HostOffice(server_store, tmp_path)
    yield o
    o.close()


class Shape:
    """Results with ids and moments replaced by their order of appearance, so two runs of
    the same actions on two stores (made at other moments, with other ids) compare equal."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def __call__(self, value, key: str = ""):
        if key == "page_token" and isinstance(value, str):  # random, like an id
            return self.ids.setdefault(value, f"<key {len(self.ids)}>")
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {"view": type(value).__name__,
                    **{f.name: self(getattr(value, f.name), f.name)
                       for f in dataclasses.fields(value)}}
        if isinstance(value, dict):
            return {k: self(v, k) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self(v) for v in value]
        if isinstance(value, datetime | date) or (isinstance(value, str) and MOMENT.match(value)):
            return "<moment>"
        if isinstance(value, str) and UUID.match(value):
            return self.ids.setdefault(value, f"<id {len(self.ids)}>")
        return value


def every_operation(ctx):
    """Each queue operation, the refusals among them, in an order a day at a counter has."""
    out = []

    def run(op, *args, **kwargs):
        try:
            out.append((op.__name__, op(ctx, *args, **kwargs)))
        except LettError as exc:
            out.append((op.__name__, type(exc).__name__, exc.code, exc.params))

    run(q.office_name)
    run(q.list_services)
    run(q.list_counters)
    run(q.issue_ticket, "A")
    run(q.issue_ticket, "a", "ru", 1)
    run(q.issue_ticket, "B", "en")
    run(q.issue_ticket, "C", source="kiosk", dedupe_seconds=30)
    run(q.issue_ticket, "C", source="kiosk", dedupe_seconds=30)
    run(q.issue_ticket, "Z")
    run(q.queue_overview)
    run(q.waiting_tickets)
    run(q.waiting_tickets, "B")
    run(q.call_next, 1)
    run(q.recall, 1)
    run(q.park, 1)
    run(q.call_next, 1)
    run(q.counter_desk, 1)
    run(q.finish, 1, "referred")
    run(q.finish, 1, "bogus")
    run(q.return_parked, 1, "A002")
    run(q.transfer, 1, to_service="C", place=TransferPlace.FRONT)
    run(q.call_next, 2)
    run(q.no_show, 2)
    run(q.recall, 2)
    run(q.set_counter_open, 3, False)
    run(q.list_counters)
    run(q.cancel, "B001", "A")
    run(q.cancel, "B001")
    spoiled = q.issue_ticket(ctx, "A")
    run(q.void_ticket, spoiled.id, "printer out of paper")
    printed = q.issue_ticket(ctx, "B")
    run(q.record_printed, printed.id, "file:///tickets.escpos", 120)
    run(q.void_ticket, "no-such-ticket", "x")
    run(q.call_next, 99)
    run(q.call_next, 1)
    run(q.recent_calls, 4)
    run(q.ticket_history, "A002")
    run(q.ticket_history, "X999")
    run(q.lease_number_block, "B", 10)
    run(q.waiting_tickets)
    return out


def test_every_operation_over_http_gives_what_it_gives_on_a_pc(office, tmp_path):
    alone = open_database(f"sqlite:///{tmp_path / 'alone.sqlite3'}")
    create_demo_office(alone, Actor("admin", frozenset({Role.ADMIN})))
    local = every_operation(open_context(alone, Actor("Leti 1", frozenset({Role.COUNTER}))))
    remote = every_operation(office.context(Role.COUNTER, "Leti 1"))
    alone.dispose()
    assert Shape()(remote) == Shape()(local)
    name, issued = remote[3]
    assert name == "issue_ticket" and isinstance(issued, TicketView)
    assert issued.arrived_at.tzinfo is not None


def test_lett_queue_json_is_the_same_against_the_host(office, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    alone = tmp_path / "alone"
    connected = tmp_path / "connected"
    assert lett(["--home", str(alone), "demo"]) == 0
    connected.mkdir()
    (connected / "settings.toml").write_text(f'[server]\nurl = "{office.url}"\n')
    save_token(connected, office.token(Role.COUNTER, "Leti 1"))
    commands = [
        ["queue", "issue", "A", "--no-print", "--json"],
        ["queue", "issue", "B", "--priority", "--lang", "ru", "--no-print", "--json"],
        ["queue", "list", "--json"],
        ["queue", "call", "--counter", "1", "--json"],
        ["queue", "transfer", "--counter", "1", "--to-service", "C", "--json"],
        ["queue", "call", "--counter", "2", "--json"],
        ["queue", "finish", "--counter", "2", "--outcome", "referred", "--json"],
        ["queue", "history", "B001", "--json"],
        ["queue", "call", "--counter", "1", "--json"],
    ]
    outputs = {}
    for home in (alone, connected):
        capsys.readouterr()
        for command in commands:
            assert lett(["--home", str(home), *command]) == 0
        out = capsys.readouterr().out.splitlines()
        outputs[home] = [json.loads(line) for line in out]
    # The actor in a ticket's history is the person at the PC, or the device at the host.
    for output in outputs.values():
        for event in output[7]["events"]:
            event.pop("actor")
    assert Shape()(outputs[connected]) == Shape()(outputs[alone])
    assert lett(["--home", str(connected), "queue", "call", "--counter", "1"]) == 1
    assert "Nobody is waiting" in capsys.readouterr().err


def test_a_kiosk_issues_but_may_not_call_or_see_the_queue(office):
    kiosk = office.context(Role.KIOSK, "Kiosk")
    ticket = q.issue_ticket(kiosk, "A", source="kiosk")
    assert ticket.number == "A001"
    assert [s.code for s in q.list_services(kiosk)] == ["A", "B", "C"]
    for op, args in ((q.call_next, (1,)), (q.waiting_tickets, ()), (q.counter_desk, (1,)),
                     (q.ticket_history, ("A001",)), (q.cancel, ("A001",)),
                     (q.set_counter_open, (1, False))):
        with pytest.raises(PermissionDenied) as err:
            op(kiosk, *args)
        assert err.value.code == "permission_denied"


def test_a_display_only_reads_the_calls(office):
    counter = office.context(Role.COUNTER, "Leti 1")
    q.issue_ticket(counter, "A")
    q.call_next(counter, 1)
    display = office.context(Role.DISPLAY, "Screen")
    assert [c.number for c in q.recent_calls(display)] == ["A001"]
    assert [line.service.code for line in q.queue_overview(display)] == ["A", "B", "C"]
    assert q.office_name(display)
    for op, args in ((q.issue_ticket, ("A",)), (q.call_next, (1,)), (q.waiting_tickets, ()),
                     (q.lease_number_block, ("A",)), (q.finish, (1,)),
                     (q.ticket_history, ("A001",))):
        with pytest.raises(PermissionDenied):
            op(display, *args)


def test_refusals_are_answered_with_their_status_and_code(office):
    kiosk = office.token(Role.KIOSK, "Kiosk")
    with httpx.Client(base_url=office.url) as http:
        answer = http.post("/queue/counters/1/call-next",
                           headers={"Authorization": f"Bearer {kiosk}"})
        assert answer.status_code == 403
        assert answer.json()["error"] == "permission_denied"
        answer = http.get("/queue/services")
        assert answer.status_code == 401 and answer.json()["error"] == "unauthenticated"
        answer = http.get("/queue/services", headers={"Authorization": "Bearer forged"})
        assert answer.status_code == 401
        answer = http.post("/queue/tickets", json={"service_code": "A", "lang": "xx"},
                           headers={"Authorization": f"Bearer {kiosk}"})
        assert answer.status_code == 422 and answer.json()["error"] == "bad_request"


def test_a_device_of_one_office_cannot_see_or_change_another_offices_tickets(office):
    a = office.context(Role.COUNTER, "Leti 1")
    issued = [q.issue_ticket(a, code) for code in "AAB"]
    q.call_next(a, 1)
    other = office.office("OTHER")
    b = office.context(Role.COUNTER, "Leti 1", office_id=other)
    assert q.waiting_tickets(b) == []
    assert all(line.waiting == 0 for line in q.queue_overview(b))
    assert q.recent_calls(b) == []
    assert q.counter_desk(b, 1).current is None
    with pytest.raises(Refused) as err:
        q.call_next(b, 1)
    assert err.value.code == "queue_empty"
    for op, args in ((q.void_ticket, (issued[1].id, "x")),
                     (q.record_printed, (issued[1].id, "file:///x", 1)),
                     (q.cancel, ("A002",)), (q.ticket_history, ("A002",))):
        with pytest.raises(NotFound):
            op(b, *args)
    assert q.lease_number_block(b, "A").first_seq == 900
    # office A's queue is as it was
    assert [t.number for t in q.waiting_tickets(a)] == ["A002", "B001"]
    assert q.counter_desk(a, 1).current.number == "A001"
    assert q.issue_ticket(a, "A").number == "A003"


def test_without_the_host_a_counter_is_told_and_nothing_changes(office, tmp_path):
    counter = office.context(Role.COUNTER, "Leti 1")
    q.issue_ticket(counter, "A")
    counter.host = office.host(office.token(Role.COUNTER, "Leti 2"), url=closed_port_url())
    with pytest.raises(ConnectionFailed) as err:
        q.call_next(counter, 1)
    assert err.value.code == "host_unreachable"
    assert "cannot be reached" in str(err.value)
    with pytest.raises(ConnectionFailed):
        q.waiting_tickets(counter)
    with office.db.read() as s:
        from app.store.models import Ticket

        assert [t.status for t in s.query(Ticket)] == ["waiting"]
