"""The office's measures: one definition of each, over the events of tickets, and over the
register's documents, the visitors' registrations and the notices issued.

Every report, the supervisor's board and a person's own results count from here, so a figure
means the same wherever it is shown. The functions take plain values: a ticket's history
(`TicketHistory`, its events in time order) as the store's rows are mapped to it by the
operations layer.

A visit's ticket may pass through several services (a transfer); each pass is a `Step`, and
each step counts as its own service: it waits from the moment it joined that line (the arrival
for the first step, the transfer for the next) until its first call there. A wrongly taken
ticket cancelled and reissued is one step: the new ticket keeps the visitor's arrival, and the
cancelled one counts only as a correction.

Days and hours are the office's local time: `day_span` and `local_hours` take the zone, so the
days the clocks turn have 23 and 25 hours.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.core.queue import EventKind

Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class Event:
    """One thing done to a ticket. `counter` is where it was done and `actor` who did it; a
    transfer names the service (`to_service`) and/or the counter (`to_counter`) the ticket goes
    to; a finish names its `outcome`."""

    kind: EventKind
    at: datetime
    counter: str | None = None
    actor: str | None = None
    to_service: str | None = None
    to_counter: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class TicketHistory:
    """A ticket with its events in time order. `service` is the service it was issued for,
    `arrived_at` the visitor's arrival (kept by a reissued ticket), `replaces` the ticket a
    reissued one was issued in place of."""

    ticket: str
    number: str
    service: str
    arrived_at: datetime
    events: tuple[Event, ...]
    replaces: str | None = None


class StepEnd(StrEnum):
    """How a step left its line: served (finished), transferred on, a no-show, cancelled (the
    wrong ticket, or taken back), voided, or still open (waiting, called or parked)."""

    FINISHED = "finished"
    TRANSFERRED = "transferred"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    VOIDED = "voided"
    OPEN = "open"


@dataclass(frozen=True)
class Serving:
    """A stretch a counter spent with a ticket: from a call (or the return of a parked
    visitor) until the ticket was parked, transferred, finished, a no-show or cancelled;
    `actor` is the person who called it (or took it back)."""

    counter: str
    start: datetime
    end: datetime | None
    actor: str | None = None


@dataclass(frozen=True)
class Step:
    """One pass of a ticket through one service's line."""

    ticket: str
    number: str
    service: str
    queued_at: datetime
    called_at: datetime | None
    counter: str | None
    servings: tuple[Serving, ...]
    end: StepEnd
    ended_at: datetime | None
    outcome: str | None = None
    for_counter: str | None = None
    reissued: bool = False


_SERVING_ENDS = {EventKind.PARKED, EventKind.TRANSFERRED, EventKind.FINISHED,
                 EventKind.NO_SHOW, EventKind.CANCELLED}
_STEP_ENDS = {EventKind.TRANSFERRED: StepEnd.TRANSFERRED, EventKind.FINISHED: StepEnd.FINISHED,
              EventKind.NO_SHOW: StepEnd.NO_SHOW, EventKind.CANCELLED: StepEnd.CANCELLED,
              EventKind.VOIDED: StepEnd.VOIDED}


def _as_it_stands(events: Iterable[Event]) -> list[Event]:
    """The events with what was taken back left out: a call next undone leaves neither its call
    nor the finish it made; a no-show brought back ends the stretch at the counter as a park
    does, and the ticket's step goes on."""
    out: list[Event] = []
    taken_back = {EventKind.CALL_UNDONE: EventKind.CALLED,
                  EventKind.FINISH_UNDONE: EventKind.FINISHED,
                  EventKind.BROUGHT_BACK: EventKind.NO_SHOW}
    for e in events:
        undone = taken_back.get(e.kind)
        if undone is None:
            out.append(e)
            continue
        at = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind is undone), None)
        if at is None:
            continue
        if e.kind is EventKind.BROUGHT_BACK:
            out[at] = replace(out[at], kind=EventKind.PARKED)
        else:
            del out[at]
    return out


def steps_of(history: TicketHistory) -> list[Step]:
    """The steps of one ticket. The first step waits from the visitor's arrival; a transfer
    ends a step and starts the next one at the transfer, in the service it names (or the same
    service, when it only names a counter)."""
    out: list[Step] = []
    service = history.service
    queued_at = history.arrived_at
    for_counter: str | None = None
    called_at: datetime | None = None
    first_counter: str | None = None
    servings: list[Serving] = []
    open_serving: tuple[str, datetime, str | None] | None = None

    def close(kind: EventKind, at: datetime, outcome: str | None) -> None:
        out.append(Step(
            ticket=history.ticket, number=history.number, service=service,
            queued_at=queued_at, called_at=called_at, counter=first_counter,
            servings=tuple(servings), end=_STEP_ENDS[kind], ended_at=at, outcome=outcome,
            for_counter=for_counter, reissued=history.replaces is not None,
        ))

    for e in _as_it_stands(history.events):
        if e.kind is EventKind.CALLED or e.kind is EventKind.RETURNED:
            if called_at is None:
                called_at, first_counter = e.at, e.counter
            if open_serving is None and e.counter is not None:
                open_serving = (e.counter, e.at, e.actor)
        elif e.kind in _SERVING_ENDS and open_serving is not None:
            servings.append(Serving(open_serving[0], open_serving[1], e.at, open_serving[2]))
            open_serving = None
        if e.kind in _STEP_ENDS:
            close(e.kind, e.at, e.outcome if e.kind is EventKind.FINISHED else None)
            if e.kind is not EventKind.TRANSFERRED:
                return out
            service = e.to_service or service
            for_counter = e.to_counter
            queued_at, called_at, first_counter, servings = e.at, None, None, []
    if open_serving is not None:
        servings.append(Serving(open_serving[0], open_serving[1], None, open_serving[2]))
    out.append(Step(
        ticket=history.ticket, number=history.number, service=service, queued_at=queued_at,
        called_at=called_at, counter=first_counter, servings=tuple(servings), end=StepEnd.OPEN,
        ended_at=None, for_counter=for_counter, reissued=history.replaces is not None,
    ))
    return out


def all_steps(histories: Iterable[TicketHistory]) -> list[Step]:
    """The steps of many tickets, the wrong tickets of corrections left out: a ticket cancelled
    and reissued continues as the new ticket, which keeps its arrival."""
    items = list(histories)
    replaced = {h.replaces for h in items if h.replaces is not None}
    return [s for h in items if h.ticket not in replaced for s in steps_of(h)]


# -- times of one step --------------------------------------------------------------------

def waiting_time(step: Step) -> timedelta | None:
    """Waiting time = first call in this step − the moment it joined the line (arrival, or the
    transfer). None for a step never called."""
    if step.called_at is None:
        return None
    return step.called_at - step.queued_at


def waited_so_far(step: Step, until: datetime) -> timedelta:
    """How long a step has waited by `until`: to its first call, or, never called, to the end
    of its step or `until`, whichever came first."""
    end = step.called_at or step.ended_at or until
    return max(min(end, until) - step.queued_at, timedelta(0))


def handling_time(step: Step) -> timedelta | None:
    """Handling time = Σ (end − start) of the step's stretches at a counter: from the call (or
    the return from parking) to the finish or transfer; the time it stood parked is left out.
    Only for steps served (finished) or passed on (transferred); None for the others."""
    if step.end not in (StepEnd.FINISHED, StepEnd.TRANSFERRED):
        return None
    return sum(((s.end - s.start) for s in step.servings if s.end is not None), timedelta(0))


# -- figures over many steps --------------------------------------------------------------

def service_level(steps: Iterable[Step], target: timedelta | Mapping[str, timedelta],
                  until: datetime) -> float | None:
    """Service level = steps called within the target wait ÷ (steps called + steps never
    called that had waited longer than the target by `until`, or by the time they left).

    `target` is one wait for all, or each service's own (Service.target_wait_min). None when
    there is nothing to count."""
    met = counted = 0
    for s in steps:
        limit = target if isinstance(target, timedelta) else target[s.service]
        if s.called_at is not None:
            counted += 1
            met += s.called_at - s.queued_at <= limit
        elif waited_so_far(s, until) > limit:
            counted += 1
    return met / counted if counted else None


def mean(values: Iterable[timedelta | None]) -> timedelta | None:
    """The mean of the values given (None values left out); None when there are none."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    return sum(known, timedelta(0)) / len(known)


def longest_wait(steps: Iterable[Step], until: datetime) -> timedelta | None:
    """The longest wait = max over the steps of waited_so_far: those called to their call,
    those still waiting to `until`. None for no steps."""
    waits = [waited_so_far(s, until) for s in steps if s.queued_at <= until]
    return max(waits) if waits else None


def no_shows(steps: Iterable[Step]) -> int:
    """Steps that ended as no-shows (called, and the visitor did not come)."""
    return sum(1 for s in steps if s.end is StepEnd.NO_SHOW)


def corrections(histories: Iterable[TicketHistory]) -> int:
    """Wrong tickets corrected = tickets issued in place of a cancelled one (cancel and
    reissue)."""
    return sum(1 for h in histories if h.replaces is not None)


def transfers(steps: Iterable[Step]) -> int:
    """Steps passed on to another service or counter."""
    return sum(1 for s in steps if s.end is StepEnd.TRANSFERRED)


def outcomes(steps: Iterable[Step]) -> dict[str, int]:
    """Finished steps by the outcome the counter chose."""
    return dict(Tally(s.outcome or "served" for s in steps if s.end is StepEnd.FINISHED))


def left_uncalled(steps: Iterable[Step], closing: datetime) -> int:
    """Tickets left uncalled at closing = steps that had joined the line before `closing` and
    were neither called nor ended by then."""
    return sum(
        1 for s in steps
        if s.queued_at < closing
        and (s.called_at is None or s.called_at >= closing)
        and (s.ended_at is None or s.ended_at >= closing)
    )


# -- local days and hours -----------------------------------------------------------------

def day_span(day: date, zone: ZoneInfo) -> Span:
    """A local day as instants in UTC: from its midnight to the next; 23 or 25 hours long on
    the days the clocks turn."""
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def local_hours(day: date, zone: ZoneInfo) -> list[datetime]:
    """The starts of the day's hours, in local time: 24, or 23 and 25 when the clocks turn
    (the repeated hour appears twice, told apart by its UTC offset)."""
    start, end = day_span(day, zone)
    count = int((end - start) / timedelta(hours=1))
    return [(start + timedelta(hours=i)).astimezone(zone) for i in range(count)]


def arrivals_per_hour(histories: Iterable[TicketHistory], day: date,
                      zone: ZoneInfo) -> list[tuple[datetime, int]]:
    """Arrivals in each local hour of the day: tickets issued for a new arrival (a reissued
    ticket is the same visitor, a transfer the same ticket), counted in the hour of the
    arrival. Every hour of the day is listed, empty ones too."""
    hours = local_hours(day, zone)
    counts = [0] * len(hours)
    first = hours[0] if hours else None
    for h in histories:
        if h.replaces is not None or first is None:
            continue
        index = int((h.arrived_at - first) // timedelta(hours=1))
        if 0 <= index < len(counts):
            counts[index] += 1
    return list(zip(hours, counts, strict=True))


# -- counters -----------------------------------------------------------------------------

def _union(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _intersect(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _subtract(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in a:
        cursor = start
        for b_start, b_end in b:
            if b_end <= cursor or b_start >= end:
                continue
            if b_start > cursor:
                out.append((cursor, b_start))
            cursor = max(cursor, b_end)
        if cursor < end:
            out.append((cursor, end))
    return out


def _length(spans: Iterable[Span]) -> timedelta:
    return sum((end - start for start, end in spans), timedelta(0))


def serving_spans(steps: Iterable[Step], counter: str, until: datetime) -> list[Span]:
    """The stretches the counter spent with a visitor (a stretch still going ends at
    `until`)."""
    return _union(
        (s.start, s.end or until)
        for step in steps for s in step.servings if s.counter == counter
    )


def serving_while_open(steps: Iterable[Step], counter: str, open_spans: Iterable[Span],
                       until: datetime) -> timedelta:
    """Time serving while open = length of (open ∩ serving): occupancy's numerator."""
    return _length(_intersect(_union(open_spans), serving_spans(steps, counter, until)))


def occupancy(steps: Iterable[Step], counter: str, open_spans: Iterable[Span],
              until: datetime) -> float | None:
    """Counter occupancy = time serving while open ÷ time open. None when it was never
    open."""
    spans = list(open_spans)
    total = _length(_union(spans))
    if not total:
        return None
    return serving_while_open(steps, counter, spans, until) / total


def open_spans(changes: Iterable[tuple[datetime, bool]], start: datetime,
               end: datetime) -> list[Span]:
    """When a counter stood open within `start`..`end`, from its openings and closings
    (moment, opened?) in time order: open from an opening to the next closing; a counter
    last opened before `start` is open from `start`, one still open at `end` until `end`. A
    counter whose first recorded change is a closing stood open before it."""
    spans: list[Span] = []
    opened_at: datetime | None = None
    for index, (at, opened) in enumerate(changes):
        if index == 0 and not opened:
            opened_at = start
        if at >= end:
            break
        if opened and opened_at is None:
            opened_at = at
        elif not opened and opened_at is not None:
            spans.append((max(opened_at, start), at))
            opened_at = None
    if opened_at is not None:
        spans.append((max(opened_at, start), end))
    return _union(spans)


def waiting_spans(steps: Iterable[Step], counter: str, services: Iterable[str],
                  until: datetime) -> list[Span]:
    """When at least one visitor the counter could call was waiting: steps of its services
    not sent to another counter, and steps sent to this counter, from joining the line to the
    first call (or leaving, or `until`)."""
    serves = set(services)
    return _union(
        (s.queued_at, min(s.called_at or s.ended_at or until, until))
        for s in steps
        if (s.for_counter == counter) or (s.for_counter is None and s.service in serves)
    )


def idle_while_waiting(steps: Sequence[Step], counter: str, services: Iterable[str],
                       open_spans: Iterable[Span], until: datetime) -> timedelta:
    """Time a counter stood open and idle while people waited = length of (open ∖ serving) ∩
    (someone the counter could call was waiting)."""
    idle = _subtract(_union(open_spans), serving_spans(steps, counter, until))
    return _length(_intersect(idle, waiting_spans(steps, counter, services, until)))


# -- the other desks: documents, visitors, notices ----------------------------------------

@dataclass(frozen=True)
class Document:
    """A register entry as its measures see it: the day it was registered, its answer's
    deadline, whether it is answered and, when an answering letter is registered, that
    letter's day."""

    registered_on: date
    deadline: date | None
    answered: bool
    answered_on: date | None = None


def documents_registered(documents: Iterable[Document], first: date, last: date) -> int:
    """Documents registered on the days `first`..`last`."""
    return sum(1 for d in documents if first <= d.registered_on <= last)


def answered_on_time(documents: Iterable[Document]) -> tuple[int, int]:
    """(on time, late) among answered documents with a deadline and a dated answer: on time
    when the answer was registered on or before the deadline."""
    on_time = late = 0
    for d in documents:
        if d.answered and d.deadline is not None and d.answered_on is not None:
            if d.answered_on <= d.deadline:
                on_time += 1
            else:
                late += 1
    return on_time, late


def overdue_now(documents: Iterable[Document], today: date) -> int:
    """Documents overdue now = unanswered documents whose deadline is before `today` (the
    office's local date)."""
    return sum(1 for d in documents
               if not d.answered and d.deadline is not None and d.deadline < today)


def _in_days(moment: datetime, first: date, last: date, zone: ZoneInfo) -> bool:
    return first <= moment.astimezone(zone).date() <= last


def by_key_in_days(items: Iterable[tuple[datetime, str | None]], first: date, last: date,
                   zone: ZoneInfo, none: str = "") -> dict[str, int]:
    """How many (moment, key) pairs fall on each key within the local days `first`..`last`:
    visitors by purpose (arrival, purpose), notices by template (issuance, template). A
    missing key counts under `none`."""
    return dict(Tally(key if key is not None else none for moment, key in items
                      if _in_days(moment, first, last, zone)))
