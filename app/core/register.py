"""The document register: registry numbers and deadlines.

Registry numbers come from a pattern per series with the tokens Estonian registers use:
`{S}` the series index, `{DA}` the two-digit year and `{DN}` the running number. A digit
before a token pads its value with zeros to that width: `{S}/{DA}-{3DN}` for series "1-2",
year 2025 and number 21 gives "1-2/25-021". Running numbers restart at 1 each year.

Deadlines follow the document type: a request for information is answered within 5 working
days counted from the working day after registration (extendable to 15); a memorandum or a
request for explanation within 30 calendar days (extendable to 2 months, counted in calendar
months). A calendar-day or calendar-month deadline that falls on a closed day moves to the
next working day. Working days are Monday to Friday except Estonia's public holidays and the
office's own closed days. These are the defaults: an office keeps its own document types and
their deadlines (the office setting "register.document_types", checked by
`check_document_types`), counted from registration or from the next working day.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.core.errors import Invalid

TOKENS: tuple[str, ...] = ("S", "DA", "DN")
MAX_PATTERN = 60
MAX_SERIES = 20
# A token in curly brackets, with an optional padding width (one digit, 1 to 9) before it.
_TOKEN = re.compile(r"\{([^{}]*)\}")
_PADDED = re.compile(r"^([1-9]?)([A-Z]+)$")
_SERIES = re.compile(r"^[^\s{}/\\]+$")


@dataclass(frozen=True)
class Part:
    """One piece of a parsed pattern: literal text (token "") or a token with its width."""

    text: str = ""
    token: str = ""
    width: int = 0


def parse_pattern(pattern: str) -> tuple[Part, ...]:
    """The pattern's pieces, or Invalid with the reason: empty, too long, a stray bracket,
    an unknown token, a token twice, or no running number {DN}."""
    if not pattern.strip():
        raise Invalid("register_pattern_empty")
    if len(pattern) > MAX_PATTERN:
        raise Invalid("register_pattern_too_long", pattern=pattern, limit=MAX_PATTERN)
    if any(ch in pattern for ch in "\t\r\n"):
        raise Invalid("register_pattern_characters", pattern=pattern)
    parts: list[Part] = []
    seen: set[str] = set()
    at = 0
    for match in _TOKEN.finditer(pattern):
        literal = pattern[at:match.start()]
        if literal:
            parts.append(_literal(pattern, literal))
        inner = match.group(1)
        padded = _PADDED.match(inner)
        if padded is None or padded.group(2) not in TOKENS:
            raise Invalid("register_pattern_token", pattern=pattern, token=match.group(0),
                          tokens="{S}, {DA}, {DN}")
        token = padded.group(2)
        if token in seen:
            raise Invalid("register_pattern_repeated", pattern=pattern, token="{" + token + "}")
        seen.add(token)
        parts.append(Part(token=token, width=int(padded.group(1) or 0)))
        at = match.end()
    if pattern[at:]:
        parts.append(_literal(pattern, pattern[at:]))
    if "DN" not in seen:
        raise Invalid("register_pattern_no_number", pattern=pattern)
    return tuple(parts)


def _literal(pattern: str, text: str) -> Part:
    if "{" in text or "}" in text:
        raise Invalid("register_pattern_bracket", pattern=pattern)
    return Part(text=text)


def check_series_index(index: str) -> str:
    """A series index as it stands in registry numbers ("1-2", "7.1"): one short word,
    without curly brackets or slashes, which the patterns use as separators."""
    index = index.strip()
    if not index or len(index) > MAX_SERIES or not _SERIES.match(index):
        raise Invalid("register_series_index", index=index, limit=MAX_SERIES)
    return index


def registry_number(pattern: str, series: str, year: int, number: int) -> str:
    """The registry number of the `number`-th document of `year` in the series `series`."""
    if number < 1:
        raise ValueError(f"running numbers start at 1, not {number}")
    values = {"S": series, "DA": f"{year % 100:02d}", "DN": str(number)}
    out = []
    for part in parse_pattern(pattern):
        if not part.token:
            out.append(part.text)
        else:
            out.append(values[part.token].rjust(part.width, "0"))
    return "".join(out)


def take_number(next_by_year: Mapping[str, int], year: int) -> tuple[int, dict[str, int]]:
    """The running number for a document registered in `year` and the series' counters after
    it: each year's counter starts at 1, so a new year restarts the numbering."""
    number = int(next_by_year.get(str(year), 1))
    counters = {k: int(v) for k, v in next_by_year.items()}
    counters[str(year)] = number + 1
    return number, counters


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Transmittal(StrEnum):
    POST = "post"
    COUNTER = "counter"
    EMAIL = "email"


class Status(StrEnum):
    REGISTERED = "registered"
    FORWARDED = "forwarded"
    ANSWERED = "answered"


# --- deadlines ---------------------------------------------------------------------------


class DocumentType(StrEnum):
    REQUEST_FOR_INFORMATION = "request_for_information"
    MEMORANDUM = "memorandum"
    REQUEST_FOR_EXPLANATION = "request_for_explanation"
    LETTER = "letter"
    APPLICATION = "application"
    OTHER = "other"


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"


@dataclass(frozen=True)
class Term:
    amount: int
    unit: Unit


class Start(StrEnum):
    """Where a deadline's count starts. From registration, the day after it is day 1 (the
    Administrative Procedure Act's rule); from the next working day, the first working day
    after registration is day 1. Working days give the same day either way; calendar days
    and months begin later when registration falls before a weekend or a holiday."""

    REGISTRATION = "registration"
    NEXT_WORKING_DAY = "next_working_day"


@dataclass(frozen=True)
class DeadlineRule:
    """How long the office has to answer a document type, and the longest extension."""

    term: Term
    extended: Term | None = None
    start: Start = Start.REGISTRATION


DEADLINE_RULES: dict[str, DeadlineRule] = {
    DocumentType.REQUEST_FOR_INFORMATION: DeadlineRule(
        Term(5, Unit.WORKING_DAYS), Term(15, Unit.WORKING_DAYS), Start.NEXT_WORKING_DAY),
    DocumentType.MEMORANDUM: DeadlineRule(
        Term(30, Unit.CALENDAR_DAYS), Term(2, Unit.MONTHS)),
    DocumentType.REQUEST_FOR_EXPLANATION: DeadlineRule(
        Term(30, Unit.CALENDAR_DAYS), Term(2, Unit.MONTHS)),
}

MAX_TERM = {Unit.WORKING_DAYS: 250, Unit.CALENDAR_DAYS: 366, Unit.MONTHS: 12}


def check_term(amount: int, unit: str) -> Term:
    """A term an admin sets for a document type, or Invalid saying what is allowed."""
    try:
        kind = Unit(unit)
    except ValueError:
        raise Invalid("register_term_unit", unit=unit,
                      choices=", ".join(u.value for u in Unit)) from None
    if not 1 <= amount <= MAX_TERM[kind]:
        raise Invalid("register_term_amount", amount=amount, high=MAX_TERM[kind])
    return Term(amount, kind)


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days: Monday to Friday, except the closed days (Estonia's public
    holidays and the office's own closed days)."""

    closed: frozenset[date]

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.closed

    def next_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (the first working day after `start` is
        day 1)."""
        day = start
        for _ in range(count):
            day = self.next_working_day(day + timedelta(days=1))
        return day


@functools.cache
def estonian_holidays(year: int) -> frozenset[date]:
    """Estonia's public holidays of `year` (Christmas Eve, Midsummer Eve and Victory Day
    included)."""
    import holidays

    return frozenset(holidays.country_holidays("EE", years=year))


def register_calendar(office_closed: Iterable[date], years: Iterable[int]) -> WorkCalendar:
    """The working-day calendar of the register: the public holidays of `years` and the
    office's own closed days."""
    closed: set[date] = set(office_closed)
    for year in years:
        closed |= estonian_holidays(year)
    return WorkCalendar(frozenset(closed))


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later; where that month is shorter, its last
    day (31 Dec + 2 months is 28 or 29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def apply_term(term: Term, registered: date, cal: WorkCalendar,
               start: Start = Start.REGISTRATION) -> date:
    # The day before day 1: the registration itself, or the day before the next working day.
    zero = registered
    if start is Start.NEXT_WORKING_DAY:
        zero = cal.next_working_day(registered + timedelta(days=1)) - timedelta(days=1)
    if term.unit is Unit.WORKING_DAYS:
        return cal.add_working_days(zero, term.amount)
    if term.unit is Unit.CALENDAR_DAYS:
        end = zero + timedelta(days=term.amount)
    else:
        end = add_months(zero, term.amount)
    return cal.next_working_day(end)


def deadline(
    rule: DeadlineRule | None, registered: date, cal: WorkCalendar, *, extended: bool = False
) -> date | None:
    """The answer's deadline for a document registered on `registered`, or None for a type
    without one. `extended`: the longest extension of the rule, counted from registration."""
    if rule is None:
        return None
    if extended:
        if rule.extended is None:
            raise Invalid("register_not_extendable")
        return apply_term(rule.extended, registered, cal, rule.start)
    return apply_term(rule.term, registered, cal, rule.start)


# --- the office's document types -----------------------------------------------------------

MAX_TYPES = 50
MAX_TYPE_NAME = 100
_TYPE_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# A Monday with no holiday near it: an extension is checked to end after the deadline there.
_REFERENCE_DAY = date(2023, 3, 6)


@dataclass(frozen=True)
class DocumentTypeSpec:
    """A document type as the office keeps it: its code, its name (empty for the built-in
    types, whose names the program translates), and the deadline of its answer."""

    code: str
    name: str = ""
    rule: DeadlineRule | None = None

    def to_setting(self) -> dict[str, object]:
        """The stored form: keys without a value are left out (a TOML file has no null)."""
        out: dict[str, object] = {"code": self.code}
        if self.name:
            out["name"] = self.name
        if self.rule is not None:
            out.update(term=self.rule.term.amount, unit=self.rule.term.unit.value,
                       start=self.rule.start.value)
            if self.rule.extended is not None:
                out.update(extension=self.rule.extended.amount,
                           extension_unit=self.rule.extended.unit.value)
        return out


BUILT_IN_TYPES: tuple[DocumentTypeSpec, ...] = tuple(
    DocumentTypeSpec(kind.value, rule=DEADLINE_RULES.get(kind)) for kind in DocumentType)
DEFAULT_DOCUMENT_TYPES: list[dict[str, object]] = [t.to_setting() for t in BUILT_IN_TYPES]


def _field_choice(field: str, value: object, kind: type[StrEnum]) -> StrEnum:
    try:
        return kind(str(value))
    except ValueError:
        raise Invalid("config_choice", field=field,
                      choices=", ".join(k.value for k in kind)) from None


def _field_term(field: str, unit_field: str, amount: object, unit: object) -> Term:
    kind = Unit(_field_choice(unit_field, unit, Unit))
    high = MAX_TERM[kind]
    if isinstance(amount, str) and amount.strip().isdigit():
        amount = int(amount.strip())
    if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= high:
        raise Invalid("config_number", field=field, low=1, high=high)
    return Term(amount, kind)


def _document_type(item: object) -> DocumentTypeSpec:
    if not isinstance(item, Mapping):
        raise Invalid("config_document_types", field="document type")
    code = item.get("code")
    code = code.strip() if isinstance(code, str) else ""
    if not _TYPE_CODE.match(code):
        raise Invalid("config_document_type_code", field="document type", value=code[:40])
    name = item.get("name") or ""
    name = " ".join(name.split()) if isinstance(name, str) else None
    if name is None or len(name) > MAX_TYPE_NAME:
        raise Invalid("config_too_long", field="document type name", limit=MAX_TYPE_NAME)
    if item.get("term") in (None, "", 0):
        if item.get("extension") not in (None, "", 0):
            raise Invalid("config_extension_without_deadline", field="extension", value=code)
        return DocumentTypeSpec(code, name)
    term = _field_term("deadline", "deadline unit", item.get("term"),
                       item.get("unit", Unit.WORKING_DAYS.value))
    start = Start(_field_choice("deadline counted from", item.get(
        "start", Start.REGISTRATION.value), Start))
    extended = None
    if item.get("extension") not in (None, "", 0):
        extended = _field_term("extension", "extension unit", item.get("extension"),
                               item.get("extension_unit", term.unit.value))
        week = WorkCalendar(frozenset())
        if (apply_term(extended, _REFERENCE_DAY, week, start)
                <= apply_term(term, _REFERENCE_DAY, week, start)):
            raise Invalid("config_extension_short", field="extension", value=code)
    return DocumentTypeSpec(code, name, DeadlineRule(term, extended, start))


def document_types(value: object) -> list[DocumentTypeSpec]:
    """The office's document types from their stored form (a list of tables with `code`,
    optional `name`, and for a type with a deadline `term`, `unit`, `start` and optionally
    `extension`, `extension_unit`), or Invalid naming the field at fault."""
    if not isinstance(value, (list, tuple)):
        raise Invalid("config_document_types", field="document type")
    if not value:
        raise Invalid("config_empty", field="document type")
    if len(value) > MAX_TYPES:
        raise Invalid("config_number", field="document type", low=1, high=MAX_TYPES)
    specs: list[DocumentTypeSpec] = []
    for item in value:
        spec = _document_type(item)
        if any(s.code == spec.code for s in specs):
            raise Invalid("config_duplicate_document_type", field="document type",
                          value=spec.code)
        specs.append(spec)
    return specs


def check_document_types(value: object) -> list[dict[str, object]]:
    """The office setting "register.document_types" checked, in its stored form."""
    return [spec.to_setting() for spec in document_types(value)]


def deadline_rules(setting: object) -> dict[str, DeadlineRule | None]:
    """Each configured document type's deadline rule (None: no deadline)."""
    return {spec.code: spec.rule for spec in document_types(setting)}
