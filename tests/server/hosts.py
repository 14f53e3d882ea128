"""An office queue host on 127.0.0.1 over real HTTP, and devices and PCs that use it."""

from __future__ import annotations

import socket
from zoneinfo import ZoneInfo

from app.core.ids import uuid7
from app.core.permissions import Actor, Role
from app.operations.context import Context, staff_actor
from app.operations.hosting import HOST_UNREACHABLE
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.store.db import Database, open_database
from app.sync.host import RemoteHost
from app.sync.link import ServerLink
from tests.server.live import LiveServer

TALLINN = ZoneInfo("Europe/Tallinn")


def closed_port_url() -> str:
    """An address on this machine where nothing listens: a host that cannot be reached."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class HostOffice:
    """A queue host over `db` with the demo office (and more offices on demand)."""

    def __init__(self, db: Database, tmp_path) -> None:
        self.db = db
        self.tmp_path = tmp_path
        self.office_id = create_demo_office(db, staff_actor())
        self.live = LiveServer(create_app(db, live=False)).start()
        self.hosts: list[RemoteHost] = []
        self.stores: list[Database] = []

    @property
    def url(self) -> str:
        return self.live.url

    def office(self, code: str) -> str:
        """Another office on the same server; its id."""
        return create_demo_office(self.db, staff_actor(), code=code)

    def token(self, role: Role, name: str, office_id: str | None = None,
              device_id: str | None = None) -> str:
        return add_device(self.db, office_id or self.office_id, role, device_id or uuid7(), name)

    def host(self, token: str, url: str | None = None) -> RemoteHost:
        host = RemoteHost(ServerLink(url or self.url, token, unreachable=HOST_UNREACHABLE))
        self.hosts.append(host)
        return host

    def store(self, name: str) -> Database:
        db = open_database(f"sqlite:///{self.tmp_path / (name + '.sqlite3')}")
        self.stores.append(db)
        return db

    def context(self, role: Role, name: str, office_id: str | None = None) -> Context:
        """A PC of `role` connected to the host: an empty store of its own, and the host."""
        office_id = office_id or self.office_id
        pc = self.store(f"pc-{uuid7()}")
        host = self.host(self.token(role, name, office_id, pc.device_id))
        return Context(pc, Actor(name, frozenset({role})), office_id, TALLINN, host=host)

    def close(self) -> None:
        for host in self.hosts:
            host.close()
        for db in self.stores:
            db.dispose()
        self.live.stop()
