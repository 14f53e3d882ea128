"""A Jira site over its REST API, as Lett uses it: create an issue (Jira Cloud: API 3 with the
description in Atlassian Document Format; Data Center / Server: API 2), create a Jira Service
Management request, search by JQL (Cloud: /rest/api/3/search/jql, paged by nextPageToken;
Data Center: /rest/api/2/search, paged by startAt), add a remote link.

Jira's refusals become LettErrors a person can act on: 400 names Jira's own fields, 401 says
the token must be renewed, 403 and 404 say what to ask for or check. 429 and 503 are retried
after the Retry-After Jira gives, for a bounded time; then the error says Jira is busy."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from app.core.clock import utcnow
from app.core.errors import (
    ConnectionFailed,
    LettError,
    NotFound,
    PermissionDenied,
    Rejected,
)
from app.core.escalation import CLOUD, JIRA, Target
from app.integrations.jira import adf

TIMEOUT_S = 15.0
# The longest Lett waits, in all, for a busy Jira within one call; a longer Retry-After
# leaves the escalation in the outbox for the next round.
MAX_WAIT_S = 30.0
# When Jira says it is busy without saying for how long.
DEFAULT_RETRY_S = 5.0
PAGE = 50
STATE_FIELDS = ("status", "resolution", "assignee", "updated")


@dataclass(frozen=True)
class Issue:
    key: str
    id: str
    url: str


@dataclass(frozen=True)
class IssueState:
    """What Lett follows of an issue."""

    key: str
    status: str
    status_category: str
    resolution: str
    assignee: str
    updated: datetime | None


def parse_time(text: Any) -> datetime | None:
    """Jira's time stamps: 2026-12-07T10:15:30.000+0000."""
    if not isinstance(text, str) or not text:
        return None
    for shape in ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(text, shape)
        except ValueError:
            continue
    return None


def issue_state(issue: dict[str, Any]) -> IssueState:
    fields = issue.get("fields") or {}
    status = fields.get("status") or {}
    category = status.get("statusCategory") or {}
    resolution = fields.get("resolution") or {}
    assignee = fields.get("assignee") or {}
    return IssueState(
        key=str(issue.get("key", "")),
        status=str(status.get("name", "")),
        status_category=str(category.get("key", "")),
        resolution=str(resolution.get("name", "")),
        assignee=str(assignee.get("displayName", "")),
        updated=parse_time(fields.get("updated")),
    )


def field_errors(body: Any) -> str:
    """Jira's reasons for a 400, with Jira's field names: its `errors` ({field: message})
    and `errorMessages` (Jira's REST API), or `errorMessage` (Jira Service Management)."""
    if not isinstance(body, dict):
        return ""
    parts = [f"{name}: {text}" for name, text in sorted((body.get("errors") or {}).items())]
    parts += [str(m) for m in body.get("errorMessages") or []]
    if body.get("errorMessage"):
        parts.append(str(body["errorMessage"]))
    return "; ".join(parts)


class JiraClient:
    """One Jira site, as one account. `sleep` and `clock` are the waits' (tests pass their
    own); `transport` an httpx transport (tests may pass one)."""

    def __init__(
        self,
        site: str,
        deployment: str,
        user: str,
        token: str,
        *,
        timeout: float = TIMEOUT_S,
        max_wait: float = MAX_WAIT_S,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = utcnow,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.site = site.rstrip("/")
        self.cloud = deployment == CLOUD
        self.user = user
        self.api = "/rest/api/3" if self.cloud else "/rest/api/2"
        self.max_wait = max_wait
        self._sleep = sleep
        self._clock = clock
        if self.cloud:
            basic = base64.b64encode(f"{user}:{token}".encode()).decode("ascii")
            authorization = f"Basic {basic}"
        else:
            authorization = f"Bearer {token}"
        self._http = httpx.Client(
            base_url=self.site, timeout=timeout, transport=transport,
            headers={"Authorization": authorization, "Accept": "application/json",
                     "User-Agent": "Lett"})

    @classmethod
    def for_target(cls, target: Target, token: str, **kwargs: Any) -> JiraClient:
        return cls(target.site, target.deployment, target.user, token, **kwargs)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> JiraClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the calls Lett makes ------------------------------------------------------------

    def create_issue(self, project: str, issue_type: str, summary: str, description: str,
                     labels: Sequence[str] = ()) -> Issue:
        """A new issue in `project`; the issue type by its name, or by its id if digits."""
        kind = {"id": issue_type} if issue_type.isdigit() else {"name": issue_type}
        fields: dict[str, Any] = {
            "project": {"key": project},
            "issuetype": kind,
            "summary": summary,
            "description": adf.document(description) if self.cloud else description,
        }
        if labels:
            fields["labels"] = list(labels)
        body = self._call("POST", f"{self.api}/issue", json={"fields": fields},
                          what=f"project {project} or issue type {issue_type}")
        return self._issue(body.get("key"), body.get("id"))

    def create_request(self, service_desk: str, request_type: str, summary: str,
                       description: str) -> Issue:
        """A new Jira Service Management request (labels are added after, by add_label: a
        request type's form need not offer the labels field)."""
        body = self._call("POST", "/rest/servicedeskapi/request", json={
            "serviceDeskId": service_desk,
            "requestTypeId": request_type,
            "requestFieldValues": {"summary": summary, "description": description},
        }, what=f"service desk {service_desk} or request type {request_type}")
        return self._issue(body.get("issueKey"), body.get("issueId"))

    def add_label(self, key: str, label: str) -> None:
        self._call("PUT", f"{self.api}/issue/{key}",
                   json={"update": {"labels": [{"add": label}]}}, what=f"issue {key}")

    def search(self, jql: str, fields: Sequence[str] = STATE_FIELDS,
               page: int = PAGE) -> Iterator[dict[str, Any]]:
        """Every issue the JQL finds, page by page."""
        if self.cloud:
            token = ""
            while True:
                params: dict[str, Any] = {"jql": jql, "fields": ",".join(fields),
                                          "maxResults": page}
                if token:
                    params["nextPageToken"] = token
                body = self._call("GET", f"{self.api}/search/jql", params=params,
                                  what="search")
                yield from body.get("issues") or []
                token = body.get("nextPageToken") or ""
                if body.get("isLast", not token) or not token:
                    return
        start = 0
        while True:
            body = self._call("GET", f"{self.api}/search", params={
                "jql": jql, "fields": ",".join(fields), "startAt": start, "maxResults": page,
            }, what="search")
            issues = body.get("issues") or []
            yield from issues
            start += len(issues)
            if not issues or start >= int(body.get("total", 0)):
                return

    def find_labelled(self, label: str) -> Issue | None:
        """The issue carrying `label`, if one was made already."""
        for found in self.search(f'labels = "{label}"', fields=("summary",), page=1):
            return self._issue(found.get("key"), found.get("id"))
        return None

    def states(self, keys: Sequence[str], since_minutes: int | None = None,
               chunk: int = PAGE) -> list[IssueState]:
        """The state of the issues `keys` changed in the last `since_minutes` (all of them
        when None). Relative time in JQL, so Jira's and the account's time zone do not
        matter."""
        out: list[IssueState] = []
        for i in range(0, len(keys), chunk):
            jql = f"key in ({', '.join(keys[i:i + chunk])})"
            if since_minutes is not None:
                jql += f" AND updated >= -{since_minutes}m"
            out.extend(issue_state(found) for found in self.search(jql + " ORDER BY key"))
        return out

    def add_remote_link(self, key: str, global_id: str, url: str, title: str) -> None:
        """Link the issue back to Lett; the same `global_id` again updates the link."""
        self._call("POST", f"{self.api}/issue/{key}/remotelink", json={
            "globalId": global_id,
            "application": {"type": "ee.lett", "name": "Lett"},
            "object": {"url": url, "title": title},
        }, what=f"issue {key}")

    def myself(self) -> str:
        """The name of the account the token belongs to (the token is checked)."""
        body = self._call("GET", f"{self.api}/myself", what="account")
        return str(body.get("displayName") or body.get("emailAddress") or body.get("name")
                   or self.user)

    def check(self, target: Target) -> str:
        """Whether this account reaches the target: the token is accepted, and its project
        and issue type, or its service desk and request type, are there. What it found, as
        "account: project or request type"."""
        account = self.myself()
        if target.kind == JIRA:
            body = self._call("GET", f"{self.api}/project/{target.project}",
                              what=f"project {target.project}")
            types = [str(t.get("name", "")) for t in body.get("issueTypes") or []]
            ids = [str(t.get("id", "")) for t in body.get("issueTypes") or []]
            if types and target.issue_type not in types + ids:
                raise NotFound("jira_not_found", site=self.site,
                               what=f"issue type {target.issue_type} in project "
                                    f"{target.project} ({', '.join(types)})")
            return f"{account}: {body.get('name') or target.project}"
        body = self._call(
            "GET", f"/rest/servicedeskapi/servicedesk/{target.service_desk}/requesttype/"
                   f"{target.request_type}",
            what=f"service desk {target.service_desk} or request type {target.request_type}")
        return f"{account}: {body.get('name') or target.request_type}"

    # -- the exchange ------------------------------------------------------------------------

    def browse_url(self, key: str) -> str:
        return f"{self.site}/browse/{key}"

    def _issue(self, key: Any, issue_id: Any) -> Issue:
        if not isinstance(key, str) or not key:
            raise ConnectionFailed("jira_bad_answer", site=self.site, detail="no issue key")
        return Issue(key, str(issue_id or ""), self.browse_url(key))

    def _call(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              json: Any = None, what: str = "") -> Any:
        waited = 0.0
        while True:
            try:
                answer = self._http.request(method, path, params=params, json=json)
            except httpx.TransportError as exc:
                raise ConnectionFailed("jira_unreachable", site=self.site,
                                       detail=_transport_detail(exc)) from exc
            if answer.status_code in (429, 503):
                wait = self._retry_after(answer)
                if waited + wait > self.max_wait:
                    raise ConnectionFailed("jira_busy", site=self.site,
                                           seconds=round(wait))
                self._sleep(wait)
                waited += wait
                continue
            if answer.status_code >= 400:
                raise self._error(answer, what)
            if not answer.content:
                return {}
            try:
                return answer.json()
            except ValueError as exc:
                raise ConnectionFailed("jira_bad_answer", site=self.site,
                                       detail=f"HTTP {answer.status_code}, not JSON") from exc

    def _retry_after(self, answer: httpx.Response) -> float:
        """Retry-After in seconds, or as an HTTP date; DEFAULT_RETRY_S without one."""
        text = answer.headers.get("Retry-After", "").strip()
        if not text:
            return DEFAULT_RETRY_S
        if text.isdigit():
            return float(text)
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return DEFAULT_RETRY_S
        return max(0.0, (when - self._clock()).total_seconds())

    def _error(self, answer: httpx.Response, what: str) -> LettError:
        try:
            body = answer.json()
        except ValueError:
            body = {}
        status = answer.status_code
        user = self.user or "the token's account"
        if status == 401:
            return ConnectionFailed("jira_token_rejected", site=self.site, user=user)
        if status == 403:
            return PermissionDenied("jira_forbidden", site=self.site, user=user,
                                    detail=field_errors(body) or "HTTP 403")
        if status == 404:
            return NotFound("jira_not_found", site=self.site, what=what or "such page")
        if status in (400, 422):
            return Rejected("jira_fields", fields=field_errors(body) or f"HTTP {status}")
        if status == 410:
            return ConnectionFailed("jira_bad_answer", site=self.site,
                                    detail=f"HTTP 410, {field_errors(body) or 'gone'}")
        return ConnectionFailed("jira_unreachable", site=self.site, detail=f"HTTP {status}")


def _transport_detail(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "no answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "connection refused or no route"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection closed before Jira answered"
    return exc.__class__.__name__
