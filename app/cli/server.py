"""`lett server`: run the server (app.server), and manage its offices, enrollment codes,
devices and staff accounts.

The management commands work on the server's store directly, so they are run on the server
machine (or with --database pointing at its PostgreSQL). Only light modules are imported at
the top: `lett` builds this parser on every start, the windows too.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.cli.accounts import account_command, add_account_parser
from app.cli.common import print_json
from app.core.paths import private_data_dir
from app.core.permissions import Role
from app.i18n import translate
from app.logfile import keep_log

if TYPE_CHECKING:
    from app.server.devices.service import DeviceRecord
    from app.store.db import Database

CONTEXT = "cli"
DEFAULT_PORT = 8470
DEFAULT_HOST = "127.0.0.1"
SERVER_STORE = "server.sqlite3"
ROLES = (Role.DESK, Role.COUNTER, Role.KIOSK, Role.DISPLAY)


def _minutes(value: str) -> int:
    try:
        minutes = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {value!r}") from None
    if minutes < 1:
        raise argparse.ArgumentTypeError("at least 1 minute")
    return minutes


def _database_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # The option is read from `lett server --database X enroll …` as well as from
    # `lett server enroll --database X`; a subcommand must not reset the first to None.
    parser.add_argument(
        "--database", metavar="URL", default=None if top else argparse.SUPPRESS,
        help=f"the server's store: a postgresql+psycopg:// URL or a SQLite file "
             f"(default: {SERVER_STORE} in the data folder)",
    )


def add_server_parser(subparsers: argparse._SubParsersAction) -> None:
    """`lett server` and its subcommands."""
    server = subparsers.add_parser(
        "server", help="run the Lett server; manage its offices, enrollment codes and devices")
    _database_option(server, top=True)
    server.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}; "
                             f"0.0.0.0 for every network of this machine)")
    server.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on (default {DEFAULT_PORT})")
    server.add_argument("--tls-cert", type=Path, metavar="FILE",
                        help="TLS certificate (PEM); with --tls-key the server speaks https")
    server.add_argument("--tls-key", type=Path, metavar="FILE", help="TLS private key (PEM)")
    server.add_argument("--access-log", action="store_true",
                        help="log a line for every request (off: a busy office makes hundreds "
                             "a second; errors are logged either way)")
    actions = server.add_subparsers(dest="server_action", metavar="ACTION")

    office = actions.add_parser("office", help="offices of this server").add_subparsers(
        dest="office_action", required=True)
    add = office.add_parser("add", help="add an office")
    add.add_argument("code", help="short code, e.g. TLN")
    add.add_argument("name", help="the office's name")
    add.add_argument("--demo", action="store_true",
                     help="with the demo office's services (A, B, C) and counters (1-3)")
    _database_option(add)
    _database_option(office.add_parser("list", help="list the offices"))

    enroll = actions.add_parser("enroll", help="make a one-time enrollment code for a PC")
    enroll.add_argument("--office", required=True, metavar="CODE", help="the PC's office")
    enroll.add_argument("--role", required=True, choices=[str(r) for r in ROLES],
                        help="what the PC is for")
    enroll.add_argument("--valid", type=_minutes, default=60, metavar="MINUTES",
                        help="the code expires after this many minutes (default 60)")
    enroll.add_argument("--json", action="store_true", help="print one JSON object")
    _database_option(enroll)

    devices = actions.add_parser("devices", help="list the enrolled devices")
    devices.add_argument("--json", action="store_true", help="print JSON")
    _database_option(devices)

    revoke = actions.add_parser("revoke", help="stop a device's token from working")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    _database_option(revoke)

    def office_and_database(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--office", required=True, metavar="CODE",
                            help="the office whose accounts these are")
        _database_option(parser)

    # Accounts are changed here, centrally; they reach the office's desk and counter PCs by sync.
    add_account_parser(actions, office_and_database)
    _add_reports_parser(actions)


def _add_reports_parser(actions: argparse._SubParsersAction) -> None:
    grants = actions.add_parser(
        "reports", help="which other offices' reports a supervisor may see at the server"
    ).add_subparsers(dest="reports_action", required=True)
    for name, text in (("grant", "let a supervisor or admin see other offices' reports"),
                       ("revoke", "stop a supervisor seeing other offices' reports")):
        parser = grants.add_parser(name, help=text)
        parser.add_argument("office", metavar="OFFICE_CODE", help="the account's own office")
        parser.add_argument("user", metavar="USER", help="the account's user name")
        parser.add_argument("--offices", required=name == "grant", metavar="CODES",
                            help="office codes, comma-separated"
                                 + ("" if name == "grant" else " (default: every one granted)"))
        _database_option(parser)
    shown = grants.add_parser("list", help="list the grants")
    shown.add_argument("--office", metavar="CODE", help="only this office's accounts")
    _database_option(shown)


def store_url(database: str | None, home: Path) -> str:
    """The SQLAlchemy URL of the server's store from --database (a URL or a SQLite file)."""
    if not database:
        # The server's data folder holds every office's personal data: its owner's alone.
        private_data_dir(home)
        keep_log(home)
        return f"sqlite:///{home / SERVER_STORE}"
    for plain in ("postgresql://", "postgres://"):
        if database.startswith(plain):
            # SQLAlchemy's default PostgreSQL driver is psycopg2; Lett ships psycopg 3.
            return "postgresql+psycopg://" + database[len(plain):]
    if "://" not in database:
        return f"sqlite:///{Path(database).expanduser().resolve()}"
    return database


def shown_url(url: str) -> str:
    """A store URL fit to print: without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def server_command(args: argparse.Namespace, home: Path, lang: str) -> int:
    """Run `lett server …`; the exit code."""
    url = store_url(args.database, home)
    if args.server_action is None:
        return _serve(args, url, lang)
    from app.server.store import open_server_store

    db = open_server_store(url)
    try:
        if args.server_action == "office":
            return _office(args, db, lang)
        if args.server_action == "enroll":
            return _enroll(args, db, lang)
        if args.server_action == "devices":
            return _devices(args, db, lang)
        if args.server_action == "account":
            from app.operations.context import open_context, staff_actor

            return account_command(args, lambda actor: open_context(db, actor, args.office),
                                   staff_actor, lang)
        if args.server_action == "reports":
            return _report_grants(args, db, lang)
        return _revoke(args, db, lang)
    finally:
        db.dispose()


def _serve(args: argparse.Namespace, url: str, lang: str) -> int:
    if (args.tls_cert is None) != (args.tls_key is None):
        print(translate(CONTEXT, "Give --tls-cert and --tls-key together.", lang),
              file=sys.stderr)
        return 2
    for path in (args.tls_cert, args.tls_key):
        if path is not None and not path.is_file():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    import uvicorn

    from app.core.heap import settle
    from app.server.app import create_app
    from app.server.store import open_server_store

    db = open_server_store(url)
    scheme = "https" if args.tls_cert else "http"
    print(translate(CONTEXT, "Lett server on {url} (store: {store}). Stop it with Ctrl+C.",
                    lang).format(url=f"{scheme}://{args.host}:{args.port}", store=shown_url(url)),
          flush=True)
    app = create_app(db)
    settle()  # what start-up built stays out of the garbage collector's walks
    try:
        uvicorn.run(
            app, host=args.host, port=args.port, log_level="info",
            access_log=args.access_log,
            # Phones' ticket pages (/t/) hold their event streams open: at a stop they are
            # cut after this long, and the phones reconnect to the server started again.
            timeout_graceful_shutdown=5,
            ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
            ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        )
    finally:
        db.dispose()
    return 0


def _office(args: argparse.Namespace, db: Database, lang: str) -> int:
    from app.operations.context import staff_actor
    from app.server.offices.service import add_office, list_offices

    if args.office_action == "add":
        office = add_office(db, staff_actor(), args.code, args.name, demo=args.demo)
        if args.demo:
            text = translate(CONTEXT, "Office {code} \u201c{name}\u201d added with the demo "
                                      "services and counters.", lang)
        else:
            text = translate(CONTEXT, "Office {code} \u201c{name}\u201d added.", lang)
        print(text.format(code=office.code, name=office.name))
        return 0
    offices = list_offices(db)
    if not offices:
        print(translate(CONTEXT, "No offices yet. Add one with \u201clett server office add "
                                 "CODE NAME\u201d.", lang))
    for office in offices:
        print(f"{office.code:<12} {office.name}  ({office.timezone}, {office.id})")
    return 0


def _local_time(moment: datetime | None, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M") if moment else "-"


def _enroll(args: argparse.Namespace, db: Database, lang: str) -> int:
    from datetime import timedelta

    from app.server.devices.service import create_enrollment

    made = create_enrollment(db, args.office, Role(args.role), timedelta(minutes=args.valid))
    if args.json:
        print_json({"code": made.code, "office": made.office.to_json(),
                    "role": str(made.role), "expires_at": made.expires_at.isoformat()})
        return 0
    print(made.code)
    print(translate(CONTEXT, "One-time enrollment code for office {office} \u201c{name}\u201d, "
                             "role {role}, valid until {until}.", lang).format(
        role=made.role, office=made.office.code, name=made.office.name,
        until=_local_time(made.expires_at, made.office.timezone)))
    print(translate(CONTEXT, "On that PC run: lett connect SERVER-ADDRESS {code}", lang).format(
        code=made.code))
    return 0


def _devices(args: argparse.Namespace, db: Database, lang: str) -> int:
    from app.server.devices.service import list_devices

    devices = list_devices(db)
    if args.json:
        print_json({"devices": [d.to_json() for d in devices]})
        return 0
    if not devices:
        print(translate(CONTEXT, "No devices yet. Make an enrollment code with "
                                 "\u201clett server enroll\u201d.", lang))
        return 0
    print(_table(lang, devices))
    return 0


def _table(lang: str, devices: list[DeviceRecord]) -> str:
    header = [
        translate(CONTEXT, "Device", lang),
        translate(CONTEXT, "Office", lang),
        translate(CONTEXT, "Role", lang),
        translate(CONTEXT, "Name", lang),
        translate(CONTEXT, "Enrolled", lang),
        translate(CONTEXT, "Last contact", lang),
        translate(CONTEXT, "Revoked", lang),
    ]
    rows = [
        [d.id, d.office.code, str(d.role), d.name or "-",
         _local_time(d.enrolled_at, d.office.timezone),
         _local_time(d.last_seen_at, d.office.timezone),
         _local_time(d.revoked_at, d.office.timezone)]
        for d in devices
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    )


def _revoke(args: argparse.Namespace, db: Database, lang: str) -> int:
    from app.server.devices.service import revoke_device

    device = revoke_device(db, args.device_id.strip().lower())
    print(translate(CONTEXT, "Device {device} ({name}, office {office}) is revoked; its token "
                             "stops working within seconds.", lang).format(
        device=device.id, name=device.name or device.role, office=device.office.code))
    return 0


def _report_grants(args: argparse.Namespace, db: Database, lang: str) -> int:
    from app.server.reports import grants

    if args.reports_action == "list":
        rows = grants.list_grants(db, args.office)
        if not rows:
            print(translate(CONTEXT, "No office has granted reports yet.", lang))
        for row in rows:
            print(f"{row.office:<8} {row.user:<20} {row.granted:<8} {row.granted_by}  "
                  f"{row.granted_at.strftime('%Y-%m-%d %H:%M')} UTC")
        return 0
    codes = [c.strip() for c in (args.offices or "").split(",") if c.strip()]
    if args.reports_action == "grant":
        if not codes:
            print(translate(CONTEXT, "Name the offices with --offices, e.g. --offices TLN,TRT.",
                            lang), file=sys.stderr)
            return 2
        try:
            added = grants.grant(db, args.office, args.user, codes, by=_administrator())
        except grants.NotSupervisor as exc:
            print(translate(CONTEXT, "{user} is neither a supervisor nor an admin, so has no "
                                     "reports to see. Give the account that role first.",
                            lang).format(user=exc.user), file=sys.stderr)
            return 1
        text = translate(CONTEXT, "{user} of office {office} now also sees the reports of: "
                                  "{offices}.", lang) if added else translate(
            CONTEXT, "{user} of office {office} already sees those offices' reports.", lang)
        print(text.format(user=args.user, office=args.office.upper(),
                          offices=", ".join(added)))
        return 0
    gone = grants.revoke(db, args.office, args.user, codes or None)
    text = translate(CONTEXT, "{user} of office {office} no longer sees the reports of: "
                              "{offices}.", lang) if gone else translate(
        CONTEXT, "{user} of office {office} had no such grant.", lang)
    print(text.format(user=args.user, office=args.office.upper(), offices=", ".join(gone)))
    return 0


def _administrator() -> str:
    """Who grants: the server machine's user running the command."""
    import getpass

    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):
        return "server"
