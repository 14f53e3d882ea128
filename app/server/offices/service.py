"""The offices of a server. An office is added on the server, by its administrator; its PCs
receive it, with its services and counters, when they sync."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFound, PermissionDenied, Refused, Rejected
from app.core.ids import uuid7
from app.core.permissions import Action, Actor
from app.operations.setup import create_demo_office
from app.store.db import Database
from app.store.models import Office

OFFICE_CODE = re.compile(r"[A-Z0-9_-]{1,32}")


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    code: str
    name: str
    timezone: str

    @classmethod
    def of(cls, office: Office) -> OfficeInfo:
        return cls(office.id, office.code, office.name, office.timezone)

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "code": self.code, "name": self.name, "timezone": self.timezone}


def normalise_office_code(code: str) -> str:
    """An office code as stored: upper case, so `tln` and `TLN` name the same office."""
    cleaned = code.strip().upper()
    if not OFFICE_CODE.fullmatch(cleaned):
        raise Rejected("bad_office_code", office=code)
    return cleaned


def add_office(db: Database, actor: Actor, code: str, name: str, demo: bool = False) -> OfficeInfo:
    """A new office; `demo` gives it the demo office's services and counters."""
    if not actor.may(Action.CONFIGURE):
        raise PermissionDenied("permission_denied", actor=actor.name, action=str(Action.CONFIGURE))
    code = normalise_office_code(code)
    name = name.strip() or code
    if demo:
        with db.read() as s:
            _refuse_taken(s, code)
        office_id = create_demo_office(db, actor, code=code)
        with db.write() as s:
            office = s.get_one(Office, office_id)
            office.name = name
            return OfficeInfo.of(office)
    with db.write() as s:
        _refuse_taken(s, code)
        office_id = uuid7()
        office = Office(id=office_id, office_id=office_id, code=code, name=name)
        s.add(office)
        s.flush()
        return OfficeInfo.of(office)


def _refuse_taken(s: Session, code: str) -> None:
    if s.scalars(select(Office.id).where(Office.code == code)).first() is not None:
        raise Refused("office_exists", office=code)


def list_offices(db: Database) -> list[OfficeInfo]:
    with db.read() as s:
        offices = s.scalars(
            select(Office).where(Office.deleted_at.is_(None)).order_by(Office.code)
        ).all()
        return [OfficeInfo.of(o) for o in offices]


def office_by_code(db: Database, code: str) -> OfficeInfo:
    wanted = code.strip().upper()
    with db.read() as s:
        office = s.scalars(
            select(Office).where(Office.code == wanted, Office.deleted_at.is_(None))
        ).first()
        if office is None:
            raise NotFound("unknown_office", office=code)
        return OfficeInfo.of(office)
