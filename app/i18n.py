"""Translations: Qt Linguist `.ts` catalogues in resources/translations, read directly.

English is the source language. The same catalogue serves the Qt windows (through a QTranslator
in app.ui.qt_i18n) and the command line, which shows errors without starting Qt.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

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


def error_text(error: LettError, lang: str) -> str:
    """The error's message in `lang`, parameters filled in."""
    template = translate(ERRORS_CONTEXT, error.template, lang)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.english()
