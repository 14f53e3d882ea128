"""A person's own results at any moment, against their goals and the office's median, and the
goals the supervisor sets.

Employees' results are personal data: a person sees only their own; a supervisor may read
anyone's, and each such reading is recorded in the personal-data access log (the log that
records reads of visitors' data), with the person read as `data.staff`. The office's median
is one number per measure, never anyone's name.

A person's served tickets are the steps they finished; their handling time is those steps'
(app.core.measures.handling_time); the service level of their calls counts the steps they
called first, against each service's target wait; contacts are those they recorded.
"""

from __future__ import annotations

import math
from collections import Counter as Tally
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.core.errors import InvalidInput, NotFound
from app.core.goals import (
    MAX_TARGET,
    Goal,
    Measure,
    Period,
    days,
    goal_for,
    median,
    period_days,
)
from app.core.measures import (
    Step,
    StepEnd,
    all_steps,
    day_span,
    handling_time,
    mean,
    outcomes,
    service_level,
)
from app.core.permissions import Action, Role
from app.operations.board import day_histories
from app.operations.context import Context
from app.store.models import Contact, PersonalDataAccess, Service, StaffAccount
from app.store.models import Goal as GoalRow

# The trend line's days: the last four weeks.
TREND_DAYS = 28
READ_PURPOSE = "supervision of staff results"
READ_LEGAL_BASIS = (
    "Employment Contracts Act \u00a7 28 (the employer's right to direct and supervise work); "
    "Personal Data Protection Act"
)
STAFF_ROLES = frozenset({Role.DESK, Role.COUNTER, Role.SUPERVISOR})


@dataclass(frozen=True)
class Figures:
    served: int = 0
    handling: timedelta | None = None
    service_level: float | None = None
    outcomes: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)

    def value(self, measure: Measure) -> float | None:
        if measure is Measure.SERVED:
            return float(self.served)
        if measure is Measure.HANDLING_MIN:
            return None if self.handling is None else self.handling.total_seconds() / 60
        if measure is Measure.SERVICE_LEVEL:
            return None if self.service_level is None else self.service_level * 100
        return float(sum(self.contacts.values()))


@dataclass(frozen=True)
class PeriodResults:
    period: Period
    first: date
    last: date
    mine: Figures
    median: dict[Measure, float | None]
    goals: dict[Measure, Goal | None]


@dataclass(frozen=True)
class TrendDay:
    day: date
    served: int
    handling_min: float | None


@dataclass(frozen=True)
class Results:
    staff: str
    display_name: str
    periods: list[PeriodResults]
    trend: list[TrendDay]


@dataclass(frozen=True)
class StaffMember:
    user_name: str
    display_name: str


def _target_staff(ctx: Context, staff: str | None) -> str:
    """Whose results this reading is for; anyone's but one's own needs the supervisor."""
    ctx.require(Action.VIEW_OWN_RESULTS)
    name = staff or ctx.actor.name
    if name != ctx.actor.name:
        ctx.require(Action.SUPERVISE)
    return name


def _log_read(ctx: Context, staff: str, what: str) -> None:
    """Record a supervisor's reading of another person's results (never one's own)."""
    if staff == ctx.actor.name:
        return
    with ctx.db.write() as s:
        s.add(PersonalDataAccess(
            office_id=ctx.office_id, at=ctx.now(), actor=ctx.actor.name, action="read",
            purpose=READ_PURPOSE, legal_basis=READ_LEGAL_BASIS,
            data={"staff": staff, "what": what},
        ))


def results_reads(ctx: Context, staff: str | None = None) -> list[PersonalDataAccess]:
    """The recorded readings of staff results, newest first (a supervisor's view, or a
    person's own: who read theirs)."""
    name = _target_staff(ctx, staff)
    with ctx.db.read() as s:
        rows = s.scalars(
            select(PersonalDataAccess)
            .where(PersonalDataAccess.office_id == ctx.office_id,
                   PersonalDataAccess.purpose == READ_PURPOSE)
            .order_by(PersonalDataAccess.at.desc())
        ).all()
        return [r for r in rows if (r.data or {}).get("staff") == name]


def staff_members(ctx: Context) -> list[StaffMember]:
    """The office's working staff, for the supervisor's choice of whose results to see."""
    ctx.require(Action.SUPERVISE)
    with ctx.db.read() as s:
        rows = s.execute(
            select(StaffAccount.user_name, StaffAccount.display_name, StaffAccount.roles)
            .where(StaffAccount.office_id == ctx.office_id, StaffAccount.deleted_at.is_(None),
                   StaffAccount.active.is_(True))
            .order_by(StaffAccount.display_name, StaffAccount.user_name)
        ).all()
    return [StaffMember(u, d) for u, d, roles in rows
            if {r.strip() for r in roles.split(",")} & {r.value for r in STAFF_ROLES}]


# -- figures ------------------------------------------------------------------------------

def _served_by(step: Step) -> str | None:
    return step.servings[-1].actor if step.end is StepEnd.FINISHED and step.servings else None


def _called_by(step: Step) -> str | None:
    return step.servings[0].actor if step.servings else None


def _figures(steps: Sequence[Step], contacts: Iterable[tuple[str, str, datetime]],
             person: str, targets: Mapping[str, timedelta], until: datetime) -> Figures:
    finished = [st for st in steps if _served_by(st) == person]
    called = [st for st in steps if st.called_at is not None and _called_by(st) == person
              and st.service in targets]
    return Figures(
        served=len(finished),
        handling=mean(handling_time(st) for st in finished),
        service_level=service_level(called, targets, until),
        outcomes=outcomes(finished),
        contacts=dict(Tally(channel for who, channel, _ in contacts if who == person)),
    )


def _people(steps: Iterable[Step], contacts: Iterable[tuple[str, str, datetime]]) -> set[str]:
    names = {sv.actor for st in steps for sv in st.servings if sv.actor}
    names.update(who for who, _, _ in contacts)
    return names


def _goals(ctx: Context) -> list[Goal]:
    with ctx.db.read() as s:
        rows = s.scalars(select(GoalRow).where(GoalRow.office_id == ctx.office_id,
                                               GoalRow.deleted_at.is_(None))).all()
    out = []
    for r in rows:
        try:
            out.append(Goal(Measure(r.measure), Period(r.period), r.target, r.staff))
        except ValueError:  # a measure or period of a newer version of Lett
            continue
    return out


def my_results(ctx: Context, staff: str | None = None, today: date | None = None) -> Results:
    """Today's, this week's and this month's results of `staff` (one's own when None), with
    the office's median and the goals that hold, and the served tickets and mean handling
    time of each of the last TREND_DAYS days."""
    person = _target_staff(ctx, staff)
    now = ctx.now()
    today = today or ctx.local(now).date()
    spans = {p: period_days(p, today) for p in Period}
    first = min(min(a for a, _ in spans.values()), today - timedelta(days=TREND_DAYS - 1))
    start, _ = day_span(first, ctx.timezone)
    _, end = day_span(today, ctx.timezone)
    until = min(now, end)
    with ctx.db.read() as s:
        targets = {code: timedelta(minutes=m) for code, m in s.execute(
            select(Service.code, Service.target_wait_min)
            .where(Service.office_id == ctx.office_id, Service.deleted_at.is_(None)))}
        display = s.scalar(select(StaffAccount.display_name).where(
            StaffAccount.office_id == ctx.office_id, StaffAccount.user_name == person,
            StaffAccount.deleted_at.is_(None))) or person
        contacts = [(who, channel, at.astimezone(ctx.timezone)) for who, channel, at in s.execute(
            select(Contact.served_by, Contact.channel, Contact.started_at)
            .where(Contact.office_id == ctx.office_id, Contact.deleted_at.is_(None),
                   Contact.started_at >= start, Contact.started_at < end))]
    steps = all_steps(day_histories(ctx, first, today))
    by_day: dict[date, list[Step]] = {}
    for st in steps:
        by_day.setdefault(st.queued_at.astimezone(ctx.timezone).date(), []).append(st)
    goals = _goals(ctx)
    periods = []
    for period, (a, b) in spans.items():
        in_steps = [st for d in days(a, b) for st in by_day.get(d, [])]
        in_contacts = [c for c in contacts if a <= c[2].date() <= b]
        everyone = [_figures(in_steps, in_contacts, p, targets, until)
                    for p in _people(in_steps, in_contacts)]
        periods.append(PeriodResults(
            period, a, b, _figures(in_steps, in_contacts, person, targets, until),
            {m: median(f.value(m) for f in everyone) for m in Measure},
            {m: goal_for(goals, person, m, period) for m in Measure},
        ))
    trend = []
    for d in days(today - timedelta(days=TREND_DAYS - 1), today):
        finished = [st for st in by_day.get(d, []) if _served_by(st) == person]
        handling = mean(handling_time(st) for st in finished)
        trend.append(TrendDay(d, len(finished),
                              None if handling is None else handling.total_seconds() / 60))
    _log_read(ctx, person, "results")
    return Results(person, display, periods, trend)


# -- goals --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoalView:
    id: str
    staff: str
    measure: Measure
    period: Period
    target: float
    set_by: str
    set_at: datetime


def list_goals(ctx: Context, staff: str | None = None) -> list[GoalView]:
    """The goals that concern `staff` (their own and the team's); a supervisor asking for
    None sees every goal of the office."""
    ctx.require(Action.VIEW_OWN_RESULTS)
    every = staff is None and ctx.actor.may(Action.SUPERVISE)
    person = "" if every else _target_staff(ctx, staff)
    with ctx.db.read() as s:
        query = select(GoalRow).where(GoalRow.office_id == ctx.office_id,
                                      GoalRow.deleted_at.is_(None))
        if not every:
            query = query.where(GoalRow.staff.in_(["", person]))
        rows = s.scalars(query.order_by(GoalRow.staff, GoalRow.measure, GoalRow.period)).all()
        out = []
        for r in rows:
            try:
                out.append(GoalView(r.id, r.staff, Measure(r.measure), Period(r.period),
                                    r.target, r.set_by, r.set_at))
            except ValueError:
                continue
    if not every:
        _log_read(ctx, person, "goals")
    return out


def _choice(value: str, kind: type[Measure] | type[Period], code: str) -> Measure | Period:
    try:
        return kind(value)
    except ValueError:
        raise InvalidInput(code, value=str(value)[:40],
                           choices=", ".join(v.value for v in kind)) from None


def set_goal(ctx: Context, measure: str, period: str, target: float,
             staff: str = "") -> GoalView:
    """Set the goal of a measure and period for a person (a user name) or the team (""):
    the goal already set for the same is replaced."""
    ctx.require(Action.SUPERVISE)
    m = _choice(measure, Measure, "goal_measure")
    p = _choice(period, Period, "goal_period")
    try:
        value = float(target)
    except (TypeError, ValueError):
        value = math.nan
    if not math.isfinite(value) or not 0 <= value <= MAX_TARGET \
            or (m is Measure.SERVICE_LEVEL and value > 100):
        raise InvalidInput("goal_target", value=str(target)[:40])
    staff = (staff or "").strip()
    now = ctx.now()
    with ctx.db.write() as s:
        if staff and s.scalar(select(StaffAccount.id).where(
                StaffAccount.office_id == ctx.office_id, StaffAccount.user_name == staff,
                StaffAccount.deleted_at.is_(None))) is None:
            raise NotFound("unknown_staff", staff=staff[:64])
        row = s.scalars(select(GoalRow).where(
            GoalRow.office_id == ctx.office_id, GoalRow.deleted_at.is_(None),
            GoalRow.staff == staff, GoalRow.measure == m.value, GoalRow.period == p.value,
        )).first()
        if row is None:
            row = GoalRow(office_id=ctx.office_id, staff=staff, measure=m.value,
                          period=p.value, target=value, set_by=ctx.actor.name, set_at=now)
            s.add(row)
        else:
            row.target, row.set_by, row.set_at = value, ctx.actor.name, now
        s.flush()
        return GoalView(row.id, staff, Measure(m.value), Period(p.value), value,
                        ctx.actor.name, now)


def remove_goal(ctx: Context, goal_id: str) -> None:
    ctx.require(Action.SUPERVISE)
    with ctx.db.write() as s:
        row = s.get(GoalRow, goal_id)
        if row is None or row.office_id != ctx.office_id or row.deleted_at is not None:
            raise NotFound("unknown_goal")
        row.deleted_at = ctx.now()
