"""The staff window's background sender and follower of escalations: every SEND_EVERY_S it
sends what is due in this PC's outbox, and every FOLLOW_EVERY_S it also reads the state of
the sent ones from Jira. A round runs on a thread of its own (never the UI thread, and not the
runner's write thread, which a slow Jira would hold up); one round at a time. A busy Jira's
Retry-After puts the next round off by as long; a waiting Jira is let go of at once when the
window closes (`stop`)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import ConnectionFailed
from app.core.settings import Settings
from app.ui.qt import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from app.ui.runner import Runner

log = logging.getLogger(__name__)

SEND_EVERY_S = 60
FOLLOW_EVERY_S = 300
# The first round, soon after the window opens (not at once: the window paints first).
FIRST_AFTER_S = 5


class _Round(QRunnable):
    def __init__(self, call: Callable[[], Any], done: Any) -> None:
        super().__init__()
        self.call = call
        self.done = done

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as exc:  # a round must never take the window down
            log.error("escalation round failed", exc_info=exc)
            result = exc
        self.done.emit(result)


class EscalationFollower(QObject):
    """Drives `app.operations.escalations.background_round` off the UI thread."""

    # The round's result (an escalations.Round), or the exception it ended with.
    round_done = Signal(object)
    _finished = Signal(object)

    def __init__(self, runner: Runner, settings: Settings, home: Path,
                 parent: QObject | None = None, client_for: Any = None,
                 send_every_s: float = SEND_EVERY_S,
                 follow_every_s: float = FOLLOW_EVERY_S) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.home = home
        self.client_for = client_for
        self.send_every_s = send_every_s
        self.follow_every_s = follow_every_s
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        self._finished.connect(self._after)
        self._stopping = threading.Event()
        self.running = False
        self.rounds = 0
        self._last_follow = 0.0
        self.next_in_s = 0.0

    def start(self, first_after_s: float = FIRST_AFTER_S) -> None:
        self._stopping.clear()
        self._schedule(first_after_s)

    def _schedule(self, seconds: float) -> None:
        if self._stopping.is_set():
            return
        self.next_in_s = seconds
        self._timer.start(int(seconds * 1000))

    @Slot()
    def run_now(self) -> None:
        """A round now (unless one runs)."""
        if self.running or self._stopping.is_set():
            return
        self._timer.stop()
        self.running = True
        follow = time.monotonic() - self._last_follow >= self.follow_every_s
        if follow:
            self._last_follow = time.monotonic()
        self._pool.start(_Round(lambda: self._round(follow), self._finished))

    def _round(self, follow: bool) -> Any:
        from app.documents.mail import MailServer
        from app.integrations.jira.client import JiraClient
        from app.operations import escalations

        stopping = self._stopping

        def client_for(target: Any, token: str) -> Any:
            def sleep(seconds: float) -> None:
                # A Retry-After wait ends at once when the window closes, and the escalation
                # stays in the outbox for the next time.
                if stopping.wait(seconds):
                    raise ConnectionFailed("jira_busy", site=target.site,
                                           seconds=round(seconds))

            if self.client_for is not None:
                return self.client_for(target, token, sleep)
            return JiraClient.for_target(target, token, sleep=sleep)

        return escalations.background_round(self.runner.ctx, self.home,
                                            MailServer.of(self.settings), follow,
                                            client_for=client_for)

    @Slot(object)
    def _after(self, result: Any) -> None:
        self.running = False
        self.rounds += 1
        if self._stopping.is_set():
            return
        wait = float(getattr(result, "wait_s", 0.0) or 0.0)
        self.round_done.emit(result)
        self._schedule(max(self.send_every_s, wait))

    def stop(self, wait_ms: int = 5000) -> None:
        """No more rounds; a running one is let go of its waits and finished."""
        self._stopping.set()
        self._timer.stop()
        self._pool.waitForDone(wait_ms)
