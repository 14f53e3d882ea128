"""Stored files' content between this PC and its server, in each sync round.

After the push, the content of each file kept on this PC that the server lacks is sent, once
the file's record (`stored_files`) has reached the server: the server takes only content that
a record of the office names, so the record goes first (it went in the push just before,
usually in the same round). After the pull, each file whose record arrived without its
content is fetched, checked against its SHA-256 and written whole under the same name as on
the PC that kept it (the first free "name (n)" when that name is taken here), and noted in
`local_files`. A file that cannot be sent or fetched now stays as it is and is tried again
next round; the round's report counts what was sent, fetched and is still waiting. Kiosks and
displays receive no records of files, so they fetch none.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, exists, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.core.errors import ConnectionFailed, LettError, NotFound, Refused, Rejected
from app.documents import files
from app.store.db import Database
from app.store.models import LocalFile, Office, Outbox, StoredFile, SyncRejection


class FileCounts(Protocol):
    """What a round's report (app.sync.engine.SyncReport) keeps of its files: the engine
    imports this module, not the other way round."""

    files_sent: int
    files_fetched: int
    file_error: LettError | None


def _recorded_at_server() -> ColumnElement[bool]:
    """Files whose record has neither a change waiting in the outbox nor a refused one."""
    waiting = exists().where(Outbox.table_name == "stored_files",
                             Outbox.row_id == LocalFile.file_id)
    refused = exists().where(SyncRejection.table_name == "stored_files",
                             SyncRejection.row_id == LocalFile.file_id)
    return ~waiting & ~refused


def send_files(db: Database, link: Any, report: FileCounts) -> None:
    """Send the content of the files kept here that the server does not have yet. No
    connection ends the round (ConnectionFailed); a file refused or changed here is left for
    the next round and named in the report."""
    with db.read_connection() as conn:
        rows = conn.execute(
            select(LocalFile.file_id, LocalFile.path, StoredFile.sha256, StoredFile.file_name)
            .join(StoredFile, StoredFile.id == LocalFile.file_id)
            .where(LocalFile.uploaded.is_(False), _recorded_at_server())
            .order_by(StoredFile.created_at)
        ).all()
    home = files.data_folder(db)
    for file_id, path, sha256, name in rows:
        try:
            data = (home / path).read_bytes()
        except OSError:
            report.file_error = NotFound("file_missing", name=name, path=str(home / path))
            continue
        if files.sha256_of(data) != sha256:
            report.file_error = Refused("file_changed", name=name, path=str(home / path))
            continue
        try:
            link.put_bytes(f"/files/{sha256}", data)
        except ConnectionFailed:
            raise
        except LettError as exc:
            report.file_error = exc
            continue
        with db.write_connection() as conn:
            conn.execute(update(LocalFile).where(LocalFile.file_id == file_id)
                         .values(uploaded=True))
        report.files_sent += 1


def fetch_files(db: Database, link: Any, report: FileCounts) -> None:
    """Fetch the content of the office's files whose records are here without it. No
    connection ends the round; a file the server does not have yet is fetched next round."""
    with db.read_connection() as conn:
        rows = conn.execute(
            select(StoredFile.id, StoredFile.purpose, StoredFile.file_name, StoredFile.sha256,
                   StoredFile.created_at, Office.timezone)
            .join(Office, Office.id == StoredFile.office_id)
            .outerjoin(LocalFile, LocalFile.file_id == StoredFile.id)
            .where(LocalFile.file_id.is_(None), StoredFile.deleted_at.is_(None))
            .order_by(StoredFile.created_at)
        ).all()
    home = files.data_folder(db)
    for file_id, purpose, name, sha256, created_at, timezone in rows:
        if purpose not in files.FOLDERS or not files.plain_name(name):
            report.file_error = Refused("bad_value", field="file_name",
                                        detail=f"{name!r} cannot be kept in the data folder")
            continue
        try:
            data = link.get_bytes(f"/files/{sha256}")
        except ConnectionFailed:
            raise
        except NotFound:
            continue  # its PC has not sent it yet
        except LettError as exc:
            report.file_error = exc
            continue
        actual = files.sha256_of(data)
        if actual != sha256:
            report.file_error = Rejected("file_hash_mismatch", sha256=sha256, actual=actual)
            continue
        year = created_at.astimezone(ZoneInfo(timezone)).year
        relative = files.kept_path(purpose, year, name)
        if _holds(home / relative, sha256):
            # Written by an earlier round that stopped before noting it.
            written = None
        else:
            relative = files.write_kept(home, relative, data, rename=True)
            written = home / relative
        with db.write_connection() as conn:
            noted = conn.execute(sqlite_insert(LocalFile).values(
                file_id=file_id, path=relative, uploaded=True,
            ).on_conflict_do_nothing(index_elements=["file_id"])).rowcount
        if not noted and written is not None:
            # Another sync of this PC fetched it at the same moment and noted its own copy.
            with contextlib.suppress(OSError):
                os.unlink(written)
            continue
        report.files_fetched += 1


def _holds(path: os.PathLike[str], sha256: str) -> bool:
    try:
        with open(path, "rb") as f:
            return files.sha256_of(f.read()) == sha256
    except OSError:
        return False


def files_waiting(db: Database) -> int:
    """Files kept here not sent yet, and files whose records are here without their content."""
    with db.read_connection() as conn:
        unsent = conn.execute(select(func.count()).select_from(LocalFile)
                              .where(LocalFile.uploaded.is_(False))).scalar_one()
        missing = conn.execute(
            select(func.count()).select_from(StoredFile)
            .outerjoin(LocalFile, LocalFile.file_id == StoredFile.id)
            .where(LocalFile.file_id.is_(None), StoredFile.deleted_at.is_(None))).scalar_one()
    return int(unsent) + int(missing)
