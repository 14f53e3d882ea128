"""Files kept with the office's records: a registered document's PDF, an issued notice's PDF,
its signed container.

A file is kept inside the caller's unit of work: it is written whole under its final name in
this PC's data folder (`register/`, `notices/` or `signed/`, then the year), and its record
(`stored_files`, synced) and this PC's note of where it sits (`local_files`) are added in the
same transaction. If that transaction does not commit, the file written is removed again, so
there is never a record without its file nor a file without its record. Sync carries the
record to the office's other desk and counter PCs and the content through the server by its
SHA-256 (app.sync.files); a file is checked against its SHA-256 whenever it is used.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, event, select
from sqlalchemy.orm import Session, SessionTransaction

from app.core.errors import NotFound, Refused
from app.core.permissions import Action
from app.documents import files
from app.operations.context import Context
from app.store.models import LocalFile, StoredFile

# The records a file may belong to, and what a person must be allowed to do to keep one
# with them and to open it.
OWNERS: dict[str, tuple[Action, Action]] = {
    "register_entries": (Action.REGISTER_DOCUMENTS, Action.VIEW_REGISTER),
    "issuances": (Action.ISSUE_NOTICE, Action.ISSUE_NOTICE),
}
PURPOSES = tuple(files.FOLDERS)
# Room is left in the record's 200 characters for " (n)" when a name is taken.
MAX_NAME = 190
# session.info key: the files written in a unit of work that is not committed yet.
_WRITTEN = "lett_written_files"


@dataclass(frozen=True)
class StoredFileView:
    id: str
    owner_table: str
    owner_id: str
    purpose: str
    file_name: str
    content_type: str
    size: int
    sha256: str
    created_at: datetime
    created_by: str
    # Where this PC keeps it, relative to the data folder; None until sync has fetched it.
    path: str | None
    # Whether the server has its content (for a file kept on this PC).
    uploaded: bool

    @property
    def here(self) -> bool:
        return self.path is not None

    @classmethod
    def of(cls, row: StoredFile, local: LocalFile | None) -> StoredFileView:
        return cls(row.id, row.owner_table, row.owner_id, row.purpose, row.file_name,
                   row.content_type, row.size, row.sha256, row.created_at, row.created_by,
                   local.path if local else None, bool(local and local.uploaded))

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "owner_table": self.owner_table, "owner_id": self.owner_id,
            "purpose": self.purpose, "file_name": self.file_name,
            "content_type": self.content_type, "size": self.size, "sha256": self.sha256,
            "created_at": self.created_at.isoformat(), "created_by": self.created_by,
            "path": self.path, "uploaded": self.uploaded,
        }


# -- keeping a file --------------------------------------------------------------------------


def keep_file(s: Session, ctx: Context, owner_table: str, owner_id: str, purpose: str,
              file_name: str, data: bytes, content_type: str, *,
              rename: bool = False) -> StoredFileView:
    """Keep `data` with the record `owner_table`/`owner_id`, inside the caller's unit of work
    `s`: written under `file_name` in this PC's data folder, recorded, and removed again if
    the unit of work does not commit. A name that is taken is never written over: refused
    (file_exists), or with `rename` the first free "name (n)" is used."""
    ctx.require(_owner(owner_table)[0])
    _check_purpose(purpose)
    _check_name(file_name)
    home = files.data_folder(ctx.db)
    now = ctx.now()
    relative = files.write_kept(home, files.kept_path(purpose, ctx.local(now).year, file_name),
                                data, rename)
    _remove_unless_committed(s, home / relative)
    row = StoredFile(
        office_id=ctx.office_id, owner_table=owner_table, owner_id=owner_id, purpose=purpose,
        file_name=relative.rsplit("/", 1)[-1], content_type=content_type[:80], size=len(data),
        sha256=files.sha256_of(data), created_at=now, created_by=ctx.actor.name[:200])
    s.add(row)
    s.flush()
    local = LocalFile(file_id=row.id, path=relative, uploaded=False)
    s.add(local)
    s.flush()
    return StoredFileView.of(row, local)


def _owner(owner_table: str) -> tuple[Action, Action]:
    try:
        return OWNERS[owner_table]
    except KeyError:
        raise Refused("bad_value", field="owner_table",
                      detail="use one of " + ", ".join(OWNERS)) from None


def _check_purpose(purpose: str) -> None:
    if purpose not in PURPOSES:
        raise Refused("bad_value", field="purpose", detail="use one of " + ", ".join(PURPOSES))


def _check_name(file_name: str) -> None:
    """A file's own name, no folder: the same name is used on every PC of the office."""
    if not files.plain_name(file_name, MAX_NAME):
        raise Refused("bad_value", field="file_name",
                      detail=f"a file name of at most {MAX_NAME} characters without a folder, "
                      "not starting with a dot")


def _remove_unless_committed(s: Session, path: Path) -> None:
    """Remove `path` again when the unit of work (or the savepoint) it was written in ends
    without a commit."""
    written: list[tuple[Path, SessionTransaction | None]] | None = s.info.get(_WRITTEN)
    if written is None:
        written = s.info[_WRITTEN] = []
        event.listen(s, "after_commit", _committed)
        event.listen(s, "after_soft_rollback", _rolled_back)
        event.listen(s, "after_transaction_end", _ended)
    written.append((path, s.get_nested_transaction()))


def _committed(s: Session) -> None:
    # Fired for a savepoint too; only the commit of the whole unit of work keeps the files.
    if not s.in_nested_transaction():
        s.info.pop(_WRITTEN, None)


def _rolled_back(s: Session, previous: SessionTransaction) -> None:
    if not previous.nested:
        return  # the whole unit of work: _ended removes every file
    written = s.info.get(_WRITTEN) or []
    undone = [(p, t) for p, t in written if _within(t, previous)]
    for path, _t in undone:
        _remove(path)
    s.info[_WRITTEN] = [w for w in written if w not in undone]


def _ended(s: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is not None:
        return
    for path, _t in s.info.pop(_WRITTEN, None) or []:
        _remove(path)


def _within(t: SessionTransaction | None, savepoint: SessionTransaction) -> bool:
    while t is not None:
        if t is savepoint:
            return True
        t = t.parent
    return False


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# -- finding and opening files ---------------------------------------------------------------


def _views(s: Session, query: Select[StoredFile]) -> list[StoredFileView]:
    rows = list(s.scalars(query))
    local = {f.file_id: f for f in s.scalars(
        select(LocalFile).where(LocalFile.file_id.in_([r.id for r in rows])))}
    return [StoredFileView.of(r, local.get(r.id)) for r in rows]


def _of_owner(ctx: Context, owner_table: str, owner_id: str) -> Select[StoredFile]:
    return select(StoredFile).where(
        StoredFile.office_id == ctx.office_id, StoredFile.owner_table == owner_table,
        StoredFile.owner_id == owner_id, StoredFile.deleted_at.is_(None))


def files_of(ctx: Context, owner_table: str, owner_id: str) -> list[StoredFileView]:
    """The files kept with a record, oldest first, whether or not they are on this PC yet."""
    ctx.require(_owner(owner_table)[1])
    with ctx.db.read() as s:
        return _views(s, _of_owner(ctx, owner_table, owner_id)
                      .order_by(StoredFile.created_at, StoredFile.id))


def latest_file(ctx: Context, owner_table: str, owner_id: str,
                purpose: str) -> StoredFileView | None:
    """The newest file of `purpose` kept with a record, or None."""
    ctx.require(_owner(owner_table)[1])
    _check_purpose(purpose)
    with ctx.db.read() as s:
        return kept_with(s, ctx.office_id, owner_table, owner_id, purpose)


def kept_with(s: Session, office_id: str, owner_table: str, owner_id: str,
              purpose: str) -> StoredFileView | None:
    """The newest file of `purpose` kept with a record, read in the caller's unit of work
    (for an operation that has checked its own permission)."""
    found = _views(s, select(StoredFile).where(
        StoredFile.office_id == office_id, StoredFile.owner_table == owner_table,
        StoredFile.owner_id == owner_id, StoredFile.purpose == purpose,
        StoredFile.deleted_at.is_(None))
        .order_by(StoredFile.created_at.desc(), StoredFile.id.desc()).limit(1))
    return found[0] if found else None


def stored_file(ctx: Context, file_id: str) -> StoredFileView:
    """A stored file of the office by id (NotFound: file_unknown)."""
    with ctx.db.read() as s:
        row = s.get(StoredFile, file_id)
        if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
            raise NotFound("file_unknown", file=file_id)
        ctx.require(_owner(row.owner_table)[1])
        return StoredFileView.of(row, s.get(LocalFile, file_id))


def file_path(ctx: Context, file_id: str) -> Path:
    """Where this PC keeps a stored file, checked against its SHA-256: NotFound when its
    content is not here yet (file_not_here) or has gone (file_missing), Refused when the file
    is not the one kept (file_changed)."""
    view = stored_file(ctx, file_id)
    path = _local_path(ctx, view)
    check_file(view, path)
    return path


def file_content(ctx: Context, file_id: str) -> bytes:
    """A stored file's content, checked against its SHA-256 (the errors of `file_path`)."""
    view = stored_file(ctx, file_id)
    return _checked_bytes(view, _local_path(ctx, view))


def _local_path(ctx: Context, view: StoredFileView) -> Path:
    if view.path is None:
        raise NotFound("file_not_here", name=view.file_name)
    return files.data_folder(ctx.db) / view.path


def check_file(view: StoredFileView, path: Path) -> None:
    """The file at `path` is the stored file `view` (its SHA-256), or an error says why not."""
    _checked_bytes(view, path)


def _checked_bytes(view: StoredFileView, path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError:
        raise NotFound("file_missing", name=view.file_name, path=str(path)) from None
    if files.sha256_of(data) != view.sha256:
        raise Refused("file_changed", name=view.file_name, path=str(path))
    return data
