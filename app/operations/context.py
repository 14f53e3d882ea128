"""Who acts, on which office, at what time: the first argument of every operation."""

from __future__ import annotations

import getpass
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.core.clock import utcnow
from app.core.errors import PermissionDenied, StoreError
from app.core.permissions import Action, Actor, Role

if TYPE_CHECKING:  # the store is imported where it is used, so windows paint before it loads
    from app.store.db import Database

CONFIG_TTL_S = 5.0


@dataclass
class Context:
    db: Database
    actor: Actor
    office_id: str
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Tallinn"))
    clock: Callable[[], datetime] = utcnow
    # Configuration read by hot paths (a counter's services), kept for CONFIG_TTL_S seconds.
    cache: dict[object, tuple[float, Any]] = field(default_factory=dict, repr=False)
    # The office's queue host when this PC is connected to one: queue operations run there.
    host: Any = field(default=None, repr=False)
    # The signed-in person's session at the office's server, on a connected PC: the office's
    # configuration and accounts change there (app.operations.central).
    staff: Any = field(default=None, repr=False)
    # The enrolled device a server's context acts for; empty on a PC, where the store's own
    # device acts. Tells one kiosk's repeated press from another kiosk's press.
    device_id: str = ""

    def cached(self, key: object, load: Callable[[], Any]) -> Any:
        """`load()`'s value, read again once it is CONFIG_TTL_S seconds old, so a change of
        the office's configuration reaches a running window within that time."""
        hit = self.cache.get(key)
        now = time.monotonic()
        if hit is not None and now - hit[0] < CONFIG_TTL_S:
            return hit[1]
        value = load()
        self.cache[key] = (now, value)
        return value

    @property
    def acting_device(self) -> str:
        """The device on whose behalf this context acts."""
        return self.device_id or self.db.device_id

    def now(self) -> datetime:
        """The time by this PC's clock corrected by the server's, as sync last measured it."""
        offset = self.db.server_offset_ms
        return self.clock() + timedelta(milliseconds=offset) if offset else self.clock()

    def local(self, moment: datetime | None = None) -> datetime:
        return (moment or self.now()).astimezone(self.timezone)

    def require(self, action: Action) -> None:
        if not self.actor.may(action):
            raise PermissionDenied("permission_denied", actor=self.actor.name, action=str(action))


def staff_actor() -> Actor:
    """The local administrator of this PC: whoever runs Lett's commands with the data folder
    at hand (and could open its database anyway). Every staff role. The command line acts as
    it unless `--user` names an account; so does setting up an office before it has accounts.
    The staff window acts as the person who signs in instead."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "staff"
    return Actor(name, frozenset({Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER}))


def signed_out_actor() -> Actor:
    """Who acts before anybody has signed in: no role, so only signing in is open to them."""
    return Actor("")


def kiosk_actor() -> Actor:
    return Actor("kiosk", frozenset({Role.KIOSK}))


def display_actor() -> Actor:
    return Actor("display", frozenset({Role.DISPLAY}))


def open_context(
    db: Database,
    actor: Actor,
    office_code: str = "",
    clock: Callable[[], datetime] = utcnow,
) -> Context:
    """The context for the office with this code (or the only office when no code is set)."""
    from sqlalchemy import select

    from app.store.models import Office

    with db.read() as s:
        query = select(Office).where(Office.deleted_at.is_(None))
        if office_code:
            query = query.where(Office.code == office_code)
        office = s.scalars(query.order_by(Office.code)).first()
    if office is None:
        raise StoreError("no_office")
    return Context(db, actor, office.id, ZoneInfo(office.timezone), clock)
