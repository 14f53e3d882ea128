"""The first-run setup of a new office: the office, its first administrator, the ticket printer
of this PC (with a test print) and the services, then the office is made in one unit of work
(app.operations.setup.set_up_office) and the printer saved in this PC's settings.

`lett` starts it on a data folder without an office, before the staff sign-in. Each page checks
its fields by the operations' own rules and shows the message on the page; Next and Finish do
not pass a page with a bad value. The test print and the setup run off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app import i18n
from app.core.errors import Invalid, LettError, PrintFailed
from app.core.permissions import Actor
from app.operations.bootstrap import Local
from app.operations.config import ServiceSpec
from app.operations.context import staff_actor
from app.operations.printing import test_print
from app.operations.setup import (
    PAPER_PROFILES,
    SUGGESTED_SERVICES,
    OfficeSetup,
    check_admin,
    check_office,
    check_printer,
    check_services,
    has_office,
    set_up_office,
)
from app.ui import style
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QRunnable,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QThreadPool,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
)
from app.ui.qt_i18n import current_language, install_language
from app.ui.runner import unexpected_error_text

log = logging.getLogger(__name__)

# Colours given to services added on the services page, in turn.
COLOURS = ("#1f6feb", "#2da44e", "#bf8700", "#8250df", "#cf222e", "#0a7d87", "#953800")


class _Done(QObject):
    """Brings a worker thread's result back to the UI thread (a queued signal)."""

    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, done: _Done, call: Callable[[], Any]) -> None:
        super().__init__()
        self.done = done
        self.call = call

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as exc:  # shown on the page, see the callers
            self.done.finished.emit(None, exc)
            return
        self.done.finished.emit(result, None)


_running: set[_Done] = set()  # kept until their results are delivered


def run_off_ui_thread(owner: QObject, call: Callable[[], Any],
                      finished: Callable[[Any, Exception | None], None]) -> None:
    """Run `call` on a worker thread; `finished(result, error)` runs on the UI thread, unless
    `owner` is gone by then (a window closed while its printer was still being asked)."""
    done = _Done()
    _running.add(done)
    alive = [True]
    owner.destroyed.connect(alive.clear)

    def deliver(result: Any, error: Exception | None) -> None:
        _running.discard(done)
        done.deleteLater()
        if alive:
            finished(result, error)

    done.finished.connect(deliver)
    QThreadPool.globalInstance().start(_Job(done, call))


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str, error: bool) -> None:
    bg, fg = (style.ERROR_BG, style.ERROR_FG) if error else (style.INFO_BG, style.INFO_FG)
    label.setStyleSheet(f"background: {bg}; color: {fg}; padding: 8px;")
    label.setText(text)
    label.show()


def _error_text(error: Exception) -> str:
    if isinstance(error, LettError):
        return i18n.error_text(error, current_language())
    log.error("the office setup failed", exc_info=error)
    return unexpected_error_text()


class _Page(QWizardPage):
    """A page of fields with a message line under them; `check()` raises the operations'
    error for the first bad field, which is shown and keeps the page open."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        # The page's heading and what it is for, in labels of the page's own: the wizard's
        # title is drawn tiny in a font sized in pixels, and its subtitle is cut off after
        # two lines.
        self.heading = QLabel()
        self.heading.setFont(style.font(20, bold=True))
        self.layout_.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.layout_.addSpacing(8)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.message = _message_label()

    def finish_layout(self) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)

    def watch(self, *widgets: QWidget) -> None:
        """A refusal's message goes once the person changes one of these fields."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.message.hide)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.message.hide)
            elif isinstance(widget, QTableWidget):
                widget.itemChanged.connect(self.message.hide)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def check(self) -> None:
        raise NotImplementedError

    def field_widget(self, error: LettError) -> QWidget | None:
        return None

    def validatePage(self) -> bool:
        try:
            self.check()
        except LettError as error:
            self.refuse(error)
            return False
        self.message.hide()
        return True

    def refuse(self, error: LettError) -> None:
        _show(self.message, _error_text(error), error=True)
        widget = self.field_widget(error)
        if widget is not None:
            widget.setFocus()


class SetupOfficePage(_Page):
    def __init__(self, local: Local) -> None:
        super().__init__()
        self.local = local
        self.language = QComboBox()
        for lang, name in AUTONYMS.items():
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.name = QLineEdit()
        self.name_label = QLabel()
        self.form.addRow(self.name_label, self.name)
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code_label = QLabel()
        self.form.addRow(self.code_label, self.code)
        self.address = QLineEdit()
        self.address_label = QLabel()
        self.form.addRow(self.address_label, self.address)
        self.registry_code = QLineEdit()
        self.registry_code.setMaxLength(8)
        self.registry_label = QLabel()
        self.form.addRow(self.registry_label, self.registry_code)
        self.finish_layout()
        self.watch(self.name, self.code, self.address, self.registry_code)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Office"))
        self.intro.setText(self.tr("This data folder has no office yet. Tell Lett about the "
                                 "office it serves; everything here can be changed later."))
        self.language_label.setText(self.tr("Language:"))
        self.name_label.setText(self.tr("Office name:"))
        self.name.setPlaceholderText(self.tr("e.g. Tartu teenindusbüroo"))
        self.code_label.setText(self.tr("Office code:"))
        self.code.setPlaceholderText(self.tr("e.g. TARTU (letters A\u2013Z, digits, - and _)"))
        self.address_label.setText(self.tr("Address:"))
        self.registry_label.setText(self.tr("Registry code:"))
        self.registry_code.setPlaceholderText(self.tr("8 digits; may be left empty"))

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        install_language(lang)
        self.local.settings.set("ui.language", lang)

    def check(self) -> None:
        check_office(self.code.text(), self.name.text(), self.address.text(),
                     self.registry_code.text())

    def field_widget(self, error: LettError) -> QWidget | None:
        return {"office name": self.name, "office code": self.code, "address": self.address,
                "registry code": self.registry_code}.get(error.params.get("field", ""))


class SetupAdminPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.user = QLineEdit()
        self.user_label = QLabel()
        self.form.addRow(self.user_label, self.user)
        self.display_name = QLineEdit()
        self.display_label = QLabel()
        self.form.addRow(self.display_label, self.display_name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.form.addRow(self.password_label, self.password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_label = QLabel()
        self.form.addRow(self.again_label, self.again)
        self.finish_layout()
        self.watch(self.user, self.display_name, self.password, self.again)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("First administrator"))
        self.intro.setText(self.tr("The account that signs in first. It holds every staff role "
                                 "and adds the other staff accounts."))
        self.user_label.setText(self.tr("User name:"))
        self.user.setPlaceholderText(self.tr("e.g. mari"))
        self.display_label.setText(self.tr("Name:"))
        self.display_name.setPlaceholderText(self.tr("e.g. Mari Maasikas"))
        self.password_label.setText(self.tr("Password:"))
        self.password.setPlaceholderText(self.tr("at least 10 characters"))
        self.again_label.setText(self.tr("Password again:"))

    def check(self) -> None:
        check_admin(self.user.text(), self.display_name.text(), self.password.text(),
                    self.again.text())

    def field_widget(self, error: LettError) -> QWidget | None:
        if error.code == "bad_user_name":
            return self.user
        if error.code == "passwords_differ":
            self.again.clear()
            return self.again
        return self.password


class SetupPrinterPage(_Page):
    def __init__(self, local: Local) -> None:
        super().__init__()
        self.local = local
        self.uri = QLineEdit(local.settings.get("printer.uri"))
        self.uri_label = QLabel()
        self.form.addRow(self.uri_label, self.uri)
        self.profile = QComboBox()
        for name in PAPER_PROFILES:
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(self.profile.findData(
            local.settings.get("printer.profile")), 0))
        self.profile_label = QLabel()
        self.form.addRow(self.profile_label, self.profile)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_print)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.form.addRow("", row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {style.MUTED};")
        self.layout_.addWidget(self.hint)
        self.result = _message_label()
        self.layout_.addWidget(self.result)
        self.testing = False
        self.finish_layout()
        self.watch(self.uri, self.profile)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ticket printer"))
        self.intro.setText(self.tr("The printer of this PC's kiosk. Print a test ticket to see "
                                 "that it works."))
        self.uri_label.setText(self.tr("Printer address:"))
        self.uri.setPlaceholderText("tcp://192.168.1.50:9100")
        self.profile_label.setText(self.tr("Paper:"))
        self.test_button.setText(self.tr("Test print"))
        self.hint.setText(self.tr(
            "Addresses: tcp://HOST:PORT (network), usb://VID:PID, "
            "serial:///dev/ttyUSB0?baudrate=19200, file:///PATH, cups://QUEUE. "
            "Leave it empty when this PC has no ticket printer."))

    def check(self) -> None:
        check_printer(self.uri.text(), self.profile.currentData())

    def field_widget(self, error: LettError) -> QWidget | None:
        return self.profile if error.params.get("field") == "paper" else self.uri

    def chosen(self) -> tuple[str, str]:
        return check_printer(self.uri.text(), self.profile.currentData())

    def test_print(self) -> None:
        if self.testing:
            return
        self.result.hide()
        try:
            uri, profile = self.chosen()
            if not uri:
                raise Invalid("printer_address_empty", field="printer address")
        except LettError as error:
            self.refuse(error)
            return
        self.message.hide()
        timeout = self.local.settings.get("printer.timeout")
        self.testing = True
        self.test_button.setEnabled(False)
        _show(self.result, self.tr("Printing a test ticket\u2026"), error=False)
        run_off_ui_thread(self, lambda: test_print(uri, profile, timeout),
                          lambda _sent, error: self._tested(uri, error))

    def _tested(self, uri: str, error: Exception | None) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        if error is None:
            _show(self.result, self.tr("Printed: a test ticket came out. Check that its "
                                       "Estonian and Russian letters are right."), error=False)
            return
        code = error.code if isinstance(error, PrintFailed) else ""
        texts = {
            "printer_paper_out": self.tr("Paper out: the printer answered that it has no "
                                         "paper. Put in a new roll and try again."),
            "printer_cover_open": self.tr("The printer answered that its cover is open. "
                                          "Close it and try again."),
            "printer_offline": self.tr("The printer answered that it is not ready. Check its "
                                       "lights and buttons, then try again."),
            "printer_unreachable": self.tr("Unreachable: no printer answers at {uri}. Check "
                                           "the address, the cable or network, and that the "
                                           "printer is on.").format(uri=uri),
        }
        text = texts.get(code) or (
            _error_text(error) if code == "printer_setting"
            else self.tr("The test ticket could not be printed. Check the printer and try "
                         "again."))
        _show(self.result, text, error=True)


class SetupServicesPage(_Page):
    COLUMNS = 4
    FIELD_COLUMNS = {"service letter": 0, "service name (Estonian)": 1,
                     "service name (Russian)": 2, "service name (English)": 3}

    def __init__(self) -> None:
        super().__init__()
        # The wizard's Finish: makes the office once the page's fields pass.
        self.finish: Callable[[], bool] | None = None
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.busy = _message_label()
        self.layout_.addWidget(self.busy)
        for spec in SUGGESTED_SERVICES:
            self.add_row(spec)
        self.layout_.addWidget(self.message)
        self.watch(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Services"))
        self.intro.setText(self.tr("The services visitors take tickets for: a letter and the "
                                 "name in Estonian, Russian and English. One counter serving "
                                 "them all is made with them."))
        self.table.setHorizontalHeaderLabels([self.tr("Letter"), self.tr("Estonian"),
                                              self.tr("Russian"), self.tr("English")])
        self.add_button.setText(self.tr("Add service"))
        self.remove_button.setText(self.tr("Remove service"))

    def add_row(self, spec: ServiceSpec | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = ("", "", "", "") if spec is None else (spec.code, spec.name_et, spec.name_ru,
                                                      spec.name_en)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))
        colour = spec.colour if spec is not None else COLOURS[row % len(COLOURS)]
        item = self.table.item(row, 0)
        assert item is not None
        item.setData(Qt.ItemDataRole.UserRole, colour)
        item.setBackground(QColor(colour))  # the service's colour on the kiosk and display
        item.setForeground(QColor(style.text_on(colour)))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if spec is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def specs(self) -> tuple[ServiceSpec, ...]:
        rows = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            colour = item.data(Qt.ItemDataRole.UserRole) if item is not None else COLOURS[0]
            rows.append(ServiceSpec(self._text(row, 0), self._text(row, 1), self._text(row, 2),
                                    self._text(row, 3), colour or COLOURS[0]))
        return tuple(rows)

    def check(self) -> None:
        specs = self.specs()
        seen: set[str] = set()
        for row, spec in enumerate(specs):
            try:
                checked = check_services((spec,))[0]
            except LettError as error:
                column = self.FIELD_COLUMNS.get(error.params.get("field", ""), 0)
                self.table.setCurrentCell(row, column)
                raise
            if checked.code in seen:
                self.table.setCurrentCell(row, 0)
            seen.add(checked.code)
        check_services(specs)

    def validatePage(self) -> bool:
        return self.finish() if self.finish is not None else super().validatePage()

    def field_widget(self, error: LettError) -> QWidget | None:
        return self.table


class SetupWizard(QWizard):
    """The setup of a new office. Accepted once the office is made; `office_id` and
    `admin_user` then say what was made."""

    def __init__(self, local: Local, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local = local
        self.actor = actor or staff_actor()
        self.office_id: str | None = None
        self.admin_user = ""
        self.working = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setMinimumSize(720, 540)
        self.office_page = SetupOfficePage(local)
        self.admin_page = SetupAdminPage()
        self.printer_page = SetupPrinterPage(local)
        self.services_page = SetupServicesPage()
        for page in (self.office_page, self.admin_page, self.printer_page,
                     self.services_page):
            self.addPage(page)
        self.services_page.finish = self._finish
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if not self.working:  # while the office is being made, the wizard waits for it
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lett \u2013 set up a new office"))
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.FinishButton, self.tr("Set up the office")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)

    def setup(self) -> OfficeSetup:
        office, admin = self.office_page, self.admin_page
        return OfficeSetup(
            code=office.code.text(), name=office.name.text(), address=office.address.text(),
            registry_code=office.registry_code.text(),
            services=self.services_page.specs(), admin_user=admin.user.text(),
            admin_name=admin.display_name.text(), admin_password=admin.password.text())

    def _finish(self) -> bool:
        """The last page's Finish: check it, then make the office on a worker thread; the
        wizard closes when that is done (a refusal is shown on the page)."""
        page = self.services_page
        if self.office_id is not None:
            return True
        if self.working or not _Page.validatePage(page):
            return False
        setup = self.setup()
        uri, profile = self.printer_page.chosen()
        self.working = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        _show(page.busy, self.tr("Setting up the office\u2026"), error=False)
        run_off_ui_thread(self, lambda: set_up_office(self.local.db, self.actor, setup),
                          lambda office_id, error: self._made(office_id, error, uri, profile))
        return False

    def _made(self, office_id: str | None, error: Exception | None, uri: str,
              profile: str) -> None:
        self.working = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.services_page.busy.hide()
        if error is not None:
            _show(self.services_page.message, _error_text(error), error=True)
            return
        self.office_id = office_id
        self.admin_user = self.setup().admin_user.strip().lower()
        settings = self.local.settings
        settings.set("printer.uri", uri)
        settings.set("printer.profile", profile)
        settings.save()
        self.accept()


def set_up_if_new(local: Local) -> bool:
    """Before the staff sign-in: on a data folder without an office (and not connected to a
    server, which brings its office with the first sync) run the setup. False when the person
    closed it without making an office."""
    if local.settings.get("server.url"):
        return True
    try:
        if has_office(local.db):
            return True
    except LettError:  # a store that cannot be opened: the sign-in shows why
        return True
    from app.ui.app import application

    application()
    install_language(local.settings.get("ui.language"))
    wizard = SetupWizard(local)
    try:
        wizard.exec()
        return wizard.office_id is not None
    finally:
        wizard.deleteLater()
