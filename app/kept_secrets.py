"""A secret this PC keeps (a device token, a Jira token): in the OS keyring, or where there is
no usable keyring (a headless Linux), in a file of the data folder readable by its owner only.
Never in settings.toml or the office's configuration, which people copy, export and sync."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError


@dataclass(frozen=True)
class KeptSecret:
    """One secret: its keyring service and account, and the file that stands in for them."""

    service: str
    account: str
    file: Path

    def save(self, secret: str) -> None:
        """Keep `secret`, replacing any kept before."""
        try:
            keyring.set_password(self.service, self.account, secret)
        except KeyringError:
            write_private(self.file, secret)
            return
        # A secret left in a file from a time without keyring would otherwise outlive this one.
        self.file.unlink(missing_ok=True)

    def load(self) -> str:
        """The secret, or "" when none is kept."""
        secret: str | None = None
        with contextlib.suppress(KeyringError):
            secret = keyring.get_password(self.service, self.account)
        if not secret and self.file.exists():
            secret = self.file.read_text(encoding="utf-8").strip()
        return secret or ""

    def forget(self) -> None:
        """Remove the secret, wherever it is kept."""
        with contextlib.suppress(KeyringError):
            keyring.delete_password(self.service, self.account)
        self.file.unlink(missing_ok=True)


def write_private(path: Path, text: str) -> None:
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
