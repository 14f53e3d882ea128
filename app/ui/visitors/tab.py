"""The Visitors tab of the staff window: the reception desk's register of visitors.

Left: the registration form (form.py). Right: who is in the building (check-out by hand or by
scanning a badge), the visitors expected today (check-in with one click), and the search of past
visits (lists.py). Every read of the store, every write, printing and the evacuation list's PDF
run off the UI thread (work.py); the personal code is shown masked unless staff ask to see it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.errors import LettError
from app.core.settings import Settings
from app.core.visitors import Route
from app.i18n import error_text
from app.ui.desk_printing import desk_printer, print_ticket, prints_desk_tickets
from app.ui.pdf_open import show_pdf
from app.ui.qt import (
    QCheckBox,
    QDate,
    QDateEdit,
    QEvent,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Refresh, Runner
from app.ui.visitors import work
from app.ui.visitors.form import RegistrationForm
from app.ui.visitors.lists import (
    ExpectedTable,
    InsideTable,
    PastVisitsTable,
    VisitorTable,
    local_time,
)
from app.ui.visitors.work import DeskData, check_field, load_desk
from app.ui.widgets import Banner

# Anonymisation and the daily check-out run at start and then this often, so the office's
# check-out time (visitors.checkout_at) is kept to within a few minutes.
UPKEEP_MS = 5 * 60 * 1000


class VisitorsTab(QWidget):
    """Register visitors, send them on, see who is in, check them out, find past visits."""

    result = Signal(str)

    def __init__(self, runner: Runner, settings: Settings, data_folder: Path | None = None,
                 open_documents: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        # Where the evacuation list and badge labels are saved; the data folder by default.
        self.data_folder = data_folder
        # Whether the evacuation list made is shown in Lett's page viewer (tests turn it off).
        self.open_documents = open_documents
        self.last_document: Path | None = None
        self.data: DeskData | None = None
        self.last_registered: Any = None
        self.refresh = Refresh(runner, load_desk, self._show, self)
        self._build()
        self.retranslate()
        runner.changed.connect(self.refresh.request)
        runner.busy_changed.connect(lambda busy: self.register_button.setEnabled(not busy))
        self._upkeep = QTimer(self)
        self._upkeep.timeout.connect(self.run_upkeep)
        self._upkeep.start(UPKEEP_MS)
        self.run_upkeep()
        self.refresh.request()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner()
        self.banner.keep_place()
        self.alert = Banner()

        self.form = RegistrationForm()
        self.form.card_button.clicked.connect(self.read_id_card)
        self.form.register_button.clicked.connect(self.register)
        self.form.expect_button.clicked.connect(self.add_expected)
        # The form's fields and buttons the desk works with most, by their names on the tab.
        self.inputs, self.faults = self.form.inputs, self.form.faults
        self.purpose, self.route_label = self.form.purpose, self.form.route_label
        self.lang = self.form.lang
        self.card_button, self.register_button = self.form.card_button, self.form.register_button

        # who is in
        self.inside_page = QWidget()
        inside = QVBoxLayout(self.inside_page)
        scan_row = QHBoxLayout()
        self.scan_label = QLabel()
        self.scan = QLineEdit()
        self.scan.setObjectName("badge_scan")
        self.scan.returnPressed.connect(self.check_out_scanned)
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan, 1)
        inside.addLayout(scan_row)
        self.evacuation_button = QPushButton()
        self.evacuation_button.clicked.connect(self.print_evacuation_list)
        scan_row.addWidget(self.evacuation_button)
        self.inside = InsideTable()
        inside.addWidget(self.inside, 1)
        row = QHBoxLayout()
        self.check_out_button = QPushButton()
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(lambda: self.reveal_selected(self.inside))
        self.badge_button = QPushButton()
        self.badge_button.clicked.connect(self.badge_pdf_selected)
        for button in (self.check_out_button, self.reveal_button, self.badge_button):
            row.addWidget(button)
        row.addStretch(1)
        inside.addLayout(row)

        # expected today
        self.expected_page = QWidget()
        expected = QVBoxLayout(self.expected_page)
        self.expected = ExpectedTable()
        self.expected.cellDoubleClicked.connect(lambda _r, _c: self.check_in_selected())
        expected.addWidget(self.expected, 1)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import_file)
        row = QHBoxLayout()
        row.addWidget(self.check_in_button, 2)
        row.addWidget(self.import_button, 1)
        expected.addLayout(row)

        # search
        self.search_page = QWidget()
        search = QVBoxLayout(self.search_page)
        criteria = QFormLayout()
        self.s_name = QLineEdit()
        self.s_code = QLineEdit()
        self.s_org = QLineEdit()
        self.s_from = QDateEdit()
        self.s_to = QDateEdit()
        for edit in (self.s_from, self.s_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.s_to.setDate(QDate.currentDate())
        self.s_from.setDate(QDate.currentDate().addDays(-30))
        self.s_use_dates = QCheckBox()
        self.search_labels = [QLabel() for _ in range(4)]
        dates = QHBoxLayout()
        dates.addWidget(self.s_use_dates)
        dates.addWidget(self.s_from)
        dates.addWidget(QLabel("\u2013"))
        dates.addWidget(self.s_to)
        dates.addStretch(1)
        for label, widget in zip(self.search_labels, (self.s_name, self.s_code, self.s_org),
                                 strict=False):
            criteria.addRow(label, widget)
        criteria.addRow(self.search_labels[3], dates)
        for edit in (self.s_name, self.s_code, self.s_org):
            edit.returnPressed.connect(self.search)
        search.addLayout(criteria)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        search.addWidget(self.search_button)
        self.results = PastVisitsTable()
        search.addWidget(self.results, 1)
        self.results_reveal = QPushButton()
        self.results_reveal.clicked.connect(lambda: self.reveal_selected(self.results))
        self.records_button = QPushButton()
        self.records_button.clicked.connect(self.export_records)
        below = QHBoxLayout()
        below.addWidget(self.results_reveal)
        below.addStretch(1)
        below.addWidget(self.records_button)
        search.addLayout(below)

        self.pages = QTabWidget()
        self.pages.addTab(self.inside_page, "")
        self.pages.addTab(self.expected_page, "")
        self.pages.addTab(self.search_page, "")

        left = QVBoxLayout()
        left.addWidget(self.form)
        # A watch-list alert comes under the form, where it moves nothing.
        left.addWidget(self.alert)
        left.addStretch(1)
        # The tab's messages have their place above the lists, always there.
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan a badge to check out:"))
        self.check_out_button.setText(self.tr("Check out"))
        self.reveal_button.setText(self.tr("Show personal code"))
        self.results_reveal.setText(self.tr("Show personal code"))
        self.records_button.setText(self.tr("Usage records of this personal code (JSON)"))
        self.badge_button.setText(self.tr("Badge as PDF"))
        self.evacuation_button.setText(self.tr("Print evacuation list"))
        self.check_in_button.setText(self.tr("Check in"))
        self.import_button.setText(self.tr("Import expected visitors…"))
        self.search_button.setText(self.tr("Search"))
        self.s_use_dates.setText(self.tr("from"))
        for label, text in zip(self.search_labels, (self.tr("Name"), self.tr("Personal code"),
                                                    self.tr("Organisation"), self.tr("Date")),
                               strict=True):
            label.setText(text)
        self.pages.setTabText(0, self.tr("In the building"))
        self.pages.setTabText(1, self.tr("Expected today"))
        self.pages.setTabText(2, self.tr("Past visits"))
        if self.data is not None:
            self._show(self.data)

    # -- registering ---------------------------------------------------------------------

    def read_id_card(self) -> None:
        """Fill the name and personal code from the ID card in the reader."""
        self.card_button.setEnabled(False)
        self.runner.read(work.read_card, on_done=self._card_read, on_error=self._card_failed)

    def _card_read(self, holder: Any) -> None:
        self.card_button.setEnabled(True)
        self.form.fill_from_card(holder.name, holder.id_code)
        self.banner.show_info(self.tr("Read from the ID card: {name}.").format(
            name=holder.name))

    def _card_failed(self, failure: Failure) -> None:
        self.card_button.setEnabled(True)
        self.banner.show_error(failure.text)

    def register(self) -> None:
        if not self.form.valid():
            return
        self.runner.write(work.register, self.form.visitor(), on_done=self._registered,
                          on_error=self._form_failed)

    def add_expected(self) -> None:
        if not self.form.valid():
            return
        self.runner.write(work.expect, self.form.visitor(), self.form.expected_time(),
                          on_done=self._expected_added, on_error=self._form_failed)

    def _form_failed(self, failure: Failure) -> None:
        """An input fault goes under its field; anything else to the banner. The form keeps
        what was typed."""
        field = work.field_of(failure.error) if isinstance(failure.error, LettError) else ""
        if field:
            self.form.show_fault(field, failure.text)
        else:
            self.banner.show_error(failure.text)

    def _registered(self, done: Any) -> None:
        self.last_registered = done
        self.form.clear()
        reg = done.registration
        if done.route is Route.QUEUE and done.ticket is not None:
            text = self.tr("{name} is registered. Ticket {number}: please wait to be "
                           "called.").format(name=reg.name, number=done.ticket.number)
        elif done.route is Route.SPECIALIST:
            text = self.tr("{name} is registered. Host: {host}, room {room}.").format(
                name=reg.name, host=reg.host, room=reg.host_room or "\u2013")
        else:
            text = self.tr("{name} is registered. Please take a seat in the waiting area."
                           ).format(name=reg.name)
        self.banner.show_info(text)
        self.result.emit(text)
        if done.alerts:
            first = done.alerts[0]
            self.alert.show_error(self.tr(
                "Watch list: {name} is close to the listed name \u201c{listed}\u201d. {reason}"
            ).format(name=reg.name, listed=first.listed_name, reason=first.reason))
        else:
            self.alert.clear_message()
        if done.route is Route.QUEUE and done.ticket is not None:
            self._print_ticket(done.ticket)
        if self.form.badge_check.isChecked():
            self.runner.read(work.print_badge_for, reg.id, self._badge_words(),
                             self._printer(), on_error=self._print_failed)
        if self.form.mail_check.isChecked() and reg.host_id and self.settings.get("mail.host"):
            self.runner.write(work.notify_host, reg.id, self._mail_server(),
                              on_done=self._host_told,
                              on_error=lambda f: self.alert.show_error(f.text))

    def _print_ticket(self, ticket: Any) -> None:
        """The ticket the registration issued, on this PC's ticket printer (when it prints
        desk tickets); a failure says so, and the ticket stays issued."""
        if prints_desk_tickets(self.settings):
            self.runner.read(print_ticket, ticket, desk_printer(self.settings),
                             on_error=lambda f: self.banner.show_error(f.text))

    def _mail_server(self) -> Any:
        from app.documents.mail import MailServer

        return MailServer.of(self.settings)

    def _host_told(self, address: str) -> None:
        self.result.emit(self.tr("The host was told by e-mail ({address}).").format(
            address=address))

    def _expected_added(self, view: Any) -> None:
        self.form.clear()
        self.banner.show_info(self.tr("{name} is expected at {time}.").format(
            name=view.name, time=local_time(view.expected_at, self.form.timezone,
                                            "%d.%m.%Y %H:%M")))
        self.pages.setCurrentWidget(self.expected_page)

    def _print_failed(self, failure: Failure) -> None:
        self.banner.show_error(self.tr("The badge could not be printed: {reason}").format(
            reason=failure.text))

    def _printer(self) -> dict[str, Any]:
        return {"uri": self.settings.get("printer.uri"),
                "profile": self.settings.get("printer.profile"),
                "timeout": self.settings.get("printer.timeout")}

    def _badge_words(self) -> dict[str, str]:
        return {"title": self.tr("VISITOR"), "host": self.tr("Host: {host}"),
                "no_host": self.tr("waiting area")}

    # -- lists -----------------------------------------------------------------------------

    def _show(self, data: DeskData) -> None:
        first = self.data is None
        self.data = data
        self.form.now, self.form.timezone = data.now, data.timezone
        if first:
            self.form.offer_next_hour()
        if not data.allowed:
            self.setEnabled(False)
            self.banner.show_error(self.tr(
                "Your roles do not include the reception desk: visitors' data is not shown."))
            return
        self.form.show_choices(data.purposes, data.specialists)
        self.inside.show_visits(data.inside, data.timezone)
        self.expected.show_expected(data.expected, data.timezone)
        self.pages.setTabText(0, self.tr("In the building ({count})").format(
            count=len(data.inside)))

    def check_out_selected(self) -> None:
        registration = self.inside.selected()
        if registration is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        self.runner.write(work.check_out, registration, on_done=self._checked_out,
                          on_error=lambda f: self.banner.show_error(f.text))

    def check_out_scanned(self) -> None:
        from printers.visitors import badge_token_of

        token = badge_token_of(self.scan.text())
        self.scan.clear()
        if not token:
            return
        self.runner.write(work.check_out_by_badge, token, on_done=self._checked_out,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _checked_out(self, view: Any) -> None:
        self.banner.show_info(self.tr("{name} has left the building.").format(name=view.name))

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import expected visitors"), "",
            self.tr("Calendars and tables (*.ics *.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Pre-register the expected visitors of a CSV or iCalendar file (read off the UI
        thread); a bad line refuses the file and is named."""
        self.runner.write(work.import_expected, path, on_done=self._imported,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _imported(self, count: int) -> None:
        self.banner.show_info(self.tr("Expected visitors imported: {count}.").format(
            count=count))
        self.pages.setCurrentWidget(self.expected_page)

    def check_in_selected(self) -> None:
        expected = self.expected.selected()
        if expected is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        self.runner.write(work.check_in, expected, on_done=self._registered,
                          on_error=lambda f: self.banner.show_error(f.text))

    def reveal_selected(self, table: VisitorTable) -> None:
        registration = table.selected()
        if registration is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        if registration in table.revealed:  # shown already: nothing new is read or logged
            return
        self.runner.write(work.reveal, registration,
                          on_done=lambda code: self._revealed(table, registration, code),
                          on_error=lambda f: self.banner.show_error(f.text))

    def _revealed(self, table: VisitorTable, registration: str, code: str) -> None:
        table.show_code(registration, code)
        if not code:
            self.banner.show_info(self.tr("No personal code was recorded for this visitor."))

    def search(self) -> None:
        use_dates = self.s_use_dates.isChecked()
        query = work.search_query()(
            name=self.s_name.text(), id_code=self.s_code.text(),
            organisation=self.s_org.text(),
            day_from=self.s_from.date().toPython() if use_dates else None,
            day_to=self.s_to.date().toPython() if use_dates else None,
        )
        self.runner.write(work.search, query, on_done=self._found,
                          on_error=lambda f: self.banner.show_error(f.text))

    def export_records(self) -> None:
        """The data usage records of the person whose code is typed, for their request."""
        err = check_field("id_code", self.s_code.text(), self.form.today())
        if err is not None or not self.s_code.text().strip():
            self.banner.show_error(error_text(err, current_language()) if err else
                                   self.tr("Type the person's personal code first."))
            return
        self.runner.write(work.write_usage_records, self.s_code.text(), self._folder("records"),
                          on_done=self._records_saved,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _records_saved(self, path: Path) -> None:
        self.last_document = path
        self.banner.show_info(self.tr("The usage records are saved as {path}.").format(
            path=str(path)))

    def _found(self, rows: list[Any]) -> None:
        self.results.show_visits(rows, self.form.timezone)
        if rows:
            return
        inside = self._inside_by_name(self.s_name.text())
        if inside:
            self.banner.show_info(self.tr(
                "No past visits found, but {name} is in the building now: see \u201cIn the "
                "building\u201d.").format(name=inside))
        else:
            self.banner.show_info(self.tr("No visits found."))

    def _inside_by_name(self, typed: str) -> str:
        """The name of a visitor in the building whom the name searched for matches."""
        words = typed.casefold().split()
        if not words or self.data is None:
            return ""
        for visit in self.data.inside:
            if all(word in visit.name.casefold() for word in words):
                return str(visit.name)
        return ""

    # -- documents ---------------------------------------------------------------------------

    def _folder(self, name: str) -> Path:
        from app.core.paths import data_dir

        return (self.data_folder or data_dir()) / name

    def print_evacuation_list(self) -> None:
        words = {
            "title": self.tr("Evacuation list"),
            "count": self.tr("Visitors in the building: {count}"),
            "number": self.tr("No."), "name": self.tr("Name"),
            "organisation": self.tr("Organisation"), "host": self.tr("Host"),
            "arrived": self.tr("Arrived"),
            "empty": self.tr("No visitors are in the building."),
        }
        self.runner.write(work.write_evacuation_pdf, words, self._folder("evacuation"),
                          on_done=self._evacuation_ready,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _evacuation_ready(self, path: Path) -> None:
        self.last_document = path
        self.banner.show_info(self.tr("The evacuation list is saved as {path}.").format(
            path=str(path)))
        if self.open_documents:
            show_pdf(self, path, self.tr("Evacuation list"))
        # Printed at once on this PC's document printer (CUPS; empty: the default one), so
        # the list is on paper without the network; the PDF stays either way.
        self.runner.read(work.print_document, path, str(self.settings.get("notices.printer")),
                         self.tr("Evacuation list"),
                         on_done=lambda job: self.banner.show_info(self.tr(
                             "The evacuation list is printed ({job}) and saved as {path}.")
                             .format(job=job or "-", path=str(path))),
                         on_error=lambda f: self.banner.show_error(self.tr(
                             "The evacuation list could not be printed. {detail} It is saved "
                             "as {path}: print it from another PC or read it from the "
                             "screen.").format(path=str(path), detail=f.text)))

    def badge_pdf_selected(self) -> None:
        registration = self.inside.selected()
        if registration is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        self.runner.write(work.print_badge_for, registration, self._badge_words(),
                          self._printer(), self._folder("badges"), on_done=self._badge_saved,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _badge_saved(self, path: str) -> None:
        self.last_document = Path(path)
        self.banner.show_info(self.tr("The badge is saved as {path}.").format(path=path))

    # -- upkeep ------------------------------------------------------------------------------

    def run_upkeep(self) -> None:
        self.runner.write(work.upkeep, on_error=lambda f: self.banner.show_error(f.text))
