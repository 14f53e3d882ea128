"""Signing in to the staff window, and changing one's password.

Both dialogs run their operation off the UI thread through a Runner; a refusal (wrong
password, locked account) is shown in the dialog, in the language chosen on it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.errors import Refused
from app.core.permissions import Actor
from app.operations.bootstrap import Local
from app.operations.context import Context
from app.ui import style
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from app.ui.qt_i18n import current_language, install_language
from app.ui.runner import Failure, Runner, failure_of

if TYPE_CHECKING:  # loaded on signing in, not before the dialog shows
    from app.operations import accounts as acc


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"background: {style.ERROR_BG}; color: {style.ERROR_FG}; padding: 8px;")
    label.hide()
    return label


def _buttons() -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The dialog's two buttons, made with their own text: a box's standard buttons take back
    Qt's own words on a language change, after the dialog has set its own."""
    box = QDialogButtonBox()
    ok = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    return box, ok, cancel


class _FormDialog(QDialog):
    """What the sign-in and change-password dialogs share: a line on top, labelled fields, the
    message of a refusal and the two buttons, and retranslating on a language change.

    Enter is handled by the field it is pressed in (the user name moves on to the password,
    the last field submits), never by the dialog's default button, which would submit a
    half-filled form."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setMinimumWidth(420)
        self.error = _error_label()
        self.buttons, self.ok_button, self.cancel_button = _buttons()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, top: QLabel, rows: list[tuple[QLabel, QWidget]]) -> None:
        """Place `top`, the labelled fields, the refusal's message and the buttons, in the
        order Tab goes through them."""
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        form = QFormLayout()
        for label, field in rows:
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _refused(self, failure: Failure) -> None:
        """Say why the operation was refused; the buttons work again."""
        self.buttons.setEnabled(True)
        self.error.setText(failure.text)
        self.error.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the dialog's texts in the current language (each dialog its own)."""
        raise NotImplementedError

    def submit(self) -> None:
        """Run the dialog's operation with what was typed (each dialog its own)."""
        raise NotImplementedError


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SignInDialog(_FormDialog):
    """User name and password; Enter signs in. After an admin reset, the new password is
    asked for before the dialog closes. `signed_in` holds the result once accepted."""

    def __init__(self, runner: Runner, local: Local | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.local = local
        self.signed_in: acc.SignedIn | None = None
        self.change: ChangePasswordDialog | None = None
        self.heading = QLabel()
        self.heading.setFont(style.font(20, bold=True))
        self.language = QComboBox()
        for lang, name in AUTONYMS.items():
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.user = QLineEdit()
        self.user_label = QLabel()
        self.password = _password_field()
        self.password_label = QLabel()
        self._lay_out(self.heading, [(self.language_label, self.language),
                                     (self.user_label, self.user),
                                     (self.password_label, self.password)])
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.user.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lett \u2013 sign in"))
        self.heading.setText(self.tr("Staff sign-in"))
        self.language_label.setText(self.tr("Language:"))
        self.user_label.setText(self.tr("User name:"))
        self.password_label.setText(self.tr("Password:"))
        self.ok_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        install_language(lang)
        if self.local is not None:  # the window that follows opens in it too
            self.local.settings.set("ui.language", lang)
            self.local.settings.save()

    def submit(self) -> None:
        if self.runner.busy:
            return
        user = self.user.text().strip()
        if not user:
            self.user.setFocus()
            return
        from app.sync.staff import sign_in as sign_in_here_and_at_server

        self.buttons.setEnabled(False)
        self.runner.write(sign_in_here_and_at_server(self.local), user, self.password.text(),
                          on_done=self._done, on_error=self._failed)

    def _failed(self, failure: Failure) -> None:
        self._refused(failure)
        self.password.clear()
        self.password.setFocus()

    def _done(self, signed: acc.SignedIn) -> None:
        self.buttons.setEnabled(True)
        self.error.hide()
        if signed.must_change_password:
            self.change = ChangePasswordDialog(self.runner, signed.actor, self.password.text(),
                                               self, session=signed.session)
            self.change.accepted.connect(lambda: self._enter(signed))
            self.change.rejected.connect(self.password.clear)
            self.change.open()
            return
        self._enter(signed)

    def _enter(self, signed: acc.SignedIn) -> None:
        self.signed_in = signed
        self.accept()


class ChangePasswordDialog(_FormDialog):
    """A new password, typed twice, for `actor` (default: the runner's). The current one is
    asked for unless it was just given at sign-in (an admin reset it, and its holder must
    choose their own)."""

    def __init__(self, runner: Runner, actor: Actor | None = None,
                 current_password: str | None = None, parent: QWidget | None = None,
                 session: object = None) -> None:
        super().__init__(runner, parent)
        self.actor = actor
        self.session = session  # the person's session at the server, on a connected PC
        self.current_password = current_password
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.old = _password_field()
        self.old_label = QLabel()
        self.new = _password_field()
        self.new_label = QLabel()
        self.again = _password_field()
        self.again_label = QLabel()
        asked_for_old = [(self.old_label, self.old)] if current_password is None else []
        self._lay_out(self.note, [*asked_for_old, (self.new_label, self.new),
                                  (self.again_label, self.again)])
        self.again.returnPressed.connect(self.submit)
        (self.old if current_password is None else self.new).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.note.setText(
            self.tr("Choose your own password: it replaces the one an administrator gave.")
            if self.current_password is not None
            else self.tr("Type your current password, then the new one twice."))
        self.old_label.setText(self.tr("Current password:"))
        self.new_label.setText(self.tr("New password:"))
        self.again_label.setText(self.tr("New password again:"))
        self.ok_button.setText(self.tr("Change password"))
        self.cancel_button.setText(self.tr("Cancel"))

    def submit(self) -> None:
        if self.runner.busy:
            return
        old = self.current_password if self.current_password is not None else self.old.text()
        if self.new.text() != self.again.text():
            self._failed(failure_of(Refused("passwords_differ"), current_language()))
            return
        actor, session = self.actor, self.session

        def change(ctx: Context, old: str, new: str) -> acc.Account:
            from app.operations import accounts as acc

            if actor is not None:
                ctx = replace(ctx, actor=actor, staff=session or ctx.staff)
            return acc.change_password(ctx, old, new)

        self.buttons.setEnabled(False)
        self.runner.write(change, old, self.new.text(), on_done=lambda _a: self.accept(),
                          on_error=self._failed)

    def _failed(self, failure: Failure) -> None:
        self._refused(failure)
        self.new.clear()
        self.again.clear()
        (self.old if self.current_password is None else self.new).setFocus()


def sign_in(local: Local, on_shown: Callable[[], None] | None = None) -> acc.SignedIn | None:
    """Ask who is at this PC; the signed-in person (with their session at the server on a
    connected PC), or None when they cancel. `on_shown` is called once the dialog shows."""
    runner = Runner(lambda: _sign_in_context(local))
    dialog = SignInDialog(runner, local)
    if os.environ.get("LETT_EXIT_AT_SIGN_IN"):  # start-up time (bench/bench_startup.py)
        def exit_when_shown() -> None:
            print(f"sign-in shown {time.time():.6f}", flush=True)
            dialog.reject()

        dialog.installEventFilter(_FirstPaint(dialog, exit_when_shown))
    else:
        def shown() -> None:
            # The store opens and the sign-in's modules load while the person types (a failure
            # shows when they sign in, as the opening is tried again then).
            runner.read(lambda _ctx: None, on_error=lambda _failure: None)
            if on_shown is not None:
                on_shown()

        dialog.installEventFilter(_FirstPaint(dialog, shown))
    try:
        dialog.exec()
        return dialog.signed_in
    finally:
        runner.close()
        dialog.deleteLater()


def _sign_in_context(local: Local) -> Context:
    from app.sync.staff import sign_in_context

    return sign_in_context(local)


class _FirstPaint(QObject):
    """Calls `then` once, when the event loop is next free after `dialog` first painted."""

    def __init__(self, dialog: QDialog, then: Callable[[], object]) -> None:
        super().__init__(dialog)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False
