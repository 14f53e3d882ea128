"""Escalations pushed to a real server over HTTP (on SQLite and on PostgreSQL) as a hostile or
mistaken device would push them: naming another office's contact, claiming another PC made
it, moving one to another PC, too long a description, from a kiosk. Each is refused alone,
with the field named; an adviser closing an escalation at another PC of the office is taken."""

from datetime import UTC, datetime

from sqlalchemy import select

from app.core.ids import uuid7
from app.core.permissions import Role
from app.store.models import Contact, Escalation
from tests.server.test_sync_hostile import (  # noqa: F401  (fixtures)
    insert_rows,
    now_iso,
    refusals,
    server,
    store_url,
    two_offices,
)


def escalation(device, **extra):
    row = {"id": uuid7(), "office_id": device.office.id, "made_on": device.id,
           "contact_id": "", "target": "it", "summary": "Printer", "description": "",
           "promised_on": None, "created_by": "mari", "created_at": now_iso(),
           "state": "queued", "attempts": 0, "last_attempt_at": None, "last_error": "",
           "issue_key": "", "issue_url": "", "linked": False, "status": "",
           "status_category": "", "resolution": "", "assignee": "", "updated_at": None,
           "followed_at": None, "closed_at": None, **device.stamp()}
    row.update(extra)
    return row


def test_escalations_are_refused_alone_for_what_they_get_wrong(two_offices):  # noqa: F811
    a, b = two_offices
    desk_a, desk_b = a.device(Role.DESK), b.device(Role.DESK)
    counter_b, kiosk_b = b.device(Role.COUNTER), b.device(Role.KIOSK)
    now = datetime.now(UTC)
    contact_a = {"id": uuid7(), "office_id": a.id, "channel": "phone", "topic_id": None,
                 "note": "", "outcome": "served", "served_by": "desk", "started_at": now,
                 "ended_at": now, "lang": "et", "counter_id": None, "ticket_id": None,
                 "client_name": "Mari", "client_code": None, "client_organisation": "",
                 "client_email": "", "client_phone": "", "retain_until": now,
                 "anonymised_at": None, **desk_a.stamp()}
    insert_rows(a.db, Contact, contact_a)
    own = escalation(desk_b)
    foreign = escalation(desk_b, contact_id=contact_a["id"])
    claimed = escalation(desk_b, made_on=counter_b.id)
    huge = escalation(desk_b, description="x" * 20_001)
    answer = desk_b.push(*(desk_b.change("escalations", r) for r in (own, foreign, claimed,
                                                                     huge)))
    refused = refusals(answer)
    assert answer.json()["accepted"] == 1 and own["id"] not in refused
    assert (refused[foreign["id"]]["reason"], refused[foreign["id"]]["field"]) == (
        "sync_foreign_reference", "contact_id")
    assert (refused[claimed["id"]]["reason"], refused[claimed["id"]]["field"]) == (
        "sync_bad_row", "made_on")
    assert (refused[huge["id"]]["reason"], refused[huge["id"]]["field"]) == (
        "sync_bad_row", "description")

    # another PC of the office closes it, but cannot take it over
    closed = {**own, "closed_at": now_iso(), **counter_b.stamp()}
    taken = {**own, "made_on": counter_b.id, **counter_b.stamp()}
    answer = counter_b.push(counter_b.change("escalations", taken, "update", ["made_on"]))
    assert [(r["reason"], r["field"]) for r in answer.json()["rejected"]] == [
        ("sync_bad_row", "made_on")]
    answer = counter_b.push(counter_b.change("escalations", closed, "update", ["closed_at"]))
    assert answer.json()["accepted"] == 1, answer.text
    with b.db.read() as s:
        row = s.get(Escalation, own["id"])
        assert row.made_on == desk_b.id and row.closed_at is not None
        assert s.scalars(select(Escalation).where(Escalation.id.in_(
            [foreign["id"], claimed["id"], huge["id"]]))).all() == []

    # a kiosk sends none
    answer = kiosk_b.push(kiosk_b.change("escalations", escalation(kiosk_b)))
    assert [r["reason"] for r in answer.json()["rejected"]] == ["sync_not_allowed"]
    for device in (desk_a, desk_b, counter_b, kiosk_b):
        device.close()
