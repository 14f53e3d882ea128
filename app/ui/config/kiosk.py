"""The kiosk page: the services and languages it shows, when it goes back to the start, and
its admin PIN (the office's, for every kiosk); whether this kiosk PC offers to read the
number aloud, and how loud (this PC's, in settings.toml)."""

from __future__ import annotations

from typing import Any

from app.core import config as rules
from app.core.settings import Settings
from app.operations import config as cfg
from app.ui.config.helpers import MARKED, Page, PageDialog, spin
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class KioskPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.settings: Settings = dialog.settings
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
        self.idle = spin(5, 600)
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
        self.this_pc = QGroupBox()
        pc_form = QFormLayout(self.this_pc)
        self.read_aloud = QCheckBox()
        self.read_aloud.setObjectName("kiosk_read_aloud")
        self.volume = spin(0, 100)
        self.volume.setObjectName("kiosk_volume")
        self.volume.setSuffix(" %")
        self.pc_labels = [QLabel() for _ in range(2)]
        for label, widget in zip(self.pc_labels, (self.read_aloud, self.volume), strict=True):
            pc_form.addRow(label, widget)
        self.layout_.addWidget(self.this_pc)
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
        self.this_pc.setTitle(self.tr("This kiosk PC"))
        for label, text in zip(self.pc_labels, (self.tr("Voice"), self.tr("Volume")),
                               strict=True):
            label.setText(text)
        self.read_aloud.setText(self.tr("Offer to read the number aloud after issuing"))

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
        self.read_aloud.setChecked(bool(self.settings.get("kiosk.read_aloud")))
        self.volume.setValue(int(self.settings.get("kiosk.volume")))

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
        self.settings.set("kiosk.read_aloud", self.read_aloud.isChecked())
        self.settings.set("kiosk.volume", self.volume.value())
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_error(self.tr("The settings cannot be saved: {detail}")
                                   .format(detail=exc.strerror or str(exc)))
            return
        self.run(cfg.update_settings, values, done=self.tr("The kiosk settings are saved."))
