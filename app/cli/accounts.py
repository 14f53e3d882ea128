"""`lett account …`: staff accounts, on this PC or, for a PC connected to a server, at the
server. `lett server account …` runs the same actions on the server's store."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from app.cli.common import acting_user, ask_password, print_json
from app.i18n import translate

CONTEXT = "cli"


def add_account_parser(sub: Any, each: Callable[[argparse.ArgumentParser], Any] | None = None
                       ) -> None:
    """`account` and its actions; `each` adds options every action takes (the server's
    --office and --database)."""
    account = sub.add_parser("account", help="staff accounts (admins)").add_subparsers(
        dest="action", required=True)
    made = []
    add = account.add_parser("add", help="add a staff account; its first password is shown once")
    add.add_argument("user_name")
    add.add_argument("--name", default="", help="the person's name (default: the user name)")
    add.add_argument("--roles", required=True,
                     help="comma-separated: admin, supervisor, desk, counter")
    lst = account.add_parser("list", help="the office's accounts")
    lst.add_argument("--json", action="store_true", help="print one JSON object")
    passwd = account.add_parser("passwd", help="change your own password")
    passwd.add_argument("user_name")
    reset = account.add_parser("reset", help="give an account a new one-time password, shown "
                                             "once; it is changed at the next sign-in")
    reset.add_argument("user_name")
    roles = account.add_parser("roles", help="set an account's roles")
    roles.add_argument("user_name")
    roles.add_argument("roles", help="comma-separated: admin, supervisor, desk, counter")
    made += [add, lst, passwd, reset, roles]
    for name, text in (("disable", "switch an account off (its history stays)"),
                       ("enable", "switch an account on again")):
        action = account.add_parser(name, help=text)
        action.add_argument("user_name")
        made.append(action)
    if each is not None:
        for parser in made:
            each(parser)


def local_account_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    """`account …` on this PC; on a PC connected to a server the changes are made there, as
    the person --user names (app.operations.central)."""
    from app.operations.accounts import SignedIn
    from app.sync.staff import sign_in, sign_in_context

    sessions: list[Any] = []

    def open_context(actor: Any) -> Any:
        ctx = sign_in_context(local)
        return replace(ctx, actor=actor, staff=sessions[-1] if sessions else None)

    def actor() -> Any:
        who = acting_user(args, local, lang, sign_in(local))
        if not isinstance(who, SignedIn):
            return who
        if who.session is not None:
            sessions.append(who.session)
        return who.actor

    try:
        return account_command(args, open_context, actor, lang, sign_in(local))
    finally:
        for session in sessions:
            session.close()


def account_command(args: argparse.Namespace, open_context: Callable[[Any], Any],
                    actor: Callable[[], Any], lang: str,
                    sign_in: Callable[..., Any] | None = None) -> int:
    """Run `account …` on the office `open_context(actor)` opens, as `actor()`. `sign_in`
    (default app.operations.accounts.sign_in) proves the holder of `account passwd`."""
    from app.core.accounts import format_roles, generate_password
    from app.core.errors import Refused
    from app.operations import accounts as acc
    from app.operations.context import signed_out_actor

    if args.action == "passwd":  # the account's own holder, proven by the current password
        ctx = open_context(signed_out_actor())
        current = ask_password(translate(CONTEXT, "Current password of {user}: ", lang).format(
            user=args.user_name), "LETT_PASSWORD")
        signed = (sign_in or acc.sign_in)(ctx, args.user_name, current)
        try:
            new = ask_password(translate(CONTEXT, "New password: ", lang), "LETT_NEW_PASSWORD")
            again = ask_password(translate(CONTEXT, "New password again: ", lang),
                                 "LETT_NEW_PASSWORD")
            if new != again:
                raise Refused("passwords_differ")
            acc.change_password(replace(ctx, actor=signed.actor,
                                        staff=signed.session or ctx.staff), current, new)
        finally:
            if signed.session is not None:
                signed.session.close()
        print(translate(CONTEXT, "Password of \u201c{user}\u201d changed.", lang).format(
            user=signed.actor.name))
        return 0
    ctx = open_context(actor())
    if args.action == "add":
        password = generate_password()
        made = acc.create_account(ctx, args.user_name, args.name, args.roles, password)
        print(translate(CONTEXT, "Account \u201c{user}\u201d added. Its first password, shown "
                                 "only now: {password}. It is changed at the first sign-in.",
                        lang).format(user=made.user_name, password=password))
    elif args.action == "reset":
        password = generate_password()
        made = acc.reset_password(ctx, args.user_name, password)
        print(translate(CONTEXT, "New password of \u201c{user}\u201d, shown only now: "
                                 "{password}. It is changed at the next sign-in.", lang).format(
            user=made.user_name, password=password))
    elif args.action == "roles":
        made = acc.set_roles(ctx, args.user_name, args.roles)
        print(translate(CONTEXT, "\u201c{user}\u201d has the roles: {roles}.", lang).format(
            user=made.user_name, roles=format_roles(made.roles).replace(",", ", ")))
    elif args.action in ("disable", "enable"):
        made = acc.set_active(ctx, args.user_name, args.action == "enable")
        text = (translate(CONTEXT, "Account \u201c{user}\u201d is switched on.", lang)
                if made.active
                else translate(CONTEXT, "Account \u201c{user}\u201d is switched off.", lang))
        print(text.format(user=made.user_name))
    elif args.action == "list":
        _list_accounts(acc.list_accounts(ctx), ctx, args.json, lang)
    return 0


def _list_accounts(accounts: list[Any], ctx: Any, as_json: bool, lang: str) -> None:
    from app.core.accounts import format_roles

    if as_json:
        print_json({"accounts": [{
            "user": a.user_name, "name": a.display_name, "roles": format_roles(a.roles),
            "active": a.active, "must_change_password": a.must_change_password,
            "locked_until": a.locked_until.isoformat() if a.locked_until else None,
        } for a in accounts]})
        return
    now = ctx.now()
    for a in accounts:
        if not a.active:
            state = translate(CONTEXT, "switched off", lang)
        elif a.locked_until is not None and a.locked_until > now:
            state = translate(CONTEXT, "locked until {time}", lang).format(
                time=ctx.local(a.locked_until).strftime("%H:%M"))
        elif a.must_change_password:
            state = translate(CONTEXT, "password to be changed", lang)
        else:
            state = translate(CONTEXT, "active", lang)
        print(f"{a.user_name:<16} {a.display_name:<24} {format_roles(a.roles):<30} {state}")
