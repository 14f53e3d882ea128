"""Bringing back a no-show and undoing call next at the office's queue host, over HTTP: as on
a PC of its own, and nothing for a device of another office or of the wrong role."""

import httpx
import pytest

from app.core.errors import NotFound, PermissionDenied, Refused
from app.core.permissions import Role
from app.operations import queue as q
from tests.server.hosts import HostOffice


@pytest.fixture
def office(server_store, tmp_path):
    o = HostOffice(server_store, tmp_path)
    yield o
    o.close()


def test_a_counter_brings_back_a_no_show_and_undoes_a_call_through_the_host(office):
    a = office.context(Role.COUNTER, "Leti 1")
    for _ in range(3):
        q.issue_ticket(a, "A")
    assert q.call_next(a, 1).number == "A001"
    q.no_show(a, 1)
    assert [t.number for t in q.no_shows_today(a)] == ["A001"]
    back = q.bring_back(a, "A001")
    assert back.status == "waiting"
    assert [t.number for t in q.waiting_tickets(a)] == ["A001", "A002", "A003"]
    with pytest.raises(Refused) as err:
        q.bring_back(a, "A001")
    assert err.value.code == "not_a_no_show"
    assert "not a no-show" in str(err.value)

    assert q.call_next(a, 1).number == "A001"
    assert q.call_next(a, 1).number == "A002"  # finishes A001
    at_counter = q.undo_call_next(a, 1, "A002")
    assert at_counter.number == "A001" and at_counter.status == "called"
    assert q.counter_desk(a, 1).current.number == "A001"
    assert [t.number for t in q.waiting_tickets(a)] == ["A002", "A003"]
    history = [e["kind"] for e in q.ticket_history(a, "A002")]
    assert history[-2:] == ["called", "call_undone"]
    with pytest.raises(Refused) as err:
        q.undo_call_next(a, 1, "A002")  # already undone
    assert err.value.code == "undo_changed"


def test_another_offices_device_can_neither_bring_back_nor_undo(office):
    a = office.context(Role.COUNTER, "Leti 1")
    q.issue_ticket(a, "A")
    q.issue_ticket(a, "A")
    q.call_next(a, 1)
    q.no_show(a, 1)
    q.call_next(a, 1)  # A002 at counter 1
    b = office.context(Role.COUNTER, "Leti 1", office_id=office.office("OTHER"))
    assert q.no_shows_today(b) == []
    with pytest.raises(NotFound):
        q.bring_back(b, "A001")
    with pytest.raises(NotFound):
        q.undo_call_next(b, 1, "A002")
    kiosk = office.context(Role.KIOSK, "Kiosk")
    for op, args in ((q.bring_back, ("A001",)), (q.undo_call_next, (1, "A002")),
                     (q.no_shows_today, ())):
        with pytest.raises(PermissionDenied):
            op(kiosk, *args)
    # Office A's tickets are as they were.
    assert [t.number for t in q.no_shows_today(a)] == ["A001"]
    assert q.counter_desk(a, 1).current.number == "A002"


def test_bad_requests_are_refused_and_change_nothing(office):
    a = office.context(Role.COUNTER, "Leti 1")
    q.issue_ticket(a, "A")
    q.call_next(a, 1)
    token = office.token(Role.COUNTER, "Leti 2")
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=office.url, headers=auth) as http:
        for body in ({"number": "A" * 10_000}, {"number": "A0\x0001"}, {},
                     {"number": "A001", "extra": 1}):
            answer = http.post("/queue/counters/1/undo-call", json=body)
            assert answer.status_code == 422, body
        answer = http.post("/queue/counters/1/undo-call", content=b"\xff\xfe{",
                           headers={"Content-Type": "application/json"})
        assert answer.status_code == 422
        answer = http.post("/queue/tickets/by-number/A001/bring-back")
        assert answer.status_code == 409 and answer.json()["error"] == "not_a_no_show"
        answer = http.post("/queue/tickets/by-number/%01A/bring-back")
        assert answer.status_code == 422
        answer = http.post("/queue/counters/99/undo-call", json={"number": "A001"})
        assert answer.status_code == 404
    assert q.counter_desk(a, 1).current.number == "A001"
