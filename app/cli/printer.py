"""`lett printer …`: ticket printer tools."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.i18n import translate

CONTEXT = "cli"


def add_printer_parser(sub: Any) -> None:
    printer = sub.add_parser("printer", help="ticket printer tools").add_subparsers(
        dest="action", required=True)
    decode = printer.add_parser("decode", help="show an ESC/POS file as readable commands")
    decode.add_argument("file", type=Path)
    test = printer.add_parser("test", help="print a test ticket")
    test.add_argument("uri", nargs="?", help="printer URI (default: the settings' printer)")
    test.add_argument("--profile", default=None)


def decode_command(args: argparse.Namespace) -> int:
    """`printer decode`, which needs no data folder."""
    from printers.decode import decode_escpos

    for line in decode_escpos(args.file.read_bytes()):
        print(line)
    return 0


def test_print_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations.printing import test_print

    uri = args.uri or local.settings.get("printer.uri")
    profile = args.profile or local.settings.get("printer.profile")
    test_print(uri, profile, local.settings.get("printer.timeout"))
    print(translate(CONTEXT, "Test ticket printed on {uri}.", lang).format(uri=uri))
    return 0
