"""The counters' busiest calls, answered in front of the framework (app.server.queue.hot),
answer exactly what the framework's endpoints answer, successes and refusals alike; requests
they do not read plainly go on to the framework."""

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from app.core.permissions import Role
from app.operations import queue as q
from app.server.queue import hot
from tests.server.hosts import HostOffice
from tests.server.test_queue_host import Shape


@pytest.fixture
def office(server_store, tmp_path):
    o = HostOffice(server_store, tmp_path)
    yield o
    o.close()


def both_ways(http: httpx.Client, method: str, path: str, token: str | None):
    """The answer in front of the framework, then the same request through the framework (a
    query string the endpoints do not read sends it there)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return (http.request(method, path, headers=headers),
            http.request(method, path, params={"via": "framework"}, headers=headers))


def answered(response: httpx.Response):
    return response.status_code, response.headers["content-type"], Shape()(response.json())


def test_each_counter_call_answers_as_its_endpoint(office, monkeypatch):
    """Counter 1 works in front of the framework, counter 3 through it, on the same line:
    each step answers the same (but for the ticket's number, id and moments)."""
    token = office.token(Role.COUNTER, "Leti")
    desk = office.context(Role.DESK, "Registratuur")
    for _ in range(6):
        q.issue_ticket(desk, "A")
    used = []
    for key, operation in list(hot.OPERATIONS.items()):
        monkeypatch.setitem(hot.OPERATIONS, key,
                            lambda ctx, n, op=operation, key=key: used.append(key) or op(ctx, n))
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=office.url, headers=headers) as http:
        for method, action in (("POST", "call-next"), ("POST", "recall"), ("GET", "desk"),
                               ("POST", "park"), ("GET", "desk"), ("POST", "call-next"),
                               ("POST", "no-show"), ("POST", "call-next")):
            fast = http.request(method, f"/queue/counters/1/{action}")
            framework = http.request(method, f"/queue/counters/3/{action}",
                                     params={"via": "framework"})
            assert fast.status_code == framework.status_code == 200, (action, fast.text)
            assert fast.headers["content-type"] == framework.headers["content-type"]
            mine, theirs = fast.json(), framework.json()
            for answer, counter in ((mine, 1), (theirs, 3)):
                assert str(counter) in repr(answer)  # the counter's own label and number
            assert canonical(mine, "1") == canonical(theirs, "3"), action
    assert used == [("POST", "call-next"), ("POST", "recall"), ("GET", "desk"),
                    ("POST", "park"), ("GET", "desk"), ("POST", "call-next"),
                    ("POST", "no-show"), ("POST", "call-next")]


def canonical(answer, counter: str):
    """The answer with what differs between the two counters' tickets taken out: the
    ticket's own number, place in the line and page key, and the counter's number, label and
    description."""
    if isinstance(answer, dict):
        return {k: "<counter>" if "counter" in k and str(v) == counter else canonical(v, counter)
                for k, v in answer.items()
                if k not in ("id", "number", "seq", "queue_key", "people_ahead", "page_token")
                and not k.startswith("wait_") and not (k == "counter" and isinstance(v, dict))}
    if isinstance(answer, list):
        return [canonical(v, counter) for v in answer]
    return Shape()(answer)


def test_refusals_are_the_same_in_front_of_the_framework(office):
    kiosk = office.token(Role.KIOSK, "Kiosk")
    counter = office.token(Role.COUNTER, "Leti 1")
    with httpx.Client(base_url=office.url) as http:
        for token, path, status, code in (
            (None, "/queue/counters/1/call-next", 401, "unauthenticated"),
            ("forged", "/queue/counters/1/call-next", 401, "unauthenticated"),
            (kiosk, "/queue/counters/1/call-next", 403, "permission_denied"),
            (kiosk, "/queue/counters/1/recall", 403, "permission_denied"),
            (counter, "/queue/counters/99/call-next", 404, "unknown_counter"),
            (counter, "/queue/counters/1/call-next", 409, "queue_empty"),
            (counter, "/queue/counters/1/recall", 409, None),
        ):
            fast, framework = both_ways(http, "POST", path, token)
            assert answered(fast) == answered(framework), path
            assert fast.status_code == status
            if code:
                assert fast.json()["error"] == code


def test_what_it_does_not_read_plainly_goes_on_to_the_framework(office, monkeypatch):
    token = office.token(Role.COUNTER, "Leti 1")
    seen = []
    monkeypatch.setitem(hot.OPERATIONS, ("POST", "call-next"),
                        lambda ctx, n: seen.append(n) or q.call_next(ctx, n))
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=office.url, headers=headers) as http:
        # a counter number out of the endpoints' range, or no number: the framework's 422
        for path in (f"/queue/counters/{2**31}/call-next", "/queue/counters/x/call-next"):
            answer = http.post(path)
            assert answer.status_code == 422 and answer.json()["error"] == "bad_request"
        # a body, an action it does not answer, a method the path does not have
        assert http.post("/queue/counters/1/call-next", json={"x": 1}).status_code == 409
        assert http.post("/queue/counters/1/finish").status_code == 422
        assert http.get("/queue/counters/1/call-next").status_code == 405
        assert http.post("/queue/counters/1/desk").status_code == 405
        assert seen == []
        assert http.post("/queue/counters/1/call-next").status_code == 409
        assert seen == [1]


def test_a_failure_inside_is_a_500_and_logged(office, monkeypatch, caplog):
    token = office.token(Role.COUNTER, "Leti 1")

    def broken(ctx, number):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(hot.OPERATIONS, ("POST", "call-next"), broken)
    with caplog.at_level(logging.ERROR, logger="lett.server"), \
            httpx.Client(base_url=office.url) as http:
        answer = http.post("/queue/counters/1/call-next",
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 500 and answer.text == "Internal Server Error"
    assert "disk on fire" in caplog.text and "/queue/counters/1/call-next" in caplog.text


def test_an_offices_calls_take_turns_and_other_offices_do_not_wait(office, monkeypatch):
    """At most AT_ONCE_PER_OFFICE of an office's queue-changing calls run at once; another
    office's calls run beside them, and readings never wait."""
    lock = threading.Lock()
    running: dict[str, int] = {}
    most: dict[str, int] = {}

    def slow_call(ctx, number):
        with lock:
            running[ctx.office_id] = running.get(ctx.office_id, 0) + 1
            most[ctx.office_id] = max(most.get(ctx.office_id, 0), running[ctx.office_id])
        time.sleep(0.1)
        with lock:
            running[ctx.office_id] -= 1
        return q.counter_desk(ctx, number)

    monkeypatch.setitem(hot.OPERATIONS, ("POST", "recall"), slow_call)
    monkeypatch.setitem(hot.OPERATIONS, ("GET", "desk"), slow_call)
    other = office.office("OTHER")
    tokens = {office.office_id: office.token(Role.COUNTER, "Leti 1"),
              other: office.token(Role.COUNTER, "Leti 1", office_id=other)}

    def ask(office_id: str, method: str, action: str) -> int:
        with httpx.Client(base_url=office.url, timeout=30) as http:
            return http.request(method, f"/queue/counters/1/{action}",
                                headers={"Authorization": f"Bearer {tokens[office_id]}"}
                                ).status_code

    with ThreadPoolExecutor(24) as pool:
        asks = [pool.submit(ask, o, "POST", "recall") for o in tokens for _ in range(10)]
        assert [a.result() for a in asks] == [200] * 20
    assert most == {office_id: hot.AT_ONCE_PER_OFFICE for office_id in tokens}
    most.clear()
    with ThreadPoolExecutor(12) as pool:
        asks = [pool.submit(ask, office.office_id, "GET", "desk") for _ in range(10)]
        assert [a.result() for a in asks] == [200] * 10
    assert most[office.office_id] > hot.AT_ONCE_PER_OFFICE
