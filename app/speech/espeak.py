"""espeak-ng through ctypes: text in, 16-bit PCM out, in this process, without a network.

The library and its voice data come with the `espeakng-loader` package (Windows, Linux and
macOS), which the PyInstaller build carries (packaging/lett.spec). The library keeps one
global state, so every use holds one lock.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

from app.speech.wav import Sound

# espeak_AUDIO_OUTPUT: AUDIO_OUTPUT_SYNCHRONOUS hands the samples to the callback and returns
# when the text is spoken.
_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE = 1
_PHONEME_IPA = 0x02
# Words a minute: slower than espeak-ng's 175, for a waiting room that hears it once.
WORDS_PER_MINUTE = 140
VOICES = {"et": "et", "ru": "ru", "en": "en"}

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                             ctypes.c_void_p)


class SpeechUnavailable(Exception):
    """espeak-ng cannot be loaded or has no voice for the language."""


class Espeak:
    """The one espeak-ng of this process."""

    _lock = threading.Lock()
    _lib: Any = None
    _rate = 0
    _chunks: list[bytes] = []
    _callback: Any = None

    @classmethod
    def _load(cls) -> Any:
        if cls._lib is not None:
            return cls._lib
        try:
            import espeakng_loader

            lib = ctypes.CDLL(espeakng_loader.get_library_path())
            data = espeakng_loader.get_data_path()
        except (ImportError, OSError, RuntimeError) as exc:
            raise SpeechUnavailable(f"espeak-ng cannot be loaded: {exc}") from exc
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                          ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint,
                                     ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                     ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int,
                                              ctypes.c_int]
        rate = lib.espeak_Initialize(_SYNCHRONOUS, 0, data.encode(), 0)
        if rate <= 0:
            raise SpeechUnavailable(f"espeak-ng did not start with its data in {data}")
        # Kept on the class: the library calls it for as long as the process lives.
        cls._callback = _CALLBACK(cls._collect)
        lib.espeak_SetSynthCallback(cls._callback)
        cls._rate = rate
        cls._lib = lib
        return lib

    @classmethod
    def _collect(cls, wav: Any, count: int, _events: Any) -> int:
        if count > 0:
            cls._chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    @classmethod
    def _voice(cls, lib: Any, lang: str) -> None:
        if lib.espeak_SetVoiceByName(VOICES.get(lang, lang).encode()) != 0:
            raise SpeechUnavailable(f"espeak-ng has no voice for {lang}")
        lib.espeak_SetParameter(_RATE, WORDS_PER_MINUTE, 0)

    @classmethod
    def synthesize(cls, text: str, lang: str) -> Sound:
        """`text` spoken in `lang`'s voice."""
        with cls._lock:
            lib = cls._load()
            cls._voice(lib, lang)
            cls._chunks = []
            data = text.encode("utf-8")
            if lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8,
                                None, None) != 0:
                raise SpeechUnavailable(f"espeak-ng could not speak {text!r}")
            lib.espeak_Synchronize()
            pcm, cls._chunks = b"".join(cls._chunks), []
            return Sound(pcm, cls._rate)

    @classmethod
    def phonemes(cls, text: str, lang: str) -> str:
        """How `lang`'s voice pronounces `text`, in IPA (what a test can read)."""
        with cls._lock:
            lib = cls._load()
            cls._voice(lib, lang)
            source = ctypes.c_char_p(text.encode("utf-8"))
            pointer = ctypes.cast(ctypes.pointer(source), ctypes.POINTER(ctypes.c_void_p))
            clauses = []
            while ctypes.cast(pointer.contents, ctypes.c_void_p).value:
                clause = lib.espeak_TextToPhonemes(pointer, _CHARS_UTF8, _PHONEME_IPA)
                if clause:
                    clauses.append(clause.decode("utf-8"))
            return " | ".join(clauses)
