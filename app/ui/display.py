"""`lett display`: the waiting-room screen.

The newest call large (number and counter), flashing for a moment with a chime, then said
aloud (app.speech); the calls before it; how many wait for each service; the time in the
office's time zone. Sizes follow the window height, so the same layout reads from across the
room on a 1920x1080 and on a 1280x720 screen.

Visitors read Estonian, Russian and English: the screen's words take the office's kiosk
languages in turn (et -> ru -> en), each for LANGUAGE_MS, in boxes of a fixed size, so the
called number never moves. The window title is for staff and keeps the PC's language.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.config import OFFICE_SETTINGS
from app.core.settings import Settings
from app.i18n import translate
from app.operations import queue
from app.operations.context import Context
from app.operations.views import CallView, ServiceQueue
from app.speech import call_announcements
from app.ui import style
from app.ui.qt import (
    QCloseEvent,
    QEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QResizeEvent,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Refresh, Runner
from app.ui.sound import Announcer, Chime, Speaker
from app.ui.watch import DataWatch

log = logging.getLogger(__name__)

FLASH_MS = 400
FLASHES = 8
CLOCK_MS = 1000
# Each language's words stay this long: a sentence read twice at a calm pace.
LANGUAGE_MS = 6000
CONTEXT = "DisplayWindow"
# The watch reports changes within a poll; this only catches a watch that cannot read the file.
FALLBACK_REFRESH_MS = 15_000
HEADER_BG = "#0b2a4a"
PANEL_BG = "#ffffff"
SCREEN_BG = "#e9eef4"


@dataclass(frozen=True)
class Board:
    calls: list[CallView]
    overview: list[ServiceQueue]


def load_board(ctx: Context, limit: int) -> Board:
    return Board(queue.recent_calls(ctx, limit), queue.queue_overview(ctx))


MAX_CALLS = 12  # the most calls the admin dialog lets a display show


def load_display(ctx: Context) -> tuple[Board, dict[str, Any]]:
    """The calls and waiting counts, and the office's display settings."""
    from app.operations.config import office_settings

    return load_board(ctx, MAX_CALLS), office_settings(ctx)


class DisplayWindow(QWidget):
    """The waiting-room display for one office."""

    def __init__(
        self,
        runner: Runner,
        settings: Settings,
        watch: DataWatch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.watch = watch
        # The office's display settings (app.core.config): they come with every refresh, so
        # a change in the admin dialog shows without a restart.
        self.calls_shown = int(OFFICE_SETTINGS["display.calls_shown"].default)
        self.layout_name = str(OFFICE_SETTINGS["display.layout"].default)
        self.languages: list[str] = list(OFFICE_SETTINGS["kiosk.languages"].default)
        self.shown_lang = self.languages[0]
        self.speaker = Speaker(self)
        self.speaker.set_volume(int(settings.get("display.volume")))
        self.chime = Chime(False, self, self.speaker)
        folder = str(settings.get("display.voice_folder")).strip()
        self.announcer = Announcer(self.speaker, Path(folder) if folder else None, self)
        self.announcer.enabled = bool(settings.get("display.speech"))
        self.board: Board | None = None
        self.last_event: str | None = None
        self.flashes_left = 0
        self.unit = 20
        self.setObjectName("display")
        self.setStyleSheet(f"#display {{ background: {SCREEN_BG}; }}")
        self.setAutoFillBackground(True)
        self.refresh = Refresh(runner, load_display, self._show_display, self)
        runner.failed.connect(self._read_failed)
        if watch is not None:
            watch.changed.connect(self.refresh.request)
        self._fallback = QTimer(self)
        self._fallback.timeout.connect(self.refresh.request)
        self._fallback.start(FALLBACK_REFRESH_MS)
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._flash_step)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(CLOCK_MS)
        self.language_timer = QTimer(self)
        self.language_timer.timeout.connect(self.next_language)
        self.language_timer.start(LANGUAGE_MS)
        self._build()
        self._arrange()
        self.retranslate()
        # Text sizes follow the window, so the window must not take its minimum from them.
        self.setMinimumSize(640, 360)
        self.resize(1280, 720)
        self.refresh.request()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QFrame()
        self.header.setStyleSheet(f"QFrame {{ background: {HEADER_BG}; }} "
                                  "QLabel { color: white; }")
        header = QHBoxLayout(self.header)
        self.title = QLabel()
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The title's length differs by language: it must not move the clock.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)

        self.now_panel = QFrame()
        self.now_panel.setObjectName("now")
        now = QVBoxLayout(self.now_panel)
        self.now_caption = QLabel()
        self.now_number = QLabel()
        self.now_number.setObjectName("now_number")
        self.now_counter = QLabel()
        self.now_counter.setObjectName("now_counter")
        self.now_recall = QLabel()
        for label in (self.now_caption, self.now_number, self.now_counter, self.now_recall):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # Words of any length in any language leave the panel's size, and the number in
            # it, where they are.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            now.addWidget(label)
        now.addStretch(1)
        now.insertStretch(0, 1)

        self.list_panel = QFrame()
        self.list_panel.setStyleSheet(f"QFrame {{ background: {PANEL_BG}; border-radius: 12px; }}")
        self.list_grid = QGridLayout(self.list_panel)
        self.list_head_ticket = QLabel()
        self.list_head_counter = QLabel()
        self.list_grid.addWidget(self.list_head_ticket, 0, 0)
        self.list_grid.addWidget(self.list_head_counter, 0, 1)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for row in range(1, MAX_CALLS):
            number, counter = QLabel(), QLabel()
            number.setObjectName(f"call_{row}")
            for label in (number, counter):
                label.setStyleSheet(f"color: {style.INK};")
            counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.list_grid.addWidget(number, row, 0)
            self.list_grid.addWidget(counter, row, 1)
            self.list_grid.setRowStretch(row, 1)
            self.rows.append((number, counter))
        self.list_head_counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_grid.setColumnStretch(0, 3)
        self.list_grid.setColumnStretch(1, 2)

        middle = QHBoxLayout()
        middle.addWidget(self.now_panel, 11)
        middle.addWidget(self.list_panel, 9)

        self.footer = QFrame()
        self.footer_layout = QHBoxLayout(self.footer)
        self.service_chips: dict[str, QLabel] = {}

        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.header)
        self.middle = middle
        self.column.addLayout(middle, 1)
        self.column.addWidget(self.footer)
        self._paint_now(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lett \u2013 waiting-room display"))
        self.show_words()

    def show_words(self) -> None:
        """The screen's words in `shown_lang` (the number, counter and times stay)."""
        lang = self.shown_lang
        self.title.setText(translate(CONTEXT, "Please go to the counter shown with your number",
                                     lang))
        self.now_caption.setText(translate(CONTEXT, "Now calling", lang))
        self.list_head_ticket.setText(translate(CONTEXT, "Ticket", lang))
        self.list_head_counter.setText(translate(CONTEXT, "Counter", lang))
        self._tick()
        if self.board is not None:
            self._show_board(self.board)

    def next_language(self) -> None:
        """The next of the office's languages, after the last the first again."""
        languages = self.languages
        at = languages.index(self.shown_lang) if self.shown_lang in languages else -1
        self.show_language(languages[(at + 1) % len(languages)])

    def show_language(self, lang: str) -> None:
        self.shown_lang = lang
        self.show_words()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scale()

    def scale(self) -> None:
        """Every size is a multiple of the height: 1080 px gives a unit of 20 px."""
        u = max(self.height() // 54, 8)
        self.unit = u
        self.header.setFixedHeight(u * 4)
        self.column.setSpacing(u)
        self.middle.setContentsMargins(u, 0, u, 0)
        self.middle.setSpacing(u)
        style.set_font(self.title, int(u * 1.8), bold=True)
        style.set_font(self.clock, u * 2, bold=True)
        self.header.layout().setContentsMargins(u, 0, u, 0)
        style.set_font(self.now_caption, u * 2, bold=True)
        style.set_font(self.now_number, u * 9, bold=True)
        style.set_font(self.now_counter, int(u * 3.5), bold=True)
        style.set_font(self.now_recall, int(u * 1.6), bold=True)
        for label in (self.now_caption, self.now_number, self.now_counter, self.now_recall):
            label.setFixedHeight(int(label.fontMetrics().height() * 1.15))
        style.set_font(self.list_head_ticket, int(u * 1.4), bold=True)
        style.set_font(self.list_head_counter, int(u * 1.4), bold=True)
        for head in (self.list_head_ticket, self.list_head_counter):
            head.setStyleSheet(f"color: {style.MUTED};")
        self.list_grid.setContentsMargins(u * 2, u, u * 2, u)
        self.list_grid.setVerticalSpacing(int(u * 0.4))
        for number, counter in self.rows:
            style.set_font(number, int(u * 3.6), bold=True)
            style.set_font(counter, int(u * 3.6), bold=True)
        self.footer.setFixedHeight(u * 5)
        self.footer_layout.setContentsMargins(u, 0, u, int(u * 0.6))
        self.footer_layout.setSpacing(u)
        for chip in self.service_chips.values():
            style.set_font(chip, int(u * 1.3), bold=True)
        self._paint_now(self._lit())

    # -- showing -------------------------------------------------------------------------

    @property
    def newest(self) -> CallView | None:
        return self.board.calls[0] if self.board and self.board.calls else None

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def _tick(self) -> None:
        # The office's time zone, as on its tickets, whatever the PC's own zone is.
        self.clock.setText(self.runner.ctx.local().strftime("%H:%M"))

    def _show_display(self, loaded: tuple[Board, dict[str, Any]]) -> None:
        board, settings = loaded
        self.apply_settings(settings)
        self._show(board)

    def apply_settings(self, settings: dict[str, Any]) -> None:
        """Follow the office's display settings: how many calls, the layout, the chime."""
        calls = max(1, min(int(settings["display.calls_shown"]), MAX_CALLS))
        layout = str(settings["display.layout"])
        self.chime.set_enabled(bool(settings["display.chime"]))
        languages = [lang for lang in settings["kiosk.languages"] if lang in ("et", "ru", "en")]
        self.languages = languages or ["et"]
        if self.shown_lang not in self.languages:
            self.shown_lang = self.languages[0]
            self.show_words()
        if (calls, layout) == (self.calls_shown, self.layout_name):
            return
        self.calls_shown, self.layout_name = calls, layout
        self._arrange()

    def _arrange(self) -> None:
        for i, (number, counter) in enumerate(self.rows):
            shown = i < self.calls_shown - 1
            number.setVisible(shown)
            counter.setVisible(shown)
            self.list_grid.setRowStretch(i + 1, 1 if shown else 0)
        self.list_panel.setVisible(self.calls_shown > 1)
        self.footer.setVisible(self.layout_name == "calls_and_waiting")

    def _show(self, board: Board) -> None:
        first = self.board is None
        self.board = board
        self._show_board(board)
        newest = self.newest
        event = newest.event_id if newest else None
        if event != self.last_event:
            self.last_event = event
            if newest is not None and not first:
                self.announcer.say(call_announcements(newest.number, newest.counter_label,
                                                      newest.lang), self.chime)
                self.flashes_left = FLASHES
                self._flash.start()
                self._paint_now(self._lit())

    def _show_board(self, board: Board) -> None:
        newest = board.calls[0] if board.calls else None
        if newest is None:
            self.now_number.setText("\u2014")
            self.now_counter.setText("")
            self.now_recall.setText("")
        else:
            lang = self.shown_lang
            self.now_number.setText(newest.number)
            self.now_counter.setText("\u2192 " + translate(CONTEXT, "Counter {counter}", lang)
                                     .format(counter=newest.counter_label))
            self.now_recall.setText(translate(CONTEXT, "Called again", lang)
                                    if newest.recall else "")
        earlier = board.calls[1:]
        for i, (number, counter) in enumerate(self.rows):
            call = earlier[i] if i < len(earlier) else None
            number.setText(call.number if call else "")
            counter.setText(call.counter_label if call else "")
        self._show_services(board.overview)

    def _show_services(self, overview: list[ServiceQueue]) -> None:
        lang = self.shown_lang
        codes = [line.service.code for line in overview]
        if codes != list(self.service_chips):
            for chip in self.service_chips.values():
                self.footer_layout.removeWidget(chip)
                chip.deleteLater()
            self.service_chips = {}
            for code in codes:
                chip = QLabel()
                chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.footer_layout.addWidget(chip)
                self.service_chips[code] = chip
            self.scale()
        for line in overview:
            chip = self.service_chips[line.service.code]
            colour = line.service.colour
            chip.setText(translate(CONTEXT, "{code} {service}: {count} waiting", lang).format(
                code=line.service.code, service=line.service.name(lang), count=line.waiting))
            chip.setStyleSheet(
                f"QLabel {{ background: {colour}; color: {style.text_on(colour)};"
                f" border-radius: {self.unit // 2}px; padding: 0 {self.unit // 2}px; }}")

    def _lit(self) -> bool:
        return self.flashes_left > 0 and self.flashes_left % 2 == 0

    def _read_failed(self, failure: Failure) -> None:
        # The screen keeps showing the last calls; the next change or refresh tries again.
        log.warning("the display could not read the calls: %s", failure.text)

    def _flash_step(self) -> None:
        self.flashes_left -= 1
        if self.flashes_left <= 0:
            self._flash.stop()
        self._paint_now(self._lit())

    def _paint_now(self, lit: bool) -> None:
        background = style.FLASH_BG if lit else style.CALL_BG
        ink = style.INK if lit else "#ffffff"
        self.now_panel.setStyleSheet(
            f"#now {{ background: {background}; border-radius: {self.unit}px; }}"
            f" #now QLabel {{ color: {ink}; background: transparent; }}")

    def showFullScreen(self) -> None:
        """The whole screen, also where no window manager makes a window full screen."""
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        super().showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.announcer.close()
        if self.watch is not None:
            self.watch.stop()
        self.runner.close()
        super().closeEvent(event)
