"""The kiosk page: the services and languages it shows, when it goes back to the start, its
admin PIN (the office's, for every kiosk), and the ticket's page on the visitor's phone (the
server's public address its QR code opens, and how long a visitor who stepped out keeps their
place); whether this kiosk PC offers to read the number aloud, and how loud (this PC's, in
settings.toml)."""

from __future__ import annotations

from typing import Any

from app.core import config as rules
from app.core.settings import Settings
from app.operations import config as cfg
from app.ui.config.helpers import MARKED, ChecksBox, Page, PageDialog, spin
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
from app.ui.qt_i18n import current_language


def service_label(spec: cfg.ServiceSpec) -> str:
    """A service's letter and name in the window's language (Estonian where it has none)."""
    names = {"et": spec.name_et, "ru": spec.name_ru, "en": spec.name_en}
    return f"{spec.code} \u2013 {names.get(current_language()) or spec.name_et}"


def name_services(checks: dict[str, QCheckBox], services: Any) -> None:
    """Name the services' check boxes again, in the window's language."""
    for spec in services:
        if spec.code in checks:
            checks[spec.code].setText(service_label(spec))


class KioskPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.settings: Settings = dialog.settings
        form = QFormLayout()
        self.service_box = ChecksBox()
        self.service_checks: dict[str, QCheckBox] = {}
        self.services: tuple[cfg.ServiceSpec, ...] = ()
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
        self.page_address = QLineEdit()
        self.page_address.setObjectName("ticket_page_address")
        self.page_address.setMaxLength(200)
        self.page_address.setPlaceholderText("https://")
        self.away = spin(0, 30)
        self.away.setObjectName("ticket_page_away_minutes")
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.service_box, self.lang_box, self.idle,
                                               self.pin, self.page_address, self.away),
                                 strict=True):
            form.addRow(label, widget)
            label.setBuddy(widget)
        self.page_note = QLabel()
        self.page_note.setWordWrap(True)
        form.addRow(self.page_note)
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
                       "idle reset": self.idle, "admin PIN": self.pin,
                       "ticket page address": self.page_address,
                       "stepped-out grace": self.away}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Kiosk")

    def retranslate(self) -> None:
        super().retranslate()
        name_services(self.service_checks, self.services)
        for label, text in zip(self.labels, (
                self.tr("Services shown"), self.tr("Languages"),
                self.tr("Back to the start after (seconds)"), self.tr("Admin PIN"),
                self.tr("Server's public address"),
                self.tr("Place kept for a visitor who stepped out (minutes)")), strict=True):
            label.setText(text)
        self.pin.setPlaceholderText(self.tr("unchanged"))
        self.this_pc.setTitle(self.tr("This kiosk PC"))
        for label, text in zip(self.pc_labels, (self.tr("Voice"), self.tr("Volume")),
                               strict=True):
            label.setText(text)
        self.read_aloud.setText(self.tr("Offer to read the number aloud after issuing"))
        self.away.setSpecialValueText(self.tr("not offered"))
        self.page_note.setText(self.tr(
            "With a public address, each printed ticket carries a QR code that opens the "
            "ticket's live page on the visitor's phone (where the printer prints QR codes). "
            "Only /t/ of the server needs to be reachable from the visitors' network."))

    def load(self, config: cfg.OfficeConfig) -> None:
        settings = config.settings
        self.service_box.clear()
        self.service_checks = {}
        self.services = config.services
        shown = settings["kiosk.services"]
        for spec in config.services:
            box = QCheckBox(service_label(spec))
            box.setObjectName(f"kiosk_{spec.code}")
            box.setChecked(not shown or spec.code in shown)
            self.service_checks[spec.code] = box
            self.service_box.add(box)
        for lang, box in self.languages.items():
            box.setChecked(lang in settings["kiosk.languages"])
        self.idle.setValue(int(settings["kiosk.idle_seconds"]))
        self.pin.clear()
        self.read_aloud.setChecked(bool(self.settings.get("kiosk.read_aloud")))
        self.volume.setValue(int(self.settings.get("kiosk.volume")))
        self.page_address.setText(str(settings["ticket_page.address"]))
        self.away.setValue(int(settings["ticket_page.away_minutes"]))

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
            "ticket_page.address": self.page_address.text(),
            "ticket_page.away_minutes": self.away.value(),
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
