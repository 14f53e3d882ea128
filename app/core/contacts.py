"""The contact journal's rules: the channels a client is served on, a contact's outcomes, what
a valid note, client and topic code are, and how long a contact's client data is kept.

A contact is one conversation with a client on one channel (counter, info desk, phone, web
chat, e-mail, letter). Plain Python: every fault raises InvalidInput naming what is wrong.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.core import idcode
from app.core.errors import InvalidInput
from app.core.queue import OUTCOMES
from app.core.visitors import check_email, check_phone


class Channel(StrEnum):
    COUNTER = "counter"
    INFO_DESK = "info_desk"
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"
    LETTER = "letter"


CHANNELS: tuple[str, ...] = tuple(c.value for c in Channel)
# A contact's outcomes: a ticket's (a counter contact ends with its ticket's), and the visitor
# who never came to the counter.
NO_SHOW = "no_show"
CONTACT_OUTCOMES: tuple[str, ...] = (*OUTCOMES, NO_SHOW)
# How a counter contact ends when its ticket is sent to another service or counter.
TRANSFERRED = "referred"

NOTE_LENGTH = 2000
CLIENT_TEXT_LENGTH = 200
TOPIC_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
DEFAULT_RETENTION_DAYS = 365  # as the office setting retention.contact_days


def check_channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise InvalidInput("contact_channel", channel=channel, choices=", ".join(CHANNELS))
    return channel


def check_outcome(outcome: str | None) -> str | None:
    if outcome is None or outcome == "":
        return None
    if outcome not in CONTACT_OUTCOMES:
        raise InvalidInput("unknown_outcome", outcome=outcome,
                           choices=", ".join(CONTACT_OUTCOMES))
    return outcome


def check_note(note: str) -> str:
    note = note.strip()
    if "\x00" in note:
        raise InvalidInput("contact_note_characters")
    if len(note) > NOTE_LENGTH:
        raise InvalidInput("contact_note_long", limit=NOTE_LENGTH, length=len(note))
    return note


def check_client_text(field: str, text: str) -> str:
    text = " ".join(text.split())
    if len(text) > CLIENT_TEXT_LENGTH:
        raise InvalidInput("bad_value", field=field, detail=f"at most {CLIENT_TEXT_LENGTH} "
                                                            "characters")
    return text


def check_client_code(code: str, today: date) -> str | None:
    """A client's personal identification code (11 digits, checked) or an organisation's
    registry code (8 digits); None when none was given."""
    code = idcode.normalise(code)
    if not code:
        return None
    if len(code) == 8 and code.isdigit():
        return code
    return idcode.parse(code, today).code


def is_personal_code(code: str | None) -> bool:
    return bool(code) and len(code or "") == 11


def check_contact_details(phone: str, email: str) -> tuple[str, str]:
    return check_phone(phone), check_email(email)


def check_topic_code(code: str) -> str:
    code = code.strip().lower()
    if not TOPIC_CODE.match(code):
        raise InvalidInput("contact_topic_code", value=code)
    return code


def check_times(started_at: datetime, ended_at: datetime | None) -> None:
    if ended_at is not None and ended_at < started_at:
        raise InvalidInput("contact_ends_before_start")


def retain_until(started_at: datetime, retention_days: int) -> datetime:
    return started_at + timedelta(days=max(1, retention_days))


def duration_minutes(started_at: datetime, ended_at: datetime | None) -> int | None:
    if ended_at is None:
        return None
    return max(0, round((ended_at - started_at).total_seconds() / 60))


# What a contact may link to, and the column of `contact_links` holding each one's id.
LINK_KINDS: dict[str, str] = {
    "visit": "registration_id",
    "ticket": "ticket_id",
    "register_entry": "register_entry_id",
    "notice": "issuance_id",
}


def check_link_kind(kind: str) -> str:
    if kind not in LINK_KINDS:
        raise InvalidInput("contact_link_kind", kind=kind, choices=", ".join(LINK_KINDS))
    return kind
