"""The signed-in person's session at the office's server, on a connected PC.

Configuration and staff accounts are the server's (app.operations.central): on a connected PC
the staff window signs a person in on this PC, as ever (so work goes on while the server is
away), and, with the same password, at the server, which answers with a staff session kept in
memory only. `StaffSession.call` runs a configuration or account operation there as that
person, turns the answer back into the operation's own types, and pulls the change down to this
PC's store at once, so what the windows read next is the new configuration.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from app.core import accounts as rules
from app.core.errors import ConnectionFailed, Invalid, LettError
from app.core.permissions import Actor, Role
from app.operations import accounts as acc
from app.operations.central import SERVER_NEEDED
from app.operations.config import CounterSpec, OfficeConfig, OfficeInfo, ServiceSpec
from app.operations.context import Context, signed_out_actor
from app.operations.notice_templates import TemplateVersion, saved_source
from app.sync.link import LinkFailed, ServerLink, server_error

if TYPE_CHECKING:
    from app.operations.bootstrap import Local
    from app.store.db import Database

STAFF_HEADER = "X-Lett-Staff-Session"


# -- the operations' values as JSON, and back -------------------------------------------------


def _logo_text(image: bytes | None) -> str | None:
    import base64

    return None if image is None else base64.b64encode(image).decode("ascii")


def _logo_bytes(text: str | None) -> bytes | None:
    import base64

    return None if text is None else base64.b64decode(text)


def account_of(data: dict[str, Any]) -> acc.Account:
    locked = data.get("locked_until")
    return acc.Account(
        data["id"], data["user_name"], data["display_name"],
        rules.parse_roles(",".join(data["roles"])), bool(data["active"]),
        bool(data["must_change_password"]), int(data["failed_attempts"]),
        datetime.fromisoformat(locked) if locked else None,
    )


def office_of(data: dict[str, Any]) -> OfficeInfo:
    return OfficeInfo(data["id"], data["code"], data["name"], data["address"],
                      data["registry_code"], _logo_bytes(data.get("logo")), data["timezone"],
                      int(data["priority_cap"]), int(data["noshow_after"]))


def service_json(spec: ServiceSpec) -> dict[str, Any]:
    return asdict(spec)


def service_of(data: dict[str, Any]) -> ServiceSpec:
    return ServiceSpec(**data)


def counter_json(spec: CounterSpec) -> dict[str, Any]:
    return {"number": spec.number, "name": spec.name, "label": spec.label,
            "services": list(spec.services)}


def counter_of(data: dict[str, Any]) -> CounterSpec:
    return CounterSpec(int(data["number"]), data["name"], data["label"],
                       tuple(data["services"]))


def config_json(config: OfficeConfig) -> dict[str, Any]:
    info = config.office
    return {
        "office": {"name": info.name, "address": info.address,
                   "registry_code": info.registry_code, "logo": _logo_text(info.logo),
                   "priority_cap": info.priority_cap, "noshow_after": info.noshow_after},
        "settings": dict(config.settings),
        "services": [service_json(s) for s in config.services],
        "counters": [counter_json(c) for c in config.counters],
    }


def config_of(data: dict[str, Any]) -> OfficeConfig:
    return OfficeConfig(office_of(data["office"]), dict(data["settings"]),
                        tuple(service_of(s) for s in data["services"]),
                        tuple(counter_of(c) for c in data["counters"]))


def roles_json(roles: Iterable[Role] | str) -> list[str]:
    if isinstance(roles, str):
        return [part.strip() for part in roles.split(",") if part.strip()]
    return [str(role) for role in roles]


def office_changes_json(changes: dict[str, Any]) -> dict[str, Any]:
    body = dict(changes)
    if "logo" in body:
        body["logo"] = _logo_text(body["logo"])
    return body


def template_version_of(data: dict[str, Any]) -> TemplateVersion:
    from app.documents.templates import template_from_text

    version = int(data["version"])
    saved_at = data.get("saved_at")
    return TemplateVersion(
        template_from_text(data["source"], saved_source(version)), bool(data["built_in"]),
        bool(data["active"]), str(data["saved_by"]),
        datetime.fromisoformat(saved_at) if saved_at else None, bool(data["current"]))


def template_json(arguments: dict[str, Any]) -> dict[str, Any]:
    from app.documents.templates import template_text

    return {"source": template_text(arguments["template"])}


@dataclass(frozen=True)
class Route:
    """Where an operation lives at the server: method, path (its `{name}`s filled from the
    arguments), the body made of the arguments, and the answer read back."""

    method: str
    path: str
    body: Callable[[dict[str, Any]], Any]
    read: Callable[[Any], Any]


def _none(_answer: Any) -> None:
    return None


ROUTES: dict[str, Route] = {
    "update_office": Route("PATCH", "/admin/office", office_changes_json, office_of),
    "save_office": Route("PATCH", "/admin/office-page",
                         lambda a: {"office": office_changes_json(dict(a["office"])),
                                    "settings": dict(a["settings"])}, config_of),
    "update_settings": Route("PATCH", "/admin/settings",
                             lambda a: {"values": dict(a["values"])}, dict),
    "save_service": Route("POST", "/admin/services",
                          lambda a: {"service": service_json(a["spec"]),
                                     "original_code": a["original_code"]}, service_of),
    "remove_service": Route("DELETE", "/admin/services/{code}", lambda a: None, _none),
    "save_counter": Route("POST", "/admin/counters",
                          lambda a: {"counter": counter_json(a["spec"]),
                                     "original_number": a["original_number"]}, counter_of),
    "remove_counter": Route("DELETE", "/admin/counters/{number}", lambda a: None, _none),
    "apply_config": Route("PUT", "/admin/config", lambda a: config_json(a["config"]), _none),
    "save_template": Route("POST", "/admin/notice-templates", template_json,
                           template_version_of),
    "set_template_active": Route("PUT", "/admin/notice-templates/{key}/versions/{version}/active",
                                 lambda a: {"active": bool(a["active"])}, template_version_of),
    "create_account": Route("POST", "/admin/accounts",
                            lambda a: {**a, "roles": roles_json(a["roles"])}, account_of),
    "set_roles": Route("PUT", "/admin/accounts/{user_name}/roles",
                       lambda a: {"roles": roles_json(a["roles"])}, account_of),
    "set_active": Route("PUT", "/admin/accounts/{user_name}/active",
                        lambda a: {"active": bool(a["active"])}, account_of),
    "reset_password": Route("POST", "/admin/accounts/{user_name}/password",
                            lambda a: {"new_password": a["new_password"]}, account_of),
    "change_password": Route("POST", "/staff/password",
                             lambda a: {"old_password": a["old_password"],
                                        "new_password": a["new_password"]}, account_of),
}


def _placeholders(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


# -- the session --------------------------------------------------------------------------------


class StaffSession:
    """One person's session at the office's server, over this PC's device link. Safe to share
    between threads. `after_change(link)` runs after each change the server made (by default a
    pull into `db`, so the change is in this PC's store before the call returns)."""

    def __init__(self, link: ServerLink, token: str, account: acc.Account,
                 db: Database | None = None) -> None:
        self.link = link
        self.token = token
        self.account = account
        self.db = db
        self.closed = False
        self._pull_lock = threading.Lock()

    @classmethod
    def open(cls, link: ServerLink, user_name: str, password: str,
             db: Database | None = None) -> StaffSession:
        """Sign `user_name` in at the server: the server checks the password with the rules
        of a sign-in (a wrong one counts toward a lock-out) and refuses as a PC would."""
        answer = _request(link, "POST", "/staff/sessions",
                          {"user_name": user_name, "password": password})
        try:
            return cls(link, str(answer["token"]), account_of(answer["account"]), db)
        except (KeyError, TypeError, ValueError, LettError) as exc:
            raise ConnectionFailed("host_bad_answer", url=link.url,
                                   detail=f"staff session: {exc}") from exc

    @property
    def actor(self) -> Actor:
        return Actor(self.account.user_name, self.account.roles)

    def call(self, name: str, arguments: dict[str, Any]) -> Any:
        """Run the operation `name` at the server; its result as the operation's own type."""
        if self.closed:
            raise ConnectionFailed("staff_session_invalid")
        route = ROUTES[name]
        path = route.path.format_map(
            {key: quote(str(arguments[key]), safe="") for key in _placeholders(route.path)})
        answer = _request(self.link, route.method, path, route.body(arguments), self.token)
        try:
            result = route.read(answer)
        except (KeyError, TypeError, ValueError, LettError) as exc:
            raise ConnectionFailed("host_bad_answer", url=self.link.url,
                                   detail=f"{name}: {exc.__class__.__name__} {exc}") from exc
        if name == "change_password" and result.user_name == self.account.user_name:
            self.account = result
        self.pull()
        return result

    def pull(self) -> None:
        """Bring the server's changes into this PC's store now. When that fails the change
        is made all the same, and the background sync brings it."""
        if self.db is None:
            return
        from app.sync.engine import SyncReport, pull

        with self._pull_lock, contextlib.suppress(LettError):
            pull(self.db, self.link, SyncReport())

    def close(self) -> None:
        """Sign out at the server (when it can be reached) and let the link go."""
        if self.closed:
            return
        self.closed = True
        try:
            _request(self.link, "DELETE", "/staff/sessions/current", None, self.token)
        except LettError:
            pass
        finally:
            self.link.close()


def _request(link: ServerLink, method: str, path: str, body: Any,
             session: str | None = None) -> Any:
    """The JSON answer of the server, or the LettError it answered with (of the same class as
    the operation raises here), or ConnectionFailed('server_needed')."""
    headers = {STAFF_HEADER: session} if session else {}
    try:
        response = link.exchange(method, path, json=body, headers=headers)
    except LinkFailed as exc:
        raise ConnectionFailed(SERVER_NEEDED, url=link.url, detail=exc.detail) from exc
    if response.status_code >= 400:
        err = server_error(response)
        if response.status_code == 400:  # a value the operation's checks refused
            err = Invalid(err.code, **err.params)
        raise err
    return response.json() if response.content else None


# -- signing in on a connected PC -------------------------------------------------------------


def staff_link(local: Local) -> ServerLink | None:
    """A link to this PC's server with its device token; None for a PC working alone."""
    from app.sync.worker import server_link

    return server_link(local, unreachable=SERVER_NEEDED)


def sign_in_context(local: Local) -> Context:
    """The context a person signs in with: this PC's store, and on a connected PC its queue
    host too, so what they do before the window opens (a new password) goes to the server."""
    from app.sync.host import hosted_context

    try:
        return hosted_context(local, signed_out_actor())
    except ConnectionFailed as exc:
        if exc.code != "not_connected":
            raise
        return local.context(signed_out_actor())


def sign_in(local: Local | None) -> Callable[[Context, str, str], acc.SignedIn]:
    """The sign-in of a staff window or command: on this PC (app.operations.accounts.sign_in,
    which works while the server is away) and then, on a connected PC, at the server with the
    same password. The server's refusal stands (it has the newest password and lock-out);
    when it cannot be reached the person is signed in here without a session, and a change
    that needs the server says so."""

    def run(ctx: Context, user_name: str, password: str) -> acc.SignedIn:
        signed = acc.sign_in(ctx, user_name, password)
        link = staff_link(local) if local is not None else None
        if link is None:
            return signed
        try:
            session = StaffSession.open(link, user_name, password, ctx.db)
        except ConnectionFailed as exc:
            link.close()
            if exc.code in (SERVER_NEEDED, "unauthenticated"):
                return signed
            raise
        except LettError as exc:
            link.close()
            if exc.code == "staff_session_device":
                return signed
            raise
        return replace(signed, session=session)

    return run


def with_session(ctx: Context, signed: acc.SignedIn) -> Context:
    """`ctx` acting as the signed-in person, with their session at the server if they have
    one."""
    return replace(ctx, actor=signed.actor, staff=signed.session)
