"""Running operations off the UI thread, the way the windows do every read and write.

An operation (a function of `app.operations` taking the context first) runs on a worker thread;
its result or error comes back on the UI thread through a queued signal. Writes run one at a
time in the order they were asked for, and after each one `changed` tells the views to refresh.
A `LettError` becomes its message in the window's language; any other exception is logged and
shown as a general message, never a crash: the operation's transaction was rolled back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app import i18n
from app.core.errors import LettError
from app.operations.context import Context
from app.ui.qt import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from app.ui.qt_i18n import current_language

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """An operation that did not succeed, with the text a person sees."""

    error: Exception
    text: str

    @property
    def code(self) -> str:
        """The error code of a LettError ("queue_empty", ...); "" for an unexpected error."""
        return self.error.code if isinstance(self.error, LettError) else ""


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "runner",
        "Something went wrong and the action was not completed. Nothing was lost: "
        "try again, and if it happens again, tell the administrator.",
    )


def failure_of(error: Exception, lang: str) -> Failure:
    if isinstance(error, LettError):
        return Failure(error, i18n.error_text(error, lang))
    return Failure(error, unexpected_error_text())


class _Bridge(QObject):
    """Lives on the UI thread; a worker emits `done` and the slot runs on the UI thread."""

    done = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(
        self,
        bridge: _Bridge,
        name: str,
        call: Callable[[], T],
        write: bool,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Failure], None] | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.bridge = bridge
        self.name = name
        self.call = call
        self.write = write
        self.on_done = on_done
        self.on_error = on_error
        self.result: T | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = self.call()
        except Exception as exc:  # reported on the UI thread, see Runner._finish
            self.error = exc
        self.bridge.done.emit(self)


class Runner(QObject):
    """Runs operations for one window with one context (who acts, on which office)."""

    changed = Signal()
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        ctx: Context | Callable[[], Context],
        language: Callable[[], str] = current_language,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # A context, or how to open one: then the first operation opens it on a worker thread
        # (the store, its libraries, its migrations) while the window is already painted.
        self._ctx = ctx if isinstance(ctx, Context) else None
        self._open_context = None if isinstance(ctx, Context) else ctx
        self._ctx_lock = threading.Lock()
        self.language = language
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._finish)
        self._jobs: set[_Job[Any]] = set()
        self._pending_writes = 0
        self.closed = False

    @property
    def ctx(self) -> Context:
        """The context operations run with, opened on first use."""
        with self._ctx_lock:
            if self._ctx is None:
                assert self._open_context is not None
                self._ctx = self._open_context()
            return self._ctx

    @property
    def busy(self) -> bool:
        """Whether a write is still running or waiting to run."""
        return self._pending_writes > 0

    def write(
        self,
        op: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Failure], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run a changing operation `op(ctx, *args, **kwargs)`; `changed` follows it."""
        self._start(op, args, kwargs, True, on_done, on_error)

    def read(
        self,
        op: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Failure], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run a reading operation `op(ctx, *args, **kwargs)`."""
        self._start(op, args, kwargs, False, on_done, on_error)

    def failure_text(self, failure: Failure) -> str:
        """The failure's message in the window's language now (it may have changed)."""
        return failure_of(failure.error, self.language()).text

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started operation has finished."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)

    def close(self) -> None:
        """Let running operations finish (their transactions commit or roll back whole) and
        deliver no more results: the window that asked for them is going away."""
        self.closed = True
        self.wait()

    def _start(
        self,
        op: Callable[..., T],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        write: bool,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[Failure], None] | None,
    ) -> None:
        if self.closed:
            return
        def call() -> T:
            return op(self.ctx, *args, **kwargs)

        job = _Job(self._bridge, getattr(op, "__name__", repr(op)), call, write, on_done,
                   on_error)
        self._jobs.add(job)
        if write:
            self._pending_writes += 1
            if self._pending_writes == 1:
                self.busy_changed.emit(True)
            self._writes.start(job)
        else:
            self._reads.start(job)

    @Slot(object)
    def _finish(self, job: _Job[Any]) -> None:
        self._jobs.discard(job)
        if self.closed:
            return
        try:
            if job.error is None:
                if job.on_done is not None:
                    job.on_done(job.result)
            else:
                if not isinstance(job.error, LettError):
                    log.error("operation %s failed", job.name, exc_info=job.error)
                failure = failure_of(job.error, self.language())
                if job.on_error is not None:
                    job.on_error(failure)
                else:
                    self.failed.emit(failure)
        finally:
            if job.write:
                self._pending_writes -= 1
                if self._pending_writes == 0:
                    self.busy_changed.emit(False)
                self.changed.emit()


class Refresh(QObject, Generic[T]):
    """Loads one view's data off the UI thread whenever asked, one load at a time.

    Asks that arrive while a load runs give exactly one more load after it, so a burst of
    changes costs two loads, not one per change.
    """

    def __init__(
        self,
        runner: Runner,
        load: Callable[[Context], T],
        show: Callable[[T], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.load = load
        self.show = show
        self.loading = False
        self.again = False

    def request(self) -> None:
        if self.loading:
            self.again = True
            return
        self.loading = True
        self.again = False
        self.runner.read(self.load, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, data: T) -> None:
        self._settle()
        self.show(data)

    def _failed(self, failure: Failure) -> None:
        self._settle()
        self.runner.failed.emit(failure)

    def _settle(self) -> None:
        self.loading = False
        if self.again:
            self.request()
