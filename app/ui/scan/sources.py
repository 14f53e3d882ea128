"""Where the Scan intake tab's pages come from: the scanner chosen (found on this PC or the
network, or a network scanner by its address), colour and feeder, the buttons that scan, stop,
import files and save a separator sheet, and the scan folder watched. The tab acts on the
buttons; the scanner chosen is kept in the settings for next time."""

from __future__ import annotations

from app.core.settings import Settings
from app.ui.qt import (
    QCheckBox,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ScanSources(QWidget):
    """The scanner and its settings, and the other ways pages come in."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.scanner_label = QLabel()
        self.scanner_box = QComboBox()
        self.scanner_box.setObjectName("scanner")
        self.scanner_box.setMinimumWidth(260)
        self.find_button = QPushButton()
        self.find_button.setObjectName("find_scanners")
        self.address_button = QPushButton()
        self.address_button.setObjectName("scanner_address")
        self.address_button.clicked.connect(self.add_address)
        self.color_box = QCheckBox()
        self.color_box.setObjectName("color")
        self.color_box.setChecked(settings.get("scan.color") == "color")
        self.feeder_box = QCheckBox()
        self.feeder_box.setObjectName("feeder")
        self.feeder_box.setChecked(settings.get("scan.source") == "feeder")
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("scan")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_scan")
        self.cancel_button.setEnabled(False)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_files")
        self.separator_button = QPushButton()
        self.separator_button.setObjectName("separator_sheet")
        self.watch_label = QLabel()
        self.watch_label.setObjectName("watch_folder")
        sources = QHBoxLayout()
        sources.addWidget(self.scanner_label)
        sources.addWidget(self.scanner_box, 1)
        sources.addWidget(self.find_button)
        sources.addWidget(self.address_button)
        sources2 = QHBoxLayout()
        sources2.addWidget(self.color_box)
        sources2.addWidget(self.feeder_box)
        sources2.addWidget(self.scan_button)
        sources2.addWidget(self.cancel_button)
        sources2.addSpacing(24)
        sources2.addWidget(self.import_button)
        sources2.addWidget(self.separator_button)
        sources2.addWidget(self.watch_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sources)
        layout.addLayout(sources2)
        self.retranslate()
        self.show_scanners([])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scanner_label.setText(self.tr("Scanner"))
        self.find_button.setText(self.tr("Find scanners"))
        self.address_button.setText(self.tr("Network scanner\u2026"))
        self.address_button.setToolTip(self.tr(
            "A network (eSCL / AirScan) scanner by its address, e.g. 192.168.1.20"))
        self.color_box.setText(self.tr("Colour"))
        self.feeder_box.setText(self.tr("Document feeder"))
        self.scan_button.setText(self.tr("Scan"))
        self.cancel_button.setText(self.tr("Stop"))
        self.import_button.setText(self.tr("Import files\u2026"))
        self.import_button.setToolTip(self.tr("PDF, TIFF, JPEG or PNG; or drop files here"))
        self.separator_button.setText(self.tr("Separator sheet\u2026"))
        self.separator_button.setToolTip(self.tr(
            "A sheet to print and put in front of each document of a pile: the scan is split "
            "into documents where it is"))
        if self.scanner_box.count() == 1 and self.scanner_box.itemData(0) is None:
            self.scanner_box.setItemText(0, self.tr("(press \u201cFind scanners\u201d)"))
        self.show_watch()

    def show_scanners(self, found: list[tuple[str, str]]) -> None:
        """The scanners found, and the one kept in the settings; the choice stays."""
        kept = str(self.settings.get("scan.scanner") or "")
        chosen = self.scanner_box.currentData() or kept
        self.scanner_box.clear()
        seen = set()
        for label, key in found + ([(kept.partition(":")[2] or kept, kept)] if kept else []):
            if key not in seen:
                seen.add(key)
                self.scanner_box.addItem(label, key)
        if not seen:
            self.scanner_box.addItem(self.tr("(press \u201cFind scanners\u201d)"), None)
        self.scanner_box.setCurrentIndex(max(0, self.scanner_box.findData(chosen)))

    def add_address(self) -> None:
        address, ok = QInputDialog.getText(self, self.tr("Network scanner"),
                                           self.tr("Address of the scanner"))
        address = address.strip()
        if not ok or not address:
            return
        if "://" not in address:
            address = f"http://{address}/eSCL"
        key = f"escl:{address}"
        if self.scanner_box.findData(key) < 0:
            if self.scanner_box.currentData() is None:
                self.scanner_box.clear()
            self.scanner_box.addItem(address, key)
        self.scanner_box.setCurrentIndex(self.scanner_box.findData(key))

    def scanner(self) -> str | None:
        """The scanner chosen ("sane:DEVICE", "escl:URL", …), kept in the settings with its
        colour and source when it is a new choice; None when there is none."""
        key = self.scanner_box.currentData()
        if not key:
            return None
        if key != self.settings.get("scan.scanner"):
            self.settings.set("scan.scanner", key)
            self.settings.set("scan.color", "color" if self.color_box.isChecked() else "gray")
            self.settings.set("scan.source",
                              "feeder" if self.feeder_box.isChecked() else "flatbed")
            self.settings.save()
        return str(key)

    def show_watch(self) -> None:
        folder = str(self.settings.get("scan.watch_folder") or "")
        self.watch_label.setText(
            self.tr("Scan folder: {folder}").format(folder=folder) if folder else "")
