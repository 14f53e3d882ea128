"""Visitor registration rules: checking what the desk types, folding names for search, near
matches against the watch list, and the routes a purpose of visit leads to."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from app.core import idcode
from app.core.errors import InvalidInput

NAME_LENGTH = 200
# A phone number: digits with spaces, dashes, dots or brackets between them, and an optional
# leading +; 5 to 15 digits (E.164 allows at most 15).
_PHONE_CHARS = re.compile(r"^\+?[0-9][0-9 ()./-]*$")
# An e-mail address as people give them at a desk: one @, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# Letters a fold maps to Latin letters that NFKD does not decompose.
_EXTRA_FOLDS = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "œ": "oe",
                              "þ": "th", "ı": "i"})
# Cyrillic to Latin, so a name typed in either script finds the other (Russian visitors).
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "h", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))


class Route(StrEnum):
    """Where a purpose of visit leads."""

    QUEUE = "queue"
    SPECIALIST = "specialist"
    WAITING = "waiting"


class CheckOut(StrEnum):
    """How a visitor left."""

    DESK = "desk"
    BADGE = "badge"
    AUTO = "auto"


class Use(StrEnum):
    """What was done with a person's data, for the access log."""

    REGISTER = "register"
    READ = "read"
    SEARCH = "search"
    REVEAL = "reveal"
    EXPORT = "export"
    LIST = "list"
    CHECK_OUT = "check-out"
    NOTIFY = "notify"
    ANONYMISE = "anonymise"


# The legal basis of the desk's processing of visitor data, as recorded with each use.
LEGAL_BASIS = (
    "GDPR art. 6(1)(c) and (e): the office's legal obligations and public task "
    "(receiving visitors, building security); Personal Data Protection Act"
)
DEFAULT_RETENTION_DAYS = 30


def fold(text: str) -> str:
    """A name folded for search and matching: lower case, diacritics dropped, Cyrillic
    transliterated, only a-z and 0-9 words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_EXTRA_FOLDS)
    out = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("name_required")
    if len(name) > NAME_LENGTH:
        raise InvalidInput("bad_value", field="name", detail=f"at most {NAME_LENGTH} characters")
    return name


def check_phone(phone: str) -> str:
    phone = phone.strip()
    if not phone:
        return ""
    digits = sum(c.isdigit() for c in phone)
    if not _PHONE_CHARS.match(phone) or not 5 <= digits <= 15:
        raise InvalidInput("bad_phone", phone=phone)
    return phone


def check_email(email: str) -> str:
    email = email.strip()
    if not email:
        return ""
    if len(email) > 254 or not _EMAIL.match(email):
        raise InvalidInput("visitor_bad_email", email=email)
    return email


def check_id_code(code: str, today: date) -> str | None:
    """A personal code given, checked; None when none was given."""
    code = idcode.normalise(code)
    if not code:
        return None
    return idcode.parse(code, today).code


def retain_until(arrived_at: datetime, retention_days: int | None) -> datetime:
    days = DEFAULT_RETENTION_DAYS if retention_days is None else max(0, retention_days)
    return arrived_at + timedelta(days=days)


# -- near matches of names (the watch list) ------------------------------------------------


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance; stops early above `limit` (returns limit + 1)."""
    if len(a) < len(b):
        a, b = b, a
    if limit is not None and len(a) - len(b) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _close(a: str, b: str) -> bool:
    """Two words are close when few letters differ for their length: none up to 3 letters,
    one up to 7, two beyond."""
    allowed = 0 if min(len(a), len(b)) <= 3 else 1 if max(len(a), len(b)) <= 7 else 2
    return edit_distance(a, b, allowed) <= allowed


@dataclass(frozen=True)
class NameMatch:
    score: float  # 1.0 the same folded name; lower for near matches
    how: str  # "exact", "near"


def match_name(candidate: str, listed: str) -> NameMatch | None:
    """Whether a visitor's name (folded) matches a listed name (folded) closely enough to
    alert the desk: the same words in any order, or every word of the shorter name close to a
    different word of the longer one (a typo, a missing diacritic, a middle name added)."""
    a, b = candidate.split(), listed.split()
    if not a or not b:
        return None
    if sorted(a) == sorted(b):
        return NameMatch(1.0, "exact")
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2 and len(long_) >= 2:
        return None  # one word alone (a common first name) alerts nobody
    free = list(long_)
    distance = 0
    for word in short:
        best = None
        for other in free:
            if _close(word, other):
                d = edit_distance(word, other)
                if best is None or d < best[0]:
                    best = (d, other)
        if best is None:
            return None
        distance += best[0]
        free.remove(best[1])
    letters = sum(len(w) for w in short)
    return NameMatch(round(1.0 - distance / max(letters, 1), 3), "near")


# -- expected visitors from a file ---------------------------------------------------------


@dataclass(frozen=True)
class ExpectedRow:
    """One expected visitor as a file gives it (not yet checked)."""

    line: int
    name: str
    expected_at: datetime
    organisation: str = ""
    id_code: str = ""
    document: str = ""
    phone: str = ""
    email: str = ""
    purpose: str = ""
    lang: str = "et"
    notes: str = ""


CSV_COLUMNS = ("name", "expected_at", "organisation", "id_code", "document", "phone", "email",
               "purpose", "lang", "notes")


def parse_expected_csv(text: str, tz: tzinfo) -> list[ExpectedRow]:
    """Expected visitors from CSV with a header row (comma or semicolon separated); times like
    2026-11-24 10:30 in the office's time zone. InvalidInput names the first bad line."""
    import csv
    import io

    sample = text[:2000]
    dialect = csv.Sniffer().sniff(sample, delimiters=",;") if sample.strip() else csv.excel
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), dialect=dialect)
    columns = {c.strip().lower() for c in reader.fieldnames or ()}
    if not {"name", "expected_at"} <= columns:
        raise InvalidInput("import_columns", columns=", ".join(CSV_COLUMNS))
    rows = []
    for number, raw in enumerate(reader, start=2):
        values = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        try:
            at = datetime.fromisoformat(values["expected_at"].replace("T", " "))
        except ValueError as exc:
            raise InvalidInput("import_time", line=number, value=values["expected_at"]) from exc
        at = at.replace(tzinfo=tz) if at.tzinfo is None else at
        rows.append(ExpectedRow(number, values["name"], at, **{
            k: values[k] for k in CSV_COLUMNS[2:] if values.get(k)}))
    return rows


def _ical_lines(text: str) -> list[str]:
    """Content lines with folded lines joined (RFC 5545: a line break and a space)."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        elif line:
            out.append(line)
    return out


def _ical_text(value: str) -> str:
    return (value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
            .replace("\\;", ";").replace("\\\\", "\\"))


def _ical_time(params: dict[str, str], value: str, tz: tzinfo) -> datetime:
    from zoneinfo import ZoneInfo

    if len(value) == 8:  # a whole day: expected at its start
        moment = datetime.strptime(value, "%Y%m%d")
    else:
        moment = datetime.strptime(value.rstrip("Z"), "%Y%m%dT%H%M%S")
    if value.endswith("Z"):
        from datetime import UTC

        return moment.replace(tzinfo=UTC)
    if "TZID" in params:
        try:
            return moment.replace(tzinfo=ZoneInfo(params["TZID"].strip('"')))
        except (KeyError, ValueError):
            pass
    return moment.replace(tzinfo=tz)


def parse_expected_ical(text: str, tz: tzinfo) -> list[ExpectedRow]:
    """Expected visitors from an iCalendar file: each VEVENT's SUMMARY is the visitor's name,
    DTSTART the time, LOCATION or DESCRIPTION the notes."""
    rows: list[ExpectedRow] = []
    event: dict[str, tuple[dict[str, str], str]] | None = None
    start_line = 0
    lines = _ical_lines(text)
    if not lines or lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise InvalidInput("import_format")
    for number, line in enumerate(lines, start=1):
        name_part, _, value = line.partition(":")
        name, *param_parts = name_part.split(";")
        params = dict(p.split("=", 1) for p in param_parts if "=" in p)
        key = name.strip().upper()
        if key == "BEGIN" and value.strip().upper() == "VEVENT":
            event, start_line = {}, number
        elif key == "END" and value.strip().upper() == "VEVENT" and event is not None:
            if "SUMMARY" not in event or "DTSTART" not in event:
                raise InvalidInput("import_event", line=start_line)
            try:
                at = _ical_time(*event["DTSTART"], tz)
            except ValueError as exc:
                raise InvalidInput("import_time", line=start_line,
                                   value=event["DTSTART"][1]) from exc
            notes = _ical_text(event.get("DESCRIPTION", ({}, ""))[1])
            rows.append(ExpectedRow(start_line, _ical_text(event["SUMMARY"][1]), at,
                                    notes=notes))
            event = None
        elif event is not None:
            event[key] = (params, value)
    return rows
