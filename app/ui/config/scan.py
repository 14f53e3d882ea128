"""This PC's scanning: the scanner, resolution, the scan folder of a multifunction printer,
the text layer and the slip printer; kept in the PC's settings file."""

from __future__ import annotations

from pathlib import Path

from app.ui.config.helpers import Page, PageDialog
from app.ui.qt import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)
from app.ui.register_form import fill_choices


class ScanPage(Page):
    """This PC's scanning: kept in its settings file, not in the office's configuration."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.settings = dialog.settings
        self.scanner = QLineEdit()
        self.scanner.setObjectName("scanner")
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        for dpi in (150, 200, 300, 400, 600):
            self.resolution.addItem(f"{dpi} dpi", dpi)
        self.color = QComboBox()
        self.color.setObjectName("scan_color")
        self.source = QComboBox()
        self.source.setObjectName("scan_source")
        self.watch = QLineEdit()
        self.watch.setObjectName("watch_folder")
        self.browse = QPushButton()
        self.browse.setObjectName("browse_watch_folder")
        self.browse.clicked.connect(self._browse)
        watch_row = QHBoxLayout()
        watch_row.addWidget(self.watch, 1)
        watch_row.addWidget(self.browse)
        self.ocr = QCheckBox()
        self.ocr.setObjectName("scan_ocr")
        self.slip_printer = QLineEdit()
        self.slip_printer.setObjectName("slip_printer")
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.scanner, self.resolution, self.color,
                                               self.source, watch_row, self.slip_printer),
                                 strict=True):
            form.addRow(label, widget)
        form.addRow("", self.ocr)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Scanning (this PC)")

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(self.labels, (
                self.tr("Scanner"), self.tr("Resolution"), self.tr("Scan in"),
                self.tr("Scan from"), self.tr("Scan folder"),
                self.tr("Printer of registration slips")), strict=True):
            label.setText(text)
        self.scanner.setPlaceholderText(self.tr(
            "sane:DEVICE or escl:http://192.168.1.20/eSCL (empty: choose when scanning)"))
        fill_choices(self.color, (("gray", self.tr("grey")), ("color", self.tr("colour"))))
        fill_choices(self.source, (("feeder", self.tr("the document feeder")),
                                 ("flatbed", self.tr("the flatbed"))))
        self.browse.setText(self.tr("Choose\u2026"))
        self.watch.setPlaceholderText(self.tr(
            "A folder a multifunction printer scans into, often a network share"))
        self.slip_printer.setPlaceholderText(self.tr(
            "A CUPS queue (empty: the system's default printer)"))
        self.ocr.setText(self.tr("Add a text layer (OCR) to registered documents"))
        self.note.setText(self.tr(
            "Files in the scan folder are taken once they stop growing, moved to its "
            "\u201ctaken\u201d folder and never deleted; a file that cannot be read goes to "
            "its \u201cfailed\u201d folder with the reason."))

    def _show(self) -> None:
        s = self.settings
        self.scanner.setText(str(s.get("scan.scanner")))
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(
            int(s.get("scan.resolution")))))
        self.color.setCurrentIndex(max(0, self.color.findData(s.get("scan.color"))))
        self.source.setCurrentIndex(max(0, self.source.findData(s.get("scan.source"))))
        self.watch.setText(str(s.get("scan.watch_folder")))
        self.ocr.setChecked(bool(s.get("scan.ocr")))
        self.slip_printer.setText(str(s.get("register.slip_printer")))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Scan folder"),
                                                  self.watch.text())
        if folder:
            self.watch.setText(folder)

    def save(self) -> None:
        self.clear_marks()
        folder = self.watch.text().strip()
        if folder and not Path(folder).is_dir():
            self.watch.setStyleSheet("border: 2px solid #b3261e;")
            self.banner.show_error(self.tr(
                "The scan folder {folder} does not exist or cannot be reached.").format(
                folder=folder))
            return
        s = self.settings
        s.set("scan.scanner", self.scanner.text().strip())
        s.set("scan.resolution", int(self.resolution.currentData()))
        s.set("scan.color", str(self.color.currentData()))
        s.set("scan.source", str(self.source.currentData()))
        s.set("scan.watch_folder", folder)
        s.set("scan.ocr", self.ocr.isChecked())
        s.set("register.slip_printer", self.slip_printer.text().strip())
        try:
            s.save()
        except OSError as exc:
            self.banner.show_error(self.tr("The settings cannot be saved: {detail}")
                                   .format(detail=exc.strerror or str(exc)))
            return
        self.banner.show_info(self.tr("The scanning settings of this PC are saved."))
