"""The document register page: the register's series and number patterns, and the office's
document types with their deadlines."""

from __future__ import annotations

from typing import Any

from app.operations.config import OfficeConfig
from app.ui.config.helpers import (
    Page,
    PageDialog,
    button_row,
    chosen_item,
    fit_columns,
    list_table,
    spin,
)
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from app.ui.qt_i18n import current_language


def _series(ctx: Any) -> list[Any]:
    from app.operations.register import list_series

    return list_series(ctx)


def _save_series(ctx: Any, index: str, pattern: str, name: str, active: bool) -> Any:
    from app.operations.register import save_series

    return save_series(ctx, index, pattern, name, active)


def _type_names(ctx: Any, codes: list[str], lang: str) -> dict[str, str]:
    from app.operations.register_follow import document_type_name

    return {code: document_type_name(ctx, code, lang) for code in codes}


def _save_types(ctx: Any, types: list[dict[str, object]]) -> Any:
    from app.operations.config import update_settings

    return update_settings(ctx, {"register.document_types": types})


class RegisterPage(Page):
    """The register's series and the office's document types with their deadlines."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.series: list[Any] = []
        self.series_box = QGroupBox()
        self.series_table = list_table(4, 2)
        self.series_table.setObjectName("series")
        self.series_table.itemSelectionChanged.connect(self._series_chosen)
        self.series_table.setMaximumHeight(150)
        self.index = QLineEdit()
        self.index.setObjectName("series_index")
        self.pattern = QLineEdit()
        self.pattern.setObjectName("series_pattern")
        self.name = QLineEdit()
        self.name.setObjectName("series_name")
        self.active = QCheckBox()
        self.active.setObjectName("series_active")
        self.active.setChecked(True)
        self.series_button = QPushButton()
        self.series_button.setObjectName("save_series")
        self.series_button.clicked.connect(self.save_series)
        self.series_labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self.series_labels, (self.index, self.pattern, self.name),
                                 strict=True):
            form.addRow(label, widget)
        form.addRow("", self.active)
        self.pattern_note = QLabel()
        self.pattern_note.setWordWrap(True)
        self.pattern_note.setStyleSheet("color: #555;")
        series_layout = QVBoxLayout(self.series_box)
        series_layout.addWidget(self.series_table)
        series_layout.addLayout(form)
        series_layout.addWidget(self.pattern_note)
        series_layout.addLayout(button_row(self.series_button))

        self.types_box = QGroupBox()
        self.types_table = QTableWidget(0, 7)
        self.types_table.setObjectName("document_types")
        self.types_table.verticalHeader().hide()
        self.types_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.types_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.types_table.setMinimumHeight(260)
        fit_columns(self.types_table, 1)
        self.add_type_button = QPushButton()
        self.add_type_button.setObjectName("add_type")
        self.add_type_button.clicked.connect(lambda: self._add_type_row({}))
        self.remove_type_button = QPushButton()
        self.remove_type_button.setObjectName("remove_type")
        self.remove_type_button.clicked.connect(self._remove_type_row)
        self.types_note = QLabel()
        self.types_note.setWordWrap(True)
        self.types_note.setStyleSheet("color: #555;")
        types_layout = QVBoxLayout(self.types_box)
        types_layout.addWidget(self.types_table)
        types_layout.addWidget(self.types_note)
        types_layout.addLayout(button_row(self.add_type_button, self.remove_type_button))

        self.layout_.addWidget(self.series_box)
        self.layout_.addWidget(self.types_box, 1)
        self.fields = {"series index": self.index, "pattern": self.pattern,
                       "document type": self.types_table, "deadline": self.types_table,
                       "extension": self.types_table}
        self.type_names: dict[str, str] = {}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Document register")

    def retranslate(self) -> None:
        super().retranslate()
        self.save_button.setText(self.tr("Save document types"))
        self.series_box.setTitle(self.tr("Series"))
        self.series_table.setHorizontalHeaderLabels(
            [self.tr("Index"), self.tr("Pattern"), self.tr("Name"), self.tr("In use")])
        for label, text in zip(self.series_labels, (
                self.tr("Index"), self.tr("Number pattern"), self.tr("Name")), strict=True):
            label.setText(text)
        self.active.setText(self.tr("In use"))
        self.series_button.setText(self.tr("Save the series"))
        self.pattern_note.setText(self.tr(
            "{S} is the series index, {DA} the two-digit year, {DN} the running number; a "
            "digit before DN pads it with zeros: {S}/{DA}-{3DN} gives 1-2/26-021. Numbers "
            "start again from 1 each year."))
        self.types_box.setTitle(self.tr("Document types and deadlines"))
        self.types_table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Deadline"), self.tr("Unit"),
            self.tr("Counted from"), self.tr("Extension to"), self.tr("Unit")])
        self.types_note.setText(self.tr(
            "A type without a deadline leaves the deadline empty. The built-in types' names "
            "are translated; give a name to a type of the office's own."))
        self.add_type_button.setText(self.tr("Add a type"))
        self.remove_type_button.setText(self.tr("Remove the type"))

    def _unit_names(self) -> dict[str, str]:
        return {"working_days": self.tr("working days"),
                "calendar_days": self.tr("calendar days"), "months": self.tr("months")}

    def _start_names(self) -> dict[str, str]:
        return {"registration": self.tr("registration"),
                "next_working_day": self.tr("the next working day")}

    # -- loading ---------------------------------------------------------------------------

    def load(self, config: OfficeConfig) -> None:
        self.runner.read(_series, on_done=self._series_loaded, on_error=self.refused)
        types = list(config.settings.get("register.document_types") or [])
        self.runner.read(_type_names, [str(t.get("code", "")) for t in types],
                         current_language(),
                         on_done=lambda names: self._types_loaded(types, names),
                         on_error=self.refused)

    def _series_loaded(self, series: list[Any]) -> None:
        self.series = series
        self.series_table.setRowCount(len(series))
        for row, s in enumerate(series):
            for column, text in enumerate((s.series_index, s.pattern, s.name,
                                           self.tr("yes") if s.active else self.tr("no"))):
                self.series_table.setItem(row, column, QTableWidgetItem(text))

    def _series_chosen(self) -> None:
        chosen = chosen_item(self.series_table, self.series)
        if chosen is not None:
            self.index.setText(chosen.series_index)
            self.pattern.setText(chosen.pattern)
            self.name.setText(chosen.name)
            self.active.setChecked(chosen.active)

    def _types_loaded(self, types: list[dict[str, Any]], names: dict[str, str]) -> None:
        self.type_names = names
        self.types_table.setRowCount(0)
        for item in types:
            self._add_type_row(item)
        self.types_table.resizeColumnsToContents()

    def _combo(self, names: dict[str, str], value: str) -> QComboBox:
        box = QComboBox()
        for code, text in names.items():
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(value)))
        return box

    def _add_type_row(self, item: dict[str, Any]) -> None:
        row = self.types_table.rowCount()
        self.types_table.insertRow(row)
        code = str(item.get("code", ""))
        self.types_table.setItem(row, 0, QTableWidgetItem(code))
        own = str(item.get("name") or "")
        name_item = QTableWidgetItem(own)
        if not own and code in self.type_names:
            # A built-in type's translated name, in grey: saved only when changed.
            name_item.setText(self.type_names[code])
            name_item.setData(Qt.ItemDataRole.UserRole, self.type_names[code])
            name_item.setForeground(QColor("#666"))
        self.types_table.setItem(row, 1, name_item)
        term = spin(0, 366, self.tr("none"))
        term.setValue(int(item.get("term") or 0))
        self.types_table.setCellWidget(row, 2, term)
        self.types_table.setCellWidget(row, 3, self._combo(
            self._unit_names(), str(item.get("unit", "working_days"))))
        self.types_table.setCellWidget(row, 4, self._combo(
            self._start_names(), str(item.get("start", "registration"))))
        extension = spin(0, 366, self.tr("none"))
        extension.setValue(int(item.get("extension") or 0))
        self.types_table.setCellWidget(row, 5, extension)
        self.types_table.setCellWidget(row, 6, self._combo(
            self._unit_names(), str(item.get("extension_unit", item.get("unit",
                                                                         "working_days")))))
        if not code:
            self.types_table.setCurrentCell(row, 0)
            self.types_table.editItem(self.types_table.item(row, 0))

    def _remove_type_row(self) -> None:
        rows = self.types_table.selectionModel().selectedRows()
        if rows:
            self.types_table.removeRow(rows[0].row())

    def types(self) -> list[dict[str, object]]:
        """The document types as the table shows them, in the setting's form."""
        out: list[dict[str, object]] = []
        for row in range(self.types_table.rowCount()):
            def text(column: int, row: int = row) -> str:
                item = self.types_table.item(row, column)
                return item.text().strip() if item is not None else ""

            def widget(column: int, row: int = row) -> Any:
                return self.types_table.cellWidget(row, column)

            item: dict[str, object] = {"code": text(0)}
            name_item = self.types_table.item(row, 1)
            if text(1) and text(1) != (name_item.data(Qt.ItemDataRole.UserRole)
                                       if name_item is not None else None):
                item["name"] = text(1)
            if widget(2).value():
                item.update(term=widget(2).value(), unit=widget(3).currentData(),
                            start=widget(4).currentData())
                if widget(5).value():
                    item.update(extension=widget(5).value(),
                                extension_unit=widget(6).currentData())
            out.append(item)
        return out

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        self.run(_save_types, self.types(),
                 done=self.tr("The document types and their deadlines are saved."))

    def save_series(self) -> None:
        self.clear_marks()
        self.runner.write(_save_series, self.index.text(), self.pattern.text(),
                          self.name.text(), self.active.isChecked(),
                          on_done=self._series_saved, on_error=self.refused)

    def _series_saved(self, saved: Any) -> None:
        self.banner.show_info(self.tr("Series {index} is saved.").format(
            index=saved.series_index))
        self.runner.read(_series, on_done=self._series_loaded, on_error=self.refused)
