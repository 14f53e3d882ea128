"""The display's chime: resources/sounds/chime.wav through QtMultimedia, or the system beep
where QtMultimedia cannot load (no audio libraries on the PC)."""

from __future__ import annotations

import resources
from app.ui.qt import QApplication, QObject, QSoundEffect, QUrl

CHIME = resources.path("sounds", "chime.wav")


class Chime(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played = 0
        self._effect = None
        if enabled and QSoundEffect is not None and CHIME.exists():
            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(CHIME)))
            self._effect.setVolume(0.8)

    def play(self) -> None:
        if not self.enabled:
            return
        self.played += 1
        if self._effect is not None and self._effect.status() != QSoundEffect.Status.Error:
            self._effect.play()
        else:
            QApplication.beep()
