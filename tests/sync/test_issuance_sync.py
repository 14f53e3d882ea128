"""The issuance register travels between desk and counter PCs through the server, and never
reaches a kiosk or a display, which cannot send any either."""

import json

import pytest
from sqlalchemy import select

from app.core.permissions import Role
from app.operations import notices
from app.operations.context import open_context, staff_actor
from app.store.models import Issuance
from app.sync.engine import sync_once
from tests.documents.notice_values import VALUES


def rows(db):
    with db.read() as s:
        return list(s.scalars(select(Issuance)))


@pytest.fixture
def issued(office):
    """A desk PC that issued a notice and a copy of it, and synced."""
    desk, link = office.pc("desk1")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    made = notices.issue_notice(ctx, "certificate", "et", VALUES["certificate"])
    notices.reprint_notice(ctx, made.id)
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    return made


def test_the_register_reaches_a_counter_pc(office, issued):
    counter, link = office.pc("counter1", Role.COUNTER)
    assert sync_once(counter, link).online
    got = sorted(rows(counter), key=lambda r: r.is_copy)
    assert [(r.registry_number, r.is_copy) for r in got] == [
        (issued.registry_number, False), (issued.registry_number, True)]
    assert got[1].copy_of_id == got[0].id
    assert got[0].pdf_sha256 == issued.pdf_sha256


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_never_receives_the_register(office, issued, role):
    device, link = office.pc("device1", role)
    report = sync_once(device, link)
    assert report.online and report.pulled > 0
    assert rows(device) == []


def test_a_kiosk_may_not_send_an_issuance(office, issued):
    from app.store.db import HEAD

    kiosk, link = office.pc("kiosk1", Role.KIOSK)
    sync_once(kiosk, link)
    with office.db.read() as s:
        row = s.get(Issuance, issued.id)
        changed = {c.name: getattr(row, c.name) for c in Issuance.__table__.columns}
    changed.update(recipient="Someone Else", hlc=row.hlc + (1 << 30),
                   device_id=kiosk.device_id)
    mutation = {"seq": 1, "table": "issuances", "row_id": row.id, "op": "update",
                "row": json.loads(json.dumps(changed, default=str))}
    answer = link.post("/sync/push", {"schema": HEAD, "device_id": kiosk.device_id,
                                      "mutations": [mutation]})
    assert [r["reason"] for r in answer["rejected"]] == ["sync_not_allowed"]
    with office.db.read() as s:
        assert s.get(Issuance, issued.id).recipient == "Jüri Šmidt"


def test_a_notice_that_did_not_print_reaches_the_others_as_not_delivered(office):
    import uuid

    from app.core.errors import LettError

    desk, link = office.pc("desk2")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    made = notices.issue_notice(ctx, "notice", "et", VALUES["notice"], "posted")
    assert sync_once(desk, link).rejected == 0  # the server has it as posted first
    with pytest.raises(LettError):
        notices.print_notice(ctx, made.id, printer=f"lett-missing-{uuid.uuid4().hex[:8]}")
    assert sync_once(desk, link).rejected == 0
    counter, counter_link = office.pc("counter2", Role.COUNTER)
    assert sync_once(counter, counter_link).online
    [row] = rows(counter)
    assert row.delivery == "not_posted"
    with office.db.read() as s:
        assert s.get(Issuance, made.id).delivery == "not_posted"
