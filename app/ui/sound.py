"""Sound on the display and the kiosk: the chime and the spoken calls, one after the other.

Every sound goes through one `Speaker`, which plays a queue through Qt's audio output
(QAudioSink), so a call never talks over another. Where the PC has no audio output the queue
keeps its order and pace all the same (each sound takes its own length), and the chime falls
back to the system beep where QtMultimedia cannot load (no audio libraries on the PC).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import resources
from app.speech import Announcement, Voice
from app.speech.wav import Sound, read_wav
from app.ui.qt import QApplication, QObject, QTimer, Signal, audio_output

log = logging.getLogger(__name__)

CHIME = resources.path("sounds", "chime.wav")
POLL_MS = 40


class Speaker(QObject):
    """Plays sounds in the order given, each when the one before has ended."""

    started = Signal(str)
    finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = 0.8
        # (name, started, ended) in time.monotonic(), for whoever checks what was heard.
        self.heard: list[tuple[str, float, float]] = []
        self.through_audio_output = 0
        self._queue: deque[tuple[str, Sound]] = deque()
        self._current: tuple[str, float] | None = None
        self._sink: Any = None
        self._buffer: Any = None
        self._pace = QTimer(self)
        self._pace.setSingleShot(True)
        self._pace.timeout.connect(self._due)
        self._warned = False

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def set_volume(self, percent: int) -> None:
        self.volume = max(0, min(percent, 100)) / 100

    def play(self, name: str, sound: Sound) -> None:
        self._queue.append((name, sound))
        if self._current is None:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        name, sound = self._queue.popleft()
        self._current = (name, time.monotonic())
        self.started.emit(name)
        if self._open(sound):
            self.through_audio_output += 1
        # The sound's own length, then the output is asked whether it has played it all (with
        # no audio output the next sound still waits for this one's length).
        self._pace.start(max(int(sound.seconds * 1000), 1))

    def _open(self, sound: Sound) -> bool:
        qt = audio_output()
        if qt is None:
            return False
        device = qt.QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self._warn("this PC has no audio output")
            return False
        audio_format = qt.QAudioFormat()
        audio_format.setSampleRate(sound.rate)
        audio_format.setChannelCount(sound.channels)
        audio_format.setSampleFormat(qt.QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            self._warn(f"the audio output does not play {sound.rate} Hz")
            return False
        self._buffer = qt.QBuffer(self)
        self._buffer.setData(qt.QByteArray(sound.pcm))
        self._buffer.open(qt.QIODevice.OpenModeFlag.ReadOnly)
        # Its stateChanged is not listened to: PySide6 cannot hand a QAudio::State to Python.
        sink = self._sink = qt.QAudioSink(device, audio_format, self)
        sink.setVolume(self.volume)
        sink.start(self._buffer)
        if sink.error().name != "NoError":
            self._warn(f"the audio output did not start ({sink.error().name})")
            self._close_sink()
            return False
        return True

    def _due(self) -> None:
        # Active: still playing what the device buffered. Idle: played out. Stopped: ended,
        # or the device went away. (QtAudio's enums, QAudio's before Qt 6.7, by name.)
        if self._sink is not None and self._sink.state().name == "ActiveState":
            self._pace.start(POLL_MS)
            return
        self._ended()

    def _close_sink(self) -> None:
        sink, buffer = self._sink, self._buffer
        self._sink = self._buffer = None
        if sink is not None:
            sink.stop()
            sink.deleteLater()
        if buffer is not None:
            buffer.close()
            buffer.deleteLater()

    def _ended(self) -> None:
        if self._current is None:
            return
        self._close_sink()
        name, began = self._current
        self._current = None
        self.heard.append((name, began, time.monotonic()))
        self.finished.emit(name)
        self._next()

    def _warn(self, why: str) -> None:
        if not self._warned:
            log.warning("sound is not heard: %s", why)
            self._warned = True

    def stop(self) -> None:
        self._queue.clear()
        self._pace.stop()
        self._close_sink()
        self._current = None


def chime_sound() -> Sound | None:
    try:
        return read_wav(CHIME.read_bytes())
    except (OSError, ValueError) as exc:
        log.warning("the chime cannot be read from %s: %s", CHIME, exc)
        return None


class Chime(QObject):
    """The chime of a call, on the speaker's queue; the system beep without QtMultimedia."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None,
                 speaker: Speaker | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played = 0
        self.speaker = speaker or Speaker(self)
        self.sound = chime_sound()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    def play(self) -> None:
        if not self.enabled:
            return
        self.played += 1
        if self.sound is not None and audio_output() is not None:
            self.speaker.play("chime", self.sound)
        else:
            QApplication.beep()


class Announcer(QObject):
    """Says sentences on a speaker, after the chime where there is one. The sound is made on a
    thread of its own (the screen never waits for it), one sentence list at a time, so they
    are heard in the order they were asked for."""

    _rendered = Signal(object)

    def __init__(self, speaker: Speaker, fragments: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.enabled = True
        self.voice = Voice(fragments)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voice")
        self._rendered.connect(self._play)

    def say(self, sentences: list[Announcement], chime: Chime | None = None) -> None:
        """The chime (if given and on), then the sentences if speech is on."""
        if not self.enabled or not sentences or audio_output() is None:
            if chime is not None:
                chime.play()
            return
        first = None
        if chime is not None and chime.enabled:
            chime.played += 1
            first = chime.sound
        self._worker.submit(self._render, sentences, first)

    def _render(self, sentences: list[Announcement], first: Sound | None) -> None:
        clips: list[tuple[str, Sound]] = [("chime", first)] if first is not None else []
        try:
            for said in sentences:
                clips.append((said.text, self.voice.render(said)))
        except Exception as exc:  # the voice failing must never lose the chime
            log.warning("the call cannot be said aloud: %s", exc)
        self._rendered.emit(clips)

    def _play(self, clips: list[tuple[str, Sound]]) -> None:
        for name, sound in clips:
            self.speaker.play(name, sound)

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)
        self.speaker.stop()
