"""The contact topics page: the office's topic tree for the contact journal, in three
languages, with the service whose counter contacts take a topic by default."""

from __future__ import annotations

from typing import Any

from app.operations import config as cfg
from app.operations.context import Context
from app.ui.config.helpers import Page, PageDialog, button_row, chosen_item, list_table
from app.ui.qt import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem
from app.ui.qt_i18n import current_language


def _topics(ctx: Context) -> list[Any]:
    from app.operations import contacts

    return contacts.list_topics(ctx)


def _save(ctx: Context, code: str, names: dict[str, str], parent: str, service: str) -> Any:
    from app.operations import contacts

    return contacts.save_topic(ctx, code, names, parent, service)


def _withdraw(ctx: Context, code: str) -> None:
    from app.operations import contacts

    contacts.withdraw_topic(ctx, code)


class TopicsPage(Page):
    """Add, rename, move and withdraw the topics contacts are recorded by."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.topics: list[Any] = []
        self.table = list_table(4, 1)
        self.table.setObjectName("topics")
        self.table.itemSelectionChanged.connect(self._chosen)
        self.layout_.addWidget(self.table, 1)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("topic_code")
        self.name_et, self.name_ru, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_et.setObjectName("topic_et")
        self.parent_box = QComboBox()
        self.parent_box.setObjectName("topic_parent")
        self.service = QComboBox()
        self.service.setObjectName("topic_service")
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.code, self.name_et, self.name_ru,
                                               self.name_en, self.parent_box, self.service),
                                 strict=True):
            form.addRow(label, widget)
        self.layout_.addLayout(form)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw)
        self.layout_.addLayout(button_row(self.withdraw_button))
        self.fields = {"topic name": self.name_et}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contact topics")

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"),
                                              self.tr("Default for service"),
                                              self.tr("Name in Russian")])
        for label, text in zip(self.labels, (
                self.tr("Code"), self.tr("Name in Estonian"), self.tr("Name in Russian"),
                self.tr("Name in English"), self.tr("Under the topic"),
                self.tr("Default topic of service")), strict=True):
            label.setText(text)
        self.code.setPlaceholderText(self.tr("e.g. pension-abroad"))
        self.withdraw_button.setText(self.tr("Withdraw chosen"))
        self.save_button.setText(self.tr("Save the topic"))
        if self.parent_box.count():
            self.parent_box.setItemText(0, self.tr("(top level)"))
        if self.service.count():
            self.service.setItemText(0, self.tr("(none)"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.service.clear()
        self.service.addItem(self.tr("(none)"), "")
        for spec in config.services:
            self.service.addItem(f"{spec.code} \u2013 {spec.name_et}", spec.code)
        self.runner.read(_topics, on_done=self._listed, on_error=self.refused)

    def _listed(self, topics: list[Any]) -> None:
        self.topics = topics
        lang = current_language()
        self.table.setRowCount(len(topics))
        for row, t in enumerate(topics):
            cells = (t.code, "\u2003" * t.depth + t.name(lang), t.service_code or "",
                     t.name("ru"))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("(top level)"), "")
        for t in topics:
            self.parent_box.addItem("\u2003" * t.depth + t.name(lang), t.code)

    def _chosen(self) -> None:
        t = chosen_item(self.table, self.topics)
        if t is None:
            return
        self.code.setText(t.code)
        self.name_et.setText(t.names.get("et", ""))
        self.name_ru.setText(t.names.get("ru", ""))
        self.name_en.setText(t.names.get("en", ""))
        parent = next((p.code for p in self.topics if p.id == t.parent_id), "")
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(parent)))
        self.service.setCurrentIndex(max(0, self.service.findData(t.service_code or "")))

    def save(self) -> None:
        self.run(_save, self.code.text(), {"et": self.name_et.text(), "ru": self.name_ru.text(),
                                           "en": self.name_en.text()},
                 str(self.parent_box.currentData() or ""), str(self.service.currentData() or ""),
                 done=self.tr("The topic is saved."))

    def withdraw(self) -> None:
        chosen = chosen_item(self.table, self.topics)
        if chosen is not None:
            self.run(_withdraw, chosen.code,
                     done=self.tr("The topic is withdrawn; contacts about it keep it."))
