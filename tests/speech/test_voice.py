"""Numbers called aloud offline: each language's sentence, said by espeak-ng into a WAV file
and measured, and an office's own recorded fragments joined instead where it has them."""

import ast
import wave
from io import BytesIO
from pathlib import Path

import pytest

from app.speech import Voice, announcement, call_announcements, ticket_announcement
from app.speech.espeak import Espeak
from app.speech.wav import Sound, read_wav

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = {
    "en": "Number A 0 1 2, counter 3",
    "et": "Number A 0 1 2, teeninduslett 3",
    "ru": "Номер A 0 1 2, окно 3",
}
# How each voice says the letter A: its name, never the English article.
LETTER_A = {"en": "eɪ", "et": "aaː", "ru": "ˈɑ"}


def measured(data: bytes) -> tuple[float, float]:
    """Seconds and loudness (RMS) of a WAV file."""
    with wave.open(BytesIO(data), "rb") as w:
        assert (w.getsampwidth(), w.getnchannels()) == (2, 1)
        seconds = w.getnframes() / w.getframerate()
    return seconds, read_wav(data).rms()


@pytest.mark.parametrize("lang", ["et", "ru", "en"])
def test_each_language_says_the_call_aloud(lang):
    said = announcement("A012", "3", lang)
    assert said.text == SENTENCES[lang]
    wav = Voice().render(said).to_wav()
    seconds, loudness = measured(wav)
    assert 2.0 < seconds < 8.0, seconds
    assert loudness > 500, loudness  # a voice, not silence (full scale is 32767)
    sounds = Espeak.phonemes(said.spoken, lang)
    assert LETTER_A[lang] in sounds, sounds


def test_digits_are_said_one_by_one():
    sounds = Espeak.phonemes(announcement("A012", "3", "en").spoken, "en")
    assert "zˈiəɹəʊ wˈɒn tˈuː" in sounds  # zero one two, not "twelve"
    assert "twˈɛlv" not in sounds


def test_a_call_is_said_in_the_visitors_language_then_in_estonian():
    assert [a.lang for a in call_announcements("B007", "2", "ru")] == ["ru", "et"]
    assert [a.lang for a in call_announcements("B007", "2", "en")] == ["en", "et"]
    assert [a.lang for a in call_announcements("B007", "2", "et")] == ["et"]


def test_a_counter_is_said_as_the_office_wrote_it():
    said = announcement("C101", "Kassa", "en")
    assert said.text == "Number C 1 0 1, counter Kassa"
    assert "kˈasə" in Espeak.phonemes(said.spoken, "en")


def test_the_kiosk_reads_a_visitor_their_number():
    said = ticket_announcement("B002", "ru")
    assert said.text == "Ваш номер B 0 0 2"
    seconds, loudness = measured(Voice().render(said).to_wav())
    assert seconds > 1.5 and loudness > 500


def _tone(seconds: float, rate: int = 16000) -> Sound:
    import array
    import math

    samples = array.array("h", (int(8000 * math.sin(i / 5)) for i in range(int(seconds * rate))))
    return Sound(samples.tobytes(), rate)


def test_recorded_fragments_are_joined_where_the_office_has_them_all(tmp_path):
    folder = tmp_path / "voice" / "et"
    folder.mkdir(parents=True)
    for part in ("number", "counter", "A", "0", "1", "2", "3"):
        (folder / f"{part}.wav").write_bytes(_tone(0.25).to_wav())
    said = announcement("A012", "3", "et")
    seconds, _ = measured(Voice(tmp_path / "voice").render(said).to_wav())
    # Seven fragments of 0.25 s, a short gap after each, and the pause after the sentence.
    assert seconds == pytest.approx(7 * (0.25 + 0.12) + 0.6, abs=0.01)


def test_a_missing_fragment_leaves_the_sentence_to_espeak(tmp_path):
    folder = tmp_path / "voice" / "et"
    folder.mkdir(parents=True)
    for part in ("number", "counter", "A", "0", "1", "2"):  # no 3.wav
        (folder / f"{part}.wav").write_bytes(_tone(0.25).to_wav())
    sound = Voice(tmp_path / "voice").render(announcement("A012", "3", "et"))
    assert sound.rate == 22050  # espeak-ng's, not the fragments' 16 kHz


def test_speech_imports_no_qt():
    for path in sorted((ROOT / "app" / "speech").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith(("PySide6", "app.ui")) for n in names), path
