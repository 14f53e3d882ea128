"""The Document register tab: the register's views (open documents by deadline, due soon,
overdue, by unit, all with a search, the outgoing post) and what is done with an entry: open
its PDF, forward it by e-mail or to a folder, mark it answered, extend its deadline, print its
registration slip; for the outgoing post, print the list and mark the letters posted.

Every action is an operation run off the UI thread; its message shows under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.settings import Settings
from app.operations.context import Context
from app.ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.register_form import RegisterForm
from app.ui.runner import Failure, Refresh, Runner

if TYPE_CHECKING:
    from app.operations.register import EntryView

ERROR_STYLE = "color: #b3261e;"
OVERDUE = QColor("#fde7e9")
DUE_SOON = QColor("#fff4ce")
VIEWS = ("open", "due_soon", "overdue", "by_unit", "all", "outgoing_post")


@dataclass(frozen=True)
class RegisterData:
    entries: list[EntryView]
    # The unit heading each entry falls under in the "by unit" view, else empty.
    units: list[str]
    today: date
    may_register: bool
    # The office's document types by code, named in the window's language.
    types: dict[str, str]
    # A full-text search's snippet of each entry (the found words between the marks), and
    # what the search says besides: more matches than ranked, entries not indexed yet.
    snippets: list[str] | None = None
    many: bool = False
    waiting: int = 0
    # The open view: documents registered today without a deadline, which it does not list.
    hidden_today: int = 0


def _load(ctx: Context, view: str, search: str, lang: str) -> RegisterData | None:
    from app.core.permissions import Action
    from app.operations import register as r
    from app.operations.register_follow import document_type_name

    if not ctx.actor.may(Action.VIEW_REGISTER):
        return None
    units: list[str] = []
    if view == "due_soon":
        entries = r.due_soon(ctx)
    elif view == "overdue":
        entries = r.overdue(ctx)
    elif view == "by_unit":
        entries = []
        for unit, found in r.by_unit(ctx).items():
            entries += found
            units += [unit] * len(found)
    elif view == "outgoing_post":
        from app.operations.register_follow import outgoing_post

        entries = outgoing_post(ctx)
    elif view == "all":
        if search.strip():
            return _searched(ctx, search, lang)
        entries = r.list_entries(ctx, search)
    else:
        entries = r.open_documents(ctx)
    types = {code: document_type_name(ctx, code, lang) for code in r.deadline_rules(ctx)}
    today = ctx.local().date()
    hidden = 0
    if view == "open":
        hidden = r.undated_today(ctx)
    return RegisterData(entries, units, today, ctx.actor.may(Action.REGISTER_DOCUMENTS),
                        types, hidden_today=hidden)


def _searched(ctx: Context, search: str, lang: str) -> RegisterData:
    """The full-text search's hits, best first, with their snippets."""
    from app.core.permissions import Action
    from app.operations import register as r
    from app.operations.register_follow import document_type_name
    from app.operations.register_search import search as full_text

    found = full_text(ctx, search)
    types = {code: document_type_name(ctx, code, lang) for code in r.deadline_rules(ctx)}
    return RegisterData([h.entry for h in found.hits], [], ctx.local().date(),
                        ctx.actor.may(Action.REGISTER_DOCUMENTS), types,
                        snippets=[h.snippet for h in found.hits], many=found.many,
                        waiting=found.waiting)


def snippet_html(snippet: str) -> str:
    """A search snippet as rich text: the found words in bold, the rest escaped."""
    import html

    from app.operations.register_search import MARK_END, MARK_START

    return (html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>"))


def _follow(name: str) -> Callable[..., Any]:
    """An operation of app.operations.register_follow, imported on the worker thread."""
    def run(ctx: Context, *args: Any) -> Any:
        from app.operations import register_follow

        return getattr(register_follow, name)(ctx, *args)

    run.__name__ = name
    return run


def _register(name: str) -> Callable[..., Any]:
    """An operation of app.operations.register, imported on the worker thread."""
    def run(ctx: Context, *args: Any) -> Any:
        from app.operations import register

        return getattr(register, name)(ctx, *args)

    run.__name__ = name
    return run


def _document_path(ctx: Context, entry_id: str) -> Any:
    """Where this PC keeps the entry's newest PDF (checked against its SHA-256)."""
    from app.core.errors import Refused
    from app.operations.files import file_path, latest_file
    from app.operations.register import get_entry

    found = latest_file(ctx, "register_entries", entry_id, "document")
    if found is None:
        raise Refused("register_no_pdf", number=get_entry(ctx, entry_id).registry_number)
    return file_path(ctx, found.id)


def _register_by_hand(ctx: Context, document: Any) -> Any:
    from app.operations.register import register_document

    return register_document(ctx, document)


class RegisterDialog(QDialog):
    """Register a document that was not scanned (an e-mail, a parcel, an outgoing letter)."""

    def __init__(self, runner: Runner, series: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.entry: Any = None
        self.form = RegisterForm()
        self.form.set_series(series)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Register a document"))

    def register(self) -> None:
        self.buttons.setEnabled(False)
        self.runner.write(_register_by_hand, self.form.document(), on_done=self._done,
                          on_error=self._failed)

    def _done(self, entry: Any) -> None:
        self.entry = entry
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.buttons.setEnabled(True)
        self.form.show_error(failure.text)


class RegisterTab(QWidget):
    """The register's views and the actions on an entry."""

    result = Signal(str)

    def __init__(self, runner: Runner | Context, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if isinstance(runner, Runner) else Runner(runner, parent=self)
        self.settings = settings
        self.data: RegisterData | None = None
        self.view_box = QComboBox()
        self.view_box.setObjectName("view")
        self.view_box.currentIndexChanged.connect(lambda _i: self.refresh.request())
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.returnPressed.connect(self._search)
        self.new_button = QPushButton()
        self.new_button.setObjectName("register_by_hand")
        self.new_button.clicked.connect(self.register_by_hand)
        top = QHBoxLayout()
        top.addWidget(self.view_box)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("entries")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_pdf())

        self.open_button = QPushButton()
        self.open_button.setObjectName("open_pdf")
        self.open_button.clicked.connect(self.open_pdf)
        self.email_button = QPushButton()
        self.email_button.setObjectName("forward_email")
        self.email_button.clicked.connect(self.forward_by_email)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("forward_folder")
        self.folder_button.clicked.connect(self.forward_to_folder)
        self.answered_button = QPushButton()
        self.answered_button.setObjectName("mark_answered")
        self.answered_button.clicked.connect(self.mark_answered)
        self.extend_button = QPushButton()
        self.extend_button.setObjectName("extend_deadline")
        self.extend_button.clicked.connect(self.extend)
        self.slip_button = QPushButton()
        self.slip_button.setObjectName("print_slip")
        self.slip_button.clicked.connect(self.print_slip)
        self.post_list_button = QPushButton()
        self.post_list_button.setObjectName("print_post_list")
        self.post_list_button.clicked.connect(self.print_post_list)
        self.posted_button = QPushButton()
        self.posted_button.setObjectName("mark_posted")
        self.posted_button.clicked.connect(self.mark_posted)
        actions = QHBoxLayout()
        for button in (self.open_button, self.email_button, self.folder_button,
                       self.answered_button, self.extend_button, self.slip_button,
                       self.post_list_button, self.posted_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        # What the view leaves out or the search could not do, with a way to see it.
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.show_all_button = QPushButton()
        self.show_all_button.setObjectName("show_all")
        self.show_all_button.clicked.connect(self.show_all)
        hints = QHBoxLayout()
        hints.addWidget(self.hint, 1)
        hints.addWidget(self.show_all_button)
        self.hint.hide()
        self.show_all_button.hide()
        # The entry to select once it is shown (one just registered).
        self.select_after: str | None = None
        self._waiting = 1 << 62
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(hints)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self.refresh: Refresh[RegisterData | None] = Refresh(
            self.runner,
            lambda ctx: _load(ctx, self.view(), self.search.text(), current_language()),
            self._loaded, self)
        self.retranslate()
        self._selection_changed()
        self.stale = True

    def view(self) -> str:
        return str(self.view_box.currentData() or "open")

    def request_refresh(self) -> None:
        if self.isVisible():
            self.refresh.request()
        else:
            self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh.request()

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        chosen = self.view_box.currentData()
        self.view_box.blockSignals(True)
        self.view_box.clear()
        for key, text in zip(VIEWS, (
                self.tr("Open, by deadline"), self.tr("Due within 3 days"), self.tr("Overdue"),
                self.tr("Open, by unit"), self.tr("All (search)"), self.tr("Outgoing post")),
                strict=True):
            self.view_box.addItem(text, key)
        self.view_box.setCurrentIndex(max(0, self.view_box.findData(chosen)))
        self.view_box.blockSignals(False)
        self.search.setPlaceholderText(self.tr(
            "Search numbers, titles, parties and the documents' text, then Enter"))
        self.new_button.setText(self.tr("Register without a scan\u2026"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Registered"), self.tr("Type"), self.tr("Title"),
            self.tr("Sender or addressee"), self.tr("Deadline"), self.tr("Status"),
            self.tr("Unit"), self.tr("Found in")])
        self.show_all_button.setText(self.tr("Show all documents"))
        self.open_button.setText(self.tr("Open PDF"))
        self.email_button.setText(self.tr("Forward by e-mail\u2026"))
        self.folder_button.setText(self.tr("Forward to a folder\u2026"))
        self.answered_button.setText(self.tr("Mark answered"))
        self.extend_button.setText(self.tr("Extend the deadline"))
        self.slip_button.setText(self.tr("Print registration slip"))
        self.post_list_button.setText(self.tr("Print the post list"))
        self.posted_button.setText(self.tr("Mark posted"))
        self._show()

    def _statuses(self) -> dict[str, str]:
        return {"registered": self.tr("registered"), "forwarded": self.tr("forwarded"),
                "answered": self.tr("answered")}

    # -- showing --------------------------------------------------------------------------

    def _search(self) -> None:
        if self.view() != "all":
            self.view_box.setCurrentIndex(self.view_box.findData("all"))
        else:
            self.refresh.request()

    def _loaded(self, data: RegisterData | None) -> None:
        if data is None:
            self.setEnabled(False)
            self._say(self.tr("Your roles do not include the document register."), error=True)
            return
        self.data = data
        self._show()

    def _show(self) -> None:
        data = self.data
        chosen = {e.id for e in self.selected()}
        self.table.setRowCount(0)
        if data is None:
            return
        statuses, types = self._statuses(), data.types
        self.table.setRowCount(len(data.entries))
        for row, e in enumerate(data.entries):
            who = e.sender_name or e.sender_organisation
            if e.direction == "outgoing":
                who = e.addressee
            cells = (e.registry_number, e.registered_on.strftime("%d.%m.%Y"),
                     types.get(e.document_type, e.document_type), e.title, who,
                     e.deadline.strftime("%d.%m.%Y") if e.deadline else "",
                     statuses.get(e.status, e.status),
                     data.units[row] if data.units else e.addressee)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(256, e.id)
                if e.status != "answered" and e.deadline is not None:
                    if e.deadline < data.today:
                        item.setBackground(OVERDUE)
                    elif (e.deadline - data.today).days <= 3:
                        item.setBackground(DUE_SOON)
                self.table.setItem(row, column, item)
            if data.snippets is not None:
                found = QLabel(snippet_html(data.snippets[row]))
                found.setTextFormat(Qt.TextFormat.RichText)
                found.setWordWrap(True)
                found.setToolTip(found.text())
                self.table.setCellWidget(row, 8, found)
                # Two lines of the snippet show.
                self.table.setRowHeight(row, 2 * found.fontMetrics().lineSpacing() + 8)
            if e.id in chosen or e.id == self.select_after:
                self.table.selectRow(row)
        self._show_hints(data)
        outgoing = self.view() == "outgoing_post"
        self.post_list_button.setVisible(outgoing)
        self.posted_button.setVisible(outgoing)
        self.new_button.setEnabled(data.may_register)
        self._selection_changed()

    def _show_hints(self, data: RegisterData) -> None:
        searched = data.snippets is not None
        self.table.setColumnHidden(8, not searched)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive if searched
                                    else QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch if searched
                                    else QHeaderView.ResizeMode.ResizeToContents)
        if searched:
            self.table.setColumnWidth(3, 260)
        lines = []
        shown = {e.id for e in data.entries}
        hidden_new = self.select_after is not None and self.select_after not in shown
        if hidden_new:
            lines.append(self.tr("The document just registered is not in this view: it has "
                                 "no deadline, or the view or search leaves it out."))
        elif data.hidden_today and self.view() == "open":
            lines.append(self.tr("Not listed here: documents registered today without a "
                                 "deadline ({count}).").format(count=data.hidden_today))
        if searched and not data.entries:
            lines.append(self.tr("No document found."))
        if data.many:
            lines.append(self.tr("More than 1,000 documents match; the newest are shown. Add "
                                 "a word to narrow the search."))
        if data.waiting:
            lines.append(self.tr("Documents whose words are not searched yet, as they are "
                                 "still being indexed: {count}.").format(count=data.waiting))
            # Each search indexes some more: search again while that moves on.
            if data.waiting < self._waiting:
                self.refresh.request()
        self._waiting = data.waiting
        self.hint.setText(" ".join(lines))
        self.hint.setVisible(bool(lines))
        self.show_all_button.setVisible(hidden_new or (
            bool(data.hidden_today) and self.view() == "open"))
        if not hidden_new:
            self.select_after = None

    def show_all(self) -> None:
        """Show the whole register, newest first (the document just registered among them)."""
        self.search.clear()
        if self.view() != "all":
            self.view_box.setCurrentIndex(self.view_box.findData("all"))
        else:
            self.refresh.request()

    def selected(self) -> list[EntryView]:
        if self.data is None:
            return []
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.data.entries[r] for r in rows if r < len(self.data.entries)]

    def _selection_changed(self) -> None:
        one = len(self.selected()) == 1
        may = self.data is not None and self.data.may_register
        self.open_button.setEnabled(one)
        self.slip_button.setEnabled(one)
        for button in (self.email_button, self.folder_button, self.answered_button,
                       self.extend_button):
            button.setEnabled(one and may)
        self.posted_button.setEnabled(bool(self.selected()) and may)

    # -- actions --------------------------------------------------------------------------

    def register_by_hand(self) -> None:
        from app.operations.register import list_series

        def opened(series: Any) -> None:
            dialog = RegisterDialog(self.runner, series, self)
            if dialog.exec() and dialog.entry is not None:
                self.registered(dialog.entry)

        self.runner.read(list_series, on_done=opened, on_error=self._failed)

    def registered(self, entry: Any) -> None:
        """After a registration: the document is selected where the view shows it; where it
        does not, the view says so and offers to show all documents."""
        self.select_after = entry.id
        self._done(self.tr("Registered as {number}.").format(number=entry.registry_number))

    def open_pdf(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        number = chosen[0].registry_number
        self.runner.read(_document_path, chosen[0].id,
                         on_done=lambda path: self._show_pdf(Path(path), number),
                         on_error=self._failed)

    def _show_pdf(self, path: Path, number: str) -> None:
        from app.ui.pdf_open import show_pdf

        show_pdf(self, path, number)

    def forward_by_email(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        address, ok = QInputDialog.getText(
            self, self.tr("Forward by e-mail"),
            self.tr("E-mail address of the unit or person ({number})").format(
                number=chosen[0].registry_number))
        if ok and address.strip():
            self.runner.write(_follow("forward_by_email"), chosen[0].id, address.strip(),
                              self._mail_server(),
                              on_done=lambda e: self._done(self.tr(
                                  "{number} forwarded to {address}.").format(
                                  number=e.registry_number, address=address.strip())),
                              on_error=self._failed)

    def _mail_server(self) -> Any:
        from app.documents.mail import MailServer

        return MailServer.of(self.settings)

    def forward_to_folder(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Forward to a folder"))
        if folder:
            from pathlib import Path

            self.runner.write(_follow("forward_to_folder"), chosen[0].id, Path(folder),
                              on_done=lambda e: self._done(self.tr(
                                  "{number} forwarded to {address}.").format(
                                  number=e.registry_number, address=folder)),
                              on_error=self._failed)

    def mark_answered(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.runner.write(_follow("mark_answered"), chosen[0].id,
                              on_done=lambda e: self._done(self.tr(
                                  "{number} is answered.").format(number=e.registry_number)),
                              on_error=self._failed)

    def extend(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.runner.write(_register("extend_deadline"), chosen[0].id,
                              on_done=lambda e: self._done(self.tr(
                                  "The deadline of {number} is now {deadline}.").format(
                                  number=e.registry_number,
                                  deadline=e.deadline.strftime("%d.%m.%Y"))),
                              on_error=self._failed)

    def print_slip(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            printer = str(self.settings.get("register.slip_printer") or "")
            self.runner.write(_follow("print_slip"), chosen[0].id, printer,
                              on_done=lambda _r: self._done(self.tr(
                                  "The registration slip of {number} was sent to the printer.")
                                  .format(number=chosen[0].registry_number)),
                              on_error=self._failed)

    def print_post_list(self) -> None:
        printer = str(self.settings.get("notices.printer") or "")
        self.runner.write(_follow("print_post_list"), printer,
                          on_done=lambda _r: self._done(self.tr(
                              "The outgoing post list was sent to the printer.")),
                          on_error=self._failed)

    def mark_posted(self) -> None:
        chosen = self.selected()
        if chosen:
            self.runner.write(_follow("mark_posted"), [e.id for e in chosen],
                              on_done=lambda _r: self._done(self.tr(
                                  "Letters marked as posted: {count}.").format(
                                  count=len(chosen))),
                              on_error=self._failed)

    def _done(self, text: str) -> None:
        self._say(text)
        self.result.emit(text)
        self.refresh.request()

    def _failed(self, failure: Failure) -> None:
        self._say(failure.text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
