import os
from datetime import UTC, datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _patient_http() -> None:
    """The tests' own HTTP requests (httpx.get, httpx.Client() without a timeout) wait up to
    30 s for an answer instead of httpx's 5 s: on a loaded 2-core machine a live server's
    answer (an argon2 hash, a fresh PostgreSQL database) can take longer than 5 s, which is
    not what those tests test. httpx's default is one shared Timeout object."""
    import httpx._config

    default = httpx._config.DEFAULT_TIMEOUT_CONFIG
    default.connect = default.read = default.write = default.pool = 30.0


_patient_http()


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs: float) -> None:
        self.at += timedelta(**kwargs)


@pytest.fixture
def lett_home(tmp_path, monkeypatch):
    home = tmp_path / "lett-home"
    monkeypatch.setenv("LETT_HOME", str(home))
    return home


@pytest.fixture
def db(tmp_path):
    from app.store.db import open_database

    database = open_database(f"sqlite:///{tmp_path / 'lett.sqlite3'}")
    yield database
    database.dispose()


@pytest.fixture
def clock():
    # A Monday morning in Tallinn (UTC+2 in November).
    return FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))


@pytest.fixture
def ctx(db, clock):
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office

    create_demo_office(db, staff_actor())
    return open_context(db, staff_actor(), clock=clock)


@pytest.fixture
def pg_url():
    url = os.environ.get("LETT_TEST_DATABASE_URL")
    if not url:
        pytest.skip("LETT_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
    return url
