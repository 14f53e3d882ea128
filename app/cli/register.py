"""`lett register …`: the document register from the command line: series, registering a
document (with its PDF), the lists of what is open, due and overdue, forwarding, answers, the
outgoing post and the registration slip, as clients of app.operations.register and
app.operations.register_follow."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.cli.common import acting_user, mail_server, print_json
from app.core.errors import Invalid
from app.i18n import translate

CONTEXT = "cli"


def add_register_parser(sub: Any) -> None:
    register = sub.add_parser("register", help="the document register: series, documents, "
                                               "forwarding, outgoing post").add_subparsers(
        dest="action", required=True)

    series = register.add_parser("series", help="the register's series").add_subparsers(
        dest="series_action", required=True)
    series_list = series.add_parser("list", help="the series and their number patterns")
    series_list.add_argument("--json", action="store_true", help="print one JSON object")
    series_add = series.add_parser("add", help="add a series or change one (admins)")
    series_add.add_argument("index", help="series index, e.g. 1-2")
    series_add.add_argument("pattern", help="number pattern, e.g. '{S}/{DA}-{3DN}'")
    series_add.add_argument("--name", default="", help="what the series holds")
    series_add.add_argument("--inactive", action="store_true", help="no new documents in it")

    types = register.add_parser("types", help="the office's document types and deadlines "
                                              "(change them with lett config)")
    types.add_argument("--json", action="store_true", help="print one JSON object")

    add = register.add_parser("add", help="register a document")
    add.add_argument("--series", required=True, help="series index, e.g. 1-2")
    add.add_argument("--direction", choices=("incoming", "outgoing"), default="incoming")
    add.add_argument("--type", dest="document_type", required=True,
                     help="document type, e.g. request_for_information")
    add.add_argument("--title", required=True)
    add.add_argument("--transmittal", choices=("post", "counter", "email"), required=True)
    for flag in ("sender-name", "sender-organisation", "sender-address", "sender-number",
                 "addressee", "addressee-address", "access-basis"):
        add.add_argument(f"--{flag}", default="")
    for flag in ("sender-date", "access-from", "access-until"):
        add.add_argument(f"--{flag}", default="", metavar="YYYY-MM-DD")
    add.add_argument("--pages", type=int, default=None)
    add.add_argument("--file", type=Path, default=None, help="the document's PDF to keep")
    add.add_argument("--json", action="store_true", help="print one JSON object")

    lst = register.add_parser("list", help="the register, newest first")
    lst.add_argument("--search", default="", help="part of a number, title, sender or unit")
    lst.add_argument("--limit", type=int, default=100)
    lst.add_argument("--json", action="store_true", help="print one JSON object")
    search = register.add_parser("search", help="full-text search: numbers, titles, parties "
                                                "and the documents' text, in any word form")
    search.add_argument("text", help="the words to find, e.g. töötuna or заявление")
    search.add_argument("--limit", type=int, default=30)
    search.add_argument("--json", action="store_true", help="print one JSON object")
    register.add_parser("reindex", help="read every document's words and text again into "
                                        "the search index")
    due = register.add_parser("due", help="open documents due within some days")
    due.add_argument("--days", type=int, default=3)
    due.add_argument("--json", action="store_true", help="print one JSON object")
    overdue = register.add_parser("overdue", help="open documents past their deadline")
    overdue.add_argument("--json", action="store_true", help="print one JSON object")
    units = register.add_parser("units", help="open documents per unit or person")
    units.add_argument("--json", action="store_true", help="print one JSON object")

    forward = register.add_parser("forward", help="forward a document's PDF to a unit")
    forward.add_argument("number", help="registration number")
    to = forward.add_mutually_exclusive_group(required=True)
    to.add_argument("--email", help="the unit's e-mail address")
    to.add_argument("--folder", type=Path, help="an export folder")
    forward.add_argument("--note", default="", help="a line for the e-mail")
    forward.add_argument("--json", action="store_true", help="print one JSON object")
    answered = register.add_parser("answered", help="mark a document answered")
    answered.add_argument("number", help="registration number")
    answered.add_argument("--answer", default=None, help="the outgoing letter that answers it")
    answered.add_argument("--json", action="store_true", help="print one JSON object")

    post = register.add_parser("post-list", help="outgoing letters not yet posted")
    post.add_argument("--day", default="", metavar="YYYY-MM-DD",
                      help="only those registered that day")
    post.add_argument("--out", type=Path, default=None, help="save the list as a PDF")
    post.add_argument("--print", action="store_true", dest="print_it", help="print the list")
    post.add_argument("--printer", default=None,
                      help="CUPS queue (default: the settings' notices.printer)")
    post.add_argument("--json", action="store_true", help="print one JSON object")
    posted = register.add_parser("posted", help="mark letters taken to the post office")
    posted.add_argument("numbers", nargs="+", help="registration numbers")
    slip = register.add_parser("slip", help="a document's registration slip")
    slip.add_argument("number", help="registration number")
    slip.add_argument("--out", type=Path, default=None,
                      help="save the slip as a PDF (without --print: NUMBER-slip.pdf here)")
    slip.add_argument("--print", action="store_true", dest="print_it", help="print the slip")
    slip.add_argument("--printer", default=None,
                      help="CUPS queue (default: the settings' register.slip_printer, else "
                           "notices.printer)")


def _day(flag: str, text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise Invalid("config_date", field=flag, value=text[:40]) from None


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def entry_json(entry: Any) -> dict[str, Any]:
    return {k: _json_value(v) for k, v in dataclasses.asdict(entry).items()}


def _entries(entries: list[Any], as_json: bool, ctx: Any) -> None:
    if as_json:
        print_json({"entries": [entry_json(e) for e in entries]})
        return
    for e in entries:
        due = e.deadline.strftime("%d.%m.%Y") if e.deadline else "-"
        print(f"{e.registry_number:<14} {ctx.local(e.registered_at):%d.%m.%Y}  "
              f"{e.status:<10} {due:<10}  {e.addressee[:24]:<24} {e.title}")


def _one(entry: Any, as_json: bool, text: str) -> None:
    if as_json:
        print_json(entry_json(entry))
    else:
        print(text)


def _save(pdf: bytes, out: Path | None, lang: str) -> None:
    if out is None:
        return
    from app.documents.files import write_new_file

    write_new_file(out.expanduser(), pdf)
    print(translate(CONTEXT, "Saved to {path}.", lang).format(path=out))


def _term(term: Any, lang: str) -> str:
    unit = {"working_days": translate(CONTEXT, "{n} working days", lang),
            "calendar_days": translate(CONTEXT, "{n} calendar days", lang),
            "months": translate(CONTEXT, "{n} months", lang)}[term.unit.value]
    return unit.format(n=term.amount)


def _types(ctx: Any, as_json: bool, lang: str) -> None:
    from app.core.register import document_types
    from app.operations.config import office_settings
    from app.operations.register_follow import document_type_name

    setting = office_settings(ctx)["register.document_types"]
    if as_json:
        print_json({"document_types": setting})
        return
    for spec in document_types(setting):
        line = f"{spec.code:<26} {document_type_name(ctx, spec.code, lang):<26}"
        rule = spec.rule
        if rule is None:
            line += translate(CONTEXT, "no deadline", lang)
        else:
            start = (translate(CONTEXT, "from the next working day", lang)
                     if rule.start.value == "next_working_day" else
                     translate(CONTEXT, "from registration", lang))
            line += f"{_term(rule.term, lang)} {start}"
            if rule.extended is not None:
                line += "; " + translate(CONTEXT, "extendable to {term}", lang).format(
                    term=_term(rule.extended, lang))
        print(line)


def _search(ctx: Any, text: str, limit: int, as_json: bool, lang: str) -> None:
    import re

    from app.operations import register_search as rs

    found = rs.search(ctx, text, limit)
    marked = re.compile(f"{rs.MARK_START}(.*?){rs.MARK_END}")
    if as_json:
        print_json({"hits": [{**entry_json(h.entry),
                              "snippet": h.marked("", ""),
                              "found_words": marked.findall(h.snippet)}
                             for h in found.hits],
                    "more_than_ranked": found.many, "waiting": found.waiting})
        return
    for hit in found.hits:
        e = hit.entry
        print(f"{e.registry_number:<14} {ctx.local(e.registered_at):%d.%m.%Y}  {e.title}")
        print(f"    {hit.marked('[', ']')}")
    if not found.hits:
        print(translate(CONTEXT, "No document found.", lang))
    if found.many:
        print(translate(CONTEXT, "More than {count} documents match; the newest are shown. "
                                 "Add a word to narrow the search.", lang).format(
                                     count=rs.RANKED))
    if found.waiting:
        print(translate(CONTEXT, "{count} documents are not indexed yet, so their words are "
                                 "not searched: run lett register reindex.", lang).format(
                                     count=found.waiting))


def register_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import register as reg
    from app.operations import register_follow as follow
    from app.sync.host import hosted_context

    # A connected PC's numbers come from its server (app.operations.numbers).
    ctx = hosted_context(local, acting_user(args, local, lang))
    printer = getattr(args, "printer", None) or local.settings.get("notices.printer")
    if args.action == "series":
        if args.series_action == "add":
            made = reg.save_series(ctx, args.index, args.pattern, args.name, not args.inactive)
            print(translate(CONTEXT, "Series {index} saved: {pattern}", lang).format(
                index=made.series_index, pattern=made.pattern))
        else:
            found = reg.list_series(ctx)
            if args.json:
                print_json({"series": [dataclasses.asdict(s) for s in found]})
                return 0
            for s in found:
                active = "" if s.active else translate(CONTEXT, "(not in use)", lang)
                print(f"{s.series_index:<10} {s.pattern:<20} {s.name} {active}".rstrip())
    elif args.action == "types":
        _types(ctx, args.json, lang)
    elif args.action == "add":
        pdf = args.file.read_bytes() if args.file is not None else None
        if pdf is not None:
            # Checked before the document is numbered, so a wrong file numbers nothing.
            follow.check_pdf(pdf)
        entry = reg.register_document(ctx, reg.NewDocument(
            args.series, args.direction, args.document_type, args.title, args.transmittal,
            sender_name=args.sender_name, sender_organisation=args.sender_organisation,
            sender_address=args.sender_address, sender_number=args.sender_number,
            sender_date=_day("--sender-date", args.sender_date), addressee=args.addressee,
            pages=args.pages, access_basis=args.access_basis,
            access_from=_day("--access-from", args.access_from),
            access_until=_day("--access-until", args.access_until),
            addressee_address=args.addressee_address), pdf)
        # The entry and its PDF were kept in one unit of work.
        kept = follow.latest_pdf(ctx, entry.id) if pdf is not None else None
        due = entry.deadline.strftime("%d.%m.%Y") if entry.deadline else "-"
        if args.json:
            print_json({**entry_json(entry), "file": kept.to_json() if kept else None})
        else:
            print(translate(CONTEXT, "Registered {number}, deadline {deadline}.", lang).format(
                number=entry.registry_number, deadline=due))
            if kept is not None:
                print(translate(CONTEXT, "PDF kept: {path}", lang).format(path=kept.path))
    elif args.action == "list":
        _entries(reg.list_entries(ctx, args.search, args.limit), args.json, ctx)
    elif args.action == "search":
        _search(ctx, args.text, args.limit, args.json, lang)
    elif args.action == "reindex":
        from app.operations.register_search import reindex

        count = reindex(ctx, lambda left: print(translate(
            CONTEXT, "{count} documents left to index\u2026", lang).format(count=left),
            file=sys.stderr))
        print(translate(CONTEXT, "Indexed {count} documents for search.", lang).format(
            count=count))
    elif args.action == "due":
        _entries(reg.due_soon(ctx, args.days), args.json, ctx)
    elif args.action == "overdue":
        _entries(reg.overdue(ctx), args.json, ctx)
    elif args.action == "units":
        per_unit = reg.by_unit(ctx)
        if args.json:
            print_json({"units": {unit: [entry_json(e) for e in found]
                                  for unit, found in per_unit.items()}})
            return 0
        for unit, found in per_unit.items():
            print(f"{unit or '-'} ({len(found)})")
            _entries(found, False, ctx)
    elif args.action == "forward":
        if args.email:
            entry = follow.forward_by_email(ctx, args.number, args.email, mail_server(local),
                                            args.note)
        else:
            entry = follow.forward_to_folder(ctx, args.number, args.folder)
        _one(entry, args.json, translate(CONTEXT, "Document {number} forwarded to {to}.",
                                         lang).format(number=entry.registry_number,
                                                      to=entry.forwarded_to))
    elif args.action == "answered":
        entry = follow.mark_answered(ctx, args.number, args.answer)
        _one(entry, args.json, translate(CONTEXT, "Document {number} is answered.", lang)
             .format(number=entry.registry_number))
    elif args.action == "post-list":
        day = _day("--day", args.day)
        letters = follow.outgoing_post(ctx, day)
        if args.json:
            print_json({"entries": [entry_json(e) for e in letters]})
        else:
            for e in letters:
                print(f"{e.registry_number:<14} {e.addressee[:30]:<30} "
                      f"{e.addressee_address[:40]:<40} {e.title}")
        if args.out is not None:
            _save(follow.post_list_pdf(ctx, day), args.out, lang)
        if args.print_it:
            job = follow.print_post_list(ctx, printer or "", day)
            print(translate(CONTEXT, "Sent to the printer (job {job}).", lang).format(job=job))
    elif args.action == "posted":
        done = follow.mark_posted(ctx, args.numbers)
        print(translate(CONTEXT, "Marked posted: {numbers}", lang).format(
            numbers=", ".join(e.registry_number for e in done)))
    elif args.action == "slip":
        entry = reg.get_entry(ctx, args.number)
        if args.out is None and not args.print_it:
            args.out = Path(f"{follow.file_stem(entry.registry_number)}-slip.pdf")
        if args.out is not None:
            _save(follow.slip_pdf(ctx, entry.id), args.out, lang)
        if args.print_it:
            job = follow.print_slip(ctx, entry.id, args.printer or local.settings.get(
                "register.slip_printer") or printer or "")
            print(translate(CONTEXT, "Sent to the printer (job {job}).", lang).format(job=job))
    return 0
