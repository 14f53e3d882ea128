"""`lett demo`: a demo office on this PC, to try Lett out."""

from __future__ import annotations

from typing import Any

from app.i18n import translate

CONTEXT = "cli"
DEMO_ADMIN = "admin"


def add_demo_parser(sub: Any) -> None:
    sub.add_parser("demo", help="set up a demo office (services A, B, C; counters 1-3; "
                                   "register series 1-2 and 7)")


def demo_command(local: Any, lang: str) -> int:
    from app.core.permissions import Role
    from app.operations.accounts import create_first_admin
    from app.operations.context import staff_actor
    from app.operations.setup import create_demo_office, create_demo_register_setup

    create_demo_office(local.db, staff_actor())
    create_demo_register_setup(local.context(staff_actor()))
    from app.operations.visitors import create_demo_visitor_setup

    create_demo_visitor_setup(local.context(staff_actor()))
    from app.operations.contacts import create_demo_topics

    create_demo_topics(local.context(staff_actor()))
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
