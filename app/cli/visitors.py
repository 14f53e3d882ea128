"""`lett visitor register|checkout|in|search|records`: the reception desk from the command
line, a client of the same operations as the Visitors tab."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import Any

from app.cli.common import acting_user, print_json
from app.i18n import translate

CONTEXT = "cli"


def add_visitor_parser(sub: Any) -> None:
    visitor = sub.add_parser("visitor", help="visitor registration at the reception desk"
                             ).add_subparsers(dest="action", required=True)
    reg = visitor.add_parser("register", help="register a visitor who has arrived")
    reg.add_argument("name")
    reg.add_argument("--code", default="", help="Estonian personal identification code")
    reg.add_argument("--document", default="", help="another country's document")
    reg.add_argument("--org", default="", help="organisation")
    reg.add_argument("--phone", default="")
    reg.add_argument("--email", default="")
    reg.add_argument("--purpose", default="", help="purpose of visit (its code)")
    reg.add_argument("--lang", default="et", choices=("et", "ru", "en"))
    out = visitor.add_parser("checkout", help="check a visitor out by registration or badge")
    out.add_argument("registration", nargs="?", default="")
    out.add_argument("--badge", default="", help="the token read from the badge's QR code")
    visitor.add_parser("in", help="who is in the building")
    find = visitor.add_parser("search", help="search past visits")
    find.add_argument("--name", default="")
    find.add_argument("--code", default="")
    find.add_argument("--org", default="")
    find.add_argument("--from", dest="day_from", type=date.fromisoformat)
    find.add_argument("--to", dest="day_to", type=date.fromisoformat)
    records = visitor.add_parser("records", help="one person's data usage records (JSON)")
    records.add_argument("code", help="the person's personal identification code")
    watch = visitor.add_parser("watch", help="the watch list (admins)")
    watch.add_argument("change", choices=("add", "list", "remove"))
    watch.add_argument("name", nargs="?", default="", help="a name to add, or an entry's id")
    watch.add_argument("--reason", default="")
    for p in (reg, out, find, visitor.choices["in"]):
        p.add_argument("--json", action="store_true", help="print one JSON object")


def _row(view: Any) -> dict[str, Any]:
    data = asdict(view)
    for key in ("arrived_at", "left_at"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def visitor_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import visitors as v
    from printers.visitors import badge_token_of

    ctx = local.context(acting_user(args, local, lang))
    if args.action == "register":
        purpose_id = None
        if args.purpose:
            purposes = v.list_purposes(ctx)
            found = next((p for p in purposes if p.code == args.purpose), None)
            if found is None:
                from app.core.errors import NotFound

                raise NotFound("unknown_purpose", purpose=args.purpose,
                               choices=", ".join(p.code for p in purposes) or "-")
            purpose_id = found.id
        done = v.register_visit(ctx, v.VisitorForm(
            args.name, args.code, args.document, args.org, args.phone, args.email, purpose_id,
            None, args.lang))
        if args.json:
            print_json({"registration": _row(done.registration), "route": done.route,
                        "ticket": done.ticket.number if done.ticket else None,
                        "badge": done.badge_token,
                        "alerts": [asdict(a) for a in done.alerts]})
        else:
            print(translate(CONTEXT, "Registered {name} ({id}).", lang).format(
                name=done.registration.name, id=done.registration.id))
            if done.ticket is not None:
                print(translate(CONTEXT, "Ticket {number}.", lang).format(
                    number=done.ticket.number))
            for alert in done.alerts:
                print(translate(CONTEXT, "Watch list: close to \u201c{listed}\u201d. {reason}",
                                lang).format(listed=alert.listed_name, reason=alert.reason))
        return 0
    if args.action == "checkout":
        token = badge_token_of(args.badge)
        view = (v.check_out_by_badge(ctx, token) if token
                else v.check_out(ctx, args.registration))
        if args.json:
            print_json(_row(view))
        else:
            print(translate(CONTEXT, "{name} has left the building.", lang).format(
                name=view.name))
        return 0
    if args.action == "watch":
        if args.change == "add":
            entry = v.add_watch_entry(ctx, args.name, args.reason)
            print(entry.id)
        elif args.change == "remove":
            v.remove_watch_entry(ctx, args.name)
        else:
            for e in v.list_watch_entries(ctx):
                print(f"{e.id}  {e.name:<30} {e.reason}")
        return 0
    if args.action == "records":
        print_json(v.person_usage_records(ctx, args.code), indent=2)
        return 0
    rows = (v.who_is_in(ctx) if args.action == "in" else v.search_visits(ctx, v.SearchQuery(
        args.name, args.code, args.org, args.day_from, args.day_to)))
    if args.json:
        print_json({"visits": [_row(r) for r in rows]})
    else:
        for r in rows:
            left = ctx.local(r.left_at).strftime("%H:%M") if r.left_at else ""
            print(f"{ctx.local(r.arrived_at):%d.%m.%Y %H:%M}-{left:5}  {r.name:<30} "
                  f"{r.id_code_masked:<12} {r.organisation:<24} {r.id}")
    return 0
