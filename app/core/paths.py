"""Where Lett keeps its data: `LETT_HOME`, or the platform's user data folder.

The data folder holds visitors' personal data: it is its owner's alone. It is made 0700 and
everything in it 0600, and a folder made looser before (by an older Lett, or a copy) is
tightened when Lett starts.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    home = os.environ.get("LETT_HOME")
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir("lett", appauthor=False))


def database_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "lett.sqlite3"


def settings_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / "settings.toml"


def database_url(base: Path | None = None) -> str:
    """The SQLAlchemy URL of this PC's store."""
    return f"sqlite:///{database_path(base)}"


# What Lett's own files and folders keep of the usual permissions: the owner's bits alone.
PRIVATE_UMASK = 0o077


def private_data_dir(home: Path) -> Path:
    """Make `home` the owner's alone, creating it as needed, and have everything this process
    creates from now on be its owner's alone too: the store and its WAL and shared-memory
    files, settings, scanned pages, PDFs and tokens are written by many modules and libraries
    (SQLite, ocrmypdf, pikepdf), and the process's umask is what they all obey."""
    os.umask(PRIVATE_UMASK)
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    tighten(home)
    return home


def tighten(folder: Path) -> None:
    """Take every permission of the group and others from `folder` and all it holds. Links
    are left as they are (what they point to is not Lett's to change); on Windows the
    folder's ACL, inherited from the user's profile, already keeps it to its owner."""
    if os.name == "nt":
        return
    _owner_only(folder)
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            _owner_only(Path(root) / name)


def _owner_only(path: Path) -> None:
    try:
        mode = path.lstat().st_mode
        if not stat.S_ISLNK(mode) and stat.S_IMODE(mode) & PRIVATE_UMASK:
            path.chmod(stat.S_IMODE(mode) & ~PRIVATE_UMASK)
    except OSError:
        pass  # gone meanwhile, or another user's file: nothing Lett can do about it
