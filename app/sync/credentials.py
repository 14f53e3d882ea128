"""This PC's device token: in the OS keyring (service "lett", user the data folder), or where
there is no usable keyring (a headless Linux), in `device-token` in the data folder, readable by
its owner only (app.kept_secrets)."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ConnectionFailed
from app.kept_secrets import KeptSecret

SERVICE = "lett"
TOKEN_FILE = "device-token"


def token_file(home: Path) -> Path:
    return Path(home) / TOKEN_FILE


def _kept(home: Path) -> KeptSecret:
    # One token per data folder: two folders on one PC are two devices.
    return KeptSecret(SERVICE, str(Path(home).expanduser().resolve()), token_file(home))


def save_token(home: Path, token: str) -> None:
    """Keep `token` for this data folder, replacing any token kept before."""
    _kept(home).save(token)


def load_token(home: Path) -> str:
    """The token of this data folder; ConnectionFailed("not_connected") when there is none."""
    token = _kept(home).load()
    if not token:
        raise ConnectionFailed("not_connected")
    return token


def forget_token(home: Path) -> None:
    """Remove the token of this data folder, wherever it is kept."""
    _kept(home).forget()
