"""What the Scan intake tab does off the UI thread: finding scanners, scanning, reading files,
a page's thumbnail and marks (blank, separator sheet), registering a document, and the pool of
tasks that runs them and reports back through queued signals."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import LettError
from app.operations.context import Context
from app.scan.pages import Page
from app.ui.qt import (
    QColor,
    QImage,
    QObject,
    QPainter,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTransform,
    Signal,
)

# The side of a page's thumbnail, in pixels.
THUMB = 150


class TaskSignals(QObject):
    page = Signal(object)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Work off the UI thread (a scan, an import, a thumbnail): its pages, result or error
    come back through queued signals."""

    def __init__(self, work: Callable[[Callable[[Page], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.page.emit)
        except Exception as exc:  # noqa: BLE001 - shown to the person, never a crash
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Tasks(QObject):
    """The tab's work off the UI thread, two at a time; each task's pages, result or error come
    back to the callbacks on the UI thread."""

    def __init__(self, failed: Callable[[Exception], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # What is done with an error when the caller gives no handler of its own.
        self.failed = failed
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.running: set[Task] = set()

    def start(self, work: Callable[[Callable[[Page], None]], Any],
              done: Callable[[Any], None],
              page: Callable[[Page], None] | None = None,
              failed: Callable[[Exception], None] | None = None) -> None:
        task = Task(work)
        self.running.add(task)
        task.setAutoDelete(False)

        def finish() -> None:
            self.running.discard(task)

        task.signals.done.connect(lambda result: (finish(), done(result)))
        task.signals.failed.connect(
            lambda error: (finish(), (failed or self.failed)(error)))
        if page is not None:
            task.signals.page.connect(page)
        self.pool.start(task)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the tasks under way are done."""
        return self.pool.waitForDone(msecs)


def find_scanners() -> list[tuple[str, str]]:
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


def scan_pages(scanner: str, folder: Path, resolution: int, color: bool, feeder: bool,
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


def import_files(paths: list[Path], folder: Path) -> Any:
    from app.scan.sources.files import import_files

    return import_files(paths, folder)


def page_marks(page: Page) -> tuple[bool, str | None]:
    """Whether the page looks blank, and the kind of separator sheet it is, if one."""
    from app.scan.review import is_blank, separator_kind

    return is_blank(page), separator_kind(page)


def thumbnail(page: Page) -> QImage:
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


def register(ctx: Context, document: Any, pages: list[Page], ocr: bool) -> Any:
    from app.operations.intake import register_scanned

    return register_scanned(ctx, document, pages, ocr=ocr)


def resume_text_layers(ctx: Context) -> int:
    """Queue again the text layers of documents registered here that Lett was closed before
    finishing."""
    from app.core.permissions import Action
    from app.operations.intake import text_layers

    if not ctx.actor.may(Action.REGISTER_DOCUMENTS):
        return 0
    return text_layers.resume(ctx)


def print_slip(ctx: Context, entry_id: str, printer: str) -> Any:
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
