"""This PC's device token: in the OS keyring (service "lett", user the data folder), or where
there is no usable keyring (a headless Linux), in `device-token` in the data folder, readable by
its owner only. Never in settings.toml, which people copy and send around."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError

from app.core.errors import ConnectionFailed

SERVICE = "lett"
TOKEN_FILE = "device-token"


def _user(home: Path) -> str:
    # One token per data folder: two folders on one PC are two devices.
    return str(Path(home).expanduser().resolve())


def token_file(home: Path) -> Path:
    return Path(home) / TOKEN_FILE


def save_token(home: Path, token: str) -> None:
    """Keep `token` for this data folder, replacing any token kept before."""
    try:
        keyring.set_password(SERVICE, _user(home), token)
    except KeyringError:
        _write_private(token_file(home), token)
        return
    # A token left in a file from a time without keyring would otherwise outlive this one.
    token_file(home).unlink(missing_ok=True)


def load_token(home: Path) -> str:
    """The token of this data folder; ConnectionFailed("not_connected") when there is none."""
    token: str | None = None
    with contextlib.suppress(KeyringError):
        token = keyring.get_password(SERVICE, _user(home))
    if not token:
        path = token_file(home)
        if path.exists():
            token = path.read_text(encoding="utf-8").strip()
    if not token:
        raise ConnectionFailed("not_connected")
    return token


def forget_token(home: Path) -> None:
    """Remove the token of this data folder, wherever it is kept."""
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _user(home))
    token_file(home).unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    """Write `text` to a file only its owner can read, without a moment in which it is readable
    by others or half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
