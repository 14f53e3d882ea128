"""Plain, immutable results of the visitor operations, and the form the desk fills in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.core.visitors import Route
from app.store.models import Specialist


@dataclass(frozen=True)
class SpecialistView:
    id: str
    name: str
    unit: str
    room: str
    phone: str
    email: str

    @classmethod
    def of(cls, s: Specialist) -> SpecialistView:
        return cls(s.id, s.name, s.unit, s.room, s.phone, s.email)


@dataclass(frozen=True)
class PurposeView:
    id: str
    code: str
    names: dict[str, str]
    route: Route
    service_code: str | None
    specialist: SpecialistView | None
    retention_days: int

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["et"]


@dataclass(frozen=True)
class VisitorForm:
    """What the desk types for a visit."""

    name: str
    id_code: str = ""
    document: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    purpose_id: str | None = None
    host_id: str | None = None
    lang: str = "et"
    notes: str = ""


@dataclass(frozen=True)
class RegistrationView:
    """A registration as staff see it: the personal code masked."""

    id: str
    visit_id: str
    name: str
    id_code_masked: str
    has_id_code: bool
    document: str
    organisation: str
    phone: str
    email: str
    purpose_names: dict[str, str]
    purpose_id: str | None
    host: str
    host_room: str
    host_id: str | None
    lang: str
    arrived_at: datetime
    left_at: datetime | None
    ticket_number: str
    notes: str
    anonymised: bool

    def purpose(self, lang: str) -> str:
        return self.purpose_names.get(lang) or self.purpose_names.get("et", "")


@dataclass(frozen=True)
class WatchAlert:
    """A registered visitor whose name is near a name on the watch list."""

    listed_name: str
    reason: str
    score: float
    how: str


@dataclass(frozen=True)
class Registered:
    """The result of registering a visit: the registration, its badge token, the ticket
    issued when the purpose leads to a queue, and watch list alerts for the desk."""

    registration: RegistrationView
    badge_token: str
    route: Route
    ticket: Any = None
    alerts: tuple[WatchAlert, ...] = ()


@dataclass(frozen=True)
class ExpectedView:
    id: str
    name: str
    organisation: str
    purpose_names: dict[str, str]
    host: str
    expected_at: datetime
    checked_in: bool
    registration_id: str | None


@dataclass(frozen=True)
class WatchEntryView:
    id: str
    name: str
    reason: str
    added_by: str
    added_at: datetime
