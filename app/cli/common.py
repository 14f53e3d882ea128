"""What the command groups of `lett` share: the language of the messages, printing JSON and
errors, and the user a command acts as.

Only light modules are imported at the top: `lett` builds its whole parser on every start.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.core.errors import LettError
from app.core.settings import LANGUAGES
from app.i18n import error_text, translate

CONTEXT = "cli"


def language(home: Path) -> str:
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


def print_json(data: Any, indent: int | None = None) -> None:
    """`data` as JSON on standard output, its letters as they are (no \\u escapes)."""
    print(json.dumps(data, ensure_ascii=False, indent=indent))


def report_error(exc: LettError | OSError, home: Path, lang: str) -> int:
    """Say on standard error what went wrong, in the user's language; the exit code."""
    if isinstance(exc, LettError):
        print(error_text(exc, lang), file=sys.stderr)
        return 1
    detail = exc.strerror or str(exc)
    print(translate(CONTEXT, "Cannot use {path}: {detail}", lang).format(
        path=exc.filename or home, detail=detail), file=sys.stderr)
    return 1


def ask_password(prompt: str, variable: str) -> str:
    """A password from the environment variable (for scripts), else typed without echo."""
    import getpass

    value = os.environ.get(variable)
    return value if value is not None else getpass.getpass(prompt)


def acting_user(args: argparse.Namespace, local: Any, lang: str,
                sign_in: Callable[..., Any] | None = None) -> Any:
    """Who the command acts as: the account named by --user, signed in with its password, or
    the local administrator of this PC. With `sign_in` (app.sync.staff.sign_in) the person is
    signed in at a connected PC's server too: the signed-in person, not only the actor."""
    from app.core.errors import Refused
    from app.operations import accounts as acc
    from app.operations.context import signed_out_actor, staff_actor

    if not args.user:
        return staff_actor()
    password = ask_password(translate(CONTEXT, "Password of {user}: ", lang).format(
        user=args.user), "LETT_PASSWORD")
    signed = (sign_in or acc.sign_in)(local.context(signed_out_actor()), args.user, password)
    if signed.must_change_password:
        if signed.session is not None:
            signed.session.close()
        raise Refused("password_change_required", user=signed.actor.name)
    return signed if sign_in is not None else signed.actor


def central_context(args: argparse.Namespace, local: Any, lang: str) -> Any:
    """The context of a command that changes the office's configuration: on a PC connected
    to a server, with the session there of the person --user names, where the change is made
    (app.operations.central). The caller closes `ctx.staff` when done."""
    from app.operations.accounts import SignedIn
    from app.sync.staff import sign_in, sign_in_context

    who = acting_user(args, local, lang, sign_in(local))
    if isinstance(who, SignedIn):
        return replace(sign_in_context(local), actor=who.actor, staff=who.session)
    return replace(sign_in_context(local), actor=who)


def mail_server(local: Any) -> Any:
    """The mail server of this PC's settings, for what a command sends by e-mail."""
    from app.documents.mail import MailServer

    return MailServer.of(local.settings)
