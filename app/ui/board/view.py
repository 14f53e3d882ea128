"""The supervisor's board (app.operations.board): the office's lines and counters now.

Headline: today's service level so far, served today, waiting now. A table of the services
(waiting, longest wait against the target, the forecast, open counters, served, service
level), one of the counters (open, who works there, serving what and for how long; a counter
idle while people it could call wait is red) and the alerts of waits past their target.
It follows the queue like the waiting-room display: every change the store's watch (and, on
a connected PC, the server's live feed) reports asks for a refresh; waits grow on a timer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from app.operations.board import BoardState, board_state
from app.operations.context import Context
from app.ui import style
from app.ui.qt import (
    QAbstractItemView,
    QColor,
    QEvent,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QObject,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Refresh, Runner

T = TypeVar("T")

# Waits grow while nothing changes: the board reads again this often.
TICK_MS = 5000
ALERT_BG = "#ffebe9"
ALERT_FG = "#82071e"
IDLE_BG = "#cf222e"
OK_FG = "#1a7f37"


class OwnRefresh(Refresh[T]):
    """A Refresh whose failures are shown by the view that asked (`on_error`), not by
    whichever view listens to the runner's `failed`."""

    def __init__(self, runner: Runner, load: Callable[[Context], T], show: Callable[[T], None],
                 on_error: Callable[[Failure], None], parent: QObject | None = None) -> None:
        super().__init__(runner, load, show, parent)
        self.on_error = on_error

    def _failed(self, failure: Failure) -> None:
        self._settle()
        self.on_error(failure)


def minutes_text(value: timedelta | None) -> str:
    if value is None:
        return "\u2013"
    return str(int(value.total_seconds() // 60))


def percent_text(value: float | None) -> str:
    return "\u2013" if value is None else f"{value * 100:.0f} %"


class _Figure(QLabel):
    """A headline number with its caption under it."""

    def __init__(self, big: bool) -> None:
        super().__init__()
        self.big = big
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("figure")
        self.setStyleSheet("#figure { background: #f6f8fa; border: 1px solid #d0d7de; "
                           "border-radius: 6px; padding: 6px; }")

    def show_figure(self, value: str, caption: str, colour: str = style.INK) -> None:
        size = 40 if self.big else 26
        self.setText(f"<div style='font-size:{size}px; font-weight:bold; color:{colour}'>"
                     f"{value}</div><div style='color:{style.MUTED}'>{caption}</div>")


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def header_text(text: str, width: int = 14) -> str:
    """A column title longer than `width` on two or three lines, broken at spaces, so the
    tables fit a laptop's screen in every language."""
    if len(text) <= width or " " not in text:
        return text
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 3:
        lines = [*lines[:2], " ".join(lines[2:])]
    return "\n".join(lines)


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class BoardView(QWidget):
    """The board; `big` for a wall screen (larger text)."""

    def __init__(self, runner: Runner, big: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.big = big
        self.state: BoardState | None = None
        self.refresh = OwnRefresh(runner, board_state, self.show_state, self.show_error, self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.ERROR_FG}")
        self.error.hide()
        self._build()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(TICK_MS)
        self.retranslate()

    def _build(self) -> None:
        if self.big:
            self.setFont(style.font(22))
        self.title = QLabel()
        style.set_font(self.title, 30 if self.big else 20, bold=True)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.clock)
        self.level = _Figure(self.big)
        self.served = _Figure(self.big)
        self.waiting = _Figure(self.big)
        self.alert_count = _Figure(self.big)
        figures = QHBoxLayout()
        for figure in (self.level, self.served, self.waiting, self.alert_count):
            figures.addWidget(figure, 1)
        self.services_label = QLabel()
        self.counters_label = QLabel()
        self.alerts_label = QLabel()
        for label in (self.services_label, self.counters_label, self.alerts_label):
            style.set_font(label, 24 if self.big else 16, bold=True)
        self.services = _table(8)
        self.services.setObjectName("board_services")
        self.counters = _table(6)
        self.counters.setObjectName("board_counters")
        if self.big:
            for table in (self.services, self.counters):
                table.horizontalHeader().setFont(style.font(18))
        self.alerts = QListWidget()
        self.alerts.setObjectName("board_alerts")
        self.alerts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid = QGridLayout()
        grid.addWidget(self.services_label, 0, 0)
        grid.addWidget(self.services, 1, 0)
        grid.addWidget(self.counters_label, 2, 0)
        grid.addWidget(self.counters, 3, 0)
        grid.addWidget(self.alerts_label, 0, 1)
        grid.addWidget(self.alerts, 1, 1, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)

    def show_error(self, failure: Failure) -> None:
        self.error.setText(failure.text)
        self.error.show()

    def follow(self, changed: object) -> None:
        """Refresh on every change a watch reports (its `changed` signal) while shown; a
        hidden board reads again when it shows."""
        changed.connect(self._tick)  # type: ignore[attr-defined]

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh.request()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.refresh.request()
        super().showEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Supervisor board"))
        self.services_label.setText(self.tr("Services now"))
        self.counters_label.setText(self.tr("Counters now"))
        self.alerts_label.setText(self.tr("Waits past the target"))
        self.services.setHorizontalHeaderLabels([header_text(t) for t in (
            self.tr("Service"), self.tr("Waiting"), self.tr("Longest wait, min"),
            self.tr("Target, min"), self.tr("Expected wait, min"), self.tr("Open counters"),
            self.tr("Served today"), self.tr("Service level today"))])
        self.counters.setHorizontalHeaderLabels([header_text(t) for t in (
            self.tr("Counter"), self.tr("State"), self.tr("Staff member"),
            self.tr("Serving"), self.tr("For, min"), self.tr("Waiting for it"))])
        if self.state is not None:
            self.show_state(self.state)
        else:
            self._show_figures(None)

    # -- showing ---------------------------------------------------------------------------

    def _show_figures(self, state: BoardState | None) -> None:
        level = None if state is None else state.service_level
        self.level.show_figure(percent_text(level), self.tr("Service level today"))
        self.served.show_figure("\u2013" if state is None else str(state.served),
                                self.tr("Served today"))
        self.waiting.show_figure("\u2013" if state is None else str(state.waiting),
                                 self.tr("Waiting now"))
        alerts = 0 if state is None else len(state.alerts)
        self.alert_count.show_figure(str(alerts), self.tr("Past the target"),
                                     ALERT_FG if alerts else OK_FG)

    def show_state(self, state: BoardState) -> None:
        self.state = state
        self.error.hide()
        lang = current_language()
        self.clock.setText(state.at.astimezone(self.runner.ctx.timezone).strftime("%H:%M:%S")
                           if self.runner.ctx is not None else "")
        self._show_figures(state)
        self.services.setRowCount(len(state.services))
        for row, s in enumerate(state.services):
            cells = [
                _item(f"{s.code}  {s.name(lang)}"),
                _item(str(s.waiting), True),
                _item(minutes_text(s.longest_wait) if s.waiting else "\u2013", True),
                _item(minutes_text(s.target_wait), True),
                _item(s.forecast.text() if s.forecast is not None else self.tr("no counter open"),
                      s.forecast is not None),
                _item(str(s.open_counters), True),
                _item(str(s.served), True),
                _item(percent_text(s.service_level), True),
            ]
            if s.over_target:
                cells[2].setBackground(QColor(ALERT_BG))
                cells[2].setForeground(QColor(ALERT_FG))
            for column, item in enumerate(cells):
                self.services.setItem(row, column, item)
        self.counters.setRowCount(len(state.counters))
        for row, c in enumerate(state.counters):
            if not c.is_open:
                what = self.tr("closed")
            elif c.ticket is not None:
                what = self.tr("serving")
            elif c.idle_while_waiting:
                what = self.tr("idle while people wait")
            else:
                what = self.tr("free")
            cells = [
                _item(c.label or str(c.number)),
                _item(what),
                _item(c.person or "\u2013"),
                _item(f"{c.ticket} ({c.service})" if c.ticket else "\u2013"),
                _item(minutes_text(c.serving_for) if c.ticket else "\u2013", True),
                _item(str(c.waiting_for_it) if c.is_open else "\u2013", True),
            ]
            for column, item in enumerate(cells):
                if c.idle_while_waiting:
                    item.setBackground(QColor(IDLE_BG))
                    item.setForeground(QColor("#ffffff"))
                self.counters.setItem(row, column, item)
        self.alerts.clear()
        for a in state.alerts:
            self.alerts.addItem(self.tr("{number}: {waited} min (target {target})").format(
                number=a.number, waited=minutes_text(a.waited),
                target=minutes_text(a.target)))
        if not state.alerts:
            self.alerts.addItem(self.tr("Nobody has waited past the target."))
