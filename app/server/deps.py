"""Who is asking: every request but /health and enrollment carries a device token.

Only the token's sha256 is stored. A device belongs to one office and has one role; every
query the server makes is scoped to that office, and the role limits what it may do.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from fastapi import Request
from sqlalchemy import bindparam, select, update
from starlette.concurrency import run_in_threadpool

from app.core.clock import utcnow
from app.core.errors import ConnectionFailed
from app.core.permissions import Actor, Role
from app.operations.context import Context
from app.store.db import Database
from app.store.models import Device, Office

# A token lookup is remembered this long; a revoked token stops working within it.
AUTH_TTL_S = 2.0
# Past this many remembered tokens the stale ones are dropped, so requests with made-up
# tokens cannot make the memory grow without end.
MAX_REMEMBERED = 10_000
LAST_SEEN_EVERY = timedelta(seconds=30)

D = Device.__table__
# Built once: building a statement costs more than running it.
_DEVICE = (
    select(D.c.id, D.c.office_id, D.c.role, D.c.name, D.c.last_seen_at,
           Office.__table__.c.timezone)
    .join(Office.__table__, Office.__table__.c.id == D.c.office_id)
    .where(D.c.token_hash == bindparam("key"), D.c.revoked_at.is_(None))
)
_SEEN = (update(Device).where(Device.id == bindparam("device"))
         .values(last_seen_at=bindparam("moment")))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    office_id: str
    role: Role
    name: str
    timezone: str

    def actor(self) -> Actor:
        return Actor(self.name or f"{self.role} {self.device_id[:8]}", frozenset({self.role}))


class Authenticator:
    """Token → device, with a short memory so a busy counter does not cost a query per call,
    and one Context per device, so its configuration cache lives across requests."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen: dict[str, tuple[float, DeviceAuth | None]] = {}
        self._contexts: dict[str, Context] = {}
        self._lock = threading.Lock()

    def remembered(self, token: str) -> DeviceAuth | None:
        """The device of `token` as looked up less than AUTH_TTL_S ago, without a query;
        None when it must be looked up. Raises for a token found unknown or revoked then."""
        hit = self._seen.get(token_hash(token))
        if hit is None or time.monotonic() - hit[0] > AUTH_TTL_S:
            return None
        if hit[1] is None:
            raise ConnectionFailed("unauthenticated", detail="unknown or revoked device token")
        return hit[1]

    def device(self, token: str) -> DeviceAuth:
        key = token_hash(token)
        now = time.monotonic()
        with self._lock:
            hit = self._seen.get(key)
        if hit is None or now - hit[0] > AUTH_TTL_S:
            hit = (now, self._lookup(key))
            with self._lock:
                self._seen[key] = hit
                if len(self._seen) > MAX_REMEMBERED:
                    self._seen = {k: v for k, v in self._seen.items()
                                  if now - v[0] <= AUTH_TTL_S}
        if hit[1] is None:
            raise ConnectionFailed("unauthenticated", detail="unknown or revoked device token")
        return hit[1]

    def _lookup(self, key: str) -> DeviceAuth | None:
        moment = utcnow()
        seen = {"moment": moment}
        if self.db.dialect == "postgresql":
            # Each statement its own transaction: one round trip, no BEGIN and COMMIT.
            with self.db.autocommit_connection() as conn:
                row = conn.execute(_DEVICE, {"key": key}).first()
                if row is not None and _stale(row.last_seen_at, moment):
                    conn.execute(_SEEN, {"device": row.id, **seen})
        else:
            with self.db.read_connection() as conn:
                row = conn.execute(_DEVICE, {"key": key}).first()
            if row is not None and _stale(row.last_seen_at, moment):
                with self.db.write_connection() as conn:
                    conn.execute(_SEEN, {"device": row.id, **seen})
        if row is None:
            return None
        return DeviceAuth(row.id, row.office_id, Role(row.role), row.name, row.timezone)

    def context(self, auth: DeviceAuth) -> Context:
        with self._lock:
            ctx = self._contexts.get(auth.device_id)
            if ctx is None or ctx.actor != auth.actor():
                ctx = Context(self.db, auth.actor(), auth.office_id, ZoneInfo(auth.timezone),
                              device_id=auth.device_id)
                self._contexts[auth.device_id] = ctx
            return ctx

    def forget(self) -> None:
        with self._lock:
            self._seen.clear()
            self._contexts.clear()


def _stale(last_seen_at: datetime | None, moment: datetime) -> bool:
    return last_seen_at is None or moment - last_seen_at > LAST_SEEN_EVERY


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ConnectionFailed("unauthenticated", detail="no device token given")
    return token.strip()


async def current_device(request: Request) -> DeviceAuth:
    """FastAPI dependency: the device making the request (401 when there is none). A token
    looked up a moment ago is answered on the event loop; a lookup runs on a worker thread."""
    auth: Authenticator = request.app.state.auth
    token = bearer_token(request)
    known = auth.remembered(token)
    if known is not None:
        return known
    return await run_in_threadpool(auth.device, token)


# The person signed in at a desk or counter PC (app.sync.host.STAFF_NAME_HEADER).
STAFF_NAME_HEADER = "X-Lett-Staff-Name"
STAFF_NAME_LIMIT = 200


async def device_context(request: Request) -> Context:
    """FastAPI dependency: the operation context of the requesting device's office. A desk or
    counter PC names the person signed in at it, who then acts (a counter contact records who
    served, as on a PC of its own); a name that is not one line of text is not taken."""
    auth: Authenticator = request.app.state.auth
    device = await current_device(request)
    ctx = auth.context(device)
    named = request.headers.get(STAFF_NAME_HEADER)
    if named and device.role in (Role.DESK, Role.COUNTER):
        person = unquote(named, errors="replace").strip()
        if person and len(person) <= STAFF_NAME_LIMIT and person.isprintable() \
                and "\ufffd" not in person:
            return replace(ctx, actor=Actor(person, ctx.actor.roles))
    return ctx
