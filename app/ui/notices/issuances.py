"""The issuance register of the Notices tab: every notice issued, newest first, searched by
number or recipient, with the buttons that act on the chosen one (the tab runs them)."""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import TYPE_CHECKING, Any

from app.core.notices import NOT_DELIVERED, PRINTED, Delivery, Template
from app.ui.qt import (
    QAbstractItemView,
    QEvent,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language

if TYPE_CHECKING:
    from app.operations.notices import IssuanceView


class IssuanceRegister(QGroupBox):
    """The register's table, its search and its buttons; `chosen_changed` carries the chosen
    issuance (or None) whenever the table is shown again or another row is chosen."""

    chosen_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issuances: list[IssuanceView] = []
        self.templates: list[Template] = []
        self.timezone: tzinfo = UTC
        # An issuance to choose once the register is shown again (one just issued).
        self.select_after = ""

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.textChanged.connect(self.show_rows)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("register")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Each column as wide as its header and cells; the recipient takes the room left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_pdf")
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprint")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_pdf")
        self.mail_button = QPushButton()
        self.mail_button.setObjectName("send_email")
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_asice")
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attach_signed")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.reprint_button, self.save_button,
                       self.mail_button, self.export_button, self.attach_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Issuance register"))
        self.search.setPlaceholderText(self.tr("Search by number or recipient"))
        self.search.setMinimumWidth(  # the hint whole, in every language
            self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 24)
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Issued"), self.tr("Template"), self.tr("Recipient"),
            self.tr("Delivery"), self.tr("Issued by"), self.tr("Copy"), self.tr("Signed")])
        self.open_button.setText(self.tr("Open"))
        self._name_print_button()
        self.save_button.setText(self.tr("Save as PDF\u2026"))
        self.mail_button.setText(self.tr("E-mail"))
        self.export_button.setText(self.tr("Export for signing\u2026"))
        self.attach_button.setText(self.tr("Attach signed container\u2026"))
        self.show_rows()

    def _delivery_names(self) -> dict[str, str]:
        return {Delivery.HANDED_OVER: self.tr("handed over"), Delivery.POSTED: self.tr("posted"),
                Delivery.EMAILED: self.tr("e-mailed"),
                NOT_DELIVERED[Delivery.HANDED_OVER]: self.tr("not handed over: not printed"),
                NOT_DELIVERED[Delivery.POSTED]: self.tr("not posted: not printed"),
                NOT_DELIVERED[Delivery.EMAILED]: self.tr("not e-mailed: sending failed")}

    def show_issuances(self, issuances: list[IssuanceView], templates: list[Template],
                       timezone: tzinfo) -> None:
        """Show `issuances`, their templates named by `templates`, times in `timezone`."""
        self.issuances, self.templates, self.timezone = issuances, templates, timezone
        self.show_rows()

    def show_rows(self, *_args: Any) -> None:
        """The issuances the search finds; the chosen one (or the one to choose) stays so."""
        query = self.search.text().strip().casefold()
        shown = [i for i in self.issuances
                 if not query or query in i.registry_number.casefold()
                 or query in i.recipient.casefold()]
        chosen = self.chosen()
        # The one just issued, else the one chosen before, stays chosen (and is shown once).
        keep = self.select_after or (chosen.id if chosen is not None else None)
        self.select_after = ""
        titles = {t.id: t.title(current_language()).capitalize() for t in self.templates}
        deliveries = self._delivery_names()
        self.table.blockSignals(True)
        self.table.setRowCount(len(shown))
        for row, i in enumerate(shown):
            cells = (i.registry_number,
                     i.issued_at.astimezone(self.timezone).strftime("%d.%m.%Y %H:%M"),
                     f"{titles.get(i.template_id, i.template_id)} (v{i.template_version})",
                     i.recipient,
                     deliveries.get(i.delivery, i.delivery), i.issued_by,
                     self.tr("copy") if i.is_copy else "", self.tr("signed") if i.signed_path
                     else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i.id)
                self.table.setItem(row, col, item)
        self.table.clearSelection()
        row = next((n for n, i in enumerate(shown) if i.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
        self.table.blockSignals(False)
        self._selection_changed()

    def not_printed(self) -> bool:
        """Whether the chosen notice was to be printed and could not be (it is printed again,
        not copied)."""
        chosen = self.chosen()
        return chosen is not None and chosen.delivery in {NOT_DELIVERED[d] for d in PRINTED}

    def _name_print_button(self) -> None:
        self.reprint_button.setText(self.tr("Print again") if self.not_printed()
                                    else self.tr("Print a copy"))
        self.reprint_button.setToolTip(self.tr(
            "The notice could not be printed when it was issued: print it now; it is then "
            "recorded as delivered") if self.not_printed() else self.tr(
            "Print a copy marked COPY, registered under the same number"))

    def chosen(self) -> IssuanceView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((i for i in self.issuances if i.id == key), None)

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        for button in (self.open_button, self.reprint_button, self.save_button,
                       self.mail_button, self.export_button):
            button.setEnabled(chosen is not None)
        self.attach_button.setEnabled(chosen is not None and not chosen.signed_path)
        self._name_print_button()
        self.chosen_changed.emit(chosen)
