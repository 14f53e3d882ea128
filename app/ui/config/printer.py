"""This PC's ticket printer: its connection, paper and QR code, kept in the PC's settings file,
and a test print."""

from __future__ import annotations

from app.core.settings import Settings
from app.operations.context import Context
from app.ui.config.helpers import MARKED, Page, PageDialog
from app.ui.qt import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton
from app.ui.runner import Failure

PROFILES = ("80mm", "58mm", "80mm-basic", "58mm-basic")


def _test_print(_ctx: Context, uri: str, profile: str, timeout: float) -> int:
    from app.operations.printing import test_print

    return test_print(uri, profile, timeout)


class PrinterPage(Page):
    """This PC's ticket printer (device settings in settings.toml) and a test print."""

    def __init__(self, dialog: PageDialog) -> None:
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
        self.desk_tickets = QCheckBox()
        self.desk_tickets.setObjectName("desk_tickets")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.uri, self.profile, self.qr,
                                               self.desk_tickets), strict=True):
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
                                             self.tr("QR code on tickets"),
                                             self.tr("Desk tickets")), strict=True):
            label.setText(text)
        widths = {"80mm": self.tr("80 mm paper (72 mm printed, 48 characters)"),
                  "58mm": self.tr("58 mm paper (48 mm printed, 32 characters)"),
                  "80mm-basic": self.tr("80 mm paper, a printer without graphics"),
                  "58mm-basic": self.tr("58 mm paper, a printer without graphics")}
        for i in range(self.profile.count()):
            self.profile.setItemText(i, widths[self.profile.itemData(i)])
        self.qr.setText(self.tr("Print a QR code"))
        self.desk_tickets.setText(self.tr(
            "Print the tickets issued at this desk (a visitor registered, a ticket reissued)"))
        self.hint.setText(self.tr(
            "tcp://address:9100 for a network printer, usb://vendor:product, "
            "serial:///dev/ttyUSB0, cups://queue or file:///path for a file."))
        self.test_button.setText(self.tr("Test print"))

    def show_settings(self) -> None:
        self.uri.setText(self.settings.get("printer.uri"))
        index = self.profile.findData(self.settings.get("printer.profile"))
        self.profile.setCurrentIndex(max(index, 0))
        self.qr.setChecked(bool(self.settings.get("printer.qr")))
        self.desk_tickets.setChecked(bool(self.settings.get("printer.desk_tickets")))

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
        self.settings.set("printer.desk_tickets", self.desk_tickets.isChecked())
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
