"""The contact form of the Contacts tab: the timer, the channel, the topic (one click in the
topic list), the outcome, a short note, the language and, when given, the client."""

from __future__ import annotations

from typing import Any

from app.core.contacts import CHANNELS, CONTACT_OUTCOMES
from app.ui import style
from app.ui.names import AUTONYMS, channel_name, outcome_name
from app.ui.qt import (
    QComboBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from app.ui.qt_i18n import current_language

CLIENT_FIELDS = ("name", "code", "organisation", "email", "phone")


def clock_text(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{seconds:02d}"


class ContactForm(QWidget):
    """One contact as staff record it; `going_on` is the contact whose timer runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics: list[Any] = []
        self.going_on: Any = None
        # The contact opened from the list to change it (None: a new one).
        self.editing: str | None = None

        self.timer_label = QLabel(clock_text(0))
        self.timer_label.setObjectName("contact_timer")
        style.set_font(self.timer_label, 22)
        self.start_button = QPushButton()
        self.start_button.setObjectName("start_contact")
        self.start_button.setMinimumHeight(40)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop_contact")
        self.stop_button.setMinimumHeight(40)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.start_button, 1)
        timer_row.addWidget(self.stop_button, 1)

        self.channel = QComboBox()
        self.channel.setObjectName("contact_channel")
        for code in CHANNELS:
            if code != "counter":
                self.channel.addItem("", code)
        self.channel.setCurrentIndex(self.channel.findData("phone"))
        self.topic_list = QListWidget()
        self.topic_list.setObjectName("contact_topics")
        self.topic_list.setMinimumHeight(150)
        self.outcome = QComboBox()
        self.outcome.setObjectName("contact_outcome")
        for code in CONTACT_OUTCOMES:
            self.outcome.addItem("", code)
        self.note = QPlainTextEdit()
        self.note.setObjectName("contact_note")
        self.note.setMaximumHeight(80)
        self.lang = QComboBox()
        for code, name in AUTONYMS.items():
            self.lang.addItem(name, code)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.channel, self.topic_list, self.outcome,
                                               self.note, self.lang), strict=True):
            form.addRow(label, widget)

        self.client_box = QGroupBox()
        self.client_box.setCheckable(True)
        self.client_box.setChecked(False)
        client = QFormLayout(self.client_box)
        self.client: dict[str, QLineEdit] = {}
        self.client_labels: dict[str, QLabel] = {}
        for name in CLIENT_FIELDS:
            self.client[name] = QLineEdit()
            self.client[name].setObjectName(f"client_{name}")
            self.client_labels[name] = QLabel()
            client.addRow(self.client_labels[name], self.client[name])
        self.client_box.toggled.connect(self._client_shown)
        self._client_shown(False)

        self.record_button = QPushButton()
        self.record_button.setObjectName("record_contact")
        self.clear_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        self.fault = QLabel()
        self.fault.setWordWrap(True)
        self.fault.setStyleSheet(f"color: {style.ERROR_FG};")
        self.fault.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(timer_row)
        layout.addLayout(form)
        layout.addWidget(self.client_box)
        layout.addWidget(self.fault)
        layout.addLayout(buttons)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()
        self.show_timer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start a call (F12)"))
        self.stop_button.setText(self.tr("Stop and save"))
        for i in range(self.channel.count()):
            self.channel.setItemText(i, channel_name(self.channel.itemData(i)))
        for i in range(self.outcome.count()):
            self.outcome.setItemText(i, outcome_name(self.outcome.itemData(i)))
        for label, text in zip(self.labels, (self.tr("Channel"), self.tr("Topic"),
                                             self.tr("Outcome"), self.tr("Note"),
                                             self.tr("Language")), strict=True):
            label.setText(text)
        self.note.setPlaceholderText(self.tr("A short note: what was asked and answered"))
        self.client_box.setTitle(self.tr("Client (only when needed)"))
        for name, text in zip(CLIENT_FIELDS, (self.tr("Name"),
                                              self.tr("Personal or registry code"),
                                              self.tr("Organisation"), self.tr("E-mail"),
                                              self.tr("Phone")), strict=True):
            self.client_labels[name].setText(text)
        self.record_button.setText(self.tr("Save changes") if self.editing
                                   else self.tr("Record without timer"))
        self.clear_button.setText(self.tr("Clear"))
        self.show_topics(self.topics)

    def _client_shown(self, on: bool) -> None:
        for name in CLIENT_FIELDS:
            self.client[name].setVisible(on)
            self.client_labels[name].setVisible(on)

    # -- what it shows ---------------------------------------------------------------------

    def show_topics(self, topics: list[Any]) -> None:
        chosen = self.topic()
        self.topics = topics
        lang = current_language()
        self.topic_list.clear()
        for t in topics:
            item = QListWidgetItem("\u2003" * t.depth + t.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, t.code)
            self.topic_list.addItem(item)
        self.choose_topic(chosen)

    def choose_topic(self, code: str) -> None:
        for row in range(self.topic_list.count()):
            if self.topic_list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.topic_list.setCurrentRow(row)
                return
        self.topic_list.clearSelection()
        self.topic_list.setCurrentRow(-1)

    def topic(self) -> str:
        item = self.topic_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None and \
            item.isSelected() else ""

    def show_timer(self) -> None:
        running = self.going_on is not None
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        if not running:
            self.timer_label.setText(clock_text(0))

    def show_fault(self, text: str) -> None:
        self.fault.setText(text)
        self.fault.setVisible(bool(text))

    def fill(self, details: Any) -> None:
        """A contact opened from the list, to change it."""
        contact = details.contact
        self.editing = contact.id
        index = self.channel.findData(contact.channel)
        if index < 0:
            self.channel.addItem(channel_name(contact.channel), contact.channel)
            index = self.channel.count() - 1
        self.channel.setCurrentIndex(index)
        self.choose_topic(contact.topic_code)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(contact.outcome or "")))
        self.note.setPlainText(contact.note)
        self.lang.setCurrentIndex(max(0, self.lang.findData(contact.lang)))
        client = details.client
        for name, value in zip(CLIENT_FIELDS, (client.name, client.code, client.organisation,
                                               client.email, client.phone), strict=True):
            self.client[name].setText(value)
        self.client_box.setChecked(not client.empty())
        self.retranslate()

    def clear(self) -> None:
        self.editing = None
        self.note.clear()
        self.topic_list.clearSelection()
        self.topic_list.setCurrentRow(-1)
        self.outcome.setCurrentIndex(0)
        for edit in self.client.values():
            edit.clear()
        self.client_box.setChecked(False)
        self.show_fault("")
        self.retranslate()

    def values(self) -> tuple[str, str, str, str | None, str, dict[str, str]]:
        """(channel, topic, note, outcome, language, client) as typed."""
        client = {name: self.client[name].text() if self.client_box.isChecked() else ""
                  for name in CLIENT_FIELDS}
        return (str(self.channel.currentData()), self.topic(), self.note.toPlainText(),
                str(self.outcome.currentData() or "") or None, str(self.lang.currentData()),
                client)
