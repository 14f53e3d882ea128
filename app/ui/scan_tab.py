"""The Scan intake tab: bring pages in (scanner, network scanner, files, the scan folder of a
multifunction printer), review them, register each document with its PDF.

Top: where the pages come from and the scan's settings. Left: the batch's documents and the
pages of the chosen one as thumbnails (drag to reorder; rotate, delete, split; blank pages and
separator sheets are marked, never removed by themselves). Right: the register form and
"Register". Scanning, reading files, drawing thumbnails and making the PDF run off the UI
thread; the batch is kept on disk after every change (app.scan.batch), so nothing scanned is
lost when the window closes.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import LettError
from app.core.settings import Settings
from app.operations.context import Context
from app.scan.batch import Batch
from app.scan.pages import Page
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QEvent,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QImage,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPainter,
    QPixmap,
    QPushButton,
    QRunnable,
    QScrollArea,
    QSize,
    QSplitter,
    Qt,
    QThreadPool,
    QTimer,
    QTransform,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.register_form import RegisterForm
from app.ui.runner import Failure, Runner

THUMB = 150
ERROR_STYLE = "color: #b3261e;"
WATCH_POLL_MS = 2000
IMPORTABLE = "*.pdf *.tif *.tiff *.jpg *.jpeg *.png"


class _Signals(QObject):
    page = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    """Work off the UI thread (a scan, an import, a thumbnail): its pages, result or error
    come back through queued signals."""

    def __init__(self, work: Callable[[Callable[[Page], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.page.emit)
        except Exception as exc:  # noqa: BLE001 - shown to the person, never a crash
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


# -- work done off the UI thread ----------------------------------------------------------


def _find_scanners() -> list[tuple[str, str]]:
    """(label, "sane:DEVICE" or "escl:URL") of every scanner this PC can find."""
    from app.scan.sources import escl, sane

    found: list[tuple[str, str]] = []
    try:
        if sys.platform == "win32":
            from app.scan.sources import wia

            found += [(s.name, f"wia:{s.device_id}") for s in wia.list_scanners()]
        else:
            found += [(s.name, f"sane:{s.device}") for s in sane.list_scanners()]
    except LettError:
        pass
    for name, url in escl.discover(timeout=2.0):
        found.append((name, f"escl:{url}"))
    return found


def _scan(scanner: str, folder: Path, resolution: int, color: bool, feeder: bool,
          cancel: threading.Event, on_page: Callable[[Page], None]) -> list[Page]:
    kind, _, address = scanner.partition(":")
    if kind == "wia":
        from app.scan.sources import wia

        return wia.scan(address, folder, resolution=resolution, color=color, feeder=feeder,
                        cancel=cancel, on_page=on_page)
    if kind == "escl":
        from app.scan.sources import escl

        with escl.EsclScanner(address) as scanner:
            return scanner.scan(
                folder, resolution=resolution, color_mode="RGB24" if color else "Grayscale8",
                source="Feeder" if feeder else "Platen", cancel=cancel, on_page=on_page)
    from app.scan.sources import sane

    offered = sane.scanner_options(address)
    sources = [s for s in offered.sources if sane.is_feeder(s) == feeder]
    modes = [m for m in offered.modes if m.lower() == ("color" if color else "gray")]
    return sane.scan(address, folder, resolution=resolution,
                     mode=modes[0] if modes else (offered.mode or "Gray"),
                     source=sources[0] if sources else offered.source, cancel=cancel,
                     on_page=on_page)


def _import(paths: list[Path], folder: Path) -> Any:
    from app.scan.sources.files import import_files

    return import_files(paths, folder)


def _marks(page: Page) -> tuple[bool, str | None]:
    """Whether the page looks blank, and the kind of separator sheet it is, if one."""
    from app.scan.review import is_blank, separator_kind

    return is_blank(page), separator_kind(page)


def _thumbnail(page: Page) -> QImage:
    image = QImage(str(page.image))
    if image.isNull():
        return image
    image = image.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    if page.rotation:
        image = image.transformed(QTransform().rotate(page.rotation))
    # A thin edge, so a white page shows against the white list.
    framed = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(framed)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(0, 0, framed.width() - 1, framed.height() - 1)
    painter.end()
    return framed


def _register(ctx: Context, document: Any, pages: list[Page], ocr: bool) -> Any:
    from app.operations.intake import register_scanned

    return register_scanned(ctx, document, pages, ocr=ocr)


def _resume_text_layers(ctx: Context) -> int:
    """Queue again the text layers of documents registered here that Lett was closed before
    finishing."""
    from app.core.permissions import Action
    from app.operations.intake import text_layers

    if not ctx.actor.may(Action.REGISTER_DOCUMENTS):
        return 0
    return text_layers.resume(ctx)


def _print_slip(ctx: Context, entry_id: str, printer: str) -> Any:
    from app.operations.register_follow import print_slip

    return print_slip(ctx, entry_id, printer)


def register_choices(ctx: Context, lang: str) -> Any:
    """The register's series and the office's document types (code, name in `lang`); None
    for a person who may not register documents."""
    from app.core.permissions import Action
    from app.operations.register import deadline_rules, list_series
    from app.operations.register_follow import document_type_name

    if not ctx.actor.may(Action.REGISTER_DOCUMENTS):
        return None
    return list_series(ctx), [(code, document_type_name(ctx, code, lang))
                              for code in deadline_rules(ctx)]


class ScanTab(QWidget):
    """Scan, review and register."""

    result = Signal(str)

    def __init__(self, runner: Runner | Context, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if isinstance(runner, Runner) else Runner(runner, parent=self)
        self.settings = settings
        self.batch = Batch.open(settings.path.parent / "intake")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.tasks: set[_Task] = set()
        self.thumbs: dict[tuple[Path, int], QImage] = {}
        self.marks: dict[Path, tuple[bool, str | None]] = {}
        self.current = 0
        self.cancel: threading.Event | None = None
        self.scanning_into: int | None = None
        self.watcher: Any = None
        # A poll of the scan folder is under way (the next one waits for it).
        self.polling = False

        # -- where pages come from ------------------------------------------------------
        self.scanner_label = QLabel()
        self.scanner_box = QComboBox()
        self.scanner_box.setObjectName("scanner")
        self.scanner_box.setMinimumWidth(260)
        self.find_button = QPushButton()
        self.find_button.setObjectName("find_scanners")
        self.find_button.clicked.connect(self.find_scanners)
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
        self.scan_button.clicked.connect(self.scan)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_scan")
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.cancel_button.setEnabled(False)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_files")
        self.import_button.clicked.connect(self.choose_files)
        self.separator_button = QPushButton()
        self.separator_button.setObjectName("separator_sheet")
        self.separator_button.clicked.connect(self.save_separator)
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

        # -- review ---------------------------------------------------------------------
        self.documents = QComboBox()
        self.documents.setObjectName("documents")
        self.documents.currentIndexChanged.connect(self._document_chosen)
        self.pages = QListWidget()
        self.pages.setObjectName("pages")
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setIconSize(QSize(THUMB, THUMB))
        self.pages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pages.setMovement(QListWidget.Movement.Snap)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pages.setSpacing(6)
        self.pages.model().rowsMoved.connect(self._pages_moved)
        self.pages.itemSelectionChanged.connect(self._selection_changed)
        self.left_button = QPushButton()
        self.left_button.setObjectName("rotate_left")
        self.left_button.clicked.connect(lambda: self.rotate(270))
        self.right_button = QPushButton()
        self.right_button.setObjectName("rotate_right")
        self.right_button.clicked.connect(lambda: self.rotate(90))
        self.earlier_button = QPushButton()
        self.earlier_button.setObjectName("move_earlier")
        self.earlier_button.clicked.connect(lambda: self.move_selected(-1))
        self.later_button = QPushButton()
        self.later_button.setObjectName("move_later")
        self.later_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete_pages")
        self.delete_button.clicked.connect(self.delete_pages)
        self.blank_button = QPushButton()
        self.blank_button.setObjectName("select_blank")
        self.blank_button.clicked.connect(self.select_blank)
        self.split_button = QPushButton()
        self.split_button.setObjectName("split_here")
        self.split_button.clicked.connect(self.split_here)
        self.separators_button = QPushButton()
        self.separators_button.setObjectName("split_separators")
        self.separators_button.clicked.connect(self.split_at_separators)
        self.rescan_button = QPushButton()
        self.rescan_button.setObjectName("rescan_page")
        self.rescan_button.clicked.connect(self.rescan_page)
        self.insert_button = QPushButton()
        self.insert_button.setObjectName("insert_scan")
        self.insert_button.clicked.connect(self.insert_scan)
        self.review_box = QGroupBox()
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.documents)
        review.addWidget(self.pages, 1)
        for buttons in ((self.left_button, self.right_button, self.earlier_button,
                         self.later_button, self.delete_button, self.blank_button),
                        (self.split_button, self.separators_button, self.rescan_button,
                         self.insert_button)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            review.addLayout(row)

        # -- register -------------------------------------------------------------------
        self.form = RegisterForm()
        self.ocr_box = QCheckBox()
        self.ocr_box.setObjectName("ocr")
        self.ocr_box.setChecked(bool(settings.get("scan.ocr")))
        self.slip_box = QCheckBox()
        self.slip_box.setObjectName("print_slip")
        self.register_button = QPushButton()
        self.register_button.setObjectName("register")
        self.register_button.clicked.connect(self.register)
        self.form_box = QGroupBox()
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(self.form)
        form_layout.addWidget(self.ocr_box)
        form_layout.addWidget(self.slip_box)
        form_layout.addWidget(self.register_button)
        form_layout.addStretch(1)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(self.form_box)
        form_scroll.setMinimumWidth(self.form_box.sizeHint().width() + 24)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.review_box)
        split.addWidget(form_scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(sources)
        layout.addLayout(sources2)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)

        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self.poll_watch_folder)
        self.retranslate()
        self._fill_scanners([])
        self._show_batch()
        self.start_watch_folder()
        if settings.get("scan.ocr"):
            self.runner.read(_resume_text_layers, on_error=lambda _failure: None)
        self.stale = True

    # -- loading --------------------------------------------------------------------------

    def request_refresh(self) -> None:
        if self.isVisible():
            self.runner.read(register_choices, current_language(), on_done=self._series_loaded,
                             on_error=self._failed)
        else:
            self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.runner.read(register_choices, current_language(), on_done=self._series_loaded,
                             on_error=self._failed)

    def _series_loaded(self, choices: Any) -> None:
        if choices is None:
            self.setEnabled(False)
            self._say(self.tr("Your roles do not include registering documents."), error=True)
            return
        series, types = choices
        self.form.set_series(series)
        self.form.set_types(types)
        if not self.form.series:
            self._say(self.tr("The register has no series yet: an administrator adds them "
                              "in Configuration \u2192 Document register."), error=True)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The office's document types are named in the window's language.
            self.request_refresh()
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
        self.review_box.setTitle(self.tr("Pages"))
        self.left_button.setText(self.tr("Rotate left"))
        self.right_button.setText(self.tr("Rotate right"))
        self.earlier_button.setText(self.tr("Move earlier"))
        self.later_button.setText(self.tr("Move later"))
        self.delete_button.setText(self.tr("Delete"))
        self.blank_button.setText(self.tr("Select blank pages"))
        self.split_button.setText(self.tr("Split before this page"))
        self.separators_button.setText(self.tr("Split at separator sheets"))
        self.rescan_button.setText(self.tr("Scan again to replace"))
        self.insert_button.setText(self.tr("Scan and insert here"))
        self.form_box.setTitle(self.tr("Register"))
        self.ocr_box.setText(self.tr("Add a text layer (OCR) in the background"))
        self.slip_box.setText(self.tr("Print a registration slip"))
        self.register_button.setText(self.tr("Register"))
        if self.scanner_box.count() == 1 and self.scanner_box.itemData(0) is None:
            self.scanner_box.setItemText(0, self.tr("(press \u201cFind scanners\u201d)"))
        self._show_watch()
        self._show_batch()

    # -- scanners -----------------------------------------------------------------------

    def _fill_scanners(self, found: list[tuple[str, str]]) -> None:
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

    def find_scanners(self) -> None:
        self.find_button.setEnabled(False)
        self._say(self.tr("Looking for scanners\u2026"))
        self._start(lambda _page: _find_scanners(), self._scanners_found)

    def _scanners_found(self, found: list[tuple[str, str]]) -> None:
        self.find_button.setEnabled(True)
        self._fill_scanners(found)
        self._say(self.tr("Scanners found: {count}").format(count=len(found)) if found
                  else self.tr("No scanner was found. Check that it is on and connected, or "
                               "give a network scanner's address."))

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

    def _scanner(self) -> str | None:
        key = self.scanner_box.currentData()
        if not key:
            self._say(self.tr("Choose a scanner first (\u201cFind scanners\u201d)."), error=True)
            return None
        if key != self.settings.get("scan.scanner"):
            self.settings.set("scan.scanner", key)
            self.settings.set("scan.color", "color" if self.color_box.isChecked() else "gray")
            self.settings.set("scan.source",
                              "feeder" if self.feeder_box.isChecked() else "flatbed")
            self.settings.save()
        return str(key)

    # -- bringing pages in --------------------------------------------------------------

    def scan(self, into: int | None = None, at: int | None = None,
             replace: bool = False) -> None:
        """Scan into a new document, or (`into`) into a document of the batch at `at`,
        in place of the page there when `replace`."""
        scanner = self._scanner()
        if scanner is None or self.cancel is not None:
            return
        self.cancel = threading.Event()
        self._scanning(True)
        self._say(self.tr("Scanning\u2026"))
        folder = self.batch.folder
        resolution = int(self.settings.get("scan.resolution"))
        color, feeder, cancel = self.color_box.isChecked(), self.feeder_box.isChecked(), \
            self.cancel
        target = into if into is not None else len(self.batch.documents)
        self.scanning_into = target
        state = {"at": at, "replace": replace, "count": 0}

        def page_arrived(page: Page) -> None:
            self._add_scanned(page, target, state)

        self._start(
            lambda report: _scan(scanner, folder, resolution, color, feeder, cancel, report),
            lambda pages: self._scan_done(pages, state), page_arrived, self._scan_failed)

    def _add_scanned(self, page: Page, target: int, state: dict[str, Any]) -> None:
        if target >= len(self.batch.documents):
            self.batch.add_document([page])
        else:
            pages = list(self.batch.documents[target].pages)
            at = state["at"]
            if at is None:
                pages.append(page)
            elif state["replace"] and state["count"] == 0:
                pages[at] = page
                state["at"] = at + 1
            else:
                pages.insert(at, page)
                state["at"] = at + 1
            self.batch.set_pages(target, pages)
        state["count"] += 1
        self.current = min(target, len(self.batch.documents) - 1)
        self._show_batch()
        self._say(self.tr("Scanning\u2026 pages so far: {count}").format(count=state["count"]))

    def _scan_done(self, pages: list[Page], state: dict[str, Any]) -> None:
        self._scan_ended()
        self._say(self.tr("Pages scanned: {count}.").format(count=state["count"]) if state["count"]
                  else self.tr("The scanner gave no pages: is there paper in it?"),
                  error=not state["count"])

    def _scan_failed(self, error: Exception) -> None:
        self._scan_ended()
        self._say(self._error_text(error) + " " + self.tr(
            "The pages scanned before are kept."), error=True)

    def _scan_ended(self) -> None:
        self.cancel = None
        self.scanning_into = None
        self._scanning(False)
        self._show_batch()

    def _scanning(self, busy: bool) -> None:
        for widget in (self.scan_button, self.rescan_button, self.insert_button,
                       self.register_button, self.split_button, self.separators_button,
                       self.delete_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def cancel_scan(self) -> None:
        if self.cancel is not None:
            self.cancel.set()

    def rescan_page(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1:
            self._say(self.tr("Choose the one page to scan again."), error=True)
            return
        self.scan(into=self.current, at=rows[0], replace=True)

    def insert_scan(self) -> None:
        rows = self._selected_rows()
        if not self.batch.documents:
            self.scan()
            return
        self.scan(into=self.current, at=rows[0] if rows else None)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), "",
            self.tr("Documents ({patterns})").format(patterns=IMPORTABLE))
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        self._say(self.tr("Reading files: {count}\u2026").format(count=len(paths)))
        folder = self.batch.folder
        self._start(lambda _page: _import(paths, folder), self._imported)

    def _imported(self, report: Any) -> None:
        added = 0
        for item in report.files:
            if item.pages:
                self.current = self.batch.add_document(item.pages)
                added += 1
        problems = [f"{item.path.name}: {self._error_text(item.error)}"
                    for item in report.failed]
        self._show_batch()
        text = self.tr("Documents added: {count}").format(count=added)
        if problems:
            text += "\n" + "\n".join(problems)
        self._say(text, error=bool(problems))

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def save_separator(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the separator sheet"), "separator.pdf", "PDF (*.pdf)")
        if not target:
            return
        lang = current_language()

        def make(_page: Any) -> Path:
            from app.documents.files import write_new_file
            from app.scan.separator import separator_sheet_pdf

            write_new_file(Path(target), separator_sheet_pdf("qr", lang))
            return Path(target)

        self._start(make, lambda path: self._say(
            self.tr("Separator sheet saved: {path}. Print it and put a copy in front of each "
                    "document.").format(path=path)))

    # -- the scan folder of a multifunction printer --------------------------------------

    def start_watch_folder(self) -> None:
        folder = str(self.settings.get("scan.watch_folder") or "")
        self.watcher = None
        self.watch_timer.stop()
        if folder:
            from app.scan.sources.watch import WatchFolder

            self.watcher = WatchFolder(Path(folder), self.batch.folder)
            self.watch_timer.start(WATCH_POLL_MS)
        self._show_watch()

    def poll_watch_folder(self) -> None:
        if self.watcher is None or self.polling:
            return
        self.polling = True
        watcher = self.watcher
        self._start(lambda _page: watcher.poll(), self._arrived,
                    failed=self._watch_failed)

    def _arrived(self, arrivals: list[Any]) -> None:
        self.polling = False
        problems = []
        added = 0
        for arrival in arrivals:
            if arrival.error is not None:
                problems.append(f"{arrival.path.name}: {self._error_text(arrival.error)}")
            elif arrival.pages:
                self.current = self.batch.add_document(arrival.pages)
                added += 1
        if added or problems:
            self._show_batch()
            text = self.tr("Documents from the scan folder: {count}").format(count=added)
            if problems:
                text += "\n" + "\n".join(problems)
            self._say(text, error=bool(problems))

    def _watch_failed(self, error: Exception) -> None:
        self.polling = False
        self._say(self._error_text(error), error=True)

    def _show_watch(self) -> None:
        folder = str(self.settings.get("scan.watch_folder") or "")
        self.watch_label.setText(
            self.tr("Scan folder: {folder}").format(folder=folder) if folder else "")

    # -- review ---------------------------------------------------------------------------

    def _show_batch(self) -> None:
        docs = self.batch.documents
        self.current = max(0, min(self.current, len(docs) - 1))
        self.documents.blockSignals(True)
        self.documents.clear()
        for i, doc in enumerate(docs):
            self.documents.addItem(self.tr("Document {number} of {total}: {count} pages").format(
                number=i + 1, total=len(docs), count=len(doc.pages)))
        if not docs:
            self.documents.addItem(self.tr("No pages yet: scan, import files or drop them here"))
        self.documents.setCurrentIndex(self.current)
        self.documents.blockSignals(False)
        self._show_pages()

    def _document_chosen(self, index: int) -> None:
        if 0 <= index < len(self.batch.documents):
            self.current = index
            self._show_pages()

    def _current_pages(self) -> list[Page]:
        docs = self.batch.documents
        if not docs:
            return []
        self.current = max(0, min(self.current, len(docs) - 1))
        return list(docs[self.current].pages)

    def _show_pages(self) -> None:
        pages = self._current_pages()
        self.pages.clear()
        for i, page in enumerate(pages):
            item = QListWidgetItem(self._page_caption(i, page))
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setSizeHint(QSize(THUMB + 20, THUMB + 44))
            thumb = self.thumbs.get((page.image, page.rotation))
            if thumb is not None:
                item.setIcon(QPixmap.fromImage(thumb))
            else:
                self._make_thumbnail(page)
            self.pages.addItem(item)
        self.form.set_pages(len(pages))
        self._selection_changed()

    def _page_caption(self, index: int, page: Page) -> str:
        text = str(index + 1)
        blank, separator = self.marks.get(page.image, (False, None))
        if separator:
            text += " \u2013 " + self.tr("separator sheet")
        elif blank:
            text += " \u2013 " + self.tr("blank?")
        return text

    def _make_thumbnail(self, page: Page) -> None:
        key = (page.image, page.rotation)
        if key in self.thumbs:
            return
        self.thumbs[key] = QImage()

        def work(_page: Any) -> tuple[QImage, tuple[bool, str | None]]:
            marks = self.marks.get(page.image) or _marks(page)
            return _thumbnail(page), marks

        def done(result: tuple[QImage, tuple[bool, str | None]]) -> None:
            self.thumbs[key] = result[0]
            self.marks[page.image] = result[1]
            for row in range(self.pages.count()):
                pages = self._current_pages()
                if row < len(pages) and (pages[row].image, pages[row].rotation) == key:
                    item = self.pages.item(row)
                    item.setIcon(QPixmap.fromImage(result[0]))
                    item.setText(self._page_caption(row, pages[row]))

        self._start(work, done, failed=lambda _e: None)

    def _selected_rows(self) -> list[int]:
        return sorted(self.pages.row(item) for item in self.pages.selectedItems())

    def _selection_changed(self) -> None:
        has_pages = self.pages.count() > 0
        chosen = len(self._selected_rows())
        for button in (self.left_button, self.right_button, self.delete_button):
            button.setEnabled(chosen > 0 and self.cancel is None)
        rows = self._selected_rows()
        self.earlier_button.setEnabled(chosen == 1 and rows[0] > 0)
        self.later_button.setEnabled(chosen == 1 and rows[0] < self.pages.count() - 1)
        self.split_button.setEnabled(chosen == 1 and self._selected_rows()[0] > 0
                                     and self.cancel is None)
        self.rescan_button.setEnabled(chosen == 1 and self.cancel is None)
        self.register_button.setEnabled(has_pages and self.cancel is None)
        self.blank_button.setEnabled(has_pages)

    def _pages_moved(self, *_args: Any) -> None:
        pages = self._current_pages()
        order = [self.pages.item(row).data(Qt.ItemDataRole.UserRole)
                 for row in range(self.pages.count())]
        self.batch.set_pages(self.current, [pages[i] for i in order])
        QTimer.singleShot(0, self._show_pages)

    def move_selected(self, step: int) -> None:
        """Move the chosen page one place earlier (-1) or later (1); pages can also be
        dragged into their place."""
        rows = self._selected_rows()
        pages = self._current_pages()
        if len(rows) != 1 or not 0 <= rows[0] + step < len(pages):
            return
        row = rows[0]
        pages.insert(row + step, pages.pop(row))
        self.batch.set_pages(self.current, pages)
        self._show_pages()
        self.pages.item(row + step).setSelected(True)

    def rotate(self, degrees: int) -> None:
        rows = self._selected_rows()
        pages = self._current_pages()
        for row in rows:
            pages[row] = pages[row].rotated(degrees)
        self.batch.set_pages(self.current, pages)
        self._show_pages()
        for row in rows:
            self.pages.item(row).setSelected(True)

    def delete_pages(self) -> None:
        rows = set(self._selected_rows())
        pages = [p for i, p in enumerate(self._current_pages()) if i not in rows]
        self.batch.set_pages(self.current, pages)
        self._say(self.tr("Pages deleted: {count}").format(count=len(rows)))
        self._show_batch()

    def select_blank(self) -> None:
        """Select the pages that look blank, for the person to look at and delete."""
        self.pages.clearSelection()
        found = 0
        for row, page in enumerate(self._current_pages()):
            if self.marks.get(page.image, (False, None))[0]:
                self.pages.item(row).setSelected(True)
                found += 1
        self._say(self.tr("Pages that look blank: {count}. Check them, then press Delete.").format(
                          count=found) if found else self.tr("No page looks blank."))

    def split_here(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1 or rows[0] == 0:
            return
        docs = [d.pages for d in self.batch.documents]
        pages = docs[self.current]
        docs[self.current:self.current + 1] = [pages[:rows[0]], pages[rows[0]:]]
        self.batch.replace_all(docs)
        self.current += 1
        self._show_batch()

    def split_at_separators(self) -> None:
        """Split the whole batch where the separator sheets are (they are left out)."""
        pages = [p for d in self.batch.documents for p in d.pages]
        if not pages:
            return
        self._say(self.tr("Looking for separator sheets\u2026"))

        def work(_page: Any) -> list[list[Page]]:
            from app.scan.review import split_documents

            return split_documents(pages)

        self._start(work, self._split_done)

    def _split_done(self, documents: list[list[Page]]) -> None:
        before = len(self.batch.documents)
        self.batch.replace_all(documents)
        self.current = 0
        self._show_batch()
        count = len(self.batch.documents)
        self._say(self.tr("Documents in the batch now: {count}.").format(count=count)
                  if count != before
                  else self.tr("No separator sheet was found."))

    # -- registering ----------------------------------------------------------------------

    def register(self) -> None:
        pages = self._current_pages()
        if not pages:
            return
        document = self.form.document()
        index = self.current
        self.register_button.setEnabled(False)
        self.form.show_error("")
        self._say(self.tr("Registering\u2026"))
        self.runner.write(_register, document, pages, self.ocr_box.isChecked(),
                          on_done=lambda entry: self._registered(entry, index, pages),
                          on_error=self._register_failed)

    def _registered(self, entry: Any, index: int, pages: list[Page]) -> None:
        if index < len(self.batch.documents) and self.batch.documents[index].pages == pages:
            self.batch.take(index)
        self.form.clear()
        self._show_batch()
        text = self.tr("Registered as {number}; deadline {deadline}.").format(
            number=entry.registry_number,
            deadline=entry.deadline.strftime("%d.%m.%Y") if entry.deadline else self.tr("none"))
        self._say(text)
        self.result.emit(text)
        if self.slip_box.isChecked():
            self.runner.write(_print_slip, entry.id,
                              str(self.settings.get("register.slip_printer") or ""),
                              on_error=self._failed)

    def _register_failed(self, failure: Failure) -> None:
        self.register_button.setEnabled(True)
        self.form.show_error(failure.text)
        self._say(failure.text, error=True)

    # -- plumbing -------------------------------------------------------------------------

    def _start(self, work: Callable[[Callable[[Page], None]], Any],
               done: Callable[[Any], None],
               page: Callable[[Page], None] | None = None,
               failed: Callable[[Exception], None] | None = None) -> None:
        task = _Task(work)
        self.tasks.add(task)
        task.setAutoDelete(False)

        def finish() -> None:
            self.tasks.discard(task)

        task.signals.done.connect(lambda result: (finish(), done(result)))
        task.signals.failed.connect(
            lambda error: (finish(), (failed or self._task_failed)(error)))
        if page is not None:
            task.signals.page.connect(page)
        self.pool.start(task)

    def _task_failed(self, error: Exception) -> None:
        self.find_button.setEnabled(True)
        self._say(self._error_text(error), error=True)

    def _error_text(self, error: Exception) -> str:
        from app.ui.runner import failure_of

        return failure_of(error, current_language()).text

    def _failed(self, failure: Failure) -> None:
        self._say(failure.text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the scans, imports and thumbnails under way are done (for tests and
        closing)."""
        return self.pool.waitForDone(msecs)

    def close_tab(self) -> None:
        self.cancel_scan()
        self.watch_timer.stop()
        self.pool.waitForDone(30000)
