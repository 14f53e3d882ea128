"""Plain, immutable results of operations: what the windows and the CLI show.

Each view also travels as JSON between a PC and its queue host: `to_json()` is what the host
answers (and what `lett queue --json` prints), `from_json()` rebuilds the same view from it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.models import Counter, Service, Ticket


def service_names(service: Any) -> dict[str, str]:
    """A service's names by language, from anything with its name columns (model or row)."""
    return {"et": service.name_et, "ru": service.name_ru, "en": service.name_en}


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The fields of `cls` in `data`: a newer host may answer with more."""
    return {f.name: data[f.name] for f in fields(cls) if f.name in data}


def _moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _text(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


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

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "opens_at": _text(self.opens_at)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServiceView:
        return cls(**{**_known(cls, data), "names": dict(data["names"]),
                      "opens_at": _moment(data["opens_at"])})


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

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "service_codes": list(self.service_codes)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CounterView:
        return cls(**{**_known(cls, data), "service_codes": tuple(data["service_codes"])})


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
    # The key of the ticket's page on the visitor's phone (its printed QR code's link).
    page_token: str | None = None
    # The visitor said from that page they stepped out, and will be back by this moment.
    away_until: datetime | None = None
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
            page_token=getattr(t, "page_token", None),
            away_until=getattr(t, "away_until", None),
        )

    def service_name(self, lang: str) -> str:
        return self.service_names.get(lang) or self.service_names["et"]

    def to_json(self) -> dict[str, Any]:
        # Field by field rather than dataclasses.asdict, whose deep copy of every moment cost
        # the queue host a tenth of its CPU on each call (every field is a plain value).
        data = {name: getattr(self, name) for name in TICKET_JSON_FIELDS}
        data["service_names"] = dict(self.service_names)
        for key in _TICKET_MOMENTS:
            data[key] = _text(data[key])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TicketView:
        values = {**_known(cls, data), "service_names": dict(data["service_names"])}
        for key in _TICKET_MOMENTS:
            if key in values:  # an older host does not send the newer ones
                values[key] = _moment(values[key])
        return cls(**values)


_TICKET_MOMENTS = ("arrived_at", "issued_at", "queue_key", "called_at", "finished_at",
                   "away_until")
# The fields of a ticket's JSON: all but `extra`, which does not travel.
TICKET_JSON_FIELDS = tuple(f.name for f in fields(TicketView) if f.name != "extra")


@dataclass(frozen=True)
class ServiceQueue:
    """One service's line as the counters and the display see it."""

    service: ServiceView
    waiting: int
    longest_wait_min: int
    open_counters: int

    def to_json(self) -> dict[str, Any]:
        return {"service": self.service.to_json(), "waiting": self.waiting,
                "longest_wait_min": self.longest_wait_min, "open_counters": self.open_counters}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServiceQueue:
        return cls(ServiceView.from_json(data["service"]), data["waiting"],
                   data["longest_wait_min"], data["open_counters"])


@dataclass(frozen=True)
class CallView:
    """A call as the waiting-room display shows it."""

    ticket_id: str
    number: str
    counter_label: str
    at: datetime
    recall: bool
    event_id: str
    # The language the visitor chose at the kiosk: the call is said aloud in it first.
    lang: str = "et"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallView:
        return cls(**{**_known(cls, data), "at": datetime.fromisoformat(data["at"])})


@dataclass(frozen=True)
class CounterDesk:
    """What one counter has in hand: the current ticket and the parked ones."""

    counter: CounterView
    current: TicketView | None
    parked: tuple[TicketView, ...]

    def to_json(self) -> dict[str, Any]:
        return {"counter": self.counter.to_json(),
                "current": self.current.to_json() if self.current else None,
                "parked": [t.to_json() for t in self.parked]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CounterDesk:
        current = data["current"]
        return cls(CounterView.from_json(data["counter"]),
                   TicketView.from_json(current) if current is not None else None,
                   tuple(TicketView.from_json(t) for t in data["parked"]))


@dataclass(frozen=True)
class NumberBlockView:
    """Numbers of a service's day leased to a kiosk, to issue while the host is away."""

    id: str
    service: str
    service_id: str
    day: date
    first_seq: int
    last_seq: int
    leased_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "day": self.day.isoformat(),
                "leased_at": self.leased_at.isoformat()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> NumberBlockView:
        return cls(**{**_known(cls, data), "day": date.fromisoformat(data["day"]),
                      "leased_at": datetime.fromisoformat(data["leased_at"])})
