"""Sync in the background: a round every few seconds, and at once when asked ("sync now").
Reports go to a callback on the worker's thread; the windows hop them to the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import ConnectionFailed, LettError
from app.sync.credentials import load_token
from app.sync.engine import SyncReport, sync_once
from app.sync.link import ServerLink

if TYPE_CHECKING:
    from app.operations.bootstrap import Local


def server_link(local: Local, unreachable: str = "server_unreachable") -> ServerLink | None:
    """The link to this PC's server, or None when it is not connected."""
    url = local.settings.get("server.url")
    if not url:
        return None
    try:
        token = load_token(local.home)
    except ConnectionFailed:
        return None
    return ServerLink(url, token, local.settings.get("server.ca"), unreachable=unreachable)


def sync_local(local: Local) -> SyncReport:
    """One round for this PC; a report with the error `not_connected` when it has no server."""
    link = server_link(local)
    if link is None:
        report = SyncReport()
        report.error = ConnectionFailed("not_connected")
        return report
    try:
        return sync_once(local.db, link)
    finally:
        link.close()


class SyncWorker:
    """Runs sync rounds on its own thread until stopped."""

    def __init__(
        self,
        local: Local,
        on_report: Callable[[SyncReport], None],
        interval_s: float | None = None,
    ) -> None:
        self.local = local
        self.on_report = on_report
        self.interval_s = interval_s or float(local.settings.get("sync.interval_seconds"))
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lett-sync", daemon=True)

    def start(self) -> SyncWorker:
        self._thread.start()
        return self

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = sync_local(self.local)
            except LettError as exc:  # the store itself cannot be used right now
                report = SyncReport()
                report.error = exc
            if not self._stop.is_set():
                self.on_report(report)
            self._wake.wait(self.interval_s)
            self._wake.clear()
