"""Which roles may do what. The operation layer checks these on every call."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    DESK = "desk"
    COUNTER = "counter"
    KIOSK = "kiosk"
    DISPLAY = "display"


class Action(StrEnum):
    ISSUE_TICKET = "issue tickets"
    SERVE = "serve tickets at a counter"
    CORRECT_TICKET = "cancel and reissue tickets"
    VIEW_QUEUE = "see the queue"
    VIEW_CALLS = "see the calls"
    CONFIGURE = "change the office configuration"
    MANAGE_ACCOUNTS = "manage staff accounts"
    ISSUE_NOTICE = "issue notices"
    REGISTER_VISITORS = "register visitors"
    VIEW_VISITORS = "see visitors' data"
    MANAGE_WATCH_LIST = "keep the watch list"
    REGISTER_DOCUMENTS = "register documents"
    VIEW_REGISTER = "see the document register"
    RECORD_CONTACTS = "record contacts with clients"
    VIEW_CONTACTS = "see the contact journal"
    VIEW_REPORTS = "see the office's reports"
    VIEW_OWN_RESULTS = "see their own results"
    SUPERVISE = "see the staff's results, set goals and evaluate their work"


ALLOWED: dict[Action, frozenset[Role]] = {
    Action.ISSUE_TICKET: frozenset({Role.ADMIN, Role.DESK, Role.COUNTER, Role.KIOSK}),
    Action.SERVE: frozenset({Role.ADMIN, Role.COUNTER}),
    Action.CORRECT_TICKET: frozenset({Role.ADMIN, Role.DESK, Role.COUNTER}),
    Action.VIEW_QUEUE: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER}),
    Action.VIEW_CALLS: frozenset(
        {Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER, Role.DISPLAY, Role.KIOSK}
    ),
    Action.CONFIGURE: frozenset({Role.ADMIN}),
    Action.MANAGE_ACCOUNTS: frozenset({Role.ADMIN}),
    Action.ISSUE_NOTICE: frozenset({Role.ADMIN, Role.DESK, Role.COUNTER}),
    Action.REGISTER_VISITORS: frozenset({Role.ADMIN, Role.DESK}),
    Action.VIEW_VISITORS: frozenset({Role.ADMIN, Role.DESK, Role.SUPERVISOR}),
    Action.MANAGE_WATCH_LIST: frozenset({Role.ADMIN}),
    Action.REGISTER_DOCUMENTS: frozenset({Role.ADMIN, Role.DESK, Role.COUNTER}),
    Action.VIEW_REGISTER: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER}),
    Action.RECORD_CONTACTS: frozenset({Role.ADMIN, Role.DESK, Role.COUNTER}),
    Action.VIEW_CONTACTS: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER}),
    Action.VIEW_REPORTS: frozenset({Role.ADMIN, Role.SUPERVISOR}),
    Action.VIEW_OWN_RESULTS: frozenset({Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER}),
    # Employees' results are personal data: the supervisor's, not the administrator's.
    Action.SUPERVISE: frozenset({Role.SUPERVISOR}),
}


@dataclass(frozen=True)
class Actor:
    """Who acts: a person at a PC, or a kiosk or display device."""

    name: str
    roles: frozenset[Role] = field(default_factory=frozenset)

    def may(self, action: Action) -> bool:
        return bool(self.roles & ALLOWED[action])
