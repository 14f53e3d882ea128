"""The Estonian and Russian catalogues are complete, keep every {placeholder}, and are valid
Qt Linguist TS files."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core.errors import MESSAGES
from app.core.queue import OUTCOMES, TicketStatus
from app.i18n import catalogue_path
from app.ui import translations as tr

LANGS = tr.TRANSLATED


@pytest.fixture(scope="module")
def found():
    return tr.extract()


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_has_a_finished_translation(lang, found):
    missing = tr.missing(lang, found)
    assert missing == [], (
        f"{len(missing)} strings lack a finished {lang} translation; run "
        f"`python -m app.ui.translations update` and translate them: {missing[:10]}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_their_placeholders(lang):
    broken = [
        (context, m.source, m.translation)
        for context, messages in tr.read_ts(catalogue_path(lang)).contexts.items()
        for m in messages.values()
        if m.translation and tr.placeholders(m.source) != tr.placeholders(m.translation)
    ]
    assert broken == []


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_a_valid_ts_file(lang):
    path = catalogue_path(lang)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "TS"
    assert root.get("version") == "2.1"
    assert root.get("language") == tr.TS_LANGUAGE[lang]
    assert root.get("sourcelanguage") == "en"
    names = [c.findtext("name") for c in root.findall("context")]
    assert len(names) == len(set(names)), "a context appears twice"
    for context in root.findall("context"):
        sources = [m.findtext("source") for m in context.findall("message")]
        assert len(sources) == len(set(sources)), f"a message appears twice in {names}"
        for message in context.findall("message"):
            assert message.find("translation") is not None


@pytest.mark.parametrize("lang", LANGS)
def test_qt_lrelease_compiles_the_catalogue(lang, tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / f"lett_{lang}.qm"
    result = subprocess.run([lrelease, str(catalogue_path(lang)), "-qm", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert "0 unfinished" in result.stdout


def test_extraction_covers_errors_codes_and_the_printed_ticket(found):
    assert set(MESSAGES.values()) <= set(found["errors"])
    assert {s.value for s in TicketStatus} <= set(found["status"])
    assert set(OUTCOMES) <= set(found["outcomes"])
    assert {"People ahead: {n}", "Estimated wait: {low}\u2013{high} min", "Ticket",
            "Thank you for waiting"} <= set(found["ticket"])


def test_extraction_reads_tr_with_its_class_and_translate_with_its_context(tmp_path):
    (tmp_path / "w.py").write_text(
        'CONTEXT = "cli"\n'
        "class Panel:\n"
        "    def show(self):\n"
        '        self.tr("Hello {name}")\n'
        '        other.tr("not ours")\n'
        '        QCoreApplication.translate("places", "At the front")\n'
        '        translate(CONTEXT, "Done.", lang)\n'
        "        translate(CONTEXT, variable, lang)\n",
        encoding="utf-8",
    )
    found = tr.extract((tmp_path,))
    assert found["Panel"] == ["Hello {name}"]
    assert found["places"] == ["At the front"]
    assert found["cli"] == ["Done."]


def test_merge_keeps_translations_marks_new_unfinished_and_gone_vanished():
    old = tr.Catalogue("et_EE", {"ctx": {
        "Kept": tr.Message("Kept", "Alles", ""),
        "Gone": tr.Message("Gone", "Läinud", ""),
    }})
    merged = tr.merge(old, {"ctx": ["Kept", "New"]})
    messages = merged.contexts["ctx"]
    assert (messages["Kept"].translation, messages["Kept"].state) == ("Alles", "")
    assert (messages["New"].translation, messages["New"].state) == ("", "unfinished")
    assert (messages["Gone"].translation, messages["Gone"].state) == ("Läinud", "vanished")


def test_written_file_reads_back_the_same(tmp_path):
    catalogue = tr.Catalogue("ru_RU", {"ctx": {
        'A <b> & "c"': tr.Message('A <b> & "c"', "А <b> & «в»", ""),
        "Todo": tr.Message("Todo", "", "unfinished"),
    }})
    path = tmp_path / "x.ts"
    tr.write_ts(catalogue, path)
    assert tr.read_ts(path) == catalogue


def test_fill_takes_translations_and_refuses_changed_placeholders(tmp_path, monkeypatch):
    t = tr
    monkeypatch.setattr(t, "catalogue_path", lambda lang: tmp_path / f"lett_{lang}.ts")
    t.write_ts(t.merge(t.Catalogue("ru_RU"), {"Ctx": ["Ticket {number}", "Close"]}),
               tmp_path / "lett_ru.ts")
    unknown = t.fill("ru", [["Ctx", "Ticket {number}", "Талон {number}"], ["Ctx", "Gone", "x"]])
    assert unknown == [("Ctx", "Gone")]
    assert t.load("ru").finished() == {("Ctx", "Ticket {number}"): "Талон {number}"}
    with pytest.raises(ValueError, match="placeholders"):
        t.fill("ru", [["Ctx", "Close", "Закрыть {x}"]])
    assert ("Ctx", "Close") not in t.load("ru").finished()
