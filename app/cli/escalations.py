"""`lett escalation send|status|follow|token`: escalations to level 2 from the command line,
as a client of app.integrations.escalations (the outbox, sending and following). A person
who runs send or follow asks for an attempt now: every queued escalation is tried, due or
not."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import acting_user, ask_password, print_json
from app.i18n import error_text, translate

CONTEXT = "cli"


def add_escalation_parser(sub: Any) -> None:
    group = sub.add_parser("escalation", help="problems sent to level 2 (Jira or e-mail)"
                           ).add_subparsers(dest="action", required=True)
    send = group.add_parser("send", help="put an escalation in the outbox and send what waits")
    send.add_argument("target", help="the level-2 target's code (escalation.targets)")
    send.add_argument("summary")
    send.add_argument("--description", default="", help="the problem, as level 2 reads it")
    send.add_argument("--contact", default="", help="the contact it comes from")
    send.add_argument("--promised", type=date.fromisoformat, default=None,
                      help="the answer date promised to the client (2026-12-24)")
    status = group.add_parser("status", help="the escalations made on this PC")
    status.add_argument("--json", action="store_true")
    group.add_parser("follow", help="send what waits and read the state of the open ones")
    token = group.add_parser("token", help="save the Jira token of a target's account "
                                           "(from LETT_JIRA_TOKEN, or asked)")
    token.add_argument("target")


def escalation_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.core.escalation import find_target
    from app.integrations import escalations as esc
    from app.integrations.jira import credentials
    from app.operations.config import office_settings

    actor = acting_user(args, local, lang)
    ctx = local.context(actor)
    setting = office_settings(ctx)["escalation.targets"]
    home: Path = local.home

    def token_for(target: Any) -> str:
        return credentials.load_token(home, target.site, target.user)

    if args.action == "token":
        target = find_target(setting, args.target)
        token = os.environ.get("LETT_JIRA_TOKEN") or ask_password(
            translate(CONTEXT, "Jira token of {user} at {site}: ", lang).format(
                user=target.user or "-", site=target.site), "LETT_JIRA_TOKEN")
        credentials.save_token(home, target.site, target.user, token.strip())
        print(translate(CONTEXT, "The token is saved on this PC.", lang))
        return 0
    if args.action == "status":
        return _status(args, local, ctx, lang)
    if args.action == "send":
        row = esc.queue(local.db, ctx.office_id, setting, args.target, args.summary,
                        args.description, now=ctx.now(), contact_id=args.contact,
                        promised_on=args.promised, created_by=actor.name)
        print(translate(CONTEXT, "Escalation {id} is in the outbox.", lang).format(id=row.id))
    failed = 0
    for outcome in esc.send_waiting(local.db, ctx.office_id, setting, now=ctx.now(),
                                    token_for=token_for, send_mail=_mailer(local),
                                    sender=local.settings.get("mail.sender"), force=True):
        failed += _say(outcome, lang)
    if args.action == "follow":
        for outcome in esc.follow(local.db, ctx.office_id, setting, now=ctx.now(),
                                  token_for=token_for):
            if outcome.error is not None:
                failed += _say(outcome, lang)
        return _status(args, local, ctx, lang) or (1 if failed else 0)
    return 1 if failed else 0


def _mailer(local: Any) -> Any:
    from app.cli.common import mail_server
    from app.documents.mail import send

    server = mail_server(local)
    return lambda message: send(server, message)


def _say(outcome: Any, lang: str) -> int:
    if outcome.error is None:
        print(translate(CONTEXT, "Escalation {id} is sent: {key}", lang).format(
            id=outcome.id, key=outcome.issue_key or "e-mail"))
        return 0
    print(translate(CONTEXT, "Escalation {id}: {error}", lang).format(
        id=outcome.id, error=error_text(outcome.error, lang)))
    return 1


def _status(args: argparse.Namespace, local: Any, ctx: Any, lang: str) -> int:
    from app.integrations import escalations as esc

    rows = esc.escalations(local.db, ctx.office_id)
    if getattr(args, "json", False):
        print_json([{
            "id": r.id, "target": r.target, "summary": r.summary, "state": r.state,
            "attempts": r.attempts, "issue": r.issue_key, "url": r.issue_url,
            "status": r.status, "status_category": r.status_category,
            "resolution": r.resolution, "assignee": r.assignee,
            "updated": r.updated_at.isoformat() if r.updated_at else None,
            "promised_on": r.promised_on.isoformat() if r.promised_on else None,
            "contact": r.contact_id, "closed": r.closed_at is not None,
            "error": (error_text(e, lang) if (e := esc.stored_error(r)) else None),
        } for r in rows], indent=2)
        return 0
    for r in rows:
        age = (ctx.now() - r.created_at).days
        print("\t".join([r.id, r.target, r.state, r.issue_key or "-", r.status or "-",
                         r.resolution or "-", str(age),
                         r.promised_on.isoformat() if r.promised_on else "-", r.summary]))
    return 0
