"""The lists of the Visitors tab: who is in the building, who is expected today and the past
visits found. Each table knows its columns and how it shows a visitor's row; a row carries the
id of its registration (or expected visitor), which the tab's actions take."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from app.ui.qt import (
    QAbstractItemView,
    QEvent,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
)
from app.ui.qt_i18n import current_language


def local_time(moment: datetime, timezone: tzinfo, fmt: str = "%H:%M") -> str:
    """A moment as the office's local time."""
    return moment.astimezone(timezone).strftime(fmt)


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class VisitorTable(QTableWidget):
    """A read-only table of visitors, one chosen at a time; the personal code last."""

    def __init__(self, columns: int) -> None:
        super().__init__(0, columns)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its content, the name whole (the list scrolls sideways
        # when narrow); the masked code needs only its own width, not the room left.
        self.horizontalHeader().setStretchLastSection(False)
        # The personal codes staff asked to see, by registration: shown again when the list
        # refreshes, and never fetched (and logged) a second time.
        self.revealed: dict[str, str] = {}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(self.headings())

    def headings(self) -> list[str]:
        """The column headings, in the window's language."""
        raise NotImplementedError

    def show_rows(self, rows: list[tuple[str, tuple[str, ...]]]) -> None:
        """(id, cells) of each row; the personal code last, in full where it was revealed."""
        self.setRowCount(len(rows))
        for row, (key, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                self.setItem(row, column, _item(text, key))
            if key in self.revealed:
                self.show_code(key, self.revealed[key])

    def selected(self) -> str | None:
        """The id of the chosen row's visitor."""
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def row_of(self, key: str) -> int:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                return row
        return -1

    def show_code(self, key: str, code: str) -> None:
        """The personal code in full in its visitor's row, once staff asked to see it."""
        self.revealed[key] = code
        row = self.row_of(key)
        if row >= 0:
            self.setItem(row, self.columnCount() - 1, _item(code or "\u2013", key))


class InsideTable(VisitorTable):
    """Who is in the building now."""

    def __init__(self) -> None:
        super().__init__(6)
        self.retranslate()

    def headings(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Purpose"), self.tr("Host"),
                self.tr("Arrived"), self.tr("Personal code")]

    def show_visits(self, visits: list[Any], timezone: tzinfo) -> None:
        lang = current_language()
        rows = []
        for v in visits:
            host_text = ", ".join(x for x in (v.host, v.host_room) if x)
            purpose = v.purpose(lang) or self.tr("waiting area")
            if v.ticket_number:
                purpose = f"{purpose} ({v.ticket_number})"
            rows.append((v.id, (v.name, v.organisation, purpose, host_text,
                                local_time(v.arrived_at, timezone), v.id_code_masked)))
        self.show_rows(rows)


class ExpectedTable(VisitorTable):
    """The visitors expected today."""

    def __init__(self) -> None:
        super().__init__(5)
        self.retranslate()

    def headings(self) -> list[str]:
        return [self.tr("Time"), self.tr("Name"), self.tr("Organisation"), self.tr("Host"),
                self.tr("Checked in")]

    def show_expected(self, expected: list[Any], timezone: tzinfo) -> None:
        self.show_rows([(e.id, (local_time(e.expected_at, timezone), e.name, e.organisation,
                                e.host, self.tr("yes") if e.checked_in else ""))
                        for e in expected])


class PastVisitsTable(VisitorTable):
    """The past visits a search found."""

    def __init__(self) -> None:
        super().__init__(6)
        self.retranslate()

    def headings(self) -> list[str]:
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Purpose"), self.tr("Arrived"),
                self.tr("Left"), self.tr("Personal code")]

    def show_visits(self, visits: list[Any], timezone: tzinfo) -> None:
        lang = current_language()
        self.show_rows([(v.id, (v.name or self.tr("(anonymised)"), v.organisation,
                                v.purpose(lang) or self.tr("waiting area"),
                                local_time(v.arrived_at, timezone, "%d.%m.%Y %H:%M"),
                                local_time(v.left_at, timezone) if v.left_at else "",
                                v.id_code_masked))
                        for v in visits])
