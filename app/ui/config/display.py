"""The display page: its layout, how many calls it shows, and the chime."""

from __future__ import annotations

from app.core import config as rules
from app.operations import config as cfg
from app.ui.config.helpers import Page, PageDialog, spin
from app.ui.qt import QCheckBox, QComboBox, QFormLayout, QLabel


class DisplayPage(Page):
    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
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
