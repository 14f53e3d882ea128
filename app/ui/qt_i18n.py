"""Qt translation backed by Lett's own catalogues (`app.i18n.catalogue`), switchable at run time.

Installing a language posts a LanguageChange event to every widget; widgets rebuild their text
in `changeEvent`. The kiosk switches language for each visitor this way.

`self.tr()` takes its context from the class of the object it is called on, so a widget class
that calls `self.tr()` is not subclassed: the context the extractor records stays the one Qt uses.
"""

from __future__ import annotations

from app import i18n
from app.ui.qt import QCoreApplication, QLibraryInfo, QTranslator

_installed: list[QTranslator] = []


class CatalogueTranslator(QTranslator):
    """A QTranslator answering from the .ts catalogue of one language (English: no lookups)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._table = i18n.catalogue(lang)

    def language(self) -> str:
        return self.lang

    def isEmpty(self) -> bool:
        return not self._table

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (a null QString) lets Qt try the next translator, then use the source text;
        # an empty string would be taken as the translation.
        return self._table.get((context, source))


def install_language(lang: str) -> None:
    """Make `lang` the language of every window of this application."""
    if lang not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    if _installed and current_language() == lang:
        return
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    # Qt's own catalogue first, for its dialogs' words; Lett's, installed last, is asked
    # first and fills what Qt's lacks (Qt has no Estonian one).
    qt_words = qt_translator(lang)
    if qt_words is not None:
        QCoreApplication.installTranslator(qt_words)
        _installed.append(qt_words)
    translator = CatalogueTranslator(lang)
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own translations of its widgets and dialogs into `lang`, where Qt ships them."""
    if lang == i18n.SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{lang}", folder) else None


def current_language() -> str:
    """The language installed last (English, the source language, when none is)."""
    for translator in _installed:
        if isinstance(translator, CatalogueTranslator):
            return translator.lang
    return i18n.SOURCE_LANGUAGE
