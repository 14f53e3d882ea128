"""Staff accounts are office configuration: they come down to desk and counter PCs, so staff
sign in while the server is away, and never reach a kiosk or a display. A staff PC sends up
only its count of wrong passwords, so a lock-out holds across the office."""

import pytest
from sqlalchemy import select, update

from app.core.accounts import MAX_FAILED_ATTEMPTS
from app.core.errors import Refused
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations.context import open_context, staff_actor
from app.store.models import AdminChange, StaffAccount
from app.sync.engine import pending, sync_once

PASSWORD = "kevad-2026-lumi"


@pytest.fixture
def central(office):
    """The server's own store, where the admin manages the office's accounts."""
    ctx = open_context(office.db, staff_actor())
    acc.create_account(ctx, "mari", "Mari Maasikas", "admin", PASSWORD,
                       must_change_password=False)
    acc.create_account(ctx, "jaan", "Jaan Tamm", "desk,counter", "esimene-parool",
                       must_change_password=False)
    return ctx


def rows(db, model):
    with db.read() as s:
        return list(s.scalars(select(model)))


def test_accounts_come_down_to_a_desk_pc_and_sign_in_works_there(office, central):
    pc, link = office.pc("desk1")
    assert sync_once(pc, link).online
    assert sorted(a.user_name for a in rows(pc, StaffAccount)) == ["jaan", "mari"]
    link.close()  # the server is away: the PC still knows its staff
    signed = acc.sign_in(open_context(pc, staff_actor()), "jaan", "esimene-parool")
    assert signed.actor.roles == {Role.DESK, Role.COUNTER}


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_never_receives_accounts(office, central, role):
    device, link = office.pc("device1", role)
    report = sync_once(device, link)
    assert report.online and report.pulled > 0
    assert rows(device, StaffAccount) == [] and rows(device, AdminChange) == []


def test_wrong_passwords_at_a_pc_lock_the_account_at_the_server(office, central):
    pc, link = office.pc("desk1")
    sync_once(pc, link)
    ctx = open_context(pc, staff_actor())
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(Refused):
            acc.sign_in(ctx, "jaan", "vale-parool-1")
    report = sync_once(pc, link)
    assert report.online and report.rejected == 0
    jaan = next(a for a in rows(office.db, StaffAccount) if a.user_name == "jaan")
    assert jaan.failed_attempts == MAX_FAILED_ATTEMPTS and jaan.locked_until is not None
    other, other_link = office.pc("desk2")
    sync_once(other, other_link)
    with pytest.raises(Refused) as err:
        acc.sign_in(open_context(other, staff_actor()), "jaan", "esimene-parool")
    assert err.value.code == "account_locked"


def test_a_desk_pc_cannot_change_roles_or_passwords_by_sync(office, central):
    pc, link = office.pc("desk1")
    sync_once(pc, link)
    # a PC whose store was tampered with: it gives jaan the admin role and a new password
    with pc.write() as s:
        s.execute(update(StaffAccount).where(StaffAccount.user_name == "jaan")
                  .values(roles="admin", **pc.stamp()))
    ctx = open_context(pc, staff_actor())
    acc.reset_password(ctx, "jaan", "ülevõtmise-parool")
    report = sync_once(pc, link)
    assert report.rejected >= 2
    reasons = {r["reason"] for r in pending(pc, with_rejections=True).rejected}
    assert reasons == {"sync_not_allowed"}
    jaan = next(a for a in rows(office.db, StaffAccount) if a.user_name == "jaan")
    assert jaan.roles == "desk,counter"
    server = open_context(office.db, staff_actor())
    assert acc.sign_in(server, "jaan", "esimene-parool").actor.roles == {Role.DESK, Role.COUNTER}


def test_live_events_of_accounts_reach_staff_pcs_only():
    from app.core.permissions import Actor
    from app.server.live.feed import readable_tables

    for role in (Role.KIOSK, Role.DISPLAY):
        heard = readable_tables(Actor(str(role), frozenset({role})))
        assert heard is not None and not heard & {"staff_accounts", "admin_changes"}
    assert readable_tables(Actor("desk", frozenset({Role.DESK}))) is None  # everything
