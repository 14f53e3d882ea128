"""Visitor data travels between desk and counter PCs through the server, and never reaches a
kiosk or a display, which cannot send any either."""

import pytest
from sqlalchemy import select

from app.core.permissions import Role
from app.operations import visitors as v
from app.operations.context import open_context, staff_actor
from app.store.models import (
    ExpectedVisitor,
    PersonalDataAccess,
    Specialist,
    VisitorRegistration,
    VisitPurpose,
    WatchListEntry,
)
from app.sync.engine import sync_once

VISITOR_TABLES = (VisitorRegistration, ExpectedVisitor, PersonalDataAccess, Specialist,
                  VisitPurpose, WatchListEntry)


def rows(db, model):
    with db.read() as s:
        return list(s.scalars(select(model)))


@pytest.fixture
def registered(office):
    """A desk PC that registered a visitor and synced."""
    desk, link = office.pc("desk1")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    host = v.add_specialist(ctx, "Kati Karu", room="204")
    purpose = v.add_purpose(ctx, "meeting", {"et": "Kohtumine"}, "specialist",
                            specialist_id=host.id)
    v.add_watch_entry(ctx, "Jaan Tamm")
    done = v.register_visit(ctx, v.VisitorForm("Mari Maasikas", "37605030299",
                                               purpose_id=purpose.id))
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    return done


def test_a_registration_reaches_another_desk_pc_with_its_access_log(office, registered):
    other, link = office.pc("counter1", Role.COUNTER)
    assert sync_once(other, link).online
    [row] = rows(other, VisitorRegistration)
    assert (row.name, row.id_code) == ("Mari Maasikas", "37605030299")
    assert [r.action for r in rows(other, PersonalDataAccess)] == ["register"]
    assert len(rows(other, WatchListEntry)) == 1


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_never_receives_visitor_data(office, registered, role):
    device, link = office.pc("device1", role)
    report = sync_once(device, link)
    assert report.online and report.pulled > 0
    for model in VISITOR_TABLES:
        assert rows(device, model) == [], model.__tablename__


def test_a_kiosk_may_not_send_visitor_data(office, registered):
    import json

    from app.store.db import HEAD

    desk = office.pcs[0][0]
    with desk.read() as s:
        row = s.scalars(select(VisitorRegistration)).one()
    with office.db.read() as s:
        before = s.get(VisitorRegistration, row.id).name
    kiosk, link = office.pc("kiosk1", Role.KIOSK)
    sync_once(kiosk, link)
    changed = {c.name: getattr(row, c.name) for c in VisitorRegistration.__table__.columns}
    changed.update(name="Someone Else", hlc=row.hlc + (1 << 30), device_id=kiosk.device_id)
    mutation = {"seq": 1, "table": "visitor_registrations", "row_id": row.id, "op": "update",
                "row": json.loads(json.dumps(changed, default=str))}
    answer = link.post("/sync/push", {"schema": HEAD, "device_id": kiosk.device_id,
                                      "mutations": [mutation]})
    assert [r["reason"] for r in answer["rejected"]] == ["sync_not_allowed"]
    with office.db.read() as s:
        assert s.get(VisitorRegistration, row.id).name == before == "Mari Maasikas"


def test_an_anonymised_visit_leaves_no_personal_data_in_the_servers_change_log(office,
                                                                              registered):
    from datetime import timedelta

    from app.core.clock import utcnow
    from app.store.models import ChangeLog

    desk, link = office.pcs[0]
    ctx = open_context(desk, staff_actor(), clock=lambda: utcnow() + timedelta(days=400))
    assert v.anonymise_expired(ctx) == 1
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    with office.db.read() as s:
        logged = [r.row for r in s.scalars(select(ChangeLog).where(
            ChangeLog.table_name == "visitor_registrations"))]
    assert len(logged) >= 2
    assert not any("Maasikas" in r or "37605030299" in r for r in logged)
    # A PC that pulls the office afresh receives the visit without the person.
    other, other_link = office.pc("desk2")
    assert sync_once(other, other_link).online
    [row] = rows(other, VisitorRegistration)
    assert (row.name, row.id_code, row.anonymised_at is not None) == ("", None, True)
