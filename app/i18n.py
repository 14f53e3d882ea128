"""Translations: Qt Linguist `.ts` catalogues in resources/translations, read directly.

English is the source language. The same catalogue serves the Qt windows (through a QTranslator
in app.ui.qt_i18n) and the command line, which shows errors without starting Qt.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import resources
from app.core.errors import LettError

LANGUAGES = ("et", "ru", "en")
SOURCE_LANGUAGE = "en"
ERRORS_CONTEXT = "errors"


def catalogue_path(lang: str) -> Path:
    return resources.path("translations", f"lett_{lang}.ts")


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source text) -> finished translation, for one language."""
    if lang == SOURCE_LANGUAGE:
        return {}
    path = catalogue_path(lang)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                   "vanished"):
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


def translate(context: str, source: str, lang: str) -> str:
    return catalogue(lang).get((context, source), source)


# Error parameters that hold a code, and the catalogue context of the code's words.
CODE_PARAMETERS = {
    "status": "status",
    "expected": "status",
    "action": "error_actions",
    "field": "config_fields",
}


def code_name(context: str, code: str, lang: str) -> str:
    """A code's words in `lang`; in English the code itself, made readable."""
    text = translate(context, code, lang)
    return text if text != code else code.replace("_", " ")


def error_text(error: LettError, lang: str) -> str:
    """The error's message in `lang`, its parameters filled in, codes among them in words
    and an error among them (the cause, e.g. of a file that is not valid) as its message."""
    params = {
        key: code_name(CODE_PARAMETERS[key], value, lang)
        if key in CODE_PARAMETERS and isinstance(value, str)
        else error_text(value, lang) if isinstance(value, LettError)
        else value
        for key, value in error.params.items()
    }
    template = translate(ERRORS_CONTEXT, error.template, lang)
    try:
        text = template.format(**params)
    except (KeyError, IndexError, ValueError):
        text = error.english()
    # A message that starts with a field's name ("office name cannot be empty") is a sentence.
    return text[:1].upper() + text[1:] if template.startswith("{field}") else text


def rejection_text(rejection: dict[str, Any], lang: str) -> str:
    """Why the server refused a change (as `app.sync.engine.pending` lists them), in `lang`."""
    from app.core.errors import MESSAGES, Rejected

    code = rejection["reason"]
    if code not in MESSAGES:
        return str(code)
    try:
        return error_text(Rejected(code, **rejection["params"]), lang)
    except (KeyError, TypeError):
        return str(code)
