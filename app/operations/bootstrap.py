"""Opening this PC's data folder: the device settings, and the store when first used."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.paths import (
    data_dir,
    database_path,
    database_url,
    private_data_dir,
    settings_path,
)
from app.core.permissions import Actor
from app.core.settings import Settings
from app.logfile import keep_log
from app.operations.context import Context, open_context

if TYPE_CHECKING:
    from app.store.db import Database


class Local:
    """This PC's settings and store. The store is opened (and migrated) on first use, so a
    window can paint while a worker thread opens it."""

    def __init__(self, home: Path, settings: Settings) -> None:
        self.home = home
        self.settings = settings
        self.database_url = database_url(home)
        self._db: Database | None = None
        self._lock = threading.Lock()

    @property
    def db(self) -> Database:
        """The store; raises StoreError with a message for a person when it cannot be used."""
        with self._lock:
            if self._db is None:
                from app.store.db import open_database

                self._db = open_database(self.database_url)
            return self._db

    def surely_set_up(self) -> bool:
        """Whether this PC is set up (connected to a server, or its store holds an office),
        told without opening the store; False when it cannot tell without."""
        if self.settings.get("server.url"):
            return True
        from app.store.peek import has_office

        return has_office(database_path(self.home))

    def context(self, actor: Actor) -> Context:
        return open_context(self.db, actor, self.settings.get("office.code"))

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.dispose()


def open_local(home: Path | None = None) -> Local:
    """This PC's data folder, made (or tightened to) its owner's alone. Raises SettingsError
    for a settings file that cannot be read; nothing on disk is changed when it fails."""
    home = home or data_dir()
    settings = Settings.load(settings_path(home))
    local = Local(private_data_dir(home), settings)
    keep_log(home)
    return local
