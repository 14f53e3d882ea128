"""Writing the files of issued notices: whole or not at all, and never over another file."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from app.core.errors import Refused


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new_file(path: Path, data: bytes) -> None:
    """Write `data` to `path`, which must not exist yet: into a temporary file in the same
    folder, flushed to disk, then linked to its name (which fails if the name is taken), so a
    reader or a crash never sees half a file, and no file is ever written over."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{path.name}.{os.getpid()}.tmp"
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            _link(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        _fsync_dir(folder)
    except OSError as exc:
        raise Refused("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _link(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise Refused("file_exists", path=str(path)) from None
    except OSError:
        # A file system without hard links (FAT on a memory stick): rename, after checking.
        if path.exists():
            raise Refused("file_exists", path=str(path)) from None
        os.replace(tmp, path)


def replace_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole, replacing what is there (a copy a person saved, who chose
    to replace the file); a crash leaves the old file or the new one, never half of one."""
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise Refused("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
