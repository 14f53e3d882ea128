"""Opening the store: engine, pragmas, migrations, units of work.

SQLite runs in WAL mode with foreign keys on and `synchronous=FULL` (a committed ticket survives
a power cut). Write transactions start with `BEGIN IMMEDIATE`, so two counters calling next at
once queue up on the write lock instead of both reading the same ticket.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DisconnectionError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from app.core.clock import HybridLogicalClock
from app.core.errors import StoreError
from app.core.ids import uuid7
from app.store.models import LocalMeta, SyncedMixin

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision of the migration chain; a test keeps it equal to the chain's head.
HEAD = "0020"
# A store's files hold personal data: its owner's alone, whatever the process's umask. SQLite
# gives the WAL and shared-memory files the database file's own permissions.
PRIVATE_FILE = 0o600
# local_meta: how far the server's clock runs ahead of this PC's, in milliseconds, as sync last
# measured it (app.sync.engine).
SERVER_OFFSET = "server_offset_ms"
# How long a write waits for another program's write lock before giving up.
BUSY_TIMEOUT_S = float(os.environ.get("LETT_DB_BUSY_TIMEOUT", "15"))


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Transactions are begun by hand below (DEFERRED for reads, IMMEDIATE for writes).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("lett_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A server answers up to 40 requests at once (its thread pool): connections are kept for
    # all of them, as one opened and closed per request costs a PostgreSQL backend each time.
    engine = create_engine(url, pool_size=40, max_overflow=10)
    event.listen(engine, "checkin", _idle_from)
    event.listen(engine, "checkout", functools.partial(_ping_if_idle, engine.dialect))
    return engine


# A pooled connection idle this long is checked before use (a restarted PostgreSQL, a
# firewall's idle timeout); one in steady use is not, which saves a round trip per request.
PING_IDLE_S = 2.0


def _idle_from(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_from"] = time.monotonic()


def _ping_if_idle(dialect: Any, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    idle_from = record.info.get("idle_from")
    if idle_from is None or time.monotonic() - idle_from < PING_IDLE_S:
        return
    try:
        dialect.do_ping(dbapi_connection)
    except Exception as exc:
        # The pool drops this connection and hands out another (a fresh one if need be).
        raise DisconnectionError(f"a pooled connection was lost: {exc}") from exc


def store_error(exc: OperationalError, where: str) -> StoreError:
    """Translate a driver error into a message a person can act on."""
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in message or "busy" in message:
        return StoreError("database_locked")
    if "readonly" in message or "read-only" in message:
        return StoreError("database_read_only", path=where)
    return StoreError("database_unavailable", path=where, detail=message)


try:
    import fcntl
except ImportError:  # Windows: SQLite's own busy wait alone
    fcntl = None  # type: ignore[assignment]


@contextmanager
def _writer_turn(lock_path: str | None) -> Iterator[None]:
    """Wait for this store's writer turn across processes.

    SQLite's busy handler sleeps in growing steps (up to 100 ms) while another process
    writes, so with many counters the write lock sits idle while they sleep. Writers first
    take an advisory file lock, which the kernel hands over the moment it is released. It is
    held only for one write transaction, and the kernel drops it if the process dies; the
    SQLite lock still guarantees correctness against anything else that writes."""
    if lock_path is None or fcntl is None:
        yield
        return
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except OSError:  # a read-only folder: SQLite reports the real problem
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class Database:
    """One store: its engine, its device id and clock, and units of work over it."""

    def __init__(self, url: str, clock: HybridLogicalClock | None = None) -> None:
        self.url = url
        self.engine = make_engine(url)
        # Shown in messages: a file's path, or a server URL without its password.
        self.where = (
            url.split("///", 1)[-1]
            if url.startswith("sqlite")
            else self.engine.url.render_as_string(hide_password=True)
        )
        self._write_engine = self.engine.execution_options(lett_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        # This PC's own clock (seconds since the epoch), and how far the server's clock runs
        # ahead of it, measured at every contact by sync and kept in local_meta: changes are
        # stamped, and operations dated (Context.now), by the server's time, so PCs whose
        # clocks are off order their work as it happened even while they cannot reach it.
        self.wall: Callable[[], float] = time.time
        self.server_offset_ms = 0
        self.clock = clock or HybridLogicalClock(self._clock_ms)
        self.device_id = ""
        file = self.engine.url.database if self.dialect == "sqlite" else None
        self._lock_path = f"{file}.writer" if file and file != ":memory:" else None
        if self._lock_path is not None:
            _create_private(str(file))

    def _clock_ms(self) -> int:
        return int(self.wall() * 1000) + self.server_offset_ms

    def load_server_offset(self) -> None:
        """The server clock's offset as last measured here (none on a server)."""
        with self.read() as s:
            meta = s.get(LocalMeta, SERVER_OFFSET)
        self.server_offset_ms = int(meta.value) if meta is not None else 0

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Bring the schema to the newest revision (no work when it already is)."""
        try:
            with self.engine.connect() as conn:
                current = _current_revision(conn)
                if current == HEAD:
                    return
                known = {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py")}
                if current is not None and current not in known:
                    raise StoreError("database_too_new", revision=current)
            # Alembic is loaded only when there is something to migrate: it is slow to import.
            from alembic import command
            from alembic.config import Config

            with self._write_engine.begin() as conn:
                cfg = Config()
                cfg.set_main_option("script_location", str(MIGRATIONS))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise store_error(exc, self.where) from exc

    def ensure_device_id(self) -> str:
        """This store's device id, made on its first opening. Read without the write lock
        (the usual case), so opening a store to read it never waits for another program's
        write."""
        with self.read() as s:
            meta = s.get(LocalMeta, "device_id")
        if meta is None:
            with self.write() as s:
                meta = s.get(LocalMeta, "device_id")
                if meta is None:
                    meta = LocalMeta(key="device_id", value=uuid7())
                    s.add(meta)
        self.device_id = meta.value
        return self.device_id

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise store_error(exc, self.where) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        try:
            with _writer_turn(self._lock_path), self._write() as session, session.begin():
                session.info["db"] = self
                yield session
        except OperationalError as exc:
            raise store_error(exc, self.where) from exc

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read transaction on a bare connection, for hot paths that need no ORM."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise store_error(exc, self.where) from exc

    @contextmanager
    def autocommit_connection(self) -> Iterator[Connection]:
        """A connection on which each statement is a transaction of its own (PostgreSQL), for
        a hot path whose single write statement checks what it changes: its commit comes with
        the statement, without another round trip while it holds its locks."""
        try:
            with self.engine.connect() as conn:
                yield conn.execution_options(isolation_level="AUTOCOMMIT")
        except OperationalError as exc:
            raise store_error(exc, self.where) from exc

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A write transaction on a bare connection, for hot paths that need no ORM."""
        try:
            with _writer_turn(self._lock_path), self._write_engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise store_error(exc, self.where) from exc

    def stamp(self) -> dict[str, Any]:
        """Sync columns for a change made with a bulk UPDATE statement."""
        return {"hlc": self.clock.now(), "device_id": self.device_id}

    def dispose(self) -> None:
        self.engine.dispose()


def _create_private(path: str) -> None:
    """Create the empty database file `path` (SQLite takes an empty file as an empty
    database) with PRIVATE_FILE, before SQLite would create it with the umask's permissions.
    A file that is there already is left to the data folder's own tightening; a folder that
    is not there is left to SQLite to report."""
    with suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def _current_revision(conn: Any) -> str | None:
    try:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except (OperationalError, ProgrammingError):
        conn.rollback()  # PostgreSQL: the failed query aborted the transaction
        return None
    return row[0] if row else None


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    """Every synced row written through a session gets a fresh HLC and this device's id."""
    db: Database | None = session.info.get("db")
    if db is None:
        return
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, SyncedMixin) and (obj in session.new or session.is_modified(obj)):
            obj.hlc = db.clock.now()
            obj.device_id = db.device_id


def open_database(url: str) -> Database:
    """Open (creating and migrating as needed) the store at `url`."""
    db = Database(url)
    db.migrate()
    db.ensure_device_id()
    db.load_server_offset()
    return db
