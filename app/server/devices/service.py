"""Devices of an office: enrollment, tokens, revocation."""

from __future__ import annotations

import secrets

from app.core.clock import utcnow
from app.core.permissions import Role
from app.server.deps import token_hash
from app.store.db import Database
from app.store.models import Device

DEVICE_ROLES = (Role.DESK, Role.COUNTER, Role.KIOSK, Role.DISPLAY)


def add_device(db: Database, office_id: str, role: Role, device_id: str, name: str = "") -> str:
    """Register a device of `office_id` with `role`; its new token (shown once, never stored)."""
    token = secrets.token_urlsafe(32)
    with db.write() as s:
        s.add(Device(id=device_id, office_id=office_id, role=str(role), name=name,
                     token_hash=token_hash(token), enrolled_at=utcnow(), pushed_seq=0))
    return token
