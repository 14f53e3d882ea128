"""A template version an admin saves at one desk PC is kept at the server, as that admin, and
used for new notices at another PC after its sync; withdrawing it reaches that PC the same way.
No PC may send a template row by sync, and kiosks and displays receive none (templates are the
desk's configuration: a kiosk prints tickets, never notices). Against a real `lett server` on
SQLite and on PostgreSQL."""

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.core.errors import ConnectionFailed, PermissionDenied, Refused
from app.core.permissions import Role
from app.operations import notice_templates as nt
from app.operations import notices
from app.operations.context import open_context, staff_actor
from app.store.models import AdminChange, NoticeTemplate, Outbox
from app.sync.engine import pending
from app.sync.worker import sync_local
from tests.documents.notice_values import VALUES
from tests.documents.pdf_checks import pdf_text
from tests.sync import test_central_admin as admin_tests
from tests.sync.test_central_admin import ADMIN_PASSWORD, DESK_PASSWORD, rows, signed_in

# The office's accounts made at the server, and desk PCs connected to it.
central = admin_tests.central
pcs = admin_tests.pcs


def retitled(template, en):
    return replace(template, titles={**template.titles, "en": en})


def test_a_version_saved_at_one_pc_is_used_for_issuing_at_another(office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    built_in = nt.get_template(admin, "notice")
    saved = nt.save_template(admin, retitled(built_in, "NOTIFICATION"))
    assert (saved.key, saved.version, saved.saved_by, saved.current) == (
        "notice", 2, "mari", True)

    # kept at the server, recorded as mari's, and already in this PC's store
    kept = rows(office.db, NoticeTemplate)
    assert [(r.template_key, r.version, r.saved_by, r.active) for r in kept] == [
        ("notice", 2, "mari", True)]
    assert {c.actor for c in rows(office.db, AdminChange)
            if c.table_name == "notice_templates"} == {"mari"}
    assert rows(one.db, Outbox) == []
    assert nt.get_template(open_context(one.db, staff_actor()), "notice").version == 2

    # the other PC issues with version 2 after its sync
    assert sync_local(two).online
    there = open_context(two.db, staff_actor())
    assert nt.get_template(there, "notice").titles["en"] == "NOTIFICATION"
    made = notices.issue_notice(there, "notice", "en", VALUES["notice"])
    assert made.template_version == 2
    assert "NOTIFICATION" in pdf_text(notices.notice_pdf(there, made.id)[1])

    # withdrawn at the first PC: the other issues with the built-in version again
    withdrawn = nt.set_template_active(admin, "notice", 2, False)
    assert (withdrawn.active, withdrawn.current) == (False, False)
    assert sync_local(two).online
    assert notices.issue_notice(there, "notice", "en", VALUES["notice"]).template_version == 1
    assert nt.get_template(there, "notice", 2).titles["en"] == "NOTIFICATION"
    assert sync_local(one).rejected == 0 and pending(one.db).rejections == 0
    assert sync_local(two).rejected == 0 and pending(two.db).rejections == 0


def test_a_refused_template_and_a_desk_person_change_nothing_at_the_server(office, pcs):
    one = pcs("desk1")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    t = nt.get_template(admin, "certificate")
    with pytest.raises(Refused) as err:
        nt.save_template(admin, replace(t, bodies={**t.bodies, "ru": t.bodies["ru"] + " {x}"}))
    assert err.value.code == "template_unknown_placeholder"
    assert err.value.params == {"language": "русский", "placeholder": "x"}
    desk = signed_in(one, "jaan", DESK_PASSWORD)
    with pytest.raises(PermissionDenied):
        nt.save_template(desk, t)
    with pytest.raises(PermissionDenied):
        nt.set_template_active(desk, "certificate", 1, False)
    assert rows(office.db, NoticeTemplate) == []


def test_without_a_session_at_the_server_nothing_is_saved(office, pcs):
    one = pcs("desk1")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    admin.staff = None
    with pytest.raises(ConnectionFailed) as err:
        nt.save_template(admin, nt.get_template(admin, "notice"))
    assert err.value.code == "staff_session_missing"
    assert rows(office.db, NoticeTemplate) == [] and rows(one.db, NoticeTemplate) == []


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_kiosks_and_displays_receive_no_templates(office, pcs, role):
    one = pcs("desk1")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    nt.save_template(admin, retitled(nt.get_template(admin, "notice"), "NOTIFICATION"))
    device = pcs("device1", role)
    assert sync_local(device).online
    assert rows(device.db, NoticeTemplate) == []


@pytest.mark.parametrize("role", [Role.DESK, Role.COUNTER, Role.KIOSK])
def test_no_device_may_send_a_template_row(office, pcs, role):
    from app.store.db import HEAD
    from app.sync.credentials import load_token
    from app.sync.link import ServerLink

    one = pcs("desk1")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    nt.save_template(admin, retitled(nt.get_template(admin, "notice"), "NOTIFICATION"))
    device = pcs("pc2", role)
    kept = rows(office.db, NoticeTemplate)[0]
    changed = {c.name: getattr(kept, c.name) for c in NoticeTemplate.__table__.columns}
    changed.update(active=False, hlc=kept.hlc + (1 << 30), device_id=device.db.device_id)
    made = {**changed, "id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "version": 9}
    link = ServerLink(office.live.url, load_token(device.home))
    try:
        answer = link.post("/sync/push", {
            "schema": HEAD, "device_id": device.db.device_id, "mutations": [
                {"seq": 1, "table": "notice_templates", "row_id": kept.id, "op": "update",
                 "row": json.loads(json.dumps(changed, default=str))},
                {"seq": 2, "table": "notice_templates", "row_id": made["id"], "op": "insert",
                 "row": json.loads(json.dumps(made, default=str))}]})
    finally:
        link.close()
    assert [r["reason"] for r in answer["rejected"]] == ["sync_not_allowed"] * 2
    with office.db.read() as s:
        assert [(r.version, r.active) for r in s.scalars(select(NoticeTemplate))] == [(2, True)]


def test_two_admins_saving_at_once_get_two_versions(office):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    ctx = open_context(office.db, staff_actor())
    base = nt.get_template(ctx, "notice")
    start = threading.Barrier(4, timeout=60)

    def save(n):
        start.wait()
        return nt.save_template(ctx, retitled(base, f"VERSION {n}")).version

    with ThreadPoolExecutor(4) as pool:
        versions = sorted(pool.map(save, range(4)))
    assert versions == [2, 3, 4, 5]
    assert sorted(r.version for r in rows(office.db, NoticeTemplate)) == [2, 3, 4, 5]


def test_versions_once_saved_as_files_at_a_connected_pc_are_taken_in_at_the_server(
        office, pcs):
    import tomli_w

    from app.documents.templates import template_data

    one, two = pcs("desk1"), pcs("desk2")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    folder = one.home / "templates"
    folder.mkdir()
    base = nt.get_template(admin, "certificate")
    (folder / "certificate.v2.toml").write_text(tomli_w.dumps(template_data(replace(
        retitled(base, "ATTESTATION"), version=2))), "utf-8")
    made = nt.import_saved_files(admin, one.home)
    assert [(v.key, v.version, v.saved_by) for v in made] == [("certificate", 2, "mari")]
    assert [r.template_key for r in rows(office.db, NoticeTemplate)] == ["certificate"]
    assert sync_local(two).online
    assert nt.get_template(open_context(two.db, staff_actor()), "certificate").titles[
        "en"] == "ATTESTATION"
    assert (one.home / "templates-imported" / "certificate.v2.toml").exists()
