"""Connecting this PC to its server and leaving it again.

Connecting trades a one-time enrollment code for a device token, keeps the token (see
credentials), and records the server and the office in the settings. A data folder that
already holds another office is refused before anything changes on either side: its rows
would be pushed into an office they do not belong to.

A store found restored from a copy or copied from another PC (app.sync.engine) connects as a
new device: its unsent changes then go under an identity no other store shares, with seqs the
server has not seen from it.
"""

from __future__ import annotations

import errno
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import func, select

from app.core.errors import LettError, Refused, Rejected
from app.core.ids import uuid7
from app.store.db import Database
from app.store.models import Counter, LocalMeta, Office, Service
from app.sync.credentials import forget_token, load_token, save_token
from app.sync.link import ServerLink

if TYPE_CHECKING:
    from app.operations.bootstrap import Local

SERVER_SETTINGS = ("server.url", "server.ca", "server.role")


@dataclass(frozen=True)
class Connected:
    url: str
    device_id: str
    name: str
    role: str
    office: dict[str, str]
    # The first sync's report; None where this Lett has no sync engine.
    sync: Any
    # Whether this store connected as a new device, having been found restored or copied.
    new_device: bool = False


@dataclass(frozen=True)
class OfficeSummary:
    code: str
    name: str
    services: int
    counters: int


def server_url(url: str) -> str:
    """`url` as kept in the settings; Rejected for something that is no http(s) address."""
    cleaned = url.strip().rstrip("/")
    try:
        parts = urlsplit(cleaned)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a port that is no number, or out of range
        valid = False
    if not valid:
        raise Rejected("bad_server_url", url=url)
    return cleaned


def _ca_path(ca_file: str) -> str:
    if not ca_file:
        return ""
    path = Path(ca_file).expanduser().resolve()
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    return str(path)


def refuse_other_office(db: Database, office_id: str) -> None:
    """Refuse when this store holds an office other than the server's `office_id`."""
    with db.read() as s:
        other = s.scalars(select(Office.code).where(Office.id != office_id)).first()
    if other is not None:
        raise Refused("store_has_other_office", office=other)


def connect(local: Local, url: str, code: str, name: str = "", ca_file: str = "") -> Connected:
    """Enroll this PC at the server `url` with an enrollment code, keep its token and the
    server settings, and run a first sync to bring the office's configuration."""
    url = server_url(url)
    ca = _ca_path(ca_file)
    db = local.db
    device_id = uuid7() if _store_copied(db) else db.device_id
    link = ServerLink(url, ca_file=ca)
    try:
        offer = link.post("/devices/enroll/check", {"code": code})
        refuse_other_office(db, offer["office"]["id"])
        done = link.post("/devices/enroll", {
            "code": code, "device_id": device_id, "name": name or socket.gethostname(),
        })
    finally:
        link.close()
    new_device = device_id != db.device_id
    if new_device:
        _take_device_id(db, device_id)
    save_token(local.home, done["token"])
    settings = local.settings
    settings.set("server.url", url)
    settings.set("server.ca", ca)
    settings.set("server.role", done["role"])
    settings.set("office.code", done["office"]["code"])
    settings.save()
    return Connected(url, done["device_id"], done["name"], done["role"], done["office"],
                     first_sync(local), new_device)


def _store_copied(db: Database) -> bool:
    try:
        from app.sync.engine import store_copied
    except ModuleNotFoundError as exc:
        if exc.name != "app.sync.engine":
            raise
        return False
    return store_copied(db)


def _take_device_id(db: Database, device_id: str) -> None:
    """This store's new device identity: its next changes, and those not yet sent, go under it."""
    with db.write() as s:
        meta = s.get(LocalMeta, "device_id")
        assert meta is not None
        meta.value = device_id
    db.device_id = device_id


def first_sync(local: Local) -> Any:
    """One round of sync where this Lett has the sync engine; its report, else None."""
    try:
        from app.sync.worker import sync_local
    except ModuleNotFoundError as exc:
        if exc.name not in ("app.sync.worker", "app.sync.engine"):
            raise
        return None
    return sync_local(local)


def office_summary(db: Database, office_code: str) -> OfficeSummary | None:
    """The office as this PC's store has it now, or None before it has arrived."""
    with db.read() as s:
        office = s.scalars(select(Office).where(Office.code == office_code)).first()
        if office is None:
            return None
        services = s.scalar(select(func.count()).select_from(Service).where(
            Service.office_id == office.id, Service.deleted_at.is_(None)))
        counters = s.scalar(select(func.count()).select_from(Counter).where(
            Counter.office_id == office.id, Counter.deleted_at.is_(None)))
        return OfficeSummary(office.code, office.name, services or 0, counters or 0)


def disconnect(local: Local) -> tuple[str, bool]:
    """Forget the token and the server settings. The server is asked to revoke the token
    too; when it cannot be reached, an administrator revokes it there. The server's address
    (empty when there was none) and whether the server revoked the token."""
    url = local.settings.get("server.url")
    revoked = bool(url) and _revoke_at_server(local)
    forget_token(local.home)
    for key in SERVER_SETTINGS:
        local.settings.set(key, "")
    local.settings.save()
    return url, revoked


def _revoke_at_server(local: Local) -> bool:
    try:
        token = load_token(local.home)
    except LettError:
        return False
    link = ServerLink(local.settings.get("server.url"), token, local.settings.get("server.ca"),
                      timeout=5.0)
    try:
        link.request("DELETE", "/devices/me")
    except LettError:
        return False
    finally:
        link.close()
    return True
