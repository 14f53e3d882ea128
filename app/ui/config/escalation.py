"""The level-2 targets page: where problems level 1 cannot solve are escalated (a Jira project
and issue type, a Jira Service Management request type, or an e-mail address), on Jira Cloud
or Jira Data Center, one of them taking the reports of IT problems. A Jira account's token is
kept on this PC in the OS keyring (app.kept_secrets), never in the office's settings; "Test
connection" tries the target as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.escalation import CLOUD, DATA_CENTER, EMAIL, IT_SUPPORT, JIRA, JSM
from app.operations import config as cfg
from app.operations.context import Context
from app.ui.config.helpers import MARKED, Page, PageDialog, button_row, chosen_item, list_table
from app.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)
from app.ui.runner import Failure

FIELDS = ("code", "name", "kind", "deployment", "site", "user", "project", "issue_type",
          "service_desk", "request_type", "address", "token")
# Which fields each kind of target shows.
SHOWN = {
    JIRA: {"site", "deployment", "user", "project", "issue_type", "token"},
    JSM: {"site", "deployment", "user", "service_desk", "request_type", "token"},
    EMAIL: {"address"},
}
# Which field an error names (its `what`, or its code).
ERROR_FIELDS = {"config_target_code": "code", "config_target_site": "site",
                "config_target_project": "project", "config_target_ids": "service_desk",
                "bad_email": "address", "jira_no_token": "token",
                "jira_token_rejected": "token"}


def _save(ctx: Context, home: Path, value: dict[str, Any], replacing: str, token: str) -> Any:
    from app.operations import escalations

    saved = escalations.save_target(ctx, value, replacing)
    if token.strip():
        escalations.save_token(ctx, home, value, token)
    return saved


def _remove(ctx: Context, code: str) -> Any:
    from app.operations import escalations

    return escalations.remove_target(ctx, code)


def _try(ctx: Context, home: Path, value: dict[str, Any], token: str, server: Any) -> str:
    from app.operations import escalations

    return escalations.try_target(ctx, home, value, token, server)


class EscalationPage(Page):
    """Add, change, remove and test the office's level-2 targets."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.targets: list[dict[str, str]] = []
        self.editing = ""
        self.table = list_table(4, 3)
        self.table.setObjectName("targets")
        self.table.itemSelectionChanged.connect(self._chosen)
        self.table.setMinimumHeight(130)
        self.layout_.addWidget(self.table, 1)
        self.edits: dict[str, QWidget] = {}
        for name in FIELDS:
            if name in ("kind", "deployment"):
                box = QComboBox()
                box.setObjectName(f"target_{name}")
                self.edits[name] = box
            else:
                edit = QLineEdit()
                edit.setObjectName(f"target_{name}")
                self.edits[name] = edit
        self.kind: QComboBox = self.edits["kind"]  # type: ignore[assignment]
        for code in (JIRA, JSM, EMAIL):
            self.kind.addItem("", code)
        self.deployment: QComboBox = self.edits["deployment"]  # type: ignore[assignment]
        for code in (CLOUD, DATA_CENTER):
            self.deployment.addItem("", code)
        token = self.edits["token"]
        assert isinstance(token, QLineEdit)
        token.setEchoMode(QLineEdit.EchoMode.Password)
        self.kind.currentIndexChanged.connect(lambda _i: self._shown())
        self.deployment.currentIndexChanged.connect(lambda _i: self._shown())
        self.it_support = QCheckBox()
        self.it_support.setObjectName("target_it_support")
        self.labels = {name: QLabel() for name in FIELDS}
        self.form = QFormLayout()
        for name in FIELDS:
            self.form.addRow(self.labels[name], self.edits[name])
        self.form.addRow("", self.it_support)
        self.layout_.addLayout(self.form)
        self.result = QLabel()
        self.result.setObjectName("test_result")
        self.result.setWordWrap(True)
        self.layout_.addWidget(self.result)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_target")
        self.remove_button.clicked.connect(self.remove)
        self.test_button = QPushButton()
        self.test_button.setObjectName("test_target")
        self.test_button.clicked.connect(self.test)
        self.layout_.addLayout(button_row(self.new_button, self.remove_button,
                                          self.test_button))
        self.fields = {name: self.edits[name] for name in FIELDS}
        self.retranslate()
        self._shown()

    def title(self) -> str:
        return self.tr("Level-2 targets")

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"),
                                              self.tr("Kind"), self.tr("Where")])
        texts = {
            "code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind"),
            "deployment": self.tr("Jira"), "site": self.tr("Site address"),
            "user": self.tr("Account (e-mail)"), "project": self.tr("Project key"),
            "issue_type": self.tr("Issue type"), "service_desk": self.tr("Service desk id"),
            "request_type": self.tr("Request type id"), "address": self.tr("E-mail address"),
            "token": self.tr("Token"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for i, text in enumerate((self.tr("Jira project and issue type"),
                                  self.tr("Jira Service Management request type"),
                                  self.tr("E-mail address"))):
            self.kind.setItemText(i, text)
        self.deployment.setItemText(0, self.tr("Jira Cloud (API token)"))
        self.deployment.setItemText(1, self.tr("Jira Data Center / Server (personal access "
                                               "token)"))
        placeholders = {
            "code": self.tr("e.g. it-support"), "site": "https://office.atlassian.net",
            "project": self.tr("e.g. IT"), "issue_type": self.tr("e.g. Task"),
            "service_desk": self.tr("e.g. 10"), "request_type": self.tr("e.g. 25"),
            "token": self.tr("kept on this PC in the keyring; empty: keep the saved one"),
        }
        for name, text in placeholders.items():
            edit = self.edits[name]
            if isinstance(edit, QLineEdit):
                edit.setPlaceholderText(text)
        self.it_support.setText(self.tr("Reports of IT problems go here"))
        self.new_button.setText(self.tr("New target"))
        self.remove_button.setText(self.tr("Remove chosen"))
        self.test_button.setText(self.tr("Test connection"))
        self.save_button.setText(self.tr("Save the target"))
        self._list()

    def _shown(self) -> None:
        kind = str(self.kind.currentData())
        shown = SHOWN.get(kind, set())
        cloud = self.deployment.currentData() == CLOUD
        for name in FIELDS:
            if name in ("code", "name", "kind"):
                continue
            visible = name in shown and (name != "user" or cloud)
            self.edits[name].setVisible(visible)
            self.labels[name].setVisible(visible)

    def load(self, config: cfg.OfficeConfig) -> None:
        self.targets = list(config.settings.get("escalation.targets") or [])
        self._list()

    def _list(self) -> None:
        kinds = {JIRA: "Jira", JSM: "Jira Service Management", EMAIL: self.tr("e-mail")}
        self.table.setRowCount(len(self.targets))
        for row, t in enumerate(self.targets):
            where = t.get("address") or (
                f"{t.get('site', '')} {t.get('project', '')} {t.get('issue_type', '')}"
                if t.get("kind") == JIRA else
                f"{t.get('site', '')} {t.get('service_desk', '')}/{t.get('request_type', '')}")
            name = t.get("name", "")
            if t.get("role") == IT_SUPPORT:
                name += f" ({self.tr('IT support')})"
            for col, text in enumerate((t.get("code", ""), name, kinds.get(t.get("kind", ""),
                                                                             ""), where)):
                self.table.setItem(row, col, QTableWidgetItem(text.strip()))

    def _chosen(self) -> None:
        t = chosen_item(self.table, self.targets)
        if t is None:
            return
        self.editing = t.get("code", "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(t.get("kind", JIRA))))
        self.deployment.setCurrentIndex(max(0, self.deployment.findData(
            t.get("deployment", CLOUD))))
        for name in FIELDS:
            edit = self.edits[name]
            if isinstance(edit, QLineEdit):
                edit.setText("" if name == "token" else t.get(name, ""))
        self.it_support.setChecked(t.get("role") == IT_SUPPORT)
        self.result.clear()
        self._shown()

    def new(self) -> None:
        self.editing = ""
        self.table.clearSelection()
        for edit in self.edits.values():
            if isinstance(edit, QLineEdit):
                edit.clear()
        self.it_support.setChecked(False)
        self.result.clear()
        self.clear_marks()

    def value(self) -> dict[str, Any]:
        """The target as typed (the token apart)."""
        kind = str(self.kind.currentData())
        shown = SHOWN.get(kind, set()) | {"code", "name", "kind"}
        out: dict[str, Any] = {"kind": kind}
        for name in FIELDS:
            edit = self.edits[name]
            if name in shown and name not in ("kind", "token") and isinstance(edit, QLineEdit):
                out[name] = edit.text()
        if kind != EMAIL:
            out["deployment"] = str(self.deployment.currentData())
        if self.it_support.isChecked():
            out["role"] = IT_SUPPORT
        return out

    def token(self) -> str:
        edit = self.edits["token"]
        return edit.text() if isinstance(edit, QLineEdit) else ""

    def _home(self) -> Path:
        local = self.dialog.local
        return local.home if local is not None else Path(self.dialog.settings.path).parent

    def save(self) -> None:
        self.result.clear()

        def saved(_setting: Any) -> None:
            self.editing = str(self.value().get("code", "")).strip().lower()
            token = self.edits["token"]
            if isinstance(token, QLineEdit):
                token.clear()

        self.run(_save, self._home(), self.value(), self.editing, self.token(),
                 done=self.tr("The level-2 target is saved."), then=saved)

    def remove(self) -> None:
        chosen = chosen_item(self.table, self.targets)
        if chosen is None:
            self.banner.show_error(self.tr("Choose a target in the list first."))
            return
        self.run(_remove, chosen.get("code", ""),
                 done=self.tr("The level-2 target is removed; escalations made to it keep "
                              "their issues."))

    def test(self) -> None:
        from app.documents.mail import MailServer

        self.clear_marks()
        self.result.setText(self.tr("Testing\u2026"))
        self.test_button.setEnabled(False)

        def done(found: str) -> None:
            self.test_button.setEnabled(True)
            self.result.setText(self.tr("The connection works: {found}").format(found=found))

        def failed(failure: Failure) -> None:
            self.test_button.setEnabled(True)
            self.result.clear()
            self.refused(failure)

        self.runner.read(_try, self._home(), self.value(), self.token(),
                         MailServer.of(self.dialog.settings), on_done=done, on_error=failed)

    def refused(self, failure: Failure) -> None:
        """The error in the user's language, its field marked (named by the error)."""
        super().refused(failure)
        params = getattr(failure.error, "params", {}) or {}
        name = str(params.get("what", "")) or ERROR_FIELDS.get(failure.code, "")
        widget = self.edits.get(name)
        if widget is not None:
            widget.setStyleSheet(MARKED)
            widget.setFocus()
