"""Devices of an office: enrollment codes, tokens, revocation.

An administrator makes a one-time enrollment code for an office and a role; a PC trades it,
once and before it expires, for a device token. Only sha256 hashes of codes and tokens are
kept, so a copy of the server's database lets nobody in.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.core.clock import utcnow
from app.core.errors import ConnectionFailed, NotFound, Refused
from app.core.permissions import Role
from app.server.deps import token_hash
from app.server.offices.service import OfficeInfo, office_by_code
from app.store.db import Database
from app.store.models import Device, Enrollment, Office, StaffSession

DEVICE_ROLES = (Role.DESK, Role.COUNTER, Role.KIOSK, Role.DISPLAY)

# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is typed right.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8  # 40 random bits; a code also dies after one use and within its validity
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
DEFAULT_VALIDITY = timedelta(minutes=60)


def normalise_code(code: str) -> str | None:
    """The code as stored (hashed): upper case, without spaces and dashes, letters that look
    like digits read as those digits. None for something that cannot be a code."""
    cleaned = "".join(code.split()).replace("-", "").upper().translate(_READ_AS)
    if len(cleaned) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in cleaned):
        return None
    return cleaned


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class EnrollmentCode:
    """A code as shown once to the administrator."""

    code: str
    office: OfficeInfo
    role: Role
    expires_at: datetime


@dataclass(frozen=True)
class Enrolled:
    """What a PC receives for its code: its token (shown once, never stored) and its place."""

    token: str
    device_id: str
    name: str
    role: Role
    office: OfficeInfo


@dataclass(frozen=True)
class DeviceRecord:
    id: str
    office: OfficeInfo
    role: Role
    name: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None

    def to_json(self) -> dict[str, object]:
        def when(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {
            "id": self.id,
            "office": self.office.to_json(),
            "role": str(self.role),
            "name": self.name,
            "enrolled_at": when(self.enrolled_at),
            "last_seen_at": when(self.last_seen_at),
            "revoked_at": when(self.revoked_at),
        }


def create_enrollment(
    db: Database,
    office_code: str,
    role: Role,
    valid: timedelta = DEFAULT_VALIDITY,
    now: datetime | None = None,
) -> EnrollmentCode:
    """A new one-time code for a PC of `office_code` with `role`, valid for `valid`."""
    if role not in DEVICE_ROLES:
        raise ValueError(f"devices cannot have the role {role}")
    office = office_by_code(db, office_code)
    now = now or utcnow()
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    with db.write() as s:
        s.add(Enrollment(code_hash=code_hash(raw), office_id=office.id, role=str(role),
                         created_at=now, expires_at=now + valid))
    return EnrollmentCode(f"{raw[:4]}-{raw[4:]}", office, role, now + valid)


def _invalid() -> ConnectionFailed:
    return ConnectionFailed("enrollment_invalid")


def check_enrollment(
    db: Database, code: str, now: datetime | None = None
) -> tuple[OfficeInfo, Role]:
    """The office and role `code` would enroll into, without using it up, so a PC can refuse
    before it changes anything on either side."""
    cleaned = normalise_code(code)
    if cleaned is None:
        raise _invalid()
    now = now or utcnow()
    with db.read() as s:
        row = s.execute(
            select(Office, Enrollment.role)
            .join(Enrollment, Enrollment.office_id == Office.id)
            .where(Enrollment.code_hash == code_hash(cleaned), Enrollment.used_at.is_(None),
                   Enrollment.expires_at > now)
        ).first()
        if row is None:
            raise _invalid()
        return OfficeInfo.of(row[0]), Role(row[1])


def enroll(
    db: Database, code: str, device_id: str, name: str = "", now: datetime | None = None
) -> Enrolled:
    """Trade `code` for a device token. The code works once; a device id enrolled before gets
    a new token (the old one stops working), the code's office and role, and is no longer
    revoked."""
    cleaned = normalise_code(code)
    if cleaned is None:
        raise _invalid()
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    with db.write() as s:
        # One statement claims the code, so two PCs racing for it cannot both win.
        claimed = s.execute(
            update(Enrollment)
            .where(Enrollment.code_hash == code_hash(cleaned), Enrollment.used_at.is_(None),
                   Enrollment.expires_at > now)
            .values(used_at=now, device_id=device_id)
            .returning(Enrollment.office_id, Enrollment.role)
            .execution_options(synchronize_session=False)
        ).first()
        if claimed is None:
            raise _invalid()
        office_id, role = claimed
        device = s.get(Device, device_id)
        if device is None:
            device = Device(id=device_id, pushed_seq=0)
            s.add(device)
        elif device.office_id != office_id and device.revoked_at is None:
            # Device ids are not secret: a code of one office must not take over (and cut
            # off) a working device of another. Raising here also gives the code back.
            raise Refused("device_in_other_office", device=device_id)
        device.office_id = office_id
        device.role = role
        device.name = name or device.name or ""
        device.token_hash = token_hash(token)
        device.enrolled_at = now
        device.revoked_at = None
        office = OfficeInfo.of(s.get_one(Office, office_id))
        return Enrolled(token, device_id, device.name, Role(role), office)


def _records(db: Database, device_id: str | None = None) -> list[DeviceRecord]:
    query = select(Device, Office).join(Office, Office.id == Device.office_id)
    if device_id is not None:
        query = query.where(Device.id == device_id)
    with db.read() as s:
        rows = s.execute(query.order_by(Office.code, Device.enrolled_at)).all()
        return [
            DeviceRecord(d.id, OfficeInfo.of(o), Role(d.role), d.name, d.enrolled_at,
                         d.last_seen_at, d.revoked_at)
            for d, o in rows
        ]


def list_devices(db: Database) -> list[DeviceRecord]:
    """Every device, revoked ones too, by office and enrollment."""
    return _records(db)


def device_record(db: Database, device_id: str) -> DeviceRecord:
    found = _records(db, device_id)
    if not found:
        raise NotFound("unknown_device", device=device_id)
    return found[0]


def revoke_device(db: Database, device_id: str, now: datetime | None = None) -> DeviceRecord:
    """Stop the device's token from working (a server remembers a token for up to two
    seconds). Revoking a revoked device keeps its first revocation time."""
    with db.write() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise NotFound("unknown_device", device=device_id)
        if device.revoked_at is None:
            device.revoked_at = now or utcnow()
        # Its staff sessions end with it, so none outlives a later enrollment of the same PC.
        s.execute(update(StaffSession).where(StaffSession.device_id == device_id,
                                             StaffSession.revoked_at.is_(None))
                  .values(revoked_at=device.revoked_at))
    return device_record(db, device_id)


def add_device(db: Database, office_id: str, role: Role, device_id: str, name: str = "") -> str:
    """Register a device of `office_id` with `role`; its new token (shown once, never stored)."""
    token = secrets.token_urlsafe(32)
    with db.write() as s:
        s.add(Device(id=device_id, office_id=office_id, role=str(role), name=name,
                     token_hash=token_hash(token), enrolled_at=utcnow(), pushed_seq=0))
    return token
