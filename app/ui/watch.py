"""Noticing changes that other processes (the kiosk, another counter) make to the store.

A background thread asks SQLite for `PRAGMA data_version` on a connection of its own every
300 ms; the number moves whenever another connection commits, so `changed` fires within a poll
of any ticket issued or called anywhere on this PC's database.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from app.ui.qt import QObject, Signal

log = logging.getLogger(__name__)

POLL_SECONDS = 0.3


def sqlite_path(url: str) -> str:
    """The file of a `sqlite:///…` database URL."""
    if not url.startswith("sqlite") or "///" not in url:
        raise ValueError(f"not a SQLite file URL: {url}")
    return url.split("///", 1)[1].split("?", 1)[0]


class DataWatch(QObject):
    """Emits `changed` (on the UI thread's receivers) when the database file changes."""

    changed = Signal()

    def __init__(
        self, database_url: str, interval: float = POLL_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = sqlite_path(database_url)
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._poll, name="lett-data-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None

    def _poll(self) -> None:
        conn: sqlite3.Connection | None = None
        last: int | None = None
        failing = False
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = sqlite3.connect(self.path, timeout=1.0, isolation_level=None)
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                if failing:
                    # Whatever changed while the file could not be read: refresh once.
                    log.info("watching %s again", self.path)
                    failing = False
                    self.changed.emit()
                elif last is not None and version != last:
                    self.changed.emit()
                last = version
            except sqlite3.Error as exc:
                if not failing:
                    log.warning("cannot watch %s for changes: %s", self.path, exc)
                    failing = True
                if conn is not None:
                    conn.close()
                conn = None
                last = None
            self._stop.wait(self.interval)
        if conn is not None:
            conn.close()
