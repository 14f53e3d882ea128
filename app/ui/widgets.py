"""Small widgets shared by the windows."""

from __future__ import annotations

from app.ui import style
from app.ui.qt import QLabel, Qt, QTimer, QWidget

BANNER_SECONDS = 12


class Banner(QLabel):
    """A one-line message above a view: an information or an error, gone after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.hide()

    def keep_place(self, lines: int = 2) -> None:
        """Take the same room, shown or not, for up to `lines` lines of text (a longer
        message scrolls in its tooltip): nothing below it moves when a message comes or
        goes."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * 8 + 2)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_info(self, text: str) -> None:
        self._show(text, "info", style.INFO_BG, style.INFO_FG)

    def show_error(self, text: str) -> None:
        self._show(text, "error", style.ERROR_BG, style.ERROR_FG)

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()

    def _show(self, text: str, kind: str, background: str, foreground: str) -> None:
        self.kind = kind
        self.setText(text)
        self.setToolTip(text)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; padding: 8px 12px;"
            f" border: 1px solid {foreground}; border-radius: 4px; }}"
        )
        self.show()
        self._timer.start(BANNER_SECONDS * 1000)
