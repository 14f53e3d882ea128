"""Report an IT problem (the Lett menu): what the person writes, sent to the office's IT
support target (Jira or e-mail) with this PC's diagnostics attached; the diagnostics are
gathered off the UI thread (the ticket printer is asked for its status) and shown, so the
person sees what is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.settings import Settings
from app.ui import style
from app.ui.contacts import work
from app.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Runner


class ItProblemDialog(QDialog):
    def __init__(self, runner: Runner, settings: Settings, home: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("it_problem_dialog")
        self.runner = runner
        self.diagnostics: Any = None
        self.made: Any = None
        self.target_name = ""
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description = QPlainTextEdit()
        self.description.setObjectName("it_description")
        self.attached_label = QLabel()
        self.attached = QPlainTextEdit()
        self.attached.setObjectName("it_attached")
        self.attached.setReadOnly(True)
        self.attached.setStyleSheet(f"color: {style.MUTED};")
        self.fault = QLabel()
        self.fault.setObjectName("fault")
        self.fault.setWordWrap(True)
        self.fault.setStyleSheet(f"color: {style.ERROR_FG};")
        self.fault.hide()
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("it_send")
        self.send_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description, 2)
        layout.addWidget(self.attached_label)
        layout.addWidget(self.attached, 3)
        layout.addWidget(self.fault)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(700, 600)
        lang = current_language()
        runner.read(work.it_target, on_done=self._target, on_error=self._failed)
        runner.read(work.it_diagnostics, home or Path("."), settings.get("printer.uri"),
                    settings.get("server.url"), lang, on_done=self._diagnosed,
                    on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report an IT problem"))
        self.description_label.setText(self.tr("What is wrong? The first line is the "
                                               "summary IT support sees."))
        self.attached_label.setText(self.tr("Attached to the report (this PC's diagnostics):"))
        self.attached.setPlaceholderText(self.tr("Gathering the diagnostics\u2026"))
        self.send_button.setText(self.tr("Send to IT support"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.target_label.setText(self.tr("Goes to: {target}").format(
            target=self.target_name or "\u2026"))

    def _target(self, target: Any) -> None:
        self.target_name = target.name
        self.retranslate()

    def _diagnosed(self, diagnostics: Any) -> None:
        from app.integrations.it_report import it_problem

        self.diagnostics = diagnostics
        report = it_problem("", diagnostics, current_language())
        self.attached.setPlainText(report.text.strip())
        self.send_button.setEnabled(True)

    def send(self) -> None:
        if self.diagnostics is None:
            return
        self.fault.hide()
        self.send_button.setEnabled(False)
        self.runner.write(work.report_it_problem, self.description.toPlainText(),
                          self.diagnostics, current_language(), on_done=self._made,
                          on_error=self._failed)

    def _made(self, view: Any) -> None:
        self.made = view
        self.target_name = view.target_name
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.send_button.setEnabled(self.diagnostics is not None)
        self.fault.setText(failure.text)
        self.fault.show()
