"""The Visitors tab of the staff window: the reception desk's register of visitors.

Left: the registration form, each field's fault shown under it as it is typed, the purpose of
visit and where it leads. Right: who is in the building (check-out by hand or by scanning a
badge), the visitors expected today (check-in with one click), and the search of past visits.
Every read of the store, every write, printing and the evacuation list's PDF run off the UI
thread; the personal code is shown masked unless staff ask to see it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from types import ModuleType
from typing import Any

from app.core import idcode
from app.core import visitors as rules
from app.core.errors import InvalidInput, LettError
from app.core.settings import Settings
from app.core.visitors import Route
from app.i18n import error_text
from app.operations.context import Context
from app.ui import style
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QDesktopServices,
    QEvent,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTime,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Refresh, Runner
from app.ui.widgets import Banner

# Anonymisation and the daily check-out run at start and then this often, so the office's
# check-out time (visitors.checkout_at) is kept to within a few minutes.
UPKEEP_MS = 5 * 60 * 1000
FIELDS = ("name", "id_code", "document", "organisation", "phone", "email")


def _ops() -> ModuleType:
    """The visitor operations, loaded on first use (on a worker thread)."""
    from app.operations import visitors

    return visitors


@dataclass(frozen=True)
class DeskData:
    """What the tab shows, read in one go off the UI thread."""

    purposes: list[Any]
    specialists: list[Any]
    inside: list[Any]
    expected: list[Any]
    now: datetime
    # The office's time zone: every time shown is the office's local time.
    timezone: tzinfo = UTC
    # False when the person signed in has no role that sees visitors' data.
    allowed: bool = True


def load_desk(ctx: Context) -> DeskData:
    from app.core.permissions import Action

    ops = _ops()
    if not ctx.actor.may(Action.VIEW_VISITORS):
        return DeskData([], [], [], [], ctx.now(), ctx.timezone, allowed=False)
    return DeskData(ops.list_purposes(ctx), ops.list_specialists(ctx), ops.who_is_in(ctx),
                    ops.expected_on(ctx), ctx.now(), ctx.timezone)


def field_of(error: LettError) -> str:
    """The form field an input error is about."""
    code = error.code
    if code.startswith("idcode_"):
        return "id_code"
    return {"name_required": "name", "bad_value": "name", "bad_phone": "phone",
            "visitor_bad_email": "email"}.get(code, "")


def check_field(name: str, value: str, today: Any) -> InvalidInput | None:
    """The fault of one field's value, checked as it is typed (plain rules, no store)."""
    try:
        if name == "name":
            rules.check_name(value)
        elif name == "id_code":
            rules.check_id_code(value, today)
        elif name == "phone":
            rules.check_phone(value)
        elif name == "email":
            rules.check_email(value)
    except InvalidInput as err:
        return err
    return None


def print_document(_ctx: Context, path: Path, printer: str, title: str) -> str:
    """Send a PDF to this PC's document printer through CUPS; the job's id."""
    from printers.documents import print_pdf

    return print_pdf(path, printer, title)


def write_evacuation_pdf(ctx: Context, words: dict[str, str], folder: Path) -> Path:
    """Make the evacuation list's PDF in the data folder (it prints with no network)."""
    from printers.visitors import EvacuationRow, EvacuationSheet, evacuation_pdf

    listing = _ops().evacuation_list(ctx)
    made = ctx.local(listing.made_at)
    rows = tuple(
        EvacuationRow(p.name, p.organisation, ", ".join(x for x in (p.host, p.host_room) if x),
                      ctx.local(p.arrived_at).strftime("%H:%M"))
        for p in listing.people
    )
    sheet = EvacuationSheet(
        words["title"], listing.office, made.strftime("%d.%m.%Y %H:%M"),
        words["count"].format(count=len(rows)),
        (words["number"], words["name"], words["organisation"], words["host"], words["arrived"]),
        rows, words["empty"],
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"evacuation-{made:%Y%m%d-%H%M%S}.pdf"
    path.write_bytes(evacuation_pdf(sheet))
    return path


def write_usage_records(ctx: Context, id_code: str, folder: Path) -> Path:
    """Save one person's data usage records as JSON in the data folder (no code in its name)."""
    import json

    records = _ops().person_usage_records(ctx, id_code)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"usage-records-{ctx.local():%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def print_badge_for(ctx: Context, registration_id: str, words: dict[str, str],
                    settings: dict[str, Any], pdf_folder: Path | None = None) -> str:
    """Print a registration's badge on the ticket printer, or (with `pdf_folder`) save it as
    a PDF label there. What was done, for the message."""
    from printers.visitors import Badge, badge_pdf, print_badge

    view = _ops().visit_details(ctx, registration_id)
    token = _ops().badge_token(ctx, registration_id)
    from app.operations.queue import office_name

    host = ", ".join(x for x in (view.host, view.host_room) if x) or words["no_host"]
    badge = Badge(office_name(ctx), view.name, view.organisation,
                  words["host"].format(host=host),
                  ctx.local(view.arrived_at).strftime("%d.%m.%Y %H:%M"), token, words["title"])
    if pdf_folder is not None:
        pdf_folder.mkdir(parents=True, exist_ok=True)
        path = pdf_folder / f"badge-{registration_id[-12:]}.pdf"
        path.write_bytes(badge_pdf(badge))
        return str(path)
    print_badge(settings["uri"], badge, settings["profile"], settings["timeout"])
    return ""


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


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
        # Whether a PDF made is opened in the system's viewer, to print it from there.
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
        self.alert = Banner()

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.card_button = QPushButton()
        self.card_button.clicked.connect(self.read_id_card)
        form.addRow(self.card_button)
        self.inputs: dict[str, QLineEdit] = {}
        self.faults: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"visitor_{name}")
            edit.textEdited.connect(lambda _t, n=name: self._typed(n))
            edit.editingFinished.connect(lambda n=name: self._check(n))
            fault = QLabel()
            fault.setObjectName(f"fault_{name}")
            fault.setWordWrap(True)
            fault.setStyleSheet(f"color: {style.ERROR_FG};")
            fault.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(fault)
            label = QLabel()
            self.labels[name] = label
            form.addRow(label, column)
            self.inputs[name] = edit
            self.faults[name] = fault
        self.inputs["id_code"].setMaxLength(13)
        self.purpose = QComboBox()
        self.purpose.currentIndexChanged.connect(self._purpose_chosen)
        self.route_label = QLabel()
        self.route_label.setWordWrap(True)
        self.route_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.host = QComboBox()
        self.lang = QComboBox()
        for code, name in (("et", "Eesti"), ("ru", "Русский"), ("en", "English")):
            self.lang.addItem(name, code)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.badge_check = QCheckBox()
        self.expected_at = QDateTimeEdit()
        self.expected_at.setCalendarPopup(True)
        self.expected_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        for key, widget in (("purpose", self.purpose), ("route", self.route_label),
                            ("host_choice", self.host), ("lang", self.lang),
                            ("notes", self.notes), ("expected_at", self.expected_at)):
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow("", self.badge_check)
        self.mail_check = QCheckBox()
        self.mail_check.setChecked(True)
        form.addRow("", self.mail_check)
        buttons = QHBoxLayout()
        self.register_button = QPushButton()
        self.register_button.setMinimumHeight(44)
        style.set_font(self.register_button, 15, bold=True)
        self.register_button.clicked.connect(self.register)
        self.expect_button = QPushButton()
        self.expect_button.clicked.connect(self.add_expected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_form)
        buttons.addWidget(self.register_button, 2)
        buttons.addWidget(self.expect_button, 1)
        buttons.addWidget(self.clear_button, 1)
        form.addRow(buttons)

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
        self.inside = _table(6)
        inside.addWidget(self.inside, 1)
        row = QHBoxLayout()
        self.check_out_button = QPushButton()
        self.check_out_button.clicked.connect(self.check_out_selected)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(lambda: self.reveal_selected(self.inside))
        self.badge_button = QPushButton()
        self.badge_button.clicked.connect(self.badge_pdf_selected)
        self.evacuation_button = QPushButton()
        self.evacuation_button.clicked.connect(self.print_evacuation_list)
        for button in (self.check_out_button, self.reveal_button, self.badge_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.evacuation_button)
        inside.addLayout(row)

        # expected today
        self.expected_page = QWidget()
        expected = QVBoxLayout(self.expected_page)
        self.expected = _table(5)
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
        self.results = _table(6)
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
        left.addWidget(self.form_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.pages, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.alert)
        layout.addLayout(columns, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {
            "name": self.tr("Name *"), "id_code": self.tr("Personal code"),
            "document": self.tr("Other document"), "organisation": self.tr("Organisation"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "purpose": self.tr("Purpose of visit"), "route": self.tr("Leads to"),
            "host_choice": self.tr("Host"), "lang": self.tr("Visitor's language"),
            "notes": self.tr("Notes"), "expected_at": self.tr("Expected at"),
        }
        for key, label in self.labels.items():
            label.setText(words[key])
        self.inputs["id_code"].setPlaceholderText(self.tr("11 digits, e.g. 37605030299"))
        self.inputs["document"].setPlaceholderText(
            self.tr("Another country's document: type and number"))
        self.inputs["phone"].setPlaceholderText("+372 5123 4567")
        self.form_box.setTitle(self.tr("Register a visitor"))
        self.card_button.setText(self.tr("Read the ID card"))
        self.badge_check.setText(self.tr("Print a badge on the ticket printer"))
        self.mail_check.setText(self.tr("Tell the host by e-mail"))
        self.register_button.setText(self.tr("Register"))
        self.expect_button.setText(self.tr("Save as expected"))
        self.clear_button.setText(self.tr("Clear"))
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
        heads = [self.tr("Name"), self.tr("Organisation"), self.tr("Purpose"), self.tr("Host"),
                 self.tr("Arrived"), self.tr("Personal code")]
        self.inside.setHorizontalHeaderLabels(heads)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Purpose"), self.tr("Arrived"),
             self.tr("Left"), self.tr("Personal code")])
        self.expected.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Name"), self.tr("Organisation"), self.tr("Host"),
             self.tr("Checked in")])
        for name in FIELDS:
            self._check(name, quiet=True)
        if self.data is not None:
            self._show(self.data)

    # -- the form ------------------------------------------------------------------------

    def _today(self) -> date:
        return date.today()

    def _typed(self, name: str) -> None:
        """While typing, a shown fault goes as soon as the value is right."""
        if self.faults[name].isVisible():
            self._check(name)

    def _check(self, name: str, quiet: bool = False) -> bool:
        value = self.inputs[name].text()
        err = check_field(name, value, self._today()) if value.strip() or name == "name" else None
        if name == "name" and not value.strip() and quiet:
            err = None
        if err is None:
            self.faults[name].hide()
            self.faults[name].clear()
            return True
        if not quiet or self.faults[name].isVisible():
            self.faults[name].setText(error_text(err, current_language()))
            self.faults[name].show()
        return False

    def read_id_card(self) -> None:
        """Fill the name and personal code from the ID card in the reader."""
        self.card_button.setEnabled(False)
        self.runner.read(_read_card, on_done=self._card_read, on_error=self._card_failed)

    def _card_read(self, holder: Any) -> None:
        self.card_button.setEnabled(True)
        self.inputs["name"].setText(holder.name)
        self.inputs["id_code"].setText(holder.id_code)
        for name in ("name", "id_code"):
            self._check(name)
        self.banner.show_info(self.tr("Read from the ID card: {name}.").format(
            name=holder.name))

    def _card_failed(self, failure: Failure) -> None:
        self.card_button.setEnabled(True)
        self.banner.show_error(failure.text)

    def _form(self) -> Any:
        return _ops_form()(
            name=self.inputs["name"].text(), id_code=self.inputs["id_code"].text(),
            document=self.inputs["document"].text(),
            organisation=self.inputs["organisation"].text(), phone=self.inputs["phone"].text(),
            email=self.inputs["email"].text(), purpose_id=self.purpose.currentData(),
            host_id=self.host.currentData(), lang=self.lang.currentData() or "et",
            notes=self.notes.toPlainText(),
        )

    def _valid(self) -> bool:
        ok = True
        for name in FIELDS:
            ok = self._check(name) and ok
        return ok

    def register(self) -> None:
        if not self._valid():
            return
        self.runner.write(_register, self._form(), on_done=self._registered,
                          on_error=self._form_failed)

    def add_expected(self) -> None:
        if not self._valid():
            return
        at = self.expected_at.dateTime().toPython().replace(tzinfo=self._tz())
        self.runner.write(_expect, self._form(), at, on_done=self._expected_added,
                          on_error=self._form_failed)

    def _form_failed(self, failure: Failure) -> None:
        """An input fault goes under its field; anything else to the banner. The form keeps
        what was typed."""
        field = field_of(failure.error) if isinstance(failure.error, LettError) else ""
        if field:
            self.faults[field].setText(failure.text)
            self.faults[field].show()
            self.inputs[field].setFocus()
        else:
            self.banner.show_error(failure.text)

    def _registered(self, done: Any) -> None:
        self.last_registered = done
        self.clear_form()
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
        if self.badge_check.isChecked():
            self.runner.read(print_badge_for, reg.id, self._badge_words(),
                             self._printer(), on_error=self._print_failed)
        if self.mail_check.isChecked() and reg.host_id and self.settings.get("mail.host"):
            self.runner.write(_notify_host, reg.id, self._mail_server(),
                              on_done=self._host_told,
                              on_error=lambda f: self.alert.show_error(f.text))

    def _mail_server(self) -> Any:
        from app.documents.mail import MailServer

        return MailServer.of(self.settings)

    def _host_told(self, address: str) -> None:
        self.result.emit(self.tr("The host was told by e-mail ({address}).").format(
            address=address))

    def _expected_added(self, view: Any) -> None:
        self.clear_form()
        self.banner.show_info(self.tr("{name} is expected at {time}.").format(
            name=view.name, time=self._time(view.expected_at, "%d.%m.%Y %H:%M")))
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

    def clear_form(self) -> None:
        for name in FIELDS:
            self.inputs[name].clear()
            self.faults[name].hide()
        self.notes.clear()
        self.purpose.setCurrentIndex(0)
        self.host.setCurrentIndex(0)
        self.lang.setCurrentIndex(0)
        self._next_hour()

    def _tz(self) -> tzinfo:
        return self.data.timezone if self.data is not None else UTC

    def _time(self, moment: datetime, fmt: str = "%H:%M") -> str:
        return moment.astimezone(self._tz()).strftime(fmt)

    def _next_hour(self) -> None:
        """The expected time offered: the next full hour, office time."""
        now = (self.data.now if self.data is not None else datetime.now(UTC)).astimezone(
            self._tz())
        at = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.expected_at.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, 0)))

    def _purpose_chosen(self, _index: int) -> None:
        purpose = self._purpose()
        lang = current_language()
        if purpose is None:
            self.route_label.setText(self.tr("The waiting area"))
            return
        if purpose.route is Route.QUEUE:
            text = self.tr("Queue of service {code}: a ticket is issued").format(
                code=purpose.service_code)
        elif purpose.route is Route.SPECIALIST and purpose.specialist is not None:
            text = self.tr("Specialist {name}, {unit}, room {room}").format(
                name=purpose.specialist.name, unit=purpose.specialist.unit or "\u2013",
                room=purpose.specialist.room or "\u2013")
            index = self.host.findData(purpose.specialist.id)
            if index >= 0:
                self.host.setCurrentIndex(index)
        else:
            text = self.tr("The waiting area")
        self.route_label.setText(f"{purpose.name(lang)} \u2192 {text}")

    def _purpose(self) -> Any:
        if self.data is None:
            return None
        chosen = self.purpose.currentData()
        return next((p for p in self.data.purposes if p.id == chosen), None)

    # -- lists -----------------------------------------------------------------------------

    def _show(self, data: DeskData) -> None:
        first = self.data is None
        self.data = data
        if first:
            self._next_hour()
        if not data.allowed:
            self.setEnabled(False)
            self.banner.show_error(self.tr(
                "Your roles do not include the reception desk: visitors' data is not shown."))
            return
        lang = current_language()
        chosen, host = self.purpose.currentData(), self.host.currentData()
        self.purpose.blockSignals(True)
        self.purpose.clear()
        self.purpose.addItem(self.tr("(none: the waiting area)"), None)
        for p in data.purposes:
            self.purpose.addItem(p.name(lang), p.id)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(chosen)))
        self.purpose.blockSignals(False)
        self.host.clear()
        self.host.addItem(self.tr("(nobody)"), None)
        for s in data.specialists:
            self.host.addItem(f"{s.name} \u2013 {s.unit}, {s.room}" if s.unit else s.name, s.id)
        self.host.setCurrentIndex(max(0, self.host.findData(host)))
        self._purpose_chosen(0)
        self.inside.setRowCount(len(data.inside))
        for row, v in enumerate(data.inside):
            host_text = ", ".join(x for x in (v.host, v.host_room) if x)
            purpose = v.purpose(lang) or self.tr("waiting area")
            if v.ticket_number:
                purpose = f"{purpose} ({v.ticket_number})"
            cells = (v.name, v.organisation, purpose, host_text, self._time(v.arrived_at),
                     v.id_code_masked)
            for column, text in enumerate(cells):
                self.inside.setItem(row, column, _item(text, v.id))
        self.expected.setRowCount(len(data.expected))
        for row, e in enumerate(data.expected):
            cells = (self._time(e.expected_at), e.name, e.organisation,
                     e.host, self.tr("yes") if e.checked_in else "")
            for column, text in enumerate(cells):
                self.expected.setItem(row, column, _item(text, e.id))
        self.pages.setTabText(0, self.tr("In the building ({count})").format(
            count=len(data.inside)))

    def _selected(self, table: QTableWidget) -> str | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def check_out_selected(self) -> None:
        registration = self._selected(self.inside)
        if registration is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        self.runner.write(_check_out, registration, on_done=self._checked_out,
                          on_error=lambda f: self.banner.show_error(f.text))

    def check_out_scanned(self) -> None:
        from printers.visitors import badge_token_of

        token = badge_token_of(self.scan.text())
        self.scan.clear()
        if not token:
            return
        self.runner.write(_check_out_by_badge, token, on_done=self._checked_out,
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
        self.runner.write(_import_expected, path, on_done=self._imported,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _imported(self, count: int) -> None:
        self.banner.show_info(self.tr("Expected visitors imported: {count}.").format(
            count=count))
        self.pages.setCurrentWidget(self.expected_page)

    def check_in_selected(self) -> None:
        expected = self._selected(self.expected)
        if expected is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        self.runner.write(_check_in, expected, on_done=self._registered,
                          on_error=lambda f: self.banner.show_error(f.text))

    def reveal_selected(self, table: QTableWidget) -> None:
        registration = self._selected(table)
        if registration is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        row = table.currentRow()

        def shown(code: str) -> None:
            column = table.columnCount() - 1
            table.setItem(row, column, _item(code or "\u2013", registration))

        self.runner.write(_reveal, registration, on_done=shown,
                          on_error=lambda f: self.banner.show_error(f.text))

    def search(self) -> None:
        use_dates = self.s_use_dates.isChecked()
        query = _ops_query()(
            name=self.s_name.text(), id_code=self.s_code.text(),
            organisation=self.s_org.text(),
            day_from=self.s_from.date().toPython() if use_dates else None,
            day_to=self.s_to.date().toPython() if use_dates else None,
        )
        self.runner.write(_search, query, on_done=self._found,
                          on_error=lambda f: self.banner.show_error(f.text))

    def export_records(self) -> None:
        """The data usage records of the person whose code is typed, for their request."""
        err = check_field("id_code", self.s_code.text(), self._today())
        if err is not None or not self.s_code.text().strip():
            self.banner.show_error(error_text(err, current_language()) if err else
                                   self.tr("Type the person's personal code first."))
            return
        self.runner.write(write_usage_records, self.s_code.text(), self._folder("records"),
                          on_done=self._records_saved,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _records_saved(self, path: Path) -> None:
        self.last_document = path
        self.banner.show_info(self.tr("The usage records are saved as {path}.").format(
            path=str(path)))

    def _found(self, rows: list[Any]) -> None:
        lang = current_language()
        self.results.setRowCount(len(rows))
        for row, v in enumerate(rows):
            cells = (v.name or self.tr("(anonymised)"), v.organisation,
                     v.purpose(lang) or self.tr("waiting area"),
                     self._time(v.arrived_at, "%d.%m.%Y %H:%M"),
                     self._time(v.left_at) if v.left_at else "",
                     v.id_code_masked)
            for column, text in enumerate(cells):
                self.results.setItem(row, column, _item(text, v.id))
        if not rows:
            self.banner.show_info(self.tr("No visits found."))

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
        self.runner.write(write_evacuation_pdf, words, self._folder("evacuation"),
                          on_done=self._evacuation_ready,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _evacuation_ready(self, path: Path) -> None:
        self.last_document = path
        self.banner.show_info(self.tr("The evacuation list is saved as {path}.").format(
            path=str(path)))
        if self.open_documents:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        # Printed at once on this PC's document printer (CUPS; empty: the default one), so
        # the list is on paper without the network; the PDF stays either way.
        self.runner.read(print_document, path, str(self.settings.get("notices.printer")),
                         self.tr("Evacuation list"),
                         on_done=lambda job: self.banner.show_info(self.tr(
                             "The evacuation list is printed ({job}) and saved as {path}.")
                             .format(job=job or "-", path=str(path))),
                         on_error=lambda f: self.banner.show_error(self.tr(
                             "The evacuation list is saved as {path}, but it could not be "
                             "printed: {detail}").format(path=str(path), detail=f.text)))

    def badge_pdf_selected(self) -> None:
        registration = self._selected(self.inside)
        if registration is None:
            self.banner.show_error(self.tr("Choose a visitor in the list first."))
            return
        self.runner.write(print_badge_for, registration, self._badge_words(), self._printer(),
                          self._folder("badges"), on_done=self._badge_saved,
                          on_error=lambda f: self.banner.show_error(f.text))

    def _badge_saved(self, path: str) -> None:
        self.last_document = Path(path)
        self.banner.show_info(self.tr("The badge is saved as {path}.").format(path=path))

    # -- upkeep ------------------------------------------------------------------------------

    def run_upkeep(self) -> None:
        self.runner.write(_upkeep, on_error=lambda f: self.banner.show_error(f.text))


def _ops_form() -> Callable[..., Any]:
    from app.operations.visitors import VisitorForm

    return VisitorForm


def _ops_query() -> Callable[..., Any]:
    from app.operations.visitors import SearchQuery

    return SearchQuery


# Operations as the runner calls them (ctx first); loaded on the worker thread.


def _register(ctx: Context, form: Any) -> Any:
    return _ops().register_visit(ctx, form)


def _expect(ctx: Context, form: Any, at: datetime) -> Any:
    return _ops().add_expected(ctx, form, at)


def _check_out(ctx: Context, registration_id: str) -> Any:
    return _ops().check_out(ctx, registration_id)


def _check_out_by_badge(ctx: Context, token: str) -> Any:
    return _ops().check_out_by_badge(ctx, token)


def _check_in(ctx: Context, expected_id: str) -> Any:
    return _ops().check_in_expected(ctx, expected_id)


def _reveal(ctx: Context, registration_id: str) -> str:
    return idcode.normalise(_ops().reveal_id_code(ctx, registration_id))


def _search(ctx: Context, query: Any) -> list[Any]:
    return _ops().search_visits(ctx, query)


def _notify_host(ctx: Context, registration_id: str, server: Any) -> str:
    from app.operations.visitor_mail import notify_host

    return notify_host(ctx, registration_id, server)


def _read_card(_ctx: Context) -> Any:
    """The card in the PC's first reader (the desk has one)."""
    from app.idcard.reader import read_card

    return read_card()


def _import_expected(ctx: Context, path: Path) -> int:
    return _ops().import_expected(ctx, path.name, path.read_bytes())


def _upkeep(ctx: Context) -> tuple[int, int]:
    return _ops().start_of_day_upkeep(ctx)

