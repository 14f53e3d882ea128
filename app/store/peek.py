"""A look into a PC's SQLite store with sqlite3 alone, for a start that must not wait for
SQLAlchemy and the models to load (they then load while the first window shows)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def has_office(path: Path) -> bool:
    """Whether the store file at `path` holds an office. False when it cannot tell: no file,
    no table yet, a file that is not a database, or one locked for longer than a moment."""
    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            row = con.execute(
                "SELECT 1 FROM offices WHERE deleted_at IS NULL LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None
