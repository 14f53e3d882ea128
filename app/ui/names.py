"""Translated names of the queue's codes: outcomes, ticket statuses, transfer places,
and small formatting shared by the windows."""

from __future__ import annotations

from datetime import datetime

from app.core.queue import TransferPlace
from app.ui.qt import QCoreApplication

# Language buttons show each language in itself, so they are never translated.
AUTONYMS: dict[str, str] = {"et": "Eesti", "ru": "Русский", "en": "English"}


def _code_name(context: str, code: str) -> str:
    """A code's translated name; in English (the source language) the code itself, readable."""
    text = QCoreApplication.translate(context, code)
    return text if text != code else code.replace("_", " ")


def outcome_name(code: str) -> str:
    name = _code_name("outcomes", code)
    return name[:1].upper() + name[1:]


def channel_name(code: str) -> str:
    """A contact's channel by name (phone, web chat, …)."""
    name = _code_name("channels", code)
    return name[:1].upper() + name[1:]


def status_name(code: str) -> str:
    return _code_name("status", code)


def place_name(place: TransferPlace) -> str:
    names = {
        TransferPlace.BACK: QCoreApplication.translate("places", "At the back of the queue"),
        TransferPlace.FRONT: QCoreApplication.translate("places", "At the front of the queue"),
        TransferPlace.ARRIVAL: QCoreApplication.translate(
            "places", "By the time of arrival"),
    }
    return names[place]


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from `start` to `end` (never negative); naive times are taken as UTC."""
    if start.tzinfo is None and end.tzinfo is not None:
        start = start.replace(tzinfo=end.tzinfo)
    return max(int((end - start).total_seconds() // 60), 0)


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("units", "{n} min").format(n=minutes)
