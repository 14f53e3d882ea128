"""The display page: its layout, how many calls it shows and the chime (the office's, for
every display), and whether this display PC says calls aloud, how loud, and from which folder
of recorded fragments (this PC's, in settings.toml)."""

from __future__ import annotations

from pathlib import Path

from app.core import config as rules
from app.core.settings import Settings
from app.operations import config as cfg
from app.ui.config.helpers import MARKED, Page, PageDialog, spin
from app.ui.qt import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit


class DisplayPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.settings: Settings = dialog.settings
        form = QFormLayout()
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("display_layout")
        for code in rules.DISPLAY_LAYOUTS:
            self.layout_choice.addItem("", code)
        self.calls = spin(1, 12)
        self.calls.setObjectName("calls_shown")
        self.chime = QCheckBox()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.layout_choice, self.calls, self.chime),
                                 strict=True):
            form.addRow(label, widget)
        self.layout_.addLayout(form)
        self.this_pc = QGroupBox()
        pc_form = QFormLayout(self.this_pc)
        self.speech = QCheckBox()
        self.speech.setObjectName("display_speech")
        self.volume = spin(0, 100)
        self.volume.setObjectName("display_volume")
        self.volume.setSuffix(" %")
        self.voice_folder = QLineEdit()
        self.voice_folder.setObjectName("voice_folder")
        self.voice_hint = QLabel()
        self.voice_hint.setWordWrap(True)
        self.voice_hint.setStyleSheet("color: #555;")
        self.pc_labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.pc_labels, (self.speech, self.volume, self.voice_folder),
                                 strict=True):
            pc_form.addRow(label, widget)
        pc_form.addRow("", self.voice_hint)
        self.layout_.addWidget(self.this_pc)
        self.layout_.addStretch(1)
        self.fields = {"display layout": self.layout_choice, "calls shown": self.calls}
        self.retranslate()
        self.show_settings()

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
        self.this_pc.setTitle(self.tr("This display PC"))
        for label, text in zip(self.pc_labels, (self.tr("Voice"), self.tr("Volume"),
                                                self.tr("Recorded fragments")), strict=True):
            label.setText(text)
        self.speech.setText(self.tr(
            "Say each call aloud: the visitor's language, then Estonian (the chime sounds "
            "either way)"))
        self.voice_folder.setPlaceholderText(self.tr("empty: the built-in voice"))
        self.voice_hint.setText(self.tr(
            "A folder with a subfolder per language (et, ru, en) of WAV files: number.wav, "
            "counter.wav, 0.wav to 9.wav, A.wav to Z.wav. A call is said from them where "
            "all its parts are there, otherwise by the built-in voice. The display takes "
            "these at its next start."))

    def show_settings(self) -> None:
        self.speech.setChecked(bool(self.settings.get("display.speech")))
        self.volume.setValue(int(self.settings.get("display.volume")))
        self.voice_folder.setText(str(self.settings.get("display.voice_folder")))

    def load(self, config: cfg.OfficeConfig) -> None:
        s = config.settings
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(s["display.layout"]),
                                               0))
        self.calls.setValue(int(s["display.calls_shown"]))
        self.chime.setChecked(bool(s["display.chime"]))
        self.show_settings()

    def save(self) -> None:
        self.clear_marks()
        folder = self.voice_folder.text().strip()
        if folder and not Path(folder).is_dir():
            self.voice_folder.setStyleSheet(MARKED)
            self.banner.show_error(self.tr(
                "The folder of recorded fragments does not exist: {folder}. Choose an "
                "existing folder, or leave it empty for the built-in voice.").format(
                folder=folder))
            return
        self.settings.set("display.speech", self.speech.isChecked())
        self.settings.set("display.volume", self.volume.value())
        self.settings.set("display.voice_folder", folder)
        try:
            self.settings.save()
        except OSError as exc:
            self.banner.show_error(self.tr("The settings cannot be saved: {detail}")
                                   .format(detail=exc.strerror or str(exc)))
            return
        self.run(cfg.update_settings, {
            "display.layout": self.layout_choice.currentData(),
            "display.calls_shown": self.calls.value(),
            "display.chime": self.chime.isChecked(),
        }, done=self.tr("The display settings are saved."))
