"""The contact journal travels between desk and counter PCs through a real server, and never
reaches a kiosk or a display, which cannot send any either."""

import json

import pytest
from sqlalchemy import select

from app.core.permissions import Role
from app.operations import contacts as c
from app.operations.context import open_context, staff_actor
from app.store.db import HEAD
from app.store.models import Contact, ContactLink, ContactTopic, PersonalDataAccess
from app.sync.engine import sync_once

CODE = "37605030299"
CONTACT_TABLES = (ContactTopic, Contact, ContactLink)


def rows(db, model):
    with db.read() as s:
        return list(s.scalars(select(model)))


@pytest.fixture
def recorded(office):
    """A desk PC whose admin set up topics and whose adviser took a call, synced."""
    desk, link = office.pc("desk1")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    c.create_demo_topics(ctx)
    call = c.start_contact(ctx, "phone", "pension-abroad", "ru")
    c.link_contact(ctx, call.id, "ticket", "0" * 36, "A001")
    c.update_contact(ctx, call.id, c.ContactForm(
        "phone", "pension-abroad", "Soome pension", lang="ru",
        client=c.Client("Olga Ivanova", CODE, email="olga@example.ee")))
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    return call


def test_a_contact_reaches_the_counter_pc_and_its_end_comes_back(office, recorded):
    counter, link = office.pc("counter1", Role.COUNTER)
    assert sync_once(counter, link).online
    assert len(rows(counter, ContactTopic)) == len(c.DEMO_TOPICS)
    [row] = rows(counter, Contact)
    assert (row.client_name, row.client_code, row.note) == ("Olga Ivanova", CODE,
                                                            "Soome pension")
    assert row.ended_at is None
    assert [x.label for x in rows(counter, ContactLink)] == ["A001"]
    assert [r.action for r in rows(counter, PersonalDataAccess)] == ["register"]
    ctx = open_context(counter, staff_actor())
    c.end_contact(ctx, recorded.id, outcome="referred")
    assert sync_once(counter, link).rejected == 0
    desk, desk_link = office.pcs[0]
    assert sync_once(desk, desk_link).online
    [back] = rows(desk, Contact)
    assert back.outcome == "referred" and back.ended_at is not None
    assert back.client_name == "Olga Ivanova"


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_never_receives_contacts(office, recorded, role):
    device, link = office.pc("device1", role)
    report = sync_once(device, link)
    assert report.online and report.pulled > 0
    for model in CONTACT_TABLES:
        assert rows(device, model) == [], model.__tablename__


def test_a_kiosk_may_not_send_a_contact(office, recorded):
    desk = office.pcs[0][0]
    with desk.read() as s:
        row = s.scalars(select(Contact)).one()
    kiosk, link = office.pc("kiosk1", Role.KIOSK)
    sync_once(kiosk, link)
    changed = {col.name: getattr(row, col.name) for col in Contact.__table__.columns}
    changed.update(note="changed", hlc=row.hlc + (1 << 30), device_id=kiosk.device_id)
    mutation = {"seq": 1, "table": "contacts", "row_id": row.id, "op": "update",
                "row": json.loads(json.dumps(changed, default=str))}
    answer = link.post("/sync/push", {"schema": HEAD, "device_id": kiosk.device_id,
                                      "mutations": [mutation]})
    assert [r["reason"] for r in answer["rejected"]] == ["sync_not_allowed"]
    with office.db.read() as s:
        assert s.get(Contact, row.id).note == "Soome pension"


def test_an_anonymised_contact_leaves_no_client_data_in_the_servers_change_log(office,
                                                                              recorded):
    from datetime import timedelta

    from app.core.clock import utcnow
    from app.store.models import ChangeLog

    desk, link = office.pcs[0]
    ctx = open_context(desk, staff_actor(), clock=lambda: utcnow() + timedelta(days=400))
    assert c.anonymise_expired_contacts(ctx) == 1
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    with office.db.read() as s:
        logged = [r.row for r in s.scalars(select(ChangeLog).where(
            ChangeLog.table_name == "contacts"))]
    assert logged and not any("Olga" in row or CODE in row for row in logged)
