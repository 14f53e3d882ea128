"""Level-2 targets and escalations: where a problem level 1 cannot solve is sent (a Jira
project and issue type, a Jira Service Management request type, or an e-mail address), and
the states an escalation passes through on its way there.

Plain data. The office's targets are one office setting ("escalation.targets", a JSON list),
checked here; each fault raises `Invalid` naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from app.core.errors import Invalid, NotFound

JIRA = "jira"
JSM = "jsm"
EMAIL = "email"
KINDS: tuple[str, ...] = (JIRA, JSM, EMAIL)

# Jira Cloud (API token, REST API 3) or Jira Data Center / Server (personal access token,
# REST API 2).
CLOUD = "cloud"
DATA_CENTER = "datacenter"
DEPLOYMENTS: tuple[str, ...] = (CLOUD, DATA_CENTER)

# An escalation waits in the outbox (queued), reached level 2 (sent), or was refused by it
# for a reason a person must correct (failed).
QUEUED = "queued"
SENT = "sent"
FAILED = "failed"
STATES: tuple[str, ...] = (QUEUED, SENT, FAILED)

# Jira's status categories: to do, in progress, done.
NEW_CATEGORY = "new"
DONE_CATEGORY = "done"

# The target reports of IT problems go to (at most one target has this role).
IT_SUPPORT = "it-support"
ROLES: tuple[str, ...] = ("", IT_SUPPORT)

# Why an escalation is shown to the adviser who made it (none: it needs nothing now).
ATTENTION_FAILED = "failed"
ATTENTION_RESOLVED = "resolved"
ATTENTION_OVERDUE = "overdue"
ATTENTION_DUE = "due"

FIELD = "level-2 target"
_CODE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_PROJECT = re.compile(r"^[A-Z][A-Z0-9_]{0,29}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Target:
    """One level-2 target. `code` names it in the office (it-support, permits);
    `site` and `deployment` name the Jira it lives in, `user` the account Lett sends as
    (an e-mail on Jira Cloud; on Data Center the token alone names it)."""

    code: str
    name: str
    kind: str
    site: str = ""
    deployment: str = CLOUD
    user: str = ""
    project: str = ""
    issue_type: str = ""
    service_desk: str = ""
    request_type: str = ""
    address: str = ""
    role: str = ""

    @property
    def is_jira(self) -> bool:
        return self.kind in (JIRA, JSM)

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def label(escalation_id: str) -> str:
    """The Jira label an escalation is sent with, by which a retry finds it again."""
    return f"lett-{escalation_id}"


def _text(value: Any, what: str, limit: int = 200) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if len(text) > limit:
        raise Invalid("config_too_long", field=FIELD, limit=limit)
    if any(ch in text for ch in "\x00\n\r\t"):
        raise Invalid("config_bad_characters", field=FIELD)
    return text


def _need(value: Any, what: str, code: str, limit: int = 200) -> str:
    text = _text(value, what, limit)
    if not text:
        raise Invalid("config_target_missing", field=FIELD, target=code, what=what)
    return text


def check_target(value: Any) -> Target:
    """A target as typed or stored, checked: every value its kind needs, in its form."""
    if not isinstance(value, dict):
        raise Invalid("config_file_table", field=FIELD, key=FIELD)
    code = _text(value.get("code"), "code", 32).lower()
    if not _CODE.match(code):
        raise Invalid("config_target_code", field=FIELD, value=code[:40])
    kind = value.get("kind")
    if kind not in KINDS:
        raise Invalid("config_choice", field=FIELD, choices=", ".join(KINDS))
    name = _need(value.get("name"), "name", code)
    role = value.get("role") or ""
    if role not in ROLES:
        raise Invalid("config_choice", field=FIELD, choices=", ".join(r for r in ROLES if r))
    if kind == EMAIL:
        address = _need(value.get("address"), "address", code)
        if not _EMAIL.match(address):
            raise Invalid("bad_email", field=FIELD, address=address[:80])
        return Target(code, name, kind, address=address, role=role)
    site = _need(value.get("site"), "site", code, 300).rstrip("/")
    parts = urlsplit(site)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise Invalid("config_target_site", field=FIELD, target=code, value=site[:80])
    deployment = value.get("deployment", CLOUD)
    if deployment not in DEPLOYMENTS:
        raise Invalid("config_choice", field=FIELD, choices=", ".join(DEPLOYMENTS))
    user = _text(value.get("user"), "user")
    if deployment == CLOUD and not _EMAIL.match(user):
        raise Invalid("config_target_missing", field=FIELD, target=code, what="user")
    if kind == JIRA:
        project = _need(value.get("project"), "project", code, 30).upper()
        if not _PROJECT.match(project):
            raise Invalid("config_target_project", field=FIELD, target=code,
                          value=project[:40])
        issue_type = _need(value.get("issue_type"), "issue_type", code, 60)
        return Target(code, name, kind, site, deployment, user, project=project,
                      issue_type=issue_type, role=role)
    service_desk = _need(value.get("service_desk"), "service_desk", code, 20)
    request_type = _need(value.get("request_type"), "request_type", code, 20)
    if not (service_desk.isdigit() and request_type.isdigit()):
        raise Invalid("config_target_ids", field=FIELD, target=code)
    return Target(code, name, kind, site, deployment, user, service_desk=service_desk,
                  request_type=request_type, role=role)


def check_targets(value: Any) -> list[dict[str, str]]:
    """The office setting "escalation.targets": a list of targets, codes unique."""
    if not isinstance(value, (list, tuple)):
        raise Invalid("config_file_list", field=FIELD, key=FIELD)
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    it_support = ""
    for item in value:
        target = check_target(item)
        if target.code in seen:
            raise Invalid("config_duplicate_target", field=FIELD, target=target.code)
        if target.role == IT_SUPPORT:
            if it_support:
                raise Invalid("config_two_it_targets", field=FIELD, first=it_support,
                              second=target.code)
            it_support = target.code
        seen.add(target.code)
        out.append(target.as_dict())
    return out


def targets(setting: Sequence[dict[str, str]]) -> list[Target]:
    """The checked setting's targets, typed."""
    return [check_target(item) for item in setting]


def find_target(setting: Sequence[dict[str, str]], code: str) -> Target:
    """The target with this code; NotFound naming the targets there are."""
    known = targets(setting)
    for target in known:
        if target.code == code:
            return target
    raise NotFound("escalation_no_target", target=code[:40],
                   choices=", ".join(t.code for t in known) or "\u2014")


def it_support_target(setting: Sequence[dict[str, str]]) -> Target:
    """The target IT problems are reported to: the one with the IT support role, else one
    coded "it" or "it-support"; NotFound when the office has none."""
    known = targets(setting)
    for target in known:
        if target.role == IT_SUPPORT:
            return target
    for target in known:
        if target.code in ("it", IT_SUPPORT):
            return target
    raise NotFound("escalation_no_it_target",
                   choices=", ".join(t.code for t in known) or "\u2014")


def next_working_day(day: date, closed: Callable[[date], bool]) -> date:
    """The first day after `day` the office works (`closed` tells the days it does not)."""
    day += timedelta(days=1)
    for _ in range(366):
        if not closed(day):
            return day
        day += timedelta(days=1)
    return day


def working_days_after(day: date, count: int, closed: Callable[[date], bool]) -> date:
    """The `count`-th working day after `day`."""
    for _ in range(max(0, count)):
        day = next_working_day(day, closed)
    return day


def attention(*, state: str, status_category: str, resolution: str,
              promised_on: date | None, closed_at: datetime | None, today: date,
              closed: Callable[[date], bool]) -> str:
    """Why the adviser who made an escalation must look at it now: level 2 refused it
    (failed), answered it (resolved), or the answer date promised to the client has passed
    or is within one working day (overdue, due) while level 2 has not started on it. "" when
    it needs nothing now (or was closed)."""
    if closed_at is not None:
        return ""
    if state == FAILED:
        return ATTENTION_FAILED
    if status_category == DONE_CATEGORY or resolution:
        return ATTENTION_RESOLVED
    if promised_on is None or status_category not in ("", NEW_CATEGORY):
        return ""
    if promised_on < today:
        return ATTENTION_OVERDUE
    if promised_on <= next_working_day(today, closed):
        return ATTENTION_DUE
    return ""
