"""The Queue tab of the staff window: one counter's desk and the office's queue.

Left: the ticket at the counter (large), the counter's actions with their keys, the parked
tickets. Right: every service's line (waiting, longest wait, open counters) and the waiting
tickets in the order they would be called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType

from app.core.queue import OUTCOMES, TicketStatus
from app.core.settings import Settings
from app.operations.context import Context
from app.operations.views import CounterDesk, CounterView, ServiceQueue, TicketView
from app.ui import desk_printing, style
from app.ui.dialogs import CancelDialog, TransferDialog
from app.ui.names import AUTONYMS, minutes_between, minutes_text, outcome_name
from app.ui.qt import (
    QAbstractItemView,
    QAction,
    QColor,
    QComboBox,
    QEvent,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Refresh, Runner
from app.ui.widgets import Banner


def _ops() -> ModuleType:
    """The queue operations, loaded on first use, which is on a worker thread: the window
    paints before the store's libraries are imported."""
    from app.operations import queue

    return queue

# Waited minutes change by themselves: redraw the lists this often even when nothing changes.
TICK_MS = 30_000
# How long the tab offers to undo what Call next did (the operation allows a margin more).
UNDO_SECONDS = 8

KEYS: dict[str, str] = {
    "call_next": "F2",
    "recall": "F3",
    "no_show": "F4",
    "park": "F5",
    "return": "F6",
    "transfer": "F7",
    "finish": "F8",
    "cancel": "F9",
    "open": "Ctrl+Shift+O",
    "undo": "Ctrl+Z",
}


@dataclass(frozen=True)
class DeskData:
    """Everything the tab shows, read in one go off the UI thread."""

    counters: list[CounterView]
    desk: CounterDesk | None
    overview: list[ServiceQueue]
    waiting: list[TicketView]
    now: datetime
    no_shows: list[TicketView]


def load_desk(ctx: Context, counter: int) -> DeskData:
    counters = _ops().list_counters(ctx)
    known = {c.number for c in counters}
    return DeskData(
        counters,
        _ops().counter_desk(ctx, counter) if counter in known else None,
        _ops().queue_overview(ctx),
        _ops().waiting_tickets(ctx),
        ctx.now(),
        _ops().no_shows_today(ctx),
    )


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


class QueueTab(QWidget):
    """One counter's work: call, recall, no-show, park and return, transfer, finish, cancel."""

    counter_changed = Signal(int)
    waiting_changed = Signal(int)
    result = Signal(str)

    def __init__(self, runner: Runner, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.counter: int = settings.get("counter.number")
        self.data: DeskData | None = None
        self.transfer_dialog: TransferDialog | None = None
        self.cancel_dialog: CancelDialog | None = None
        self.print_question: QMessageBox | None = None
        # What the undo offer takes back: the ticket call next called (or, nobody waiting,
        # the one it finished), and the seconds left.
        self.undo_number: str | None = None
        self.undo_left = 0
        self.undo_text_now: Callable[[], str] = str
        self.refresh = Refresh(runner, lambda ctx: load_desk(ctx, self.counter), self._show, self)
        self._build()
        self.retranslate()
        runner.changed.connect(self.refresh.request)
        runner.busy_changed.connect(lambda _busy: self._enable())
        runner.failed.connect(self._failed)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh.request)
        self._tick.start(TICK_MS)
        self._undo_tick = QTimer(self)
        self._undo_tick.setInterval(1000)
        self._undo_tick.timeout.connect(self._count_down)
        self._enable()
        self.refresh.request()

    # -- building ------------------------------------------------------------------------

    def _action(self, key: str, handler: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(KEYS[key]))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def _button(self, action: QAction, pixels: int = 15) -> QPushButton:
        button = QPushButton()
        button.setMinimumHeight(int(pixels * 3))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        style.set_font(button, pixels, bold=True)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.buttons[action] = button
        return button

    def _build(self) -> None:
        self.buttons: dict[QAction, QPushButton] = {}
        self.a_call = self._action("call_next", self.call_next)
        self.a_recall = self._action("recall", self.recall)
        self.a_no_show = self._action("no_show", self.no_show)
        self.a_park = self._action("park", self.park)
        self.a_return = self._action("return", self.return_selected)
        self.a_transfer = self._action("transfer", self.open_transfer)
        self.a_finish = self._action("finish", self.finish)
        self.a_cancel = self._action("cancel", self.open_cancel)
        self.a_open = self._action("open", self.toggle_open)

        top = QHBoxLayout()
        self.counter_label = QLabel()
        self.counter_box = QComboBox()
        self.counter_box.setMinimumWidth(260)
        self.counter_box.activated.connect(self._counter_chosen)
        self.open_button = self._button(self.a_open, 13)
        self.open_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.open_button.setMinimumWidth(240)
        self.open_state = QLabel()
        top.addWidget(self.counter_label)
        top.addWidget(self.counter_box)
        top.addWidget(self.open_button)
        top.addWidget(self.open_state)
        # What Call next did, and its Undo, on the counter's line: they take no height.
        top.addWidget(self._build_undo_bar(), 1)

        self.banner = Banner()

        # the ticket at the counter
        self.current_box = QGroupBox()
        current = QVBoxLayout(self.current_box)
        self.current_number = QLabel()
        self.current_number.setObjectName("current_number")
        self.current_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_font(self.current_number, 60, bold=True)
        self.current_service = QLabel()
        self.current_service.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_service.setWordWrap(True)
        style.set_font(self.current_service, 20, bold=True)
        self.current_details = QLabel()
        self.current_details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_font(self.current_details, 15)
        current.addWidget(self.current_number)
        current.addWidget(self.current_service)
        current.addWidget(self.current_details)

        self.call_button = self._button(self.a_call, 22)
        self.call_button.setMinimumHeight(66)
        self.recall_button = self._button(self.a_recall)
        self.no_show_button = self._button(self.a_no_show)
        self.park_button = self._button(self.a_park)
        self.transfer_button = self._button(self.a_transfer)
        self.finish_button = self._button(self.a_finish)
        self.cancel_button = self._button(self.a_cancel)
        self.outcome = QComboBox()
        self.outcome.setMinimumHeight(45)
        style.set_font(self.outcome, 15)
        grid = QGridLayout()
        grid.addWidget(self.call_button, 0, 0, 1, 2)
        grid.addWidget(self.recall_button, 1, 0)
        grid.addWidget(self.no_show_button, 1, 1)
        grid.addWidget(self.park_button, 2, 0)
        grid.addWidget(self.transfer_button, 2, 1)
        grid.addWidget(self.outcome, 3, 0)
        grid.addWidget(self.finish_button, 3, 1)
        grid.addWidget(self.cancel_button, 4, 0, 1, 2)
        current.addLayout(grid)

        # The counter's parked tickets, and today's no-shows to bring back, on two pages.
        self.parked_box = QTabWidget()
        self.parked = _table(3)
        self.parked.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.parked.setMinimumHeight(72)
        self.parked_box.addTab(self.parked, "")
        self.no_shows = _table(4)
        self.no_shows.setObjectName("no_shows")
        header = self.no_shows.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.parked_box.addTab(self.no_shows, "")

        left = QVBoxLayout()
        left.addWidget(self.current_box)
        left.addWidget(self.parked_box, 1)

        # the office's queue
        self.services_box = QGroupBox()
        services = QVBoxLayout(self.services_box)
        self.services = _table(4)
        header = self.services.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        services.addWidget(self.services)
        self.waiting_box = QGroupBox()
        waiting = QVBoxLayout(self.waiting_box)
        self.waiting = _table(4)
        header = self.waiting.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        waiting.addWidget(self.waiting)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_ticket")
        self.print_button.clicked.connect(self.print_selected)
        self.waiting.itemSelectionChanged.connect(self._enable)
        self.waiting.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.a_print = QAction(self)
        self.a_print.triggered.connect(self.print_selected)
        self.waiting.addAction(self.a_print)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.print_button)
        waiting.addLayout(print_row)
        right = QVBoxLayout()
        right.addWidget(self.services_box, 2)
        right.addWidget(self.waiting_box, 3)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.counter_label.setText(self.tr("Counter:"))
        self.current_box.setTitle(self.tr("At the counter"))
        self.parked_box.setTabText(0, self.tr("Parked tickets"))
        self.parked_box.setTabText(1, self.tr("No-shows today"))
        self.no_shows.setHorizontalHeaderLabels(
            [self.tr("Ticket"), self.tr("Service"), self.tr("No-show at"), ""])
        self.print_button.setText(self.tr("Print ticket"))
        self.print_button.setToolTip(self.tr(
            "Print the selected waiting ticket on this PC's ticket printer"))
        self.a_print.setText(self.tr("Print ticket"))
        self.undo_button.setText(self.tr("Undo ({seconds} s)").format(seconds=self.undo_left))
        self.undo_button.setToolTip(self.tr(
            "Take back what Call next did: the called ticket returns to its place in the "
            "queue, the previous visitor to the counter ({key})").format(
                key=self.a_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.undo_text.setText(self.undo_text_now())
        self.undo_text.setToolTip(self.undo_text_now())
        self.services_box.setTitle(self.tr("Queue by service"))
        self.waiting_box.setTitle(self.tr("Waiting tickets in call order"))
        return_key = self.a_return.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.parked.setHorizontalHeaderLabels(
            [self.tr("Ticket"), self.tr("Service"), f"{self.tr('Return')}   [{return_key}]"])
        self.services.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Waiting"), self.tr("Longest wait"),
             self.tr("Open counters")])
        self.waiting.setHorizontalHeaderLabels(
            [self.tr("Ticket"), self.tr("Service"), self.tr("Waited"), self.tr("Note")])
        labels = {
            self.a_call: self.tr("Call next"),
            self.a_recall: self.tr("Recall"),
            self.a_no_show: self.tr("No-show"),
            self.a_park: self.tr("Park"),
            self.a_return: self.tr("Return parked ticket"),
            self.a_transfer: self.tr("Transfer\u2026"),
            self.a_finish: self.tr("Finish"),
            self.a_cancel: self.tr("Cancel and reissue\u2026"),
        }
        tips = {
            self.a_call: self.tr("Call the next visitor to this counter"),
            self.a_recall: self.tr("Call the current visitor again"),
            self.a_no_show: self.tr("The visitor did not come: close the ticket"),
            self.a_park: self.tr("Set the visitor aside and call others meanwhile"),
            self.a_return: self.tr("Take the selected parked visitor back to the counter"),
            self.a_transfer: self.tr("Send the visitor to another service or counter"),
            self.a_finish: self.tr("Finish serving the visitor with the chosen outcome"),
            self.a_cancel: self.tr("Cancel a wrongly taken ticket and issue the right one"),
        }
        for action, label in labels.items():
            self._label(action, label, tips[action])
        selected = self.outcome.currentData() or OUTCOMES[0]
        self.outcome.clear()
        for code in OUTCOMES:
            self.outcome.addItem(outcome_name(code), code)
        self.outcome.setCurrentIndex(self.outcome.findData(selected))
        self.outcome.setToolTip(self.tr("Outcome of the visit, recorded by Finish"))
        self._show_open_state()
        if self.data is not None:
            self._show(self.data)
        else:
            self._fill_counters([])
            self._show_current(None)

    def _label(self, action: QAction, label: str, tip: str) -> None:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(label)
        action.setToolTip(f"{tip} ({key})")
        button = self.buttons.get(action)
        if button is not None:
            button.setText(f"{label}   [{key}]")
            button.setToolTip(f"{tip} ({key})")

    # -- showing -------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return current_language()

    def counter_view(self) -> CounterView | None:
        if self.data is None:
            return None
        return next((c for c in self.data.counters if c.number == self.counter), None)

    def counter_is_open(self) -> bool:
        """Whether this PC's counter is open (the kiosk sends visitors to it)."""
        view = self.counter_view()
        return view is not None and view.is_open

    def close_counter(self, then: Callable[[], None]) -> None:
        """Close this PC's counter, then call `then`; a failure shows in the tab."""
        self.runner.write(_ops().set_counter_open, self.counter, False,
                          on_done=lambda _c: then(), on_error=self._failed)

    def current(self) -> TicketView | None:
        desk = self.data.desk if self.data else None
        return desk.current if desk and desk.counter.number == self.counter else None

    def _show(self, data: DeskData) -> None:
        self.data = data
        self._fill_counters(data.counters)
        self._show_open_state()
        self._show_current(self.current())
        self._fill_parked()
        self._fill_no_shows(data.no_shows)
        self._fill_services(data.overview)
        self._fill_waiting(data.waiting)
        self.waiting_changed.emit(sum(q.waiting for q in data.overview))
        self._enable()

    def _fill_counters(self, counters: list[CounterView]) -> None:
        self.counter_box.blockSignals(True)
        self.counter_box.clear()
        if self.counter not in {c.number for c in counters}:
            self.counter_box.addItem(self.tr("Choose your counter"), 0)
        for c in counters:
            text = self.tr("Counter {number}").format(number=c.number)
            if c.service_codes:
                text += f"  ({', '.join(c.service_codes)})"
            self.counter_box.addItem(text, c.number)
        self.counter_box.setCurrentIndex(max(self.counter_box.findData(self.counter), 0))
        self.counter_box.blockSignals(False)

    def _show_open_state(self) -> None:
        view = self.counter_view()
        key = self.a_open.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if view is None:
            self.open_button.setText(self.tr("Open the counter") + f"   [{key}]")
            self.open_state.setText("")
            return
        if view.is_open:
            self.open_button.setText(self.tr("Close the counter") + f"   [{key}]")
            self.open_state.setText(self.tr("The counter is open."))
            self.open_state.setStyleSheet("color: #1a7f37; font-weight: bold;")
        else:
            self.open_button.setText(self.tr("Open the counter") + f"   [{key}]")
            self.open_state.setText(self.tr("The counter is closed: open it to call visitors."))
            self.open_state.setStyleSheet(f"color: {style.ERROR_FG}; font-weight: bold;")

    def _show_current(self, ticket: TicketView | None) -> None:
        if ticket is None:
            self.current_number.setText("\u2014")
            self.current_number.setStyleSheet(f"color: {style.MUTED};")
            self.current_service.setText(self.tr("No visitor at the counter"))
            self.current_details.setText(self.tr("Press Call next when you are ready."))
            return
        self.current_number.setStyleSheet(f"color: {style.INK};")
        self.current_number.setText(ticket.number)
        self.current_service.setText(f"{ticket.service} \u2013 {ticket.service_name(self.lang)}")
        waited = minutes_between(ticket.arrived_at, ticket.called_at or ticket.arrived_at)
        details = self.tr("Waited {minutes} \u00b7 Calls: {count}").format(
            minutes=minutes_text(waited), count=ticket.call_count)
        if ticket.priority > 0:
            details += " \u00b7 " + self.tr("Priority")
        # The language the visitor chose at the kiosk, in its own name, to greet them in it.
        if ticket.lang in AUTONYMS:
            details += " \u00b7 " + self.tr("Speaks: {language}").format(
                language=AUTONYMS[ticket.lang])
        now = self.data.now if self.data else None
        if now and ticket.away_until and ticket.away_until > now:
            details += " \u00b7 " + self._stepped_out(ticket.away_until)
        self.current_details.setText(details)

    def _stepped_out(self, until: datetime) -> str:
        """The mark of a visitor who said on the ticket's page they stepped out."""
        return self.tr("Stepped out, back by {time}").format(
            time=until.astimezone().strftime("%H:%M"))

    def _fill_parked(self) -> None:
        parked = self.data.desk.parked if self.data and self.data.desk else ()
        self.parked.setRowCount(len(parked))
        for row, ticket in enumerate(parked):
            self.parked.setItem(row, 0, _item(ticket.number))
            self.parked.setItem(
                row, 1, _item(f"{ticket.service} \u2013 {ticket.service_name(self.lang)}"))
            button = QPushButton(self.tr("Return"))
            button.setToolTip(self.tr("Take {ticket} back to the counter").format(
                ticket=ticket.number))
            button.clicked.connect(lambda _=False, n=ticket.number: self.return_parked(n))
            self.parked.setCellWidget(row, 2, button)
        if parked and not self.parked.selectedItems():
            self.parked.selectRow(0)

    def _fill_no_shows(self, tickets: list[TicketView]) -> None:
        self.no_shows.setRowCount(len(tickets))
        for row, ticket in enumerate(tickets):
            self.no_shows.setItem(row, 0, _item(ticket.number))
            self.no_shows.setItem(
                row, 1, _item(f"{ticket.service} \u2013 {ticket.service_name(self.lang)}"))
            at = ticket.finished_at.astimezone().strftime("%H:%M") if ticket.finished_at else ""
            self.no_shows.setItem(row, 2, _item(at, True))
            button = QPushButton(self.tr("Bring back"))
            button.setToolTip(self.tr(
                "{ticket} came after all: put it back in the queue at its place by arrival"
            ).format(ticket=ticket.number))
            button.clicked.connect(lambda _=False, n=ticket.number: self.bring_back(n))
            self.no_shows.setCellWidget(row, 3, button)
        self.parked_box.setTabText(1, self.tr("No-shows today") + (
            f" ({len(tickets)})" if tickets else ""))

    def _fill_services(self, overview: list[ServiceQueue]) -> None:
        self.services.setRowCount(len(overview))
        for row, line in enumerate(overview):
            name = f"{line.service.code} \u2013 {line.service.name(self.lang)}"
            if not line.service.open_now:
                name += " (" + self.tr("closed") + ")"
            item = _item(name)
            item.setForeground(QColor(style.INK))
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(line.service.colour))
            self.services.setItem(row, 0, item)
            self.services.setItem(row, 1, _item(str(line.waiting), True))
            self.services.setItem(
                row, 2, _item(minutes_text(line.longest_wait_min) if line.waiting else "\u2014",
                              True))
            self.services.setItem(row, 3, _item(str(line.open_counters), True))

    def _fill_waiting(self, waiting: list[TicketView]) -> None:
        view = self.counter_view()
        mine = set(view.service_codes) if view else set()
        now = self.data.now if self.data else None
        self.waiting.setRowCount(len(waiting))
        for row, ticket in enumerate(waiting):
            waited = minutes_between(ticket.arrived_at, now) if now else 0
            notes = []
            if ticket.priority > 0:
                notes.append(self.tr("Priority"))
            if mine and ticket.service not in mine:
                notes.append(self.tr("Not for this counter"))
            if now and ticket.away_until and ticket.away_until > now:
                notes.append(self._stepped_out(ticket.away_until))
            cells = [
                _item(ticket.number),
                _item(f"{ticket.service} \u2013 {ticket.service_name(self.lang)}"),
                _item(minutes_text(waited), True),
                _item(", ".join(notes)),
            ]
            for column, cell in enumerate(cells):
                if mine and ticket.service not in mine:
                    cell.setForeground(QColor(style.MUTED))
                self.waiting.setItem(row, column, cell)

    def _enable(self) -> None:
        view = self.counter_view()
        ready = view is not None and not self.runner.busy
        has_ticket = ready and self.current() is not None
        parked = bool(self.data and self.data.desk and self.data.desk.parked)
        self.a_open.setEnabled(ready)
        self.a_call.setEnabled(ready and view is not None and view.is_open)
        for action in (self.a_recall, self.a_no_show, self.a_park, self.a_transfer,
                       self.a_finish):
            action.setEnabled(has_ticket)
        self.a_return.setEnabled(ready and parked and self.current() is None)
        self.a_cancel.setEnabled(self.data is not None and not self.runner.busy)
        chosen = bool(self.waiting.selectionModel().selectedRows())
        self.print_button.setEnabled(chosen)
        self.a_print.setEnabled(chosen)
        self.undo_button.setEnabled(self.undo_number is not None and not self.runner.busy)
        self.outcome.setEnabled(has_ticket)

    # -- acting --------------------------------------------------------------------------

    def _counter_chosen(self, index: int) -> None:
        number = self.counter_box.itemData(index)
        if not number or number == self.counter:
            return
        self.counter = number
        self.settings.set("counter.number", number)
        self.settings.save()
        self.banner.clear_message()
        self.counter_changed.emit(number)
        self._show_current(None)
        self.refresh.request()

    def _run(self, op: Callable[..., TicketView], *args: object,
             said: Callable[[TicketView], str], **kwargs: object) -> None:
        self.banner.clear_message()
        self.runner.write(op, *args, on_done=lambda t: self._done(said(t)),
                          on_error=self._failed, **kwargs)
        self._enable()

    def _done(self, text: str) -> None:
        self.result.emit(text)

    def _failed(self, failure: Failure) -> None:
        if failure.code == "queue_empty":
            self.banner.show_info(failure.text)
        else:
            self.banner.show_error(failure.text)
        self.result.emit(failure.text)

    def call_next(self) -> None:
        if not self.a_call.isEnabled():
            return
        # Call next finishes the visitor at the counter as served: what it did is said and
        # can be undone for a few seconds.
        before = self.current()
        finished = before.number if before is not None else None
        self._end_undo()

        def said(t: TicketView) -> str:
            if finished is not None and finished != t.number:
                self._offer_undo(t.number, lambda: self.tr(
                    "{finished} finished as served; {ticket} called.").format(
                        finished=finished, ticket=t.number))
                return self.tr("{finished} finished as served; {ticket} called.").format(
                    finished=finished, ticket=t.number)
            self._offer_undo(t.number, lambda: self.tr("Called {ticket}.").format(
                ticket=t.number))
            return self.tr("Called {ticket}.").format(ticket=t.number)

        def failed(failure: Failure) -> None:
            self._failed(failure)
            if failure.code == "queue_empty" and finished is not None:
                text = self.tr("{finished} finished as served; nobody else is waiting.")
                self._offer_undo(finished, lambda: text.format(finished=finished))
                self.result.emit(text.format(finished=finished))

        self.banner.clear_message()
        self.runner.write(_ops().call_next, self.counter, on_done=lambda t: self._done(said(t)),
                          on_error=failed)
        self._enable()

    # -- undoing call next -----------------------------------------------------------------

    def _build_undo_bar(self) -> QFrame:
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undo_bar")
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 2, 8, 2)
        self.undo_text = QLabel()
        self.undo_text.setObjectName("undo_text")
        # Never widens the window: a text longer than the room is cut, and whole in its tip.
        self.undo_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        style.set_font(self.undo_text, 13, bold=True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_call")
        self.undo_button.clicked.connect(self.undo_call)
        self.a_undo = QAction(self)
        self.a_undo.setShortcut(QKeySequence(KEYS["undo"]))
        self.a_undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.a_undo.triggered.connect(self.undo_call)
        self.addAction(self.a_undo)
        policy = self.undo_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.undo_button.setSizePolicy(policy)
        self.undo_button.hide()
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(self.undo_button)
        return self.undo_bar

    def _offer_undo(self, number: str, text: Callable[[], str]) -> None:
        self.undo_number = number
        self.undo_left = UNDO_SECONDS
        self.undo_text_now = text
        self.undo_text.setText(text())
        self.undo_text.setToolTip(text())
        self.undo_bar.setStyleSheet(
            f"#undo_bar {{ background: {style.INFO_BG}; border-radius: 4px; }}"
            f" #undo_text {{ color: {style.INFO_FG}; }}")
        self._show_undo_left()
        self.undo_button.show()
        self._undo_tick.start()
        self._enable()

    def _say(self, text: str) -> None:
        """A result on the counter's line, where the undo offer was, for as long: the
        lists below do not move as a banner would move them."""
        self._offer_undo("", lambda: text)
        self.undo_number = None
        self.undo_button.hide()
        self._enable()

    def _show_undo_left(self) -> None:
        self.undo_button.setText(self.tr("Undo ({seconds} s)").format(seconds=self.undo_left))

    def _count_down(self) -> None:
        self.undo_left -= 1
        if self.undo_left <= 0:
            self._end_undo()
        else:
            self._show_undo_left()

    def _end_undo(self) -> None:
        self._undo_tick.stop()
        self.undo_number = None
        self.undo_left = 0
        self.undo_text_now = str
        self.undo_text.setText("")
        self.undo_text.setToolTip("")
        self.undo_bar.setStyleSheet("")
        self.undo_button.hide()

    def undo_call(self) -> None:
        number = self.undo_number
        if number is None or self.runner.busy:
            return
        self._end_undo()

        def said(t: TicketView) -> str:
            if t.number == number:
                if t.status == TicketStatus.CALLED:
                    return self.tr("Undone: {ticket} back at the counter.").format(
                        ticket=t.number)
                return self.tr("Undone: {ticket} back in the queue.").format(
                    ticket=t.number)
            return self.tr("Undone: {ticket} back in the queue, {current} at the counter."
                           ).format(ticket=number, current=t.number)

        def done(t: TicketView) -> None:
            text = said(t)
            self._say(text)
            self._done(text)

        self.banner.clear_message()
        self.runner.write(_ops().undo_call_next, self.counter, number, on_done=done,
                          on_error=self._failed)
        self._enable()

    # -- no-shows and printing ---------------------------------------------------------------

    def bring_back(self, number: str) -> None:
        if self.runner.busy:
            return

        def done(t: TicketView) -> None:
            text = self.tr("{ticket} is back in the queue by arrival.").format(
                ticket=t.number)
            self._say(text)
            self._done(text)

        self.banner.clear_message()
        self.runner.write(_ops().bring_back, number, on_done=done, on_error=self._failed)
        self._enable()

    def print_selected(self) -> None:
        rows = self.waiting.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        row = rows[0].row()
        if row < len(self.data.waiting):
            self.print_ticket(self.data.waiting[row])

    def print_ticket(self, ticket: TicketView) -> None:
        """Print `ticket` on this PC's ticket printer; the ticket stays issued either way."""
        def done(_sent: int) -> None:
            text = self.tr("Ticket {ticket} was sent to the ticket printer.").format(
                ticket=ticket.number)
            self._say(text)
            self._done(text)

        self.runner.read(desk_printing.print_ticket, ticket,
                         desk_printing.desk_printer(self.settings),
                         on_done=done, on_error=self._failed)

    def recall(self) -> None:
        if not self.a_recall.isEnabled():
            return

        def said(t: TicketView) -> str:
            if t.status == TicketStatus.NO_SHOW:
                return self.tr("{ticket} did not come after {count} calls: "
                               "marked as a no-show.").format(ticket=t.number, count=t.call_count)
            return self.tr("Called {ticket} again (call {count}).").format(
                ticket=t.number, count=t.call_count)

        self._run(_ops().recall, self.counter, said=said)

    def no_show(self) -> None:
        if not self.a_no_show.isEnabled():
            return
        self._run(_ops().no_show, self.counter,
                  said=lambda t: self.tr("{ticket} marked as a no-show.").format(ticket=t.number))

    def park(self) -> None:
        if not self.a_park.isEnabled():
            return
        self._run(_ops().park, self.counter,
                  said=lambda t: self.tr("{ticket} parked.").format(ticket=t.number))

    def return_selected(self) -> None:
        if not self.a_return.isEnabled():
            return
        rows = self.parked.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        item = self.parked.item(row, 0)
        if item is not None:
            self.return_parked(item.text())

    def return_parked(self, number: str) -> None:
        if self.runner.busy or self.counter_view() is None:
            return
        self._run(_ops().return_parked, self.counter, number,
                  said=lambda t: self.tr("{ticket} is back at the counter.").format(
                      ticket=t.number))

    def finish(self) -> None:
        if not self.a_finish.isEnabled():
            return
        outcome = self.outcome.currentData()

        def said(t: TicketView) -> str:
            self.outcome.setCurrentIndex(0)
            return self.tr("{ticket} finished: {outcome}.").format(
                ticket=t.number, outcome=outcome_name(outcome))

        self._run(_ops().finish, self.counter, outcome, said=said)

    def toggle_open(self) -> None:
        view = self.counter_view()
        if view is None or not self.a_open.isEnabled():
            return
        opening = not view.is_open
        self.banner.clear_message()

        def said(c: CounterView) -> None:
            text = (self.tr("Counter {number} is open.") if opening
                    else self.tr("Counter {number} is closed."))
            self._done(text.format(number=c.number))

        self.runner.write(_ops().set_counter_open, self.counter, opening, on_done=said,
                          on_error=self._failed)
        self._enable()

    def open_transfer(self) -> None:
        ticket = self.current()
        if ticket is None or self.data is None or not self.a_transfer.isEnabled():
            return
        dialog = TransferDialog(ticket.number, ticket.service,
                                [q.service for q in self.data.overview], self.data.counters,
                                self.lang, self.counter, self)
        dialog.accepted.connect(lambda: self._transfer(ticket.number, dialog))
        dialog.finished.connect(lambda _: setattr(self, "transfer_dialog", None))
        self.transfer_dialog = dialog
        dialog.open()

    def _transfer(self, number: str, dialog: TransferDialog) -> None:
        choice = dialog.choice()

        def said(t: TicketView) -> str:
            if choice.to_counter is not None:
                return self.tr("{ticket} transferred to counter {counter}.").format(
                    ticket=t.number, counter=choice.to_counter)
            return self.tr("{ticket} transferred to {service}.").format(
                ticket=t.number, service=t.service_name(self.lang))

        self._run(_ops().transfer, self.counter, said=said, to_service=choice.to_service,
                  to_counter=choice.to_counter, place=choice.place)

    def open_cancel(self) -> None:
        if self.data is None or not self.a_cancel.isEnabled():
            return
        ticket = self.current()
        dialog = CancelDialog(ticket.number if ticket else "",
                              [q.service for q in self.data.overview], self.lang, self)
        dialog.accepted.connect(lambda: self._cancel(dialog))
        dialog.finished.connect(lambda _: setattr(self, "cancel_dialog", None))
        self.cancel_dialog = dialog
        dialog.open()

    def _cancel(self, dialog: CancelDialog) -> None:
        number = dialog.ticket_number()
        service = dialog.reissue_service()

        def said(t: TicketView) -> str:
            if service is None:
                return self.tr("{ticket} cancelled.").format(ticket=number)
            if desk_printing.prints_desk_tickets(self.settings):
                self._ask_print(t)
            return self.tr("{ticket} cancelled; {new} issued in its place.").format(
                ticket=number, new=t.number)

        self._run(_ops().cancel, number, service, said=said)

    def _ask_print(self, ticket: TicketView) -> None:
        """The reissued ticket replaces the slip the visitor holds: offer to print it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print the new ticket?"),
                          self.tr("{ticket} is issued in place of the cancelled ticket. Print "
                                  "the new ticket for the visitor?").format(
                                      ticket=ticket.number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Print"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not print"))

        def answered(_result: int) -> None:
            self.print_question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.print_ticket(ticket)

        box.finished.connect(answered)
        self.print_question = box
        box.open()
