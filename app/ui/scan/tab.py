"""The Scan intake tab: bring pages in (scanner, network scanner, files, the scan folder of a
multifunction printer), review them, register each document with its PDF.

Top: where the pages come from and the scan's settings (sources.py). Left: the batch's documents
and the pages of the chosen one as thumbnails (pages.py; drag to reorder; rotate, delete, split;
blank pages and separator sheets are marked, never removed by themselves). Right: the register
form and "Register". Scanning, reading files, drawing thumbnails and making the PDF run off the
UI thread (work.py); the batch is kept on disk after every change (app.scan.batch), so nothing
scanned is lost when the window closes.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from app.core.settings import Settings
from app.operations.context import Context
from app.scan.batch import Batch
from app.scan.pages import Page
from app.ui.qt import (
    QCheckBox,
    QEvent,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.register_form import RegisterForm
from app.ui.runner import Failure, Runner
from app.ui.scan import work
from app.ui.scan.pages import PageReview
from app.ui.scan.sources import ScanSources
from app.ui.scan.work import Tasks, register_choices

ERROR_STYLE = "color: #b3261e;"
WATCH_POLL_MS = 2000
IMPORTABLE = "*.pdf *.tif *.tiff *.jpg *.jpeg *.png"


# The register form's width beside the pages: its long labels go above their fields.
FORM_WIDTH = 420


class ScanTab(QWidget):
    """Scan, review and register."""

    result = Signal(str)

    def __init__(self, runner: Runner | Context, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if isinstance(runner, Runner) else Runner(runner, parent=self)
        self.settings = settings
        self.batch = Batch.open(settings.path.parent / "intake")
        self.tasks = Tasks(self._task_failed, self)
        self.cancel: threading.Event | None = None
        # Whether the register's series are known yet (loaded off the UI thread).
        self.series_known = False
        self.scanning_into: int | None = None
        self.watcher: Any = None
        # A poll of the scan folder is under way (the next one waits for it).
        self.polling = False

        # -- where pages come from ------------------------------------------------------
        self.sources = ScanSources(settings)
        self.sources.find_button.clicked.connect(self.find_scanners)
        self.sources.scan_button.clicked.connect(self.scan)
        self.sources.cancel_button.clicked.connect(self.cancel_scan)
        self.sources.import_button.clicked.connect(self.choose_files)
        self.sources.separator_button.clicked.connect(self.save_separator)
        # The source bar's parts the tab works with, by their names on the tab.
        sources = self.sources
        self.scanner_box, self.address_button = sources.scanner_box, sources.address_button
        self.find_button, self.scan_button = sources.find_button, sources.scan_button
        self.cancel_button, self.feeder_box = sources.cancel_button, sources.feeder_box

        # -- review ---------------------------------------------------------------------
        self.review = PageReview(self.batch, self.tasks)
        self.review.said.connect(self._say)
        self.review.rescan_button.clicked.connect(self.rescan_page)
        self.review.insert_button.clicked.connect(self.insert_scan)
        # The review's parts the tab works with, by their names on the tab.
        review = self.review
        self.documents, self.pages = review.documents, review.pages
        self.earlier_button, self.later_button = review.earlier_button, review.later_button
        self.right_button, self.delete_button = review.right_button, review.delete_button
        self.split_button, self.separators_button = review.split_button, review.separators_button

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
        form_scroll.setMinimumWidth(FORM_WIDTH)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.review)
        split.addWidget(form_scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sources)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)

        self.review.shown.connect(self.form.set_pages)
        self.review.chosen.connect(self._chosen)
        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self.poll_watch_folder)
        self.retranslate()
        self.review.show_batch()
        self.start_watch_folder()
        if settings.get("scan.ocr"):
            self.runner.read(work.resume_text_layers, on_error=lambda _failure: None)
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
        self.series_known = True
        self._enable_register(self.pages.count() > 0 and self.cancel is None)
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
        self.form_box.setTitle(self.tr("Register"))
        self.ocr_box.setText(self.tr("Add a text layer (OCR) in the background"))
        self.slip_box.setText(self.tr("Print a registration slip"))
        self._enable_register(self.register_button.isEnabled())

    # -- scanners -----------------------------------------------------------------------

    def find_scanners(self) -> None:
        self.find_button.setEnabled(False)
        self._say(self.tr("Looking for scanners\u2026"))
        self.tasks.start(lambda _page: work.find_scanners(), self._scanners_found)

    def _scanners_found(self, found: list[tuple[str, str]]) -> None:
        self.find_button.setEnabled(True)
        self.sources.show_scanners(found)
        self._say(self.tr("Scanners found: {count}").format(count=len(found)) if found
                  else self.tr("No scanner was found. Check that it is on and connected, or "
                               "give a network scanner's address."))

    def _scanner(self) -> str | None:
        scanner = self.sources.scanner()
        if scanner is None:
            self._say(self.tr("Choose a scanner first (\u201cFind scanners\u201d)."), error=True)
        return scanner

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
        color, feeder = self.sources.color_box.isChecked(), self.feeder_box.isChecked()
        cancel = self.cancel
        target = into if into is not None else len(self.batch.documents)
        self.scanning_into = target
        state = {"at": at, "replace": replace, "count": 0}

        def page_arrived(page: Page) -> None:
            self._add_scanned(page, target, state)

        self.tasks.start(
            lambda report: work.scan_pages(scanner, folder, resolution, color, feeder, cancel,
                                           report),
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
        self.review.current = min(target, len(self.batch.documents) - 1)
        self.review.show_batch()
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
        self.review.show_batch()

    def _scanning(self, busy: bool) -> None:
        self.review.busy = busy
        for widget in (self.scan_button, self.review.rescan_button, self.review.insert_button,
                       self.split_button, self.separators_button, self.delete_button):
            widget.setEnabled(not busy)
        self._enable_register(not busy)
        self.cancel_button.setEnabled(busy)

    def cancel_scan(self) -> None:
        if self.cancel is not None:
            self.cancel.set()

    def rescan_page(self) -> None:
        rows = self.pages.selected_rows()
        if len(rows) != 1:
            self._say(self.tr("Choose the one page to scan again."), error=True)
            return
        self.scan(into=self.review.current, at=rows[0], replace=True)

    def insert_scan(self) -> None:
        rows = self.pages.selected_rows()
        if not self.batch.documents:
            self.scan()
            return
        self.scan(into=self.review.current, at=rows[0] if rows else None)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), "",
            self.tr("Documents ({patterns})").format(patterns=IMPORTABLE))
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        self._say(self.tr("Reading files: {count}\u2026").format(count=len(paths)))
        folder = self.batch.folder
        self.tasks.start(lambda _page: work.import_files(paths, folder), self._imported)

    def _imported(self, report: Any) -> None:
        added = 0
        for item in report.files:
            if item.pages:
                self.review.current = self.batch.add_document(item.pages)
                added += 1
        problems = [f"{item.path.name}: {self._error_text(item.error)}"
                    for item in report.failed]
        self.review.show_batch()
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

        self.tasks.start(make, lambda path: self._say(
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
        self.sources.show_watch()

    def poll_watch_folder(self) -> None:
        if self.watcher is None or self.polling:
            return
        self.polling = True
        watcher = self.watcher
        self.tasks.start(lambda _page: watcher.poll(), self._arrived,
                    failed=self._watch_failed)

    def _arrived(self, arrivals: list[Any]) -> None:
        self.polling = False
        problems = []
        added = 0
        for arrival in arrivals:
            if arrival.error is not None:
                problems.append(f"{arrival.path.name}: {self._error_text(arrival.error)}")
            elif arrival.pages:
                self.review.current = self.batch.add_document(arrival.pages)
                added += 1
        if added or problems:
            self.review.show_batch()
            text = self.tr("Documents from the scan folder: {count}").format(count=added)
            if problems:
                text += "\n" + "\n".join(problems)
            self._say(text, error=bool(problems))

    def _watch_failed(self, error: Exception) -> None:
        self.polling = False
        self._say(self._error_text(error), error=True)

    def _chosen(self) -> None:
        self._enable_register(self.pages.count() > 0 and self.cancel is None)

    # -- registering ----------------------------------------------------------------------

    def register(self) -> None:
        pages = self.review.current_pages()
        if not pages:
            return
        document = self.form.document()
        index = self.review.current
        self.register_button.setEnabled(False)
        self.form.show_error("")
        self._say(self.tr("Registering\u2026"))
        self.runner.write(work.register, document, pages, self.ocr_box.isChecked(),
                          on_done=lambda entry: self._registered(entry, index, pages),
                          on_error=self._register_failed)

    def _registered(self, entry: Any, index: int, pages: list[Page]) -> None:
        if index < len(self.batch.documents) and self.batch.documents[index].pages == pages:
            self.batch.take(index)
        self.form.clear()
        self.review.show_batch()
        text = self.tr("Registered as {number}; deadline {deadline}.").format(
            number=entry.registry_number,
            deadline=entry.deadline.strftime("%d.%m.%Y") if entry.deadline else self.tr("none"))
        self._say(text)
        self.result.emit(text)
        if self.slip_box.isChecked():
            self.runner.write(work.print_slip, entry.id,
                              str(self.settings.get("register.slip_printer") or ""),
                              on_error=self._failed)

    def _enable_register(self, ready: bool) -> None:
        """The Register button, enabled when the pages are ready and the register has a
        series to number them in; without a series it says so."""
        no_series = self.series_known and not self.form.series
        self.register_button.setEnabled(ready and not no_series)
        self.register_button.setText(self.tr("Register (the register has no series yet)")
                                     if no_series else self.tr("Register"))
        self.register_button.setToolTip(self.tr(
            "An administrator adds the register's series in Configuration \u2192 Document "
            "register.") if no_series else "")

    def _register_failed(self, failure: Failure) -> None:
        self._enable_register(True)
        self.form.show_error(failure.text)
        self._say(failure.text, error=True)

    # -- plumbing -------------------------------------------------------------------------

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
        return self.tasks.wait(msecs)

    def close_tab(self) -> None:
        self.cancel_scan()
        self.watch_timer.stop()
        self.tasks.wait(30000)
