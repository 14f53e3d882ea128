"""What the sync endpoints refuse, with a clear reason and nothing stored."""

import httpx
import pytest
from sqlalchemy import func, select

from app.core.errors import ConnectionFailed, Rejected
from app.core.permissions import Role
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.devices.service import add_device
from app.store.db import HEAD
from app.store.models import ChangeLog, Visit
from app.sync.engine import SyncReport, pull


def visit(office_id: str, device_id: str, **extra):
    row = {"id": "01a20000-0000-7000-8000-000000000001", "office_id": office_id,
           "arrived_at": "2026-11-23T08:00:00+00:00", "left_at": None, "hlc": 1 << 20,
           "device_id": device_id, "deleted_at": None}
    row.update(extra)
    return {"seq": 1, "table": "visits", "row_id": row["id"], "op": "insert", "row": row}


def body(pc, *mutations, schema=HEAD):
    return {"schema": schema, "device_id": pc.device_id, "mutations": list(mutations)}


def stored_visits(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Visit))


def test_requests_without_a_valid_token_are_refused(office):
    plain = httpx.post(f"{office.live.url}/sync/push", json={})
    assert plain.status_code == 401
    assert plain.json()["error"] == "unauthenticated"
    bad = httpx.get(f"{office.live.url}/sync/pull", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and "revoked" in bad.json()["message"]


@pytest.mark.parametrize("payload", [
    b"{not json", b"[]", b'{"schema": "0002"}', b'{"schema": 2, "device_id": [], "mutations": 1}',
])
def test_malformed_pushes_get_a_reason_and_store_nothing(office, payload):
    pc, link = office.pc("desk1")
    r = httpx.post(f"{office.live.url}/sync/push", content=payload,
                   headers={"Authorization": f"Bearer {link.token}",
                            "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "bad_request"
    assert r.json()["message"]
    assert stored_visits(office.db) == 0


def test_an_oversized_push_is_refused_with_413(office):
    pc, link = office.pc("desk1")
    r = httpx.post(f"{office.live.url}/sync/push", content=b"x" * (9 * 1024 * 1024),
                   headers={"Authorization": f"Bearer {link.token}"})
    assert r.status_code == 413 and r.json()["error"] == "request_too_large"


def test_an_old_client_is_told_to_upgrade_and_keeps_its_changes(office):
    pc, link = office.pc("desk1")
    with pytest.raises(Rejected) as err:
        link.post("/sync/push", body(pc, visit(office.office_id, pc.device_id), schema="0000"))
    assert err.value.code == "client_too_old"
    r = httpx.get(f"{office.live.url}/sync/pull", params={"schema": "9999"},
                  headers={"Authorization": f"Bearer {link.token}"})
    assert r.status_code == 426 and r.json()["error"] == "client_too_new"
    assert stored_visits(office.db) == 0


def test_the_previous_schema_version_is_still_accepted(office):
    from app.server.store import schema_versions

    pc, link = office.pc("desk1")
    answer = link.post("/sync/push", body(pc, visit(office.office_id, pc.device_id),
                                          schema=schema_versions()[1]))
    assert answer["accepted"] == 1


def test_bad_rows_are_refused_one_by_one_and_the_rest_of_the_batch_is_applied(office):
    pc, link = office.pc("desk1")
    good = visit(office.office_id, pc.device_id)
    wrong_type = visit(office.office_id, pc.device_id, id="01a20000-0000-7000-8000-000000000002",
                       arrived_at=12)
    wrong_type.update(seq=2, row_id=wrong_type["row"]["id"])
    unknown = {"seq": 3, "table": "secrets", "row_id": "x", "op": "insert", "row": {"id": "x"}}
    too_long = visit(office.office_id, "d" * 80, id="01a20000-0000-7000-8000-000000000003")
    too_long.update(seq=4, row_id=too_long["row"]["id"])
    answer = link.post("/sync/push", body(pc, good, wrong_type, unknown, too_long))
    assert answer["accepted"] == 1
    reasons = {r["seq"]: r["reason"] for r in answer["rejected"]}
    assert reasons == {2: "sync_bad_row", 3: "sync_bad_row", 4: "sync_bad_row"}
    assert stored_visits(office.db) == 1


def test_a_device_cannot_write_or_read_another_offices_data(office):
    other_id = create_demo_office(office.db, staff_actor(), code="TARTU")
    pc, link = office.pc("desk1")
    answer = link.post("/sync/push", body(pc, visit(other_id, pc.device_id)))
    assert answer["rejected"][0]["reason"] == "sync_other_office"
    # the other office's device does not see this office's rows
    from app.store.db import open_database

    stranger = open_database(f"sqlite:///{office.tmp_path / 'tartu.sqlite3'}")
    token = add_device(office.db, other_id, Role.DESK, stranger.device_id, "tartu")
    from app.sync.link import ServerLink

    report = SyncReport()
    pull(stranger, ServerLink(office.live.url, token), report)
    with stranger.read() as s:
        from app.store.models import Office

        assert s.scalars(select(Office.code)).all() == ["TARTU"]
    with office.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)
                        .where(ChangeLog.office_id == other_id)) > 0
    stranger.dispose()


def test_a_kiosk_never_receives_visits(office):
    desk, dlink = office.pc("desk1")
    kiosk, klink = office.pc("kiosk1", Role.KIOSK)
    dlink.post("/sync/push", body(desk, visit(office.office_id, desk.device_id)))
    page = klink.get("/sync/pull", after=0, limit=5000)
    assert page["changes"] and {c["table"] for c in page["changes"]} <= {
        "offices", "services", "counters", "counter_services"}
    assert page["last_seq"] == page["head"]
    with pytest.raises(Rejected):
        klink.post("/sync/push", body(desk, visit(office.office_id, desk.device_id)))


def test_a_revoked_or_unknown_token_cannot_sync(office):
    from app.sync.link import ServerLink

    with pytest.raises(ConnectionFailed) as err:
        ServerLink(office.live.url, "made-up").get("/sync/pull")
    assert err.value.code == "unauthenticated"
