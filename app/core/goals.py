"""A person's results against their goals and against the office.

A goal names a measure, a period (day, week or month) and a target; it is set for one person
or for the team (everyone of the office, `staff` empty). A person's own goal of a measure and
period wins over the team's. For handling time lower is better; for the others higher.
The office's median is the median of everyone's figure who worked in the period: a single
number, never anyone's name.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Measure(StrEnum):
    SERVED = "served"                  # tickets finished by the person
    HANDLING_MIN = "handling_min"      # mean handling time, minutes
    SERVICE_LEVEL = "service_level"    # % of the person's calls within the target wait
    CONTACTS = "contacts"              # contacts recorded, all channels


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


LOWER_IS_BETTER = frozenset({Measure.HANDLING_MIN})
MAX_TARGET = 100_000.0


@dataclass(frozen=True)
class Goal:
    measure: Measure
    period: Period
    target: float
    staff: str = ""   # "" for the team


def goal_for(goals: Iterable[Goal], staff: str, measure: Measure, period: Period) -> Goal | None:
    """The goal that holds for this person: their own, else the team's."""
    team = None
    for g in goals:
        if g.measure is measure and g.period is period:
            if g.staff == staff:
                return g
            if g.staff == "":
                team = g
    return team


def meets(value: float | None, goal: Goal | None) -> bool | None:
    """Whether a figure meets its goal; None when there is no goal or no figure."""
    if value is None or goal is None:
        return None
    if goal.measure in LOWER_IS_BETTER:
        return value <= goal.target
    return value >= goal.target


def median(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return float(statistics.median(known)) if known else None


def period_days(period: Period, today: date) -> tuple[date, date]:
    """The days of the period that contains `today`, up to today: the day itself, the week
    from its Monday, the month from its first."""
    if period is Period.DAY:
        return today, today
    if period is Period.WEEK:
        return today - timedelta(days=today.weekday()), today
    return today.replace(day=1), today


def days(first: date, last: date) -> Sequence[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
