"""Jira tokens: in the OS keyring (service "lett-jira", user the account at its site), or
where there is no usable keyring (a headless Linux), in a file of the data folder readable
by its owner only. Never in settings or the office's configuration, which sync and are
exported."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError

from app.core.errors import ConnectionFailed

SERVICE = "lett-jira"


def _account(site: str, user: str) -> str:
    return f"{user or '-'}@{site.rstrip('/')}"


def token_file(home: Path, site: str, user: str) -> Path:
    digest = hashlib.sha256(_account(site, user).encode()).hexdigest()[:16]
    return Path(home) / f"jira-token-{digest}"


def save_token(home: Path, site: str, user: str, token: str) -> None:
    """Keep the token of `user` at `site`, replacing one kept before."""
    try:
        keyring.set_password(SERVICE, _account(site, user), token)
    except KeyringError:
        _write_private(token_file(home, site, user), token)
        return
    token_file(home, site, user).unlink(missing_ok=True)


def load_token(home: Path, site: str, user: str) -> str:
    """The token of `user` at `site`; ConnectionFailed("jira_no_token") when none is kept."""
    token: str | None = None
    with contextlib.suppress(KeyringError):
        token = keyring.get_password(SERVICE, _account(site, user))
    if not token:
        path = token_file(home, site, user)
        if path.exists():
            token = path.read_text(encoding="utf-8").strip()
    if not token:
        raise ConnectionFailed("jira_no_token", site=site, user=user or "the token's account")
    return token


def forget_token(home: Path, site: str, user: str) -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _account(site, user))
    token_file(home, site, user).unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    """Write `text` to a file only its owner can read, never readable by others or half
    written."""
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
