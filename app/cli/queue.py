"""`lett queue …`: issuing tickets and a counter's actions, as clients of app.operations.queue
(on a PC connected to a server, at its queue host)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli.common import acting_user, print_json
from app.core.queue import OUTCOMES, TransferPlace
from app.core.settings import LANGUAGES
from app.i18n import translate

CONTEXT = "cli"


def add_queue_parser(sub: Any) -> None:
    queue = sub.add_parser("queue", help="queue actions").add_subparsers(dest="action",
                                                                          required=True)

    def action(name: str, help_text: str, counter: bool = True) -> argparse.ArgumentParser:
        a = queue.add_parser(name, help=help_text)
        if counter:
            a.add_argument("--counter", type=int, required=True, help="counter number")
        a.add_argument("--json", action="store_true", help="print one JSON object")
        return a

    issue = action("issue", "issue a ticket", counter=False)
    issue.add_argument("service", help="service letter, e.g. A")
    issue.add_argument("--lang", choices=LANGUAGES, default="et")
    issue.add_argument("--priority", action="store_true")
    issue.add_argument("--printer", default=None,
                       help="print on this printer URI (default: the settings' printer)")
    issue.add_argument("--no-print", action="store_true", help="do not print")
    action("call", "call the next visitor")
    action("recall", "call the current visitor again")
    action("noshow", "the current visitor did not come")
    action("park", "set the current visitor aside")
    ret = action("return", "take a parked visitor back")
    ret.add_argument("number")
    tr = action("transfer", "send the current visitor to another service or counter")
    tr.add_argument("--to-service")
    tr.add_argument("--to-counter", type=int)
    tr.add_argument("--place", choices=[p.value for p in TransferPlace], default="back")
    fin = action("finish", "finish the current visitor")
    fin.add_argument("--outcome", choices=OUTCOMES, default="served")
    cancel = action("cancel", "cancel a wrongly taken ticket", counter=False)
    cancel.add_argument("number")
    cancel.add_argument("--reissue", metavar="SERVICE", help="issue this service's ticket instead")
    lst = action("list", "list the waiting tickets", counter=False)
    lst.add_argument("--service")
    hist = action("history", "a ticket's events", counter=False)
    hist.add_argument("number")
    back = action("bringback", "put today's no-show back in the queue (at its place by "
                  "arrival)", counter=False)
    back.add_argument("number")
    action("noshows", "list today's no-shows", counter=False)
    undo = action("undo", "undo the call next that called this ticket moments ago (the "
                  "visitor it finished is back at the counter)")
    undo.add_argument("number")


def queue_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import queue as q
    from app.sync.host import hosted_context

    ctx = hosted_context(local, acting_user(args, local, lang))
    run: dict[str, Callable[[], Any]] = {
        "call": lambda: q.call_next(ctx, args.counter),
        "recall": lambda: q.recall(ctx, args.counter),
        "noshow": lambda: q.no_show(ctx, args.counter),
        "park": lambda: q.park(ctx, args.counter),
        "finish": lambda: q.finish(ctx, args.counter, args.outcome),
        "return": lambda: q.return_parked(ctx, args.counter, args.number),
        "transfer": lambda: q.transfer(ctx, args.counter, args.to_service, args.to_counter,
                                       TransferPlace(args.place)),
        "cancel": lambda: q.cancel(ctx, args.number, args.reissue),
        "bringback": lambda: q.bring_back(ctx, args.number),
        "undo": lambda: q.undo_call_next(ctx, args.counter, args.number),
    }
    if args.action == "issue":
        from app.operations.printing import issue_and_print

        uri = "" if args.no_print else (args.printer or local.settings.get("printer.uri"))
        ticket = issue_and_print(
            ctx, args.service, args.lang, 1 if args.priority else 0, "desk",
            printer_uri=uri, profile=local.settings.get("printer.profile"),
            timeout=local.settings.get("printer.timeout"), qr=local.settings.get("printer.qr"),
        )
        _print_ticket(ticket, args.json, lang)
    elif args.action in ("list", "noshows"):
        tickets = (q.no_shows_today(ctx) if args.action == "noshows"
                   else q.waiting_tickets(ctx, args.service))
        if args.json:
            print_json({"tickets": [t.to_json() for t in tickets]})
        else:
            for t in tickets:
                _print_ticket(t, False, lang)
    elif args.action == "history":
        events = q.ticket_history(ctx, args.number)
        if args.json:
            print_json({"number": args.number.upper(), "events": events})
        else:
            for e in events:
                print(f"{e['at']}  {e['kind']:<12} {e['actor']}  {e['data'] or ''}")
    else:
        _print_ticket(run[args.action](), args.json, lang)
    return 0


def _print_ticket(ticket: Any, as_json: bool, lang: str) -> None:
    if as_json:
        print_json(ticket.to_json())
        return
    status = translate("status", ticket.status, lang)
    parts = [f"{ticket.number:<6}", ticket.service_name(lang), status]
    if ticket.counter is not None:
        parts.append(translate(CONTEXT, "counter {n}", lang).format(n=ticket.counter_label))
    if ticket.status == "waiting" and ticket.wait_high_min is not None:
        parts.append(translate(CONTEXT, "estimated wait {low}\u2013{high} min", lang).format(
            low=ticket.wait_low_min, high=ticket.wait_high_min))
    print("  ".join(parts))
