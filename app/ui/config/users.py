"""The users page: staff accounts, their roles, new passwords and switching an account off."""

from __future__ import annotations

from app.core.accounts import STAFF_ROLES, generate_password
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations import config as cfg
from app.ui.config.helpers import Page, PageDialog, chosen_item, list_table
from app.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QWidget,
)


class RolesBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two a row: four roles side by side do not fit in every language.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.checks = {role: QCheckBox() for role in STAFF_ROLES}
        for at, (role, box) in enumerate(self.checks.items()):
            box.setObjectName(f"role_{role}")
            grid.addWidget(box, at // 2, at % 2)
        self.retranslate()

    def retranslate(self) -> None:
        for role, box in self.checks.items():
            box.setText(role_name(role))

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.checks.items() if box.isChecked())

    def set_roles(self, roles: frozenset[Role]) -> None:
        for role, box in self.checks.items():
            box.setChecked(role in roles)


def role_name(role: Role) -> str:
    names = {Role.ADMIN: "administrator", Role.SUPERVISOR: "supervisor", Role.DESK: "desk",
             Role.COUNTER: "counter"}
    return QCoreApplication.translate("roles", names[role])


class UsersPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.accounts: list[acc.Account] = []
        self.table = list_table(4, 2)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._picked)
        self.layout_.addWidget(self.table)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.user = QLineEdit()
        self.user.setObjectName("user_name")
        self.display = QLineEdit()
        self.display.setObjectName("display_name")
        self.roles = RolesBox()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.user, self.display, self.roles),
                                 strict=True):
            form.addRow(label, widget)
        self.password_note = QLabel()
        self.password_note.setObjectName("password_note")
        self.password_note.setWordWrap(True)
        self.password_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.password_note)
        self.layout_.addWidget(self.group)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        for i, button in enumerate((self.new_button, self.reset_button, self.active_button)):
            self.buttons.insertWidget(i, button)
        self.editing: acc.Account | None = None
        self.fields = {"user name": self.user}
        self.retranslate()
        self.new()

    def title(self) -> str:
        return self.tr("Users and roles")

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"),
                                              self.tr("Roles"), self.tr("State")])
        for label, text in zip(self.labels, (self.tr("User name"), self.tr("Name"),
                                             self.tr("Roles")), strict=True):
            label.setText(text)
        self.roles.retranslate()
        self.new_button.setText(self.tr("New user"))
        self.reset_button.setText(self.tr("Reset password"))
        self._buttons()

    def _buttons(self) -> None:
        self.group.setTitle(self.editing.user_name if self.editing else self.tr("New user"))
        self.user.setReadOnly(self.editing is not None)
        self.reset_button.setEnabled(self.editing is not None)
        self.active_button.setEnabled(self.editing is not None)
        self.active_button.setText(self.tr("Switch on") if self.editing is not None
                                   and not self.editing.active else self.tr("Switch off"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.runner.read(acc.list_accounts, on_done=self._listed, on_error=self.refused)

    def _listed(self, accounts: list[acc.Account]) -> None:
        self.accounts = accounts
        self.table.blockSignals(True)
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            state = (self.tr("switched off") if not a.active
                     else self.tr("locked") if a.locked_until is not None
                     else self.tr("active"))
            for col, text in enumerate((a.user_name, a.display_name,
                                        ", ".join(role_name(r) for r in STAFF_ROLES
                                                  if r in a.roles), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        if self.editing is not None:
            again = next((a for a in accounts if a.id == self.editing.id), None)
            if again is not None:
                self._edit(again, keep_note=True)

    def _picked(self) -> None:
        chosen = chosen_item(self.table, self.accounts)
        if chosen is not None:
            self.banner.clear_message()
            self._edit(chosen)

    def _edit(self, account: acc.Account, keep_note: bool = False) -> None:
        self.clear_marks(banner=False)
        self.editing = account
        self.user.setText(account.user_name)
        self.display.setText(account.display_name)
        self.roles.set_roles(account.roles)
        if not keep_note:
            self.password_note.clear()
        self._buttons()

    def new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.user.clear()
        self.display.clear()
        self.roles.set_roles(frozenset({Role.DESK}))
        self.password_note.clear()
        self._buttons()

    def _show_password(self, user: str, password: str) -> None:
        self.password_note.setText(self.tr(
            "One-time password of {user}: {password}\nGive it to them; they choose their own "
            "at the first sign-in. It is not shown again.").format(user=user,
                                                                   password=password))

    def save(self) -> None:
        if self.editing is None:
            password = generate_password()
            user = self.user.text()

            def created(account: acc.Account) -> None:
                self.editing = account
                self._show_password(account.user_name, password)

            self.run(acc.create_account, user, self.display.text(), self.roles.roles(),
                     password, done=self.tr("The user is added."), then=created)
        else:
            self.run(acc.set_roles, self.editing.user_name, self.roles.roles(),
                     done=self.tr("The roles are saved."))

    def reset(self) -> None:
        if self.editing is None:
            return
        user = self.editing.user_name
        password = generate_password()
        self.run(acc.reset_password, user, password,
                 done=self.tr("The password is reset."),
                 then=lambda _a: self._show_password(user, password))

    def toggle_active(self) -> None:
        if self.editing is None:
            return
        self.run(acc.set_active, self.editing.user_name, not self.editing.active,
                 done=self.tr("Saved."))
