"""Queue rules: ticket numbers, who is called next, the estimated wait, opening hours.

Pure functions over plain values; the store and the operation layer feed them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    PARKED = "parked"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    VOIDED = "voided"


OPEN_STATUSES = frozenset({TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.PARKED})


class EventKind(StrEnum):
    ISSUED = "issued"
    PRINTED = "printed"
    VOIDED = "voided"
    CALLED = "called"
    RECALLED = "recalled"
    NO_SHOW = "no_show"
    PARKED = "parked"
    RETURNED = "returned"
    TRANSFERRED = "transferred"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    REISSUED = "reissued"
    # A no-show put back in the queue the same day (app.operations.queue.undoing).
    BROUGHT_BACK = "brought_back"
    # Call next undone: the ticket it called went back to the queue, the one it finished back
    # to the counter.
    CALL_UNDONE = "call_undone"
    FINISH_UNDONE = "finish_undone"


class TransferPlace(StrEnum):
    FRONT = "front"
    BACK = "back"
    ARRIVAL = "arrival"


# Outcome codes a counter can finish a ticket with.
OUTCOMES: tuple[str, ...] = ("served", "referred", "documents_missing", "not_our_service", "other")

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

SERVICE_CODE = re.compile(r"^[A-Z]$")


def ticket_number(code: str, seq: int) -> str:
    """The number printed on a ticket: the service letter and a three-digit daily sequence."""
    return f"{code}{seq:03d}"


# Kiosks connected to a queue host lease blocks of numbers from here up, to issue while they
# cannot reach it. The host's own series runs below, so visitors see 1, 2, 3... without gaps
# from unused leases, staff can tell a ticket issued without the host by its number (A900 on),
# and 899 tickets of one service a day is more than an office's busiest day.
OFFLINE_FIRST_SEQ = 900
# The source of a ticket a kiosk issued from its leased numbers while the host was away.
OFFLINE_SOURCE = "kiosk-offline"


def next_seq(own_last: int | None, highest: int | None) -> int:
    """The queue host's next number of a service's day: its own series below
    OFFLINE_FIRST_SEQ (`own_last`: the last one used there), and once that is used up, past
    `highest`, the highest number issued or leased, so it never enters a leased block."""
    candidate = (own_last or 0) + 1
    if candidate < OFFLINE_FIRST_SEQ:
        return candidate
    return max(highest or 0, OFFLINE_FIRST_SEQ - 1) + 1


def block_range(highest: int | None, size: int) -> tuple[int, int]:
    """The first and last number of a new leased block: past every number issued or leased
    (`highest`), and never below OFFLINE_FIRST_SEQ."""
    first = max(highest or 0, OFFLINE_FIRST_SEQ - 1) + 1
    return first, first + size - 1


@dataclass(frozen=True)
class Candidate:
    """A waiting ticket as the call-next rule sees it."""

    id: str
    priority: int
    queue_key: datetime
    service_id: str


def effective_priority(c: Candidate, now: datetime, aging_minutes: int | None) -> int:
    """Priority grows by one for every `aging_minutes` waited, so nobody waits forever."""
    if not aging_minutes or aging_minutes <= 0:
        return c.priority
    waited = max((now - c.queue_key).total_seconds(), 0.0) / 60.0
    return c.priority + int(waited // aging_minutes)


def choose_next(
    candidates: Iterable[Candidate],
    now: datetime,
    recent_calls_were_priority: Sequence[bool],
    priority_cap: int,
    aging_minutes: Mapping[str, int | None] | None = None,
) -> Candidate | None:
    """The ticket a counter calls next.

    Highest effective priority first, then the earliest place in the queue. After
    `priority_cap` priority tickets in a row at this counter (newest first in
    `recent_calls_were_priority`), the earliest regular ticket goes next, if there is one.
    """
    pool = list(candidates)
    if not pool:
        return None
    aging = aging_minutes or {}
    capped = (
        priority_cap > 0
        and len(recent_calls_were_priority) >= priority_cap
        and all(recent_calls_were_priority[:priority_cap])
    )
    if capped:
        regular = [c for c in pool if c.priority <= 0]
        if regular:
            return min(regular, key=lambda c: (c.queue_key, c.id))
    return min(
        pool,
        key=lambda c: (-effective_priority(c, now, aging.get(c.service_id)), c.queue_key, c.id),
    )


def queue_order(
    candidates: Iterable[Candidate],
    now: datetime,
    aging_minutes: Mapping[str, int | None] | None = None,
) -> list[Candidate]:
    """Waiting tickets in the order they would be called (ignoring the priority cap)."""
    aging = aging_minutes or {}
    return sorted(
        candidates,
        key=lambda c: (-effective_priority(c, now, aging.get(c.service_id)), c.queue_key, c.id),
    )


def transfer_key(
    place: TransferPlace,
    now: datetime,
    arrived_at: datetime,
    earliest_waiting: datetime | None,
) -> datetime:
    """The queue place of a transferred ticket in its new queue."""
    if place is TransferPlace.FRONT:
        if earliest_waiting is None:
            return min(now, arrived_at)
        return min(earliest_waiting - timedelta(milliseconds=1), arrived_at)
    if place is TransferPlace.ARRIVAL:
        return arrived_at
    return now


@dataclass(frozen=True)
class WaitEstimate:
    low_min: int
    high_min: int

    def text(self) -> str:
        if self.high_min <= 0:
            return "0"
        return f"{self.low_min}\u2013{self.high_min}"


def _quantile(sorted_values: Sequence[float], q: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    pos = q * (len(sorted_values) - 1)
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def estimate_wait(
    people_ahead: int,
    recent_handling_minutes: Sequence[float],
    open_counters: int,
    default_handling_minutes: float,
    step: int = 5,
) -> WaitEstimate:
    """A range for the wait: people ahead times the recent handling time, shared by the open
    counters. With fewer than three recent handlings the service's default is used, widened."""
    counters = max(open_counters, 1)
    values = sorted(v for v in recent_handling_minutes if v > 0)
    if len(values) >= 3:
        low_h, high_h = _quantile(values, 0.25), _quantile(values, 0.75)
    else:
        low_h, high_h = default_handling_minutes * 0.6, default_handling_minutes * 1.4
    low = people_ahead * low_h / counters
    high = (people_ahead + 1) * high_h / counters
    low_min = int(math.floor(low / step) * step)
    high_min = max(int(math.ceil(high / step) * step), low_min + step)
    return WaitEstimate(low_min, high_min)


# -- opening hours --------------------------------------------------------------------------

Hours = dict[str, list[tuple[time, time]]]

_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_interval(text: str) -> tuple[time, time]:
    """'08:30-16:30' -> (08:30, 16:30). Raises ValueError with a sentence for a person."""
    m = _INTERVAL.match(text)
    if not m:
        raise ValueError(f"\u201c{text}\u201d is not a time range like 08:30-16:30")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 != 0):
        raise ValueError(f"\u201c{text}\u201d has a time that does not exist")
    start = time(h1, m1)
    end = time(23, 59, 59) if h2 == 24 else time(h2, m2)
    if end <= start:
        raise ValueError(f"\u201c{text}\u201d ends before it starts")
    return start, end


def parse_hours(spec: Mapping[str, Sequence[str]]) -> Hours:
    """Weekly hours {'mon': ['08:30-12:00', '13:00-16:30'], ...}; missing days are closed."""
    hours: Hours = {}
    for day, intervals in spec.items():
        if day not in WEEKDAYS:
            raise ValueError(f"\u201c{day}\u201d is not a weekday (use {', '.join(WEEKDAYS)})")
        parsed = sorted(parse_interval(i) for i in intervals)
        for (_, end), (start, _) in zip(parsed, parsed[1:], strict=False):
            if start < end:
                raise ValueError(f"the hours of {day} overlap")
        hours[day] = parsed
    return hours


def format_hours(hours: Hours) -> dict[str, list[str]]:
    def fmt(t: time) -> str:
        return "24:00" if t == time(23, 59, 59) else t.strftime("%H:%M")

    return {day: [f"{fmt(a)}-{fmt(b)}" for a, b in iv] for day, iv in hours.items()}


def is_open(hours: Hours | None, local: datetime) -> bool:
    """Whether the hours include this local time. No hours at all means always open."""
    if hours is None:
        return True
    day = WEEKDAYS[local.weekday()]
    t = local.time()
    return any(start <= t < end for start, end in hours.get(day, []))


def next_opening(hours: Hours | None, local: datetime) -> datetime | None:
    """The next local time the hours open, within a week; None if never."""
    if hours is None:
        return local
    for offset in range(8):
        d: date = (local + timedelta(days=offset)).date()
        for start, _ in hours.get(WEEKDAYS[d.weekday()], []):
            candidate = datetime.combine(d, start, tzinfo=local.tzinfo)
            if candidate > local:
                return candidate
    return None
