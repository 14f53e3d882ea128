"""The status bar's sync indicator: online or offline, changes waiting, the last sync,
refused changes, and "Sync now". Reports come from the SyncWorker's thread through a signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import i18n
from app.ui.qt import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QObject,
    QPushButton,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language

if TYPE_CHECKING:
    from app.sync.engine import SyncReport
    from app.sync.worker import SyncWorker

GREEN, GREY, RED = "#2da44e", "#8c959f", "#cf222e"


class SyncBridge(QObject):
    """Hops a sync report from the worker's thread to the UI thread."""

    reported = Signal(object)

    def __call__(self, report: SyncReport) -> None:
        self.reported.emit(report)


class SyncStatus(QWidget):
    def __init__(self, bridge: SyncBridge, worker: SyncWorker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.report: SyncReport | None = None
        self.dot = QLabel("\u25cf")
        self.text = QLabel()
        self.text.setObjectName("syncText")
        self.now_button = QPushButton()
        self.now_button.setFlat(True)
        self.now_button.clicked.connect(self.sync_now)
        self.refused_button = QPushButton()
        self.refused_button.setFlat(True)
        self.refused_button.clicked.connect(self.show_refused)
        self.refused_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        for w in (self.dot, self.text, self.refused_button, self.now_button):
            layout.addWidget(w)
        bridge.reported.connect(self.show_report)
        self.retranslate()

    def retranslate(self) -> None:
        self.now_button.setText(self.tr("Sync now"))
        self._render()

    def sync_now(self) -> None:
        if self.worker is not None:
            self.text.setText(self.tr("Syncing\u2026"))
            self.worker.sync_now()

    def show_report(self, report: SyncReport) -> None:
        self.report = report
        self._render()

    def _render(self) -> None:
        r = self.report
        if r is None:
            self.dot.setStyleSheet(f"color: {GREY}")
            self.text.setText(self.tr("Not synced yet"))
            return
        if r.online:
            self.dot.setStyleSheet(f"color: {GREEN}")
            state = self.tr("Online")
        else:
            self.dot.setStyleSheet(f"color: {RED}")
            state = self.tr("Offline")
        parts = [state]
        if r.error is not None and r.error.code == "sync_store_copied":
            # Nothing goes until the PC connects again: say so where it is seen, not only in
            # the tooltip.
            parts.append(self.tr("this PC's data was restored or copied: connect it again"))
        if r.waiting:
            parts.append(self.tr("waiting to send: {n}").format(n=r.waiting))
        if r.files_waiting:
            parts.append(self.tr("files waiting: {n}").format(n=r.files_waiting))
        if r.last_sync is not None:
            parts.append(self.tr("synced {time}").format(
                time=r.last_sync.astimezone().strftime("%H:%M")))
        # The server refused changes of this round because this PC's clock is ahead of its
        # own: nothing of this PC reaches the others until the clock is set right.
        clock = ""
        if r.clock_ahead_minutes:
            clock = self.tr("This PC's clock is {n} min ahead of the server's: its changes "
                            "are refused. Set the PC's date and time right.").format(
                                n=r.clock_ahead_minutes)
            parts.append(self.tr("clock wrong"))
            self.dot.setStyleSheet(f"color: {RED}")
        self.text.setText(" \u00b7 ".join(parts))
        # Why the round stopped, and why a stored file could not go (it is tried again).
        notes = [clock] if clock else []
        notes += [i18n.error_text(e, current_language())
                  for e in (r.error, r.file_error) if e is not None]
        self.setToolTip("\n".join(notes))
        if r.rejections:
            self.refused_button.setText(self.tr("refused: {n}").format(n=r.rejections))
            self.refused_button.setStyleSheet(f"color: {RED}")
            self.refused_button.show()
        else:
            self.refused_button.hide()

    def show_refused(self) -> None:
        """The changes the server refused, with the reason, in the user's language."""
        if self.worker is None:
            return
        from app.sync.engine import pending

        lang = current_language()
        lines = []
        for r in pending(self.worker.local.db, with_rejections=True).rejected:
            reason = i18n.rejection_text(r, lang)
            lines.append(f"{r['table']} {r['row_id']} ({r['op']}): {reason}")
        QMessageBox.information(
            self, self.tr("Changes the server refused"), "\n".join(lines) or self.tr("None"))

