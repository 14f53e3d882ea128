"""`lett config export|import`: the office configuration in one file, as a client of
app.operations.config_file (on a PC connected to a server, changed there)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import central_context
from app.i18n import translate

CONTEXT = "cli"


def add_config_parser(sub: Any) -> None:
    config = sub.add_parser("config", help="the office configuration in one file (admins)"
                            ).add_subparsers(dest="action", required=True)
    for name, text in (("export", "write the office configuration to FILE (.toml or .json)"),
                       ("import", "set the office configuration from FILE (.toml or .json)")):
        config.add_parser(name, help=text).add_argument("file", type=Path)


def config_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations.config_file import export_config, import_config

    ctx = central_context(args, local, lang)
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
