"""The tables of the Contacts tab: contacts (no client data, only whether there is a client)
and the counts by topic or channel."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from app.ui.names import channel_name, outcome_name
from app.ui.qt import (
    QAbstractItemView,
    QEvent,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
)
from app.ui.qt_i18n import current_language


def _item(text: str, key: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if key:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


class _Table(QTableWidget):
    def __init__(self, columns: int) -> None:
        super().__init__(0, columns)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(self.headings())

    def headings(self) -> list[str]:
        raise NotImplementedError


class ContactTable(_Table):
    """Contacts, newest first; a row carries its contact's id."""

    def __init__(self) -> None:
        super().__init__(8)
        self.setObjectName("contacts")
        self.retranslate()

    def headings(self) -> list[str]:
        return [self.tr("Time"), self.tr("Channel"), self.tr("Topic"), self.tr("Outcome"),
                self.tr("Min"), self.tr("Client"), self.tr("Served by"), self.tr("Note")]

    def show_contacts(self, contacts: list[Any], timezone: tzinfo, today: Any) -> None:
        lang = current_language()
        self.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            local = c.started_at.astimezone(timezone)
            when = local.strftime("%H:%M") if local.date() == today else \
                local.strftime("%d.%m. %H:%M")
            minutes = "" if c.minutes is None else str(c.minutes)
            topic = c.topic(lang) or "\u2013"
            if c.ticket_number:
                topic = f"{topic} ({c.ticket_number})"
            outcome = outcome_name(c.outcome) if c.outcome else self.tr("going on")
            client = self.tr("anonymised") if c.anonymised else \
                ("\u2713" if c.has_client else "")
            note = c.note.splitlines()[0][:80] if c.note else ""
            for column, text in enumerate((when, channel_name(c.channel), topic, outcome,
                                           minutes, client, c.served_by, note)):
                self.setItem(row, column, _item(text, c.id))

    def selected(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CountTable(_Table):
    """How many contacts, and their minutes, by topic or by channel."""

    def __init__(self) -> None:
        super().__init__(3)
        self.setObjectName("contact_counts")
        self.retranslate()

    def headings(self) -> list[str]:
        return [self.tr("Topic or channel"), self.tr("Contacts"), self.tr("Minutes")]

    def show_counts(self, counts: list[Any], by: str) -> None:
        lang = current_language()
        self.setRowCount(len(counts))
        for row, r in enumerate(counts):
            if by == "channel":
                name = channel_name(r.key)
            else:
                name = r.name(lang) if r.key else self.tr("(no topic)")
            for column, text in enumerate((name, str(r.count), str(r.minutes))):
                self.setItem(row, column, _item(text))


class EscalationTable(_Table):
    """The escalations the signed-in person made: age, summary, target, issue, status and
    its category, assignee, the date promised to the client, and what each needs now (its
    row coloured). A row carries its escalation's id."""

    def __init__(self) -> None:
        super().__init__(8)
        self.setObjectName("escalations")
        self.rows: list[Any] = []
        self.retranslate()

    def headings(self) -> list[str]:
        return [self.tr("Days"), self.tr("Summary"), self.tr("Target"), self.tr("Issue"),
                self.tr("Status"), self.tr("Assignee"), self.tr("Promised by"),
                self.tr("Needs you")]

    def _state(self, e: Any) -> str:
        from app.i18n import error_text

        if e.state == "queued":
            text = self.tr("waiting to be sent")
            if e.error is not None:
                text += f" \u2013 {error_text(e.error, current_language())}"
            return text
        if e.state == "failed":
            reason = error_text(e.error, current_language()) if e.error is not None else ""
            return self.tr("refused: {reason}").format(reason=reason)
        categories = {"new": self.tr("to do"), "indeterminate": self.tr("in progress"),
                      "done": self.tr("done")}
        if not e.status:
            return self.tr("sent")
        text = e.status
        if e.status_category in categories:
            text += f" ({categories[e.status_category]})"
        if e.resolution:
            text += f" \u2013 {e.resolution}"
        return text

    def attention_text(self, code: str) -> str:
        return {"failed": self.tr("correct and send again"),
                "resolved": self.tr("answered: tell the client"),
                "overdue": self.tr("promised date passed"),
                "due": self.tr("promised date is near")}.get(code, "")

    def show_escalations(self, rows: list[Any], now: Any, timezone: tzinfo) -> None:
        from app.ui.qt import QColor

        self.rows = rows
        self.setRowCount(len(rows))
        marked = QColor("#fff8c5")
        for row, e in enumerate(rows):
            promised = e.promised_on.strftime("%d.%m.%Y") if e.promised_on else "\u2013"
            cells = (str(e.age_days(now)), e.summary, e.target_name, e.issue_key or "\u2013",
                     self._state(e), e.assignee or "\u2013", promised,
                     self.attention_text(e.attention))
            for column, text in enumerate(cells):
                item = _item(text, e.id)
                if e.attention:
                    item.setBackground(marked)
                    item.setForeground(QColor("#1b1f24"))
                self.setItem(row, column, item)
        self.resizeColumnToContents(4)

    def selected(self) -> Any:
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None
