"""The ticket's page on the visitor's phone: finding a ticket by the key its QR code carries,
what the page shows of it, and the visitor's "I have stepped out".

The page acts for nobody: the key is its only credential, and what it reads is one ticket and
the count of those ahead of it, never a person. A key is good on the ticket's day until the
office closes (until the day ends for a ticket still open then); a key that is wrong or
expired tells nothing of any other ticket.

One office's state is read in one go (`office_state`) and each open page's view is made from
it (`page_view`), so a change costs one read however many phones watch the office.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, update

from app.core.clock import utcnow
from app.core.config import setting_value
from app.core.errors import Refused
from app.core.queue import (
    OPEN_STATUSES,
    WEEKDAYS,
    Candidate,
    TicketStatus,
    estimate_wait,
    parse_hours,
    queue_order,
)
from app.store.db import Database
from app.store.models import Counter, CounterService, Office, OfficeSetting, Service, Ticket

# How many of a service's latest handlings the wait estimate takes (as the kiosk's does).
RECENT_HANDLINGS = 20
# A key is 22 URL-safe characters (app.core.ids.page_token); anything else is not looked up.
TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

T = Ticket.__table__
S = Service.__table__
C = Counter.__table__
CS = CounterService.__table__


@dataclass(frozen=True)
class PageTicket:
    """The ticket a valid key opens: its id and office, and until when the key is good."""

    ticket_id: str
    office_id: str
    lang: str
    expires_at: datetime


@dataclass(frozen=True)
class Lookup:
    """A key's look-up: the ticket, or why there is none (`unknown` or `expired`)."""

    ticket: PageTicket | None
    problem: str = ""


def well_formed(token: str) -> bool:
    return 16 <= len(token) <= 32 and set(token) <= TOKEN_CHARS


def _setting(conn: Any, office_id: str, key: str) -> Any:
    raw = conn.execute(
        select(OfficeSetting.value).where(OfficeSetting.office_id == office_id,
                                          OfficeSetting.key == key,
                                          OfficeSetting.deleted_at.is_(None))
    ).scalar()
    try:
        stored = None if raw is None else json.loads(raw)
    except ValueError:
        stored = None
    return setting_value(key, stored)


def closing_time(day: date, hours_spec: dict[str, list[str]] | None, tz: ZoneInfo) -> datetime:
    """When the office closes on `day`: the end of its last opening hours that day, or the
    end of the day for an office without hours (or closed that day)."""
    end_of_day = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    if not hours_spec:
        return end_of_day
    intervals = parse_hours(hours_spec).get(WEEKDAYS[day.weekday()], [])
    if not intervals:
        return end_of_day
    last = max(end for _, end in intervals)
    return min(datetime.combine(day, last, tzinfo=tz), end_of_day)


def find_ticket(db: Database, token: str, now: datetime | None = None) -> Lookup:
    """The ticket whose page key is `token`, if the key is still good at `now`."""
    if not well_formed(token):
        return Lookup(None, "unknown")
    now = now or utcnow()
    with db.read_connection() as conn:
        rows = conn.execute(
            select(T.c.id, T.c.office_id, T.c.day, T.c.lang, T.c.status, Office.timezone)
            .join(Office, Office.id == T.c.office_id)
            .where(T.c.page_token == token, T.c.deleted_at.is_(None))
            .limit(2)
        ).all()
        # Two tickets with one key (a device that copied one) open neither.
        if len(rows) != 1:
            return Lookup(None, "unknown")
        row = rows[0]
        tz = ZoneInfo(row.timezone or "Europe/Tallinn")
        hours = _setting(conn, row.office_id, "office.hours")
    closes = closing_time(row.day, hours, tz)
    if row.status in OPEN_STATUSES:
        closes = max(closes, datetime.combine(row.day + timedelta(days=1), time(0), tzinfo=tz))
    if now >= closes:
        return Lookup(None, "expired")
    return Lookup(PageTicket(row.id, row.office_id, row.lang if row.lang in ("et", "ru", "en")
                             else "et", closes))


@dataclass
class OfficeState:
    """What the pages of one office show, read in one go; a change of a few tickets makes a
    new one from it (`refresh_tickets`), so a call costs a read of the tickets it changed."""

    office_id: str
    read_at: datetime
    away_minutes: int
    since: date
    # ticket id -> the ticket's row (the office's tickets of today and yesterday)
    tickets: dict[str, Any] = field(default_factory=dict)
    # service id -> the service's waiting tickets' ids in the order they will be called
    lines: dict[str, list[str]] = field(default_factory=dict)
    # ticket id -> how many of its service's line are ahead of it
    ahead: dict[str, int] = field(default_factory=dict)
    # service id -> (recent handling minutes, open counters)
    inputs: dict[str, tuple[list[float], int]] = field(default_factory=dict)
    open_counters: dict[str, int] = field(default_factory=dict)
    services: dict[str, dict[str, str]] = field(default_factory=dict)
    aging: dict[str, int | None] = field(default_factory=dict)
    counters: dict[str, str] = field(default_factory=dict)
    # ticket id -> the ticket that replaced it (a cancelled and reissued one)
    replaced_by: dict[str, str] = field(default_factory=dict)
    default_handling: float = 6.0
    # (service id, people ahead) -> the wait estimate, as it is asked for
    estimates: dict[tuple[str, int], list[int]] = field(default_factory=dict)

    def wait(self, service_id: str, ahead: int) -> list[int]:
        key = (service_id, ahead)
        found = self.estimates.get(key)
        if found is None:
            handled, counters = self.inputs.get(service_id, ([], 0))
            estimate = estimate_wait(ahead, handled, counters, self.default_handling)
            found = self.estimates[key] = [estimate.low_min, estimate.high_min]
        return found


_TICKET_COLUMNS = (T.c.id, T.c.number, T.c.status, T.c.service_id, T.c.priority, T.c.queue_key,
                   T.c.counter_id, T.c.replaces_id, T.c.page_token, T.c.away_until, T.c.day,
                   T.c.deleted_at)
_TODAY = select(*_TICKET_COLUMNS).where(
    T.c.office_id == bindparam("office_id"), T.c.day >= bindparam("since"),
    T.c.deleted_at.is_(None))
_SOME = select(*_TICKET_COLUMNS).where(
    T.c.office_id == bindparam("office_id"), T.c.id.in_(bindparam("ids", expanding=True)))
_HANDLED = (
    select(T.c.first_called_at, T.c.finished_at)
    .where(T.c.service_id == bindparam("service_id"),
           T.c.status == TicketStatus.DONE.value,
           T.c.first_called_at.is_not(None))
    .order_by(T.c.finished_at.desc())
    .limit(RECENT_HANDLINGS)
)


def _handled(conn: Any, service_id: str) -> list[float]:
    return [
        (done - called).total_seconds() / 60.0
        for called, done in conn.execute(_HANDLED, {"service_id": service_id})
        if called and done
    ]


def _line_up(state: OfficeState, service_ids: set[str]) -> None:
    """Put the waiting tickets of these services in the order they will be called."""
    waiting = [Candidate(r.id, r.priority, r.queue_key, r.service_id)
               for r in state.tickets.values()
               if r.status == TicketStatus.WAITING.value and r.service_id in service_ids]
    for service_id in service_ids:
        for ticket_id in state.lines.pop(service_id, ()):
            state.ahead.pop(ticket_id, None)
    for c in queue_order(waiting, state.read_at, state.aging):
        line = state.lines.setdefault(c.service_id, [])
        state.ahead[c.id] = len(line)
        line.append(c.id)


def office_state(db: Database, office_id: str, now: datetime | None = None) -> OfficeState:
    """Read the state every page of `office_id` is made from."""
    now = now or utcnow()
    with db.read_connection() as conn:
        office = conn.execute(
            select(Office.timezone, Office.default_handling_min).where(Office.id == office_id)
        ).one()
        tz = ZoneInfo(office.timezone or "Europe/Tallinn")
        # Yesterday's too: a ticket of the day before is still open until midnight there.
        since = now.astimezone(tz).date() - timedelta(days=1)
        state = OfficeState(office_id, now,
                            int(_setting(conn, office_id, "ticket_page.away_minutes")), since,
                            default_handling=float(office.default_handling_min or 6.0))
        state.tickets = {r.id: r for r in conn.execute(_TODAY, {"office_id": office_id,
                                                                "since": since})}
        services = conn.execute(
            select(S.c.id, S.c.name_et, S.c.name_ru, S.c.name_en, S.c.priority_aging_min)
            .where(S.c.office_id == office_id)
        ).all()
        state.services = {s.id: {"et": s.name_et, "ru": s.name_ru, "en": s.name_en}
                          for s in services}
        state.aging = {s.id: s.priority_aging_min for s in services}
        state.counters = {c.id: (c.label or str(c.number)) for c in conn.execute(
            select(C.c.id, C.c.number, C.c.label).where(C.c.office_id == office_id))}
        for (service_id,) in conn.execute(
            select(CS.c.service_id)
            .join(C, C.c.id == CS.c.counter_id)
            .where(CS.c.office_id == office_id, CS.c.deleted_at.is_(None),
                   C.c.is_open.is_(True), C.c.deleted_at.is_(None))
        ):
            state.open_counters[service_id] = state.open_counters.get(service_id, 0) + 1
        for service_id in {r.service_id for r in state.tickets.values()}:
            state.inputs[service_id] = (_handled(conn, service_id),
                                        state.open_counters.get(service_id, 0))
    _line_up(state, set(state.services) | {r.service_id for r in state.tickets.values()})
    for r in state.tickets.values():
        if r.replaces_id:
            state.replaced_by[r.replaces_id] = r.id
    return state


def refresh_tickets(db: Database, old: OfficeState, ticket_ids: set[str],
                    now: datetime | None = None) -> tuple[OfficeState, set[str], set[str]]:
    """A new state with these tickets read again; the services whose lines or estimates may
    have changed, and the tickets whose pages may have (those read, and those they replaced).
    `old` is left as it was: pages being served from it meanwhile see no half-made change."""
    now = now or utcnow()
    state = replace(old, read_at=now, tickets=dict(old.tickets), lines=dict(old.lines),
                    ahead=dict(old.ahead), inputs=dict(old.inputs),
                    replaced_by=dict(old.replaced_by), estimates={})
    services: set[str] = set()
    touched = set(ticket_ids)
    with db.read_connection() as conn:
        rows = conn.execute(_SOME, {"office_id": old.office_id, "ids": sorted(ticket_ids)})
        for row in rows:
            before = state.tickets.get(row.id)
            if before is not None:
                services.add(before.service_id)
            if row.deleted_at is not None or row.day < state.since:
                state.tickets.pop(row.id, None)
                continue
            state.tickets[row.id] = row
            services.add(row.service_id)
            if row.replaces_id:
                state.replaced_by[row.replaces_id] = row.id
                touched.add(row.replaces_id)
        for service_id in services:
            state.inputs[service_id] = (_handled(conn, service_id),
                                        state.open_counters.get(service_id, 0))
    _line_up(state, services)
    return state, services, touched


def page_view(state: OfficeState, ticket_id: str) -> dict[str, Any]:
    """What one ticket's page shows, as the JSON the page reads. Nothing of a person, and of
    other tickets only how many wait ahead."""
    row = state.tickets.get(ticket_id)
    if row is None:
        return {"state": "gone"}
    view: dict[str, Any] = {
        "number": row.number,
        "service": state.services.get(row.service_id, {}),
        "away_minutes": state.away_minutes,
    }
    status = row.status
    if status == TicketStatus.WAITING.value:
        ahead = state.ahead.get(row.id, 0)
        away = row.away_until if row.away_until and row.away_until > state.read_at else None
        view.update(state="waiting", ahead=ahead, wait=state.wait(row.service_id, ahead),
                    away_until=away.isoformat() if away else None)
    elif status in (TicketStatus.CALLED.value, TicketStatus.PARKED.value):
        view.update(state=status, counter=state.counters.get(row.counter_id or "", ""))
    elif status in (TicketStatus.CANCELLED.value, TicketStatus.VOIDED.value):
        new_id = state.replaced_by.get(row.id)
        new = state.tickets.get(new_id or "")
        seen: set[str] = {row.id}
        # A ticket corrected twice: follow to the last one.
        while new is not None and new.id in state.replaced_by and new.id not in seen:
            seen.add(new.id)
            new = state.tickets.get(state.replaced_by[new.id]) or new
        if new is not None and new.page_token:
            view.update(state="moved", new_number=new.number, new_token=new.page_token)
        else:
            view.update(state="cancelled")
    elif status == TicketStatus.NO_SHOW.value:
        view.update(state="missed")
    else:
        view.update(state="done")
    return view


def step_out(db: Database, ticket: PageTicket, back: bool = False,
             now: datetime | None = None) -> datetime | None:
    """The visitor has stepped out (or, with `back`, is back): the counter sees it, and the
    ticket is not marked a no-show until the office's grace time has passed. Refused when the
    office does not offer it or the ticket no longer waits. The moment they will be back by."""
    now = now or utcnow()
    with db.read_connection() as conn:
        minutes = int(_setting(conn, ticket.office_id, "ticket_page.away_minutes"))
    if minutes <= 0 and not back:
        raise Refused("stepping_out_off")
    until = None if back else now + timedelta(minutes=minutes)
    statuses = [TicketStatus.WAITING.value]
    if back:
        statuses.append(TicketStatus.CALLED.value)
    with db.write_connection() as conn:
        changed = conn.execute(
            update(T)
            .where(T.c.id == ticket.ticket_id, T.c.status.in_(statuses))
            .values(away_until=until, **db.stamp())
        ).rowcount
    if not changed:
        raise Refused("page_ticket_not_waiting")
    return until
