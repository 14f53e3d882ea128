"""The open ticket pages of this server process, and how a change reaches them.

The pages of one office share one watcher: it listens to the live feed (app.server.live) for
the office's calls, lets a burst of changes gather for a moment, reads the office's state once
(app.operations.ticket_page.office_state) and hands each page its view, only when it changed.
Without the feed (a server made without live events) it reads every POLL_S instead. It also
reads every REFRESH_S whatever happens, for what time alone changes (a stepped-out mark that
ran out). A page keeps only the newest view it has not sent yet: a slow phone skips views, it
never holds up the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from app.operations.ticket_page import OfficeState, PageTicket, office_state, page_view
from app.store.db import Database

log = logging.getLogger("lett.server.ticketpage")

# Changes arriving within this long after the first are read together.
GATHER_S = 0.05
REFRESH_S = 20.0
POLL_S = 1.0
RETRY_S = 1.0


class Page:
    """One open page: its ticket and the newest view it has not been sent yet."""

    def __init__(self, ticket: PageTicket) -> None:
        self.ticket = ticket
        self.sent: dict[str, Any] | None = None
        self.pending: dict[str, Any] | None = None
        self.changed = asyncio.Event()
        self.closing = False

    def offer(self, view: dict[str, Any]) -> None:
        if view != self.sent:
            self.pending = view
            self.changed.set()

    def take(self) -> dict[str, Any] | None:
        """The view to send now, if any."""
        self.changed.clear()
        view, self.pending = self.pending, None
        if view is not None:
            self.sent = view
        return view

    def close(self) -> None:
        self.closing = True
        self.changed.set()


class OfficeWatch:
    """The pages of one office and the task keeping them up to date."""

    def __init__(self, hub: PageHub, office_id: str) -> None:
        self.hub = hub
        self.office_id = office_id
        self.pages: set[Page] = set()
        self.state: OfficeState | None = None
        self.ready = asyncio.Event()
        self.sub: Any = None
        feed = hub.feed
        if feed is not None:
            from app.server.live.feed import CALL_TABLES, Subscriber

            self.sub = Subscriber(office_id, CALL_TABLES)
            feed.join(self.sub)
        self.task = asyncio.create_task(self._run(), name=f"lett-ticket-pages-{office_id}")

    async def _read(self) -> None:
        state = await asyncio.to_thread(office_state, self.hub.db, self.office_id)
        self.state = state
        for page in list(self.pages):
            page.offer(page_view(state, page.ticket.ticket_id))
        self.ready.set()

    async def _start_listening(self) -> None:
        from app.server.live import repository

        heads = await asyncio.to_thread(repository.heads, self.hub.db, [self.office_id])
        self.hub.feed.caught_up(self.office_id, heads.get(self.office_id, 0))

    async def _wait(self) -> bool:
        """Until something may have changed; False when the server is stopping."""
        sub = self.sub
        if sub is None:
            await asyncio.sleep(POLL_S)
            return True
        with contextlib.suppress(TimeoutError):
            batch = await asyncio.wait_for(sub.queue.get(), REFRESH_S)
            if batch is None or sub.closing:
                return False
            await asyncio.sleep(GATHER_S)
        while not sub.queue.empty():
            if sub.queue.get_nowait() is None:
                return False
        # A watcher too far behind was dropped from the feed's offers: it reads all anyway.
        sub.behind = False
        return not sub.closing

    async def _run(self) -> None:
        try:
            if self.sub is not None:
                await self._start_listening()
            while True:
                try:
                    await self._read()
                except Exception:  # a failed read must not end the pages' updates
                    log.exception("ticket pages of office %s: reading the queue failed",
                                  self.office_id)
                    await asyncio.sleep(RETRY_S)
                    continue
                if not await self._wait():
                    break
        finally:
            for page in list(self.pages):
                page.close()

    async def stop(self) -> None:
        if self.sub is not None and self.hub.feed is not None:
            self.hub.feed.leave(self.sub)
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task


class PageHub:
    """Every open page of this process, by office."""

    def __init__(self, db: Database, feed: Any) -> None:
        self.db = db
        self.feed = feed
        self.offices: dict[str, OfficeWatch] = {}

    async def open(self, ticket: PageTicket) -> Page:
        """A page for `ticket`, with its first view waiting to be sent."""
        watch = self.offices.get(ticket.office_id)
        if watch is None or watch.task.done():
            watch = OfficeWatch(self, ticket.office_id)
            self.offices[ticket.office_id] = watch
        page = Page(ticket)
        watch.pages.add(page)
        await watch.ready.wait()
        if watch.state is not None:
            page.offer(page_view(watch.state, ticket.ticket_id))
        return page

    async def close(self, page: Page) -> None:
        watch = self.offices.get(page.ticket.office_id)
        if watch is None:
            return
        watch.pages.discard(page)
        if not watch.pages:
            del self.offices[page.ticket.office_id]
            await watch.stop()

    def count(self) -> int:
        return sum(len(w.pages) for w in self.offices.values())
