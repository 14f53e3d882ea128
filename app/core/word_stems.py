"""Words of a search and their stems, for full-text search of Estonian and Russian texts.

Neither SQLite's FTS5 nor PostgreSQL has an Estonian stemmer, and FTS5 has no Russian one
either. So a search word is cut to a stem by removing one common inflectional ending (Estonian
case and plural endings for words in Latin letters, Russian noun and adjective endings for words
in Cyrillic) and the database is asked for the words that begin with that stem (a prefix
query). "töötuna" gives "tööt", which finds "töötu", "töötuks" and "töötutele"; "заявлением"
and "заявление" both give "заявлен", which finds "заявления" and "заявлений".

What this does not do: it has no dictionary, so a stem may be too short and find other words
that begin the same way ("tööt" also finds "töötaja"), and forms whose stem itself changes are
not found from one another (Estonian "tuba" and "toa", "jalg" and "jala"; Russian "день" and
"дня"). A word is never cut shorter than a few letters, so short words are searched as typed.
"""

from __future__ import annotations

import functools
import re

# A word as FTS5's unicode61 tokenizer and PostgreSQL's parser see it: letters and digits.
_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Estonian endings: cases (singular, and plural with -de/-te/-i-), plural nominative -d,
# partitive -t, -id, -sid. The longest that leaves at least ET_MIN letters is removed.
ET_ENDINGS: tuple[str, ...] = tuple(sorted({
    "ga", "ta", "na", "ks", "ni", "le", "lt", "st", "sse", "l", "s", "t", "d",
    "de", "te", "id", "sid", "ide", "ude",
    "dega", "tega", "deks", "teks", "des", "tes", "dest", "test", "dele", "tele", "del",
    "tel", "delt", "telt", "desse", "tesse", "dena", "tena", "deni", "teni", "deta", "teta",
    "iga", "iks", "ile", "il", "ilt", "is", "ist", "isse", "ina", "ita",
}, key=lambda e: (-len(e), e)))
ET_VOWELS = "aeiuõäöü"
ET_MIN = 4

# Russian endings of nouns and adjectives (and the soft sign): the longest that leaves at
# least RU_MIN letters is removed.
RU_ENDINGS: tuple[str, ...] = tuple(sorted({
    "иями", "ями", "ами", "иях", "ях", "ах", "ием", "ией", "ем", "ом", "ой", "ей", "ий", "ый",
    "ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ых", "их", "ою", "ею",
    "ая", "яя", "ое", "ее", "ую", "юю",
    "ам", "ям", "ов", "ев", "ия", "ие", "ию", "ии", "ье", "ья", "ью", "а", "я", "о", "е",
    "ы", "и", "у", "ю", "ь", "й",
}, key=lambda e: (-len(e), e)))
RU_MIN = 3

# Words of one letter find too much to be of use; at most this many words are searched.
MIN_WORD = 2
MAX_WORDS = 12


def words(text: str) -> list[str]:
    """The words of `text` in lower case, as the search indexes split them."""
    return [w.lower() for w in _WORD.findall(text)]


def _strip(word: str, endings: tuple[str, ...], least: int) -> tuple[str, bool]:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= least:
            return word[:-len(ending)], True
    return word, False


def stem(word: str) -> str:
    """The part of `word` (lower case) its inflected forms begin with, by removing one common
    ending; digits and short words stay as they are."""
    word = word.lower()
    if word.isdigit():
        return word
    if _CYRILLIC.search(word):
        return _strip(word, RU_ENDINGS, RU_MIN)[0]
    # A nominative in -us ("otsus", "taotlus") keeps its s: it is no inessive ending.
    if word.endswith("us"):
        return word
    cut, stripped = _strip(word, ET_ENDINGS, ET_MIN)
    # The case endings sit on the genitive stem ("kooli-s", "otsuse-ga"), whose last vowel
    # the nominative may lack ("kool", "otsus").
    if stripped and cut[-1] in ET_VOWELS and len(cut) - 1 >= ET_MIN:
        cut = cut[:-1]
    return cut


def search_stems(text: str) -> list[str]:
    """The stems to search for `text`: each word's once, in order, words of one letter left
    out, at most MAX_WORDS."""
    out: list[str] = []
    for word in words(text):
        if len(word) < MIN_WORD and not word.isdigit():
            continue
        found = stem(word)
        if found not in out:
            out.append(found)
    return out[:MAX_WORDS]


def _prefix(stem: str) -> bool:
    # A word of two letters ("на", "ja") is searched as it is: as a prefix it finds too much.
    return len(stem) > MIN_WORD


def fts5_query(text: str) -> str:
    """An FTS5 MATCH expression finding documents with every word of `text` in one of its
    forms (each stem quoted, as a prefix unless it is a word of two letters, so no word is
    read as FTS5 syntax); "" when `text` has no word to search."""
    return " ".join(f'"{s}"*' if _prefix(s) else f'"{s}"' for s in search_stems(text))


def tsquery(text: str) -> str:
    """The same for PostgreSQL's to_tsquery('simple', …): the stems as prefixes, all
    required; "" when `text` has no word to search."""
    return " & ".join(f"{s}:*" if _prefix(s) else s for s in search_stems(text))


# --- the hit in context ---------------------------------------------------------------------

# Found words in a snippet are between these (private-use characters, never in a text).
MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "\u2026"


@functools.lru_cache(maxsize=64)
def _found(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Words beginning with a stem (or, for a stem of two letters, that word), in any case."""
    parts = [re.escape(s) + (r"[^\W_]*" if len(s) > MIN_WORD else r"(?![^\W_])")
             for s in stems]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _word_start(text: str, at: int, back: int) -> int:
    """Where the word `back` words before the one at `at` begins."""
    for _ in range(back):
        cut = text.rfind(" ", 0, max(0, at - 1))
        if cut < 0:
            return 0
        at = cut + 1
    return at


def snippet(texts: list[str], query: str, size: int = 14) -> str:
    """The words around the hit, as the databases' snippets give them: from the first of
    `texts` in which a word of `query` is found in one of its forms, about `size` words where
    most found words are (from a few words before the first of them), the found words
    between MARK_START and MARK_END, an ellipsis where text is left out; "" when none is
    found."""
    stems = search_stems(query)
    if not stems:
        return ""
    pattern = _found(tuple(stems))
    for text in texts:
        text = " ".join(text.split())
        spans = [m.span() for m in pattern.finditer(text)]
        if not spans:
            continue
        # The found word with the most others close after it (about `size` words of text).
        reach = size * 7
        best, best_count, last = 0, 0, 0
        for i, (begin, _end) in enumerate(spans):
            last = max(last, i)
            while last + 1 < len(spans) and spans[last + 1][0] < begin + reach:
                last += 1
            if last - i + 1 > best_count:
                best, best_count = i, last - i + 1
        start = _word_start(text, spans[best][0], 3)
        words_after = text[start:].split(" ", size)
        end = start + len(" ".join(words_after[:size]))
        out, at = [], start
        for begin, stop in spans:
            if begin >= start and stop <= end:
                out += [text[at:begin], MARK_START, text[begin:stop], MARK_END]
                at = stop
        out.append(text[at:end])
        return ((ELLIPSIS if start else "") + "".join(out)
                + (ELLIPSIS if end < len(text) else ""))
    return ""
