"""What the configuration dialog's pages share: the Page base class (a message banner, the
page's form and Save; a save runs its operation off the UI thread and a refused value marks its
field), the week's opening hours, and small builders of lists, number boxes and button rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from app.core.queue import WEEKDAYS
from app.core.settings import Settings
from app.operations import config as cfg
from app.operations.bootstrap import Local
from app.ui import style
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QCoreApplication,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner

MARKED = f"border: 2px solid {style.ERROR_FG};"


class PageDialog(Protocol):
    """What a page needs of the dialog it sits in: the runner its operations go through, this
    PC's settings and data folder, and a reload of the whole configuration after a save."""

    runner: Runner
    settings: Settings
    local: Local | None

    def reload(self) -> None: ...


def spin(low: int, high: int, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if special:
        box.setSpecialValueText(special)
    return box


def list_table(columns: int, stretch: int) -> QTableWidget:
    """A read-only list of rows, one chosen at a time; column `stretch` takes the width."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    fit_columns(table, stretch)
    return table


def fit_columns(table: QTableWidget, stretch: int | None = None) -> None:
    """Every column as wide as its header and its cells in any language; column `stretch`
    takes the room that is left (the table scrolls when even that is not enough, rather than
    cutting a header)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ChecksBox(QWidget):
    """Check boxes (services, roles) in rows of `columns`, so a long list or long names in any
    language wrap instead of widening the page."""

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(columns, 1)
        self.boxes: list[QCheckBox] = []

    def add(self, box: QCheckBox) -> None:
        at = len(self.boxes)
        self.boxes.append(box)
        self.grid.addWidget(box, at // self.columns, at % self.columns)

    def clear(self) -> None:
        for box in self.boxes:
            self.grid.removeWidget(box)
            box.deleteLater()
        self.boxes = []


def chosen_item(table: QTableWidget, items: Sequence[Any]) -> Any | None:
    """The item of the row chosen in `table`, or None."""
    rows = table.selectionModel().selectedRows()
    return items[rows[0].row()] if rows and rows[0].row() < len(items) else None


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons on the right of a row."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class HoursEdit(QWidget):
    """A week of opening hours: per day, ranges like "08:30-12:00, 13:00-16:30". With no
    hours at all it is open at any time; once a day has hours, an empty day is closed. The
    empty fields say which of the two they mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        for row, day in enumerate(WEEKDAYS):
            self.labels[day] = QLabel()
            self.edits[day] = QLineEdit()
            self.edits[day].setObjectName(f"hours_{day}")
            self.edits[day].textChanged.connect(self._say_what_empty_means)
            grid.addWidget(self.labels[day], row, 0)
            grid.addWidget(self.edits[day], row, 1)
        self.retranslate()

    def retranslate(self) -> None:
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                 self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        for day, name in zip(WEEKDAYS, names, strict=True):
            self.labels[day].setText(name)
        self._say_what_empty_means()

    def _say_what_empty_means(self) -> None:
        empty = (self.tr("closed") if any(e.text().strip() for e in self.edits.values())
                 else self.tr("open at any time (no hours set)"))
        for edit in self.edits.values():
            edit.setPlaceholderText(empty)

    def set_hours(self, hours: dict[str, list[str]] | None) -> None:
        for day, edit in self.edits.items():
            edit.setText(", ".join((hours or {}).get(day, [])))

    def hours(self) -> dict[str, str]:
        return {day: edit.text() for day, edit in self.edits.items() if edit.text().strip()}


def fit_forms(widget: QWidget) -> None:
    """A form's field goes under its label when both do not fit side by side (a long label
    in Russian), rather than the page scrolling sideways."""
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


class Page(QWidget):
    """One page of the dialog: a message banner on top, its form, and Save."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.runner = dialog.runner
        self.banner = Banner()
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.buttons.addWidget(self.save_button)
        outer.addLayout(self.buttons)
        self.scroll = scroll
        self.fitted = False

    def showEvent(self, event: Any) -> None:
        if not self.fitted:
            self.fitted = True
            fit_forms(self.body)
        super().showEvent(event)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        # The base class's own words, in its own context (tr() would look in the subclass's).
        self.save_button.setText(QCoreApplication.translate("ConfigDialog", "Save"))

    def load(self, config: cfg.OfficeConfig) -> None:
        """Show the configuration as it is."""

    def save(self) -> None:
        """Save the page through its operation."""

    # -- helpers --------------------------------------------------------------------------

    def run(self, op: Callable[..., Any], *args: Any, done: str = "",
            then: Callable[[Any], None] | None = None) -> None:
        self.clear_marks()
        self.save_button.setEnabled(False)

        def finished(result: Any) -> None:
            self.save_button.setEnabled(True)
            if done:
                self.banner.show_info(done)
            if then is not None:
                then(result)
            self.dialog.reload()

        self.runner.write(op, *args, on_done=finished, on_error=self.refused)

    def refused(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.banner.show_error(self.runner.failure_text(failure))
        params = getattr(failure.error, "params", {}) or {}
        widget = self.fields.get(str(params.get("field", "")))
        if widget is not None:
            widget.setStyleSheet(MARKED)
            widget.setFocus()

    def clear_marks(self, banner: bool = True) -> None:
        if banner:
            self.banner.clear_message()
        for widget in self.fields.values():
            widget.setStyleSheet("")
