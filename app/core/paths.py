"""Where Lett keeps its data: `LETT_HOME`, or the platform's user data folder."""

from __future__ import annotations

import os
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
