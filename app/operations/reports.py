"""Reports: the office's measures (app.core.measures) over a range of local days, grouped by
day, week, month, hour of day, weekday, service, counter, staff member or office.

The queue's figures are counted by the database: every ticket's steps are kept in
`report_steps`, one row per step with its moments in whole microseconds since 1970, and a
report is one GROUP BY over them, in whole numbers, so SQLite and PostgreSQL give the same
figures. The steps are counted by app.core.measures.steps_of from the ticket's events, so they
mean what the board and a day's figures mean. They are kept exact: triggers name every ticket
whose row or events change (a call, a finish, a row arriving by sync) in `report_dirty`, and
`refresh` counts those tickets' steps again before every report.

A step still open counts to the end of its ticket's local day, or to now for today's: a
report by day gives a day's figures as `app.operations.measures.day_figures` does.

Counters' occupancy and idle time need the order of things within a day, so the counters
report reads the days' events; contacts are counted by the hour in the database and those hours
placed in local days here (the office's zone turns by whole hours).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased

from app.core.errors import Invalid, Refused
from app.core.measures import (
    Event,
    StepEnd,
    TicketHistory,
    all_steps,
    day_span,
    handling_time,
    idle_while_waiting,
    open_spans,
    serving_while_open,
    steps_of,
)
from app.core.permissions import Action
from app.core.report_kinds import (  # noqa: F401  (the reports' public names)
    DURATIONS,
    GROUPINGS,
    KINDS,
    MEASURES,
    OUTCOME_MEASURES,
    SHARES,
    TIME_GROUPS,
)
from app.operations.context import Context
from app.operations.measures import _event
from app.store.db import Database
from app.store.models import (
    Contact,
    ContactTopic,
    Counter,
    CounterEvent,
    CounterService,
    Escalation,
    Issuance,
    Office,
    RegisterEntry,
    RegisterSeries,
    ReportDirty,
    ReportStep,
    ReportTotal,
    Service,
    Ticket,
    TicketEvent,
    VisitorRegistration,
    VisitPurpose,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICRO = timedelta(microseconds=1)
# The longest range one report covers: three years and a day.
MAX_DAYS = 3 * 366
# Tickets counted again per transaction.
REFRESH_BATCH = 500
# The PostgreSQL advisory lock taken while counting.
REFRESH_LOCK = 0x4C455454

# The kinds of report, their groupings and measures: app.core.report_kinds (the command line's
# parser reads them without loading the reports).


@dataclass(frozen=True)
class Report:
    """A report's rows: each maps the groupings (`by`) to their keys and the measures to
    their values (int counts, timedelta lengths, float shares; None where nothing was there
    to count)."""

    kind: str
    first: date
    last: date
    by: tuple[str, ...]
    measures: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.by, *self.measures)


def us(moment: datetime) -> int:
    """A moment as whole microseconds since 1970 (UTC)."""
    return (moment - EPOCH) // MICRO


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def time_keys(day: date) -> dict[str, Any]:
    return {"day": day, "week": week_key(day), "month": f"{day.year}-{day.month:02d}",
            "weekday": day.isoweekday()}


# -- keeping the steps -----------------------------------------------------------------------

def refresh(db: Database) -> int:
    """Count again the steps of every ticket `report_dirty` names; how many tickets it
    counted. A change made meanwhile leaves its ticket named (its `n` moved on)."""
    done = 0
    with db.read() as s:  # nothing changed: no write lock taken
        if s.execute(select(ReportDirty.ticket_id).limit(1)).first() is None:
            return done
    while True:
        with db.write() as s:
            if db.dialect != "sqlite":  # one counting at a time (SQLite's writer is one)
                s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK})
            dirty = s.execute(select(ReportDirty.ticket_id, ReportDirty.n)
                              .order_by(ReportDirty.ticket_id).limit(REFRESH_BATCH)).all()
            if not dirty:
                return done
            # A ticket reissued in place of another: that one leaves the count (or comes
            # back, when the new one is removed), so it is counted again too.
            ids = [t for t, _ in dirty]
            ids += sorted(set(s.scalars(select(Ticket.replaces_id).where(
                Ticket.id.in_(ids), Ticket.replaces_id.is_not(None)))) - set(ids))
            rows = _step_rows(s, ids)
            conn = s.connection()
            steps, marks = ReportStep.__table__.c, ReportDirty.__table__.c
            days = {(o, d) for o, d in conn.execute(
                select(steps.office_id, steps.day).where(steps.ticket_id.in_(ids))
                .distinct())}
            days |= {(row["office_id"], row["day"]) for row in rows}
            conn.execute(delete(ReportStep.__table__).where(steps.ticket_id.in_(ids)))
            if rows:
                conn.execute(insert(ReportStep.__table__), rows)
            count_day_totals(conn, days)
            conn.execute(delete(ReportDirty.__table__).where(
                marks.ticket_id == bindparam("t"), marks.n == bindparam("m")),
                [{"t": t, "m": n} for t, n in dirty])
            done += len(ids)


def _step_rows(s: Session, ids: Sequence[str]) -> list[dict[str, Any]]:
    issued = aliased(Service)
    tickets = s.execute(
        select(Ticket.id, Ticket.office_id, Ticket.number, issued.code, Ticket.arrived_at,
               Ticket.replaces_id, Ticket.day, Office.timezone)
        .join(issued, issued.id == Ticket.issued_service_id)
        .join(Office, Office.id == Ticket.office_id)
        .where(Ticket.id.in_(ids), Ticket.deleted_at.is_(None))
    ).all()
    if not tickets:
        return []
    replaced = set(s.scalars(select(Ticket.replaces_id).where(
        Ticket.replaces_id.in_(ids), Ticket.deleted_at.is_(None))))
    at_counter = aliased(Counter)
    events: dict[str, list[Event]] = {}
    for tid, kind, at, counter, actor, data in s.execute(
        select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.at, at_counter.number,
               TicketEvent.actor, TicketEvent.data)
        .join(Ticket, and_(Ticket.id == TicketEvent.ticket_id,
                           Ticket.office_id == TicketEvent.office_id))
        .outerjoin(at_counter, at_counter.id == TicketEvent.counter_id)
        .where(TicketEvent.ticket_id.in_(ids), TicketEvent.deleted_at.is_(None))
        .order_by(TicketEvent.at, TicketEvent.id)
    ):
        events.setdefault(tid, []).append(_event(kind, at, counter, actor, data or {}))
    zones: dict[str, ZoneInfo] = {}
    rows: list[dict[str, Any]] = []
    for tid, office, number, code, arrived, replaces, day, tz in tickets:
        if tid in replaced:
            continue  # a wrong ticket corrected: its visitor goes on as the new ticket
        zone = zones.setdefault(tz, ZoneInfo(tz))
        history = TicketHistory(tid, number, code, arrived, tuple(events.get(tid, ())), replaces)
        day_end = us(day_span(day, zone)[1])
        keys = time_keys(day)
        for index, step in enumerate(steps_of(history)):
            last = step.servings[-1] if step.servings else None
            handling = handling_time(step)
            rows.append({
                "ticket_id": tid, "step": index, "office_id": office, **keys,
                "hour": step.queued_at.astimezone(zone).hour,
                "service": step.service,
                "counter": int(last.counter) if last and last.counter.isdigit() else None,
                "staff": last.actor if last else None,
                "arrival": index == 0, "corrected": index == 0 and replaces is not None,
                "queued_us": us(step.queued_at),
                "called_us": None if step.called_at is None else us(step.called_at),
                "ended_us": None if step.ended_at is None else us(step.ended_at),
                "day_end_us": day_end, "end": step.end.value, "outcome": step.outcome,
                "handling_us": None if handling is None else handling // MICRO,
            })
    return rows


# -- checking a request ----------------------------------------------------------------------

def parse_day(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise Invalid("report_date", value=str(value)[:40], field="date") from None


def check(kind: str, first: date, last: date, by: Sequence[str],
          measures: Sequence[str] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The groupings and measures of a valid request (all of the kind's measures when none
    are named); Refused or Invalid with what to do otherwise."""
    if kind not in KINDS:
        raise Refused("report_kind", kind=kind, choices=", ".join(KINDS))
    if first > last:
        raise Invalid("report_dates", first=first.isoformat(), last=last.isoformat(),
                      field="date")
    days = (last - first).days + 1
    if days > MAX_DAYS:
        raise Refused("report_too_long", limit=MAX_DAYS, first=first.isoformat(),
                      last=last.isoformat(), days=days)
    groups = tuple(dict.fromkeys(by))
    for b in groups:
        if b not in GROUPINGS[kind]:
            raise Refused("report_grouping", kind=kind, by=b,
                          choices=", ".join(GROUPINGS[kind]))
    chosen = tuple(dict.fromkeys(measures)) if measures else MEASURES[kind]
    for m in chosen:
        if m not in MEASURES[kind]:
            raise Refused("report_measure", kind=kind, measure=m,
                          choices=", ".join(MEASURES[kind]))
    return groups, chosen


# -- the report ------------------------------------------------------------------------------

def report(db: Database, offices: Sequence[str], first: date, last: date,
           by: Sequence[str] = ("day",), measures: Sequence[str] | None = None,
           kind: str = "queue", now: datetime | None = None) -> Report:
    """The `kind` report of the offices (ids) over the local days `first`..`last`, grouped by
    `by` (in that order), with `measures` (all of the kind's when None). `now` bounds what is
    still open (today's steps count to now)."""
    groups, chosen = check(kind, first, last, by, measures)
    moment = now or datetime.now(UTC)
    make = {"queue": _queue, "counters": _counters, "contacts": _contacts,
            "escalations": _escalations, "documents": _documents, "visitors": _visitors,
            "notices": _notices}[kind]
    rows = make(db, list(offices), first, last, groups, moment) if offices else []
    if "office" in groups:
        codes = _office_codes(db, offices)
        for row in rows:
            row["office"] = codes.get(row["office"], row["office"])
    rows.sort(key=lambda r: tuple(_order(r[b]) for b in groups))
    return Report(kind, first, last, groups, chosen,
                  [{**{b: r[b] for b in groups}, **{m: r.get(m) for m in chosen}}
                   for r in rows])


def office_report(ctx: Context, first: date, last: date, by: Sequence[str] = ("day",),
                  measures: Sequence[str] | None = None, kind: str = "queue") -> Report:
    """The report of the context's office (a supervisor's or an admin's)."""
    ctx.require(Action.VIEW_REPORTS)
    check(kind, first, last, by, measures)
    return report(ctx.db, [ctx.office_id], first, last, by, measures, kind, ctx.now())


def _order(key: Any) -> tuple[int, Any]:
    return (1, "") if key is None else (0, key)


def _office_codes(db: Database, offices: Iterable[str]) -> dict[str, str]:
    with db.read() as s:
        return {oid: code for oid, code in s.execute(
            select(Office.id, Office.code).where(Office.id.in_(list(offices))))}


def _int(value: Any) -> int:
    return int(value or 0)


def _step_sums(r: Any, until: Any, target: Any) -> dict[str, Any]:
    """The sums over steps a queue report is made of (see `_queue`)."""
    reached = func.coalesce(r.called_us, r.ended_us, until)
    waited = case((reached < until, reached), else_=until) - r.queued_us
    waited = case((waited > 0, waited), else_=literal(0, BigInteger))
    called = r.called_us.is_not(None)
    wait = r.called_us - r.queued_us

    def count(condition: ColumnElement[bool]) -> Any:
        return func.sum(case((condition, 1), else_=0))

    def flag(column: Any) -> Any:
        return func.sum(cast(column, Integer))

    return {
        "steps": func.count(),
        "arrivals": flag(r.arrival),
        "called": func.count(r.called_us),
        "wait_sum": func.sum(wait),
        "longest": func.max(case((r.queued_us <= until, waited))),
        "met": count(and_(called, wait <= target)),
        "counted": count(or_(called, waited > target)),
        "corrections": flag(r.corrected),
        "left_uncalled": count(and_(r.queued_us < until,
                                    or_(r.called_us.is_(None), r.called_us >= until),
                                    or_(r.ended_us.is_(None), r.ended_us >= until))),
        "handled": func.count(r.handling_us),
        "handling_sum": func.sum(r.handling_us),
    }


TOTAL_GROUPS = frozenset({"day", "week", "month", "weekday", "service", "office"})
_TOTAL_KEYS = ("office_id", "day", "week", "month", "weekday", "service", "end", "outcome")
_SUMS = ("steps", "arrivals", "called", "wait_sum", "longest", "met", "counted",
         "corrections", "left_uncalled", "handled", "handling_sum")


def count_day_totals(conn: Any, days: Iterable[tuple[str, date]]) -> None:
    """Count again `report_totals` of these (office, day) pairs from their steps, each step
    counted to the end of its day: exact for a day once it has ended (a later change names
    its ticket dirty, and `refresh` counts its day again)."""
    r = ReportStep.__table__.c
    t = ReportTotal.__table__
    target = func.coalesce(Service.target_wait_min, 0) * literal(60_000_000, BigInteger)
    sums = _step_sums(r, r.day_end_us, target)
    keys = [r.office_id if k == "office_id" else func.coalesce(r.outcome, "").label("outcome")
            if k == "outcome" else r[k] for k in _TOTAL_KEYS]
    query = (
        select(*keys, target.label("target_us"), *[sums[n].label(n) for n in _SUMS])
        .select_from(ReportStep.__table__.outerjoin(Service, and_(
            Service.office_id == r.office_id, Service.code == r.service,
            Service.deleted_at.is_(None))))
        .where(r.office_id == bindparam("o"), r.day == bindparam("d"))
        .group_by(*keys, Service.target_wait_min)
    )
    pairs = [{"o": o, "d": d} for o, d in sorted(set(days))]
    if not pairs:
        return
    conn.execute(delete(t).where(t.c.office_id == bindparam("o"), t.c.day == bindparam("d")),
                 pairs)
    conn.execute(insert(t).from_select([*_TOTAL_KEYS, "target_us", *_SUMS], query), pairs)


def _queue(db: Database, offices: list[str], first: date, last: date, groups: tuple[str, ...],
           now: datetime) -> list[dict[str, Any]]:
    refresh(db)
    r = ReportStep.__table__.c
    zones = _office_zones(db, offices)
    ended = bool(zones) and all(day_span(last, z)[1] <= now for z in zones.values())
    # Each service's target wait: few services are written into the query, many joined.
    with db.read() as s:
        targets = {(o, c): m * 60_000_000 for o, c, m in s.execute(
            select(Service.office_id, Service.code, Service.target_wait_min)
            .where(Service.office_id.in_(offices), Service.deleted_at.is_(None)))}
        # Days that have ended, grouped by day and service only: their totals, while they
        # were counted with the services' targets of now.
        t = ReportTotal.__table__.c
        use_totals = ended and set(groups) <= TOTAL_GROUPS and not s.execute(
            select(t.office_id).select_from(ReportTotal.__table__.outerjoin(Service, and_(
                Service.office_id == t.office_id, Service.code == t.service,
                Service.deleted_at.is_(None))))
            .where(t.office_id.in_(offices), t.day >= first, t.day <= last,
                   t.target_us != func.coalesce(Service.target_wait_min, 0)
                   * literal(60_000_000, BigInteger))
            .limit(1)).first()
    if use_totals:
        source: Any = ReportTotal.__table__
        columns: dict[str, Any] = {n: func.max(t[n]) if n == "longest" else func.sum(t[n])
                                   for n in _SUMS}
        c = t
    else:
        # A step counts to the end of its day, or to now for today's.
        if ended:
            until: Any = r.day_end_us
        else:
            now_us = bindparam("now_us", us(now), type_=BigInteger)
            until = case((r.day_end_us < now_us, r.day_end_us), else_=now_us)
        joined = len(set(targets.values())) > 1 and len(targets) > 12
        if joined:
            target: Any = Service.target_wait_min * literal(60_000_000, BigInteger)
        elif len(set(targets.values())) == 1:
            target = literal(next(iter(targets.values())), BigInteger)
        else:
            target = case(*[(and_(r.office_id == o, r.service == code),
                             literal(v, BigInteger)) for (o, code), v in targets.items()],
                          else_=None)
        # Grouped also by how each step ended and its outcome, so those counts are the
        # groups' sizes and the database sums fewer expressions per row.
        columns = _step_sums(r, until, target)
        source = ReportStep.__table__
        if joined:
            source = source.outerjoin(Service, and_(Service.office_id == r.office_id,
                                                    Service.code == r.service,
                                                    Service.deleted_at.is_(None)))
        c = r
    keys = [c.office_id if b == "office" else c[b] for b in groups]
    query = (
        select(*[k.label(f"k{i}") for i, k in enumerate(keys)], c.end, c.outcome,
               *[v.label(name) for name, v in columns.items()])
        .select_from(source)
        .where(c.office_id.in_(offices), c.day >= first, c.day <= last)
        .group_by(*keys, c.end, c.outcome)
    )
    sums = ("steps", "arrivals", "called", "wait_sum", "met", "counted", "corrections",
            "left_uncalled", "handled", "handling_sum", "served", "no_shows", "transfers",
            *OUTCOME_MEASURES)
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    with db.read() as s:
        for row in s.execute(query).mappings():
            key = tuple(row[f"k{i}"] for i in range(len(groups)))
            t = totals.get(key)
            if t is None:
                t = totals[key] = {**dict(zip(groups, key, strict=True)), **dict.fromkeys(sums, 0),
                                   "longest": None}
            for name in columns:
                if name != "longest":
                    t[name] += _int(row[name])
            if row["longest"] is not None:
                t["longest"] = max(t["longest"] or 0, int(row["longest"]))
            steps = _int(row["steps"])
            end = row["end"]
            if end == StepEnd.FINISHED.value:
                t["served"] += steps
                outcome = f"outcome_{row['outcome'] or 'served'}"
                if outcome in t:
                    t[outcome] += steps
            elif end == StepEnd.NO_SHOW.value:
                t["no_shows"] += steps
            elif end == StepEnd.TRANSFERRED.value:
                t["transfers"] += steps
    out = []
    for t in totals.values():
        called_n, handled, counted = t["called"], t["handled"], t["counted"]
        out.append({
            **{b: t[b] for b in groups},
            **{m: t[m] for m in ("steps", "arrivals", "called", "served", "no_shows",
                                 "transfers", "corrections", "left_uncalled",
                                 *OUTCOME_MEASURES)},
            "mean_wait": (MICRO * t["wait_sum"]) / called_n if called_n else None,
            "longest_wait": None if t["longest"] is None else MICRO * t["longest"],
            "service_level": t["met"] / counted if counted else None,
            "mean_handling": (MICRO * t["handling_sum"]) / handled if handled else None,
        })
    return out


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _counters(db: Database, offices: list[str], first: date, last: date,
              groups: tuple[str, ...], now: datetime) -> list[dict[str, Any]]:
    """Each counter's day from the day's events (app.core.measures), summed per group."""
    from app.operations.measures import read_histories

    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    with db.read() as s:
        office_rows = s.execute(select(Office.id, Office.timezone)
                                .where(Office.id.in_(offices))).all()
    for office, tz in office_rows:
        zone = ZoneInfo(tz)
        with db.read() as s:
            served_by: dict[str, list[str]] = {}
            for number, code in s.execute(
                select(Counter.number, Service.code)
                .join(CounterService, CounterService.counter_id == Counter.id)
                .join(Service, Service.id == CounterService.service_id)
                .where(Counter.office_id == office, Counter.deleted_at.is_(None),
                       CounterService.deleted_at.is_(None))
            ):
                served_by.setdefault(str(number), []).append(code)
            changes: dict[str, list[tuple[datetime, bool]]] = {}
            for number, kind, at in s.execute(
                select(Counter.number, CounterEvent.kind, CounterEvent.at)
                .join(Counter, Counter.id == CounterEvent.counter_id)
                .where(CounterEvent.office_id == office, CounterEvent.deleted_at.is_(None),
                       CounterEvent.at < day_span(last, zone)[1])
                .order_by(CounterEvent.at, CounterEvent.id)
            ):
                changes.setdefault(str(number), []).append((at, kind == "opened"))
        reader = Context(db, _reader(), office, zone, lambda: now)
        by_day: dict[date, list[TicketHistory]] = {}
        for h in read_histories(reader, first, last):
            by_day.setdefault(h.arrived_at.astimezone(zone).date(), []).append(h)
        for day in _days(first, last):
            start, end = day_span(day, zone)
            if start >= now:
                break
            until = min(end, now)
            steps = all_steps(by_day.get(day, []))
            for counter, services in served_by.items():
                spans = _open_spans_of(changes.get(counter), steps, counter, start, until)
                finished = [st for st in steps if st.end is StepEnd.FINISHED
                            and st.servings and st.servings[-1].counter == counter]
                keys = {**time_keys(day), "counter": int(counter), "office": office}
                key = tuple(keys[b] for b in groups)
                t = totals.setdefault(key, {**{b: keys[b] for b in groups}, "served": 0,
                                            "handled": timedelta(0), "time_open": timedelta(0),
                                            "serving": timedelta(0),
                                            "idle_while_waiting": timedelta(0)})
                t["served"] += len(finished)
                t["handled"] += sum((handling_time(st) or timedelta(0) for st in finished),
                                    timedelta(0))
                t["time_open"] += sum((b - a for a, b in spans), timedelta(0))
                t["serving"] += serving_while_open(steps, counter, spans, until)
                t["idle_while_waiting"] += idle_while_waiting(steps, counter, services, spans,
                                                              until)
    out = []
    for t in totals.values():
        t["mean_handling"] = t["handled"] / t["served"] if t["served"] else None
        t["occupancy"] = t["serving"] / t["time_open"] if t["time_open"] else None
        out.append(t)
    return out


def _open_spans_of(changes: list[tuple[datetime, bool]] | None, steps: Sequence[Any],
                   counter: str, start: datetime, until: datetime) -> list[tuple[datetime,
                                                                                 datetime]]:
    """When the counter stood open that day: from its recorded openings and closings; a
    counter whose opening was never recorded (before the store kept them) counts as open
    from its first call of the day to the end of its last service."""
    if changes:
        return open_spans(changes, start, until)
    stretches = [(sv.start, sv.end or until) for st in steps for sv in st.servings
                 if sv.counter == counter]
    return [(min(a for a, _ in stretches), max(b for _, b in stretches))] if stretches else []


def _reader() -> Any:
    from app.core.permissions import Actor, Role

    return Actor("reports", frozenset({Role.SUPERVISOR}))


def _offsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offsets (seconds) from `start` to `end`: (from this instant, offset),
    the first from `start`. The zone's clocks turn on the hour."""
    hour = timedelta(hours=1)
    moment = start.replace(minute=0, second=0, microsecond=0)
    offset = moment.astimezone(zone).utcoffset()
    segments = [(start, int(offset.total_seconds()) if offset else 0)]
    day = timedelta(days=1)
    while moment < end:
        step = day if (moment + day).astimezone(zone).utcoffset() == offset else hour
        moment += step
        now_offset = moment.astimezone(zone).utcoffset()
        if now_offset != offset:
            offset = now_offset
            segments.append((moment, int(offset.total_seconds()) if offset else 0))
    return segments


def _local_bucket(db: Database, column: Any, zone: ZoneInfo, start: datetime, end: datetime,
                  hourly: bool) -> Any:
    """A moment's local day ('YYYY-MM-DD') or local hour ('YYYY-MM-DD HH') as text, counted
    in the database the same on both: PostgreSQL knows the zone; on SQLite the moment is
    moved by the zone's offset of its stretch between two turns of the clocks."""
    if db.dialect != "sqlite":
        return func.to_char(func.timezone(str(zone.key), column),
                            "YYYY-MM-DD HH24" if hourly else "YYYY-MM-DD")
    segments = _offsets(zone, start, end)
    shift: Any = literal(f"{segments[-1][1]:+d} seconds")
    if len(segments) > 1:
        shift = case(*[(column < bindparam(f"turn{i}", at, type_=column.type),
                        literal(f"{off:+d} seconds"))
                       for i, ((_, off), (at, _)) in enumerate(zip(segments, segments[1:],
                                                                   strict=False))],
                     else_=shift)
    return func.substr(func.datetime(column, shift), 1, 13 if hourly else 10)


def _bucket_keys(bucket: str) -> dict[str, Any]:
    day = date(int(bucket[:4]), int(bucket[5:7]), int(bucket[8:10]))
    keys = time_keys(day)
    if len(bucket) > 10:
        keys["hour"] = int(bucket[11:13])
    return keys


def _office_zones(db: Database, offices: list[str]) -> dict[str, ZoneInfo]:
    with db.read() as s:
        return {o: ZoneInfo(tz) for o, tz in s.execute(
            select(Office.id, Office.timezone).where(Office.id.in_(offices)))}


def _contacts(db: Database, offices: list[str], first: date, last: date,
              groups: tuple[str, ...], now: datetime) -> list[dict[str, Any]]:
    """Contacts started on the local days, grouped in the database by local day (or hour)."""
    zones = _office_zones(db, offices)
    extra = {"channel": Contact.channel, "topic": ContactTopic.code,
             "staff": Contact.served_by}
    named = [b for b in groups if b in extra]
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    by_zone: dict[str, list[str]] = {}
    for office, zone in zones.items():
        by_zone.setdefault(zone.key, []).append(office)
    for key, members in by_zone.items():
        zone = ZoneInfo(key)
        start, end = day_span(first, zone)[0], day_span(last, zone)[1]
        bucket = _local_bucket(db, Contact.started_at, zone, start, end, "hour" in groups)
        query = (
            select(Contact.office_id, bucket.label("bucket"), *[extra[b] for b in named],
                   func.count().label("n"),
                   func.count(Contact.id).filter(Contact.ended_at.is_(None)).label("ongoing"))
            .outerjoin(ContactTopic, ContactTopic.id == Contact.topic_id)
            .where(Contact.office_id.in_(members), Contact.deleted_at.is_(None),
                   Contact.started_at >= start, Contact.started_at < end)
            .group_by(Contact.office_id, bucket, *[extra[b] for b in named])
        )
        seen: dict[str, dict[str, Any]] = {}
        with db.read() as s:
            for row in s.execute(query):
                local = seen.get(row[1]) or seen.setdefault(row[1], _bucket_keys(row[1]))
                values = {**local, **dict(zip(named, row[2:2 + len(named)], strict=True)),
                          "office": row[0]}
                t = totals.setdefault(tuple(values[b] for b in groups),
                                      {**{b: values[b] for b in groups}, "contacts": 0,
                                       "ongoing": 0})
                t["contacts"] += int(row.n)
                t["ongoing"] += int(row.ongoing)
    return list(totals.values())


def _escalations(db: Database, offices: list[str], first: date, last: date,
                 groups: tuple[str, ...], now: datetime) -> list[dict[str, Any]]:
    """Escalations opened and solved on the days (this PC's own), and those overdue now:
    promised by a day before today and not yet closed, counted on their opening's day."""
    zones = _office_zones(db, offices)
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    with db.read() as s:
        rows = s.execute(select(Escalation.office_id, Escalation.target, Escalation.created_at,
                                Escalation.closed_at, Escalation.promised_on)
                         .where(Escalation.office_id.in_(offices))).all()
    for office, target, created, closed, promised in rows:
        zone = zones.get(office)
        if zone is None:
            continue
        today = now.astimezone(zone).date()
        marks = [("opened", created)]
        if closed is not None:
            marks.append(("solved", closed))
        if closed is None and promised is not None and promised < today:
            marks.append(("overdue", created))
        for measure, moment in marks:
            day = moment.astimezone(zone).date()
            if not first <= day <= last:
                continue
            values = {**time_keys(day), "target": target, "office": office}
            key = tuple(values[b] for b in groups)
            t = totals.setdefault(key, {**{b: values[b] for b in groups}, "opened": 0,
                                        "solved": 0, "overdue": 0})
            t[measure] += 1
    return list(totals.values())


# -- the other desks: documents, visitors, notices ------------------------------------------

def _by_local_day(db: Database, offices: list[str], first: date, last: date,
                  groups: tuple[str, ...], moment: Any, office: Any, extra: dict[str, Any],
                  sums: dict[str, Any], joins: Sequence[tuple[Any, Any]],
                  where: Sequence[Any]) -> list[dict[str, Any]]:
    """Rows whose `moment` falls on the local days, counted in the database: grouped by the
    local day (or hour, as `_contacts` does), the office and the `extra` groupings named,
    summing `sums` (name: a column expression)."""
    zones = _office_zones(db, offices)
    named = [b for b in groups if b in extra]
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    by_zone: dict[str, list[str]] = {}
    for o, zone in zones.items():
        by_zone.setdefault(zone.key, []).append(o)
    for key, members in by_zone.items():
        zone = ZoneInfo(key)
        start, end = day_span(first, zone)[0], day_span(last, zone)[1]
        bucket = _local_bucket(db, moment, zone, start, end, "hour" in groups)
        query = select(office, bucket.label("bucket"), *[extra[b] for b in named],
                       *[v.label(n) for n, v in sums.items()])
        for table, on in joins:
            query = query.outerjoin(table, on)
        query = (query.where(office.in_(members), moment >= start, moment < end, *where)
                 .group_by(office, bucket, *[extra[b] for b in named]))
        seen: dict[str, dict[str, Any]] = {}
        with db.read() as s:
            for row in s.execute(query):
                local = seen.get(row[1]) or seen.setdefault(row[1], _bucket_keys(row[1]))
                values = {**local, **dict(zip(named, row[2:2 + len(named)], strict=True)),
                          "office": row[0]}
                t = totals.setdefault(tuple(values[b] for b in groups),
                                      {**{b: values[b] for b in groups},
                                       **dict.fromkeys(sums, 0)})
                for n in sums:
                    t[n] += _int(row._mapping[n])
    return list(totals.values())


def _count(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _documents(db: Database, offices: list[str], first: date, last: date,
               groups: tuple[str, ...], now: datetime) -> list[dict[str, Any]]:
    """The register's documents registered on the days (by their registration day), and of
    those, as at the report's end (or now, when that is later): answered on time, answered
    late, and overdue. The definitions are app.core.measures' (documents_registered,
    answered_on_time, overdue_now): a document is answered when its status says so, on the day
    its answering letter was registered; on time when that day is not after its deadline
    (answered with no letter: answered, on no known day, so neither on time nor late); overdue
    when its deadline has passed and it was not answered by then."""
    zones = _office_zones(db, offices)
    answer = aliased(RegisterEntry)
    extra = {"document_type": RegisterEntry.document_type,
             "series": RegisterSeries.series_index, "direction": RegisterEntry.direction}
    named = [b for b in groups if b in extra]
    totals: dict[tuple[Any, ...], dict[str, Any]] = {}
    names = ("registered", "answered_on_time", "answered_late", "overdue")
    by_today: dict[date, list[str]] = {}
    for o, zone in zones.items():
        by_today.setdefault(now.astimezone(zone).date(), []).append(o)
    for today, members in by_today.items():
        as_at = min(last, today)  # answers given by the end of this day count
        due = min(last + timedelta(days=1), today)  # deadlines before this day have passed
        answered = RegisterEntry.status == "answered"
        answered_by = and_(answered, answer.registered_on.is_not(None),
                           answer.registered_on <= as_at)
        deadline = RegisterEntry.deadline
        query = (
            select(RegisterEntry.office_id, RegisterEntry.registered_on,
                   *[extra[b] for b in named], func.count().label("registered"),
                   _count(and_(answered_by, answer.registered_on <= deadline))
                   .label("answered_on_time"),
                   _count(and_(answered_by, answer.registered_on > deadline))
                   .label("answered_late"),
                   _count(and_(deadline.is_not(None), deadline < due, or_(
                       ~answered, and_(answer.registered_on.is_not(None),
                                       answer.registered_on > as_at)))).label("overdue"))
            .join(RegisterSeries, RegisterSeries.id == RegisterEntry.series_id)
            .outerjoin(answer, and_(answer.id == RegisterEntry.answer_id,
                                    answer.office_id == RegisterEntry.office_id,
                                    answer.deleted_at.is_(None)))
            .where(RegisterEntry.office_id.in_(members), RegisterEntry.deleted_at.is_(None),
                   RegisterEntry.registered_on >= first, RegisterEntry.registered_on <= last)
            .group_by(RegisterEntry.office_id, RegisterEntry.registered_on,
                      *[extra[b] for b in named])
        )
        with db.read() as s:
            for row in s.execute(query):
                values = {**time_keys(row[1]),
                          **dict(zip(named, row[2:2 + len(named)], strict=True)),
                          "office": row[0]}
                t = totals.setdefault(tuple(values[b] for b in groups),
                                      {**{b: values[b] for b in groups},
                                       **dict.fromkeys(names, 0)})
                for n in names:
                    t[n] += _int(row._mapping[n])
    return list(totals.values())


def _visitors(db: Database, offices: list[str], first: date, last: date,
              groups: tuple[str, ...], now: datetime) -> list[dict[str, Any]]:
    """Visitors registered at the desk, by the local day (or hour) of their arrival and their
    purpose (app.core.measures.by_key_in_days); those still inside (not signed out)."""
    r = VisitorRegistration
    return _by_local_day(
        db, offices, first, last, groups, r.arrived_at, r.office_id,
        {"purpose": VisitPurpose.code},
        {"visits": func.count(), "inside": _count(r.left_at.is_(None))},
        [(VisitPurpose, VisitPurpose.id == r.purpose_id)], [r.deleted_at.is_(None)])


def _notices(db: Database, offices: list[str], first: date, last: date,
             groups: tuple[str, ...], now: datetime) -> list[dict[str, Any]]:
    """Notices issued on the local days, by template (app.core.measures.by_key_in_days) and
    by delivery: first issuances, and the copies reprinted of them apart."""
    i = Issuance
    return _by_local_day(
        db, offices, first, last, groups, i.issued_at, i.office_id,
        {"template": i.template_id, "delivery": i.delivery},
        {"issued": _count(~i.is_copy), "copies": _count(i.is_copy)}, [],
        [i.deleted_at.is_(None)])


# -- the same figures from the events, for checking the kept steps ----------------------------

def steps_from_events(db: Database) -> list[dict[str, Any]]:
    """Every ticket's steps counted from its events now, as `report_steps` rows in a fixed
    order: what the kept rows must equal."""
    with db.read() as s:
        ids = list(s.scalars(select(Ticket.id).order_by(Ticket.id)))
        rows = [row for i in range(0, len(ids), REFRESH_BATCH)
                for row in _step_rows(s, ids[i:i + REFRESH_BATCH])]
    return sorted(rows, key=lambda r: (r["ticket_id"], r["step"]))


def kept_steps(db: Database) -> list[dict[str, Any]]:
    """The `report_steps` rows as kept, in the same order."""
    with db.read() as s:
        result = s.execute(select(ReportStep.__table__).order_by(ReportStep.ticket_id,
                                                                 ReportStep.step))
        return [dict(r) for r in result.mappings()]
