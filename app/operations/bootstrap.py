"""Opening this PC's data folder: the store and the device settings, with clear errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.paths import data_dir, database_path, settings_path
from app.core.permissions import Actor
from app.core.settings import Settings
from app.operations.context import Context, open_context
from app.store.db import Database, open_database, sqlite_url


@dataclass
class Local:
    """This PC's store and settings."""

    home: Path
    db: Database
    settings: Settings

    def context(self, actor: Actor) -> Context:
        return open_context(self.db, actor, self.settings.get("office.code"))

    def close(self) -> None:
        self.db.dispose()


def open_local(home: Path | None = None) -> Local:
    """Open (creating if needed) the data folder. Raises SettingsError or StoreError with a
    message for a person; nothing on disk is changed when it fails."""
    home = home or data_dir()
    settings = Settings.load(settings_path(home))
    home.mkdir(parents=True, exist_ok=True)
    db = open_database(sqlite_url(database_path(home)))
    return Local(home, db, settings)
