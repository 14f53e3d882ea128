"""Escalations travel between desk and counter PCs through a real server: the adviser sees
theirs at another PC and closes it there; only the PC that made one sends it; kiosks never
receive any."""

import pytest
from sqlalchemy import select

from app.core.escalation import QUEUED
from app.core.permissions import Role
from app.integrations import escalations as outbox
from app.operations import contacts as c
from app.operations import escalations as e
from app.operations.config import update_settings
from app.operations.context import open_context, staff_actor
from app.store.models import Escalation
from app.sync.engine import sync_once

TARGETS = [{"code": "load", "name": "Ehitusload", "kind": "email",
            "address": "load@linn.example.ee"}]


@pytest.fixture
def escalated(office):
    # the targets are the office's configuration, set at the server by its admin
    update_settings(open_context(office.db, staff_actor()), {"escalation.targets": TARGETS})
    desk, link = office.pc("desk1")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    c.create_demo_topics(ctx)
    call = c.add_contact(ctx, c.ContactForm("phone", "pension", "Ehitusluba viibib"))
    made = e.escalate(ctx, call.id, "load", "Ehitusluba viibib", "", None)
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    return made


def test_an_escalation_is_seen_and_closed_at_another_pc_but_sent_by_its_own(office, escalated):
    counter, link = office.pc("counter1", Role.COUNTER)
    assert sync_once(counter, link).online
    ctx = open_context(counter, staff_actor())
    [mine] = e.my_escalations(ctx)
    assert (mine.id, mine.state) == (escalated.id, QUEUED)
    # the counter PC does not send what the desk PC made
    assert outbox.send_waiting(counter, ctx.office_id, TARGETS, now=ctx.now(),
                               token_for=lambda t: "", force=True) == []
    e.close_escalation(ctx, escalated.id, "phone", note="Helistasin")
    assert sync_once(counter, link).rejected == 0
    desk, desk_link = office.pcs[0]
    assert sync_once(desk, desk_link).online
    row = outbox.escalation(desk, escalated.id)
    assert row.closed_at is not None and row.made_on == desk.device_id
    assert e.my_escalations(open_context(desk, staff_actor())) == []


def test_a_kiosk_never_receives_escalations(office, escalated):
    kiosk, link = office.pc("kiosk1", Role.KIOSK)
    assert sync_once(kiosk, link).online
    with kiosk.read() as s:
        assert list(s.scalars(select(Escalation))) == []


def test_an_anonymised_escalation_leaves_no_client_data_in_the_servers_change_log(office):
    from datetime import timedelta

    from app.core.clock import utcnow
    from app.store.models import ChangeLog

    update_settings(open_context(office.db, staff_actor()), {"escalation.targets": TARGETS})
    desk, link = office.pc("desk1")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    call = c.add_contact(ctx, c.ContactForm("phone", note="Ehitusluba viibib",
                                            client=c.Client("Olga Ivanova", phone="+372 5555")))
    made = e.escalate(ctx, call.id, "load", "Ehitusluba", "Ehitusluba viibib", None,
                      ["name", "phone"])
    assert "Olga Ivanova" in outbox.escalation(desk, made.id).description
    assert sync_once(desk, link).rejected == 0

    def logged():
        with office.db.read() as s:
            return [r.row for r in s.scalars(select(ChangeLog).where(
                ChangeLog.table_name == "escalations"))]

    assert any("Olga Ivanova" in row for row in logged())
    later = open_context(desk, staff_actor(), clock=lambda: utcnow() + timedelta(days=400))
    assert c.anonymise_expired_contacts(later) == 1
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    rows = logged()
    assert rows and not any("Olga" in row or "5555" in row for row in rows)
