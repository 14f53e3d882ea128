"""The admin configuration dialog: the office, its services and counters, this PC's ticket
printer, the kiosk and the display, staff accounts, retention, the sync server and notice
templates. Opened from the staff window by admins only; the operations check the role again.

Every page saves through one operation off the UI thread. A refused value is shown on the
page in the user's language and its field is marked; nothing of a refused save is changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.core import config as rules
from app.core.accounts import STAFF_ROLES, generate_password
from app.core.permissions import Role
from app.core.queue import WEEKDAYS
from app.core.settings import Settings
from app.operations import accounts as acc
from app.operations import config as cfg
from app.operations.bootstrap import Local
from app.operations.context import Context
from app.ui import style
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QColorDialog,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPixmap,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner

PROFILES = ("80mm", "58mm", "80mm-basic", "58mm-basic")
MARKED = f"border: 2px solid {style.ERROR_FG};"


def _spin(low: int, high: int, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if special:
        box.setSpecialValueText(special)
    return box


def _list_table(columns: int, stretch: int) -> QTableWidget:
    """A read-only list of rows, one chosen at a time; column `stretch` takes the width."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _chosen(table: QTableWidget, items: Sequence[Any]) -> Any | None:
    """The item of the row chosen in `table`, or None."""
    rows = table.selectionModel().selectedRows()
    return items[rows[0].row()] if rows and rows[0].row() < len(items) else None


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons on the right of a row."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class HoursEdit(QWidget):
    """A week of opening hours: per day, ranges like "08:30-12:00, 13:00-16:30"; empty is
    closed."""

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
            grid.addWidget(self.labels[day], row, 0)
            grid.addWidget(self.edits[day], row, 1)
        self.retranslate()

    def retranslate(self) -> None:
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                 self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        for day, name in zip(WEEKDAYS, names, strict=True):
            self.labels[day].setText(name)
            self.edits[day].setPlaceholderText(self.tr("closed"))

    def set_hours(self, hours: dict[str, list[str]] | None) -> None:
        for day, edit in self.edits.items():
            edit.setText(", ".join((hours or {}).get(day, [])))

    def hours(self) -> dict[str, str]:
        return {day: edit.text() for day, edit in self.edits.items() if edit.text().strip()}


class Page(QWidget):
    """One page of the dialog: a message banner on top, its form, and Save."""

    def __init__(self, dialog: ConfigDialog) -> None:
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


# -- the office -----------------------------------------------------------------------------


class OfficePage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.logo: bytes | None = None
        self.form = QFormLayout()
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.registry = QLineEdit()
        self.registry.setMaxLength(16)
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(160, 80)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.logo_choose = QPushButton()
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton()
        self.logo_remove.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        self.languages = {lang: QCheckBox(AUTONYMS[lang]) for lang in rules.LANGUAGES}
        lang_row = QHBoxLayout()
        for box in self.languages.values():
            lang_row.addWidget(box)
        lang_row.addStretch(1)
        self.lang_box = QWidget()
        self.lang_box.setLayout(lang_row)
        self.hours = HoursEdit()
        self.holidays = QCheckBox()
        self.holiday_list = QLabel()
        self.holiday_list.setWordWrap(True)
        self.closed = QLineEdit()
        self.closed.setPlaceholderText("2026-12-31, 2027-01-02")
        self.labels = [QLabel() for _ in range(8)]
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        for label, widget in zip(self.labels, (
                self.name, self.address, self.registry, logo_box, self.lang_box, self.hours,
                self.holidays, self.closed), strict=True):
            self.form.addRow(label, widget)
        self.form.insertRow(7, "", self.holiday_list)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.fields = {"office name": self.name, "address": self.address,
                       "registry code": self.registry, "logo": self.logo_view,
                       "languages": self.lang_box, "opening hours": self.hours,
                       "closed days": self.closed}
        self.name.setObjectName("office_name")
        self.registry.setObjectName("registry_code")
        self.closed.setObjectName("closed_days")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Office")

    def retranslate(self) -> None:
        super().retranslate()
        texts = (self.tr("Name"), self.tr("Address"), self.tr("Registry code"), self.tr("Logo"),
                 self.tr("Languages"), self.tr("Opening hours"), self.tr("Public holidays"),
                 self.tr("Other closed days"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.logo_choose.setText(self.tr("Choose\u2026"))
        self.logo_remove.setText(self.tr("Remove"))
        self.holidays.setText(self.tr("Closed on Estonia's public holidays"))
        self.hours.retranslate()
        self._show_holidays()

    def load(self, config: cfg.OfficeConfig) -> None:
        office, settings = config.office, config.settings
        self.name.setText(office.name)
        self.address.setText(office.address)
        self.registry.setText(office.registry_code)
        self.logo = office.logo
        self._show_logo()
        for lang, box in self.languages.items():
            box.setChecked(lang in settings["office.languages"])
        self.hours.set_hours(settings["office.hours"])
        self.holidays.setChecked(bool(settings["office.public_holidays"]))
        self.closed.setText(", ".join(settings["office.closed_days"]))

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_view.setPixmap(pixmap.scaled(
                self.logo_view.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("no logo"))

    def _show_holidays(self) -> None:
        days = public_holidays(date.today().year)
        self.holiday_list.setText(", ".join(f"{d.day}.{d.month}." for d in days))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        try:
            self.logo = path.read_bytes()
        except OSError as exc:
            self.banner.show_error(self.tr("The file cannot be read: {detail}").format(
                detail=exc.strerror or str(exc)))
            return
        self._show_logo()

    def remove_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def save(self) -> None:
        office = {"name": self.name.text(), "address": self.address.text(),
                  "registry_code": self.registry.text(), "logo": self.logo}
        settings = {
            "office.languages": [lang for lang, box in self.languages.items()
                                 if box.isChecked()],
            "office.hours": self.hours.hours(),
            "office.public_holidays": self.holidays.isChecked(),
            "office.closed_days": self.closed.text(),
        }
        self.run(cfg.save_office, office, settings, done=self.tr("The office is saved."))


def public_holidays(year: int) -> list[date]:
    """Estonia's public holidays in `year` (from the holidays package)."""
    import holidays

    return sorted(holidays.country_holidays("EE", years=year))


# -- services -------------------------------------------------------------------------------


class ServicesPage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.services: tuple[cfg.ServiceSpec, ...] = ()
        self.editing: str | None = None
        self.table = _list_table(5, 1)
        self.table.itemSelectionChanged.connect(self._picked)
        self.table.setMinimumHeight(150)
        self.layout_.addWidget(self.table)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.letter = QLineEdit()
        self.letter.setMaxLength(1)
        self.letter.setObjectName("letter")
        self.name_et, self.name_ru, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_et.setObjectName("name_et")
        self.colour = QLineEdit()
        self.colour_pick = QPushButton()
        self.colour_pick.clicked.connect(self._pick_colour)
        colour_box = QWidget()
        colour_row = QHBoxLayout(colour_box)
        colour_row.setContentsMargins(0, 0, 0, 0)
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.colour_pick)
        self.target = _spin(1, 480)
        self.limit = _spin(0, 999)
        self.aging = _spin(0, 480)
        self.hours = HoursEdit()
        self.own_hours = QCheckBox()
        self.own_hours.toggled.connect(self.hours.setEnabled)
        self.active = QCheckBox()
        self.labels = [QLabel() for _ in range(10)]
        for label, widget in zip(self.labels, (self.letter, self.name_et, self.name_ru,
                                               self.name_en, colour_box, self.target,
                                               self.limit, self.aging, self.active,
                                               self.own_hours), strict=True):
            form.addRow(label, widget)
        form.addRow("", self.hours)
        self.layout_.addWidget(self.group)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.buttons.insertWidget(0, self.new_button)
        self.buttons.insertWidget(1, self.remove_button)
        self.fields = {"service letter": self.letter, "service name (Estonian)": self.name_et,
                       "service name (Russian)": self.name_ru,
                       "service name (English)": self.name_en, "colour": self.colour,
                       "target wait": self.target, "daily limit": self.limit,
                       "priority aging": self.aging, "service hours": self.hours}
        self.retranslate()
        self.new()

    def title(self) -> str:
        return self.tr("Services")

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([
            self.tr("Letter"), self.tr("Name"), self.tr("Target wait"), self.tr("Daily limit"),
            self.tr("Offered")])
        texts = (self.tr("Letter"), self.tr("Name in Estonian"), self.tr("Name in Russian"),
                 self.tr("Name in English"), self.tr("Colour"), self.tr("Target wait (min)"),
                 self.tr("Daily limit"), self.tr("Priority aging (min)"),
                 self.tr("Offered"), self.tr("Hours"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.aging.setSpecialValueText(self.tr("none"))
        self.own_hours.setText(self.tr("Its own hours (otherwise the office's)"))
        self.active.setText(self.tr("Visitors can take tickets for it"))
        self.colour_pick.setText(self.tr("Pick\u2026"))
        self.new_button.setText(self.tr("New service"))
        self.remove_button.setText(self.tr("Remove"))
        self.hours.retranslate()
        self._title_group()

    def _title_group(self) -> None:
        self.group.setTitle(self.tr("Service {letter}").format(letter=self.editing)
                            if self.editing else self.tr("New service"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.services = config.services
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.services))
        for row, spec in enumerate(self.services):
            letter = QTableWidgetItem(spec.code)
            letter.setBackground(QColor(spec.colour))
            letter.setForeground(QColor("white"))
            cells = (letter, QTableWidgetItem(spec.name_et),
                     QTableWidgetItem(str(spec.target_wait_min)),
                     QTableWidgetItem(str(spec.daily_limit or "")),
                     QTableWidgetItem(self.tr("yes") if spec.active else self.tr("no")))
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        if self.editing and any(s.code == self.editing for s in self.services):
            self._edit(next(s for s in self.services if s.code == self.editing))

    def _picked(self) -> None:
        chosen = _chosen(self.table, self.services)
        if chosen is not None:
            self.banner.clear_message()
            self._edit(chosen)

    def _edit(self, spec: cfg.ServiceSpec) -> None:
        self.clear_marks(banner=False)
        self.editing = spec.code
        self.letter.setText(spec.code)
        self.name_et.setText(spec.name_et)
        self.name_ru.setText(spec.name_ru)
        self.name_en.setText(spec.name_en)
        self.colour.setText(spec.colour)
        self.target.setValue(spec.target_wait_min)
        self.limit.setValue(spec.daily_limit or 0)
        self.aging.setValue(spec.priority_aging_min or 0)
        self.own_hours.setChecked(bool(spec.hours))
        self.hours.setEnabled(bool(spec.hours))
        self.hours.set_hours(spec.hours)
        self.active.setChecked(spec.active)
        self._title_group()

    def new(self) -> None:
        self.table.clearSelection()
        self._edit(cfg.ServiceSpec("", "", "", ""))
        self.editing = None
        self._title_group()
        self.letter.setFocus()

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour.text() or "#1f6feb"), self)
        if colour.isValid():
            self.colour.setText(colour.name())

    def spec(self) -> cfg.ServiceSpec:
        return cfg.ServiceSpec(
            code=self.letter.text(), name_et=self.name_et.text(), name_ru=self.name_ru.text(),
            name_en=self.name_en.text(), colour=self.colour.text(),
            target_wait_min=self.target.value(), daily_limit=self.limit.value() or None,
            hours=self.hours.hours() if self.own_hours.isChecked() else None,  # type: ignore[arg-type]
            priority_aging_min=self.aging.value() or None, active=self.active.isChecked())

    def save(self) -> None:
        spec = self.spec()
        original = self.editing

        def done(saved: cfg.ServiceSpec) -> None:
            self.editing = saved.code

        self.run(cfg.save_service, spec, original,
                 done=self.tr("The service is saved."), then=done)

    def remove(self) -> None:
        if not self.editing:
            return
        code = self.editing
        answer = QMessageBox.question(
            self, self.tr("Remove the service"),
            self.tr("Remove service {letter}? Visitors can no longer take tickets for it; "
                    "its past tickets are kept.").format(letter=code))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_: Any) -> None:
            self.new()

        self.run(cfg.remove_service, code, done=self.tr("The service is removed."), then=done)


# -- counters -------------------------------------------------------------------------------


class CountersPage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.counters: tuple[cfg.CounterSpec, ...] = ()
        self.editing: int | None = None
        self.table = _list_table(4, 1)
        self.table.itemSelectionChanged.connect(self._picked)
        self.layout_.addWidget(self.table)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.number = _spin(1, 999)
        self.number.setObjectName("counter_number")
        self.name = QLineEdit()
        self.name.setObjectName("counter_name")
        self.label = QLineEdit()
        self.label.setMaxLength(32)
        self.service_box = QWidget()
        self.service_row = QHBoxLayout(self.service_box)
        self.service_row.setContentsMargins(0, 0, 0, 0)
        self.service_checks: dict[str, QCheckBox] = {}
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.number, self.name, self.label,
                                               self.service_box), strict=True):
            form.addRow(label, widget)
        self.layout_.addWidget(self.group)
        self.layout_.addStretch(1)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        self.buttons.insertWidget(0, self.new_button)
        self.buttons.insertWidget(1, self.remove_button)
        self.fields = {"counter number": self.number, "counter name": self.name,
                       "display label": self.label, "counter services": self.service_box}
        self.retranslate()
        self.new()

    def title(self) -> str:
        return self.tr("Counters")

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Name"),
                                              self.tr("On the display"), self.tr("Services")])
        for label, text in zip(self.labels, (self.tr("Number"), self.tr("Name"),
                                             self.tr("Label on the display"),
                                             self.tr("Services")), strict=True):
            label.setText(text)
        self.new_button.setText(self.tr("New counter"))
        self.remove_button.setText(self.tr("Remove"))
        self._title_group()

    def _title_group(self) -> None:
        self.group.setTitle(self.tr("Counter {number}").format(number=self.editing)
                            if self.editing else self.tr("New counter"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.counters = config.counters
        for box in self.service_checks.values():
            self.service_row.removeWidget(box)
            box.deleteLater()
        self.service_checks = {}
        for spec in config.services:
            box = QCheckBox(f"{spec.code} \u2013 {spec.name_et}")
            box.setObjectName(f"serves_{spec.code}")
            self.service_checks[spec.code] = box
            self.service_row.addWidget(box)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.counters))
        for row, counter in enumerate(self.counters):
            for col, text in enumerate((str(counter.number), counter.name, counter.label,
                                        ", ".join(counter.services))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        current = next((c for c in self.counters if c.number == self.editing), None)
        if current is not None:
            self._edit(current)
        else:
            self.new()

    def _picked(self) -> None:
        chosen = _chosen(self.table, self.counters)
        if chosen is not None:
            self.banner.clear_message()
            self._edit(chosen)

    def _edit(self, spec: cfg.CounterSpec) -> None:
        self.clear_marks(banner=False)
        self.editing = spec.number
        self.number.setValue(spec.number)
        self.name.setText(spec.name)
        self.label.setText(spec.label)
        for code, box in self.service_checks.items():
            box.setChecked(code in spec.services)
        self._title_group()

    def new(self) -> None:
        self.table.clearSelection()
        free = max((c.number for c in self.counters), default=0) + 1
        self._edit(cfg.CounterSpec(free, "", str(free), ()))
        self.editing = None
        self._title_group()

    def save(self) -> None:
        spec = cfg.CounterSpec(self.number.value(), self.name.text(), self.label.text(),
                               tuple(c for c, box in self.service_checks.items()
                                     if box.isChecked()))

        def done(saved: cfg.CounterSpec) -> None:
            self.editing = saved.number

        self.run(cfg.save_counter, spec, self.editing, done=self.tr("The counter is saved."),
                 then=done)

    def remove(self) -> None:
        if not self.editing:
            return
        number = self.editing
        answer = QMessageBox.question(self, self.tr("Remove the counter"),
                                      self.tr("Remove counter {number}?").format(number=number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editing = None
        self.run(cfg.remove_counter, number, done=self.tr("The counter is removed."))


# -- this PC's ticket printer ---------------------------------------------------------------


def _test_print(_ctx: Context, uri: str, profile: str, timeout: float) -> int:
    from app.operations.printing import test_print

    return test_print(uri, profile, timeout)


class PrinterPage(Page):
    """This PC's ticket printer (device settings in settings.toml) and a test print."""

    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.settings: Settings = dialog.settings
        form = QFormLayout()
        self.uri = QLineEdit()
        self.uri.setObjectName("printer_uri")
        self.uri.setPlaceholderText("tcp://192.168.1.50:9100")
        self.profile = QComboBox()
        for code in PROFILES:
            self.profile.addItem("", code)
        self.qr = QCheckBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.uri, self.profile, self.qr), strict=True):
            form.addRow(label, widget)
        form.addRow("", self.hint)
        self.layout_.addLayout(form)
        self.result = QLabel()
        self.result.setObjectName("test_result")
        self.result.setWordWrap(True)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.test_button = QPushButton()
        self.test_button.setObjectName("test_print")
        self.test_button.clicked.connect(self.test_print)
        self.buttons.insertWidget(1, self.test_button)
        self.fields = {"printer address": self.uri, "paper": self.profile}
        self.retranslate()
        self.show_settings()

    def title(self) -> str:
        return self.tr("Ticket printer")

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(self.labels, (self.tr("Connection"), self.tr("Paper"),
                                             self.tr("QR code on tickets")), strict=True):
            label.setText(text)
        widths = {"80mm": self.tr("80 mm paper (72 mm printed, 48 characters)"),
                  "58mm": self.tr("58 mm paper (48 mm printed, 32 characters)"),
                  "80mm-basic": self.tr("80 mm paper, a printer without graphics"),
                  "58mm-basic": self.tr("58 mm paper, a printer without graphics")}
        for i in range(self.profile.count()):
            self.profile.setItemText(i, widths[self.profile.itemData(i)])
        self.qr.setText(self.tr("Print a QR code"))
        self.hint.setText(self.tr(
            "tcp://address:9100 for a network printer, usb://vendor:product, "
            "serial:///dev/ttyUSB0, cups://queue or file:///path for a file."))
        self.test_button.setText(self.tr("Test print"))

    def show_settings(self) -> None:
        self.uri.setText(self.settings.get("printer.uri"))
        index = self.profile.findData(self.settings.get("printer.profile"))
        self.profile.setCurrentIndex(max(index, 0))
        self.qr.setChecked(bool(self.settings.get("printer.qr")))

    def _checked(self) -> tuple[str, str] | None:
        from printers.uri import parse_printer_uri

        self.clear_marks()
        uri = self.uri.text().strip()
        try:
            if uri:
                parse_printer_uri(uri)
        except ValueError as exc:
            self.uri.setStyleSheet(MARKED)
            self.banner.show_error(self.tr("The printer connection is not valid: {detail}")
                                   .format(detail=str(exc)))
            return None
        return uri, str(self.profile.currentData())

    def save(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        uri, profile = checked
        self.settings.set("printer.uri", uri)
        self.settings.set("printer.profile", profile)
        self.settings.set("printer.qr", self.qr.isChecked())
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_error(self.tr("The settings cannot be saved: {detail}")
                                   .format(detail=exc.strerror or str(exc)))
            return
        self.banner.show_info(self.tr("The printer of this PC is saved."))

    def test_print(self) -> None:
        checked = self._checked()
        if checked is None:
            return
        uri, profile = checked
        if not uri:
            self.result.setText(self.tr("No printer is set."))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Printing a test ticket\u2026"))
        self.runner.read(_test_print, uri, profile, float(self.settings.get("printer.timeout")),
                         on_done=self._printed, on_error=self._not_printed)

    def _printed(self, sent: int) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(self.tr("Printed: the test ticket went to the printer ({bytes} "
                                    "bytes).").format(bytes=sent))

    def _not_printed(self, failure: Failure) -> None:
        self.test_button.setEnabled(True)
        texts = {
            "printer_paper_out": self.tr("Not printed: the printer is out of paper."),
            "printer_cover_open": self.tr("Not printed: the printer's cover is open."),
            "printer_offline": self.tr("Not printed: the printer is not ready (offline)."),
            "printer_unreachable": self.tr(
                "Not printed: the printer cannot be reached. Check its address, cable and "
                "power."),
        }
        text = texts.get(failure.code)
        self.result.setText(text or self.tr("Not printed: {detail}").format(
            detail=self.runner.failure_text(failure)))


# -- the kiosk, the display, retention ------------------------------------------------------


class KioskPage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        form = QFormLayout()
        self.service_box = QWidget()
        self.service_row = QHBoxLayout(self.service_box)
        self.service_row.setContentsMargins(0, 0, 0, 0)
        self.service_checks: dict[str, QCheckBox] = {}
        self.languages = {lang: QCheckBox(AUTONYMS[lang]) for lang in rules.LANGUAGES}
        self.lang_box = QWidget()
        row = QHBoxLayout(self.lang_box)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.languages.values():
            row.addWidget(box)
        row.addStretch(1)
        self.idle = _spin(5, 600)
        self.idle.setObjectName("idle_seconds")
        self.pin = QLineEdit()
        self.pin.setObjectName("admin_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.service_box, self.lang_box, self.idle,
                                               self.pin), strict=True):
            form.addRow(label, widget)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.fields = {"kiosk services": self.service_box, "kiosk languages": self.lang_box,
                       "idle reset": self.idle, "admin PIN": self.pin}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Kiosk")

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(self.labels, (
                self.tr("Services shown"), self.tr("Languages"),
                self.tr("Back to the start after (seconds)"), self.tr("Admin PIN")), strict=True):
            label.setText(text)
        self.pin.setPlaceholderText(self.tr("unchanged"))

    def load(self, config: cfg.OfficeConfig) -> None:
        settings = config.settings
        for box in self.service_checks.values():
            self.service_row.removeWidget(box)
            box.deleteLater()
        self.service_checks = {}
        shown = settings["kiosk.services"]
        for spec in config.services:
            box = QCheckBox(f"{spec.code} \u2013 {spec.name_et}")
            box.setObjectName(f"kiosk_{spec.code}")
            box.setChecked(not shown or spec.code in shown)
            self.service_checks[spec.code] = box
            self.service_row.addWidget(box)
        for lang, box in self.languages.items():
            box.setChecked(lang in settings["kiosk.languages"])
        self.idle.setValue(int(settings["kiosk.idle_seconds"]))
        self.pin.clear()

    def save(self) -> None:
        chosen = [c for c, box in self.service_checks.items() if box.isChecked()]
        if not chosen:
            self.service_box.setStyleSheet(MARKED)
            self.banner.show_error(self.tr("Choose at least one service for the kiosk."))
            return
        values: dict[str, Any] = {
            # All of them chosen: every service, also those added later.
            "kiosk.services": [] if len(chosen) == len(self.service_checks) else chosen,
            "kiosk.languages": [lang for lang, box in self.languages.items() if box.isChecked()],
            "kiosk.idle_seconds": self.idle.value(),
        }
        if self.pin.text():
            values["kiosk.admin_pin"] = self.pin.text()
        self.run(cfg.update_settings, values, done=self.tr("The kiosk settings are saved."))


class DisplayPage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        form = QFormLayout()
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("display_layout")
        for code in rules.DISPLAY_LAYOUTS:
            self.layout_choice.addItem("", code)
        self.calls = _spin(1, 12)
        self.calls.setObjectName("calls_shown")
        self.chime = QCheckBox()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.layout_choice, self.calls, self.chime),
                                 strict=True):
            form.addRow(label, widget)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.fields = {"display layout": self.layout_choice, "calls shown": self.calls}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Display")

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(self.labels, (self.tr("Layout"), self.tr("Calls shown"),
                                             self.tr("Chime")), strict=True):
            label.setText(text)
        names = {"calls_and_waiting": self.tr("Calls, and below them who waits per service"),
                 "calls_only": self.tr("Calls only")}
        for i in range(self.layout_choice.count()):
            self.layout_choice.setItemText(i, names[self.layout_choice.itemData(i)])
        self.chime.setText(self.tr("Sound a chime on each call"))

    def load(self, config: cfg.OfficeConfig) -> None:
        s = config.settings
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(s["display.layout"]),
                                               0))
        self.calls.setValue(int(s["display.calls_shown"]))
        self.chime.setChecked(bool(s["display.chime"]))

    def save(self) -> None:
        self.run(cfg.update_settings, {
            "display.layout": self.layout_choice.currentData(),
            "display.calls_shown": self.calls.value(),
            "display.chime": self.chime.isChecked(),
        }, done=self.tr("The display settings are saved."))


class RetentionPage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        form = QFormLayout()
        self.tickets = _spin(30, 3650)
        self.tickets.setObjectName("ticket_days")
        self.visitors = _spin(1, 3650)
        self.visitors.setObjectName("visitor_days")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.labels = [QLabel() for _ in range(2)]
        for label, widget in zip(self.labels, (self.tickets, self.visitors), strict=True):
            form.addRow(label, widget)
        form.addRow("", self.note)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.fields = {"ticket retention": self.tickets,
                       "visitor data retention": self.visitors}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Retention")

    def retranslate(self) -> None:
        super().retranslate()
        self.labels[0].setText(self.tr("Tickets kept for (days)"))
        self.labels[1].setText(self.tr("Visitor data kept for (days)"))
        self.note.setText(self.tr(
            "Visitor data is kept for the period of its purpose of visit where one is set, "
            "otherwise for the period above; then names, codes and contacts are removed and "
            "only counts remain."))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.tickets.setValue(int(config.settings["retention.ticket_days"]))
        self.visitors.setValue(int(config.settings["retention.visitor_days"]))

    def save(self) -> None:
        self.run(cfg.update_settings, {"retention.ticket_days": self.tickets.value(),
                                       "retention.visitor_days": self.visitors.value()},
                 done=self.tr("The retention periods are saved."))


# -- visitors: purposes of visit, the specialists' directory, check-out --------------------


def _visitor_setup(ctx: Context) -> tuple[list[Any], list[Any]]:
    from app.operations import visitors

    return visitors.list_purposes(ctx), visitors.list_specialists(ctx)


def _add_purpose(ctx: Context, code: str, names: dict[str, str], route: str, service: str,
                 specialist: str | None, days: int) -> Any:
    from app.operations import visitors

    return visitors.add_purpose(ctx, code, names, route, service or None, specialist, days)


def _add_specialist(ctx: Context, name: str, unit: str, room: str, phone: str,
                    email: str) -> Any:
    from app.operations import visitors

    return visitors.add_specialist(ctx, name, unit, room, phone, email)


def _remove_purpose(ctx: Context, code: str) -> None:
    from app.operations import visitors

    visitors.remove_purpose(ctx, code)


def _remove_specialist(ctx: Context, specialist_id: str) -> None:
    from app.operations import visitors

    visitors.remove_specialist(ctx, specialist_id)


def _watch_list(ctx: Context) -> list[Any]:
    from app.operations import visitors

    return visitors.list_watch_entries(ctx)


def _add_watch(ctx: Context, name: str, reason: str) -> Any:
    from app.operations import visitors

    return visitors.add_watch_entry(ctx, name, reason)


def _remove_watch(ctx: Context, entry_id: str) -> None:
    from app.operations import visitors

    visitors.remove_watch_entry(ctx, entry_id)


class VisitorsPage(Page):
    """Why visitors come and where each purpose leads (a service queue, a specialist of the
    directory, the waiting area), the directory itself, and the daily check-out time."""

    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.purposes: list[Any] = []
        self.specialists: list[Any] = []
        self.services: tuple[cfg.ServiceSpec, ...] = ()
        top = QFormLayout()
        self.checkout = QLineEdit()
        self.checkout.setObjectName("checkout_at")
        self.checkout.setPlaceholderText("18:00")
        self.checkout_label = QLabel()
        top.addRow(self.checkout_label, self.checkout)
        self.layout_.addLayout(top)

        self.purpose_group = QGroupBox()
        purpose = QVBoxLayout(self.purpose_group)
        self.purpose_table = _list_table(4, 1)
        purpose.addWidget(self.purpose_table)
        form = QFormLayout()
        self.p_code = QLineEdit()
        self.p_code.setObjectName("purpose_code")
        self.p_et, self.p_ru, self.p_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.p_et.setObjectName("purpose_et")
        self.p_route = QComboBox()
        self.p_route.setObjectName("purpose_route")
        for code in ("queue", "specialist", "waiting"):
            self.p_route.addItem("", code)
        self.p_target = QComboBox()
        self.p_target.setObjectName("purpose_target")
        self.p_route.currentIndexChanged.connect(self._fill_targets)
        self.p_days = _spin(0, 3650)
        self.p_days.setValue(30)
        self.p_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.p_labels, (self.p_code, self.p_et, self.p_ru, self.p_en,
                                                 self.p_route, self.p_target, self.p_days),
                                 strict=True):
            form.addRow(label, widget)
        purpose.addLayout(form)
        self.p_remove = QPushButton()
        self.p_remove.clicked.connect(self.remove_purpose)
        self.p_add = QPushButton()
        self.p_add.setObjectName("add_purpose")
        self.p_add.clicked.connect(self.add_purpose)
        purpose.addLayout(_button_row(self.p_remove, self.p_add))
        self.layout_.addWidget(self.purpose_group)

        self.host_group = QGroupBox()
        hosts = QVBoxLayout(self.host_group)
        self.host_table = _list_table(4, 0)
        hosts.addWidget(self.host_table)
        host_form = QFormLayout()
        self.h_name, self.h_unit, self.h_room = QLineEdit(), QLineEdit(), QLineEdit()
        self.h_name.setObjectName("specialist_name")
        self.h_phone, self.h_email = QLineEdit(), QLineEdit()
        self.h_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.h_labels, (self.h_name, self.h_unit, self.h_room,
                                                 self.h_phone, self.h_email), strict=True):
            host_form.addRow(label, widget)
        hosts.addLayout(host_form)
        self.h_remove = QPushButton()
        self.h_remove.clicked.connect(self.remove_specialist)
        self.h_add = QPushButton()
        self.h_add.setObjectName("add_specialist")
        self.h_add.clicked.connect(self.add_specialist)
        hosts.addLayout(_button_row(self.h_remove, self.h_add))
        self.layout_.addWidget(self.host_group)

        # The watch list: names the desk is alerted to at registration (near matches too).
        self.watch: list[Any] = []
        self.watch_group = QGroupBox()
        watch = QVBoxLayout(self.watch_group)
        self.watch_table = _list_table(3, 1)
        self.watch_table.setObjectName("watch_list")
        watch.addWidget(self.watch_table)
        watch_form = QFormLayout()
        self.w_name, self.w_reason = QLineEdit(), QLineEdit()
        self.w_name.setObjectName("watch_name")
        self.w_labels = [QLabel(), QLabel()]
        watch_form.addRow(self.w_labels[0], self.w_name)
        watch_form.addRow(self.w_labels[1], self.w_reason)
        watch.addLayout(watch_form)
        self.w_remove = QPushButton()
        self.w_remove.clicked.connect(self.remove_watch)
        self.w_add = QPushButton()
        self.w_add.setObjectName("add_watch")
        self.w_add.clicked.connect(self.add_watch)
        watch.addLayout(_button_row(self.w_remove, self.w_add))
        self.layout_.addWidget(self.watch_group)
        self.fields = {"check-out time": self.checkout, "purpose code": self.p_code,
                       "purpose name": self.p_et, "visitor data retention": self.p_days}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Visitors")

    def retranslate(self) -> None:
        super().retranslate()
        self.checkout_label.setText(self.tr("Check everyone out at"))
        self.checkout.setToolTip(self.tr("Empty: visitors still in are checked out at the "
                                         "start of the next day."))
        self.purpose_group.setTitle(self.tr("Purposes of visit"))
        self.purpose_table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Leads to"), self.tr("Kept (days)")])
        for label, text in zip(self.p_labels, (
                self.tr("Code"), self.tr("Name in Estonian"), self.tr("Name in Russian"),
                self.tr("Name in English"), self.tr("Leads to"), self.tr("Service or person"),
                self.tr("Visitor data kept for (days)")), strict=True):
            label.setText(text)
        routes = {"queue": self.tr("a service queue"), "specialist": self.tr("a specialist"),
                  "waiting": self.tr("the waiting area")}
        for i in range(self.p_route.count()):
            self.p_route.setItemText(i, routes[self.p_route.itemData(i)])
        self.p_add.setText(self.tr("Add purpose"))
        self.p_remove.setText(self.tr("Remove chosen"))
        self.host_group.setTitle(self.tr("Specialists"))
        self.host_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Unit"),
                                                   self.tr("Room"), self.tr("E-mail")])
        for label, text in zip(self.h_labels, (self.tr("Name"), self.tr("Unit"),
                                               self.tr("Room"), self.tr("Phone"),
                                               self.tr("E-mail")), strict=True):
            label.setText(text)
        self.h_add.setText(self.tr("Add specialist"))
        self.h_remove.setText(self.tr("Remove chosen"))
        self.watch_group.setTitle(self.tr("Watch list (the desk is alerted on a near match)"))
        self.watch_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Reason"),
                                                    self.tr("Added by")])
        self.w_labels[0].setText(self.tr("Name"))
        self.w_labels[1].setText(self.tr("Reason"))
        self.w_add.setText(self.tr("Add to the watch list"))
        self.w_remove.setText(self.tr("Remove chosen"))
        self.save_button.setText(self.tr("Save the check-out time"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.services = config.services
        self.checkout.setText(str(config.settings["visitors.checkout_at"]))
        self.runner.read(_visitor_setup, on_done=self._listed, on_error=self.refused)
        self.runner.read(_watch_list, on_done=self._watch_listed, on_error=self.refused)

    def _watch_listed(self, entries: list[Any]) -> None:
        self.watch = entries
        self.watch_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, text in enumerate((e.name, e.reason, e.added_by)):
                self.watch_table.setItem(row, col, QTableWidgetItem(text))

    def add_watch(self) -> None:
        def added(_entry: Any) -> None:
            self.w_name.clear()
            self.w_reason.clear()

        self.run(_add_watch, self.w_name.text(), self.w_reason.text(),
                 done=self.tr("The name is on the watch list."), then=added)

    def remove_watch(self) -> None:
        chosen = _chosen(self.watch_table, self.watch)
        if chosen is not None:
            self.run(_remove_watch, chosen.id,
                     done=self.tr("The name is taken off the watch list."))

    def _listed(self, loaded: tuple[list[Any], list[Any]]) -> None:
        self.purposes, self.specialists = loaded
        lang = "et"
        self.purpose_table.setRowCount(len(self.purposes))
        for row, p in enumerate(self.purposes):
            where = (p.service_code if p.route == "queue"
                     else p.specialist.name if p.specialist is not None
                     else self.p_route.itemText(self.p_route.findData(str(p.route))))
            for col, text in enumerate((p.code, p.name(lang), where, str(p.retention_days))):
                self.purpose_table.setItem(row, col, QTableWidgetItem(text))
        self.host_table.setRowCount(len(self.specialists))
        for row, h in enumerate(self.specialists):
            for col, text in enumerate((h.name, h.unit, h.room, h.email)):
                self.host_table.setItem(row, col, QTableWidgetItem(text))
        self._fill_targets()

    def _fill_targets(self) -> None:
        self.p_target.clear()
        route = self.p_route.currentData()
        if route == "queue":
            for spec in self.services:
                self.p_target.addItem(f"{spec.code} \u2013 {spec.name_et}", spec.code)
        elif route == "specialist":
            for h in self.specialists:
                self.p_target.addItem(h.name, h.id)
        self.p_target.setEnabled(route != "waiting")

    def save(self) -> None:
        self.run(cfg.update_settings, {"visitors.checkout_at": self.checkout.text()},
                 done=self.tr("The check-out time is saved."))

    def add_purpose(self) -> None:
        route = str(self.p_route.currentData())
        target = self.p_target.currentData()
        if route != "waiting" and target is None:
            self.banner.show_error(self.tr("Choose where the purpose leads."))
            return
        self.run(_add_purpose, self.p_code.text(),
                 {"et": self.p_et.text(), "ru": self.p_ru.text(), "en": self.p_en.text()},
                 route, target if route == "queue" else "",
                 target if route == "specialist" else None, self.p_days.value(),
                 done=self.tr("The purpose of visit is added."), then=lambda _p: self._clear())

    def _clear(self) -> None:
        for edit in (self.p_code, self.p_et, self.p_ru, self.p_en, self.h_name, self.h_unit,
                     self.h_room, self.h_phone, self.h_email):
            edit.clear()

    def add_specialist(self) -> None:
        self.run(_add_specialist, self.h_name.text(), self.h_unit.text(), self.h_room.text(),
                 self.h_phone.text(), self.h_email.text(),
                 done=self.tr("The specialist is added."), then=lambda _h: self._clear())

    def remove_purpose(self) -> None:
        chosen = _chosen(self.purpose_table, self.purposes)
        if chosen is not None:
            self.run(_remove_purpose, chosen.code, done=self.tr("The purpose of visit is removed."))

    def remove_specialist(self) -> None:
        chosen = _chosen(self.host_table, self.specialists)
        if chosen is not None:
            self.run(_remove_specialist, chosen.id, done=self.tr("The specialist is removed."))


# -- staff accounts -------------------------------------------------------------------------


class RolesBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.checks = {role: QCheckBox() for role in STAFF_ROLES}
        for role, box in self.checks.items():
            box.setObjectName(f"role_{role}")
            row.addWidget(box)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for role, box in self.checks.items():
            box.setText(role_name(role))

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.checks.items() if box.isChecked())

    def set_roles(self, roles: frozenset[Role]) -> None:
        for role, box in self.checks.items():
            box.setChecked(role in roles)


def role_name(role: Role) -> str:
    names = {Role.ADMIN: "administrator", Role.SUPERVISOR: "supervisor", Role.DESK: "desk",
             Role.COUNTER: "counter"}
    return QCoreApplication.translate("roles", names[role])


class UsersPage(Page):
    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.accounts: list[acc.Account] = []
        self.table = _list_table(4, 2)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._picked)
        self.layout_.addWidget(self.table)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.user = QLineEdit()
        self.user.setObjectName("user_name")
        self.display = QLineEdit()
        self.display.setObjectName("display_name")
        self.roles = RolesBox()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.user, self.display, self.roles),
                                 strict=True):
            form.addRow(label, widget)
        self.password_note = QLabel()
        self.password_note.setObjectName("password_note")
        self.password_note.setWordWrap(True)
        self.password_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.password_note)
        self.layout_.addWidget(self.group)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        for i, button in enumerate((self.new_button, self.reset_button, self.active_button)):
            self.buttons.insertWidget(i, button)
        self.editing: acc.Account | None = None
        self.fields = {"user name": self.user}
        self.retranslate()
        self.new()

    def title(self) -> str:
        return self.tr("Users and roles")

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"),
                                              self.tr("Roles"), self.tr("State")])
        for label, text in zip(self.labels, (self.tr("User name"), self.tr("Name"),
                                             self.tr("Roles")), strict=True):
            label.setText(text)
        self.roles.retranslate()
        self.new_button.setText(self.tr("New user"))
        self.reset_button.setText(self.tr("Reset password"))
        self._buttons()

    def _buttons(self) -> None:
        self.group.setTitle(self.editing.user_name if self.editing else self.tr("New user"))
        self.user.setReadOnly(self.editing is not None)
        self.reset_button.setEnabled(self.editing is not None)
        self.active_button.setEnabled(self.editing is not None)
        self.active_button.setText(self.tr("Switch on") if self.editing is not None
                                   and not self.editing.active else self.tr("Switch off"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.runner.read(acc.list_accounts, on_done=self._listed, on_error=self.refused)

    def _listed(self, accounts: list[acc.Account]) -> None:
        self.accounts = accounts
        self.table.blockSignals(True)
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            state = (self.tr("switched off") if not a.active
                     else self.tr("locked") if a.locked_until is not None
                     else self.tr("active"))
            for col, text in enumerate((a.user_name, a.display_name,
                                        ", ".join(role_name(r) for r in STAFF_ROLES
                                                  if r in a.roles), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        if self.editing is not None:
            again = next((a for a in accounts if a.id == self.editing.id), None)
            if again is not None:
                self._edit(again, keep_note=True)

    def _picked(self) -> None:
        chosen = _chosen(self.table, self.accounts)
        if chosen is not None:
            self.banner.clear_message()
            self._edit(chosen)

    def _edit(self, account: acc.Account, keep_note: bool = False) -> None:
        self.clear_marks(banner=False)
        self.editing = account
        self.user.setText(account.user_name)
        self.display.setText(account.display_name)
        self.roles.set_roles(account.roles)
        if not keep_note:
            self.password_note.clear()
        self._buttons()

    def new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.user.clear()
        self.display.clear()
        self.roles.set_roles(frozenset({Role.DESK}))
        self.password_note.clear()
        self._buttons()

    def _show_password(self, user: str, password: str) -> None:
        self.password_note.setText(self.tr(
            "One-time password of {user}: {password}\nGive it to them; they choose their own "
            "at the first sign-in. It is not shown again.").format(user=user,
                                                                   password=password))

    def save(self) -> None:
        if self.editing is None:
            password = generate_password()
            user = self.user.text()

            def created(account: acc.Account) -> None:
                self.editing = account
                self._show_password(account.user_name, password)

            self.run(acc.create_account, user, self.display.text(), self.roles.roles(),
                     password, done=self.tr("The user is added."), then=created)
        else:
            self.run(acc.set_roles, self.editing.user_name, self.roles.roles(),
                     done=self.tr("The roles are saved."))

    def reset(self) -> None:
        if self.editing is None:
            return
        user = self.editing.user_name
        password = generate_password()
        self.run(acc.reset_password, user, password,
                 done=self.tr("The password is reset."),
                 then=lambda _a: self._show_password(user, password))

    def toggle_active(self) -> None:
        if self.editing is None:
            return
        self.run(acc.set_active, self.editing.user_name, not self.editing.active,
                 done=self.tr("Saved."))


# -- the sync server ------------------------------------------------------------------------


class ServerPage(Page):
    """This PC's server: whether it is connected, and connecting it with an enrollment code."""

    def __init__(self, dialog: ConfigDialog) -> None:
        super().__init__(dialog)
        self.local = dialog.local
        self.state = QLabel()
        self.state.setObjectName("server_state")
        self.state.setWordWrap(True)
        self.layout_.addWidget(self.state)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.url = QLineEdit()
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("https://lett.example.ee:8443")
        self.code = QLineEdit()
        self.code.setObjectName("enroll_code")
        self.code.setPlaceholderText("ABCD-EFGH")
        self.ca = QLineEdit()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.url, self.code, self.ca), strict=True):
            form.addRow(label, widget)
        self.layout_.addWidget(self.group)
        self.layout_.addStretch(1)
        self.fields = {}
        self.retranslate()
        self.show_state()

    def title(self) -> str:
        return self.tr("Sync server")

    def retranslate(self) -> None:
        super().retranslate()
        self.save_button.setText(self.tr("Connect"))
        self.group.setTitle(self.tr("Connect this PC to a server"))
        for label, text in zip(self.labels, (self.tr("Server address"),
                                             self.tr("Enrollment code"),
                                             self.tr("Certificate authority file (optional)")),
                               strict=True):
            label.setText(text)
        self.show_state()

    def show_state(self) -> None:
        if self.local is None:
            self.state.setText("")
            self.group.setEnabled(False)
            return
        url = self.local.settings.get("server.url")
        if url:
            self.state.setText(self.tr(
                "This PC is connected to {url} as a {role} PC. It sends its changes there and "
                "receives the office's; the status bar shows how sync goes.").format(
                    url=url, role=self.local.settings.get("server.role") or "desk"))
        else:
            self.state.setText(self.tr(
                "This PC works alone: its data stays in its own store. To work with other PCs "
                "of the office, ask the server's administrator for an enrollment code "
                "(lett server enroll) and connect."))
        self.group.setEnabled(not url)
        self.save_button.setEnabled(not url)

    def save(self) -> None:
        if self.local is None:
            return
        from app.sync.connection import connect

        local = self.local

        def connecting(_ctx: Context, url: str, code: str, ca: str) -> Any:
            return connect(local, url, code, ca_file=ca)

        self.run(connecting, self.url.text().strip(), self.code.text().strip(),
                 self.ca.text().strip(), done=self.tr("Connected. Restart Lett to work with "
                                                      "the server."),
                 then=lambda _r: self.show_state())


# -- notice templates -----------------------------------------------------------------------


def _templates_page(dialog: ConfigDialog) -> QWidget:
    """The notice templates' editor (edit, check, preview, save a new version)."""
    from app.ui.template_editor import TemplatesPage

    return TemplatesPage(dialog.runner, parent=dialog)


# -- the dialog -----------------------------------------------------------------------------


class ConfigDialog(QDialog):
    """Admins' configuration of the office and of this PC."""

    def __init__(self, runner: Runner, settings: Settings, local: Local | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.local = local
        self.config: cfg.OfficeConfig | None = None
        self.index = QListWidget()
        self.index.setObjectName("pages")
        self.index.setFixedWidth(220)
        self.stack = QStackedWidget()
        from app.ui.config_register import RegisterPage, ScanPage  # they build on Page

        self.pages: list[QWidget] = [
            OfficePage(self), ServicesPage(self), CountersPage(self), PrinterPage(self),
            KioskPage(self), DisplayPage(self), VisitorsPage(self), RegisterPage(self),
            ScanPage(self), UsersPage(self), RetentionPage(self),
            ServerPage(self),
        ]
        for page in self.pages:
            self.stack.addWidget(page)
            self.index.addItem("")
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.templates_added = False
        self.banner = Banner()
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        box = QDialogButtonBox()
        self.export_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export_file)
        self.import_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.import_file)
        self.close_button = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(box)
        self.resize(1000, 720)
        self.retranslate()
        self.index.setCurrentRow(0)
        self.reload()

    def page(self, kind: type) -> Any:
        return next(p for p in self.pages if isinstance(p, kind))

    def add_templates_page(self) -> None:
        """The templates page, added once the store is open (the editor needs the context)."""
        if self.templates_added:
            return
        self.templates_added = True
        page = _templates_page(self)
        self.pages.append(page)
        self.stack.addWidget(page)
        self.index.addItem("")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Configuration"))
        self.close_button.setText(self.tr("Close"))
        self.export_button.setText(self.tr("Export\u2026"))
        self.import_button.setText(self.tr("Import\u2026"))
        for row, page in enumerate(self.pages):
            if isinstance(page, Page):
                page.retranslate()
                self.index.item(row).setText(page.title())
            else:
                self.index.item(row).setText(self.tr("Notice templates"))

    def reload(self) -> None:
        self.runner.read(cfg.office_config, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, config: cfg.OfficeConfig) -> None:
        self.config = config
        for page in self.pages:
            if isinstance(page, Page):
                page.load(config)
        self.add_templates_page()

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(self.runner.failure_text(failure))

    # -- the whole configuration in one file ----------------------------------------------

    def export_file(self, path: str | None = None) -> None:
        """Write the office's configuration to a TOML or JSON file, for a second office to
        start from."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the configuration"), "lett-office.toml",
                self.tr("Configuration (*.toml *.json)"))
        if not path:
            return
        from app.operations.config_file import export_config

        self.runner.read(export_config, Path(path), on_error=self._failed,
                         on_done=lambda written: self.banner.show_info(
                             self.tr("The configuration is written to {path}.").format(
                                 path=written)))

    def import_file(self, path: str | None = None) -> None:
        """Take the whole configuration from a file; a bad file changes nothing."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a configuration"), "",
                self.tr("Configuration (*.toml *.json)"))
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Import a configuration"),
            self.tr("Replace this office's services, counters and settings with those in "
                    "{path}? Services and counters the file does not list are removed.").format(
                        path=path))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.operations.config_file import import_config

        def done(_config: cfg.OfficeConfig) -> None:
            self.banner.show_info(self.tr("The configuration of {path} is taken.").format(
                path=path))
            self.reload()

        self.runner.write(import_config, Path(path), on_done=done, on_error=self._failed)
