"""`lett board`: the supervisor's board full screen, for a wall (app.ui.board)."""

from __future__ import annotations

import argparse
from typing import Any


def add_board_parser(sub: Any) -> None:
    b = sub.add_parser("board", help="start the supervisor's board full screen (for a wall)")
    b.add_argument("--windowed", action="store_true", help="not fullscreen")


def board_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    """The board as the account --user names (a supervisor), or as this PC's local
    administrator."""
    from app.cli.common import acting_user
    from app.core.heap import settle
    from app.ui import app as windows

    actor = acting_user(args, local, lang)
    settle()
    return windows.run_board(local, actor, windowed=args.windowed)
