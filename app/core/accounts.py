"""Staff accounts: password hashing (argon2id), the password rule, lock-out after failures,
and roles written as text. Plain Python: the operation layer keeps the accounts in the store."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.core.errors import Refused
from app.core.permissions import Role

MIN_PASSWORD_LENGTH = 10
# Five wrong passwords in a row lock the account for a quarter of an hour: enough to stop
# guessing at a desk, short enough that a person who mistyped is not stuck for the day.
MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = timedelta(minutes=15)
# The roles a person may hold; kiosks and displays are devices, not people.
STAFF_ROLES = (Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER)
MAX_USER_NAME = 64

_hasher = PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) parameters


def hash_password(password: str) -> str:
    return _hasher.hash(password)


# Letters and digits that cannot be mistaken for one another when read from a screen.
_READABLE = "abcdefghjkmnpqrstuvwxyz23456789"


def generate_password() -> str:
    """A one-time password for a new or reset account, easy to type: three groups of four
    (about 59 bits)."""
    groups = ("".join(secrets.choice(_READABLE) for _ in range(4)) for _ in range(3))
    return "-".join(groups)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_new_password(password: str) -> None:
    """Refuse a password that is too short or only blanks."""
    if len(password) < MIN_PASSWORD_LENGTH or not password.strip():
        raise Refused("password_too_short", length=MIN_PASSWORD_LENGTH)


def check_user_name(user_name: str) -> str:
    """The user name as stored: trimmed, lower case, no blanks inside."""
    name = user_name.strip().lower()
    if not name or len(name) > MAX_USER_NAME or any(c.isspace() for c in name):
        raise Refused("bad_user_name", length=MAX_USER_NAME)
    return name


def parse_roles(text: str) -> frozenset[Role]:
    """The staff roles named in `text` (comma-separated); unknown names are refused."""
    roles = set()
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        try:
            role = Role(name)
        except ValueError:
            role = None
        if role not in STAFF_ROLES:
            raise Refused("unknown_role", role=name,
                          choices=", ".join(str(r) for r in STAFF_ROLES))
        roles.add(role)
    return frozenset(roles)


def format_roles(roles: Iterable[Role]) -> str:
    """Roles as stored: in STAFF_ROLES order, comma-separated."""
    chosen = set(roles)
    return ",".join(str(r) for r in STAFF_ROLES if r in chosen)


def lock_after_failure(failed_attempts: int, now: datetime) -> datetime | None:
    """When an account that has now failed `failed_attempts` times in a row unlocks (None:
    it stays open)."""
    return now + LOCK_DURATION if failed_attempts >= MAX_FAILED_ATTEMPTS else None
