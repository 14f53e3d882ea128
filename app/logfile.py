"""Lett's log file in the data folder (`lett.log`, its owner's alone like the folder): what
the program did and what went wrong, for the admin and for a report to IT support
(app.integrations.it_report reads its last errors)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "lett.log"
# Four files of at most 1 MB: weeks of a desk PC's warnings, never a full disk.
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Lett's own modules log what they do; other libraries only their warnings and errors.
OWN_LOGGERS = ("app", "printers")

_handler: logging.handlers.RotatingFileHandler | None = None


def keep_log(home: Path) -> Path:
    """Log to `home`/lett.log from now on (instead of any data folder logged to before in this
    process). Returns the file's path; a folder that cannot be written keeps no log."""
    global _handler
    path = home / LOG_FILE
    if _handler is not None and Path(_handler.baseFilename) == path.resolve():
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return path
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    for name in OWN_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)
    _handler = handler
    return path
