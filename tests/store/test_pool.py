"""The server's pooled PostgreSQL connections: a connection lost while idle is replaced before
use, so the request that takes it does not fail."""

import psycopg
import pytest
from sqlalchemy import text

from app.store import db as store_db
from app.store.db import Database
from tests.server.stores import fresh_pg_database

pytestmark = pytest.mark.postgres


def _backends_of(admin: str, database: str) -> list[int]:
    with psycopg.connect(admin, autocommit=True) as conn:
        return [r[0] for r in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,))]


def test_a_connection_lost_while_idle_is_replaced(pg_url, monkeypatch):
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with fresh_pg_database(pg_url) as url:
        db = Database(url)
        try:
            with db.read_connection() as conn:
                assert conn.execute(text("SELECT 1")).scalar() == 1
            (pid,) = _backends_of(admin, url.rsplit("/", 1)[1])
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
            monkeypatch.setattr(store_db, "PING_IDLE_S", 0.0)
            with db.autocommit_connection() as conn:
                assert conn.execute(text("SELECT 2")).scalar() == 2
            assert pid not in _backends_of(admin, url.rsplit("/", 1)[1])
        finally:
            db.dispose()


def test_a_connection_in_steady_use_is_not_pinged(pg_url, monkeypatch):
    with fresh_pg_database(pg_url) as url:
        db = Database(url)
        pings = []
        ping = db.engine.dialect.do_ping
        monkeypatch.setattr(db.engine.dialect, "do_ping", lambda c: pings.append(c) or ping(c))
        try:
            for _ in range(5):
                with db.autocommit_connection() as conn:
                    conn.execute(text("SELECT 1"))
            assert pings == []
            monkeypatch.setattr(store_db, "PING_IDLE_S", 0.0)
            with db.autocommit_connection() as conn:
                conn.execute(text("SELECT 1"))
            assert len(pings) == 1
        finally:
            db.dispose()
