"""`lett kiosk`: the touch screen where visitors take a ticket.

Start screen: the languages (each in itself) and one large button per service in its colour.
A press issues and prints the ticket and shows its number, the people ahead and the estimated
wait, and offers to read the number aloud; after `kiosk.idle_seconds` without a touch the
start screen comes back in the first language. Leaving the kiosk needs the admin PIN, typed on
an on-screen keypad (in the staff's language) reached with a long press in the top-left corner
or Ctrl+Alt+Q.

Any screen, portrait or landscape: sizes follow the shorter of height and width, and every
text takes the largest size at which it fits its box (app.ui.fit), in two lines where needed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from app.core.config import OFFICE_SETTINGS
from app.core.settings import Settings
from app.i18n import translate
from app.operations import queue
from app.operations.context import Context
from app.operations.printing import issue_and_print
from app.operations.queue import blocks
from app.operations.views import ServiceView, TicketView
from app.speech import ticket_announcement
from app.ui import style
from app.ui.fit import READABLE, SMALLEST, FitButton, FitLabel, fit, wrap
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QApplication,
    QCloseEvent,
    QEvent,
    QFont,
    QFontMetrics,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMouseEvent,
    QObject,
    QPushButton,
    QResizeEvent,
    QShortcut,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language, install_language
from app.ui.runner import Failure, Refresh, Runner
from app.ui.sound import Announcer, Speaker
from app.ui.watch import DataWatch

log = logging.getLogger(__name__)

LONG_PRESS_MS = 3000
SERVICES_REFRESH_MS = 30_000
CORNER = 96
BACKGROUND = "#f3f5f8"
# After a screen changes, taps are ignored this long: the second tap of a double tap comes
# within about half a second of the first and would land on whatever the new screen put
# under the finger (a service button after "Done": a second ticket), while a person needs
# longer than this to read a new screen before tapping on purpose.
TAP_GUARD_MS = 800
TAPS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd)


# A service's name takes at most this many lines on its button and on the ticket screen; a
# longer one ends in "…" rather than shrink below a readable size.
NAME_LINES = 3
ELLIPSIS = "\u2026"
PUNCTUATION = " ,.;:\u2013-"


def elided(metrics: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """`text` wrapped into at most `max_lines` lines of `width`, the last one ending in "…"
    where the rest does not fit; a word wider than a line ends in "…" too (whole letters)."""
    lines = wrap(metrics, text, width)
    if len(lines) > max_lines:
        # The last line takes whole words while they fit before the "…".
        words, last = " ".join(lines[max_lines - 1:]).split(" "), ""
        for word in words:
            candidate = f"{last} {word}" if last else word
            if metrics.horizontalAdvance(candidate.rstrip(PUNCTUATION) + ELLIPSIS) > width:
                break
            last = candidate
        last = (last.rstrip(PUNCTUATION) + ELLIPSIS if last else metrics.elidedText(
            words[0] + ELLIPSIS, Qt.TextElideMode.ElideRight, width))
        lines = [*lines[:max_lines - 1], last]
    return [line if metrics.horizontalAdvance(line) <= width
            else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def fit_name(font: QFont, text: str, width: int, height: int, largest: int,
             name_lines: int = NAME_LINES) -> tuple[int, list[str]]:
    """The pixel size and lines of a service's button text (its name, then what it says of
    the service's hours on lines of their own): whole at the largest size down to READABLE of
    `largest` at which the name takes at most `name_lines` lines, else at that readable size
    with the name cut to `name_lines` lines ending in "…". Only a box too low for that gets
    fewer lines, then smaller letters."""
    name, _, notes = text.partition("\n")
    note_lines = notes.split("\n") if notes else []
    readable = max(int(largest * READABLE), SMALLEST)
    probe = QFont(font)

    def metrics_at(size: int) -> QFontMetrics:
        probe.setPixelSize(size)
        return QFontMetrics(probe)

    def fits(metrics: QFontMetrics, lines: list[str]) -> bool:
        return (all(metrics.horizontalAdvance(line) <= width for line in lines)
                and len(lines) * metrics.lineSpacing() <= height)

    size = largest
    while size >= readable:
        metrics = metrics_at(size)
        lines = wrap(metrics, name, width)
        if len(lines) <= name_lines and fits(metrics, lines + note_lines):
            return size, lines + note_lines
        size = min(size - 1, int(size * 0.94))
    for size in range(readable, 3, -1):
        metrics = metrics_at(size)
        room = height // metrics.lineSpacing() - len(note_lines)
        lines = elided(metrics, name, width, max(min(name_lines, room), 1))
        notes_shown = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, width)
                       for n in note_lines]
        if room >= min(name_lines, 2) and fits(metrics, lines + notes_shown) or size == 4:
            return size, lines + notes_shown
    return 4, [name]


class ServiceButton(FitButton):
    """A service's button: its name in at most NAME_LINES lines at a readable size, a longer
    one ending in "…" (app.ui.fit would make it smaller and smaller instead)."""

    def refit(self) -> None:
        width, height = self.inner()
        size, lines = fit_name(self.font(), self.text_given, width, height, self.largest)
        font = self.font()
        font.setPixelSize(size)
        self.setFont(font)
        QPushButton.setText(self, "\n".join(lines))


class ServiceLabel(FitLabel):
    """The service's name on the ticket screen: as ServiceButton's, at most NAME_LINES lines
    at a readable size, a longer one ending in "…"."""

    def refit(self) -> None:
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)
        size, lines = fit(self.font(), self.text_given, width, 10**6, self.largest,
                          self.max_lines)
        if size < max(int(self.largest * READABLE), SMALLEST) or len(lines) > self.max_lines:
            size, lines = fit_name(self.font(), self.text_given, width, 10**6,
                                   self.largest, self.max_lines)
        font = self.font()
        font.setPixelSize(size)
        self.setFont(font)
        QLabel.setText(self, "\n".join(lines) if self.text_given else "")
        self.setFixedHeight(QFontMetrics(font).lineSpacing() * max(len(lines), 1)
                            + margins.top() + margins.bottom() + 2)


class CornerHotspot(QWidget):
    """An invisible square that reports a press held for LONG_PRESS_MS."""

    long_pressed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedSize(CORNER, CORNER)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self.long_pressed)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        event.accept()


class PinPad(QWidget):
    """Digits, Clear, OK and Back on the screen; the PIN itself is never shown."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # For staff: the staff's language, whatever language the last visitor chose.
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = FitLabel(2)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setReadOnly(True)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = FitLabel(2)
        self.message.setStyleSheet(f"color: {style.ERROR_FG};")
        grid = QGridLayout()
        self.digits: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            self.digits[digit] = self._key(digit, grid, i // 3, i % 3)
        self.clear_key = self._key("", grid, 3, 0)
        self.digits["0"] = self._key("0", grid, 3, 1)
        self.ok_key = self._key("", grid, 3, 2)
        self.back_key = QPushButton()
        for digit, button in self.digits.items():
            button.clicked.connect(lambda _=False, d=digit: self.field.insert(d))
        self.clear_key.clicked.connect(self.field.clear)
        self.ok_key.clicked.connect(lambda: self.entered.emit(self.field.text()))
        self.back_key.clicked.connect(self.cancelled)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.back_key)
        self.retranslate()

    def _key(self, text: str, grid: QGridLayout, row: int, column: int) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.addWidget(button, row, column)
        return button

    def retranslate(self) -> None:
        lang = self.lang
        self.prompt.setText(translate("PinPad", "Staff only: enter the admin PIN", lang))
        self.clear_key.setText(translate("PinPad", "Clear", lang))
        self.ok_key.setText(translate("PinPad", "OK", lang))
        self.back_key.setText(translate("PinPad", "Back", lang))

    def reset(self) -> None:
        self.field.clear()
        self.message.clear()

    def wrong(self) -> None:
        self.field.clear()
        self.message.setText(translate("PinPad", "Wrong PIN", self.lang))

    def scale(self, unit: int) -> None:
        self.prompt.set_largest(unit * 2, bold=True)
        style.set_font(self.field, unit * 3)
        self.message.set_largest(unit * 2)
        self.field.setFixedWidth(unit * 24)
        for button in [*self.digits.values(), self.clear_key, self.ok_key, self.back_key]:
            style.set_font(button, unit * 2, bold=True)
            button.setMinimumSize(unit * 8, unit * 5)
            button.setStyleSheet(button_style(unit, primary=button is self.ok_key))


def button_style(unit: int, primary: bool = False, padding: str = "") -> str:
    """A touch button: white with a frame, or filled for the main action."""
    background, ink, border = ("#0b3d91", "#ffffff", "#0b3d91") if primary else (
        "#ffffff", style.INK, "#8c959f")
    padding = padding or f"padding: {unit // 2}px {unit * 2}px;"
    return (
        f"QPushButton {{ background: {background}; color: {ink}; border: 2px solid {border};"
        f" border-radius: {unit}px; {padding} }}"
        f" QPushButton:pressed {{ background: #d0d7de; color: {style.INK}; }}"
    )


def load_kiosk(ctx: Context) -> tuple[list[ServiceView], dict[str, Any]]:
    """The services (with whether they take tickets now) and the office's kiosk settings."""
    from app.operations.config import office_settings

    return queue.list_services(ctx), office_settings(ctx)


class KioskWindow(QWidget):
    """The whole kiosk: start, ticket, message and PIN screens in one full-screen window."""

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
        # The office's kiosk settings (app.core.config) come with every refresh of the
        # services, so a change in the admin dialog reaches a running kiosk.
        self.office: dict[str, Any] = {key: spec.default for key, spec in OFFICE_SETTINGS.items()}
        self.languages = list(self.office["kiosk.languages"])
        self.services: list[ServiceView] = []
        self.ticket: TicketView | None = None
        self.failure: Failure | None = None
        self.issuing = False
        self.unlocked = False
        self.unit = 12
        self.guard_until = 0.0
        self.taps_ignored = 0
        self.speaker = Speaker(self)
        self.speaker.set_volume(int(settings.get("kiosk.volume")))
        self.announcer = Announcer(self.speaker, None, self)
        self.setObjectName("kiosk")
        self.setStyleSheet(f"#kiosk {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)

        self.refresh = Refresh(runner, load_kiosk, self._show_kiosk, self)
        runner.failed.connect(self._read_failed)
        if watch is not None:
            watch.changed.connect(self.refresh.request)
        self._services_timer = QTimer(self)
        self._services_timer.timeout.connect(self.refresh.request)
        self._services_timer.timeout.connect(self.keep_numbers)
        self._services_timer.start(SERVICES_REFRESH_MS)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(self.office["kiosk.idle_seconds"]) * 1000)
        self.idle.timeout.connect(self.reset)

        self.pages = QStackedWidget()
        self._build_start()
        self._build_ticket()
        self._build_message()
        self.pin_pad = PinPad(str(settings.get("ui.language")))
        self.pin_pad.entered.connect(self._pin_entered)
        self.pin_pad.cancelled.connect(self.reset)
        self.pages.addWidget(self.pin_pad)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(self.guard_taps)
        QApplication.instance().installEventFilter(self)
        self.corner = CornerHotspot(self)
        self.corner.long_pressed.connect(self.ask_pin)
        self.corner.raise_()
        self.admin_shortcut = QShortcut(QKeySequence("Ctrl+Alt+Q"), self)
        self.admin_shortcut.activated.connect(self.ask_pin)

        install_language(self.languages[0])
        self.retranslate()
        # Text sizes follow the window, so the window must not take its minimum from them.
        self.setMinimumSize(640, 400)
        self.resize(1280, 800)
        self.refresh.request()
        self.keep_numbers()

    # -- building ------------------------------------------------------------------------

    def _build_start(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title = FitLabel(2)
        self.subtitle = FitLabel(2)
        self.subtitle.setStyleSheet(f"color: {style.MUTED};")
        languages = QHBoxLayout()
        languages.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in AUTONYMS:
            button = QPushButton(AUTONYMS[lang])
            button.setVisible(lang in self.languages)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, code=lang: self.choose_language(code))
            languages.addWidget(button)
            self.language_buttons[lang] = button
        languages.addStretch(1)
        self.service_area = QVBoxLayout()
        self.service_buttons: dict[str, FitButton] = {}
        self.no_services = FitLabel(3)
        layout.addLayout(languages)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(self.service_area, 1)
        layout.addWidget(self.no_services)
        self.start_page = page
        self.start_layout = layout
        self.pages.addWidget(page)

    def _build_ticket(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.ticket_card = QFrame()
        self.ticket_card.setObjectName("ticket_card")
        card = QVBoxLayout(self.ticket_card)
        self.ticket_caption = FitLabel(1)
        self.ticket_number = FitLabel(1)
        self.ticket_number.setObjectName("ticket_number")
        self.ticket_service = ServiceLabel(NAME_LINES)
        self.ticket_ahead = FitLabel(2)
        self.ticket_wait = FitLabel(2)
        for label in (self.ticket_caption, self.ticket_number, self.ticket_service,
                      self.ticket_ahead, self.ticket_wait):
            card.addWidget(label)
        self.ticket_hint = FitLabel(3)
        self.ticket_done = FitButton(1)
        self.ticket_done.clicked.connect(self.reset)
        self.read_aloud = FitButton(2)
        self.read_aloud.setObjectName("read_aloud")
        self.read_aloud.clicked.connect(self.read_number_aloud)
        self.read_aloud.setVisible(bool(self.settings.get("kiosk.read_aloud")))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.read_aloud)
        buttons.addWidget(self.ticket_done)
        buttons.addStretch(1)
        self.ticket_buttons = buttons
        layout.addStretch(1)
        layout.addWidget(self.ticket_card, 0, Qt.AlignmentFlag.AlignHCenter)
        self.ticket_gap = layout.count()
        layout.addSpacing(16)
        layout.addWidget(self.ticket_hint)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.ticket_layout = layout
        self.ticket_page = page
        self.pages.addWidget(page)

    def _build_message(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.message_title = FitLabel(2)
        self.message_text = FitLabel(5)
        self.message_back = FitButton(1)
        self.message_back.clicked.connect(self.reset)
        layout.addStretch(1)
        layout.addWidget(self.message_title)
        layout.addSpacing(24)
        layout.addWidget(self.message_text)
        layout.addSpacing(24)
        layout.addWidget(self.message_back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.message_page = page
        self.pages.addWidget(page)

    # -- language and size ---------------------------------------------------------------

    @property
    def lang(self) -> str:
        return current_language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lett \u2013 ticket kiosk"))
        self.title.setText(self.tr("Welcome! Take a queue ticket"))
        self.subtitle.setText(self.tr("Choose the service you came for"))
        self.no_services.setText(self.tr(
            "No service is taking visitors right now. Please ask at the reception desk."))
        self.ticket_caption.setText(self.tr("Your number"))
        self.ticket_hint.setText(self.tr(
            "Please take your ticket. Wait in the waiting area until your number appears on "
            "the screen."))
        self.ticket_done.setText(self.tr("Done"))
        self.read_aloud.setText(self.tr("Read my number aloud"))
        self.message_title.setText(self.tr("Sorry, no ticket was issued"))
        self.message_back.setText(self.tr("Back to the start"))
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == self.lang)
        self._show_services(self.services)
        if self.ticket is not None:
            self._show_ticket(self.ticket)
        if self.failure is not None:
            self._show_failure(self.failure)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scale()

    def scale(self) -> None:
        """Sizes follow the screen's shorter side: readable on a 15" and a 32" kiosk alike,
        portrait or landscape; each text then fits its own box (app.ui.fit)."""
        width, height = max(self.width(), 400), max(self.height(), 400)
        self.unit = max(min(height // 60, width // 45), 8)
        u = self.unit
        self.title.set_largest(u * 4, bold=True)
        self.subtitle.set_largest(u * 2)
        self.no_services.set_largest(u * 2)
        for button in self.language_buttons.values():
            style.set_font(button, u * 2, bold=True)
            button.setMinimumSize(u * 10, u * 5)
            button.setStyleSheet(
                f"QPushButton {{ background: white; color: {style.INK};"
                f" border: 2px solid #8c959f; border-radius: {u}px; padding: 0 {u}px; }}"
                f" QPushButton:checked {{ background: {style.CALL_BG}; color: white;"
                f" border-color: {style.CALL_BG}; }}")
        self.start_layout.setContentsMargins(u * 3, u * 2, u * 3, u * 2)
        self.service_area.setSpacing(u * 2)
        for button in self.service_buttons.values():
            button.set_largest(int(u * 2.6), u)
            button.setMinimumHeight(u * 6)
        self.ticket_card.setStyleSheet(
            f"#ticket_card {{ background: white; border: 1px solid #d0d7de;"
            f" border-radius: {u * 2}px; }}")
        self.ticket_card.layout().setContentsMargins(u * 3, u * 2, u * 3, u * 2)
        self.ticket_card.setFixedWidth(min(u * 50, width - u * 4))
        self.ticket_caption.set_largest(u * 3)
        self.ticket_number.set_largest(u * 12, bold=True)
        self.ticket_service.set_largest(u * 3, bold=True)
        self.ticket_ahead.set_largest(int(u * 2.5))
        self.ticket_wait.set_largest(int(u * 2.5))
        self.ticket_hint.set_largest(u * 2)
        self.message_title.set_largest(u * 4, bold=True)
        self.message_text.set_largest(u * 3)
        self.ticket_buttons.setSpacing(u * 2)
        # Side by side within the screen's width, the margins and the gap between them kept.
        each = min(u * 24, (width - u * 8) // 2)
        for button in (self.ticket_done, self.message_back, self.read_aloud):
            button.setFixedSize(each, u * 7)
            button.set_largest(u * 2, u // 2)
            button.setStyleSheet(button_style(u, button is not self.read_aloud,
                                              button.padded()))
        for label in (self.message_title, self.message_text, self.ticket_hint):
            label.setContentsMargins(u * 2, 0, u * 2, 0)
        self.pin_pad.scale(u)

    # -- services ------------------------------------------------------------------------

    def _service_text(self, service: ServiceView) -> str:
        name = f"{service.code}   {service.name(self.lang)}"
        if service.open_now:
            return name
        today = self.runner.ctx.local().date()
        if service.opens_at is not None and service.opens_at.date() == today:
            return name + "\n" + self.tr("Closed, opens at {time}").format(
                time=service.opens_at.strftime("%H:%M"))
        return name + "\n" + self.tr("Closed today")

    def _show_kiosk(self, loaded: tuple[list[ServiceView], dict[str, Any]]) -> None:
        services, settings = loaded
        self.apply_settings(settings)
        shown = settings["kiosk.services"]
        self._show_services([s for s in services if not shown or s.code in shown])

    def apply_settings(self, settings: dict[str, Any]) -> None:
        """Follow the office's kiosk settings: languages, idle reset, services, admin PIN."""
        self.office = dict(settings)
        languages = [lang for lang in settings["kiosk.languages"] if lang in AUTONYMS] or ["et"]
        self.idle.setInterval(int(settings["kiosk.idle_seconds"]) * 1000)
        if languages == self.languages:
            return
        self.languages = languages
        for code, button in self.language_buttons.items():
            button.setVisible(code in languages)
        if current_language() not in languages and self.pages.currentWidget() is self.start_page:
            self.reset()

    def _show_services(self, services: list[ServiceView]) -> None:
        self.services = services
        codes = [s.code for s in services]
        if codes != list(self.service_buttons):
            for button in self.service_buttons.values():
                self.service_area.removeWidget(button)
                button.deleteLater()
            self.service_buttons = {}
            for service in services:
                button = ServiceButton(NAME_LINES)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.clicked.connect(lambda _=False, code=service.code: self.press(code))
                self.service_area.addWidget(button)
                self.service_buttons[service.code] = button
            self.scale()
        for service in services:
            button = self.service_buttons[service.code]
            button.setText(self._service_text(service))
            button.setEnabled(service.open_now)
            colour = service.colour
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: {style.text_on(colour)};"
                f" border: 0 solid {colour}; border-radius: {self.unit}px; {button.padded()} }}"
                f" QPushButton:pressed {{ background: {style.darker(colour)}; }}"
                " QPushButton:disabled { background: #d0d7de; color: #57606a;"
                " border-color: #d0d7de; }"
            )
        self.no_services.setVisible(not any(s.open_now for s in services))

    def keep_numbers(self) -> None:
        """Keep numbers leased from the queue host, to issue tickets while it is away. On the
        read pool: a visitor's press never waits behind a host that does not answer."""
        self.runner.read(blocks.keep_blocks, on_error=self._numbers_failed)

    def _numbers_failed(self, failure: Failure) -> None:
        # Visitors get tickets from the host meanwhile; the next refresh tries again.
        log.warning("the kiosk could not lease numbers from its host: %s", failure.text)

    # -- a visitor -----------------------------------------------------------------------

    def touched(self) -> None:
        """A visitor is here: start the idle countdown again."""
        self.idle.start()

    def choose_language(self, lang: str) -> None:
        self.touched()
        install_language(lang)
        for code, button in self.language_buttons.items():
            button.setChecked(code == lang)

    def guard_taps(self) -> None:
        """A new screen: taps are ignored for TAP_GUARD_MS."""
        self.guard_until = time.monotonic() + TAP_GUARD_MS / 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in TAPS and time.monotonic() < self.guard_until
                and isinstance(watched, QWidget) and watched.window() is self):
            if event.type() == QEvent.Type.MouseButtonPress:
                self.taps_ignored += 1
            return True
        return super().eventFilter(watched, event)

    def press(self, code: str) -> None:
        """Issue (and print) a ticket of service `code` in the visitor's language."""
        self.touched()
        if self.issuing:
            return
        self.issuing = True
        s = self.settings
        self.runner.write(
            issue_and_print, code, lang=self.lang, source="kiosk",
            dedupe_seconds=float(s.get("kiosk.double_tap_seconds")),
            printer_uri=s.get("printer.uri"), profile=s.get("printer.profile"),
            timeout=float(s.get("printer.timeout")), qr=bool(s.get("printer.qr")),
            on_done=self._issued, on_error=self._not_issued,
        )

    def _issued(self, ticket: TicketView) -> None:
        self.issuing = False
        self.touched()
        self.failure = None
        self._show_ticket(ticket)
        self.pages.setCurrentWidget(self.ticket_page)

    def _not_issued(self, failure: Failure) -> None:
        self.issuing = False
        self.touched()
        self.ticket = None
        self._show_failure(failure)
        self.pages.setCurrentWidget(self.message_page)

    def _show_ticket(self, ticket: TicketView) -> None:
        self.ticket = ticket
        self.ticket_number.setText(ticket.number)
        self.ticket_service.setText(ticket.service_name(self.lang))
        # A ticket issued while the host was away knows no line to count.
        self.ticket_ahead.setText(
            "" if ticket.people_ahead is None
            else self.tr("People ahead of you: {n}").format(n=ticket.people_ahead))
        if ticket.wait_low_min is not None and ticket.wait_high_min is not None:
            text = self.tr("Estimated wait: {low}\u2013{high} min").format(
                low=ticket.wait_low_min, high=ticket.wait_high_min)
            # A no-break space keeps the unit ("min", "мин") on the line of its number.
            head, space, tail = text.rpartition(f"{ticket.wait_high_min} ")
            if space:
                text = f"{head}{ticket.wait_high_min}\u00a0{tail}"
            self.ticket_wait.setText(text)
        else:
            self.ticket_wait.setText("")

    def read_number_aloud(self) -> None:
        """The visitor's number said in the language they chose."""
        self.touched()
        if self.ticket is not None:
            self.announcer.say([ticket_announcement(self.ticket.number, self.ticket.lang)])

    def _show_failure(self, failure: Failure) -> None:
        self.failure = failure
        self.message_text.setText(self.runner.failure_text(failure))

    def _read_failed(self, failure: Failure) -> None:
        # Visitors keep the buttons they have; the next refresh tries again.
        log.warning("the kiosk could not read the services: %s", failure.text)

    def reset(self) -> None:
        """Back to the start screen in the first language, for the next visitor."""
        self.idle.stop()
        self.ticket = None
        self.failure = None
        self.pin_pad.reset()
        install_language(self.languages[0])
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.languages[0])
        self.pages.setCurrentWidget(self.start_page)

    # -- leaving -------------------------------------------------------------------------

    def ask_pin(self) -> None:
        self.touched()
        self.pin_pad.reset()
        self.pages.setCurrentWidget(self.pin_pad)

    def _pin_entered(self, pin: str) -> None:
        self.touched()
        if pin and pin == str(self.office["kiosk.admin_pin"]):
            self.unlocked = True
            self.close()
            return
        self.pin_pad.wrong()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:
            event.ignore()
            self.ask_pin()
            return
        QApplication.instance().removeEventFilter(self)
        self.announcer.close()
        if self.watch is not None:
            self.watch.stop()
        self.runner.close()
        super().closeEvent(event)

    def showFullScreen(self) -> None:
        """The whole screen, also where no window manager makes a window full screen."""
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        super().showFullScreen()
