"""`lett contact add|list|show|topic`: the contact journal from the command line, a client of
the same operations as the Contacts tab."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date, datetime, timedelta
from typing import Any

from app.cli.common import acting_user, print_json
from app.i18n import translate

CONTEXT = "cli"
CHANNELS = ("counter", "info_desk", "phone", "chat", "email", "letter")


def add_contact_parser(sub: Any) -> None:
    contact = sub.add_parser("contact", help="the contact journal: conversations with clients"
                             ).add_subparsers(dest="action", required=True)
    add = contact.add_parser("add", help="record a contact with a client")
    add.add_argument("channel", choices=CHANNELS)
    add.add_argument("--topic", default="", help="the topic's code (lett contact topic list)")
    add.add_argument("--note", default="")
    add.add_argument("--outcome", default="served")
    add.add_argument("--lang", default="et", choices=("et", "ru", "en"))
    add.add_argument("--minutes", type=int, default=0, help="how long it took (ends now)")
    add.add_argument("--name", default="", help="the client's name")
    add.add_argument("--code", default="", help="personal identification or registry code")
    add.add_argument("--org", default="", help="the client's organisation")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    listing = contact.add_parser("list", help="contacts, newest first")
    listing.add_argument("--mine", action="store_true", help="only the contacts I served")
    listing.add_argument("--today", action="store_true")
    listing.add_argument("--from", dest="day_from", type=date.fromisoformat)
    listing.add_argument("--to", dest="day_to", type=date.fromisoformat)
    listing.add_argument("--topic", default="")
    listing.add_argument("--channel", default="", choices=("", *CHANNELS))
    listing.add_argument("--search", default="", help="a word of the note or the client")
    listing.add_argument("--by", choices=("topic", "channel"),
                         help="counts by topic or channel instead of the contacts")
    show = contact.add_parser("show", help="one contact with its client and links")
    show.add_argument("contact")
    topic = contact.add_parser("topic", help="the office's topic tree (admins change it)")
    topic.add_argument("change", choices=("list", "save", "withdraw"))
    topic.add_argument("code", nargs="?", default="")
    topic.add_argument("--et", default="", help="name in Estonian")
    topic.add_argument("--ru", default="")
    topic.add_argument("--en", default="")
    topic.add_argument("--parent", default="", help="the code of the topic it sits under")
    topic.add_argument("--service", default="", help="the service letter it is the default of")
    for p in (add, listing, show, topic):
        p.add_argument("--json", action="store_true", help="print one JSON object")


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _row(view: Any) -> dict[str, Any]:
    data = asdict(view)
    for key in ("started_at", "ended_at"):
        data[key] = _moment(data[key])
    data["minutes"] = view.minutes
    return data


def contact_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import contacts as c

    ctx = local.context(acting_user(args, local, lang))
    if args.action == "add":
        ended = ctx.now()
        done = c.add_contact(ctx, c.ContactForm(
            args.channel, args.topic, args.note, args.outcome, args.lang,
            c.Client(args.name, args.code, args.org, args.email, args.phone),
            started_at=ended - timedelta(minutes=max(0, args.minutes)), ended_at=ended))
        if args.json:
            print_json(_row(done))
        else:
            print(translate(CONTEXT, "Contact recorded ({id}).", lang).format(id=done.id))
        return 0
    if args.action == "show":
        details = c.contact_details(ctx, args.contact)
        if args.json:
            print_json({"contact": _row(details.contact), "client": asdict(details.client),
                        "links": [{**asdict(x), "linked_at": _moment(x.linked_at)}
                                  for x in details.links]})
        else:
            v = details.contact
            print(f"{ctx.local(v.started_at):%d.%m.%Y %H:%M}  {v.channel}  "
                  f"{v.topic(lang) or '-'}  {v.outcome or '-'}  {v.served_by}")
            if v.note:
                print(v.note)
            client = details.client
            if not client.empty():
                print(", ".join(x for x in (client.name, client.code, client.organisation,
                                            client.email, client.phone) if x))
            for link in details.links:
                print(f"{link.kind}: {link.label or link.target_id}")
        return 0
    if args.action == "topic":
        return _topic_command(args, ctx, lang)
    today = ctx.local().date()
    query = c.ContactQuery(
        mine=args.mine, day_from=today if args.today else args.day_from,
        day_to=today if args.today else args.day_to, topic=args.topic, channel=args.channel,
        text=args.search)
    if args.by:
        counts = c.contact_counts(ctx, args.by, query)
        if args.json:
            print_json({"by": args.by, "counts": [
                {"key": r.key, "name": r.name(lang), "count": r.count, "minutes": r.minutes}
                for r in counts]})
        else:
            for r in counts:
                print(f"{r.count:5}  {r.minutes:6} min  {r.name(lang)}")
        return 0
    rows = c.list_contacts(ctx, query)
    if args.json:
        print_json({"contacts": [_row(r) for r in rows]})
    else:
        for r in rows:
            print(f"{ctx.local(r.started_at):%d.%m.%Y %H:%M}  {r.channel:<9} "
                  f"{(r.topic(lang) or '-')[:30]:<30} {(r.outcome or '-'):<17} "
                  f"{r.served_by:<16} {r.id}")
    return 0


def _topic_command(args: argparse.Namespace, ctx: Any, lang: str) -> int:
    from app.operations import contacts as c

    if args.change == "save":
        topic = c.save_topic(ctx, args.code, {"et": args.et, "ru": args.ru, "en": args.en},
                             args.parent, args.service)
        if args.json:
            print_json(asdict(topic))
        else:
            print(translate(CONTEXT, "Topic {code} saved.", lang).format(code=topic.code))
        return 0
    if args.change == "withdraw":
        c.withdraw_topic(ctx, args.code)
        return 0
    topics = c.list_topics(ctx)
    if args.json:
        print_json({"topics": [asdict(t) for t in topics]})
    else:
        for t in topics:
            print(f"{'  ' * t.depth}{t.code:<20} {t.name(lang)}"
                  + (f"  ({t.service_code})" if t.service_code else ""))
    return 0
