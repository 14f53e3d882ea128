"""The dialogs of escalation to level 2: Escalate (from an opened contact, a form filled from
what is known; the client's details only with their consent, and only the fields ticked),
and telling the client the answer before the escalation is closed (a templated e-mail in the
client's language, or a note that they phoned)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.escalation import EMAIL, JSM
from app.i18n import error_text
from app.ui import style
from app.ui.contacts import work
from app.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Runner

CLIENT_FIELDS = ("name", "code", "organisation", "email", "phone")
# What level 2 usually needs to answer: who the client is and how to reach them.
SHARED_BY_DEFAULT = ("name", "email", "phone")


def _fault_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fault")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.ERROR_FG};")
    label.hide()
    return label


class EscalateDialog(QDialog):
    """Escalate an opened contact: the target, summary, description, answer date promised
    to the client and, with the client's consent, the details level 2 needs."""

    def __init__(self, runner: Runner, draft: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalate_dialog")
        self.runner = runner
        self.draft = draft
        self.made: Any = None
        self.target = QComboBox()
        self.target.setObjectName("escalation_target")
        for t in draft.targets:
            self.target.addItem(t.name, t.code)
        self.summary = QLineEdit(draft.summary)
        self.summary.setObjectName("escalation_summary")
        self.summary.setMaxLength(255)
        self.description = QPlainTextEdit(draft.description)
        self.description.setObjectName("escalation_description")
        self.promised = QDateEdit()
        self.promised.setObjectName("escalation_promised")
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("dd.MM.yyyy")
        p = draft.promised_on
        self.promised.setDate(QDate(p.year, p.month, p.day))
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.target, self.summary, self.description,
                                               self.promised), strict=True):
            form.addRow(label, widget)

        client = draft.client
        values = dict(zip(CLIENT_FIELDS, (client.name, client.code, client.organisation,
                                          client.email, client.phone), strict=True))
        self.client_box = QGroupBox()
        client_layout = QVBoxLayout(self.client_box)
        self.consent = QCheckBox()
        self.consent.setObjectName("client_consent")
        self.consent.toggled.connect(self._consent_changed)
        client_layout.addWidget(self.consent)
        self.share: dict[str, QCheckBox] = {}
        for name in CLIENT_FIELDS:
            if values[name]:
                box = QCheckBox()
                box.setObjectName(f"share_{name}")
                box.setChecked(name in SHARED_BY_DEFAULT)
                box.setEnabled(False)
                self.share[name] = box
                client_layout.addWidget(box)
        self.values = values
        self.no_client = QLabel()
        self.no_client.setWordWrap(True)
        client_layout.addWidget(self.no_client)
        self.no_client.setVisible(not self.share)
        self.consent.setVisible(bool(self.share))

        self.fault = _fault_label()
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("escalate_send")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.client_box)
        layout.addWidget(self.fault)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 560)
        if not draft.targets:
            from app.core.errors import Refused

            self.show_fault(error_text(Refused("escalation_no_targets"), current_language()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Escalate to level 2"))
        for label, text in zip(self.labels, (
                self.tr("Level-2 target"), self.tr("Summary"), self.tr("Description"),
                self.tr("Answer promised to the client by")), strict=True):
            label.setText(text)
        kinds = {EMAIL: self.tr("e-mail"), JSM: self.tr("service desk")}
        for i, t in enumerate(self.draft.targets):
            kind = kinds.get(t.kind, "Jira")
            self.target.setItemText(i, f"{t.name} ({kind})")
        self.client_box.setTitle(self.tr("The client's details"))
        self.consent.setText(self.tr("The client agrees that level 2 gets these details"))
        names = {"name": self.tr("Name"), "code": self.tr("Personal or registry code"),
                 "organisation": self.tr("Organisation"), "email": self.tr("E-mail"),
                 "phone": self.tr("Phone")}
        for name, box in self.share.items():
            box.setText(f"{names[name]}: {self.values[name]}")
        self.no_client.setText(self.tr("The contact has no client details; level 2 gets "
                                       "only the description."))
        self.send_button.setText(self.tr("Escalate"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _consent_changed(self, on: bool) -> None:
        for box in self.share.values():
            box.setEnabled(on)

    def show_fault(self, text: str) -> None:
        self.fault.setText(text)
        self.fault.setVisible(bool(text))

    def chosen_share(self) -> list[str]:
        if not self.consent.isChecked():
            return []
        return [name for name, box in self.share.items() if box.isChecked()]

    def send(self) -> None:
        self.show_fault("")
        self.send_button.setEnabled(False)
        promised: date = self.promised.date().toPython()
        self.runner.write(work.escalate, self.draft.contact_id,
                          str(self.target.currentData() or ""), self.summary.text(),
                          self.description.toPlainText(), promised, self.chosen_share(),
                          on_done=self._made, on_error=self._failed)

    def _made(self, view: Any) -> None:
        self.made = view
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.send_button.setEnabled(True)
        self.show_fault(failure.text)


class TellClientDialog(QDialog):
    """Tell the client the answer and close the escalation: by e-mail (the template in the
    client's language, completed by the adviser) or a note that the adviser phoned."""

    def __init__(self, runner: Runner, escalation: Any, template: Any, server: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tell_client_dialog")
        self.runner = runner
        self.escalation = escalation
        self.server = server
        self.closed: Any = None
        lang, address, subject, text = template
        self.by_email = QRadioButton()
        self.by_email.setObjectName("tell_by_email")
        self.by_phone = QRadioButton()
        self.by_phone.setObjectName("tell_by_phone")
        self.by_email.setEnabled(bool(address))
        (self.by_email if address else self.by_phone).setChecked(True)
        self.address = address
        self.lang = lang
        self.to_label = QLabel()
        self.subject = QLineEdit(subject)
        self.subject.setObjectName("answer_subject")
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("answer_text")
        self.note = QLineEdit()
        self.note.setObjectName("answer_note")
        self.mail_box = QWidget()
        mail = QFormLayout(self.mail_box)
        mail.setContentsMargins(0, 0, 0, 0)
        self.subject_label = QLabel()
        mail.addRow(self.to_label)
        mail.addRow(self.subject_label, self.subject)
        mail.addRow(self.text)
        ways = QHBoxLayout()
        ways.addWidget(self.by_email)
        ways.addWidget(self.by_phone)
        ways.addStretch(1)
        self.note_label = QLabel()
        notes = QHBoxLayout()
        notes.addWidget(self.note_label)
        notes.addWidget(self.note, 1)
        self.fault = _fault_label()
        self.buttons = QDialogButtonBox()
        self.close_button = QPushButton()
        self.close_button.setObjectName("tell_and_close")
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        self.by_email.toggled.connect(lambda on: self.mail_box.setEnabled(on))
        self.mail_box.setEnabled(self.by_email.isChecked())
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addLayout(ways)
        layout.addWidget(self.mail_box, 1)
        layout.addLayout(notes)
        layout.addWidget(self.fault)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 560)

    def retranslate(self) -> None:
        e = self.escalation
        self.setWindowTitle(self.tr("Tell the client and close"))
        self.heading.setText(self.tr("{summary} \u2013 {status}").format(
            summary=e.summary, status=e.resolution or e.status or e.state))
        self.by_email.setText(self.tr("By e-mail") if self.address
                              else self.tr("By e-mail (the contact has no address)"))
        self.by_phone.setText(self.tr("I phoned the client"))
        self.to_label.setText(self.tr("To: {address} (in the client's language)").format(
            address=self.address or "\u2013"))
        self.subject_label.setText(self.tr("Subject"))
        self.note_label.setText(self.tr("Note for the contact"))
        self.close_button.setText(self.tr("Tell and close"))
        self.cancel_button.setText(self.tr("Cancel"))

    def send(self) -> None:
        self.fault.hide()
        self.close_button.setEnabled(False)
        how = "email" if self.by_email.isChecked() else "phone"
        self.runner.write(work.close_escalation, self.escalation.id, how, self.server,
                          self.subject.text(), self.text.toPlainText(), self.note.text(),
                          current_language(), on_done=self._closed, on_error=self._failed)

    def _closed(self, view: Any) -> None:
        self.closed = view
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.close_button.setEnabled(True)
        self.fault.setText(failure.text)
        self.fault.show()
