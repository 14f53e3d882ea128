"""Staff sessions: a person signed in at the server through an enrolled desk or counter PC.

The PC sends the person's user name and password with its own device token; the server checks
them against the office's staff accounts with the rules of a sign-in on a PC (wrong passwords
counted toward a lock-out, switched-off accounts refused) and answers with a random session
token, of which it keeps only the sha256. The PC then sends the token with each change of the
office's configuration or accounts, and the server runs the change as that person: their roles
are read afresh from their account at every request, so a role taken away counts at once.

A session ends at its expiry, when the PC closes it, when its device is revoked, when the
account is switched off, and (for every session of the account but the one making the change)
when an admin resets the password.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from app.core.clock import utcnow
from app.core.errors import ConnectionFailed, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.operations import accounts as acc
from app.operations.context import Context, signed_out_actor
from app.server.deps import DeviceAuth, token_hash
from app.store.db import Database
from app.store.models import Device, StaffAccount, StaffSession

# A working day and then some: a desk PC signed in in the morning keeps its session all day.
SESSION_LIFETIME = timedelta(hours=12)
# The device roles whose PCs have staff at them.
STAFF_DEVICES = (Role.DESK, Role.COUNTER)


@dataclass(frozen=True)
class Opened:
    """A new session: its token (given once, never stored) and the person it is for."""

    token: str
    expires_at: datetime
    account: acc.Account


@dataclass(frozen=True)
class Session:
    """A live session as a request finds it."""

    token_hash: str
    account: acc.Account
    expires_at: datetime


def _invalid() -> ConnectionFailed:
    return ConnectionFailed("staff_session_invalid")


def device_context(db: Database, device: DeviceAuth, actor: Actor) -> Context:
    """A fresh context of the device's office for `actor` (a person, never the device)."""
    return Context(db, actor, device.office_id, ZoneInfo(device.timezone),
                   device_id=device.device_id)


def _staff_device(device: DeviceAuth) -> None:
    if device.role not in STAFF_DEVICES:
        raise PermissionDenied("staff_session_device", role=str(device.role))


def open_session(db: Database, device: DeviceAuth, user_name: str, password: str,
                 now: datetime | None = None) -> Opened:
    """Sign `user_name` in at the server for `device`: the same checks, counting and refusals
    as a sign-in on a PC (app.operations.accounts.sign_in), and on success a new session."""
    _staff_device(device)
    signed = acc.sign_in(device_context(db, device, signed_out_actor()), user_name, password)
    moment = now or utcnow()
    token = secrets.token_urlsafe(32)
    expires = moment + SESSION_LIFETIME
    with db.write() as s:
        s.add(StaffSession(token_hash=token_hash(token), device_id=device.device_id,
                           account_id=signed.account.id, office_id=device.office_id,
                           created_at=moment, expires_at=expires))
    return Opened(token, expires, signed.account)


def find_session(db: Database, device: DeviceAuth, token: str,
                 now: datetime | None = None) -> Session:
    """The live session of `token` opened through `device`, with its person's account as it
    is now; ConnectionFailed('staff_session_invalid') for any other token."""
    _staff_device(device)
    moment = now or utcnow()
    key = token_hash(token)
    with db.read() as s:
        row = s.execute(
            select(StaffSession, StaffAccount)
            .join(StaffAccount, StaffAccount.id == StaffSession.account_id)
            .join(Device, Device.id == StaffSession.device_id)
            .where(StaffSession.token_hash == key,
                   StaffSession.device_id == device.device_id,
                   StaffSession.office_id == device.office_id,
                   StaffSession.revoked_at.is_(None),
                   StaffSession.expires_at > moment,
                   Device.revoked_at.is_(None),
                   StaffAccount.office_id == device.office_id,
                   StaffAccount.deleted_at.is_(None),
                   StaffAccount.active.is_(True))
        ).first()
    if row is None:
        raise _invalid()
    session, account = row
    return Session(key, acc.Account.of(account), session.expires_at)


def person(session: Session) -> Actor:
    return Actor(session.account.user_name, session.account.roles)


def require_own_password(session: Session) -> None:
    """A person whose password an admin reset changes it before anything else, as on a PC."""
    if session.account.must_change_password:
        raise Refused("password_change_required", user=session.account.user_name)


def close_session(db: Database, session: Session, now: datetime | None = None) -> None:
    with db.write() as s:
        s.execute(update(StaffSession).where(StaffSession.token_hash == session.token_hash)
                  .values(revoked_at=now or utcnow()))


def end_sessions(db: Database, *, device_id: str | None = None, account_id: str | None = None,
                 keep: str | None = None, now: datetime | None = None) -> None:
    """End every live session of a device or of an account (but the one hashed `keep`)."""
    query = update(StaffSession).where(StaffSession.revoked_at.is_(None))
    if device_id is not None:
        query = query.where(StaffSession.device_id == device_id)
    if account_id is not None:
        query = query.where(StaffSession.account_id == account_id)
    if keep is not None:
        query = query.where(StaffSession.token_hash != keep)
    with db.write() as s:
        s.execute(query.values(revoked_at=now or utcnow()))

