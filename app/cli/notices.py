"""`lett notice …`: templates, issuing, the issuance register and the signing hand-off, as
clients of app.operations.notices (like the Notices tab)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import acting_user, mail_server, print_json
from app.core.errors import LettError, Refused
from app.core.notices import LANGUAGES, NOT_DELIVERED, PRINTED, Delivery
from app.i18n import translate

CONTEXT = "cli"


def add_notice_parser(sub: Any) -> None:
    notice = sub.add_parser("notice", help="notices: templates, issuing and the issuance "
                                           "register").add_subparsers(dest="action", required=True)
    templates = notice.add_parser("templates", help="the notice templates and their fields")
    templates.add_argument("--lang", choices=LANGUAGES, default=None,
                           help="language of the titles and labels (default: the user's)")
    templates.add_argument("--json", action="store_true", help="print one JSON object")
    issue = notice.add_parser("issue", help="issue a notice: register it and keep its PDF")
    issue.add_argument("template", help="template id, e.g. certificate")
    issue.add_argument("--lang", choices=LANGUAGES, default="et", help="the notice's language")
    issue.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                       help="a field's value (repeat for each field)")
    issue.add_argument("--entry", default=None, metavar="NUMBER",
                       help="fill it in from this register entry (registration number) and "
                            "link it to the entry; --field values win")
    issue.add_argument("--answer-in", default="", metavar="SERIES",
                       help="register it in this series of the register as the answer to "
                            "the --entry document")
    issue.add_argument("--delivery", choices=[d.value for d in Delivery],
                       default=Delivery.HANDED_OVER.value)
    issue.add_argument("--print", action="store_true", dest="print_it",
                       help="print it on the notice printer")
    issue.add_argument("--printer", default=None,
                       help="CUPS queue (default: the settings' notices.printer)")
    issue.add_argument("--email", default="", help="e-mail it to this address")
    issue.add_argument("--json", action="store_true", help="print one JSON object")
    lst = notice.add_parser("list", help="the issuance register, newest first")
    lst.add_argument("--search", default="", help="part of a number or a recipient's name")
    lst.add_argument("--limit", type=int, default=100)
    lst.add_argument("--json", action="store_true", help="print one JSON object")
    reprint = notice.add_parser("reprint", help="register a copy of an issued notice")
    reprint.add_argument("number", help="registration number or issuance id")
    reprint.add_argument("--print", action="store_true", dest="print_it")
    reprint.add_argument("--printer", default=None)
    reprint.add_argument("--json", action="store_true", help="print one JSON object")
    again = notice.add_parser("print-again", help="print a notice that could not be printed "
                                                  "when it was issued; it is then recorded as "
                                                  "handed over (posted)")
    again.add_argument("number", help="registration number or issuance id")
    again.add_argument("--printer", default=None,
                       help="CUPS queue (default: the settings' notices.printer)")
    again.add_argument("--json", action="store_true", help="print one JSON object")
    email = notice.add_parser("email", help="e-mail an issued notice, its PDF attached")
    email.add_argument("number", help="registration number or issuance id")
    email.add_argument("address", help="the recipient's e-mail address")
    email.add_argument("--json", action="store_true", help="print one JSON object")
    export = notice.add_parser("export-asice", help="write an ASiC-E container to sign")
    export.add_argument("number", help="registration number or issuance id")
    export.add_argument("file", type=Path, help="the .asice file to write")
    attach = notice.add_parser("attach-signed", help="attach the signed container")
    attach.add_argument("number", help="registration number or issuance id")
    attach.add_argument("file", type=Path, help="the signed .asice file")
    attach.add_argument("--json", action="store_true", help="print one JSON object")


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise Refused("bad_value", field="--field", detail=f"{pair!r} is not NAME=VALUE")
        values[name.strip()] = value
    return values


def _show(made: Any, as_json: bool, lang: str, extra: dict[str, Any] | None = None) -> None:
    if as_json:
        print_json({**made.to_json(), **(extra or {})})
        return
    text = (translate(CONTEXT, "Copy of notice {number} registered: {path}", lang)
            if made.is_copy else
            translate(CONTEXT, "Notice {number} issued: {path}", lang))
    print(text.format(number=made.registry_number, path=made.pdf_path))
    print(translate(CONTEXT, "Verification code: {code}", lang).format(
        code=made.verification_code))


def _print(ctx: Any, key: str, printer: str) -> str:
    """Print an issued notice; when it fails, the message says which command prints it again."""
    from app.operations import notices

    try:
        return notices.print_notice(ctx, key, printer)
    except LettError as err:
        if err.code != "notice_not_printed":
            raise
        raise LettError("notice_not_printed_cli", **err.params) from err


def _email(ctx: Any, key: str, number: str, to: str, local: Any) -> None:
    """E-mail an issued notice; when it fails, the message says which command sends it again."""
    from app.operations import notices

    try:
        notices.email_notice(ctx, key, to, mail_server(local))
    except LettError as err:
        if err.code != "mail_failed":
            raise
        raise LettError("notice_not_emailed_cli", number=number, **err.params) from err


def _waiting_to_print(notices: Any, ctx: Any, key: str) -> Any:
    """The issuance `key` names that could not be printed: by id that one; by number the
    notice, or else its newest copy that could not be printed."""
    failed = {NOT_DELIVERED[d] for d in PRINTED}
    chosen = notices.get_issuance(ctx, key)
    if chosen.delivery in failed:
        return chosen
    if chosen.id != key:
        copies = [i for i in notices.list_issuances(ctx, 1000, chosen.registry_number)
                  if i.registry_number == chosen.registry_number and i.delivery in failed]
        if copies:
            return copies[0]
    raise Refused("notice_printed_already", number=chosen.registry_number)


def notice_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import notices
    from app.sync.host import hosted_context

    # A connected PC's numbers come from its server (app.operations.numbers).
    ctx = hosted_context(local, acting_user(args, local, lang))
    printer = getattr(args, "printer", None) or local.settings.get("notices.printer")
    if args.action == "templates":
        shown = args.lang or lang
        from app.operations.notice_templates import list_templates

        templates = list_templates(ctx)
        if args.json:
            print_json({"templates": [{
                "id": t.id, "version": t.version, "title": t.title(shown),
                "fields": [{"id": f.id, "kind": f.kind.value, "required": f.required,
                            "label": f.label(shown),
                            "choices": [c.value for c in f.choices]} for f in t.fields],
            } for t in templates]})
        else:
            for t in templates:
                print(f"{t.id:<18} v{t.version:<3} {t.title(shown)}")
                for f in t.fields:
                    choices = f" ({', '.join(c.value for c in f.choices)})" if f.choices else ""
                    print(f"    {f.id:<22} {f.kind.value:<14} {f.label(shown)}{choices}")
    elif args.action == "issue":
        from app.operations.notice_filling import register_as_answer, values_from_entry

        values = _values(args.field)
        entry_id = None
        if args.entry:
            filled = values_from_entry(ctx, args.template, args.entry)
            values, entry_id = {**filled.values, **values}, filled.register_entry_id
        made = notices.issue_notice(ctx, args.template, args.lang, values,
                                    Delivery.EMAILED.value if args.email else args.delivery,
                                    register_entry_id=entry_id)
        extra: dict[str, Any] = {}
        if args.answer_in:
            extra["answer"] = register_as_answer(ctx, made.id, args.answer_in).registry_number
        if args.email:
            _email(ctx, made.id, made.registry_number, args.email, local)
            extra["emailed_to"] = args.email
        if args.print_it:
            extra["print_job"] = _print(ctx, made.id, printer)
        _show(made, args.json, lang, extra)
    elif args.action == "reprint":
        made = notices.reprint_notice(ctx, args.number)
        extra = {"print_job": _print(ctx, made.id, printer)} \
            if args.print_it else {}
        _show(made, args.json, lang, extra)
    elif args.action == "print-again":
        # The notice itself, as the issuance register's "Print again": only one that could
        # not be printed; another paper of a delivered notice is a copy (reprint).
        chosen = _waiting_to_print(notices, ctx, args.number)
        job = _print(ctx, chosen.id, printer)
        done = notices.get_issuance(ctx, chosen.id)
        if args.json:
            print_json({**done.to_json(), "print_job": job})
        else:
            print(translate(CONTEXT, "Notice {number} is sent to the printer and recorded as "
                                     "delivered.", lang).format(number=done.registry_number))
    elif args.action == "email":
        chosen = notices.get_issuance(ctx, args.number)
        _email(ctx, chosen.id, chosen.registry_number, args.address, local)
        done = notices.get_issuance(ctx, chosen.id)
        if args.json:
            print_json({**done.to_json(), "emailed_to": args.address})
        else:
            print(translate(CONTEXT, "Notice {number} is e-mailed to {address}.", lang).format(
                number=done.registry_number, address=args.address))
    elif args.action == "list":
        found = notices.list_issuances(ctx, args.limit, args.search)
        if args.json:
            print_json({"issuances": [i.to_json() for i in found]})
        else:
            copy = translate(CONTEXT, "copy", lang)
            signed = translate(CONTEXT, "signed", lang)
            for i in found:
                marks = " ".join(m for m, on in ((copy, i.is_copy), (signed, i.signed_path))
                                 if on)
                print(f"{i.registry_number:<12} {ctx.local(i.issued_at):%d.%m.%Y %H:%M}  "
                      f"{i.template_id:<18} {i.recipient:<28} {i.delivery:<12} {marks}")
    elif args.action == "export-asice":
        target = notices.export_asice(ctx, args.number, args.file)
        print(translate(CONTEXT, "Container for signing written to {path}.", lang).format(
            path=target))
    elif args.action == "attach-signed":
        made = notices.attach_signed(ctx, args.number, args.file)
        if args.json:
            print_json(made.to_json())
        else:
            print(translate(CONTEXT, "Signed container attached to notice {number}: {path}",
                            lang).format(number=made.registry_number, path=made.signed_path))
    return 0
