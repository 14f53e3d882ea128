"""The escalation outbox: a problem for level 2 is written here first, and sent when the
target can be reached, so nothing is lost while Jira or the network is away.

Sending is idempotent. Each escalation goes to Jira with the label `lett-<id>`, and before
creating an issue Lett searches for that label: a retry after an answer that was lost finds
the issue made the first time instead of making a second one. E-mail targets go through the
office's mail server, with a Message-ID of their own so a repeated message can be told apart.

Following: the open escalations' issues are asked for their state (`key in (...) AND
updated >= -Nm`, paged), and status, status category, resolution, assignee and the time of
the last update are stored.

No network call runs inside a database transaction: rows are read, the call is made, and the
outcome is written in a short transaction of its own.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from sqlalchemy import select

from app.core.errors import InvalidInput, LettError, NotFound, Refused, Rejected
from app.core.escalation import (
    EMAIL,
    FAILED,
    JIRA,
    QUEUED,
    SENT,
    Target,
    find_target,
    label,
)
from app.integrations.jira.client import IssueState, JiraClient
from app.store.db import Database
from app.store.models import Escalation

# The token of a target's Jira account (raises ConnectionFailed("jira_no_token") if none).
TokenFor = Callable[[Target], str]
# Hands an e-mail to the office's mail server (raises a LettError when it is not taken).
SendMail = Callable[[EmailMessage], None]
# A Jira client for a target and its token.
ClientFor = Callable[[Target, str], JiraClient]
# The address a Jira issue links back to, for an escalation.
LinkFor = Callable[[Escalation], str]

# A queued escalation is tried again this long after its last attempt, doubling with each
# attempt up to RETRY_MAX_S. Not at once: Jira Cloud's search index may take a moment to
# show an issue just made, and the label search must see the one a lost answer made.
RETRY_FIRST_S = 30
RETRY_MAX_S = 900
# Overlap of two rounds of following, for clocks a little apart.
FOLLOW_MARGIN_MIN = 5
SUMMARY_LIMIT = 255
# An escalation's description at most (what sync takes of it, app.server.sync.validation).
DESCRIPTION_LIMIT = 20_000


@dataclass(frozen=True)
class Outcome:
    """What one round did with one escalation."""

    id: str
    state: str
    issue_key: str = ""
    error: LettError | None = None


def default_link(escalation: Escalation) -> str:
    return f"lett://contacts/{escalation.contact_id or escalation.id}"


def error_json(error: LettError | None) -> str:
    if error is None:
        return ""
    return json.dumps({"code": error.code, "params": {k: str(v) for k, v in
                                                     error.params.items()}},
                      ensure_ascii=False)


def stored_error(escalation: Escalation) -> LettError | None:
    """The last error of an escalation, to be shown in the reader's language."""
    if not escalation.last_error:
        return None
    data = json.loads(escalation.last_error)
    return LettError(data["code"], **data["params"])


def queue(db: Database, office_id: str, setting: Sequence[dict[str, str]], target: str,
          summary: str, description: str, *, now: datetime, contact_id: str = "",
          promised_on: date | None = None, created_by: str = "") -> Escalation:
    """Write an escalation into the outbox. The target must be one of the office's; the
    summary one line of text. Nothing is sent here."""
    find_target(setting, target)
    summary = " ".join(summary.split())
    if not summary:
        raise InvalidInput("escalation_empty")
    row = Escalation(office_id=office_id, made_on=db.device_id, contact_id=contact_id,
                     target=target, summary=summary[:SUMMARY_LIMIT],
                     description=description[:DESCRIPTION_LIMIT],
                     promised_on=promised_on, created_by=created_by, created_at=now,
                     state=QUEUED, attempts=0, last_error="", issue_key="", issue_url="",
                     linked=False, status="", status_category="", resolution="",
                     assignee="")
    with db.write() as s:
        s.add(row)
        s.flush()
        s.expunge(row)
    return row


def escalation(db: Database, escalation_id: str) -> Escalation:
    with db.read() as s:
        row = s.get(Escalation, escalation_id)
        if row is None:
            raise NotFound("escalation_unknown", escalation=escalation_id[:40])
        s.expunge(row)
    return row


def escalations(db: Database, office_id: str, states: Sequence[str] = (),
                made_here: bool = False) -> list[Escalation]:
    """The office's escalations this PC has, newest first; with `made_here` only those made
    on this PC (which alone sends and follows them)."""
    query = select(Escalation).where(Escalation.office_id == office_id,
                                     Escalation.deleted_at.is_(None))
    if made_here:
        query = query.where(Escalation.made_on == db.device_id)
    if states:
        query = query.where(Escalation.state.in_(states))
    with db.read() as s:
        rows = list(s.scalars(query.order_by(Escalation.created_at.desc(),
                                             Escalation.id.desc())))
        for row in rows:
            s.expunge(row)
    return rows


def _record(db: Database, escalation_id: str, **values: Any) -> None:
    with db.write() as s:
        row = s.get(Escalation, escalation_id)
        if row is None:
            return
        for name, value in values.items():
            setattr(row, name, value)


def mail_message(row: Escalation, sender: str, to: str) -> EmailMessage:
    """The e-mail of an escalation to an e-mail target."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = f"{row.summary} [{label(row.id)}]"
    message["Date"] = formatdate(localtime=True)
    domain = sender.rpartition("@")[2] or "lett.invalid"
    message["Message-ID"] = f"<{label(row.id)}@{domain}>"
    message.set_content(row.description or row.summary)
    return message


def send_waiting(db: Database, office_id: str, setting: Sequence[dict[str, str]], *,
                 now: datetime, token_for: TokenFor, client_for: ClientFor = JiraClient.for_target,
                 send_mail: SendMail | None = None, sender: str = "",
                 link_for: LinkFor = default_link, force: bool = False) -> list[Outcome]:
    """Send the queued escalations of the office that are due, oldest first (all of them
    with `force`). One that cannot be sent now stays queued with its error; one the target
    refused for a reason a person must correct (Jira's 400, a project or request type that
    is not there, a target no longer configured) becomes failed."""
    outcomes = []
    for row in escalations(db, office_id, (QUEUED,), made_here=True)[::-1]:
        if not force and not _due(row, now):
            continue
        outcomes.append(_send_one(db, row, setting, now=now, token_for=token_for,
                                  client_for=client_for, send_mail=send_mail, sender=sender,
                                  link_for=link_for))
    return outcomes


def _due(row: Escalation, now: datetime) -> bool:
    if row.last_attempt_at is None:
        return True
    wait = min(RETRY_FIRST_S * 2 ** max(row.attempts - 1, 0), RETRY_MAX_S)
    return (now - row.last_attempt_at).total_seconds() >= wait


def retry(db: Database, escalation_id: str) -> Escalation:
    """Put a failed escalation back in the outbox (after its target or text was corrected),
    due at once."""
    row = escalation(db, escalation_id)
    if row.state == FAILED:
        _record(db, row.id, state=QUEUED, last_attempt_at=None)
    return escalation(db, escalation_id)


def _send_one(db: Database, row: Escalation, setting: Sequence[dict[str, str]], *,
              now: datetime, token_for: TokenFor, client_for: ClientFor,
              send_mail: SendMail | None, sender: str, link_for: LinkFor) -> Outcome:
    attempt = {"attempts": row.attempts + 1, "last_attempt_at": now}
    try:
        target = find_target(setting, row.target)
        if target.kind == EMAIL:
            if send_mail is None:
                raise Refused("mail_not_set_up", path="settings.toml")
            try:
                send_mail(mail_message(row, sender, target.address))
            except LettError as exc:
                if exc.code == "mail_not_set_up":
                    raise
                raise LettError("escalation_mail_failed", address=target.address,
                                detail=str(exc.params.get("detail", exc))) from exc
            _record(db, row.id, state=SENT, last_error="", **attempt)
            return Outcome(row.id, SENT)
        with client_for(target, token_for(target)) as client:
            key = row.issue_key
            if not key:
                found = client.find_labelled(label(row.id))
                key = found.key if found is not None else _create(db, client, row, target)
            if target.kind != JIRA:
                # A request is made without the label (a request type's form need not offer
                # it); its key is kept first, so a retry labels it rather than make another.
                client.add_label(key, label(row.id))
            _record(db, row.id, state=SENT, issue_key=key, issue_url=client.browse_url(key),
                    last_error="", **attempt)
            _link(db, client, row, key, link_for)
        return Outcome(row.id, SENT, key)
    except (Rejected, NotFound) as exc:
        _record(db, row.id, state=FAILED, last_error=error_json(exc), **attempt)
        return Outcome(row.id, FAILED, error=exc)
    except LettError as exc:
        _record(db, row.id, last_error=error_json(exc), **attempt)
        return Outcome(row.id, QUEUED, error=exc)


def _create(db: Database, client: JiraClient, row: Escalation, target: Target) -> str:
    """Make the issue or request; its key is kept at once."""
    if target.kind == JIRA:
        issue = client.create_issue(target.project, target.issue_type, row.summary,
                                    row.description, [label(row.id)])
    else:
        issue = client.create_request(target.service_desk, target.request_type, row.summary,
                                      row.description)
    _record(db, row.id, issue_key=issue.key, issue_url=issue.url)
    return issue.key


def _link(db: Database, client: JiraClient, row: Escalation, key: str,
          link_for: LinkFor) -> None:
    """The remote link back to the contact. The escalation is sent without it if it fails;
    following tries again."""
    title = f"Lett: {row.summary}"[:255]
    try:
        client.add_remote_link(key, f"lett:escalation:{row.id}", link_for(row), title)
    except LettError:
        return
    _record(db, row.id, linked=True)


def follow(db: Database, office_id: str, setting: Sequence[dict[str, str]], *,
           now: datetime, token_for: TokenFor, client_for: ClientFor = JiraClient.for_target,
           link_for: LinkFor = default_link) -> list[Outcome]:
    """Ask Jira for the state of the office's open escalations (sent, not yet closed by
    their adviser) and store it. Per Jira account: the issues changed since its escalations
    were last followed (all of them the first time). An error leaves the rows as they were,
    for the next round."""
    open_rows = [r for r in escalations(db, office_id, (SENT,), made_here=True)
                 if r.issue_key and r.closed_at is None]
    groups: dict[tuple[str, str, str], list[tuple[Escalation, Target]]] = {}
    outcomes: list[Outcome] = []
    for row in open_rows:
        try:
            target = find_target(setting, row.target)
        except NotFound as exc:
            outcomes.append(Outcome(row.id, SENT, row.issue_key, exc))
            continue
        if not target.is_jira:
            continue
        groups.setdefault((target.site, target.deployment, target.user), []).append(
            (row, target))
    for members in groups.values():
        outcomes += _follow_group(db, members, now, token_for, client_for, link_for)
    return outcomes


def _follow_group(db: Database, members: list[tuple[Escalation, Target]], now: datetime,
                  token_for: TokenFor, client_for: ClientFor,
                  link_for: LinkFor) -> list[Outcome]:
    rows = [row for row, _target in members]
    followed = [r.followed_at for r in rows]
    since: int | None = None
    if all(f is not None for f in followed):
        oldest = min(f for f in followed if f is not None)
        since = math.ceil((now - oldest).total_seconds() / 60) + FOLLOW_MARGIN_MIN
    by_key = {row.issue_key: row for row in rows}
    try:
        with client_for(members[0][1], token_for(members[0][1])) as client:
            states = _states(client, sorted(by_key), since)
            for row in rows:
                if not row.linked:
                    _link(db, client, row, row.issue_key, link_for)
    except LettError as exc:
        return [Outcome(row.id, SENT, row.issue_key, exc) for row in rows]
    changed = {state.key: state for state in states}
    with db.write() as s:
        for row in rows:
            stored = s.get(Escalation, row.id)
            if stored is None:
                continue
            stored.followed_at = now
            state = changed.get(row.issue_key)
            if state is not None:
                stored.status = state.status
                stored.status_category = state.status_category
                stored.resolution = state.resolution
                stored.assignee = state.assignee
                stored.updated_at = state.updated
    return [Outcome(row.id, SENT, row.issue_key) for row in rows]


def _states(client: JiraClient, keys: list[str], since: int | None) -> list[IssueState]:
    """The issues' states. Jira refuses a whole query naming a key it no longer has (an
    issue deleted, or moved and renumbered); then each key is asked alone and the ones it
    refuses are left as they were."""
    try:
        return client.states(keys, since)
    except Rejected:
        if len(keys) == 1:
            return []
    out: list[IssueState] = []
    for key in keys:
        try:
            out += client.states([key], since)
        except Rejected:
            continue
    return out


def close(db: Database, escalation_id: str, now: datetime) -> Escalation:
    """The adviser has told the client the answer: the escalation is no longer followed."""
    row = escalation(db, escalation_id)
    _record(db, row.id, closed_at=now)
    return escalation(db, escalation_id)
