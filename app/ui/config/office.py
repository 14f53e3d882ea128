"""The office page: name, address, registry code, logo, languages, opening hours, public
holidays and other closed days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core import config as rules
from app.operations import config as cfg
from app.ui.config.helpers import HoursEdit, Page, PageDialog
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPixmap,
    QPushButton,
    Qt,
    QWidget,
)


class OfficePage(Page):
    def __init__(self, dialog: PageDialog) -> None:
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
