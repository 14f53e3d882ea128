"""Server stores for tests: SQLite, and PostgreSQL where LETT_TEST_DATABASE_URL names one."""

import contextlib
import uuid
from collections.abc import Iterator

import psycopg
import pytest


@contextlib.contextmanager
def fresh_pg_database(pg_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database on the server of `pg_url`, dropped afterwards."""
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"lett_t_{uuid.uuid4().hex}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


STORES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
