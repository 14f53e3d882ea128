"""Staff accounts: signing in, and the admin's management of accounts and roles.

Managing accounts needs the admin role; every change an admin makes is recorded in
`admin_changes` with its old and new value (a password change is recorded as having happened,
never with a password or hash). Accounts are kept in this PC's store, where they arrive by
sync on a connected PC, so staff sign in while the server is away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import accounts as rules
from app.core.errors import NotFound, Refused
from app.core.permissions import Action, Actor, Role
from app.operations.central import central
from app.operations.context import Context
from app.store.models import AdminChange, StaffAccount


@cache
def _decoy_hash() -> str:
    """Verified against when the user name is unknown, so a wrong name takes as long as a wrong
    password and the answer does not tell which accounts exist. Made on first use: hashing
    takes a tenth of a second, which no command that signs nobody in should pay."""
    return rules.hash_password("lett-decoy-password")


@dataclass(frozen=True)
class Account:
    id: str
    user_name: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    failed_attempts: int
    locked_until: datetime | None

    @classmethod
    def of(cls, row: StaffAccount) -> Account:
        return cls(row.id, row.user_name, row.display_name, rules.parse_roles(row.roles),
                   row.active, row.must_change_password, row.failed_attempts, row.locked_until)


@dataclass(frozen=True)
class SignedIn:
    """A person who gave the right password: who acts from now on, and whether they must
    choose a new password before anything else (after an admin reset it)."""

    actor: Actor
    account: Account
    # On a PC connected to a server: the person's session there (app.sync.staff), through
    # which their changes of the configuration and accounts are made.
    session: Any = field(default=None, repr=False, compare=False)

    @property
    def must_change_password(self) -> bool:
        return self.account.must_change_password


@dataclass(frozen=True)
class ChangeRecord:
    at: datetime
    actor: str
    table: str
    row_id: str
    field: str
    old: str | None
    new: str | None


def _find(s: Session, ctx: Context, user_name: str) -> StaffAccount | None:
    return s.scalars(
        select(StaffAccount).where(
            StaffAccount.office_id == ctx.office_id,
            StaffAccount.user_name == user_name.strip().lower(),
            StaffAccount.deleted_at.is_(None),
        )
    ).first()


def _get(s: Session, ctx: Context, user_name: str) -> StaffAccount:
    row = _find(s, ctx, user_name)
    if row is None:
        raise NotFound("unknown_account", user=user_name.strip().lower())
    return row


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _record(s: Session, ctx: Context, row: StaffAccount, field: str, old: object,
            new: object) -> None:
    s.add(AdminChange(office_id=ctx.office_id, at=ctx.now(), actor=ctx.actor.name,
                      table_name=StaffAccount.__tablename__, row_id=row.id, field=field,
                      old_value=_text(old), new_value=_text(new)))


def _set(s: Session, ctx: Context, row: StaffAccount, field: str, value: object) -> None:
    """Change one field of an account and record the change, if it changes anything."""
    old = getattr(row, field)
    if old != value:
        setattr(row, field, value)
        _record(s, ctx, row, field, old, value)


def _keep_an_admin(s: Session, ctx: Context, row: StaffAccount) -> None:
    """Refuse a change that takes the admin role from the office's last active admin."""
    others = s.scalars(
        select(StaffAccount).where(
            StaffAccount.office_id == ctx.office_id,
            StaffAccount.id != row.id,
            StaffAccount.active.is_(True),
            StaffAccount.deleted_at.is_(None),
        )
    )
    if not any(Role.ADMIN in rules.parse_roles(o.roles) for o in others):
        raise Refused("last_admin", user=row.user_name)


def _lock_time(ctx: Context, until: datetime) -> str:
    return ctx.local(until).strftime("%H:%M")


def _any_account(s: Session, ctx: Context) -> bool:
    return s.scalars(
        select(StaffAccount.id).where(StaffAccount.office_id == ctx.office_id,
                                      StaffAccount.deleted_at.is_(None)).limit(1)
    ).first() is not None


def has_accounts(ctx: Context) -> bool:
    """Whether the office has any staff account (none until the first admin is made)."""
    with ctx.db.read() as s:
        return _any_account(s, ctx)


def sign_in(ctx: Context, user_name: str, password: str) -> SignedIn:
    """The person with this user name and password, or the reason they cannot sign in.
    Wrong passwords are counted; after MAX_FAILED_ATTEMPTS in a row the account is locked for
    LOCK_DURATION. A locked account does not check passwords, so guessing stops there."""
    now = ctx.now()
    refusal: Refused | None = None
    with ctx.db.write() as s:
        row = _find(s, ctx, user_name)
        if row is None:
            rules.password_matches(_decoy_hash(), password)
            if _any_account(s, ctx):
                raise Refused("sign_in_failed")
            raise Refused("no_accounts")
        if row.locked_until is not None and now < row.locked_until:
            raise Refused("account_locked", user=row.user_name, attempts=row.failed_attempts,
                          until=_lock_time(ctx, row.locked_until))
        if row.locked_until is not None:  # the lock has run out: counting starts afresh
            row.failed_attempts = 0
            row.locked_until = None
        if not rules.password_matches(row.password_hash, password):
            row.failed_attempts += 1
            row.locked_until = rules.lock_after_failure(row.failed_attempts, now)
            if row.locked_until is not None:
                refusal = Refused("account_locked", user=row.user_name,
                                  attempts=row.failed_attempts,
                                  until=_lock_time(ctx, row.locked_until))
            else:
                refusal = Refused("sign_in_failed")
        elif not row.active:
            raise Refused("account_inactive", user=row.user_name)
        else:
            if row.failed_attempts:
                row.failed_attempts = 0
            account = Account.of(row)
    if refusal is not None:  # raised after the commit, so the failure is counted
        raise refusal
    return SignedIn(Actor(account.user_name, account.roles), account)


def _roles(roles: Iterable[Role] | str) -> str:
    chosen = rules.parse_roles(roles) if isinstance(roles, str) else frozenset(roles)
    if not chosen:
        raise Refused("no_roles")
    text = rules.format_roles(chosen)
    rules.parse_roles(text)  # refuses kiosk and display, which are devices
    return text


@central
def create_account(
    ctx: Context,
    user_name: str,
    display_name: str,
    roles: Iterable[Role] | str,
    password: str,
    must_change_password: bool = True,
) -> Account:
    """A new account. By default its first sign-in asks for a new password, so the one the
    admin chose is known to its holder only once used."""
    ctx.require(Action.MANAGE_ACCOUNTS)
    name = rules.check_user_name(user_name)
    role_text = _roles(roles)
    rules.check_new_password(password)
    with ctx.db.write() as s:
        if _find(s, ctx, name) is not None:
            raise Refused("account_exists", user=name)
        row = StaffAccount(
            office_id=ctx.office_id, user_name=name,
            display_name=display_name.strip() or name,
            password_hash=rules.hash_password(password), roles=role_text,
            failed_attempts=0, must_change_password=must_change_password, active=True,
        )
        s.add(row)
        s.flush()
        for field in ("user_name", "display_name", "roles", "must_change_password", "active"):
            _record(s, ctx, row, field, None, getattr(row, field))
        _record(s, ctx, row, "password", None, None)
        return Account.of(row)


def create_first_admin(ctx: Context, user_name: str, display_name: str,
                       roles: Iterable[Role] = (Role.ADMIN,)) -> str | None:
    """An admin account with a generated password when the office has no account yet (the
    password, to be shown once); None when it has accounts already."""
    ctx.require(Action.MANAGE_ACCOUNTS)
    if has_accounts(ctx):
        return None
    password = rules.generate_password()
    create_account(ctx, user_name, display_name, roles, password, must_change_password=False)
    return password


def list_accounts(ctx: Context) -> list[Account]:
    ctx.require(Action.MANAGE_ACCOUNTS)
    with ctx.db.read() as s:
        rows = s.scalars(
            select(StaffAccount).where(StaffAccount.office_id == ctx.office_id,
                                       StaffAccount.deleted_at.is_(None))
            .order_by(StaffAccount.user_name)
        )
        return [Account.of(r) for r in rows]


@central
def set_roles(ctx: Context, user_name: str, roles: Iterable[Role] | str) -> Account:
    ctx.require(Action.MANAGE_ACCOUNTS)
    role_text = _roles(roles)
    with ctx.db.write() as s:
        row = _get(s, ctx, user_name)
        if Role.ADMIN not in rules.parse_roles(role_text) and row.active:
            _keep_an_admin(s, ctx, row)
        _set(s, ctx, row, "roles", role_text)
        return Account.of(row)


@central
def set_active(ctx: Context, user_name: str, active: bool) -> Account:
    """Switch an account off (it can no longer sign in; its history stays) or on again."""
    ctx.require(Action.MANAGE_ACCOUNTS)
    with ctx.db.write() as s:
        row = _get(s, ctx, user_name)
        if not active and Role.ADMIN in rules.parse_roles(row.roles):
            _keep_an_admin(s, ctx, row)
        _set(s, ctx, row, "active", active)
        return Account.of(row)


def deactivate(ctx: Context, user_name: str) -> Account:
    return set_active(ctx, user_name, False)


@central
def reset_password(ctx: Context, user_name: str, new_password: str) -> Account:
    """An admin gives the account a new password, which its holder must change at the next
    sign-in; a lock-out ends with it."""
    ctx.require(Action.MANAGE_ACCOUNTS)
    rules.check_new_password(new_password)
    with ctx.db.write() as s:
        row = _get(s, ctx, user_name)
        row.password_hash = rules.hash_password(new_password)
        _record(s, ctx, row, "password", None, None)
        _set(s, ctx, row, "must_change_password", True)
        _set(s, ctx, row, "failed_attempts", 0)
        _set(s, ctx, row, "locked_until", None)
        return Account.of(row)


@central
def change_password(ctx: Context, old_password: str, new_password: str) -> Account:
    """The signed-in person chooses a new password; the current one proves it is them."""
    rules.check_new_password(new_password)
    if new_password == old_password:
        raise Refused("password_unchanged")
    with ctx.db.write() as s:
        row = _find(s, ctx, ctx.actor.name)
        if row is None or not row.active:  # only an account's own holder changes it here
            raise NotFound("unknown_account", user=ctx.actor.name)
        if not rules.password_matches(row.password_hash, old_password):
            raise Refused("wrong_password")
        row.password_hash = rules.hash_password(new_password)
        _record(s, ctx, row, "password", None, None)
        _set(s, ctx, row, "must_change_password", False)
        return Account.of(row)


def account_changes(ctx: Context, user_name: str | None = None) -> list[ChangeRecord]:
    """The recorded admin changes to accounts (of one account), oldest first."""
    ctx.require(Action.MANAGE_ACCOUNTS)
    with ctx.db.read() as s:
        query = select(AdminChange).where(AdminChange.office_id == ctx.office_id,
                                          AdminChange.table_name == StaffAccount.__tablename__)
        if user_name is not None:
            query = query.where(AdminChange.row_id == _get(s, ctx, user_name).id)
        rows = s.scalars(query.order_by(AdminChange.at, AdminChange.id))
        return [ChangeRecord(r.at, r.actor, r.table_name, r.row_id, r.field, r.old_value,
                             r.new_value) for r in rows]
