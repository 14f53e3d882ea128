"""The services page: each service's letter, names in three languages, colour, target wait,
daily limit, priority aging, own opening hours, and whether visitors can take tickets for it."""

from __future__ import annotations

from typing import Any

from app.operations import config as cfg
from app.ui.config.helpers import HoursEdit, Page, PageDialog, chosen_item, list_table, spin
from app.ui.qt import (
    QCheckBox,
    QColor,
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)


class ServicesPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.services: tuple[cfg.ServiceSpec, ...] = ()
        self.editing: str | None = None
        self.table = list_table(5, 1)
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
        self.target = spin(1, 480)
        self.limit = spin(0, 999)
        self.aging = spin(0, 480)
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
        chosen = chosen_item(self.table, self.services)
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
