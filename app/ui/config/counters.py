"""The counters page: each counter's number, name, label on the display and the services it
serves."""

from __future__ import annotations

from app.operations import config as cfg
from app.ui.config.helpers import ChecksBox, Page, PageDialog, chosen_item, list_table, spin
from app.ui.config.kiosk import name_services, service_label
from app.ui.qt import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
)


class CountersPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.counters: tuple[cfg.CounterSpec, ...] = ()
        self.editing: int | None = None
        self.table = list_table(4, 1)
        self.table.itemSelectionChanged.connect(self._picked)
        self.layout_.addWidget(self.table)
        self.group = QGroupBox()
        form = QFormLayout(self.group)
        self.number = spin(1, 999)
        self.number.setObjectName("counter_number")
        self.name = QLineEdit()
        self.name.setObjectName("counter_name")
        self.label = QLineEdit()
        self.label.setMaxLength(32)
        self.service_box = ChecksBox()
        self.service_checks: dict[str, QCheckBox] = {}
        self.services: tuple[cfg.ServiceSpec, ...] = ()
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
        name_services(self.service_checks, self.services)
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
        self.service_box.clear()
        self.service_checks = {}
        self.services = config.services
        for spec in config.services:
            box = QCheckBox(service_label(spec))
            box.setObjectName(f"serves_{spec.code}")
            self.service_checks[spec.code] = box
            self.service_box.add(box)
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
        chosen = chosen_item(self.table, self.counters)
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
