"""Who is asking: every request but /health and enrollment carries a device token.

Only the token's sha256 is stored. A device belongs to one office and has one role; every
query the server makes is scoped to that office, and the role limits what it may do.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from fastapi import Request
from sqlalchemy import select, update

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
        with self.db.read() as s:
            row = s.execute(
                select(Device, Office.timezone)
                .join(Office, Office.id == Device.office_id)
                .where(Device.token_hash == key, Device.revoked_at.is_(None))
            ).first()
        if row is None:
            return None
        device, tz = row
        if device.last_seen_at is None or moment - device.last_seen_at > LAST_SEEN_EVERY:
            with self.db.write() as s:
                s.execute(update(Device).where(Device.id == device.id).values(last_seen_at=moment))
        return DeviceAuth(device.id, device.office_id, Role(device.role), device.name, tz)

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


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ConnectionFailed("unauthenticated", detail="no device token given")
    return token.strip()


def current_device(request: Request) -> DeviceAuth:
    """FastAPI dependency: the device making the request (401 when there is none)."""
    return request.app.state.auth.device(bearer_token(request))


def device_context(request: Request) -> Context:
    """FastAPI dependency: the operation context of the requesting device's office."""
    auth: Authenticator = request.app.state.auth
    return auth.context(auth.device(bearer_token(request)))
