"""WAV files in memory: 16-bit PCM written, read, joined and measured with the standard
library alone."""

from __future__ import annotations

import array
import io
import math
import sys
import wave
from dataclasses import dataclass


@dataclass(frozen=True)
class Sound:
    """Mono or stereo 16-bit PCM at one rate."""

    pcm: bytes
    rate: int
    channels: int = 1

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (2 * self.channels * self.rate)

    def to_wav(self) -> bytes:
        out = io.BytesIO()
        with wave.open(out, "wb") as w:
            w.setnchannels(self.channels)
            w.setsampwidth(2)
            w.setframerate(self.rate)
            w.writeframes(self.pcm)
        return out.getvalue()

    def samples(self) -> array.array[int]:
        values = array.array("h")
        values.frombytes(self.pcm)
        if sys.byteorder == "big":
            values.byteswap()
        return values

    def rms(self) -> float:
        """Root mean square of the samples, 0 for silence, 32767 at full scale."""
        values = self.samples()
        if not values:
            return 0.0
        return math.sqrt(sum(v * v for v in values) / len(values))


def read_wav(data: bytes) -> Sound:
    """A 16-bit PCM WAV file; ValueError for any other kind."""
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            if w.getsampwidth() != 2:
                raise ValueError(f"{8 * w.getsampwidth()}-bit samples, not 16-bit")
            return Sound(w.readframes(w.getnframes()), w.getframerate(), w.getnchannels())
    except (wave.Error, EOFError) as exc:
        raise ValueError(str(exc)) from exc


def silence(seconds: float, rate: int, channels: int = 1) -> Sound:
    return Sound(b"\0\0" * channels * int(seconds * rate), rate, channels)


def join(sounds: list[Sound]) -> Sound:
    """One sound after the other; they must share rate and channels."""
    first = sounds[0]
    for sound in sounds[1:]:
        if (sound.rate, sound.channels) != (first.rate, first.channels):
            raise ValueError(f"{sound.rate} Hz x{sound.channels} does not join "
                             f"{first.rate} Hz x{first.channels}")
    return Sound(b"".join(s.pcm for s in sounds), first.rate, first.channels)
