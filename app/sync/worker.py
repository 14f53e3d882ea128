"""Sync in the background: a round every few seconds, and at once when asked ("sync now").
Reports go to a callback on the worker's thread; the windows hop them to the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import ConnectionFailed, LettError
from app.core.permissions import Actor, Role

if TYPE_CHECKING:
    # The store's and the link's modules load on the worker's thread, in its first round: a
    # window that starts a worker paints without waiting for them.
    from app.operations.bootstrap import Local
    from app.operations.numbers import LeaseView
    from app.store.db import Database
    from app.sync.engine import SyncReport
    from app.sync.link import ServerLink


def server_link(local: Local, unreachable: str = "server_unreachable") -> ServerLink | None:
    """The link to this PC's server, or None when it is not connected."""
    from app.sync.credentials import load_token
    from app.sync.link import ServerLink

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
    from app.sync.engine import SyncReport, sync_once

    link = server_link(local)
    if link is None:
        report = SyncReport()
        report.error = ConnectionFailed("not_connected")
        return report
    try:
        report = sync_once(local.db, link)
        if report.online:
            try:
                keep_document_numbers(local.db, link, local.settings.get("server.role"),
                                      local.settings.get("office.code"))
            except LettError as exc:
                report.error = exc
        return report
    finally:
        link.close()


def keep_document_numbers(db: Database, link: ServerLink, role: str,
                          office_code: str = "") -> list[LeaseView]:
    """The sync round's last step on a desk or counter PC: lease document numbers from the
    server for each sequence in use that runs low (app.operations.numbers.keep_leases), so the
    PC goes on registering documents and issuing notices while the server cannot be reached.
    Nothing on a kiosk or a display, which number no documents."""
    from app.operations.context import open_context
    from app.operations.numbers import keep_leases
    from app.sync.host import RemoteHost

    if role not in (Role.DESK, Role.COUNTER):
        return []
    ctx = open_context(db, Actor(f"{role} {db.device_id[:8]}", frozenset({Role(role)})),
                       office_code)
    ctx.host = RemoteHost(link)
    return keep_leases(ctx)


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
                from app.sync.engine import SyncReport

                report = SyncReport()
                report.error = exc
            if not self._stop.is_set():
                self.on_report(report)
            self._wake.wait(self.interval_s)
            self._wake.clear()
