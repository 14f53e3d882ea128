"""The display's chime: resources/sounds/chime.wav through QtMultimedia, or the system beep
where QtMultimedia cannot load (no audio libraries on the PC)."""

from __future__ import annotations

import resources
from app.ui.qt import QApplication, QObject, QUrl, sound_effect_class

CHIME = resources.path("sounds", "chime.wav")


class Chime(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = False
        self.played = 0
        self._effect = None
        self.set_enabled(enabled)

    def set_enabled(self, enabled: bool) -> None:
        """Switch the chime on or off (the sound is loaded the first time it is on)."""
        self.enabled = enabled
        if not enabled or self._effect is not None:
            return
        effect_class = sound_effect_class() if CHIME.exists() else None
        if effect_class is not None:
            self._effect = effect_class(self)
            self._effect.setSource(QUrl.fromLocalFile(str(CHIME)))
            self._effect.setVolume(0.8)

    def play(self) -> None:
        if not self.enabled:
            return
        self.played += 1
        if self._effect is not None and self._effect.status() != type(self._effect).Status.Error:
            self._effect.play()
        else:
            QApplication.beep()
