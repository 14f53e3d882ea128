"""Configuration and staff accounts change at the server on a connected PC: an admin at a
desk PC signs in there too, each change runs at the server as that person (their roles
checked there), and comes down to every PC of the office by sync. Against a real `lett server`
on SQLite and on PostgreSQL."""

from dataclasses import replace

import httpx
import pytest
from sqlalchemy import select, update

from app import i18n
from app.core.accounts import MAX_FAILED_ATTEMPTS
from app.core.errors import ConnectionFailed, Invalid, PermissionDenied, Refused
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations import config
from app.operations.bootstrap import open_local
from app.operations.config import CounterSpec, ServiceSpec
from app.operations.context import open_context, staff_actor
from app.server.devices.service import add_device, revoke_device
from app.store.models import AdminChange, Outbox, Service, StaffAccount, StaffSession
from app.sync.credentials import load_token, save_token
from app.sync.engine import pending
from app.sync.host import hosted_context
from app.sync.staff import STAFF_HEADER, sign_in, sign_in_context
from app.sync.staff import StaffSession as Session
from app.sync.worker import sync_local

ADMIN_PASSWORD = "kevad-2026-lumi"
DESK_PASSWORD = "esimene-parool"
NEW_SERVICE = ServiceSpec("D", "Dokumendid", "Документы", "Documents", colour="#aa5500",
                          target_wait_min=20)


@pytest.fixture
def central(office):
    """The office's accounts, made at the server."""
    ctx = open_context(office.db, staff_actor())
    acc.create_account(ctx, "mari", "Mari Maasikas", "admin", ADMIN_PASSWORD,
                       must_change_password=False)
    acc.create_account(ctx, "jaan", "Jaan Tamm", "desk,counter", DESK_PASSWORD,
                       must_change_password=False)
    return ctx


def connected_pc(office, name, role=Role.DESK):
    """A PC's data folder connected to the office's server, as `lett connect` leaves it, with
    the office's configuration and accounts synced down."""
    home = office.tmp_path / name
    local = open_local(home)
    token = add_device(office.db, office.office_id, role, local.db.device_id, name)
    save_token(home, token)
    local.settings.set("server.url", office.live.url)
    local.settings.save()
    assert sync_local(local).online
    office.locals.append(local)
    return local


@pytest.fixture
def pcs(office, central):
    office.locals = []
    yield lambda name, role=Role.DESK: connected_pc(office, name, role)
    for local in office.locals:
        local.close()


def signed_in(local, user, password):
    """What the staff window does: sign in here and at the server, then work in the window's
    context (the queue host, and the person's session at the server)."""
    signed = sign_in(local)(sign_in_context(local), user, password)
    ctx = hosted_context(local, signed.actor)
    ctx.staff = signed.session
    return ctx


def rows(db, model, *where):
    with db.read() as s:
        return list(s.scalars(select(model).where(*where)))


def server_account(office, user):
    return rows(office.db, StaffAccount, StaffAccount.user_name == user)[0]


def test_an_admins_changes_run_at_the_server_and_reach_another_pc(office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    assert ctx.staff is not None and ctx.staff.account.user_name == "mari"

    saved = config.save_service(ctx, NEW_SERVICE)
    assert saved == NEW_SERVICE
    settings = config.update_settings(ctx, {"display.calls_shown": 9})
    assert settings["display.calls_shown"] == 9
    made = acc.create_account(ctx, "liis", "Liis Lepp", "desk", "liisi-parool-1")
    assert (made.user_name, made.roles, made.must_change_password) == (
        "liis", frozenset({Role.DESK}), True)
    counter = config.save_counter(ctx, CounterSpec(7, "Leti 7", "7", ("A", "D")))
    assert counter.services == ("A", "D")

    # at the server, recorded as mari's
    assert rows(office.db, Service, Service.code == "D")[0].name_et == "Dokumendid"
    assert {c.actor for c in rows(office.db, AdminChange)
            if c.row_id == server_account(office, "liis").id} == {"mari"}
    # already in this PC's store, nothing refused or waiting
    here = open_context(one.db, staff_actor())
    assert config.office_config(here).settings["display.calls_shown"] == 9
    assert [s.code for s in config.office_config(here).services][-1] == "D"
    assert rows(one.db, Outbox) == []
    assert sync_local(one).rejected == 0 and pending(one.db).rejections == 0

    # and at the other PC after its sync
    assert sync_local(two).online
    there = open_context(two.db, staff_actor())
    other = config.office_config(there)
    assert other.settings["display.calls_shown"] == 9
    assert NEW_SERVICE in other.services
    assert CounterSpec(7, "Leti 7", "7", ("A", "D")) in other.counters
    liis = acc.sign_in(there, "liis", "liisi-parool-1")
    assert liis.actor.roles == {Role.DESK} and liis.must_change_password


def test_office_fields_logo_removal_and_a_whole_configuration_go_through_the_server(
        office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with pytest.raises(Invalid) as bad_logo:
        config.update_office(ctx, logo=b"GIF89a" + png)
    assert (bad_logo.value.code, bad_logo.value.params["field"]) == ("config_logo", "logo")
    info = config.update_office(ctx, name="Tallinna büroo", address="Pärnu mnt 1", logo=png)
    assert (info.name, info.address, info.logo) == ("Tallinna büroo", "Pärnu mnt 1", png)
    sync_local(two)
    assert config.office_config(open_context(two.db, staff_actor())).office.logo == png
    assert config.update_office(ctx, logo=None).logo is None

    whole = config.office_config(open_context(one.db, staff_actor()))
    changed = replace(whole, services=(*whole.services, NEW_SERVICE),
                      settings={**whole.settings, "kiosk.idle_seconds": 45})
    assert config.apply_config(ctx, changed) is None
    config.remove_service(ctx, "D")
    config.remove_counter(ctx, whole.counters[-1].number)

    sync_local(two)
    there = config.office_config(open_context(two.db, staff_actor()))
    assert there.office.name == "Tallinna büroo"
    assert there.settings["kiosk.idle_seconds"] == 45
    assert "D" not in {s.code for s in there.services}
    assert [c.number for c in there.counters] == [c.number for c in whole.counters[:-1]]


def test_a_bad_value_comes_back_as_the_operations_own_error_and_changes_nothing(office, pcs):
    one = pcs("desk1")
    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    with pytest.raises(Invalid) as duplicate:
        config.save_service(ctx, replace(NEW_SERVICE, code="A"))
    assert duplicate.value.code == "config_duplicate_letter"
    assert duplicate.value.params["field"] == "service letter"
    with pytest.raises(Refused) as last_admin:
        acc.set_active(ctx, "mari", False)
    assert last_admin.value.code == "last_admin"
    with pytest.raises(Refused) as exists:
        acc.create_account(ctx, "jaan", "", "desk", "pikk-parool-123")
    assert exists.value.code == "account_exists"
    assert rows(office.db, Service, Service.code == "D") == []


def test_a_desk_person_is_refused_at_the_server(office, pcs):
    one = pcs("desk1")
    ctx = signed_in(one, "jaan", DESK_PASSWORD)
    assert ctx.staff is not None  # a desk person signs in at the server too
    with pytest.raises(PermissionDenied) as err:
        config.save_service(ctx, NEW_SERVICE)
    assert err.value.code == "permission_denied"
    with pytest.raises(PermissionDenied):
        acc.set_roles(ctx, "jaan", "admin")
    # the same refusal straight over HTTP, in the usual JSON shape
    answer = ctx.staff.link.exchange(
        "PUT", "/admin/accounts/jaan/roles", json={"roles": ["admin"]},
        headers={STAFF_HEADER: ctx.staff.token})
    assert answer.status_code == 403
    assert answer.json()["error"] == "permission_denied"
    assert answer.json()["params"]["actor"] == "jaan"
    assert server_account(office, "jaan").roles == "desk,counter"
    assert rows(office.db, Service, Service.code == "D") == []
    # nor did the PC write anything of its own
    assert rows(one.db, Outbox) == [] and rows(one.db, Service, Service.code == "D") == []


def test_a_wrong_password_opens_no_session_and_counts_toward_the_lock_out(office, pcs):
    one = pcs("desk1")
    link = sign_in_context(one).host.link
    for attempt in range(1, MAX_FAILED_ATTEMPTS + 1):
        with pytest.raises(Refused) as err:
            Session.open(link, "jaan", "vale-parool-9")
        assert err.value.code == ("account_locked" if attempt == MAX_FAILED_ATTEMPTS
                                  else "sign_in_failed")
        assert server_account(office, "jaan").failed_attempts == attempt
    assert server_account(office, "jaan").locked_until is not None
    with pytest.raises(Refused) as locked:  # the right password no longer opens one either
        Session.open(link, "jaan", DESK_PASSWORD)
    assert locked.value.code == "account_locked"
    with pytest.raises(Refused) as unknown:
        Session.open(link, "keegi", "vale-parool-9")
    assert unknown.value.code == "sign_in_failed"
    assert rows(office.db, StaffSession) == []
    # the lock-out comes down to the PCs: jaan cannot sign in at the other PC either
    two = pcs("desk2")
    with pytest.raises(Refused) as there:
        acc.sign_in(open_context(two.db, staff_actor()), "jaan", DESK_PASSWORD)
    assert there.value.code == "account_locked"


def test_a_switched_off_account_and_a_kiosk_open_no_session(office, central, pcs):
    acc.set_active(central, "jaan", False)
    one = pcs("desk1")
    with pytest.raises(Refused) as off:
        Session.open(sign_in_context(one).host.link, "jaan", DESK_PASSWORD)
    assert off.value.code == "account_inactive"
    kiosk = pcs("kiosk1", Role.KIOSK)
    with pytest.raises(PermissionDenied) as device:
        Session.open(sign_in_context(kiosk).host.link, "mari", ADMIN_PASSWORD)
    assert device.value.code == "staff_session_device"
    assert rows(office.db, StaffSession) == []


def test_own_password_change_on_a_connected_pc_signs_in_on_another_pc(office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    ctx = signed_in(one, "jaan", DESK_PASSWORD)
    with pytest.raises(Refused) as wrong:
        acc.change_password(ctx, "not-my-password", "minu-uus-parool-7")
    assert wrong.value.code == "wrong_password"
    changed = acc.change_password(ctx, DESK_PASSWORD, "minu-uus-parool-7")
    assert changed.user_name == "jaan" and not changed.must_change_password
    assert rows(one.db, Outbox) == []  # nothing of it waits to be pushed (and refused)
    assert acc.sign_in(open_context(one.db, staff_actor()), "jaan", "minu-uus-parool-7")
    sync_local(two)
    there = open_context(two.db, staff_actor())
    assert acc.sign_in(there, "jaan", "minu-uus-parool-7").actor.name == "jaan"
    with pytest.raises(Refused):
        acc.sign_in(there, "jaan", DESK_PASSWORD)
    assert sync_local(one).rejected == 0 and pending(one.db).rejections == 0


def test_after_a_reset_only_the_new_password_can_be_chosen_in_the_session(office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    admin = signed_in(one, "mari", ADMIN_PASSWORD)
    jaan_before = signed_in(two, "jaan", DESK_PASSWORD)
    acc.reset_password(admin, "jaan", "ajutine-parool-1")
    with pytest.raises(ConnectionFailed) as ended:  # the reset ended jaan's other sessions
        acc.change_password(jaan_before, DESK_PASSWORD, "minu-uus-parool-7")
    assert ended.value.code == "staff_session_invalid"

    sync_local(two)
    signed = sign_in(two)(sign_in_context(two), "jaan", "ajutine-parool-1")
    assert signed.must_change_password and signed.session is not None
    ctx = replace(hosted_context(two, signed.actor), staff=signed.session)
    answer = signed.session.link.exchange(
        "POST", "/admin/services",
        json={"service": {"code": "X", "name_et": "x", "name_ru": "x", "name_en": "x"}},
        headers={STAFF_HEADER: signed.session.token})
    assert answer.status_code == 409 and answer.json()["error"] == "password_change_required"
    acc.change_password(ctx, "ajutine-parool-1", "minu-uus-parool-7")
    assert not acc.sign_in(open_context(two.db, staff_actor()), "jaan",
                           "minu-uus-parool-7").must_change_password


def test_an_expired_closed_or_revoked_session_is_refused(office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    config.update_settings(ctx, {"display.calls_shown": 8})
    with office.db.write() as s:
        s.execute(update(StaffSession).values(expires_at=StaffSession.created_at))
    with pytest.raises(ConnectionFailed) as expired:
        config.update_settings(ctx, {"display.calls_shown": 9})
    assert expired.value.code == "staff_session_invalid"

    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    # a session token works only with the device it was opened through
    stolen = httpx.patch(f"{office.live.url}/admin/settings",
                         json={"values": {"display.calls_shown": 9}},
                         headers={STAFF_HEADER: ctx.staff.token,
                                  "Authorization": f"Bearer {load_token(two.home)}"})
    assert stolen.status_code == 401 and stolen.json()["error"] == "staff_session_invalid"
    ctx.staff.close()
    with pytest.raises(ConnectionFailed) as closed:
        config.update_settings(ctx, {"display.calls_shown": 9})
    assert closed.value.code == "staff_session_invalid"

    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    revoke_device(office.db, one.db.device_id)
    assert all(row.revoked_at is not None for row in rows(office.db, StaffSession))
    office.live.app.state.auth.forget()
    with pytest.raises(ConnectionFailed):
        config.update_settings(ctx, {"display.calls_shown": 9})
    assert config.office_config(open_context(office.db, staff_actor())).settings[
        "display.calls_shown"] == 8


def test_with_the_server_away_a_change_says_so_and_nothing_changes_here(office, pcs):
    one = pcs("desk1")
    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    office.live.stop()
    with pytest.raises(ConnectionFailed) as away:
        config.save_service(ctx, NEW_SERVICE)
    assert away.value.code == "server_needed"
    assert "Nothing was changed" in away.value.english()
    assert "Midagi ei muudetud" in i18n.error_text(away.value, "et")
    assert "Ничего не изменено" in i18n.error_text(away.value, "ru")
    with pytest.raises(ConnectionFailed):
        acc.create_account(ctx, "liis", "", "desk", "liisi-parool-1")
    assert rows(one.db, Service, Service.code == "D") == []
    assert rows(one.db, StaffAccount, StaffAccount.user_name == "liis") == []
    assert rows(one.db, Outbox) == []

    # signing in while the server is away works here, and a change says why it cannot be made
    signed = sign_in(one)(sign_in_context(one), "mari", ADMIN_PASSWORD)
    assert signed.actor.name == "mari" and signed.session is None
    offline = hosted_context(one, signed.actor)
    with pytest.raises(ConnectionFailed) as missing:
        config.update_settings(offline, {"display.calls_shown": 9})
    assert missing.value.code == "staff_session_missing"
    assert rows(one.db, Outbox) == []


def cli(capsys, local, *args):
    from app.cli import main

    code = main(["--home", str(local.home), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_changes_accounts_at_the_server_as_the_user_it_names(
        office, pcs, capsys, monkeypatch):
    one, two = pcs("desk1"), pcs("desk2")
    monkeypatch.setenv("LETT_LANG", "en")
    monkeypatch.setenv("LETT_PASSWORD", ADMIN_PASSWORD)
    code, out, err = cli(capsys, one, "--user", "mari", "account", "add", "liis",
                         "--name", "Liis Lepp", "--roles", "desk")
    assert code == 0, err
    assert "Account \u201cliis\u201d added" in out
    assert server_account(office, "liis").display_name == "Liis Lepp"
    code, out, err = cli(capsys, one, "--user", "mari", "account", "roles", "jaan", "counter")
    assert code == 0, err
    assert server_account(office, "jaan").roles == "counter"
    assert rows(office.db, StaffSession) and all(
        s.revoked_at is not None for s in rows(office.db, StaffSession))  # signed out after

    # a desk person is refused at the server, in the user's words
    monkeypatch.setenv("LETT_PASSWORD", DESK_PASSWORD)
    code, out, err = cli(capsys, one, "--user", "jaan", "account", "disable", "mari")
    assert code == 1 and "aan may not manage staff accounts" in err
    assert server_account(office, "mari").active

    # one's own password, changed at the server, signs in at the other PC
    monkeypatch.setenv("LETT_NEW_PASSWORD", "jaani-uus-parool")
    code, out, err = cli(capsys, one, "account", "passwd", "jaan")
    assert code == 0, err
    sync_local(two)
    assert acc.sign_in(open_context(two.db, staff_actor()), "jaan", "jaani-uus-parool")

    # without --user nobody is signed in at the server: nothing changes, and it says why
    code, out, err = cli(capsys, one, "account", "disable", "jaan")
    assert code == 1 and "no staff account was named (--user)" in err
    assert server_account(office, "jaan").active and rows(one.db, Outbox) == []


def test_the_sign_in_dialog_opens_the_session_and_a_reset_password_is_changed_there(
        qtbot, office, central, pcs):
    from app.ui.qt import Qt
    from app.ui.runner import Runner
    from app.ui.sign_in import SignInDialog

    acc.reset_password(central, "jaan", "ajutine-parool-1")
    one = pcs("desk1")
    runner = Runner(lambda: sign_in_context(one))
    dialog = SignInDialog(runner, one)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "jaan")
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, "ajutine-parool-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.change is not None and dialog.change.isVisible(),
                    timeout=15000)
    qtbot.keyClicks(dialog.change.new, "minu-oma-parool")
    qtbot.keyClicks(dialog.change.again, "minu-oma-parool")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.keyClick(dialog.change.again, Qt.Key.Key_Return)
    runner.close()
    session = dialog.signed_in.session
    assert session is not None and not session.account.must_change_password
    # changed at the server, and already here; nothing of it waits to be pushed
    at_server = acc.sign_in(open_context(office.db, staff_actor()), "jaan", "minu-oma-parool")
    assert not at_server.must_change_password
    assert not acc.sign_in(open_context(one.db, staff_actor()), "jaan",
                           "minu-oma-parool").must_change_password
    assert rows(one.db, Outbox) == []
    session.close()
    assert all(s.revoked_at is not None for s in rows(office.db, StaffSession))


def test_a_configuration_file_imported_on_a_connected_pc_is_applied_at_the_server(
        office, pcs, capsys, monkeypatch, tmp_path):
    import json

    one, two = pcs("desk1"), pcs("desk2")
    monkeypatch.setenv("LETT_LANG", "en")
    monkeypatch.setenv("LETT_PASSWORD", ADMIN_PASSWORD)
    exported = tmp_path / "office.json"
    code, out, err = cli(capsys, one, "--user", "mari", "config", "export", str(exported))
    assert code == 0, err
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["office"]["name"] = "Tartu teenindusbüroo"
    data["services"].append({"code": "D", "name_et": "Dokumendid", "name_ru": "Документы",
                             "name_en": "Documents", "colour": "#aa5500",
                             "target_wait_min": 20, "active": True})
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    code, out, err = cli(capsys, one, "config", "import", str(exported))  # nobody named
    assert code == 1 and "no staff account was named (--user)" in err
    code, out, err = cli(capsys, one, "--user", "mari", "config", "import", str(exported))
    assert code == 0, err
    assert rows(office.db, Service, Service.code == "D")[0].name_en == "Documents"
    assert rows(one.db, Outbox) == []
    sync_local(two)
    there = config.office_config(open_context(two.db, staff_actor()))
    assert there.office.name == "Tartu teenindusbüroo" and "D" in {s.code for s in there.services}


def test_the_office_page_is_saved_at_the_server_in_one_change(office, pcs):
    one, two = pcs("desk1"), pcs("desk2")
    ctx = signed_in(one, "mari", ADMIN_PASSWORD)
    with pytest.raises(Invalid) as bad:  # one bad value: neither part is changed
        config.save_office(ctx, {"name": "Uus nimi"}, {"display.calls_shown": 99})
    assert bad.value.params["field"] == "calls shown"
    saved = config.save_office(ctx, {"name": "Uus nimi", "registry_code": ""},
                               {"display.calls_shown": 4})
    assert saved.office.name == "Uus nimi" and saved.settings["display.calls_shown"] == 4
    assert saved.services and saved.counters  # the whole configuration, as the server has it
    sync_local(two)
    there = config.office_config(open_context(two.db, staff_actor()))
    assert there.office.name == "Uus nimi" and there.settings["display.calls_shown"] == 4
    assert rows(one.db, Outbox) == []
