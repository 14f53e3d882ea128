"""Devices and trust over real HTTP: a one-time code becomes a device token; tokens are
checked on every request; revoked and unknown tokens are refused with a reason."""

import contextlib
import re
import threading
import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from app.core.clock import utcnow
from app.core.errors import ConnectionFailed
from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations.context import staff_actor
from app.server.app import MAX_BODY_BYTES
from app.server.deps import AUTH_TTL_S, token_hash
from app.server.devices.service import (
    code_hash,
    create_enrollment,
    normalise_code,
    revoke_device,
)
from app.server.offices.service import add_office
from app.store.models import Device, Enrollment
from app.sync.link import ServerLink


@pytest.fixture
def office(server_store):
    return add_office(server_store, staff_actor(), "TLN", "Tallinna teenindusbüroo", demo=True)


def enroll(url, code, device_id=None, name="Lett 1"):
    return httpx.post(f"{url}/devices/enroll",
                      json={"code": code, "device_id": device_id or uuid7(), "name": name})


def me(url, token):
    return httpx.get(f"{url}/devices/me", headers={"Authorization": f"Bearer {token}"})


def refused_within(url, token, seconds=AUTH_TTL_S + 3):
    """The answer to the first request with `token` that is refused, waiting out the
    server's short memory of tokens."""
    deadline = time.monotonic() + seconds
    while True:
        answer = me(url, token)
        if answer.status_code != 200 or time.monotonic() > deadline:
            return answer
        time.sleep(0.1)


def assert_refused(answer, status, code):
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["error"] == code
    assert body["message"]  # a reason a person can read
    return body


def test_enroll_then_the_token_says_who_the_device_is(server_store, live_server, office):
    made = create_enrollment(server_store, "tln", Role.COUNTER)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", made.code)
    device_id = uuid7()
    with contextlib.closing(ServerLink(live_server.url)) as link:
        done = link.post("/devices/enroll", {"code": made.code, "device_id": device_id,
                                             "name": "Teeninduslett 1"})
    assert (done["device_id"], done["role"], done["name"]) == (device_id, "counter",
                                                               "Teeninduslett 1")
    assert done["office"] == {"id": office.id, "code": "TLN",
                              "name": "Tallinna teenindusbüroo", "timezone": "Europe/Tallinn"}
    with contextlib.closing(ServerLink(live_server.url, done["token"])) as link:
        who = link.get("/devices/me")
    assert (who["device_id"], who["role"], who["office"]["code"]) == (device_id, "counter", "TLN")
    assert who["last_seen_at"] is not None

    # Only hashes are kept: neither the code nor the token is in the store.
    with server_store.read() as s:
        device = s.get_one(Device, device_id)
        enrollment = s.scalars(select(Enrollment)).one()
    assert device.token_hash == token_hash(done["token"])
    assert enrollment.code_hash == code_hash(normalise_code(made.code))
    assert (enrollment.device_id, enrollment.used_at is not None) == (device_id, True)
    with server_store.read_connection() as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM devices").all()
                    + conn.exec_driver_sql("SELECT * FROM enrollments").all())
    assert done["token"] not in dump and normalise_code(made.code) not in dump


def test_a_code_is_read_the_way_a_person_types_it(server_store, live_server, office):
    code = create_enrollment(server_store, "TLN", Role.KIOSK).code
    # Lower case, spaces instead of the dash, and O for 0 / I or L for 1 where they occur.
    typed = code.replace("-", " ").lower().replace("0", "o").replace("1", "l")
    answer = enroll(live_server.url, typed)
    assert answer.status_code == 200, answer.text
    assert answer.json()["role"] == "kiosk"


def test_a_code_works_once(server_store, live_server, office):
    code = create_enrollment(server_store, "TLN", Role.DESK).code
    assert enroll(live_server.url, code).status_code == 200
    assert_refused(enroll(live_server.url, code), 401, "enrollment_invalid")
    check = httpx.post(f"{live_server.url}/devices/enroll/check", json={"code": code})
    assert_refused(check, 401, "enrollment_invalid")


def test_two_pcs_racing_for_one_code_get_one_token(server_store, live_server, office):
    code = create_enrollment(server_store, "TLN", Role.DESK).code
    answers = []
    start = threading.Barrier(6, timeout=60)

    def claim():
        start.wait()
        answers.append(enroll(live_server.url, code).status_code)

    threads = [threading.Thread(target=claim) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(answers) == [200] + [401] * 5
    with server_store.read() as s:
        assert len(s.scalars(select(Device)).all()) == 1


def test_an_expired_code_is_refused(server_store, live_server, office):
    code = create_enrollment(server_store, "TLN", Role.DESK, valid=timedelta(minutes=60),
                             now=utcnow() - timedelta(minutes=61)).code
    assert_refused(enroll(live_server.url, code), 401, "enrollment_invalid")
    check = httpx.post(f"{live_server.url}/devices/enroll/check", json={"code": code})
    assert_refused(check, 401, "enrollment_invalid")


@pytest.mark.parametrize("code", ["ABCD-EFGH", "ABCD", "not a code at all", "ÄÄÄÄ-ÖÖÖÖ", ""])
def test_a_wrong_code_is_refused_and_changes_nothing(server_store, live_server, office, code):
    answer = enroll(live_server.url, code)
    assert answer.status_code in (401, 422), answer.text
    assert answer.json()["error"] in ("enrollment_invalid", "bad_request")
    with server_store.read() as s:
        assert s.scalars(select(Device)).all() == []


def test_check_tells_the_office_and_role_and_leaves_the_code_unused(
    server_store, live_server, office
):
    code = create_enrollment(server_store, "TLN", Role.DISPLAY).code
    for _ in range(2):
        with contextlib.closing(ServerLink(live_server.url)) as link:
            offer = link.post("/devices/enroll/check", {"code": code})
        assert (offer["role"], offer["office"]["id"]) == ("display", office.id)
    assert enroll(live_server.url, code).status_code == 200


def test_enrolling_again_replaces_the_token(server_store, live_server, office):
    device_id = uuid7()
    first = enroll(live_server.url, create_enrollment(server_store, "TLN", Role.DESK).code,
                   device_id, name="Infolett").json()
    assert me(live_server.url, first["token"]).status_code == 200
    revoke_device(server_store, device_id)
    second = enroll(live_server.url, create_enrollment(server_store, "TLN", Role.COUNTER).code,
                    device_id, name="").json()
    assert second["token"] != first["token"]
    assert second["name"] == "Infolett"  # no name given: the device keeps its name
    assert_refused(refused_within(live_server.url, first["token"]), 401, "unauthenticated")
    who = me(live_server.url, second["token"])
    assert who.status_code == 200 and who.json()["role"] == "counter"
    with server_store.read() as s:
        devices = s.scalars(select(Device)).all()
    assert [(d.id, d.revoked_at) for d in devices] == [(device_id, None)]


def test_revoking_stops_the_token(server_store, live_server, office):
    token = enroll(live_server.url, create_enrollment(server_store, "TLN", Role.DESK).code,
                   ).json()["token"]
    assert me(live_server.url, token).status_code == 200
    device_id = me(live_server.url, token).json()["device_id"]
    revoked = revoke_device(server_store, device_id)
    assert revoked.revoked_at is not None
    body = assert_refused(refused_within(live_server.url, token), 401, "unauthenticated")
    assert "revoked" in body["params"]["detail"]
    # Revoking again keeps the first time.
    assert revoke_device(server_store, device_id).revoked_at == revoked.revoked_at


def test_a_device_can_revoke_itself(server_store, live_server, office):
    token = enroll(live_server.url, create_enrollment(server_store, "TLN", Role.DESK).code,
                   ).json()["token"]
    answer = httpx.delete(f"{live_server.url}/devices/me",
                          headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 204
    assert_refused(me(live_server.url, token), 401, "unauthenticated")


@pytest.mark.parametrize("headers, reason", [
    ({}, "no device token given"),
    ({"Authorization": "Bearer"}, "no device token given"),
    ({"Authorization": "Basic dXNlcjpwYXNz"}, "no device token given"),
    ({"Authorization": "Bearer not-a-token"}, "unknown or revoked device token"),
])
def test_requests_without_a_valid_token_are_refused_with_a_reason(
    live_server, headers, reason
):
    answer = httpx.get(f"{live_server.url}/devices/me", headers=headers)
    body = assert_refused(answer, 401, "unauthenticated")
    assert body["params"]["detail"] == reason
    assert reason in body["message"]


def test_the_link_turns_a_refusal_back_into_the_error(live_server):
    link = ServerLink(live_server.url, "wrong")
    with contextlib.closing(link), pytest.raises(ConnectionFailed) as err:
        link.get("/devices/me")
    assert err.value.code == "unauthenticated"


@pytest.mark.parametrize("content, headers, status", [
    (b'{"code": "ABCD-EFGH", "device_id": ', {"Content-Type": "application/json"}, 422),
    (b"[1, 2, 3]", {"Content-Type": "application/json"}, 422),
    (b'{"code": 12345678, "device_id": "x", "name": ["a"]}',
     {"Content-Type": "application/json"}, 422),
    (b'{"code": "@CODE@", "device_id": "@ID@", "name": "a\\u0000b"}',
     {"Content-Type": "application/json"}, 422),
    (b'{"code": "@CODE@", "device_id": "@ID@", "name": "' + b"x" * 201 + b'"}',
     {"Content-Type": "application/json"}, 422),
    (b"code=@CODE@", {"Content-Type": "application/x-www-form-urlencoded"}, 422),
    (b'{"code": "@CODE@", "device_id": "@ID@", "pad": "' + b"x" * (MAX_BODY_BYTES + 1) + b'"}',
     {"Content-Type": "application/json"}, 413),
])
def test_bad_requests_are_refused_with_a_reason_and_nothing_is_stored(
    server_store, live_server, office, content, headers, status
):
    code = create_enrollment(server_store, "TLN", Role.DESK).code
    content = content.replace(b"@CODE@", code.encode()).replace(b"@ID@", uuid7().encode())
    answer = httpx.post(f"{live_server.url}/devices/enroll", content=content, headers=headers,
                        timeout=30)
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["error"] in ("bad_request", "request_too_large")
    assert body["message"]
    with server_store.read() as s:
        assert s.scalars(select(Device)).all() == []
        assert s.scalars(select(Enrollment.used_at)).one() is None
    # The code is still good for a proper request.
    assert enroll(live_server.url, code).status_code == 200


def test_an_oversized_body_without_a_length_is_refused(server_store, live_server, office):
    def chunks():
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b"x" * 65536

    answer = httpx.post(f"{live_server.url}/devices/enroll", content=chunks(),
                        headers={"Content-Type": "application/json"}, timeout=30)
    assert_refused(answer, 413, "request_too_large")


def test_an_unknown_path_and_a_wrong_method_answer_in_json(live_server):
    missing = httpx.get(f"{live_server.url}/devices/nobody")
    assert (missing.status_code, missing.json()["error"]) == (404, "bad_request")
    wrong = httpx.get(f"{live_server.url}/devices/enroll")
    assert (wrong.status_code, wrong.json()["error"]) == (405, "bad_request")


def test_made_up_tokens_do_not_pile_up_in_the_servers_memory(server_store, monkeypatch):
    from app.server import deps

    monkeypatch.setattr(deps, "MAX_REMEMBERED", 5)
    monkeypatch.setattr(deps, "AUTH_TTL_S", 0.0)
    auth = deps.Authenticator(server_store)
    for n in range(50):
        with pytest.raises(ConnectionFailed):
            auth.device(f"made-up-{n}")
    assert len(auth._seen) <= 6


def test_a_code_of_another_office_cannot_take_over_a_working_device(server_store):
    from app.core.errors import Refused
    from app.core.permissions import Role
    from app.operations.context import staff_actor
    from app.operations.setup import create_demo_office
    from app.server.devices.service import create_enrollment, enroll

    db = server_store
    create_demo_office(db, staff_actor(), code="TLN")
    create_demo_office(db, staff_actor(), code="TRT")
    device = "01a20000-0000-7000-8000-0000000000aa"
    enroll(db, create_enrollment(db, "TLN", Role.COUNTER).code, device, "tallinn")
    thief = create_enrollment(db, "TRT", Role.COUNTER).code
    with pytest.raises(Refused) as err:
        enroll(db, thief, device, "tartu")
    assert err.value.code == "device_in_other_office"
