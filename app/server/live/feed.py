"""The live feed of one server process: which sockets listen to which office, and how this
process learns that an office's change log has grown.

Nothing lives only here. The change log in the database is the truth, and each process keeps
just a cursor per office it has sockets for. On PostgreSQL every committing transaction sends
one `lett_changes` notification per office it touched; each server process LISTENs for them
and reads that office's log after its cursor, so a change made through any instance reaches
the sockets of every instance. A check of the log heads every few seconds covers
notifications lost while the listening connection was down. An office host on SQLite (one
process) has no notifications, and checks the heads every 100 ms instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError

from app.core.errors import PermissionDenied, StoreError
from app.core.permissions import Action, Actor
from app.server.live import repository
from app.server.live.repository import Change
from app.store.db import Database

log = logging.getLogger("lett.server.live")

CHANNEL = "lett_changes"
# How the listening connection shows in pg_stat_activity.
LISTENER_NAME = "lett live events"
# What a display or a kiosk may hear of: calls and the office's configuration, never visits.
CALL_TABLES = frozenset(
    {"offices", "services", "counters", "counter_services", "tickets", "ticket_events"}
)
# Batches waiting for one socket; a socket further behind catches up from the change log.
QUEUE_LIMIT = 256
SQLITE_POLL_S = 0.1
# PostgreSQL: how often the listening connection is checked and the log heads compared.
PG_CHECK_S = 5.0
RETRY_MIN_S = 0.5
RETRY_MAX_S = 15.0
# How long the server's start waits for its first LISTEN before serving without it.
STARTUP_WAIT_S = 5.0
# How often the tokens of the open sockets are checked, all in one read, so a revoked
# device stops hearing within a second or two (the README promises 2 s).
REAUTH_S = 1.0
# After a notification, the listener lets the next ones gather this long and takes them in
# one read: at a busy office every committed call notifies, and a wake-up for each one costs
# the server's event loop CPU at every call. Events reach sockets at most this much later.
NOTIFY_GATHER_S = 0.02


def readable_tables(actor: Actor) -> frozenset[str] | None:
    """The tables whose changes `actor` may hear of (None: all of its office's)."""
    if actor.may(Action.VIEW_QUEUE):
        return None
    if actor.may(Action.VIEW_CALLS):
        return CALL_TABLES
    raise PermissionDenied("permission_denied", actor=actor.name, action=str(Action.VIEW_CALLS))


class Subscriber:
    """One socket's place in the feed: its office, what it may hear of, and what it was sent."""

    def __init__(self, office_id: str, tables: frozenset[str] | None,
                 token_hash: str = "") -> None:
        self.office_id = office_id
        self.tables = tables
        # The SHA-256 of the device's token, checked every REAUTH_S ("": never checked).
        self.token_hash = token_hash
        # The seq of the newest change this socket knows of; older ones offered are skipped.
        self.sent = 0
        self.queue: asyncio.Queue[list[Change] | None] = asyncio.Queue(QUEUE_LIMIT)
        # Set when batches were dropped for a full queue: the socket re-reads the change log.
        self.behind = False
        self.closing = False
        # Set when the device's token stopped working: the socket is closed with 4401.
        self.revoked = False

    def offer(self, changes: list[Change]) -> None:
        if self.tables is not None:
            changes = [c for c in changes if c.table in self.tables]
        if not changes or self.behind:
            return
        try:
            self.queue.put_nowait(changes)
        except asyncio.QueueFull:
            self.behind = True

    def close(self) -> None:
        self.closing = True
        self._wake_reader()

    def revoke(self) -> None:
        self.revoked = True
        self._wake_reader()

    def _wake_reader(self) -> None:
        with contextlib.suppress(asyncio.QueueFull):  # a full queue's reader is awake anyway
            self.queue.put_nowait(None)


class LiveFeed:
    """The sockets of this process by office, and one cursor per office they belong to.

    Runs on the server's event loop; database reads run on worker threads."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._subscribers: dict[str, set[Subscriber]] = {}
        self._cursors: dict[str, int] = {}
        self._dirty: set[str] = set()
        self._wake = asyncio.Event()
        self._listening = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    # -- sockets ---------------------------------------------------------------------------

    def join(self, sub: Subscriber) -> None:
        """Count `sub` in before it reads its backlog, so nothing committed after that read
        can pass it by."""
        self._subscribers.setdefault(sub.office_id, set()).add(sub)

    def caught_up(self, office_id: str, seq: int) -> None:
        """A socket of `office_id` has read the log up to `seq`. The office's cursor never
        moves past what any of its sockets has read; repeats are skipped by seq."""
        if office_id not in self._subscribers:
            return
        cursor = self._cursors.get(office_id)
        self._cursors[office_id] = seq if cursor is None else min(cursor, seq)
        self.wake(office_id)

    def leave(self, sub: Subscriber) -> None:
        subs = self._subscribers.get(sub.office_id)
        if subs is None:
            return
        subs.discard(sub)
        if not subs:
            del self._subscribers[sub.office_id]
            self._cursors.pop(sub.office_id, None)

    def wake(self, office_id: str) -> None:
        """`office_id`'s log may have grown."""
        if office_id in self._cursors:
            self._dirty.add(office_id)
            self._wake.set()

    def wake_all(self) -> None:
        for office_id in self._cursors:
            self.wake(office_id)

    # -- running ---------------------------------------------------------------------------

    async def start(self) -> None:
        self._tasks.append(asyncio.create_task(self._pump(), name="lett-live-pump"))
        self._tasks.append(asyncio.create_task(self._check_tokens(), name="lett-live-tokens"))
        if self.db.dialect == "postgresql":
            self._tasks.append(asyncio.create_task(self._listen(), name="lett-live-listen"))
            self._tasks.append(asyncio.create_task(self._check_heads(PG_CHECK_S),
                                                   name="lett-live-check"))
            try:
                await asyncio.wait_for(self._listening.wait(), STARTUP_WAIT_S)
            except TimeoutError:
                log.warning("live events: not listening to PostgreSQL yet; still trying")
        else:
            self._tasks.append(asyncio.create_task(self._check_heads(SQLITE_POLL_S),
                                                   name="lett-live-poll"))

    async def stop(self) -> None:
        for subs in self._subscribers.values():
            for sub in subs:
                sub.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def _pump(self) -> None:
        """Read the grown logs of the offices woken, and hand the changes to their sockets."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            cursors = {o: self._cursors[o] for o in self._dirty if o in self._cursors}
            self._dirty.clear()
            if not cursors:
                continue
            try:
                found = await asyncio.to_thread(repository.changes_after, self.db, cursors)
            except Exception as exc:  # the pump must outlive any failed read, or events stop
                if isinstance(exc, StoreError | SQLAlchemyError):
                    log.warning("live events: cannot read the change log: %s", exc)
                else:
                    log.exception("live events: reading the change log failed")
                await asyncio.sleep(RETRY_MIN_S)
                for office_id in cursors:
                    self.wake(office_id)
                continue
            for office_id, changes in found.items():
                if self._cursors.get(office_id) != cursors[office_id]:
                    # A socket joined from further back while this read ran: read again.
                    self.wake(office_id)
                    continue
                if not changes:
                    continue
                self._cursors[office_id] = changes[-1].seq
                for sub in list(self._subscribers.get(office_id, ())):
                    sub.offer(changes)
                if len(changes) == repository.PAGE:
                    self.wake(office_id)

    async def _check_heads(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            offices = list(self._cursors)
            if not offices:
                continue
            try:
                heads = await asyncio.to_thread(repository.heads, self.db, offices)
            except Exception as exc:  # as in _pump: the next check must still come
                if isinstance(exc, StoreError | SQLAlchemyError):
                    log.warning("live events: cannot read the change log heads: %s", exc)
                else:
                    log.exception("live events: reading the change log heads failed")
                continue
            for office_id, head in heads.items():
                cursor = self._cursors.get(office_id)
                if cursor is not None and head > cursor:
                    self.wake(office_id)

    async def _check_tokens(self) -> None:
        """Close the sockets whose device was revoked, every REAUTH_S, in one read for all."""
        while True:
            await asyncio.sleep(REAUTH_S)
            subs = [sub for subs in self._subscribers.values() for sub in subs
                    if sub.token_hash and not sub.revoked]
            if not subs:
                continue
            try:
                kept = await asyncio.to_thread(repository.enrolled, self.db,
                                               {sub.token_hash for sub in subs})
            except Exception as exc:  # the store away for a moment revokes nobody
                if isinstance(exc, StoreError | SQLAlchemyError):
                    log.warning("live events: cannot check the devices' tokens: %s", exc)
                else:
                    log.exception("live events: checking the devices' tokens failed")
                continue
            for sub in subs:
                if sub.token_hash not in kept:
                    sub.revoke()

    async def _listen(self) -> None:
        """LISTEN on PostgreSQL, on a connection of its own, reconnecting while it is down."""
        import psycopg

        conninfo = self.db.engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False
        )
        delay = RETRY_MIN_S
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(
                    conninfo, autocommit=True, connect_timeout=int(PG_CHECK_S),
                    application_name=LISTENER_NAME,
                )
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    if delay > RETRY_MIN_S:
                        log.info("live events: listening to PostgreSQL again")
                    delay = RETRY_MIN_S
                    self._listening.set()
                    # Whatever was committed while nobody listened.
                    self.wake_all()
                    while True:
                        heard = False
                        async for note in conn.notifies(timeout=PG_CHECK_S, stop_after=1):
                            heard = True
                            self.wake(note.payload)
                        if heard:
                            await asyncio.sleep(NOTIFY_GATHER_S)
                            continue
                        # A quiet connection may be a dead one: ask it something.
                        await asyncio.wait_for(conn.execute("SELECT 1"), PG_CHECK_S)
            except (psycopg.Error, OSError, TimeoutError) as exc:
                self._listening.clear()
                log.warning("live events: PostgreSQL listener lost (%s); retrying in %.1f s",
                            exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX_S)


async def start_feed(app: FastAPI) -> Callable[[], Awaitable[None]]:
    """Start the live feed of `app`'s store, which `/live` (app.server.live.endpoints) serves
    from; the coroutine function that stops it."""
    feed = LiveFeed(app.state.db)
    app.state.live = feed
    await feed.start()
    return feed.stop
