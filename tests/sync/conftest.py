import uuid

import psycopg
import pytest

from app.core.permissions import Role
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.store.db import open_database
from app.sync.link import ServerLink
from tests.server.live import LiveServer


def fresh_pg_database(pg_url: str) -> tuple[str, callable]:
    """A new, empty PostgreSQL database for one test, and how to drop it."""
    name = f"lett_t_{uuid.uuid4().hex[:12]}"
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return pg_url.rsplit("/", 1)[0] + f"/{name}", drop


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    pg_url = request.getfixturevalue("pg_url")
    url, drop = fresh_pg_database(pg_url)
    yield url
    drop()


class Office:
    """A server with the demo office, running on 127.0.0.1, and PCs enrolled into it."""

    def __init__(self, url: str, tmp_path) -> None:
        self.db = open_server_store(url)
        self.office_id = create_demo_office(self.db, staff_actor())
        self.live = LiveServer(create_app(self.db, live=False)).start()
        self.tmp_path = tmp_path
        self.pcs = []

    def pc(self, name: str, role: Role = Role.DESK):
        db = open_database(f"sqlite:///{self.tmp_path / (name + '.sqlite3')}")
        token = add_device(self.db, self.office_id, role, db.device_id, name)
        link = ServerLink(self.live.url, token)
        self.pcs.append((db, link))
        return db, link

    def close(self) -> None:
        for db, link in self.pcs:
            link.close()
            db.dispose()
        self.live.stop()
        self.db.dispose()


@pytest.fixture
def office(server_url, tmp_path):
    o = Office(server_url, tmp_path)
    yield o
    o.close()
