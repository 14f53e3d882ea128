"""What is said on a call or at the kiosk, and its sound.

A call is said "Number A 0 1 2, counter 3": first in the language the visitor chose at the
kiosk, then in Estonian (the office's language) if that differs. The letters of a number are
said by their names and its digits one by one, so "A012" is never "a twelve"; a counter's
name is said as the office wrote it.

The sound comes from an office's own recorded fragments where it has them all for the
sentence (FOLDER/LANG/PART.wav, see the README), otherwise from espeak-ng.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.i18n import translate
from app.speech.espeak import Espeak
from app.speech.wav import Sound, join, read_wav, silence

log = logging.getLogger(__name__)

OFFICE_LANGUAGE = "et"
# Between fragments, and after each sentence: a waiting room hears it once.
FRAGMENT_GAP_S = 0.12
SENTENCE_GAP_S = 0.6

# How a Russian speaker names the Latin letters of a ticket number (espeak-ng's Russian voice
# would read them as English letters). The Estonian and English voices name them themselves.
RUSSIAN_LETTERS = {
    "A": "а", "B": "бэ", "C": "цэ", "D": "дэ", "E": "е", "F": "эф", "G": "гэ", "H": "аш",
    "I": "и", "J": "йот", "K": "ка", "L": "эль", "M": "эм", "N": "эн", "O": "о", "P": "пэ",
    "Q": "ку", "R": "эр", "S": "эс", "T": "тэ", "U": "у", "V": "вэ", "W": "дубль-вэ",
    "X": "икс", "Y": "игрек", "Z": "зэт",
}


@dataclass(frozen=True)
class Announcement:
    """One sentence in one language: as a person reads it, as the voice is given it, and as
    recorded fragments (file names without .wav)."""

    lang: str
    text: str
    spoken: str
    parts: tuple[str, ...]


def _spelled(number: str) -> list[str]:
    return [ch for ch in number.upper() if ch.isalnum()]


def _spoken_number(number: str, lang: str) -> str:
    """The number as the voice reads it: letter names, a short pause, the digits one by one
    (a comma after the letters makes the English voice name "A" instead of saying "a")."""
    words: list[str] = []
    for i, ch in enumerate(_spelled(number)):
        word = RUSSIAN_LETTERS.get(ch, ch) if lang == "ru" else ch
        following = number.upper()[i + 1:i + 2] if i + 1 < len(number) else ""
        if ch.isalpha() and following.isdigit():
            word += ","
        words.append(word)
    return " ".join(words)


def _counter_parts(counter: str) -> tuple[str, ...]:
    text = counter.strip()
    return tuple(text) if text.isdigit() else (text.lower(),)


def announcement(number: str, counter: str, lang: str) -> Announcement:
    """A call of ticket `number` to `counter`, in `lang`."""
    sentence = translate("speech", "Number {number}, counter {counter}", lang)
    return Announcement(
        lang,
        sentence.format(number=" ".join(_spelled(number)), counter=counter),
        sentence.format(number=_spoken_number(number, lang), counter=counter),
        ("number", *_spelled(number), "counter", *_counter_parts(counter)),
    )


def call_announcements(number: str, counter: str, lang: str) -> list[Announcement]:
    """A call as said in the waiting room: the visitor's language, then the office's."""
    said = [lang] if lang in ("et", "ru", "en") else []
    if OFFICE_LANGUAGE not in said:
        said.append(OFFICE_LANGUAGE)
    return [announcement(number, counter, code) for code in said]


def ticket_announcement(number: str, lang: str) -> Announcement:
    """The kiosk reading a visitor their number."""
    sentence = translate("speech", "Your number is {number}", lang)
    return Announcement(
        lang,
        sentence.format(number=" ".join(_spelled(number))),
        sentence.format(number=_spoken_number(number, lang)),
        ("your-number", *_spelled(number)),
    )


class Voice:
    """Sentences to sound: recorded fragments where an office has them all, else espeak-ng."""

    def __init__(self, fragments: Path | None = None) -> None:
        self.fragments = fragments

    def _recorded(self, said: Announcement) -> Sound | None:
        if self.fragments is None:
            return None
        folder = self.fragments / said.lang
        files = [folder / f"{part}.wav" for part in said.parts]
        missing = [f.name for f in files if not f.is_file()]
        if missing:
            if folder.is_dir():
                log.info("no recorded %s in %s: espeak-ng says it", ", ".join(missing), folder)
            return None
        try:
            sounds = [read_wav(f.read_bytes()) for f in files]
            gap = silence(FRAGMENT_GAP_S, sounds[0].rate, sounds[0].channels)
            return join([s for sound in sounds for s in (sound, gap)])
        except (OSError, ValueError) as exc:
            log.warning("the recorded fragments in %s cannot be joined (%s): espeak-ng says "
                        "it", folder, exc)
            return None

    def render(self, said: Announcement) -> Sound:
        """One sentence, with the pause that follows it."""
        sound = self._recorded(said) or Espeak.synthesize(said.spoken, said.lang)
        return join([sound, silence(SENTENCE_GAP_S, sound.rate, sound.channels)])

    def render_all(self, sentences: list[Announcement]) -> list[Sound]:
        return [self.render(said) for said in sentences]
