"""The content of an office's stored files at the server, by SHA-256.

A desk or counter PC sends a file's content after the file's record (`stored_files`) has
reached the server by sync: the server takes only content that a record of the PC's office
names, checks that it hashes to that SHA-256, and keeps it once per office in `file_blobs`,
in the database, so every server instance on it serves every file. The office's other desk
and counter PCs fetch it from there. Kiosks and displays exchange no files.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.clock import utcnow
from app.core.errors import NotFound, PermissionDenied, Refused, Rejected
from app.core.permissions import Role
from app.documents.files import sha256_of
from app.server.deps import DeviceAuth
from app.store.db import Database
from app.store.models import FileBlob, StoredFile

# The roles that keep files with the office's records, and so send and fetch them.
EXCHANGING = frozenset({Role.DESK, Role.COUNTER})
# The largest file taken (a scanned document of a few hundred pages).
MAX_FILE_BYTES = 100 * 1024 * 1024


def _check_role(auth: DeviceAuth) -> None:
    if auth.role not in EXCHANGING:
        raise PermissionDenied("file_role", role=str(auth.role))


def _recorded(s: Session, office_id: str, sha256: str) -> bool:
    return s.scalar(select(StoredFile.id).where(
        StoredFile.office_id == office_id, StoredFile.sha256 == sha256,
        StoredFile.deleted_at.is_(None)).limit(1)) is not None


def store_blob(db: Database, auth: DeviceAuth, sha256: str, data: bytes) -> bool:
    """Keep the content of the office's file `sha256`; True when it is new here, False when
    the server had it already (a repeated send is harmless)."""
    _check_role(auth)
    actual = sha256_of(data)
    if actual != sha256:
        raise Rejected("file_hash_mismatch", sha256=sha256, actual=actual)
    try:
        with db.write() as s:
            if not _recorded(s, auth.office_id, sha256):
                raise Refused("file_not_recorded", sha256=sha256)
            if s.get(FileBlob, (auth.office_id, sha256)) is not None:
                return False
            s.add(FileBlob(office_id=auth.office_id, sha256=sha256, size=len(data),
                           content=data, stored_at=utcnow()))
    except IntegrityError:
        # Another PC sent the same file at the same moment: it is kept once, which is all.
        return False
    return True


def blob(db: Database, auth: DeviceAuth, sha256: str) -> bytes:
    """The content of the office's file `sha256`: NotFound unless a record of the office
    names it and its content has arrived."""
    _check_role(auth)
    with db.read() as s:
        content = None
        if _recorded(s, auth.office_id, sha256):
            content = s.scalar(select(FileBlob.content).where(
                FileBlob.office_id == auth.office_id, FileBlob.sha256 == sha256))
    if content is None:
        raise NotFound("file_not_at_server", sha256=sha256)
    return bytes(content)
