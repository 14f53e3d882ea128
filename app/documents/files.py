"""Writing the files of the office's records (issued notices, registered documents, signed
containers): whole or not at all, and never over another file; where each is kept in the data
folder."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from app.core.errors import Refused
from app.core.paths import data_dir

if TYPE_CHECKING:
    from app.store.db import Database

# The folder of the data folder that keeps the stored files of each purpose, by year.
FOLDERS = {"document": "register", "notice": "notices", "signed": "signed"}
# How many "name (n)" variants are tried for a name that is taken, when asked to.
MAX_VARIANTS = 1000


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


def data_folder(db: Database) -> Path:
    """The data folder of the PC that `db` is the store of: the folder of its SQLite file
    (LETT_HOME's otherwise)."""
    if db.dialect == "sqlite" and db.where not in ("", ":memory:"):
        return Path(db.where).resolve().parent
    return data_dir()


def plain_name(file_name: str, limit: int = 200) -> bool:
    """A file's own name that is safe to use in a folder on every PC: no folder in it, not
    hidden, no control characters, at most `limit` characters."""
    return (bool(file_name.strip()) and len(file_name) <= limit
            and not file_name.startswith(".") and file_name.isprintable()
            and not any(c in file_name for c in "/\\:"))


def kept_path(purpose: str, year: int, file_name: str) -> str:
    """Where a stored file of `purpose` kept in `year` sits, relative to the data folder; the
    same on every PC of the office, so a path shown on one PC is the path on the others."""
    return f"{FOLDERS[purpose]}/{year}/{file_name}"


def variant(file_name: str, n: int) -> str:
    """The n-th other name for a file whose name is taken: "V-26-0001 (2).pdf"."""
    name = PurePosixPath(file_name)
    return f"{name.stem} ({n}){name.suffix}"


def write_kept(home: Path, relative: str, data: bytes, rename: bool = False) -> str:
    """Write a stored file under `relative` (never over another file) and give its relative
    path. With `rename`, a taken name is kept and the first free "name (n)" is used instead;
    without it, a taken name is refused (file_exists)."""
    if not rename:
        write_new_file(home / relative, data)
        return relative
    folder, _, name = relative.rpartition("/")
    for n in range(1, MAX_VARIANTS + 1):
        candidate = relative if n == 1 else f"{folder}/{variant(name, n)}"
        try:
            write_new_file(home / candidate, data)
        except Refused as exc:
            if exc.code != "file_exists":
                raise
            continue
        return candidate
    raise Refused("file_exists", path=str(home / relative))


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
