"""Signing in to the staff window as a person does it: type, press Enter, read the message."""

import pytest

from app.core.accounts import MAX_FAILED_ATTEMPTS
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations.context import signed_out_actor
from app.ui import app as entry
from app.ui.qt import QApplication, Qt, QTimer
from app.ui.sign_in import ChangePasswordDialog, SignInDialog
from tests.ui.windows import when_shown

PASSWORD = "esimene-parool"


@pytest.fixture
def accounts(staff):
    acc.create_account(staff, "jaan", "Jaan Tamm", "desk,counter", PASSWORD,
                       must_change_password=False)
    return staff


@pytest.fixture
def dialog(qtbot, accounts, make_runner, local):
    d = SignInDialog(make_runner(signed_out_actor()), local)
    qtbot.addWidget(d)
    d.show()
    return d


def type_in(qtbot, dialog, user, password):
    dialog.user.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)  # Enter moves on to the password
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_a_wrong_password_is_said_and_the_dialog_stays(qtbot, dialog, shoot):
    type_in(qtbot, dialog, "jaan", "vale-parool-1")
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == (
        "The user name or the password is wrong. Check both and try again.")
    assert dialog.isVisible() and dialog.password.text() == "" and dialog.signed_in is None
    shoot(dialog, "sign_in_wrong_password")


def test_a_locked_account_says_when_it_opens(qtbot, dialog):
    for _ in range(MAX_FAILED_ATTEMPTS):
        type_in(qtbot, dialog, "jaan", "vale-parool-1")
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and dialog.error.isVisible())
    # the test clock stands at 10:00 in Tallinn
    assert dialog.error.text() == (
        "Account \u201cjaan\u201d is locked after 5 wrong passwords. It opens again at 10:15, "
        "or an administrator can reset its password now.")


def test_the_message_comes_in_the_language_chosen_on_the_dialog(qtbot, dialog, local, shoot):
    dialog.language.setCurrentIndex(dialog.language.findData("et"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Lett \u2013 sisselogimine")
    assert dialog.ok_button.text() == "Logi sisse"
    type_in(qtbot, dialog, "jaan", "vale-parool-1")
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Kasutajanimi või parool on vale.")
    assert local.settings.get("ui.language") == "et"
    shoot(dialog, "sign-in-et", readme=True)


def test_the_right_password_closes_the_dialog_with_the_accounts_roles(qtbot, dialog, shoot):
    shoot(dialog, "sign_in")
    with qtbot.waitSignal(dialog.accepted):
        type_in(qtbot, dialog, "jaan", PASSWORD)
    assert dialog.signed_in.actor.name == "jaan"
    assert dialog.signed_in.actor.roles == {Role.DESK, Role.COUNTER}


def test_after_an_admin_reset_the_new_password_is_chosen_before_the_window(
        qtbot, dialog, accounts):
    acc.reset_password(accounts, "jaan", "ajutine-parool")
    type_in(qtbot, dialog, "jaan", "ajutine-parool")
    qtbot.waitUntil(lambda: dialog.change is not None and dialog.change.isVisible())
    change = dialog.change
    assert not change.old.isVisible()  # the password just typed is not asked for again
    assert not dialog.result()
    qtbot.keyClicks(change.new, "minu-oma-parool")
    qtbot.keyClicks(change.again, "minu-oma-parool")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(change.again, Qt.Key.Key_Return)
    assert dialog.signed_in.actor.name == "jaan"
    assert not acc.sign_in(accounts, "jaan", "minu-oma-parool").must_change_password


def test_change_password_refuses_two_different_new_passwords(qtbot, accounts, make_runner):
    jaan = acc.sign_in(accounts, "jaan", PASSWORD).actor
    change = ChangePasswordDialog(make_runner(jaan))
    qtbot.addWidget(change)
    change.show()
    qtbot.keyClicks(change.old, PASSWORD)
    qtbot.keyClicks(change.new, "teine-parool-22")
    qtbot.keyClicks(change.again, "teine-parool-23")
    qtbot.keyClick(change.again, Qt.Key.Key_Return)
    assert change.error.text() == "The two new passwords are not the same. Type them again."
    qtbot.keyClicks(change.new, "teine-parool-22")
    qtbot.keyClicks(change.again, "teine-parool-22")
    with qtbot.waitSignal(change.accepted):
        qtbot.keyClick(change.again, Qt.Key.Key_Return)
    assert acc.sign_in(accounts, "jaan", "teine-parool-22").actor.name == "jaan"


def test_lett_starts_with_sign_in_and_the_window_acts_as_that_person(qtbot, accounts, local):
    seen = []

    def look_and_quit():
        seen.extend(w.runner.ctx.actor.name for w in QApplication.topLevelWidgets()
                    if type(w).__name__ == "MainWindow" and w.isVisible())
        QApplication.exit(0)

    def sign_in(dialog):
        type_in(qtbot, dialog, "jaan", PASSWORD)
        QTimer.singleShot(1500, look_and_quit)

    when_shown(SignInDialog, sign_in)
    assert entry.run_main(local) == 0
    assert seen == ["jaan"]


def test_cancelling_sign_in_ends_lett(qtbot, accounts, local):
    when_shown(SignInDialog, lambda dialog: dialog.reject())
    assert entry.run_main(local) == 0
    assert not any(type(w).__name__ == "MainWindow" and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_signing_out_brings_back_the_sign_in_for_the_next_person(qtbot, accounts, local):
    acc.create_account(accounts, "mari", "Mari Maasikas", "desk", "teine-parool-33",
                       must_change_password=False)
    people = []

    def first(dialog):
        type_in(qtbot, dialog, "jaan", PASSWORD)
        QTimer.singleShot(1500, lambda: sign_out("mari", "teine-parool-33", then=second))

    def sign_out(_user, _password, then):
        window = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "MainWindow" and w.isVisible())
        people.append(window.runner.ctx.actor.name)
        assert window.a_sign_out.text() == "Logi &välja / vaheta kasutajat"  # ui.language: et
        when_shown(SignInDialog, then)
        window.a_sign_out.trigger()

    def second(dialog):
        type_in(qtbot, dialog, "mari", "teine-parool-33")
        QTimer.singleShot(1500, lambda: sign_out("", "", then=lambda d: d.reject()))

    when_shown(SignInDialog, first)
    assert entry.run_main(local) == 0
    assert people == ["jaan", "mari"]


def test_quit_is_set_apart_from_the_configuration_in_the_menu(qtbot, local, make_runner):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    window = MainWindow(make_runner(staff_actor()), local.settings, actor=staff_actor(),
                        local=local)
    qtbot.addWidget(window)
    actions = window.menu_file.actions()
    configure = actions.index(window.a_configure)
    assert actions[configure + 1].isSeparator()
    assert actions[-1] is window.a_quit and actions[-2].isSeparator()
