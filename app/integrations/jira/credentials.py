"""Jira tokens: in the OS keyring (service "lett-jira", user the account at its site), or
where there is no usable keyring (a headless Linux), in a file of the data folder readable
by its owner only (app.kept_secrets). Never in settings or the office's configuration, which
sync and are exported."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.errors import ConnectionFailed
from app.kept_secrets import KeptSecret

SERVICE = "lett-jira"


def _account(site: str, user: str) -> str:
    return f"{user or '-'}@{site.rstrip('/')}"


def token_file(home: Path, site: str, user: str) -> Path:
    digest = hashlib.sha256(_account(site, user).encode()).hexdigest()[:16]
    return Path(home) / f"jira-token-{digest}"


def _kept(home: Path, site: str, user: str) -> KeptSecret:
    return KeptSecret(SERVICE, _account(site, user), token_file(home, site, user))


def save_token(home: Path, site: str, user: str, token: str) -> None:
    """Keep the token of `user` at `site`, replacing one kept before."""
    _kept(home, site, user).save(token)


def load_token(home: Path, site: str, user: str) -> str:
    """The token of `user` at `site`; ConnectionFailed("jira_no_token") when none is kept."""
    token = _kept(home, site, user).load()
    if not token:
        raise ConnectionFailed("jira_no_token", site=site, user=user or "the token's account")
    return token


def forget_token(home: Path, site: str, user: str) -> None:
    _kept(home, site, user).forget()
