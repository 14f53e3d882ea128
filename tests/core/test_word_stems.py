"""Search words cut to the stem their inflected forms begin with (Estonian and Russian)."""

import pytest

from app.core.word_stems import fts5_query, search_stems, stem, tsquery, words


def finds(query: str, word: str) -> bool:
    """Whether a prefix search for `query`'s stem finds `word`, as the databases do it."""
    return word.lower().startswith(stem(query))


@pytest.mark.parametrize("query, found", [
    ("töötuna", ["töötu", "töötuks", "töötuna", "töötutele", "töötud"]),
    ("töötu", ["töötu", "töötuks", "töötuna", "töötul"]),
    ("koolis", ["kool", "kooli", "koolid", "koolist"]),
    ("otsuses", ["otsus", "otsuse", "otsusega", "otsused"]),
    ("taotlus", ["taotlus", "taotluse", "taotlusega", "taotlust", "taotluste"]),
    ("taotlusega", ["taotlus", "taotluse", "taotlust"]),
    ("Tallinnas", ["Tallinn", "Tallinna", "Tallinnast"]),
    ("заявление", ["заявление", "заявлением", "заявления", "заявлений", "заявлениями"]),
    ("заявлением", ["заявление", "заявления"]),
    ("пенсии", ["пенсия", "пенсии", "пенсию", "пенсией"]),
    ("безработным", ["безработный", "безработного", "безработным"]),
    ("Таллинне", ["Таллинн", "Таллинна"]),
])
def test_an_inflected_form_finds_the_others(query, found):
    for word in found:
        assert finds(query, word), (query, stem(query), word)


def test_short_words_digits_and_nominatives_in_us_are_kept():
    assert stem("maja") == "maja"
    assert stem("kool") == "kool"
    assert stem("дом") == "дом"
    assert stem("2026") == "2026"
    assert stem("otsus") == "otsus"
    assert stem("ЗАЯВЛЕНИЕ") == "заявлен"


def test_what_is_not_found_stem_changes():
    # No dictionary: forms whose stem itself changes do not find each other.
    assert not finds("toa", "tuba")
    assert not finds("дня", "день")


def test_words_split_as_the_indexes_split_them():
    assert words("1-2/26-001: Töötu, «заявление»!") == ["1", "2", "26", "001", "töötu",
                                                      "заявление"]
    assert words("a_b") == ["a", "b"]


def test_queries_for_fts5_and_postgresql():
    assert fts5_query("Töötuna Mari") == '"tööt"* "mari"*'
    assert tsquery("Töötuna Mari") == "tööt:* & mari:*"
    # Nothing to search: one-letter words, punctuation, FTS5 and tsquery syntax.
    assert fts5_query('a " * OR ( ) :') == '"or"'
    assert fts5_query("жалобы на шум") == '"жалоб"* "на" "шум"*'
    assert tsquery("жалобы на шум") == "жалоб:* & на & шум:*"
    assert fts5_query("!!! & | ") == "" == tsquery("- * ")
    assert search_stems("kool koolis koolid") == ["kool"]
    assert len(search_stems(" ".join(f"sõna{i}" for i in range(40)))) == 12


def test_a_snippet_marks_the_found_words_where_most_are():
    from app.core.word_stems import MARK_END, MARK_START, snippet

    text = ("Alguses pole midagi. " * 10 + "Palun arvata mind töötuks, olen töötuna "
            "registreeritud. " + "Lõpus samuti mitte midagi. " * 10)
    found = snippet(["Taotlus", text], "töötuna", size=8).replace(MARK_START, "[").replace(
        MARK_END, "]")
    assert found == "…Palun arvata mind [töötuks], olen [töötuna] registreeritud. Lõpus…"
    assert snippet(["Taotlus", text], "krokodill") == ""
    assert snippet(["Письмо о пенсии"], "пенсия").replace(MARK_START, "[").replace(
        MARK_END, "]") == "Письмо о [пенсии]"
    # Words of two letters only whole.
    assert MARK_START not in snippet(["направить"], "на")
