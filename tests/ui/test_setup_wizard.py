"""The first-run setup wizard, driven page by page as an admin fills it in: a refusal keeps the
page with the message a person sees, a test print reports what the printer did (a real printer
socket on 127.0.0.1), and Finish makes the office, its admin and this PC's printer setting."""

import contextlib
import socket
import threading

import pytest

from app import i18n
from app.core.errors import Invalid
from app.core.settings import Settings
from app.operations import accounts as acc
from app.operations import config as c
from app.operations.bootstrap import open_local
from app.operations.context import open_context, signed_out_actor, staff_actor
from app.operations.setup import has_office
from app.ui.qt import QApplication, Qt, QTimer, QWizard
from app.ui.setup_wizard import SetupWizard, set_up_if_new
from tests.ui.windows import when_shown

HEALTHY = {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12}
PAPER_OUT = {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72}


class SocketPrinter:
    """A network ticket printer on 127.0.0.1: keeps the bytes it gets and answers the status
    requests (DLE EOT n) with the given bytes."""

    def __init__(self, status=None):
        self.status = status or HEALTHY
        self.received = bytearray()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @property
    def uri(self):
        return f"tcp://127.0.0.1:{self.port}"

    def serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            with conn, contextlib.suppress(OSError):
                pending = bytearray()
                while chunk := conn.recv(65536):
                    self.received += chunk
                    pending += chunk
                    while (found := pending.find(b"\x10\x04")) >= 0 and len(pending) > found + 2:
                        number = pending[found + 2]
                        del pending[:found + 3]
                        if number in self.status:
                            conn.sendall(bytes((self.status[number],)))

    def close(self):
        self.stop.set()
        self.thread.join(2)
        self.server.close()


@pytest.fixture
def printer():
    made = []

    def make(status=None):
        made.append(SocketPrinter(status))
        return made[-1]

    yield make
    for p in made:
        p.close()


@pytest.fixture
def empty(tmp_path):
    """A data folder without an office, as on the first run."""
    loc = open_local(tmp_path / "new-home")
    yield loc
    loc.close()


@pytest.fixture
def wizard(qtbot, empty):
    w = SetupWizard(empty)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_in(field, text):
    field.clear()
    field.setText(text)


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def fill_office(page):
    type_in(page.name, "Tartu teenindusbüroo")
    type_in(page.code, "tartu")
    type_in(page.address, "Riia 15, Tartu")
    type_in(page.registry_code, "70000001")


def fill_admin(page, again="üks-kaks-kolm-neli"):
    type_in(page.user, "Mari")
    type_in(page.display_name, "Mari Maasikas")
    type_in(page.password, "üks-kaks-kolm-neli")
    type_in(page.again, again)


def set_cell(table, row, column, text):
    table.item(row, column).setText(text)


def test_the_wizard_sets_up_the_office_its_admin_and_printer(qtbot, wizard, empty, printer,
                                                              shoot, clock):
    office = wizard.office_page
    assert wizard.currentPage() is office
    shoot(wizard, "setup-1-office")
    fill_office(office)
    type_in(office.name, "   ")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is office
    assert office.message.isVisible()
    assert office.message.text() == "Office name cannot be empty."
    assert office.name.hasFocus()
    shoot(wizard, "setup-1-office-refused")
    qtbot.keyClicks(office.name, "Tartu")
    assert office.message.isHidden()
    fill_office(office)
    next_page(qtbot, wizard)

    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    fill_admin(admin, again="üks-kaks-kolm-viis")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is admin
    assert admin.message.text() == "The two new passwords are not the same. Type them again."
    shoot(wizard, "setup-2-admin-refused")
    fill_admin(admin)
    next_page(qtbot, wizard)

    page = wizard.printer_page
    assert wizard.currentPage() is page
    type_in(page.uri, "192.168.1.50:9100")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.message.text().startswith(
        "Printer address: \u201c192.168.1.50:9100\u201d is not a printer address.")
    device = printer()
    type_in(page.uri, device.uri)
    page.profile.setCurrentIndex(page.profile.findData("58mm"))
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("Printed"), timeout=5000)
    assert b"TEST" in device.received and b"\x1dV" in device.received  # a whole slip, cut
    assert page.test_button.isEnabled()
    shoot(wizard, "setup-3-printer")
    next_page(qtbot, wizard)

    services = wizard.services_page
    assert wizard.currentPage() is services
    table = services.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["A", "B", "C"]
    qtbot.mouseClick(services.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 4
    for column, text in enumerate(("a", "Elamisload", "Виды на жительство",
                                   "Residence permits")):
        set_cell(table, 3, column, text)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.currentPage() is services
    assert services.message.text() == ("The letter A is already used by the service "
                                       "\u201cPensionid\u201d. Choose another letter.")
    assert (table.currentRow(), table.currentColumn()) == (3, 0)
    shoot(wizard, "setup-4-services-refused")
    set_cell(table, 3, 0, "D")
    set_cell(table, 1, 2, " ")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert services.message.text() == "Service name (Russian) cannot be empty."
    assert (table.currentRow(), table.currentColumn()) == (1, 2)
    set_cell(table, 1, 2, "Пособия")
    assert services.message.isHidden()  # the refusal goes once the field is changed
    table.setCurrentCell(2, 1)
    qtbot.mouseClick(services.remove_button, Qt.MouseButton.LeftButton)  # C goes
    shoot(wizard, "setup-4-services")
    assert not has_office(empty.db)

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted.value,
                    timeout=10000)

    assert wizard.admin_user == "mari"
    ctx = open_context(empty.db, staff_actor(), clock=clock)
    config = c.office_config(ctx)
    assert (config.office.code, config.office.name, config.office.registry_code) == (
        "TARTU", "Tartu teenindusbüroo", "70000001")
    assert [(s.code, s.name_ru) for s in config.services] == [
        ("A", "Пенсии"), ("B", "Пособия"), ("D", "Виды на жительство")]
    assert config.counters == (c.CounterSpec(1, "Teeninduslett 1", "1", ("A", "B", "D")),)
    signed = acc.sign_in(open_context(empty.db, signed_out_actor()), "mari",
                         "üks-kaks-kolm-neli")
    assert signed.account.display_name == "Mari Maasikas"
    saved = Settings.load(empty.home / "settings.toml")
    assert (saved.get("printer.uri"), saved.get("printer.profile")) == (device.uri, "58mm")


def test_a_test_print_reports_paper_out_and_an_unreachable_printer(qtbot, wizard, printer,
                                                                    shoot):
    page = wizard.printer_page
    fill_office(wizard.office_page)
    wizard.next()
    fill_admin(wizard.admin_page)
    wizard.next()
    assert wizard.currentPage() is page
    empty_roll = printer(PAPER_OUT)
    type_in(page.uri, empty_roll.uri)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("Paper out"), timeout=5000)
    assert b"TEST" not in empty_roll.received  # it asked, and printed nothing
    shoot(wizard, "setup-3-printer-paper-out")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    type_in(page.uri, f"tcp://127.0.0.1:{port}")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("Unreachable"), timeout=8000)
    assert f"tcp://127.0.0.1:{port}" in page.result.text()
    type_in(page.uri, "lpt1")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Printer address: \u201clpt1\u201d is not")
    assert page.result.isHidden()


def test_the_wizard_speaks_the_language_chosen_on_it(qtbot, wizard, empty, shoot):
    office = wizard.office_page
    office.language.setCurrentIndex(office.language.findData("et"))
    qtbot.waitUntil(lambda: office.heading.text() == "Esindus")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Edasi >"
    next_page(qtbot, wizard)
    assert office.message.text() == i18n.error_text(Invalid("config_empty", field="office name"),
                                                    "et")
    assert office.message.text().endswith(" ei tohi olla tühi.")
    shoot(wizard, "setup-1-office-et")
    office.language.setCurrentIndex(office.language.findData("ru"))
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Lett \u2013 настройка нового офиса")
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Настроить офис"
    assert empty.settings.get("ui.language") == "ru"


def test_lett_on_an_empty_data_folder_starts_the_setup(qtbot, empty):
    def finish_setup(wizard):
        fill_office(wizard.office_page)
        wizard.next()
        fill_admin(wizard.admin_page)
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_shown(SetupWizard, finish_setup)
    assert set_up_if_new(empty)
    assert has_office(empty.db)
    assert set_up_if_new(empty)  # now it has an office: no wizard, straight on


def test_closing_the_setup_makes_nothing(qtbot, empty):
    when_shown(SetupWizard, lambda wizard: wizard.reject())
    assert not set_up_if_new(empty)
    assert not has_office(empty.db)


def test_a_connected_pc_gets_its_office_by_sync_not_by_setup(empty):
    empty.settings.set("server.url", "https://lett.example:8470")
    assert set_up_if_new(empty)
    assert not has_office(empty.db)


def test_lett_sets_up_the_office_then_signs_the_admin_in(qtbot, tmp_path, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("LETT_LANG", "en")
    seen = []

    def step():
        for window in QApplication.topLevelWidgets():
            name = type(window).__name__
            if not window.isVisible() or name in seen:
                continue
            if name == "SetupWizard":
                seen.append(name)
                fill_office(window.office_page)
                window.next()
                fill_admin(window.admin_page)
                window.next()
                window.next()
                window.button(QWizard.WizardButton.FinishButton).click()
            elif name == "SignInDialog":
                seen.append(name)
                window.user.setText("mari")
                window.password.setText("üks-kaks-kolm-neli")
                window.submit()
            elif name == "MainWindow":
                seen.append(name)
                QTimer.singleShot(300, lambda: QApplication.exit(0))
                return
        QTimer.singleShot(100, step)

    QTimer.singleShot(100, step)
    assert main(["--home", str(tmp_path / "first-run")]) == 0
    assert seen == ["SetupWizard", "SignInDialog", "MainWindow"]


def test_closing_the_wizard_while_a_test_print_runs_is_harmless(qtbot, empty, printer):
    from app.ui import setup_wizard
    from app.ui.qt import QCoreApplication, QEvent

    silent = printer(status={})  # takes the slip, never answers the status requests
    wizard = SetupWizard(empty)
    wizard.show()
    type_in(wizard.printer_page.uri, silent.uri)
    wizard.printer_page.test_print()
    assert setup_wizard._running
    wizard.close()
    wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.waitUntil(lambda: not setup_wizard._running, timeout=15000)
    qtbot.waitUntil(lambda: b"TEST" in silent.received, timeout=5000)


def test_the_wizard_stays_open_while_the_office_is_being_made(qtbot, wizard):
    wizard.working = True
    wizard.reject()
    assert wizard.isVisible()
    wizard.working = False
    wizard.reject()
    assert not wizard.isVisible()
