"""The server's stored clock: the newest clock value in its rows, against its wall clock.

A server that took changes before it bounded the clock values of pushed rows may hold rows
stamped far in the future (the year 2527, or the largest value a column holds). It keeps
working: its own clock never follows them (app.core.clock, app.server.sync.validation), and a
change pushed to such a row wins over the impossible stamp (app.server.sync.service). And it
says so: at start it reads the newest stamp of each synced table, and logs a warning when one
is more than MAX_DRIFT_MS ahead of its wall clock, as it does when a push meets such a row;
`/health` reports what it found.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.core.clock import MAX_DRIFT_MS, hlc_wall_ms
from app.store.rows import TABLES

if TYPE_CHECKING:
    from fastapi import FastAPI

    from app.store.db import Database

log = logging.getLogger("lett.server")


@dataclass
class StoredClock:
    """What the server knows of its stored clock: "checking" until the start's check is
    done, then "ok" or "ahead" (by `ahead_ms`, the newest stamp in `table`), or "unknown"
    when the store could not be read."""

    state: str = "checking"
    ahead_ms: int = 0
    table: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"state": self.state}
        if self.state == "ahead":
            out["ahead_seconds"] = self.ahead_ms // 1000
            out["table"] = self.table
        return out


_REPORTS: weakref.WeakKeyDictionary[Database, StoredClock] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def of(db: Database) -> StoredClock:
    with _LOCK:
        report = _REPORTS.get(db)
        if report is None:
            report = _REPORTS[db] = StoredClock()
        return report


def noticed(db: Database, table: str, hlc: int, wall_ms: int) -> None:
    """A row stamped `hlc` was found in `table`: remember and log it if it is ahead."""
    ahead = hlc_wall_ms(hlc) - wall_ms
    if ahead <= MAX_DRIFT_MS:
        return
    report = of(db)
    with _LOCK:
        if report.state == "ahead" and report.ahead_ms >= ahead:
            return
        report.state, report.ahead_ms, report.table = "ahead", ahead, table
    log.warning(
        "The stored clock is ahead: rows of %s are stamped %d s past this server's clock "
        "(written before the server bounded the clock values PCs send). The server keeps "
        "working: its own clock does not follow them, and the next change of such a row "
        "replaces the stamp.", table, ahead // 1000)


def check(db: Database) -> StoredClock:
    """Read the newest stamp of each synced table (one query each) and report it."""
    report = of(db)
    try:
        newest: tuple[int, str] = (0, "")
        with db.read_connection() as conn:
            for name, table in TABLES.items():
                value = conn.scalar(select(func.max(table.c.hlc)))
                if value is not None and int(value) > newest[0]:
                    newest = (int(value), name)
    except Exception:  # noqa: BLE001 - a store going away under the check stops it, no more
        log.debug("the stored clock could not be read", exc_info=True)
        with _LOCK:
            if report.state == "checking":
                report.state = "unknown"
        return report
    noticed(db, newest[1], newest[0], time.time_ns() // 1_000_000)
    with _LOCK:
        if report.state == "checking":
            report.state = "ok"
    return report


async def start_check(app: FastAPI) -> Callable[[], Awaitable[None]]:
    """Check the stored clock in the background as the server starts: a table of millions
    of rows takes a while, and the server answers meanwhile ("checking")."""
    db = app.state.db
    thread = threading.Thread(target=check, args=(db,), name="lett-clock-check", daemon=True)
    thread.start()

    async def stop() -> None:
        await asyncio.to_thread(thread.join, 5)

    return stop
