"""`lett`, `lett kiosk`, `lett display`: the windows (app.ui.app)."""

from __future__ import annotations

import argparse
from typing import Any


def add_window_parsers(sub: Any) -> None:
    for name, text in (("kiosk", "the ticket kiosk"), ("display", "the waiting-room display")):
        w = sub.add_parser(name, help=f"start {text}")
        w.add_argument("--windowed", action="store_true", help="not fullscreen")


def window_command(args: argparse.Namespace, local: Any) -> int:
    """The kiosk, the display, or (without a command) the staff window, after the setup
    wizard on a new PC."""
    from app.core.heap import settle
    from app.ui import app as windows

    if args.command in ("kiosk", "display"):  # the staff window settles once it is made
        settle()  # what is loaded so far: kept out of the collector's walks from now on
    if args.command == "kiosk":
        return windows.run_kiosk(local, windowed=args.windowed)
    if args.command == "display":
        return windows.run_display(local, windowed=args.windowed)
    if not local.surely_set_up():  # the setup's modules and the store load only for a new PC
        from app.ui.setup_wizard import set_up_if_new

        if not set_up_if_new(local):
            return 0
    return windows.run_main(local)
