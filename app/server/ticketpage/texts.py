"""The ticket page's words in et, ru and en (catalogue context "ticket_page"). The page gets
all three, so its language switch needs no new request."""

from __future__ import annotations

import functools

from app.i18n import translate

CONTEXT = "ticket_page"
LANGUAGES = ("et", "ru", "en")


@functools.cache
def texts(lang: str) -> dict[str, str]:
    """Key -> the page's text in `lang`; {placeholders} are filled by the page."""
    return {
        "title": translate(CONTEXT, "Your ticket", lang),
        "language": translate(CONTEXT, "Language", lang),
        "number": translate(CONTEXT, "Your number", lang),
        "service": translate(CONTEXT, "Service", lang),
        "ahead": translate(CONTEXT, "People ahead of you: {n}", lang),
        "next": translate(CONTEXT, "You are next.", lang),
        "wait": translate(CONTEXT, "Estimated wait: {low}\u2013{high} min", lang),
        "called": translate(CONTEXT, "It is your turn", lang),
        "go": translate(CONTEXT, "Go to counter {counter}", lang),
        "parked": translate(CONTEXT, "Your visit at counter {counter} is paused. Please stay "
                                     "nearby: the counter will call you again.", lang),
        "done": translate(CONTEXT, "Thank you for your visit.", lang),
        "cancelled": translate(CONTEXT, "This ticket was cancelled.", lang),
        "moved": translate(CONTEXT, "Your ticket was replaced. Your new number is {number}.",
                           lang),
        "missed": translate(CONTEXT, "You were called but did not come. Please ask at the "
                                     "reception desk.", lang),
        "gone": translate(CONTEXT, "This ticket is no longer in the queue.", lang),
        "alert_label": translate(CONTEXT, "Tell me when this many people are ahead of me",
                                 lang),
        "alert_set": translate(CONTEXT, "Set", lang),
        "alert_on": translate(CONTEXT, "You will be told when {n} are ahead of you, while "
                                       "this page is open.", lang),
        "alert_now": translate(CONTEXT, "Your turn is near. People ahead of you: {n}", lang),
        "away": translate(CONTEXT, "I have stepped out, back in {minutes} minutes", lang),
        "away_on": translate(CONTEXT, "You stepped out. Your place is kept until {time}.", lang),
        "back": translate(CONTEXT, "I am back", lang),
        "away_failed": translate(CONTEXT, "That did not reach the office. Please try again.",
                                 lang),
        "sound": translate(CONTEXT, "Turn on sound and vibration", lang),
        "sound_on": translate(CONTEXT, "Sound and vibration are on.", lang),
        "live": translate(CONTEXT, "Updated live.", lang),
        "offline": translate(CONTEXT, "Connection lost. Reconnecting\u2026", lang),
        "expired": translate(CONTEXT, "This ticket has expired. If you still need service, "
                                      "please take a new ticket.", lang),
        "unknown": translate(CONTEXT, "There is no ticket at this address. Please check the "
                                      "link, or scan the code on your ticket again.", lang),
        "busy": translate(CONTEXT, "Too many requests from this network. Please wait a minute "
                                   "and try again.", lang),
    }


def all_texts() -> dict[str, dict[str, str]]:
    return {lang: texts(lang) for lang in LANGUAGES}
