"""The content of an office's stored files at the server, by SHA-256.

A desk or counter PC sends a file's content after the file's record (`stored_files`) has
reached the server by sync: the server takes only content that a record of the PC's office
names, checks that it hashes to that SHA-256, and keeps it once per office in `file_blobs`
and `file_blob_parts`, in the database, so every server instance on it serves every file. The
office's other desk and counter PCs fetch it from there. Kiosks and displays exchange no files.

The server's memory does not grow with a file: who may send it is checked before its body is
read, the body goes to a temporary file (hashed on the way), and the database takes and gives
the content a part at a time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import BinaryIO

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.clock import utcnow
from app.core.errors import NotFound, PermissionDenied, Refused, Rejected
from app.core.permissions import Role
from app.server.deps import DeviceAuth
from app.store.db import Database
from app.store.models import FileBlob, FileBlobPart, StoredFile

# The roles that keep files with the office's records, and so send and fetch them.
EXCHANGING = frozenset({Role.DESK, Role.COUNTER})
# The largest file taken (a scanned document of a few hundred pages).
MAX_FILE_BYTES = 100 * 1024 * 1024
# The content is kept and read in parts of this size: what one file costs in memory.
PART_BYTES = 1024 * 1024


def _check_role(auth: DeviceAuth) -> None:
    if auth.role not in EXCHANGING:
        raise PermissionDenied("file_role", role=str(auth.role))


def _recorded(s: Session, office_id: str, sha256: str) -> bool:
    return s.scalar(select(StoredFile.id).where(
        StoredFile.office_id == office_id, StoredFile.sha256 == sha256,
        StoredFile.deleted_at.is_(None)).limit(1)) is not None


def check_sender(db: Database, auth: DeviceAuth, sha256: str) -> None:
    """Before the content is read: the device's role exchanges files (else PermissionDenied)
    and a record of its office names the file (else Refused)."""
    _check_role(auth)
    with db.read() as s:
        if not _recorded(s, auth.office_id, sha256):
            raise Refused("file_not_recorded", sha256=sha256)


class Receiver:
    """The content of one file as it arrives: into `spool` (a temporary file), hashed and
    counted on the way, refused once it is larger than MAX_FILE_BYTES."""

    def __init__(self, spool: BinaryIO) -> None:
        self.spool = spool
        self.size = 0
        self._hash = hashlib.sha256()

    def take(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_FILE_BYTES:
            raise Rejected("request_too_large", size=self.size, limit=MAX_FILE_BYTES)
        self._hash.update(chunk)
        self.spool.write(chunk)

    def check(self, sha256: str) -> None:
        """Rejected unless what arrived hashes to `sha256`."""
        actual = self._hash.hexdigest()
        if actual != sha256:
            raise Rejected("file_hash_mismatch", sha256=sha256, actual=actual)


def store_blob(db: Database, auth: DeviceAuth, sha256: str, received: Receiver) -> bool:
    """Keep the content `received` (checked against `sha256`) of the office's file; True when
    it is new here, False when the server had it already (a repeated send is harmless)."""
    _check_role(auth)
    received.check(sha256)
    spool = received.spool
    try:
        with db.write() as s:
            if not _recorded(s, auth.office_id, sha256):
                raise Refused("file_not_recorded", sha256=sha256)
            if s.get(FileBlob, (auth.office_id, sha256)) is not None:
                return False
            s.add(FileBlob(office_id=auth.office_id, sha256=sha256, size=received.size,
                           stored_at=utcnow()))
            s.flush()
            spool.seek(0)
            part = 0
            while chunk := spool.read(PART_BYTES):
                s.execute(insert(FileBlobPart).values(
                    office_id=auth.office_id, sha256=sha256, part=part, content=chunk))
                part += 1
    except IntegrityError:
        # Another PC sent the same file at the same moment: it is kept once, which is all.
        return False
    return True


def blob_size(db: Database, auth: DeviceAuth, sha256: str) -> int:
    """The size of the office's file `sha256`: NotFound unless a record of the office names
    it and its content has arrived."""
    _check_role(auth)
    with db.read() as s:
        size = None
        if _recorded(s, auth.office_id, sha256):
            size = s.scalar(select(FileBlob.size).where(
                FileBlob.office_id == auth.office_id, FileBlob.sha256 == sha256))
    if size is None:
        raise NotFound("file_not_at_server", sha256=sha256)
    return int(size)


def blob_parts(db: Database, auth: DeviceAuth, sha256: str) -> Iterator[bytes]:
    """The content of the office's file `sha256` (see blob_size), a part at a time."""
    part = 0
    while True:
        with db.read_connection() as conn:
            content = conn.scalar(select(FileBlobPart.content).where(
                FileBlobPart.office_id == auth.office_id, FileBlobPart.sha256 == sha256,
                FileBlobPart.part == part))
        if content is None:
            return
        yield bytes(content)
        part += 1
