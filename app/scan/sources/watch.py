"""A watch folder for multifunction printers that scan to a folder, often a network share.

The folder is polled (change notification does not reach across SMB and NFS shares). A file is
taken only once its size and modification time have stayed the same for `settle_s` seconds, so
a file the printer is still writing is left alone. A taken file is moved into the folder's
`taken/` subfolder after its pages are imported, one that cannot be imported into `failed/` with
the reason beside it: nothing is deleted, and nothing is taken twice.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import IntakeError, LettError
from app.scan.pages import Page
from app.scan.sources.files import import_file

TAKEN = "taken"
FAILED = "failed"
# Names of files still being written or that belong to the system, never taken.
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", "~")
SYSTEM_NAMES = ("thumbs.db", "desktop.ini")
# A printer may create its file empty and fill it only when the scan is done; an empty file is
# taken (and refused as empty) only after this many settle times.
EMPTY_SETTLE_FACTOR = 10


@dataclass
class Arrival:
    """A file taken from the watch folder: its pages, or why it could not be imported."""

    # The name it arrived with.
    name: str
    # Where it is now: in taken/ or failed/ (or still in the folder if it could not be moved).
    path: Path
    pages: list[Page] = field(default_factory=list)
    error: LettError | None = None


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float


class WatchFolder:
    """Polls `folder` and imports each settled file's pages into `work`."""

    def __init__(self, folder: Path, work: Path, settle_s: float = 2.0) -> None:
        self.folder = folder
        self.work = work
        self.settle_s = settle_s
        self._seen: dict[str, _Seen] = {}
        # Files taken but not moved (a read-only share): never taken again while unchanged.
        self._done: set[tuple[str, int, int]] = set()

    def poll(self, now: float | None = None) -> list[Arrival]:
        """Take the files that have settled since the last poll, oldest first. Raises
        IntakeError("scan_watch_folder") when the folder cannot be read (a share gone)."""
        now = time.monotonic() if now is None else now
        arrivals = []
        for path in self._settled(now):
            arrivals.append(self._take(path))
        return arrivals

    def _candidates(self) -> list[Path]:
        try:
            entries = list(self.folder.iterdir())
        except OSError as error:
            raise IntakeError("scan_watch_folder", folder=str(self.folder),
                              detail=error.strerror or str(error)) from error
        return [path for path in entries if not ignored(path.name) and path.is_file()]

    def _settled(self, now: float) -> list[Path]:
        ready: list[tuple[int, str, Path]] = []
        present = set()
        for path in self._candidates():
            try:
                stat = path.stat()
            except OSError:
                # Gone or renamed between the listing and now: the next poll sees it anew.
                continue
            present.add(path.name)
            if (path.name, stat.st_size, stat.st_mtime_ns) in self._done:
                continue
            seen = self._seen.get(path.name)
            if seen is None or (seen.size, seen.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
                self._seen[path.name] = _Seen(stat.st_size, stat.st_mtime_ns, now)
                continue
            wait = self.settle_s * (EMPTY_SETTLE_FACTOR if stat.st_size == 0 else 1)
            if now - seen.since >= wait and _readable(path):
                ready.append((stat.st_mtime_ns, path.name, path))
        for name in set(self._seen) - present:
            del self._seen[name]
        self._done = {done for done in self._done if done[0] in present}
        return [path for _, _, path in sorted(ready)]

    def _take(self, path: Path) -> Arrival:
        stat = path.stat()
        self._seen.pop(path.name, None)
        try:
            pages = import_file(path, self.work)
        except LettError as error:
            moved = self._move(path, FAILED, stat)
            # Beside the file in failed/ (never in the watched folder, where it would arrive),
            # for whoever looks into the share; the desk shows the arrival's error anyway.
            if moved.parent.name == FAILED:
                with contextlib.suppress(OSError):
                    moved.with_name(moved.name + ".error.txt").write_text(
                        error.english() + "\n", encoding="utf-8")
            return Arrival(name=path.name, path=moved, error=error)
        return Arrival(name=path.name, path=self._move(path, TAKEN, stat), pages=pages)

    def _move(self, path: Path, subfolder: str, stat: os.stat_result) -> Path:
        target_folder = self.folder / subfolder
        try:
            target_folder.mkdir(exist_ok=True)
            target = _free_name(target_folder, path.name)
            path.rename(target)
            return target
        except OSError:
            # A share that lets Lett read but not move: the file stays, marked as done.
            self._done.add((path.name, stat.st_size, stat.st_mtime_ns))
            return path


def ignored(name: str) -> bool:
    """Whether a file name is one a watch folder leaves alone: hidden, an Office lock file, a
    file still being copied, a system file."""
    lower = name.lower()
    return (name.startswith((".", "~$")) or lower.endswith(PARTIAL_SUFFIXES)
            or lower in SYSTEM_NAMES)


def _readable(path: Path) -> bool:
    # On a Windows share a file the printer still writes is locked: wait for the next poll.
    try:
        with path.open("rb") as f:
            f.read(1)
    except OSError:
        return False
    return True


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target
