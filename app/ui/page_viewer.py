"""Reading a document's pages inside Lett: a PDF (drawn by PDFium through pypdfium2) or the page
images of a scanned batch, one page at a time, with zoom, fit width, fit page and page turning.

A page is drawn at the resolution the zoom asks for, off the UI thread, one page at a time:
the page shown first, then its neighbours, so turning the page is quick. The last pages drawn are
kept; a page being drawn again at another zoom shows the one kept, stretched, meanwhile. A file
that cannot be read says so in the viewer, in the person's language.

Keys: Page Up / Page Down turn the page, Home / End go to the first / last one, Space reads on
(a screen down, then the next page; Shift+Space back), Ctrl and + / - (or Ctrl and the mouse
wheel) zoom, Ctrl+0 fits the width, Ctrl+9 the whole page."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.documents.pdfium_lock import PDFIUM
from app.scan.pages import Page
from app.ui.qt import (
    QDesktopServices,
    QDialog,
    QEvent,
    QHBoxLayout,
    QImage,
    QImageReader,
    QKeySequence,
    QLabel,
    QObject,
    QPalette,
    QPixmap,
    QPushButton,
    QRunnable,
    QScrollArea,
    QShortcut,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QTransform,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)

# Screen pixels of a PDF point (1/72 in) at 100 %: a page at 100 % is its size on paper.
PIXELS_PER_POINT = 96 / 72
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
              5.0, 6.0, 8.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
# The most pixels a page is drawn with (160 MB as a picture): a poster-sized page at a high
# zoom stops there instead of taking the PC's memory.
MAX_PIXELS = 40_000_000
# The room around the page in the viewer, in pixels.
MARGIN = 12
# The pages kept drawn: at most this many, and this many bytes in all.
KEPT_PAGES = 8
KEPT_BYTES = 256 * 1024 * 1024
FIT_WIDTH, FIT_PAGE = "width", "page"
# How long the desktop is asked which program shows PDF files.
QUERY_TIMEOUT_S = 5


@functools.cache
def has_pdf_viewer() -> bool:
    """Whether this PC has a program that opens PDF files. Asked of the desktop first: Qt hands
    a file to `xdg-open` and reports success as soon as that starts, even when no program shows
    PDF files. Slow at worst: called off the UI thread."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    if shutil.which("xdg-open") is None:
        return False
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return False
    try:
        done = subprocess.run([xdg_mime, "query", "default", "application/pdf"],
                              capture_output=True, text=True, timeout=QUERY_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout.strip())


class Unreadable(Exception):
    """The document (or one of its pages) cannot be read; `what` says which message to show."""

    def __init__(self, what: str, name: str = "") -> None:
        super().__init__(what, name)
        self.what = what
        self.name = name


@dataclass(frozen=True)
class PageSize:
    # Width and height in points (1/72 in), as the page is shown (turned when rotated).
    width: float
    height: float


class PageSource:
    """A document's pages as the viewer reads them; `open`, `draw` and `close` run on the
    viewer's drawing thread, never two at a time."""

    # The PDF file behind the pages, when there is one (for "Open in another program").
    path: Path | None = None
    # What the viewer's window is called.
    title = ""

    def open(self) -> list[PageSize]:
        raise NotImplementedError

    def draw(self, index: int, scale: float) -> QImage:
        """Page `index` with `scale` pixels to a point."""
        raise NotImplementedError

    def close(self) -> None:
        """Let go of what `open` took."""


class PdfPages(PageSource):
    """The pages of a PDF, from its file or from its bytes."""

    def __init__(self, source: Path | bytes, title: str = "") -> None:
        self.source = source
        self.path = source if isinstance(source, Path) else None
        self.title = title or (source.name if isinstance(source, Path) else "")
        self.document: Any = None

    def open(self) -> list[PageSize]:
        import pypdfium2 as pdfium

        if isinstance(self.source, Path):
            try:
                data = self.source.read_bytes()
            except FileNotFoundError:
                raise Unreadable("missing", str(self.source)) from None
            except OSError:
                raise Unreadable("unreadable", str(self.source)) from None
        else:
            data = self.source
        with PDFIUM:
            try:
                self.document = pdfium.PdfDocument(data)
                sizes = [PageSize(*self.document.get_page_size(i))
                         for i in range(len(self.document))]
            except pdfium.PdfiumError as error:
                self.close_locked()
                what = "password" if error.err_code == pdfium.raw.FPDF_ERR_PASSWORD else "broken"
                raise Unreadable(what, str(self.path or "")) from None
        if not sizes:
            raise Unreadable("empty", str(self.path or ""))
        return sizes

    def draw(self, index: int, scale: float) -> QImage:
        import pypdfium2 as pdfium

        with PDFIUM:
            try:
                page = self.document[index]
                try:
                    bitmap = page.render(scale=scale, prefer_bgrx=True)
                    try:
                        data = bytes(bitmap.buffer)
                        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            except pdfium.PdfiumError:
                raise Unreadable("page", str(index + 1)) from None
        # BGRx bytes are Qt's RGB32 on the little-endian PCs Lett runs on.
        return QImage(data, width, height, stride, QImage.Format.Format_RGB32).copy()

    def close(self) -> None:
        with PDFIUM:
            self.close_locked()

    def __del__(self) -> None:
        # A viewer deleted with its window (never closed) still lets go of PDFium's document
        # under the lock, not in PDFium's own finalizer at some moment on some thread.
        self.close()

    def close_locked(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None


class ImagePages(PageSource):
    """The page images of a scanned document, turned as the review turned them."""

    def __init__(self, pages: Sequence[Page], title: str = "") -> None:
        self.pages = list(pages)
        self.title = title
        # The last images read, full size and turned (a page is read once for every zoom).
        self.read: OrderedDict[int, QImage] = OrderedDict()

    def open(self) -> list[PageSize]:
        sizes = []
        for page in self.pages:
            size = QImageReader(str(page.image)).size()
            if not size.isValid():
                # Drawn as a message: one bad page does not hide the others.
                size = QSize(2480, 3508)
            width, height = size.width(), size.height()
            if page.rotation in (90, 270):
                width, height = height, width
            dpi = page.dpi or 300
            sizes.append(PageSize(width * 72 / dpi, height * 72 / dpi))
        if not sizes:
            raise Unreadable("empty")
        return sizes

    def draw(self, index: int, scale: float) -> QImage:
        image = self.read.get(index)
        page = self.pages[index]
        if image is None:
            image = QImage(str(page.image))
            if image.isNull():
                raise Unreadable("image", page.image.name)
            # Qt scales 32-bit pictures smoothly several times faster than grey or 24-bit ones.
            image = image.convertToFormat(QImage.Format.Format_RGB32)
            if page.rotation:
                image = image.transformed(QTransform().rotate(page.rotation))
            self.read[index] = image
            while len(self.read) > 2:
                self.read.popitem(last=False)
        self.read.move_to_end(index)
        factor = scale * 72 / (page.dpi or 300)
        return image.scaled(max(1, round(image.width() * factor)),
                            max(1, round(image.height() * factor)),
                            Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)

    def close(self) -> None:
        self.read.clear()


class _Signals(QObject):
    opened = Signal(int, object)        # generation, [PageSize]
    drawn = Signal(int, object, object)  # generation, (index, scale key), QImage
    failed = Signal(int, object)        # generation, Unreadable


class _Job(QRunnable):
    def __init__(self, work: Any) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        self.work()


def _scale_key(scale: float) -> int:
    return round(scale * 1000)


class PageArea(QScrollArea):
    """The page on a grey ground; Ctrl and the wheel zoom, the wheel past a page's end turns
    it."""

    zoom_asked = Signal(int)  # +1 in, -1 out
    turn_asked = Signal(int)  # +1 next page, -1 the one before

    def __init__(self) -> None:
        super().__init__()
        self.canvas = QLabel()
        self.canvas.setObjectName("page")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setWordWrap(True)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.canvas.setBackgroundRole(QPalette.ColorRole.Dark)
        self.canvas.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: Any) -> None:
        dy = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if dy:
                self.zoom_asked.emit(1 if dy > 0 else -1)
            event.accept()
            return
        bar = self.verticalScrollBar()
        if dy < 0 and bar.value() >= bar.maximum():
            self.turn_asked.emit(1)
            event.accept()
            return
        if dy > 0 and bar.value() <= bar.minimum():
            self.turn_asked.emit(-1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        """Space reads on: a screen further down, then the next page (Shift: back)."""
        if event.key() != Qt.Key.Key_Space:
            super().keyPressEvent(event)
            return
        back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        bar = self.verticalScrollBar()
        if back and bar.value() <= bar.minimum():
            self.turn_asked.emit(-1)
        elif not back and bar.value() >= bar.maximum():
            self.turn_asked.emit(1)
        else:
            bar.triggerAction(bar.SliderAction.SliderPageStepSub if back
                              else bar.SliderAction.SliderPageStepAdd)


class PageViewer(QWidget):
    """A document's pages: the buttons above, the page below. `show_document` gives it the
    pages; the page shown and the zoom are its own."""

    # The page shown changed (its place, from 0).
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: PageSource | None = None
        self.sizes: list[PageSize] = []
        self.index = 0
        self.zoom = 1.0
        self.fit: str | None = FIT_WIDTH
        self.problem: Unreadable | None = None
        # Where the middle of the view was on the page (0..1 across, down) before a zoom.
        self.place: tuple[float, ...] | None = None
        # Every document shown gets a new number: what comes back for an older one is dropped.
        self.generation = 0
        self.kept: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        # The pages still to draw (index, scale key), the first the one shown.
        self.wanted: list[tuple[int, int]] = []
        self.drawing: tuple[int, int] | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.opened.connect(self._opened)
        self.signals.drawn.connect(self._drawn)
        self.signals.failed.connect(self._failed)

        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previous_page")
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.page_label = QLabel()
        self.page_label.setObjectName("page_number")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next_page")
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.out_button = QPushButton("\u2212")
        self.out_button.setObjectName("zoom_out")
        self.out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.in_button = QPushButton("+")
        self.in_button.setObjectName("zoom_in")
        self.in_button.clicked.connect(lambda: self.step_zoom(1))
        self.width_button = QPushButton()
        self.width_button.setObjectName("fit_width")
        self.width_button.setCheckable(True)
        self.width_button.clicked.connect(lambda: self.set_fit(FIT_WIDTH))
        self.whole_button = QPushButton()
        self.whole_button.setObjectName("fit_page")
        self.whole_button.setCheckable(True)
        self.whole_button.clicked.connect(lambda: self.set_fit(FIT_PAGE))
        for button in (self.previous_button, self.next_button, self.out_button, self.in_button,
                       self.width_button, self.whole_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for button in (self.out_button, self.in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("888 %"))
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.previous_button)
        self.tools.addWidget(self.page_label)
        self.tools.addWidget(self.next_button)
        self.tools.addSpacing(16)
        self.tools.addWidget(self.out_button)
        self.tools.addWidget(self.zoom_label)
        self.tools.addWidget(self.in_button)
        self.tools.addWidget(self.width_button)
        self.tools.addWidget(self.whole_button)
        self.tools.addStretch(1)

        self.area = PageArea()
        self.area.zoom_asked.connect(self.step_zoom)
        self.area.turn_asked.connect(self._wheel_turn)
        self.canvas = self.area.canvas
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.area, 1)
        self.setFocusProxy(self.area)

        keys: list[tuple[Any, Any]] = [
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence("Ctrl+="), lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence("Ctrl+0"), lambda: self.set_fit(FIT_WIDTH)),
            (QKeySequence("Ctrl+9"), lambda: self.set_fit(FIT_PAGE)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.turn(1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.turn(-1)),
            (QKeySequence("Ctrl+Home"), lambda: self.go_to(0)),
            (QKeySequence("Ctrl+End"), lambda: self.go_to(len(self.sizes) - 1)),
            (QKeySequence(Qt.Key.Key_Home), lambda: self.go_to(0)),
            (QKeySequence(Qt.Key.Key_End), lambda: self.go_to(len(self.sizes) - 1)),
        ]
        self.shortcuts = []
        for key, action in keys:
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
            self.shortcuts.append(shortcut)
        self.retranslate()

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("\u25c0 Previous"))
        self.previous_button.setToolTip(self.tr("The page before (Page Up)"))
        self.next_button.setText(self.tr("Next \u25b6"))
        self.next_button.setToolTip(self.tr("The next page (Page Down)"))
        self.out_button.setToolTip(self.tr("Zoom out (Ctrl+\u2212)"))
        self.in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.width_button.setText(self.tr("Fit width"))
        self.width_button.setToolTip(self.tr("The page as wide as the window (Ctrl+0)"))
        self.whole_button.setText(self.tr("Whole page"))
        self.whole_button.setToolTip(self.tr("The whole page in the window (Ctrl+9)"))
        self._show_state()
        if self.problem is not None:
            self._show_problem(self.problem)

    def problem_text(self, problem: Unreadable) -> str:
        texts = {
            "missing": self.tr("The file {name} is not there: it may have been moved or "
                               "deleted."),
            "unreadable": self.tr("The file {name} cannot be read on this PC: check that it "
                                  "is not open in another program and that you may read it."),
            "broken": self.tr("This PDF cannot be read: the file is damaged or it is not a "
                              "PDF."),
            "empty": self.tr("The document has no pages."),
            "password": self.tr("This PDF is protected by a password, so Lett cannot show "
                                "it: open it in another program."),
            "page": self.tr("Page {name} of this PDF cannot be drawn: the file is damaged."),
            "image": self.tr("The image of this page ({name}) cannot be read: scan the page "
                             "again."),
        }
        text = texts.get(problem.what, texts["broken"]).format(name=problem.name)
        if problem.what in ("broken", "password") and problem.name:
            text += "\n" + self.tr("The file: {path}").format(path=problem.name)
        return text

    # -- the document -----------------------------------------------------------------------

    def show_document(self, source: PageSource, page: int = 0) -> None:
        """Show `source`'s pages from page `page` (from 0); the zoom stays as it was."""
        self.close_document()
        self.source = source
        self.index = max(0, page)
        self.problem = None
        self.canvas.setPixmap(QPixmap())
        self.canvas.setText(self.tr("Opening the document\u2026"))
        generation = self.generation

        def open_it() -> None:
            try:
                sizes = source.open()
            except Unreadable as problem:
                self.signals.failed.emit(generation, problem)
            except Exception:  # noqa: BLE001 - any file may be bad: said, never a crash
                self.signals.failed.emit(generation, Unreadable("broken", str(source.path or "")))
            else:
                self.signals.opened.emit(generation, sizes)

        self._run(open_it)

    def close_document(self) -> None:
        """Let go of the document shown (its file is closed on the drawing thread)."""
        self.generation += 1
        # What is being drawn for the old document is dropped when it comes back.
        self.drawing = None
        self.wanted = []
        self.kept.clear()
        self.sizes = []
        source, self.source = self.source, None
        if source is not None:
            self._run(source.close)
        self._show_state()

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the drawing under way is done (for tests and closing)."""
        return self.pool.waitForDone(msecs)

    def _run(self, work: Any) -> None:
        self.pool.start(_Job(work))

    def _opened(self, generation: int, sizes: list[PageSize]) -> None:
        if generation != self.generation:
            return
        self.sizes = sizes
        self.index = min(self.index, len(sizes) - 1)
        self.canvas.setText("")
        self._show_page()

    def _failed(self, generation: int, problem: Unreadable) -> None:
        if generation != self.generation:
            return
        self.drawing = None
        if problem.what in ("page", "image") and self.sizes:
            self.canvas.setPixmap(QPixmap())
            self.canvas.setText(self.problem_text(problem))
            self._next_drawing()
            return
        self.problem = problem
        self.sizes = []
        self._show_problem(problem)
        self._show_state()

    def _show_problem(self, problem: Unreadable) -> None:
        self.canvas.setPixmap(QPixmap())
        self.canvas.setText(self.problem_text(problem))

    # -- turning and zooming ----------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.sizes)

    def turn(self, step: int) -> None:
        self.go_to(self.index + step)

    def _wheel_turn(self, step: int) -> None:
        before = self.index
        self.go_to(self.index + step)
        if self.index != before:
            bar = self.area.verticalScrollBar()
            bar.setValue(bar.minimum() if step > 0 else bar.maximum())

    def go_to(self, index: int) -> None:
        if not self.sizes:
            return
        index = max(0, min(index, len(self.sizes) - 1))
        if index != self.index:
            self.index = index
            self.area.verticalScrollBar().setValue(0)
            self._show_page()
            self.page_changed.emit(index)

    def step_zoom(self, step: int) -> None:
        """One step of the zoom in (1) or out (-1) from where it is now."""
        if not self.sizes:
            return
        now = self.current_zoom()
        if step > 0:
            zoom = next((z for z in ZOOM_STEPS if z > now * 1.01), MAX_ZOOM)
        else:
            zoom = next((z for z in reversed(ZOOM_STEPS) if z < now / 1.01), MIN_ZOOM)
        self.set_zoom(zoom)

    def set_zoom(self, zoom: float) -> None:
        self.fit = None
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._keep_place()
        self._show_page()

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self._keep_place()
        self._show_page()

    def _keep_place(self) -> None:
        """Keep the middle of what is seen in the middle when the page grows or shrinks."""
        bars = (self.area.horizontalScrollBar(), self.area.verticalScrollBar())
        self.place = tuple((bar.value() + bar.pageStep() / 2) / max(1, bar.maximum()
                                                                     + bar.pageStep())
                           for bar in bars)

    def current_zoom(self) -> float:
        """The zoom of the page shown (1.0: its size on paper), fitted when a fit is chosen."""
        if not self.sizes:
            return self.zoom
        size = self.sizes[self.index]
        # No more pixels than MAX_PIXELS, however big the page or the zoom.
        limit = (MAX_PIXELS / (size.width * size.height)) ** 0.5 / (PIXELS_PER_POINT
                                                                    * self._ratio())
        if self.fit is None:
            return min(self.zoom, limit)
        room = self.area.viewport().size()
        bar = self.area.verticalScrollBar()
        # Room for the scroll bar a page as wide as the window needs, so none comes sideways.
        reserve = 0 if bar.isVisible() or self.fit == FIT_PAGE else bar.sizeHint().width()
        width = max(50, room.width() - 2 * MARGIN - reserve)
        by_width = width / (size.width * PIXELS_PER_POINT)
        if self.fit == FIT_WIDTH:
            zoom = by_width
        else:
            height = max(50, room.height() - 2 * MARGIN)
            zoom = min(by_width, height / (size.height * PIXELS_PER_POINT))
        return max(MIN_ZOOM, min(MAX_ZOOM, limit, zoom))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fit is not None and self.sizes:
            self._show_page()

    # -- drawing ------------------------------------------------------------------------------

    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def _scale(self) -> float:
        """Pixels of the screen (device pixels) to a point, for the page shown."""
        return self.current_zoom() * PIXELS_PER_POINT * self._ratio()

    def _show_state(self) -> None:
        count = len(self.sizes)
        self.page_label.setText(self.tr("Page {number} / {count}").format(
            number=self.index + 1 if count else 0, count=count))
        self.previous_button.setEnabled(count > 0 and self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        for button in (self.out_button, self.in_button, self.width_button, self.whole_button):
            button.setEnabled(count > 0)
        self.width_button.setChecked(self.fit == FIT_WIDTH)
        self.whole_button.setChecked(self.fit == FIT_PAGE)
        self.zoom_label.setText(self.tr("{percent} %").format(
            percent=round(self.current_zoom() * 100)))

    def _show_page(self) -> None:
        self._show_state()
        if not self.sizes:
            return
        scale = self._scale()
        key = (self.index, _scale_key(scale))
        image = self.kept.get(key)
        if image is not None:
            self.kept.move_to_end(key)
            self._put(image)
        else:
            self._put_stand_in(scale)
        neighbours = [(i, key[1]) for i in (self.index + 1, self.index - 1)
                      if 0 <= i < len(self.sizes)]
        self.wanted = [k for k in [key, *neighbours] if k not in self.kept]
        self._next_drawing()

    def _put(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio())
        self.canvas.setText("")
        self.canvas.setPixmap(pixmap)
        if self.place is not None:
            # The scroll bars' ranges follow the new size once the layout has run.
            QTimer.singleShot(0, self._go_to_place)

    def _go_to_place(self) -> None:
        if self.place is None:
            return
        for bar, middle in zip((self.area.horizontalScrollBar(), self.area.verticalScrollBar()),
                               self.place, strict=True):
            bar.setValue(round(middle * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))
        self.place = None

    def _put_stand_in(self, scale: float) -> None:
        """The page kept at another zoom, stretched, or a white page, until it is drawn."""
        size = self.sizes[self.index]
        width, height = max(1, round(size.width * scale)), max(1, round(size.height * scale))
        kept = [image for (index, _s), image in self.kept.items() if index == self.index]
        if kept:
            stand_in = kept[-1].scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                       Qt.TransformationMode.FastTransformation)
        else:
            stand_in = QImage(width, height, QImage.Format.Format_RGB32)
            stand_in.fill(Qt.GlobalColor.white)
        self._put(stand_in)

    def _next_drawing(self) -> None:
        if self.drawing is not None or not self.wanted or self.source is None:
            return
        key = self.wanted.pop(0)
        self.drawing = key
        source, generation = self.source, self.generation

        def draw() -> None:
            try:
                image = source.draw(key[0], key[1] / 1000)
            except Unreadable as problem:
                self.signals.failed.emit(generation, problem)
            except Exception:  # noqa: BLE001 - a bad page is said, never a crash
                self.signals.failed.emit(generation, Unreadable("page", str(key[0] + 1)))
            else:
                self.signals.drawn.emit(generation, key, image)

        self._run(draw)

    def _drawn(self, generation: int, key: tuple[int, int], image: QImage) -> None:
        if generation != self.generation:
            return
        self.drawing = None
        self.kept[key] = image
        self._forget_old()
        if key == (self.index, _scale_key(self._scale())):
            self._put(image)
        self._next_drawing()

    def _forget_old(self) -> None:
        while len(self.kept) > KEPT_PAGES or (
                len(self.kept) > 1 and sum(i.sizeInBytes() for i in self.kept.values())
                > KEPT_BYTES):
            self.kept.popitem(last=False)

    def shown_size(self) -> QSize:
        """The size of the page shown, in the window's pixels."""
        pixmap = self.canvas.pixmap()
        if pixmap is None or pixmap.isNull():
            return QSize()
        return pixmap.deviceIndependentSize().toSize()

    def is_drawn(self) -> bool:
        """Whether the page shown is drawn at the zoom shown (not a stand-in)."""
        return bool(self.sizes) and (self.index, _scale_key(self._scale())) in self.kept


class ViewerWindow(QDialog):
    """A window of its own for a document: the viewer, "Open in another program" for a PDF
    file, and "Close". It is not modal: the person reads and works on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_viewer_window")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.viewer = PageViewer()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.other_button = QPushButton()
        self.other_button.setObjectName("open_elsewhere")
        self.other_button.clicked.connect(self.open_elsewhere)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close)
        self.viewer.tools.addWidget(self.other_button)
        self.viewer.tools.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.message)
        self.message.hide()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._signals = _OtherProgram(self)
        self._signals.found.connect(self._other_program_found)
        self.retranslate()
        self._fit_screen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.other_button.setText(self.tr("Open in another program"))
        self.other_button.setToolTip(self.tr("Open the PDF in this PC's own PDF viewer"))
        self.close_button.setText(self.tr("Close"))
        self._set_title()

    def _set_title(self) -> None:
        title = self.viewer.source.title if self.viewer.source is not None else ""
        self.setWindowTitle(self.tr("{title} \u2013 Lett").format(title=title) if title
                            else self.tr("Document \u2013 Lett"))

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(900, 700)
            return
        self.resize(min(1000, screen.width() - 40), screen.height() - 60)

    def show_document(self, source: PageSource, page: int = 0) -> None:
        self.message.hide()
        self.viewer.show_document(source, page)
        self.other_button.setVisible(isinstance(source, PdfPages))
        self._set_title()
        # The keys scroll and turn the page at once; Enter presses no button by itself.
        self.viewer.area.setFocus()

    def open_elsewhere(self) -> None:
        """Hand the PDF to the PC's own viewer, found off the UI thread."""
        source = self.viewer.source
        if not isinstance(source, PdfPages):
            return
        self.other_button.setEnabled(False)
        threading.Thread(target=self._find_other_program, args=(source,), daemon=True).start()

    def _find_other_program(self, source: PdfPages) -> None:
        try:
            path = source.path or _saved_copy(source)
        except OSError:
            path = None
        self._signals.found.emit(path, path is not None and has_pdf_viewer())

    def _other_program_found(self, path: Path | None, viewer: bool) -> None:
        self.other_button.setEnabled(True)
        if viewer and path is not None and QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(path))):
            self.message.hide()
            return
        self.message.setText(self.tr(
            "This PC has no other program that shows PDF files; the document is shown here. "
            "Its file is {path}.").format(path=str(path or "")))
        self.message.show()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.viewer.area.setFocus()

    def closeEvent(self, event: Any) -> None:
        self.viewer.close_document()
        super().closeEvent(event)


class _OtherProgram(QObject):
    found = Signal(object, bool)


def _saved_copy(source: PdfPages) -> Path:
    """A PDF given as bytes, saved in the temporary folder for another program to open."""
    import tempfile

    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in source.title) or "document"
    target = Path(tempfile.gettempdir()) / f"lett-{name}.pdf"
    assert isinstance(source.source, bytes)
    target.write_bytes(source.source)
    return target
