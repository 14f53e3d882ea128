"""`lett` and its subcommands. A client of the operation layer, like the windows.

This module builds the parser and runs a command; each command group is a module of its own
(queue, account, notice, visitor, register, …) with its part of the parser and its actions,
and common.py holds what they share. The groups are imported when the parser is built, so
they import only light modules at their top and the rest inside their functions.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli.common import language, report_error
from app.core.errors import LettError
from app.core.heap import starting
from app.core.paths import data_dir

# The command groups in the order of `lett --help`: the module, its function that adds the
# group's parsers, and the commands it adds. A command named on the command line gets only its
# own group's parser (the others are neither imported nor built); `lett`, `lett --help` and an
# unknown command get them all.
GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("app.cli.demo", "add_demo_parser", ("demo",)),
    ("app.cli.windows", "add_window_parsers", ("kiosk", "display")),
    ("app.cli.queue", "add_queue_parser", ("queue",)),
    ("app.cli.accounts", "add_account_parser", ("account",)),
    ("app.cli.notices", "add_notice_parser", ("notice",)),
    ("app.cli.visitors", "add_visitor_parser", ("visitor",)),
    ("app.cli.contacts", "add_contact_parser", ("contact",)),
    ("app.cli.register", "add_register_parser", ("register",)),
    ("app.cli.escalations", "add_escalation_parser", ("escalation",)),
    ("app.cli.reports", "add_report_parser", ("report",)),
    ("app.cli.sync", "add_sync_parser", ("sync",)),
    ("app.cli.printer", "add_printer_parser", ("printer",)),
    ("app.cli.voice", "add_voice_parser", ("voice",)),
    ("app.cli.config", "add_config_parser", ("config",)),
    ("app.cli.sync", "add_connection_parsers", ("connect", "disconnect")),
    ("app.cli.server", "add_server_parser", ("server",)),
    ("app.cli.board", "add_board_parser", ("board",)),
)
# The options before the command that take a value.
_VALUED = ("--home", "--user")


def _named_command(argv: Sequence[str]) -> str | None:
    """The command the arguments name, if it is one of Lett's; None for none, an unknown one,
    or an option before it that is not one of `lett`'s own (--help, --version)."""
    known = {c for _module, _adder, commands in GROUPS for c in commands}
    args = iter(argv)
    for arg in args:
        if arg in _VALUED:
            next(args, None)
        elif arg.startswith(tuple(f"{o}=" for o in _VALUED)):
            continue
        else:
            return arg if arg in known else None
    return None


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
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
    wanted = _named_command(argv) if argv is not None else None
    for module, adder, commands in GROUPS:
        if wanted is None or wanted in commands:
            getattr(importlib.import_module(module), adder)(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    with starting():  # without the cyclic collector's walks while the libraries load
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser(arguments).parse_args(arguments)
    home = (args.home or data_dir()).expanduser()
    lang = language(home)
    try:
        return _dispatch(args, home, lang)
    except (LettError, OSError) as exc:
        return report_error(exc, home, lang)


def _dispatch(args: argparse.Namespace, home: Path, lang: str) -> int:
    from app.operations.bootstrap import open_local

    # Commands that do without this PC's data folder.
    if args.command == "server":
        from app.cli.server import server_command

        return server_command(args, home, lang)
    if args.command == "printer" and args.action == "decode":
        from app.cli.printer import decode_command

        return decode_command(args)

    local = open_local(home)
    try:
        if args.command in (None, "kiosk", "display"):
            from app.cli.windows import window_command

            return window_command(args, local)
        if args.command == "demo":
            from app.cli.demo import demo_command

            return demo_command(local, lang)
        if args.command == "queue":
            from app.cli.queue import queue_command

            return queue_command(args, local, lang)
        if args.command == "account":
            from app.cli.accounts import local_account_command

            return local_account_command(args, local, lang)
        if args.command == "printer":
            from app.cli.printer import test_print_command

            return test_print_command(args, local, lang)
        if args.command == "voice":
            from app.cli.voice import voice_command

            return voice_command(args, local, lang)
        if args.command == "config":
            from app.cli.config import config_command

            return config_command(args, local, lang)
        if args.command == "connect":
            from app.cli.sync import connect_command

            return connect_command(args, local, lang)
        if args.command == "disconnect":
            from app.cli.sync import disconnect_command

            return disconnect_command(local, lang)
        if args.command == "sync":
            from app.cli.sync import sync_command

            return sync_command(args, local, lang)
        if args.command == "visitor":
            from app.cli.visitors import visitor_command

            return visitor_command(args, local, lang)
        if args.command == "contact":
            from app.cli.contacts import contact_command

            return contact_command(args, local, lang)
        if args.command == "notice":
            from app.cli.notices import notice_command

            return notice_command(args, local, lang)
        if args.command == "escalation":
            from app.cli.escalations import escalation_command

            return escalation_command(args, local, lang)
        if args.command == "register":
            from app.cli.register import register_command

            return register_command(args, local, lang)
        if args.command == "report":
            from app.cli.reports import report_command

            return report_command(args, local, lang)
        if args.command == "board":
            from app.cli.board import board_command

            return board_command(args, local, lang)
    finally:
        local.close()
    return 2
