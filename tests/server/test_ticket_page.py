"""The ticket's page on the visitor's phone over real HTTP: what it shows, how fast a call
reaches it, what a wrong or expired key tells, the stepped-out mark, and the printed QR code
that opens it. (The page in a real browser: test_ticket_page_browser.py.)"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import update

from app.core.errors import Refused
from app.operations import config as cfg
from app.operations import queue as q
from app.operations.context import open_context, staff_actor
from app.operations.printing import issue_and_print
from app.operations.setup import create_demo_office
from app.operations.ticket_page import (
    closing_time,
    find_ticket,
    office_state,
    page_view,
    refresh_tickets,
)
from app.server.app import create_app
from app.server.ticketpage.limits import Limits
from app.store.models import Ticket
from printers.decode import Qr, Text, decode_ops
from tests.server.live import LiveServer

TALLINN = ZoneInfo("Europe/Tallinn")


@pytest.fixture
def office(server_store):
    create_demo_office(server_store, staff_actor())
    ctx = open_context(server_store, staff_actor())
    server = LiveServer(create_app(server_store)).start()
    yield ctx, server
    server.stop()


def page_url(server, ticket, tail: str = "") -> str:
    return f"{server.url}/t/{ticket.page_token}{tail}"


class Events:
    """A phone's server-sent event stream, read on a thread: each view with its arrival."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.views: list[tuple[float, dict]] = []
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=30)
        self.sock.sendall(f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                          "Accept: text/event-stream\r\n\r\n".encode())
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        buffer = b""
        with contextlib.suppress(OSError):
            while chunk := self.sock.recv(65536):
                buffer += chunk
                # Each event is sent whole, between the chunk framing of the response.
                while (match := re.search(rb"data: (.*?)\n\n", buffer)) is not None:
                    self.views.append((time.monotonic(), json.loads(match.group(1))))
                    buffer = buffer[match.end():]

    def wait_for(self, state: str, timeout: float = 5.0) -> tuple[float, dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for at, view in self.views:
                if view.get("state") == state:
                    return at, view
            time.sleep(0.005)
        raise AssertionError(f"no {state!r} view within {timeout} s; got {self.views}")

    def close(self) -> None:
        """Hang up, as a phone closing the page does."""
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(5)


def test_every_ticket_gets_its_own_unguessable_key(office):
    ctx, _server = office
    tickets = [q.issue_ticket(ctx, "A") for _ in range(20)]
    keys = {t.page_token for t in tickets}
    assert len(keys) == 20
    for t in tickets:
        assert re.fullmatch(r"[A-Za-z0-9_-]{22}", t.page_token)
        assert t.number not in t.page_token and t.id.replace("-", "") not in t.page_token


def test_page_shows_number_service_people_ahead_and_the_kiosks_wait_estimate(office):
    ctx, server = office
    q.issue_ticket(ctx, "A")
    q.issue_ticket(ctx, "A")
    ticket = q.issue_ticket(ctx, "A", lang="ru")
    state = httpx.get(page_url(server, ticket, "/state")).json()
    assert state["state"] == "waiting"
    assert state["number"] == ticket.number
    assert state["service"]["ru"] == ticket.service_name("ru")
    # The same people ahead and the same range the kiosk printed on the ticket.
    assert state["ahead"] == ticket.people_ahead == 2
    assert state["wait"] == [ticket.wait_low_min, ticket.wait_high_min]
    page = httpx.get(page_url(server, ticket))
    assert page.status_code == 200
    assert '<html lang="ru">' in page.text
    assert ticket.number in page.text and ticket.service_name("ru") in page.text
    assert "Перед вами: 2" in page.text


def test_page_is_small_self_contained_and_private(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    page = httpx.get(page_url(server, ticket))
    assert len(page.content) < 50 * 1024
    # Nothing is fetched from elsewhere: no script, style or image sources at all.
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page.text)
    assert "http://" not in page.text and "https://" not in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["referrer-policy"] == "no-referrer"
    # The page knows a ticket, never a visitor: no ids of the ticket or its visit.
    assert ticket.id not in page.text and ticket.visit_id not in page.text


def test_language_comes_from_the_kiosk_and_the_link_can_change_it(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "B", lang="en")
    assert '<html lang="en">' in httpx.get(page_url(server, ticket)).text
    estonian = httpx.get(page_url(server, ticket), params={"lang": "et"}).text
    assert '<html lang="et">' in estonian and "Teie number" in estonian


def test_a_call_at_a_counter_reaches_the_open_page_within_a_second(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    events = Events(page_url(server, ticket, "/events"))
    try:
        events.wait_for("waiting")
        called_at = time.monotonic()
        q.call_next(ctx, 1)
        arrived, view = events.wait_for("called")
        assert arrived - called_at < 1.0
        assert view["counter"] == "1" and view["number"] == ticket.number
        q.finish(ctx, 1)
        assert events.wait_for("done")[1]["state"] == "done"
    finally:
        events.close()


def test_a_closed_page_is_forgotten_by_the_server(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    pages = [Events(page_url(server, ticket, "/events")) for _ in range(3)]
    for page in pages:
        page.wait_for("waiting")
    hub = server.app.state.ticket_pages
    assert hub.count() == 3
    for page in pages:
        page.close()
    deadline = time.monotonic() + 5
    while hub.count() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert hub.count() == 0 and hub.offices == {}


def test_people_ahead_count_down_as_others_are_called(office):
    ctx, server = office
    q.issue_ticket(ctx, "A")
    ticket = q.issue_ticket(ctx, "A")
    events = Events(page_url(server, ticket, "/events"))
    try:
        assert events.wait_for("waiting")[1]["ahead"] == 1
        q.call_next(ctx, 1)
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and events.views[-1][1].get("ahead") != 0:
            time.sleep(0.01)
        assert events.views[-1][1]["ahead"] == 0
    finally:
        events.close()


def test_a_reissued_ticket_shows_the_new_number_and_the_page_follows_it(office):
    ctx, server = office
    wrong = q.issue_ticket(ctx, "A")
    q.cancel(ctx, wrong.number, reissue_service="B")
    state = httpx.get(page_url(server, wrong, "/state")).json()
    assert state["state"] == "moved"
    new = next(t for t in q.waiting_tickets(ctx) if t.number == state["new_number"])
    assert new.number.startswith("B") and state["new_token"] == new.page_token
    assert httpx.get(f"{server.url}/t/{state['new_token']}/state").json()["number"] == new.number


def test_a_cancelled_ticket_says_so(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    q.cancel(ctx, ticket.number)
    assert httpx.get(page_url(server, ticket, "/state")).json() == {
        "number": ticket.number, "service": ticket.service_names, "away_minutes": 0,
        "state": "cancelled"}


def test_a_wrong_key_tells_nothing_about_other_tickets(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    for key in ("A001", ticket.id, ticket.page_token[:-1] + "x", "x" * 22, "%2e%2e"):
        answer = httpx.get(f"{server.url}/t/{key}/state")
        assert answer.status_code == 404
        assert answer.json() == {"state": "unknown"}
    page = httpx.get(f"{server.url}/t/{'y' * 22}", params={"lang": "en"})
    assert page.status_code == 404
    assert "There is no ticket at this address" in page.text
    assert ticket.number not in page.text and "Pension" not in page.text


def test_a_key_of_a_past_day_has_expired(office, server_store):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    with server_store.write() as s:
        s.execute(update(Ticket).where(Ticket.id == ticket.id)
                  .values(day=date.today() - timedelta(days=2)))
    answer = httpx.get(page_url(server, ticket, "/state"))
    assert answer.status_code == 410 and answer.json() == {"state": "expired"}
    page = httpx.get(page_url(server, ticket), params={"lang": "en"})
    assert page.status_code == 410 and "This ticket has expired" in page.text
    assert ticket.number not in page.text


ALL_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def test_the_office_closes_at_the_end_of_its_last_hours_that_day():
    monday = date(2026, 12, 7)
    hours = {"mon": ["08:00-12:00", "13:00-16:00"]}
    assert closing_time(monday, hours, TALLINN) == datetime(2026, 12, 7, 16, 0, tzinfo=TALLINN)
    # Closed that day, or no hours at all: the day's end.
    midnight = datetime(2026, 12, 9, 0, 0, tzinfo=TALLINN)
    assert closing_time(date(2026, 12, 8), hours, TALLINN) == midnight
    assert closing_time(date(2026, 12, 8), {}, TALLINN) == midnight


def test_a_key_is_good_until_the_office_closes_that_day(office, server_store):
    ctx, _server = office
    ticket = q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.finish(ctx, 1)
    cfg.update_settings(ctx, {"office.hours": {d: ["08:00-16:00"] for d in ALL_DAYS}})
    day = datetime.now(TALLINN).date()
    four = datetime(day.year, day.month, day.day, 16, 0, tzinfo=TALLINN)
    assert find_ticket(server_store, ticket.page_token, four - timedelta(minutes=1)).ticket
    late = find_ticket(server_store, ticket.page_token, four + timedelta(minutes=1))
    assert late.ticket is None and late.problem == "expired"


def test_an_open_ticket_keeps_its_page_until_the_day_ends(office, server_store):
    ctx, _server = office
    served = q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.finish(ctx, 1)
    waiting = q.issue_ticket(ctx, "A")
    cfg.update_settings(ctx, {"office.hours": {d: ["00:00-00:01"] for d in ALL_DAYS}})
    day = datetime.now(TALLINN).date()
    noon = datetime(day.year, day.month, day.day, 12, 0, tzinfo=TALLINN)
    assert find_ticket(server_store, served.page_token, noon).problem == "expired"
    assert find_ticket(server_store, waiting.page_token, noon).ticket
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=TALLINN)
    assert find_ticket(server_store, waiting.page_token, end).problem == "expired"


def test_keys_are_rate_limited_per_address(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    limits = Limits(misses=5)
    server.app.state.ticket_page_limits = limits
    answers = [httpx.get(f"{server.url}/t/{'z' * 22}/state").status_code for _ in range(7)]
    assert answers[:5] == [404] * 5 and answers[5:] == [429, 429]
    # Even a good key is refused to that address for the rest of the minute.
    refused = httpx.get(page_url(server, ticket, "/state"))
    assert refused.status_code == 429 and refused.headers["retry-after"] == "60"
    assert refused.json() == {"state": "busy"}


def test_limits_count_each_address_apart_and_forget_after_the_window():
    now = [0.0]
    limits = Limits(requests=3, misses=1, window_s=60, clock=lambda: now[0])
    assert [limits.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limits.allow("b")
    limits.missed("b")
    assert not limits.allow("b")
    now[0] = 61.0
    assert limits.allow("a") and limits.allow("b")


def test_stepping_out_is_off_until_the_office_turns_it_on(office):
    ctx, server = office
    ticket = q.issue_ticket(ctx, "A")
    refused = httpx.post(page_url(server, ticket, "/away"), json={"back": False})
    assert refused.status_code == 409 and refused.json()["code"] == "stepping_out_off"
    assert q.waiting_tickets(ctx)[0].away_until is None


def test_a_visitor_who_stepped_out_is_marked_for_the_counter_and_not_a_no_show(office):
    ctx, server = office
    cfg.update_settings(ctx, {"ticket_page.away_minutes": 5})
    ticket = q.issue_ticket(ctx, "A")
    assert httpx.get(page_url(server, ticket, "/state")).json()["away_minutes"] == 5
    before = datetime.now(UTC)
    answer = httpx.post(page_url(server, ticket, "/away"), json={"back": False})
    assert answer.status_code == 200
    until = datetime.fromisoformat(answer.json()["away_until"])
    assert timedelta(minutes=4, seconds=50) < until - before < timedelta(minutes=5, seconds=10)
    (waiting,) = q.waiting_tickets(ctx)
    assert waiting.away_until == until
    called = q.call_next(ctx, 1)
    assert called.number == ticket.number
    with pytest.raises(Refused) as refused:
        q.no_show(ctx, 1)
    assert refused.value.code == "stepped_out"
    back = httpx.post(page_url(server, ticket, "/away"), json={"back": True})
    assert back.status_code == 200
    assert q.no_show(ctx, 1).status == "no_show"
    assert httpx.get(page_url(server, ticket, "/state")).json()["state"] == "missed"


def test_printed_ticket_carries_the_pages_link_only_with_a_public_address(office, tmp_path):
    ctx, server = office
    out = tmp_path / "ticket.bin"
    issue = {"printer_uri": f"file://{out}", "profile": "80mm", "qr": True}
    plain = issue_and_print(ctx, "A", lang="en", **issue)
    assert not [op for op in decode_ops(out.read_bytes()) if isinstance(op, Qr)]
    assert plain.page_token
    cfg.update_settings(ctx, {"ticket_page.address": "https://jarjekord.example.ee/"})
    ctx.cache.clear()
    ticket = issue_and_print(ctx, "A", lang="en", **issue)
    ops = decode_ops(out.read_bytes())
    (qr,) = [op for op in ops if isinstance(op, Qr)]
    assert qr.data == f"https://jarjekord.example.ee/t/{ticket.page_token}"
    assert "Follow your turn on your phone" in [op.text for op in ops if isinstance(op, Text)]
    # The link's key opens this very ticket's page on the server.
    key = qr.data.rsplit("/", 1)[1]
    assert httpx.get(f"{server.url}/t/{key}/state").json()["number"] == ticket.number


def test_reading_the_changed_tickets_gives_the_pages_reading_everything_gives(server_store):
    create_demo_office(server_store, staff_actor())
    ctx = open_context(server_store, staff_actor())
    tickets = [q.issue_ticket(ctx, "ABC"[i % 3]) for i in range(12)]
    state = office_state(server_store, ctx.office_id)
    changed = []
    changed.append(q.call_next(ctx, 1).id)
    changed.append(q.call_next(ctx, 2).id)
    q.finish(ctx, 2)
    cancelled = q.issue_ticket(ctx, "C")
    q.cancel(ctx, cancelled.number, reissue_service="A")
    reissued = next(t for t in q.waiting_tickets(ctx) if t.number.startswith("A")
                    and t.id not in {x.id for x in tickets})
    changed += [cancelled.id, reissued.id]
    state, services, touched = refresh_tickets(server_store, state, set(changed))
    full = office_state(server_store, ctx.office_id)
    for ticket in [*tickets, cancelled, reissued]:
        assert page_view(state, ticket.id) == page_view(full, ticket.id), ticket.number
    assert page_view(state, cancelled.id)["new_number"] == reissued.number
    assert cancelled.id in touched
