"""`lett board`: the supervisor's board full screen, for a wall."""

from __future__ import annotations

from app.ui.board.view import BoardView
from app.ui.qt import QEvent, QKeySequence, QShortcut, QVBoxLayout, QWidget
from app.ui.runner import Runner


class BoardWindow(QWidget):
    """The board filling the screen; Esc leaves full screen."""

    def __init__(self, runner: Runner, watch: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = BoardView(runner, big=True)
        if watch is not None:
            self.view.follow(watch.changed)  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)
        self.resize(1280, 720)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lett \u2013 supervisor board"))
