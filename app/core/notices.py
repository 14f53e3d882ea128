"""Notices: templates with typed fields and a text in each language, and the rules that check
them and the values a person fills in.

A template's texts name its fields in curly brackets ({recipient_name}); besides its own fields a
text may use the built-in placeholders of BUILT_INS, which the issuance fills in. Every field
must appear in every language's text, and a text may name nothing else: a template that breaks
either rule is refused with the placeholder and the language named.
"""

from __future__ import annotations

import re
import secrets
import string
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from app.core import idcode
from app.core.errors import NotFound, Refused

LANGUAGES: tuple[str, ...] = ("et", "ru", "en")
# Each language by its own name, as messages about a template's texts name them.
LANGUAGE_NAMES: dict[str, str] = {"et": "eesti", "ru": "русский", "en": "English"}


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    PERSONAL_CODE = "personal_code"
    CHOICE = "choice"
    EMAIL = "email"


class Delivery(StrEnum):
    HANDED_OVER = "handed_over"
    POSTED = "posted"
    EMAILED = "emailed"


# How an issuance records a delivery that was to be made but failed (the notice could not be
# printed or e-mailed): it has not gone out. Printing (e-mailing) it again records the delivery.
NOT_DELIVERED: dict[str, str] = {
    Delivery.HANDED_OVER.value: "not_handed_over",
    Delivery.POSTED.value: "not_posted",
    Delivery.EMAILED.value: "not_emailed",
}
# The deliveries a notice goes out by on paper.
PRINTED: frozenset[str] = frozenset({Delivery.HANDED_OVER.value, Delivery.POSTED.value})


def intended_delivery(recorded: str) -> str:
    """The delivery an issuance was issued for, whether or not it has gone out yet."""
    return next((done for done, failed in NOT_DELIVERED.items() if failed == recorded),
                recorded)


def delivered(recorded: str) -> bool:
    """Whether the issuance has gone out as it was to (not a failed print or e-mail)."""
    return recorded not in NOT_DELIVERED.values()


# Placeholders every text may use; the issuance fills them in.
BUILT_INS: tuple[str, ...] = (
    "office_name",
    "office_address",
    "office_registry_code",
    "registry_number",
    "date",
    "issued_by",
)

FIELD_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
TEMPLATE_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = 4000


def in_language(texts: dict[str, str], lang: str) -> str:
    """The text in `lang`, else the Estonian one (the office's working language)."""
    return texts.get(lang) or texts.get("et") or ""


@dataclass(frozen=True)
class Choice:
    value: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return in_language(self.labels, lang) or self.value


@dataclass(frozen=True)
class Field:
    id: str
    kind: FieldKind
    labels: dict[str, str]
    required: bool = True
    choices: tuple[Choice, ...] = ()

    def label(self, lang: str) -> str:
        return in_language(self.labels, lang) or self.id

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Template:
    """One version of a notice template."""

    id: str
    version: int
    titles: dict[str, str]
    bodies: dict[str, str]
    fields: tuple[Field, ...]
    # The field naming whom the notice is for (recorded in the issuance register).
    recipient_field: str = "recipient_name"
    # Where this version came from: its file, or "saved v<version>" for a version an admin
    # saved (kept in the office's store).
    source: str = field(default="built-in", compare=False)

    def title(self, lang: str) -> str:
        return in_language(self.titles, lang) or self.id

    def body(self, lang: str) -> str:
        return in_language(self.bodies, lang)

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise NotFound("unknown_field", template=self.id, name=field_id)

    def next_version(self) -> Template:
        return replace(self, version=self.version + 1)


def placeholders_of(text: str) -> list[str]:
    """The placeholders a text names, in order; refuses an unmatched curly bracket."""
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
            if depth > 1:
                break
        elif ch == "}":
            depth -= 1
            if depth < 0:
                break
    if depth != 0:
        raise Refused("template_bad_bracket", language="", detail=_excerpt(text))
    return PLACEHOLDER.findall(text)


def _excerpt(text: str) -> str:
    where = min((i for i in (text.find("{"), text.find("}")) if i >= 0), default=0)
    return text[max(0, where - 20):where + 20].replace("\n", " ")


def check_template(t: Template) -> None:
    """Refuse a template whose ids, fields or texts break the rules (first problem found)."""
    if not TEMPLATE_ID.match(t.id):
        raise Refused("template_invalid", template=t.id, detail="the id must be lower-case "
                      "letters, digits and _")
    if t.version < 1:
        raise Refused("template_invalid", template=t.id, detail="the version must be 1 or more")
    seen: set[str] = set()
    for f in t.fields:
        if not FIELD_ID.match(f.id) or f.id in BUILT_INS:
            raise Refused("template_bad_field", template=t.id, name=f.id)
        if f.id in seen:
            raise Refused("template_duplicate_field", template=t.id, name=f.id)
        seen.add(f.id)
        if f.kind is FieldKind.CHOICE and not f.choices:
            raise Refused("template_no_choices", template=t.id, name=f.id)
    if t.recipient_field not in seen:
        raise Refused("template_invalid", template=t.id,
                      detail=f"the recipient field {t.recipient_field} is not one of its fields")
    known = seen | set(BUILT_INS)
    for lang in LANGUAGES:
        if not t.titles.get(lang, "").strip():
            raise Refused("template_missing_text", template=t.id, language=LANGUAGE_NAMES[lang])
        if "{" in t.titles[lang] or "}" in t.titles[lang]:
            raise Refused("template_bad_bracket", language=LANGUAGE_NAMES[lang],
                          detail=t.titles[lang][:40])
        body = t.bodies.get(lang, "")
        if not body.strip():
            raise Refused("template_missing_text", template=t.id, language=LANGUAGE_NAMES[lang])
        if len(body) > MAX_TEXT:
            raise Refused("template_invalid", template=t.id,
                          detail=f"the {lang} text is longer than {MAX_TEXT} characters")
        try:
            used = placeholders_of(body)
        except Refused as exc:
            raise Refused("template_bad_bracket", language=LANGUAGE_NAMES[lang],
                          detail=exc.params["detail"]) from None
        for name in used:
            if name not in known:
                raise Refused("template_unknown_placeholder", language=LANGUAGE_NAMES[lang],
                              placeholder=name)
        for f in t.fields:
            if f.id not in used:
                raise Refused("template_missing_placeholder", language=LANGUAGE_NAMES[lang],
                              name=f.id)


# -- values ---------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """dd.mm.yyyy (as written in Estonia) or ISO yyyy-mm-dd; None when it is neither."""
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        return None
    return None


def format_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def check_value(f: Field, raw: str, lang: str) -> str:
    """The value of one field, cleaned; raises Refused naming the field in `lang`."""
    value = raw.strip()
    label = f.label(lang)
    if not value:
        if f.required:
            raise Refused("field_required", label=label)
        return ""
    limit = MAX_TEXT if f.kind is FieldKind.LONG_TEXT else 300
    if len(value) > limit or "\x00" in value:
        raise Refused("field_too_long", label=label, length=limit)
    if f.kind is FieldKind.DATE:
        day = parse_date(value)
        if day is None:
            raise Refused("field_bad_date", label=label, value=value[:40])
        return format_date(day)
    if f.kind is FieldKind.PERSONAL_CODE:
        value = idcode.normalise(value)
        if not idcode.is_valid(value):
            raise Refused("field_bad_personal_code", label=label, value=value[:40])
    if f.kind is FieldKind.EMAIL and not EMAIL.match(value):
        raise Refused("bad_email", address=value[:80])
    if f.kind is FieldKind.CHOICE and f.choice(value) is None:
        raise Refused("field_bad_choice", label=label,
                      choices=", ".join(c.label(lang) for c in f.choices))
    if f.kind in (FieldKind.TEXT, FieldKind.PERSONAL_CODE, FieldKind.EMAIL):
        value = " ".join(value.split())
    return value


def check_values(t: Template, values: dict[str, str], lang: str) -> dict[str, str]:
    """Every field's cleaned value; refuses the first bad one, and a value for no field."""
    unknown = sorted(set(values) - {f.id for f in t.fields})
    if unknown:
        raise NotFound("unknown_field", template=t.id, name=unknown[0])
    return {f.id: check_value(f, values.get(f.id, ""), lang) for f in t.fields}


def shown_values(t: Template, values: dict[str, str], lang: str) -> dict[str, str]:
    """The values as the text in `lang` shows them (a choice by its label)."""
    shown = {}
    for f in t.fields:
        value = values.get(f.id, "")
        if f.kind is FieldKind.CHOICE and (choice := f.choice(value)) is not None:
            value = choice.label(lang)
        shown[f.id] = value
    return shown


def fill(text: str, values: dict[str, Any]) -> str:
    """The text with its placeholders replaced (the template has been checked)."""
    return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), "")), text)


# -- the issuance register -------------------------------------------------------------------

# Without look-alikes (0/O, 1/I/L) so a code read aloud or typed from paper is not mistaken.
_CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")


def verification_code() -> str:
    """A random code printed on the notice and kept in the register: XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[0:4]}-{raw[4:8]}-{raw[8:12]}"


def registry_number(year: int, seq: int) -> str:
    """The office's yearly series of issued notices: V-26/0001."""
    return f"V-{year % 100:02d}/{seq:04d}"


def file_stem(number: str) -> str:
    """A registry number as a file name."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", number)
