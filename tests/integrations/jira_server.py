"""A Jira site on 127.0.0.1 that answers the REST calls Lett makes, as Atlassian documents them:
Jira Cloud (basic auth with an e-mail and an API token; REST API 3 with descriptions in
Atlassian Document Format; search by GET /rest/api/3/search/jql paged by nextPageToken, the old
/rest/api/2/search answering 410 Gone) or Jira Data Center (a personal access token as Bearer;
REST API 2 with text descriptions; search by /rest/api/2/search paged by startAt), Jira Service
Management requests and remote links.

It checks each request as Jira does and answers its errors in Jira's shapes: 400 with
`errors` ({field: message}) and `errorMessages`, 401 for a token it does not know, 403, 404,
and 429 or 503 with Retry-After when a test makes it busy. A test can also make it lose the
answer to the next create (the issue is made, the connection closes unanswered)."""

from __future__ import annotations

import base64
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

CATEGORIES = {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}


@dataclass
class Issue:
    id: str
    key: str
    project: str
    issue_type: str
    summary: str
    description: Any
    labels: list[str]
    status: str = "Open"
    category: str = "new"
    resolution: str | None = None
    assignee: str | None = None
    updated: datetime = field(default_factory=lambda: datetime.now(UTC))
    links: dict[str, dict[str, Any]] = field(default_factory=dict)
    request_type: str = ""


class JiraState:
    """What the site holds, and what a test makes it do next."""

    def __init__(self, cloud: bool) -> None:
        self.cloud = cloud
        self.lock = threading.Lock()
        self.projects: dict[str, list[str]] = {"IT": ["Task", "Bug"], "PERM": ["Task"]}
        # project -> {field: Jira's message when it is missing}
        self.required: dict[str, dict[str, str]] = {}
        # service desk id -> (project, {request type id: name})
        self.service_desks: dict[str, tuple[str, dict[str, str]]] = {
            "10": ("HELP", {"25": "Report a problem"})}
        self.projects["HELP"] = ["Service request"]
        self.users = {"it@office.example": "cloud-token"} if cloud else {}
        self.personal_tokens = {"dc-token"}
        self.issues: dict[str, Issue] = {}
        self.next_id = 10000
        self.counters: dict[str, int] = {}
        self.requests: list[tuple[str, str]] = []
        # every JQL query searched, and every nextPageToken or startAt it was paged with
        self.jqls: list[str] = []
        self.pages: list[str] = []
        # answers to give before serving: (status, Retry-After or None)
        self.busy: list[tuple[int, str | None]] = []
        self.lose_next_create = False
        # the next issue edit answers 500, as a Jira node failing
        self.fail_next_edit = False
        self.now: datetime = datetime.now(UTC)

    def creates(self) -> int:
        return sum(1 for m, p in self.requests if m == "POST" and (
            p.endswith("/issue") or p.endswith("/servicedeskapi/request")))

    def make_issue(self, project: str, issue_type: str, summary: str, description: Any,
                   labels: list[str]) -> Issue:
        self.next_id += 1
        self.counters[project] = self.counters.get(project, 0) + 1
        issue = Issue(str(self.next_id), f"{project}-{self.counters[project]}", project,
                      issue_type, summary, description, list(labels), updated=self.now)
        self.issues[issue.key] = issue
        return issue

    def change(self, key: str, status: str, category: str, resolution: str | None = None,
               assignee: str | None = None, minutes_later: float = 1.0) -> None:
        """A level-2 person moves the issue (the site's clock goes on)."""
        with self.lock:
            self.now += timedelta(minutes=minutes_later)
            issue = self.issues[key]
            issue.status, issue.category = status, category
            issue.resolution = resolution
            if assignee is not None:
                issue.assignee = assignee
            issue.updated = self.now


def check_adf(doc: Any) -> str | None:
    """Why `doc` is not an Atlassian Document Format document of paragraphs, or None."""
    if not isinstance(doc, dict) or doc.get("type") != "doc" or doc.get("version") != 1:
        return "Operation value must be an Atlassian Document (see the Atlassian Document Format)"
    content = doc.get("content")
    if not isinstance(content, list):
        return "Operation value must be an Atlassian Document (see the Atlassian Document Format)"
    for block in content:
        if not isinstance(block, dict) or block.get("type") != "paragraph":
            return "INVALID_INPUT: only paragraph blocks are expected here"
        for inline in block.get("content", []):
            kind = inline.get("type") if isinstance(inline, dict) else None
            if kind == "hardBreak":
                continue
            text = inline.get("text") if kind == "text" else None
            if not isinstance(text, str) or not text:
                return "INVALID_INPUT: a text node must have non-empty text"
    return None


_LABEL = re.compile(r'^labels\s*=\s*"([^"]+)"$')
_KEYS = re.compile(r"^key\s+in\s+\(([^)]*)\)(?:\s+AND\s+updated\s*>=\s*-(\d+)m)?"
                   r"(?:\s+ORDER\s+BY\s+key)?$", re.IGNORECASE)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: JiraState

    def log_message(self, format: str, *args: Any) -> None:
        return

    # -- answering ---------------------------------------------------------------------------

    def _answer(self, status: int, body: Any = None, headers: dict[str, str] | None = None
                ) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if data:
            self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _errors(self, errors: dict[str, str] | None = None,
                messages: list[str] | None = None, status: int = 400) -> None:
        self._answer(status, {"errorMessages": messages or [], "errors": errors or {}})

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.headers.get_content_type() != "application/json":
            raise ValueError("Content-Type must be application/json")
        return json.loads(raw)

    def _authorised(self) -> bool:
        auth = self.headers.get("Authorization", "")
        s = self.state
        if s.cloud and auth.startswith("Basic "):
            user, _, token = base64.b64decode(auth[6:]).decode().partition(":")
            return s.users.get(user) == token
        if not s.cloud and auth.startswith("Bearer "):
            return auth[7:] in s.personal_tokens
        return False

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def _serve(self, method: str) -> None:
        s = self.state
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        with s.lock:
            s.requests.append((method, path))
            if s.busy:
                status, retry = s.busy.pop(0)
                self._answer(status, {"errorMessages": ["Rate limit exceeded."]},
                             {"Retry-After": retry} if retry else {})
                return
        if not self._authorised():
            self._answer(401, {"errorMessages": [
                "You are not authenticated. Authentication required to perform this "
                "operation."]})
            return
        try:
            body = self._body() if method in ("POST", "PUT") else None
        except ValueError as exc:
            self._errors(messages=[f"Unexpected request body: {exc}"])
            return
        api = "3" if s.cloud else "2"
        with s.lock:
            if method == "POST" and path == f"/rest/api/{api}/issue":
                self._create(body, api)
            elif method == "POST" and path == "/rest/servicedeskapi/request":
                self._request(body)
            elif method == "GET" and s.cloud and path == "/rest/api/3/search/jql":
                self._search_jql(query)
            elif method == "GET" and s.cloud and path == "/rest/api/2/search":
                self._errors(messages=[
                    "The requested API has been removed. Please migrate to the "
                    "/rest/api/3/search/jql API."], status=410)
            elif method == "GET" and not s.cloud and path == "/rest/api/2/search":
                self._search_paged(query)
            elif method == "GET" and path == f"/rest/api/{api}/myself":
                self._myself()
            elif (m := re.fullmatch(rf"/rest/api/{api}/project/([A-Z0-9_]+)", path)) and (
                    method == "GET"):
                self._project(m.group(1))
            elif (m := re.fullmatch(r"/rest/servicedeskapi/servicedesk/(\d+)/requesttype/(\d+)",
                                    path)) and method == "GET":
                self._request_type(m.group(1), m.group(2))
            elif (m := re.fullmatch(rf"/rest/api/{api}/issue/([A-Z0-9_]+-\d+)/remotelink",
                                    path)) and method == "POST":
                self._remote_link(m.group(1), body, api)
            elif (m := re.fullmatch(rf"/rest/api/{api}/issue/([A-Z0-9_]+-\d+)", path)) and (
                    method == "PUT"):
                self._edit(m.group(1), body)
            else:
                self._errors(messages=["Not found"], status=404)

    # -- the calls ---------------------------------------------------------------------------

    def _myself(self) -> None:
        """GET /myself: the account the request authenticated as."""
        auth = self.headers.get("Authorization", "")
        if self.state.cloud:
            user = base64.b64decode(auth[6:]).decode().partition(":")[0]
            self._answer(200, {"accountId": "5b10ac8d82e05b22cc7d4ef5", "emailAddress": user,
                               "displayName": "IT Support", "active": True})
        else:
            self._answer(200, {"name": "lett", "key": "lett", "displayName": "Lett Bot",
                               "active": True})

    def _project(self, key: str) -> None:
        if key not in self.state.projects:
            self._errors(messages=[f"No project could be found with key '{key}'."],
                         status=404)
            return
        self._answer(200, {"id": str(10000 + sorted(self.state.projects).index(key)),
                           "key": key, "name": f"Project {key}",
                           "issueTypes": [{"name": t} for t in self.state.projects[key]]})

    def _request_type(self, desk: str, request_type: str) -> None:
        found = self.state.service_desks.get(desk)
        if found is None or request_type not in found[1]:
            self._errors(messages=["The request type does not exist."], status=404)
            return
        self._answer(200, {"id": request_type, "name": found[1][request_type],
                           "serviceDeskId": desk})

    def _create(self, body: Any, api: str) -> None:
        s = self.state
        fields = body.get("fields") if isinstance(body, dict) else None
        if not isinstance(fields, dict):
            self._errors(messages=["Fields are required."])
            return
        errors: dict[str, str] = {}
        project = (fields.get("project") or {}).get("key")
        if project not in s.projects:
            errors["project"] = "valid project is required"
        kind = fields.get("issuetype") or {}
        if project in s.projects and kind.get("name") not in s.projects[project]:
            errors["issuetype"] = "Specify a valid issue type"
        summary = fields.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            errors["summary"] = "You must specify a summary of the issue."
        elif len(summary) > 255:
            errors["summary"] = "Summary must be less than 255 characters."
        description = fields.get("description")
        if api == "3" and description is not None and (why := check_adf(description)):
            errors["description"] = why
        if api == "2" and description is not None and not isinstance(description, str):
            errors["description"] = "Operation value must be a string"
        labels = fields.get("labels", [])
        if not isinstance(labels, list) or any(
                not isinstance(lb, str) or " " in lb or len(lb) > 255 for lb in labels):
            errors["labels"] = "The label must not contain spaces."
        for name, message in s.required.get(project or "", {}).items():
            if not fields.get(name):
                errors[name] = message
        if errors:
            self._errors(errors)
            return
        issue = s.make_issue(project, kind["name"], summary, description, labels)
        if s.lose_next_create:
            s.lose_next_create = False
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self._answer(201, {"id": issue.id, "key": issue.key,
                           "self": f"{self._site()}/rest/api/{api}/issue/{issue.id}"})

    def _request(self, body: Any) -> None:
        s = self.state
        if not isinstance(body, dict):
            self._answer(400, {"errorMessage": "Request body is required."})
            return
        desk = s.service_desks.get(str(body.get("serviceDeskId")))
        if desk is None:
            self._answer(404, {"errorMessage": "The service desk does not exist.",
                               "i18nErrorMessage": {"i18nKey": "sd.servicedesk.error.notfound",
                                                    "parameters": []}})
            return
        project, types = desk
        request_type = str(body.get("requestTypeId"))
        if request_type not in types:
            self._answer(400, {"errorMessage": "The request type you are trying to use does "
                                               "not exist.",
                               "i18nErrorMessage": {"i18nKey": "sd.request.type.error",
                                                    "parameters": []}})
            return
        values = body.get("requestFieldValues") or {}
        if not isinstance(values.get("summary"), str) or not values["summary"].strip():
            self._answer(400, {"errorMessage": "summary: Summary is required."})
            return
        issue = s.make_issue(project, "Service request", values["summary"],
                             values.get("description"), [])
        issue.request_type = request_type
        issue.status = "Waiting for support"
        self._answer(201, {
            "_expands": ["participant", "status"], "issueId": issue.id,
            "issueKey": issue.key, "requestTypeId": request_type,
            "serviceDeskId": str(body["serviceDeskId"]),
            "createdDate": {"iso8601": issue.updated.isoformat()},
            "currentStatus": {"status": issue.status, "statusCategory": "NEW"},
            "_links": {"web": f"{self._site()}/servicedesk/customer/portal/1/{issue.key}"},
        })

    def _edit(self, key: str, body: Any) -> None:
        if self.state.fail_next_edit:
            self.state.fail_next_edit = False
            self._errors(messages=["Internal server error"], status=500)
            return
        issue = self.state.issues.get(key)
        if issue is None:
            self._errors(messages=["Issue does not exist or you do not have permission to "
                                   "see it."], status=404)
            return
        for change in ((body or {}).get("update") or {}).get("labels", []):
            if "add" in change and change["add"] not in issue.labels:
                if " " in change["add"]:
                    self._errors({"labels": "The label must not contain spaces."})
                    return
                issue.labels.append(change["add"])
        self._answer(204)

    def _remote_link(self, key: str, body: Any, api: str) -> None:
        issue = self.state.issues.get(key)
        if issue is None:
            self._errors(messages=["Issue does not exist or you do not have permission to "
                                   "see it."], status=404)
            return
        obj = body.get("object") if isinstance(body, dict) else None
        if not isinstance(obj, dict) or not obj.get("url") or not obj.get("title"):
            self._errors({"object": "A remote link needs an object with a url and a title."})
            return
        global_id = body.get("globalId") or f"auto-{len(issue.links)}"
        status = 200 if global_id in issue.links else 201
        link_id = issue.links.get(global_id, {}).get("id", 10000 + len(issue.links))
        issue.links[global_id] = {"id": link_id, **body}
        self._answer(status, {"id": link_id, "self": f"{self._site()}/rest/api/{api}/issue/"
                                                     f"{key}/remotelink/{link_id}"})

    def _found(self, jql: str) -> list[Issue] | None:
        s = self.state
        s.jqls.append(jql)
        if m := _LABEL.match(jql.strip()):
            return sorted((i for i in s.issues.values() if m.group(1) in i.labels),
                          key=lambda i: int(i.id))
        if m := _KEYS.match(jql.strip()):
            keys = [k.strip() for k in m.group(1).split(",") if k.strip()]
            for key in keys:
                if key not in s.issues:
                    self._errors(messages=[
                        f"An issue with key '{key}' does not exist for field 'key'."])
                    return None
            found = [s.issues[k] for k in sorted(set(keys))]
            if m.group(2):
                since = s.now - timedelta(minutes=int(m.group(2)))
                found = [i for i in found if i.updated >= since]
            return found
        self._errors(messages=[f"Error in the JQL Query: cannot read '{jql[:60]}'."])
        return None

    def _fields(self, issue: Issue, wanted: list[str], api: str) -> dict[str, Any]:
        every = {
            "summary": issue.summary,
            "status": {"name": issue.status, "statusCategory": {
                "key": issue.category, "name": CATEGORIES[issue.category]}},
            "resolution": {"name": issue.resolution} if issue.resolution else None,
            "assignee": {"displayName": issue.assignee} if issue.assignee else None,
            "updated": issue.updated.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
            "labels": issue.labels,
            "description": issue.description,
        }
        return {name: every[name] for name in wanted if name in every}

    def _issue_json(self, issue: Issue, wanted: list[str], api: str) -> dict[str, Any]:
        return {"id": issue.id, "key": issue.key,
                "self": f"{self._site()}/rest/api/{api}/issue/{issue.id}",
                "fields": self._fields(issue, wanted, api)}

    def _search_jql(self, query: dict[str, list[str]]) -> None:
        jql = (query.get("jql") or [""])[0]
        if not jql:
            self._errors(messages=["The JQL query is required."])
            return
        wanted = ",".join(query.get("fields") or ["*navigable"]).split(",")
        size = min(int((query.get("maxResults") or ["50"])[0]), 5000)
        token = (query.get("nextPageToken") or [""])[0]
        start = 0
        self.state.pages.append(token)
        if token:
            try:
                start = int(base64.urlsafe_b64decode(token.encode()).decode())
            except ValueError:
                self._errors(messages=["The nextPageToken is not valid."])
                return
        found = self._found(jql)
        if found is None:
            return
        page = found[start:start + size]
        body: dict[str, Any] = {"issues": [self._issue_json(i, wanted, "3") for i in page],
                                "isLast": start + size >= len(found)}
        if not body["isLast"]:
            body["nextPageToken"] = base64.urlsafe_b64encode(
                str(start + size).encode()).decode()
        self._answer(200, body)

    def _search_paged(self, query: dict[str, list[str]]) -> None:
        jql = (query.get("jql") or [""])[0]
        wanted = ",".join(query.get("fields") or ["*navigable"]).split(",")
        start = int((query.get("startAt") or ["0"])[0])
        self.state.pages.append(str(start))
        size = min(int((query.get("maxResults") or ["50"])[0]), 1000)
        found = self._found(jql)
        if found is None:
            return
        self._answer(200, {"expand": "schema,names", "startAt": start, "maxResults": size,
                           "total": len(found),
                           "issues": [self._issue_json(i, wanted, "2")
                                      for i in found[start:start + size]]})

    def _site(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


class JiraServer:
    """The site, served from a thread until stopped."""

    def __init__(self, cloud: bool = True, port: int = 0) -> None:
        self.state = JiraState(cloud)
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> JiraServer:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
