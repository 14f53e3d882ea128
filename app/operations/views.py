"""Plain, immutable results of operations: what the windows and the CLI show."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.models import Counter, Service, Ticket


def service_names(service: Any) -> dict[str, str]:
    """A service's names by language, from anything with its name columns (model or row)."""
    return {"et": service.name_et, "ru": service.name_ru, "en": service.name_en}


@dataclass(frozen=True)
class ServiceView:
    id: str
    code: str
    names: dict[str, str]
    colour: str
    target_wait_min: int
    daily_limit: int | None
    open_now: bool
    opens_at: datetime | None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["et"]

    @classmethod
    def of(cls, s: Service, open_now: bool = True, opens_at: datetime | None = None) -> ServiceView:
        return cls(
            s.id, s.code, service_names(s), s.colour,
            s.target_wait_min, s.daily_limit, open_now, opens_at,
        )


@dataclass(frozen=True)
class CounterView:
    id: str
    number: int
    name: str
    label: str
    is_open: bool
    service_codes: tuple[str, ...]

    @classmethod
    def of(cls, c: Counter, codes: tuple[str, ...]) -> CounterView:
        return cls(c.id, c.number, c.name, c.label, c.is_open, codes)


@dataclass(frozen=True)
class TicketView:
    id: str
    number: str
    service: str
    service_names: dict[str, str]
    status: str
    priority: int
    lang: str
    arrived_at: datetime
    issued_at: datetime
    queue_key: datetime
    counter: int | None
    counter_label: str | None
    call_count: int
    called_at: datetime | None
    finished_at: datetime | None
    outcome: str | None
    people_ahead: int | None
    wait_low_min: int | None
    wait_high_min: int | None
    visit_id: str
    duplicate: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        t: Ticket,
        service: Service,
        counter: Counter | None = None,
        duplicate: bool = False,
    ) -> TicketView:
        return cls.build(
            t, service.code, service_names(service),
            counter.number if counter else None, counter.label if counter else None, duplicate,
        )

    @classmethod
    def build(
        cls,
        t: Any,
        service: str,
        service_names: dict[str, str],
        counter: int | None,
        counter_label: str | None,
        duplicate: bool = False,
    ) -> TicketView:
        """From anything with a ticket's columns as attributes (a model, a result row)."""
        return cls(
            id=t.id,
            number=t.number,
            service=service,
            service_names=service_names,
            status=t.status,
            priority=t.priority,
            lang=t.lang,
            arrived_at=t.arrived_at,
            issued_at=t.issued_at,
            queue_key=t.queue_key,
            counter=counter,
            counter_label=counter_label,
            call_count=t.call_count,
            called_at=t.called_at,
            finished_at=t.finished_at,
            outcome=t.outcome,
            people_ahead=t.people_ahead,
            wait_low_min=t.est_wait_low_min,
            wait_high_min=t.est_wait_high_min,
            visit_id=t.visit_id,
            duplicate=duplicate,
        )

    def service_name(self, lang: str) -> str:
        return self.service_names.get(lang) or self.service_names["et"]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        return data


@dataclass(frozen=True)
class ServiceQueue:
    """One service's line as the counters and the display see it."""

    service: ServiceView
    waiting: int
    longest_wait_min: int
    open_counters: int


@dataclass(frozen=True)
class CallView:
    """A call as the waiting-room display shows it."""

    ticket_id: str
    number: str
    counter_label: str
    at: datetime
    recall: bool
    event_id: str


@dataclass(frozen=True)
class CounterDesk:
    """What one counter has in hand: the current ticket and the parked ones."""

    counter: CounterView
    current: TicketView | None
    parked: tuple[TicketView, ...]
