"""The retention page: how long tickets, visitor data and contacts' client data are kept."""

from __future__ import annotations

from app.operations import config as cfg
from app.ui.config.helpers import Page, PageDialog, spin
from app.ui.qt import QFormLayout, QLabel


class RetentionPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        form = QFormLayout()
        self.tickets = spin(30, 3650)
        self.tickets.setObjectName("ticket_days")
        self.visitors = spin(1, 3650)
        self.visitors.setObjectName("visitor_days")
        self.contacts = spin(1, 3650)
        self.contacts.setObjectName("contact_days")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.tickets, self.visitors, self.contacts),
                                 strict=True):
            form.addRow(label, widget)
        form.addRow("", self.note)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.fields = {"ticket retention": self.tickets,
                       "visitor data retention": self.visitors,
                       "contact data retention": self.contacts}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Retention")

    def retranslate(self) -> None:
        super().retranslate()
        self.labels[0].setText(self.tr("Tickets kept for (days)"))
        self.labels[1].setText(self.tr("Visitor data kept for (days)"))
        self.labels[2].setText(self.tr("Contacts' client data and notes kept for (days)"))
        self.note.setText(self.tr(
            "Visitor data is kept for the period of its purpose of visit where one is set, "
            "otherwise for the period above; then names, codes and contacts are removed and "
            "only counts remain."))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.tickets.setValue(int(config.settings["retention.ticket_days"]))
        self.visitors.setValue(int(config.settings["retention.visitor_days"]))
        self.contacts.setValue(int(config.settings["retention.contact_days"]))

    def save(self) -> None:
        self.run(cfg.update_settings, {"retention.ticket_days": self.tickets.value(),
                                       "retention.visitor_days": self.visitors.value(),
                                       "retention.contact_days": self.contacts.value()},
                 done=self.tr("The retention periods are saved."))
