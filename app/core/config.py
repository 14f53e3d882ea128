"""The office's configuration rules: what a valid office, service, counter and office setting
is, and the office-wide settings registry (kiosk, display, opening days, retention).

Plain Python. Every fault raises `Invalid` naming the field (a code translated by name in the
"config_fields" context) and a message a person can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core import escalation, register
from app.core.errors import Invalid
from app.core.queue import WEEKDAYS, parse_interval

LANGUAGES: tuple[str, ...] = ("et", "ru", "en")

# Field names shown in messages (translated by name, context "config_fields").
FIELDS: tuple[str, ...] = (
    "office name",
    "office code",
    "address",
    "registry code",
    "logo",
    "languages",
    "opening hours",
    "closed days",
    "time zone",
    "service letter",
    "service name (Estonian)",
    "service name (Russian)",
    "service name (English)",
    "colour",
    "target wait",
    "daily limit",
    "service hours",
    "priority aging",
    "counter number",
    "counter name",
    "display label",
    "counter services",
    "printer address",
    "paper",
    "kiosk services",
    "kiosk languages",
    "idle reset",
    "admin PIN",
    "display layout",
    "calls shown",
    "chime",
    "ticket retention",
    "visitor data retention",
    "contact data retention",
    "topic name",
    "highest priority",
    "no-show after",
    "user name",
    "configuration file",
    "check-out time",
    "purpose code",
    "purpose name",
    "document type",
    "document type name",
    "deadline",
    "deadline unit",
    "deadline counted from",
    "extension",
    "extension unit",
    "level-2 target",
    "ticket page address",
    "stepped-out grace",
)

MAX_LOGO_BYTES = 512 * 1024
_LETTER = re.compile(r"^[A-Z]$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_REGISTRY_CODE = re.compile(r"^\d{8}$")
_OFFICE_CODE = re.compile(r"^[A-Z0-9_-]{1,32}$")


def need_text(field: str, value: Any, limit: int = 200) -> str:
    """A required one-line text: stripped, not empty, at most `limit` characters."""
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise Invalid("config_empty", field=field)
    if len(text) > limit:
        raise Invalid("config_too_long", field=field, limit=limit)
    if any(ch in text for ch in "\x00\n\r\t"):
        raise Invalid("config_bad_characters", field=field)
    return text


def optional_text(field: str, value: Any, limit: int = 300) -> str:
    text = value.strip() if isinstance(value, str) else ""
    return need_text(field, text, limit) if text else ""


def need_int(field: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise Invalid("config_number", field=field, low=low, high=high)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or not low <= value <= high:
        raise Invalid("config_number", field=field, low=low, high=high)
    return value


def need_bool(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid("config_yes_no", field=field)
    return value


def office_code(value: Any) -> str:
    text = value.strip().upper() if isinstance(value, str) else ""
    if not _OFFICE_CODE.match(text):
        raise Invalid("bad_office_code", field="office code", office=str(value)[:40])
    return text


def registry_code(value: Any) -> str:
    """An Estonian registry code (registrikood): 8 digits, or empty."""
    text = value.strip() if isinstance(value, str) else ""
    if text and not _REGISTRY_CODE.match(text):
        raise Invalid("config_registry_code", field="registry code", value=text[:40])
    return text


def letter(value: Any) -> str:
    text = value.strip().upper() if isinstance(value, str) else ""
    if not _LETTER.match(text):
        raise Invalid("config_letter", field="service letter", value=str(value)[:10])
    return text


def colour(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not _COLOUR.match(text):
        raise Invalid("config_colour", field="colour", value=str(value)[:20])
    return text.lower()


def languages(field: str, value: Any) -> list[str]:
    """A non-empty list of the office's languages, without repeats, in the given order."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise Invalid("config_languages", field=field)
    out: list[str] = []
    for item in items:
        code = item.strip().lower() if isinstance(item, str) else ""
        if code not in LANGUAGES:
            raise Invalid("config_languages", field=field)
        if code not in out:
            out.append(code)
    if not out:
        raise Invalid("config_languages", field=field)
    return out


def hours(field: str, spec: Any) -> dict[str, list[str]]:
    """Weekly hours {'mon': ['08:30-12:00', '13:00-16:30'], ...} (missing days closed),
    checked interval by interval; returned in the same shape, days in week order."""
    if not isinstance(spec, Mapping):
        raise Invalid("config_hours_shape", field=field)
    out: dict[str, list[str]] = {}
    for day in spec:
        if day not in WEEKDAYS:
            raise Invalid("config_weekday", field=field, day=str(day)[:10])
    for day in WEEKDAYS:
        intervals = spec.get(day)
        if intervals is None:
            continue
        if isinstance(intervals, str):
            intervals = [i for i in intervals.split(",") if i.strip()]
        if not isinstance(intervals, Sequence):
            raise Invalid("config_hours_shape", field=field)
        parsed = []
        for text in intervals:
            text = str(text).strip()
            try:
                start, end = parse_interval(text)
            except ValueError as exc:
                code = ("config_hours_backwards" if "before it starts" in str(exc)
                        else "config_hours_time")
                raise Invalid(code, field=field, text=text[:40], day=day) from None
            parsed.append((start, end, text.replace(" ", "")))
        parsed.sort()
        for a, b in zip(parsed, parsed[1:], strict=False):
            if b[0] < a[1]:
                raise Invalid("config_hours_overlap", field=field, day=day)
        if parsed:
            out[day] = [p[2] for p in parsed]
    return out


def day_list(field: str, value: Any) -> list[str]:
    """A list of ISO dates (YYYY-MM-DD), sorted, without repeats."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise Invalid("config_date", field=field, value=str(value)[:40])
    days = set()
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            days.add(date.fromisoformat(text))
        except ValueError:
            raise Invalid("config_date", field=field, value=text[:40]) from None
    return [d.isoformat() for d in sorted(days)]


def clock_time(field: str, value: Any) -> str:
    """A local time of day "HH:MM", or empty."""
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return ""
    match = re.match(r"^(\d{1,2}):(\d{2})$", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise Invalid("config_clock_time", field=field, value=text[:20])
    return f"{int(match.group(1)):02d}:{match.group(2)}"


_PUBLIC_ADDRESS = re.compile(r"^https://[A-Za-z0-9.-]+(:\d{1,5})?(/[A-Za-z0-9._~/-]*)?$")


def public_address(field: str, value: Any) -> str:
    """The public https:// address of the office's server, or empty; without a trailing
    slash, so a ticket's link is the address and /t/<key>."""
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return ""
    if len(text) > 200 or not _PUBLIC_ADDRESS.match(text):
        raise Invalid("config_public_address", field=field, value=text[:60])
    return text.rstrip("/")


def pin(field: str, value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not (text.isdigit() and 4 <= len(text) <= 12):
        raise Invalid("config_pin", field=field)
    return text


def logo(value: Any) -> bytes | None:
    """A PNG or JPEG of at most MAX_LOGO_BYTES, or None."""
    if value is None or value == b"":
        return None
    if not isinstance(value, bytes) or len(value) > MAX_LOGO_BYTES or not (
        value.startswith(b"\x89PNG\r\n\x1a\n") or value.startswith(b"\xff\xd8\xff")
    ):
        raise Invalid("config_logo", field="logo", limit=MAX_LOGO_BYTES // 1024)
    return value


# -- office-wide settings -------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeSetting:
    key: str
    field: str  # the name shown in messages (FIELDS)
    default: Any
    check: Callable[[Any], Any]


def _list_of_letters(value: Any) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise Invalid("config_letter", field="kiosk services", value=str(value)[:10])
    out: list[str] = []
    for item in items:
        if str(item).strip():
            code = letter(item)
            if code not in out:
                out.append(code)
    return out


# The display shows the calls, with or without the waiting counts per service below them.
DISPLAY_LAYOUTS = ("calls_and_waiting", "calls_only")

OFFICE_SETTINGS: dict[str, OfficeSetting] = {
    s.key: s
    for s in (
        OfficeSetting("office.languages", "languages", list(LANGUAGES),
                      lambda v: languages("languages", v)),
        # No hours: tickets at any time (services may keep their own).
        OfficeSetting("office.hours", "opening hours", {},
                      lambda v: hours("opening hours", v)),
        OfficeSetting("office.public_holidays", "closed days", True,
                      lambda v: need_bool("closed days", v)),
        OfficeSetting("office.closed_days", "closed days", [],
                      lambda v: day_list("closed days", v)),
        # Empty: every active service.
        OfficeSetting("kiosk.services", "kiosk services", [], _list_of_letters),
        OfficeSetting("kiosk.languages", "kiosk languages", list(LANGUAGES),
                      lambda v: languages("kiosk languages", v)),
        OfficeSetting("kiosk.idle_seconds", "idle reset", 20,
                      lambda v: need_int("idle reset", v, 5, 600)),
        OfficeSetting("kiosk.admin_pin", "admin PIN", "0000", lambda v: pin("admin PIN", v)),
        OfficeSetting("display.layout", "display layout", "calls_and_waiting",
                      lambda v: _choice("display layout", v, DISPLAY_LAYOUTS)),
        OfficeSetting("display.calls_shown", "calls shown", 6,
                      lambda v: need_int("calls shown", v, 1, 12)),
        OfficeSetting("display.chime", "chime", True, lambda v: need_bool("chime", v)),
        OfficeSetting("retention.ticket_days", "ticket retention", 365,
                      lambda v: need_int("ticket retention", v, 30, 3650)),
        # Everyone still in is checked out at this local time each day ("": only at the
        # start of the next day).
        OfficeSetting("visitors.checkout_at", "check-out time", "",
                      lambda v: clock_time("check-out time", v)),
        OfficeSetting("retention.visitor_days", "visitor data retention", 30,
                      lambda v: need_int("visitor data retention", v, 1, 3650)),
        # The public address of the office's server ("": tickets carry no QR code): a
        # ticket's page on the visitor's phone is this address and /t/<the ticket's key>.
        OfficeSetting("ticket_page.address", "ticket page address", "",
                      lambda v: public_address("ticket page address", v)),
        # Minutes a visitor who stepped out (said so on the ticket's page) is not marked a
        # no-show; 0: the page does not offer it.
        OfficeSetting("ticket_page.away_minutes", "stepped-out grace", 0,
                      lambda v: need_int("stepped-out grace", v, 0, 30)),
        # How long a contact keeps its client's data (name, codes, contacts) and its note.
        OfficeSetting("retention.contact_days", "contact data retention", 365,
                      lambda v: need_int("contact data retention", v, 1, 3650)),
        # The register's document types and the deadlines of their answers.
        OfficeSetting("register.document_types", "document type",
                      register.DEFAULT_DOCUMENT_TYPES, register.check_document_types),
        OfficeSetting("escalation.targets", escalation.FIELD, [], escalation.check_targets),
    )
}


def _choice(field: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise Invalid("config_choice", field=field, choices=", ".join(choices))
    return str(value)


def check_setting(key: str, value: Any) -> Any:
    spec = OFFICE_SETTINGS.get(key)
    if spec is None:
        raise Invalid("config_unknown_setting", field="configuration file", key=key[:64])
    return spec.check(value)


def setting_value(key: str, stored: Any) -> Any:
    """A stored setting's value, or the default when it is missing or no longer valid."""
    spec = OFFICE_SETTINGS[key]
    if stored is None:
        return spec.default
    try:
        return spec.check(stored)
    except Invalid:
        return spec.default
