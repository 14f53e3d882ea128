"""This PC's way to the office's queue host.

`RemoteHost.call(name, **arguments)` runs a queue operation at the host over HTTP and rebuilds
the same views the operation gives on a PC of its own; `hosted_context` attaches it to the
context of a PC that is connected to a server (settings `server.url` and a device token), so
every queue operation the windows and `lett queue` run goes there (app.operations.hosting).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.errors import ConnectionFailed, LettError, StoreError
from app.core.permissions import Actor
from app.operations.context import Context
from app.operations.hosting import HOST_UNREACHABLE
from app.operations.numbers import LeaseView
from app.operations.views import (
    CallView,
    CounterDesk,
    CounterView,
    NumberBlockView,
    ServiceQueue,
    ServiceView,
    TicketView,
)
from app.sync.link import ServerLink

if TYPE_CHECKING:
    from app.operations.bootstrap import Local


def _each(read: Callable[[dict[str, Any]], Any]) -> Callable[[Any], list[Any]]:
    return lambda items: [read(item) for item in items]


def _history(events: list[dict[str, Any]]) -> list[dict[str, object]]:
    # The host's JSON is what ticket_history gives on a PC: kind, at, actor, data.
    return [{"kind": e["kind"], "at": e["at"], "actor": e["actor"], "data": e["data"]}
            for e in events]


@dataclass(frozen=True)
class Route:
    """Where an operation lives at the host. `{name}`s of the path are filled from the
    arguments of the same name; the other arguments go as the query (GET) or the body."""

    method: str
    path: str
    read: Callable[[Any], Any]


_TICKET = TicketView.from_json
COUNTER = "/queue/counters/{counter_number}"

ROUTES: dict[str, Route] = {
    "office_name": Route("GET", "/queue/office", lambda office: office["name"]),
    "list_services": Route("GET", "/queue/services", _each(ServiceView.from_json)),
    "list_counters": Route("GET", "/queue/counters", _each(CounterView.from_json)),
    "queue_overview": Route("GET", "/queue/overview", _each(ServiceQueue.from_json)),
    "waiting_tickets": Route("GET", "/queue/waiting", _each(_TICKET)),
    "recent_calls": Route("GET", "/queue/calls", _each(CallView.from_json)),
    "counter_desk": Route("GET", f"{COUNTER}/desk", CounterDesk.from_json),
    "ticket_history": Route("GET", "/queue/tickets/by-number/{number}/history", _history),
    "issue_ticket": Route("POST", "/queue/tickets", _TICKET),
    "void_ticket": Route("POST", "/queue/tickets/{ticket_id}/void", _TICKET),
    "record_printed": Route("POST", "/queue/tickets/{ticket_id}/printed", lambda _none: None),
    "lease_number_block": Route("POST", "/queue/number-blocks", NumberBlockView.from_json),
    "cancel": Route("POST", "/queue/tickets/by-number/{number}/cancel", _TICKET),
    "call_next": Route("POST", f"{COUNTER}/call-next", _TICKET),
    "recall": Route("POST", f"{COUNTER}/recall", _TICKET),
    "no_show": Route("POST", f"{COUNTER}/no-show", _TICKET),
    "park": Route("POST", f"{COUNTER}/park", _TICKET),
    "return_parked": Route("POST", f"{COUNTER}/return", _TICKET),
    "transfer": Route("POST", f"{COUNTER}/transfer", _TICKET),
    "finish": Route("POST", f"{COUNTER}/finish", _TICKET),
    "set_counter_open": Route("POST", f"{COUNTER}/open", CounterView.from_json),
    "undo_call_next": Route("POST", f"{COUNTER}/undo-call", _TICKET),
    "no_shows_today": Route("GET", "/queue/no-shows", _each(_TICKET)),
    "bring_back": Route("POST", "/queue/tickets/by-number/{number}/bring-back", _TICKET),
    # Document numbers (app.operations.numbers): the register's series and the issuances.
    "next_number": Route("POST", "/numbers/next", lambda answer: int(answer["seq"])),
    "lease_numbers": Route("POST", "/numbers/lease", LeaseView.from_json),
}


# After the host could not be reached, calls within this many seconds fail at once instead of
# waiting for the connection to time out again: one action (a kiosk's issue, then the office's
# name for the ticket) waits once, not at every step.
RETRY_AFTER_S = 5.0


# The person signed in at the PC, percent-encoded UTF-8: the host records them (not the
# device) as who called a ticket and served its counter contact, as a PC of its own does.
STAFF_NAME_HEADER = "X-Lett-Staff-Name"


class RemoteHost:
    """The office's queue host over one server link; safe to share between threads."""

    def __init__(self, link: ServerLink, retry_after: float = RETRY_AFTER_S,
                 staff: str = "") -> None:
        self.link = link
        self.retry_after = retry_after
        self.staff = staff
        self._unreachable: tuple[float, ConnectionFailed] | None = None

    @property
    def url(self) -> str:
        return self.link.url

    def call(self, name: str, **arguments: Any) -> Any:
        """Run the queue operation `name` at the host: the same result as on a PC of its own,
        the host's refusal as the same LettError, or ConnectionFailed('host_unreachable')."""
        route = ROUTES[name]
        rest = dict(arguments)
        path = route.path.format_map(
            {key: quote(str(rest.pop(key)), safe="") for key in _placeholders(route.path)}
        )
        answer = self._request(route.method, path, rest)
        try:
            return route.read(answer)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConnectionFailed("host_bad_answer", url=self.url,
                                   detail=f"{name}: {exc.__class__.__name__} {exc}") from exc

    def _request(self, method: str, path: str, arguments: dict[str, Any]) -> Any:
        failed = self._unreachable
        if failed is not None and time.monotonic() - failed[0] < self.retry_after:
            raise ConnectionFailed(HOST_UNREACHABLE, **failed[1].params)
        headers = {STAFF_NAME_HEADER: quote(self.staff, safe="")} if self.staff else None
        try:
            if method == "GET":
                answer = self.link.request("GET", path, headers=headers, params={
                    k: v for k, v in arguments.items() if v is not None})
            else:
                # No arguments left, no body: the request goes out in one write, not two.
                answer = self.link.request(method, path, json=arguments or None,
                                           headers=headers)
        except ConnectionFailed as exc:
            if exc.code == HOST_UNREACHABLE:
                self._unreachable = (time.monotonic(), exc)
            raise
        self._unreachable = None
        return answer

    def office(self) -> tuple[str, ZoneInfo]:
        """The id and time zone of the office this PC belongs to, as the host knows it."""
        answer = self._request("GET", "/queue/office", {})
        try:
            return answer["id"], ZoneInfo(answer["timezone"])
        except (KeyError, TypeError, ValueError, ZoneInfoNotFoundError) as exc:
            raise ConnectionFailed("host_bad_answer", url=self.url,
                                   detail=f"office: {exc.__class__.__name__} {exc}") from exc

    def close(self) -> None:
        self.link.close()


def _placeholders(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def queue_host(local: Local) -> RemoteHost | None:
    """The office's queue host of a PC connected to a server; None for a PC working alone.
    A server set without a device token raises ConnectionFailed('not_connected'): working
    alone then would make a second authority for the office's queue."""
    url = local.settings.get("server.url")
    if not url:
        return None
    from app.sync.credentials import load_token  # the keyring loads only on a connected PC

    token = load_token(local.home)
    link = ServerLink(url, token, local.settings.get("server.ca"), unreachable=HOST_UNREACHABLE)
    return RemoteHost(link)


def hosted_context(local: Local, actor: Actor) -> Context:
    """The context the windows and `lett queue` work in: this PC's store, and the office's
    queue host when the PC is connected to one. A PC that has not yet received its office by
    sync takes the office from the host."""
    host = queue_host(local)
    if host is None:
        return local.context(actor)
    try:
        ctx = local.context(actor)
    except StoreError as exc:
        if exc.code != "no_office":
            raise
        try:
            office_id, timezone = host.office()
        except LettError:
            host.close()
            raise
        ctx = Context(local.db, actor, office_id, timezone)
    host.staff = actor.name
    ctx.host = host
    return ctx
