"""Staff accounts at the operation layer: argon2id hashes, lock-out, password change and reset,
admin-only management with every change recorded, and roles enforced on every operation."""

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.core.accounts import LOCK_DURATION, MAX_FAILED_ATTEMPTS, MIN_PASSWORD_LENGTH
from app.core.errors import NotFound, PermissionDenied, Refused
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations import queue as q
from app.store.models import AdminChange, StaffAccount

PASSWORD = "kevad-2026-lumi"


@pytest.fixture
def admin(ctx):
    """The office's first admin, made by the local administrator, signed in."""
    acc.create_account(ctx, "mari", "Mari Maasikas", [Role.ADMIN], PASSWORD,
                       must_change_password=False)
    return replace(ctx, actor=acc.sign_in(ctx, "mari", PASSWORD).actor)


def account_row(ctx, user):
    with ctx.db.read() as s:
        return s.scalars(select(StaffAccount).where(StaffAccount.user_name == user)).one()


def test_the_store_keeps_an_argon2id_hash_never_the_password(admin):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool")
    row = account_row(admin, "jaan")
    assert row.password_hash.startswith("$argon2id$")
    assert "esimene-parool" not in row.password_hash
    with admin.db.read() as s:
        for change in s.scalars(select(AdminChange)):
            assert "esimene-parool" not in f"{change.old_value}{change.new_value}"
            assert "$argon2" not in f"{change.old_value}{change.new_value}"


def test_sign_in_gives_the_accounts_roles_and_a_wrong_password_is_refused(admin):
    acc.create_account(admin, "Jaan", "Jaan Tamm", "desk,counter", "esimene-parool",
                       must_change_password=False)
    signed = acc.sign_in(admin, " JAAN ", "esimene-parool")
    assert signed.actor.name == "jaan"
    assert signed.actor.roles == {Role.DESK, Role.COUNTER}
    assert not signed.must_change_password
    with pytest.raises(Refused) as err:
        acc.sign_in(admin, "jaan", "vale-parool-1")
    assert err.value.code == "sign_in_failed"
    with pytest.raises(Refused) as err:
        acc.sign_in(admin, "nobody", "vale-parool-1")
    assert err.value.code == "sign_in_failed"  # the same answer: no hint which names exist


def test_repeated_failures_lock_the_account_until_a_stated_time(admin, clock):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool",
                       must_change_password=False)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(Refused) as err:
            acc.sign_in(admin, "jaan", "vale-parool-1")
        assert err.value.code == "sign_in_failed"
    with pytest.raises(Refused) as err:
        acc.sign_in(admin, "jaan", "vale-parool-1")
    # 08:00 UTC is 10:00 in Tallinn; locked for 15 minutes
    assert err.value.code == "account_locked"
    assert err.value.params["until"] == "10:15"
    assert "10:15" in err.value.english()
    clock.advance(minutes=10)
    with pytest.raises(Refused) as err:  # even the right password waits for the lock to end
        acc.sign_in(admin, "jaan", "esimene-parool")
    assert err.value.code == "account_locked"
    clock.advance(seconds=LOCK_DURATION.total_seconds() - 10 * 60)
    assert acc.sign_in(admin, "jaan", "esimene-parool").actor.name == "jaan"
    row = account_row(admin, "jaan")
    assert row.failed_attempts == 0 and row.locked_until is None


def test_a_password_change_needs_the_old_password_and_a_long_enough_new_one(admin):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool",
                       must_change_password=False)
    jaan = replace(admin, actor=acc.sign_in(admin, "jaan", "esimene-parool").actor)
    with pytest.raises(Refused) as err:
        acc.change_password(jaan, "vale-parool-1", "teine-parool-22")
    assert err.value.code == "wrong_password"
    with pytest.raises(Refused) as err:
        acc.change_password(jaan, "esimene-parool", "x" * (MIN_PASSWORD_LENGTH - 1))
    assert err.value.code == "password_too_short"
    acc.change_password(jaan, "esimene-parool", "teine-parool-22")
    with pytest.raises(Refused):
        acc.sign_in(admin, "jaan", "esimene-parool")
    assert acc.sign_in(admin, "jaan", "teine-parool-22").actor.name == "jaan"


def test_an_admin_reset_unlocks_and_the_user_must_change_the_password(admin):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool",
                       must_change_password=False)
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(Refused):
            acc.sign_in(admin, "jaan", "vale-parool-1")
    acc.reset_password(admin, "jaan", "ajutine-parool")
    signed = acc.sign_in(admin, "jaan", "ajutine-parool")
    assert signed.must_change_password
    jaan = replace(admin, actor=signed.actor)
    acc.change_password(jaan, "ajutine-parool", "minu-oma-parool")
    assert not acc.sign_in(admin, "jaan", "minu-oma-parool").must_change_password


def test_a_desk_user_is_refused_at_the_operation_layer(admin):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool",
                       must_change_password=False)
    desk = replace(admin, actor=acc.sign_in(admin, "jaan", "esimene-parool").actor)
    q.issue_ticket(desk, "A", "et")  # the desk's own work is allowed
    for attempt in (
        lambda: q.call_next(desk, 1),
        lambda: acc.create_account(desk, "kati", "Kati", "admin", "kati-parool-1"),
        lambda: acc.set_roles(desk, "jaan", "admin"),
        lambda: acc.reset_password(desk, "mari", "ülevõtmise-parool"),
        lambda: acc.deactivate(desk, "mari"),
        lambda: acc.list_accounts(desk),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert account_row(admin, "jaan").roles == "desk"


def test_admin_changes_are_recorded_with_old_and_new_values(admin, clock):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool")
    clock.advance(minutes=1)
    acc.set_roles(admin, "jaan", [Role.DESK, Role.COUNTER])
    acc.reset_password(admin, "jaan", "ajutine-parool")
    acc.deactivate(admin, "jaan")
    changes = [(c.actor, c.field, c.old, c.new) for c in acc.account_changes(admin, "jaan")]
    assert changes[:6] == [
        ("mari", "user_name", None, "jaan"),
        ("mari", "display_name", None, "Jaan Tamm"),
        ("mari", "roles", None, "desk"),
        ("mari", "must_change_password", None, "true"),
        ("mari", "active", None, "true"),
        ("mari", "password", None, None),
    ]
    assert changes[6:] == [
        ("mari", "roles", "desk", "desk,counter"),
        ("mari", "password", None, None),
        ("mari", "active", "true", "false"),
    ]
    assert acc.account_changes(admin, "jaan")[6].at == clock()


def test_a_switched_off_account_cannot_sign_in(admin):
    acc.create_account(admin, "jaan", "Jaan Tamm", "desk", "esimene-parool",
                       must_change_password=False)
    acc.deactivate(admin, "jaan")
    with pytest.raises(Refused) as err:
        acc.sign_in(admin, "jaan", "esimene-parool")
    assert err.value.code == "account_inactive"


def test_the_last_admin_keeps_the_admin_role(admin):
    with pytest.raises(Refused) as err:
        acc.set_roles(admin, "mari", "desk")
    assert err.value.code == "last_admin"
    with pytest.raises(Refused):
        acc.deactivate(admin, "mari")
    acc.create_account(admin, "kati", "Kati Kask", "admin", "kati-parool-1")
    assert acc.set_roles(admin, "mari", "desk").roles == {Role.DESK}


def test_bad_account_values_are_refused_with_their_reason(admin):
    for args, code in (
        (("mari", "Mari", "admin", "pikk-parool-1"), "account_exists"),
        (("ja an", "Jaan", "desk", "pikk-parool-1"), "bad_user_name"),
        (("jaan", "Jaan", "kiosk", "pikk-parool-1"), "unknown_role"),
        (("jaan", "Jaan", "", "pikk-parool-1"), "no_roles"),
        (("jaan", "Jaan", "desk", "lühike"), "password_too_short"),
    ):
        with pytest.raises(Refused) as err:
            acc.create_account(admin, *args)
        assert err.value.code == code
    with pytest.raises(NotFound):
        acc.set_roles(admin, "nobody", "desk")


def test_an_office_without_accounts_says_how_to_make_the_first(ctx):
    with pytest.raises(Refused) as err:
        acc.sign_in(ctx, "mari", PASSWORD)
    assert err.value.code == "no_accounts"
