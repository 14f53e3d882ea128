"""The "on the phone" strip: a small window that stays on top of every other while a call
goes on, with the call's time and a Stop button, so an adviser working in another program
sees the call running and ends it with one click."""

from __future__ import annotations

from app.ui import style
from app.ui.qt import QEvent, QHBoxLayout, QLabel, QPushButton, Qt, QWidget, Signal


class OnThePhoneStrip(QWidget):
    """Shown while a contact's timer runs; `stop` asks the tab to stop and save it."""

    stop = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("on_the_phone")
        self.setStyleSheet("QWidget#on_the_phone { background: #fff8c5; "
                           "border: 1px solid #9a6700; }")
        self.label = QLabel()
        style.set_font(self.label, 15, bold=True)
        self.time = QLabel("00:00")
        style.set_font(self.time, 15)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("strip_stop")
        self.stop_button.clicked.connect(self.stop.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.label)
        row.addWidget(self.time)
        row.addStretch(1)
        row.addWidget(self.stop_button)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(340, 44)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("On the phone"))
        self.stop_button.setText(self.tr("Stop and save"))
        self.setWindowTitle(self.tr("On the phone"))

    def show_time(self, text: str) -> None:
        self.time.setText(text)
