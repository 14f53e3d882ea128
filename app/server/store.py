"""The server's store: the same models and migration chain as a PC's, plus change capture into
the per-office change log (on PostgreSQL the migrations install it; an office host on SQLite
gets its triggers here, and drops the PC's outbox triggers, which a server does not use)."""

from __future__ import annotations

import importlib

from sqlalchemy import text

from app.store.db import Database, open_database
from app.store.models import SYNCED_TABLES
from app.store.outbox import (
    changelog_trigger_sql_sqlite,
    drop_changelog_trigger_sql_sqlite,
    drop_trigger_sql,
)


def _columns(model: type) -> tuple[list[str], list[str]]:
    table = model.__table__  # type: ignore[attr-defined]
    names = [c.name for c in table.columns]
    json_names = [c.name for c in table.columns if c.type.__class__.__name__ == "JSON"]
    return names, json_names


def prepare_sqlite_host(db: Database) -> None:
    """Turn a SQLite store into an office host's: change log triggers instead of the outbox."""
    with db.write_connection() as conn:
        for model in SYNCED_TABLES:
            table = model.__tablename__
            names, json_names = _columns(model)
            for statement in (
                drop_trigger_sql(table)
                + drop_changelog_trigger_sql_sqlite(table)
                + changelog_trigger_sql_sqlite(table, names, json_names)
            ):
                conn.exec_driver_sql(statement)
        conn.execute(text("DELETE FROM outbox"))
        conn.execute(
            text(
                "INSERT INTO local_meta (key, value) VALUES ('role', 'server') "
                "ON CONFLICT (key) DO UPDATE SET value = 'server'"
            )
        )


def open_server_store(url: str) -> Database:
    """Open (creating and migrating as needed) the server's store at `url`."""
    db = open_database(url)
    if db.dialect == "sqlite":
        prepare_sqlite_host(db)
    return db


def schema_versions() -> tuple[str, str | None]:
    """The data version this server speaks and the previous one it still accepts."""
    from app.store.db import HEAD

    module = next(
        p for p in _version_modules() if getattr(p, "revision", None) == HEAD
    )
    return HEAD, module.down_revision


def _version_modules() -> list:
    from app.store.db import MIGRATIONS

    return [
        importlib.import_module(f"app.store.migrations.versions.{p.stem}")
        for p in sorted((MIGRATIONS / "versions").glob("0*.py"))
    ]
