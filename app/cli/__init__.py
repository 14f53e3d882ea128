"""`lett` and its subcommands. A client of the operation layer, like the windows."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import __version__
from app.core.errors import LettError
from app.core.paths import data_dir
from app.core.queue import OUTCOMES, TransferPlace
from app.core.settings import LANGUAGES
from app.i18n import error_text, rejection_text, translate

CONTEXT = "cli"


def _language(home: Path) -> str:
    """The language for messages: LETT_LANG, else the staff language in settings, else et."""
    lang = os.environ.get("LETT_LANG", "")
    if lang in LANGUAGES:
        return lang
    from app.core.settings import Settings

    try:
        lang = Settings.load(home / "settings.toml").get("ui.language")
    except LettError:
        return "et"
    return lang if lang in LANGUAGES else "et"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lett",
        description="Lett: front-desk software of a public service office.",
    )
    p.add_argument("--version", action="version", version=f"lett {__version__}")
    p.add_argument("--home", type=Path, help="data folder (default: LETT_HOME or the user's)")
    p.add_argument("--user", default=os.environ.get("LETT_USER", ""),
                   help="act as this staff account (default: LETT_USER; without it, as this "
                        "PC's local administrator); its password from LETT_PASSWORD or asked")
    sub = p.add_subparsers(dest="command")

    sub.add_parser("demo", help="set up a demo office (services A, B, C; counters 1-3)")
    for name, text in (("kiosk", "the ticket kiosk"), ("display", "the waiting-room display")):
        w = sub.add_parser(name, help=f"start {text}")
        w.add_argument("--windowed", action="store_true", help="not fullscreen")

    queue = sub.add_parser("queue", help="queue actions").add_subparsers(dest="action",
                                                                          required=True)

    def action(name: str, help_text: str, counter: bool = True) -> argparse.ArgumentParser:
        a = queue.add_parser(name, help=help_text)
        if counter:
            a.add_argument("--counter", type=int, required=True, help="counter number")
        a.add_argument("--json", action="store_true", help="print one JSON object")
        return a

    issue = action("issue", "issue a ticket", counter=False)
    issue.add_argument("service", help="service letter, e.g. A")
    issue.add_argument("--lang", choices=LANGUAGES, default="et")
    issue.add_argument("--priority", action="store_true")
    issue.add_argument("--printer", default=None,
                       help="print on this printer URI (default: the settings' printer)")
    issue.add_argument("--no-print", action="store_true", help="do not print")
    action("call", "call the next visitor")
    action("recall", "call the current visitor again")
    action("noshow", "the current visitor did not come")
    action("park", "set the current visitor aside")
    ret = action("return", "take a parked visitor back")
    ret.add_argument("number")
    tr = action("transfer", "send the current visitor to another service or counter")
    tr.add_argument("--to-service")
    tr.add_argument("--to-counter", type=int)
    tr.add_argument("--place", choices=[p.value for p in TransferPlace], default="back")
    fin = action("finish", "finish the current visitor")
    fin.add_argument("--outcome", choices=OUTCOMES, default="served")
    cancel = action("cancel", "cancel a wrongly taken ticket", counter=False)
    cancel.add_argument("number")
    cancel.add_argument("--reissue", metavar="SERVICE", help="issue this service's ticket instead")
    lst = action("list", "list the waiting tickets", counter=False)
    lst.add_argument("--service")
    hist = action("history", "a ticket's events", counter=False)
    hist.add_argument("number")

    add_account_parser(sub)

    from app.cli.notices import add_notice_parser

    add_notice_parser(sub)

    from app.cli.visitors import add_visitor_parser

    add_visitor_parser(sub)

    from app.cli.register import add_register_parser

    add_register_parser(sub)

    sync = sub.add_parser("sync", help="send this PC's changes to the server, fetch the office's")
    sync.add_argument("--json", action="store_true", help="print one JSON object")
    sync.add_argument("--rejections", action="store_true",
                      help="also list the changes the server refused")

    printer = sub.add_parser("printer", help="ticket printer tools").add_subparsers(
        dest="action", required=True)
    decode = printer.add_parser("decode", help="show an ESC/POS file as readable commands")
    decode.add_argument("file", type=Path)
    test = printer.add_parser("test", help="print a test ticket")
    test.add_argument("uri", nargs="?", help="printer URI (default: the settings' printer)")
    test.add_argument("--profile", default=None)

    config = sub.add_parser("config", help="the office configuration in one file (admins)"
                            ).add_subparsers(dest="action", required=True)
    for name, text in (("export", "write the office configuration to FILE (.toml or .json)"),
                       ("import", "set the office configuration from FILE (.toml or .json)")):
        config.add_parser(name, help=text).add_argument("file", type=Path)

    connect = sub.add_parser("connect", help="connect this PC to a Lett server")
    connect.add_argument("url", help="the server's address, e.g. https://lett.example:8470")
    connect.add_argument("code", help="the one-time enrollment code from the server")
    connect.add_argument("--name", default="", help="this PC's name (default: its host name)")
    connect.add_argument("--ca", default="", metavar="FILE",
                         help="certificate authority file for a server with its own certificate")
    sub.add_parser("disconnect", help="disconnect this PC from its server")

    from app.server.cli import add_server_parser

    add_server_parser(sub)
    return p


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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    home = (args.home or data_dir()).expanduser()
    lang = _language(home)
    try:
        return _dispatch(args, home, lang)
    except LettError as exc:
        print(error_text(exc, lang), file=sys.stderr)
        return 1
    except OSError as exc:
        detail = exc.strerror or str(exc)
        print(translate(CONTEXT, "Cannot use {path}: {detail}", lang).format(
            path=exc.filename or home, detail=detail), file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace, home: Path, lang: str) -> int:
    from app.operations.bootstrap import open_local

    if args.command == "server":
        from app.server.cli import run_server_command

        return run_server_command(args, home, lang)
    if args.command == "printer" and args.action == "decode":
        from printers.decode import decode_escpos

        for line in decode_escpos(args.file.read_bytes()):
            print(line)
        return 0

    local = open_local(home)
    try:
        if args.command in (None, "kiosk", "display"):
            from app.core.heap import settle
            from app.ui import app as windows
            from app.ui.setup_wizard import set_up_if_new

            settle()  # Qt and the store loaded: kept out of the collector's walks from now on
            if args.command == "kiosk":
                return windows.run_kiosk(local, windowed=args.windowed)
            if args.command == "display":
                return windows.run_display(local, windowed=args.windowed)
            return windows.run_main(local) if set_up_if_new(local) else 0
        if args.command == "demo":
            return _demo(local, lang)
        if args.command == "queue":
            return _queue(args, local, lang)
        if args.command == "account":
            return _account(args, local, lang)
        if args.command == "printer":
            return _printer_test(args, local, lang)
        if args.command == "config":
            return _config_file(args, local, lang)
        if args.command == "connect":
            return _connect(args, local, lang)
        if args.command == "disconnect":
            return _disconnect(local, lang)
        if args.command == "sync":
            return _sync(args, local, lang)
        if args.command == "visitor":
            from app.cli.visitors import visitor_command

            return visitor_command(args, local, lang, lambda: _actor(args, local, lang))
        if args.command == "notice":
            from app.cli.notices import notice_command

            return notice_command(args, local, lang, lambda: _actor(args, local, lang))
        if args.command == "register":
            from app.cli.register import register_command

            return register_command(args, local, lang, lambda: _actor(args, local, lang))
    finally:
        local.close()
    return 2


DEMO_ADMIN = "admin"


def _demo(local: Any, lang: str) -> int:
    from app.core.permissions import Role
    from app.operations.accounts import create_first_admin
    from app.operations.context import staff_actor
    from app.operations.setup import create_demo_office

    create_demo_office(local.db, staff_actor())
    from app.operations.visitors import create_demo_visitor_setup

    create_demo_visitor_setup(local.context(staff_actor()))
    if not local.settings.get("printer.uri"):
        local.settings.set("printer.uri", (local.home / "tickets.escpos").as_uri())
        local.settings.save()
    # A password made here and shown once, not a fixed one: a demo data folder that is kept
    # for real work then has no password that anybody could read in the documentation.
    password = create_first_admin(
        local.context(staff_actor()), DEMO_ADMIN, "Demo",
        (Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER))
    print(translate(CONTEXT, "Demo office ready in {path}.", lang).format(path=local.home))
    if password is not None:
        print(translate(CONTEXT, "Sign in to the staff window as \u201c{user}\u201d with the "
                                 "password {password} (shown only now; change it in the Lett "
                                 "menu).", lang).format(user=DEMO_ADMIN, password=password))
    return 0


def _password(prompt: str, variable: str) -> str:
    """A password from the environment variable (for scripts), else typed without echo."""
    import getpass

    value = os.environ.get(variable)
    return value if value is not None else getpass.getpass(prompt)


def _actor(args: argparse.Namespace, local: Any, lang: str,
           sign_in: Callable[..., Any] | None = None) -> Any:
    """Who the command acts as: the account named by --user, signed in with its password, or
    the local administrator of this PC. With `sign_in` (app.sync.staff.sign_in) the person is
    signed in at a connected PC's server too: the signed-in person, not only the actor."""
    from app.core.errors import Refused
    from app.operations import accounts as acc
    from app.operations.context import signed_out_actor, staff_actor

    if not args.user:
        return staff_actor()
    password = _password(translate(CONTEXT, "Password of {user}: ", lang).format(
        user=args.user), "LETT_PASSWORD")
    signed = (sign_in or acc.sign_in)(local.context(signed_out_actor()), args.user, password)
    if signed.must_change_password:
        if signed.session is not None:
            signed.session.close()
        raise Refused("password_change_required", user=signed.actor.name)
    return signed if sign_in is not None else signed.actor


def _account(args: argparse.Namespace, local: Any, lang: str) -> int:
    """`account …` on this PC; on a PC connected to a server the changes are made there, as
    the person --user names (app.operations.central)."""
    from app.operations.accounts import SignedIn
    from app.sync.staff import sign_in, sign_in_context

    sessions: list[Any] = []

    def open_context(actor: Any) -> Any:
        ctx = sign_in_context(local)
        return replace(ctx, actor=actor, staff=sessions[-1] if sessions else None)

    def actor() -> Any:
        who = _actor(args, local, lang, sign_in(local))
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


def _central_context(args: argparse.Namespace, local: Any, lang: str) -> Any:
    """The context of a command that changes the office's configuration: on a PC connected
    to a server, with the session there of the person --user names, where the change is made
    (app.operations.central). The caller closes `ctx.staff` when done."""
    from app.operations.accounts import SignedIn
    from app.sync.staff import sign_in, sign_in_context

    who = _actor(args, local, lang, sign_in(local))
    if isinstance(who, SignedIn):
        return replace(sign_in_context(local), actor=who.actor, staff=who.session)
    return replace(sign_in_context(local), actor=who)


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
        current = _password(translate(CONTEXT, "Current password of {user}: ", lang).format(
            user=args.user_name), "LETT_PASSWORD")
        signed = (sign_in or acc.sign_in)(ctx, args.user_name, current)
        try:
            new = _password(translate(CONTEXT, "New password: ", lang), "LETT_NEW_PASSWORD")
            again = _password(translate(CONTEXT, "New password again: ", lang),
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
        print(json.dumps({"accounts": [{
            "user": a.user_name, "name": a.display_name, "roles": format_roles(a.roles),
            "active": a.active, "must_change_password": a.must_change_password,
            "locked_until": a.locked_until.isoformat() if a.locked_until else None,
        } for a in accounts]}, ensure_ascii=False))
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


def _sync(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.sync.engine import pending
    from app.sync.worker import sync_local

    report = sync_local(local)
    rejected = pending(local.db, with_rejections=True).rejected if args.rejections else []
    if args.json:
        data = report.to_json()
        if report.error is not None:
            data["message"] = error_text(report.error, lang)
        if report.file_error is not None:
            data["file_message"] = error_text(report.file_error, lang)
        if args.rejections:
            data["rejected_changes"] = rejected
        print(json.dumps(data, ensure_ascii=False))
    else:
        if report.error is not None:
            print(error_text(report.error, lang), file=sys.stderr)
        print(translate(
            CONTEXT, "Sent {pushed}, received {pulled}; {waiting} changes waiting, "
            "{rejections} refused.", lang,
        ).format(pushed=report.pushed, pulled=report.pulled, waiting=report.waiting,
                 rejections=report.rejections))
        if report.files_sent or report.files_fetched or report.files_waiting:
            print(translate(
                CONTEXT, "Files: {sent} sent, {fetched} received, {waiting} waiting.", lang,
            ).format(sent=report.files_sent, fetched=report.files_fetched,
                     waiting=report.files_waiting))
        if report.file_error is not None:
            print(error_text(report.file_error, lang), file=sys.stderr)
        for r in rejected:
            print(translate(CONTEXT, "Refused: {table} {row} ({op}): {reason}", lang).format(
                table=r["table"], row=r["row_id"], op=r["op"], reason=rejection_text(r, lang)))
    return 0 if report.error is None else 1


def _queue(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import queue as q
    from app.sync.host import hosted_context

    ctx = hosted_context(local, _actor(args, local, lang))
    run: dict[str, Callable[[], Any]] = {
        "call": lambda: q.call_next(ctx, args.counter),
        "recall": lambda: q.recall(ctx, args.counter),
        "noshow": lambda: q.no_show(ctx, args.counter),
        "park": lambda: q.park(ctx, args.counter),
        "finish": lambda: q.finish(ctx, args.counter, args.outcome),
        "return": lambda: q.return_parked(ctx, args.counter, args.number),
        "transfer": lambda: q.transfer(ctx, args.counter, args.to_service, args.to_counter,
                                       TransferPlace(args.place)),
        "cancel": lambda: q.cancel(ctx, args.number, args.reissue),
    }
    if args.action == "issue":
        from app.operations.printing import issue_and_print

        uri = "" if args.no_print else (args.printer or local.settings.get("printer.uri"))
        ticket = issue_and_print(
            ctx, args.service, args.lang, 1 if args.priority else 0, "desk",
            printer_uri=uri, profile=local.settings.get("printer.profile"),
            timeout=local.settings.get("printer.timeout"), qr=local.settings.get("printer.qr"),
        )
        _print_ticket(ticket, args.json, lang)
    elif args.action == "list":
        tickets = q.waiting_tickets(ctx, args.service)
        if args.json:
            print(json.dumps({"tickets": [t.to_json() for t in tickets]}, ensure_ascii=False))
        else:
            for t in tickets:
                _print_ticket(t, False, lang)
    elif args.action == "history":
        events = q.ticket_history(ctx, args.number)
        if args.json:
            print(json.dumps({"number": args.number.upper(), "events": events},
                             ensure_ascii=False))
        else:
            for e in events:
                print(f"{e['at']}  {e['kind']:<12} {e['actor']}  {e['data'] or ''}")
    else:
        _print_ticket(run[args.action](), args.json, lang)
    return 0


def _print_ticket(ticket: Any, as_json: bool, lang: str) -> None:
    if as_json:
        print(json.dumps(ticket.to_json(), ensure_ascii=False))
        return
    status = translate("status", ticket.status, lang)
    parts = [f"{ticket.number:<6}", ticket.service_name(lang), status]
    if ticket.counter is not None:
        parts.append(translate(CONTEXT, "counter {n}", lang).format(n=ticket.counter_label))
    if ticket.status == "waiting" and ticket.wait_high_min is not None:
        parts.append(translate(CONTEXT, "estimated wait {low}\u2013{high} min", lang).format(
            low=ticket.wait_low_min, high=ticket.wait_high_min))
    print("  ".join(parts))


def _printer_test(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations.printing import test_print

    uri = args.uri or local.settings.get("printer.uri")
    profile = args.profile or local.settings.get("printer.profile")
    test_print(uri, profile, local.settings.get("printer.timeout"))
    print(translate(CONTEXT, "Test ticket printed on {uri}.", lang).format(uri=uri))
    return 0


def _config_file(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations.config_file import export_config, import_config

    ctx = _central_context(args, local, lang)
    try:
        if args.action == "export":
            path = export_config(ctx, args.file)
            print(translate(CONTEXT, "Office configuration written to {path} (without staff "
                                     "accounts).", lang).format(path=path))
        else:
            config = import_config(ctx, args.file)
            print(translate(CONTEXT, "Office configuration read from {path}: {services} "
                                     "services, {counters} counters.", lang).format(
                path=args.file, services=len(config.services), counters=len(config.counters)))
    finally:
        if ctx.staff is not None:
            ctx.staff.close()
    return 0


def _connect(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.sync.connection import connect, office_summary

    done = connect(local, args.url, args.code, name=args.name, ca_file=args.ca)
    office = done.office
    print(translate(CONTEXT, "Connected to {url} as {name} ({role}) of office {office} "
                             "\u201c{office_name}\u201d.", lang).format(
        url=done.url, name=done.name, role=done.role, office=office["code"],
        office_name=office["name"]))
    error = getattr(done.sync, "error", None)
    if error is not None:
        print(translate(CONTEXT, "The first sync did not finish: {error}", lang).format(
            error=error_text(error, lang)), file=sys.stderr)
    summary = office_summary(local.db, office["code"])
    if summary is None:
        print(translate(CONTEXT, "The office's services and counters arrive with the first "
                                 "sync.", lang))
    else:
        print(translate(CONTEXT, "Office {office}: {services} services, {counters} counters.",
                        lang).format(office=summary.code, services=summary.services,
                                     counters=summary.counters))
    return 0


def _disconnect(local: Any, lang: str) -> int:
    from app.sync.connection import disconnect

    url, revoked = disconnect(local)
    if not url:
        print(translate(CONTEXT, "This PC was not connected to a server.", lang))
    elif revoked:
        print(translate(CONTEXT, "Disconnected from {url}; the server revoked this PC's token.",
                        lang).format(url=url))
    else:
        print(translate(CONTEXT, "Disconnected from {url}, which could not be told: ask its "
                                 "administrator to run \u201clett server revoke {device}\u201d.",
                        lang).format(url=url, device=local.db.device_id))
    return 0
