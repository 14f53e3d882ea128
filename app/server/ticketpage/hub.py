"""The open ticket pages of this server process, and how a change reaches them.

The pages of one office share one watcher: it listens to the live feed (app.server.live) for
the office's calls, lets a burst of changes gather for a moment, reads the tickets that
changed (app.operations.ticket_page.refresh_tickets; everything, `office_state`, at the start,
when the office's services or counters changed, and every FULL_S) and hands each page of the
services concerned its view, only when it changed.
Without the feed (a server made without live events) it reads everything every POLL_S
instead. After REFRESH_S without a change it makes the views again, for what time alone
changes (a stepped-out mark that ran out); a change of the office's settings (the stepped-out
grace) reaches the pages with the next full read. A page keeps only the newest view it has
not sent yet: a slow phone skips views, it never holds up the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from app.core.clock import utcnow
from app.operations.ticket_page import (
    OfficeState,
    PageTicket,
    office_state,
    page_view,
    refresh_tickets,
)
from app.store.db import Database

log = logging.getLogger("lett.server.ticketpage")

# Changes arriving within this long after the first are read together.
GATHER_S = 0.02
REFRESH_S = 20.0
# However few the changes, everything is read again this often.
FULL_S = 300.0
POLL_S = 1.0
FIRST_READ_S = 10.0
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

    def _offer(self, state: OfficeState, services: set[str] | None = None,
               tickets: Collection[str] = ()) -> None:
        """Hand the pages their views: all of them, or those of these services and tickets."""
        self.state = state
        for page in list(self.pages):
            ticket_id = page.ticket.ticket_id
            if services is not None and ticket_id not in tickets:
                row = state.tickets.get(ticket_id)
                if row is None or row.service_id not in services:
                    continue
            page.offer(page_view(state, ticket_id))
        self.ready.set()

    async def _read_all(self) -> None:
        self._offer(await asyncio.to_thread(office_state, self.hub.db, self.office_id))

    async def _read_some(self, ticket_ids: set[str]) -> None:
        assert self.state is not None
        state, services, tickets = await asyncio.to_thread(
            refresh_tickets, self.hub.db, self.state, ticket_ids)
        self._offer(state, services, tickets)

    async def _start_listening(self) -> None:
        from app.server.live import repository

        heads = await asyncio.to_thread(repository.heads, self.hub.db, [self.office_id])
        self.hub.feed.caught_up(self.office_id, heads.get(self.office_id, 0))

    async def _wait(self) -> tuple[bool, set[str]] | None:
        """Until something may have changed: whether to read everything again, and which
        tickets changed (none: only time has passed). None when the server is stopping."""
        sub = self.sub
        if sub is None:
            await asyncio.sleep(POLL_S)
            return True, set()
        batches = []
        try:
            batches.append(await asyncio.wait_for(sub.queue.get(), REFRESH_S))
            await asyncio.sleep(GATHER_S)
        except TimeoutError:
            return False, set()
        while not sub.queue.empty():
            batches.append(sub.queue.get_nowait())
        if sub.closing or None in batches:
            return None
        # A watcher too far behind was dropped from the feed's offers: it reads all anyway.
        full = sub.behind
        sub.behind = False
        tickets: set[str] = set()
        for batch in batches:
            for change in batch or ():
                if change.table == "tickets":
                    tickets.add(change.row_id)
                elif change.table != "ticket_events":
                    full = True  # the office's services or counters changed
        return full, tickets

    async def _run(self) -> None:
        try:
            if self.sub is not None:
                await self._start_listening()
            full, tickets = True, set()
            last_full = 0.0
            while True:
                loop_time = asyncio.get_running_loop().time()
                try:
                    if full or self.state is None or loop_time - last_full > FULL_S:
                        await self._read_all()
                        last_full = loop_time
                    elif tickets:
                        await self._read_some(tickets)
                    else:
                        # Only time has passed: a stepped-out mark may have run out.
                        self._offer(replace(self.state, read_at=utcnow(), estimates={}))
                except Exception:  # a failed read must not end the pages' updates
                    log.exception("ticket pages of office %s: reading the queue failed",
                                  self.office_id)
                    await asyncio.sleep(RETRY_S)
                    full = True
                    continue
                outcome = await self._wait()
                if outcome is None:
                    break
                full, tickets = outcome
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
        # The office's first read; a store that does not answer leaves the page waiting for
        # its first view, which comes with the watcher's next read that succeeds.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(watch.ready.wait(), FIRST_READ_S)
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
