"""The admin configuration dialog, driven as an admin would: every page saves through its
operation, a bad value is refused with the message a person reads and its field marked, and
only admins reach it."""

import socket

import pytest

from app.core.permissions import Actor, Role
from app.operations import accounts as acc
from app.operations import config as cfg
from app.operations import queue as q
from app.operations.context import staff_actor
from app.ui.qt import QMessageBox, Qt
from tests.printer_fake import FakePrinter

ADMIN = Actor("mari", frozenset({Role.ADMIN}))


@pytest.fixture
def dialog(qtbot, local, make_runner):
    from app.ui.config.dialog import ConfigDialog

    def make(actor=ADMIN):
        runner = make_runner(actor)
        window = ConfigDialog(runner, local.settings, local)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.config is not None or window.banner.isVisible())
        return window

    return make


def page_of(window, kind):
    window.index.setCurrentRow(window.pages.index(window.page(kind)))
    return window.page(kind)


def save(qtbot, page):
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    return page.banner.text()


def test_the_office_page_refuses_a_bad_registry_code_then_saves(qtbot, dialog, staff, shoot):
    from app.ui.config.office import OfficePage

    window = dialog()
    page = page_of(window, OfficePage)
    assert page.name.text() == "Tallinna teenindusbüroo"
    page.name.setText("Tartu teenindusbüroo")
    page.registry.setText("123")
    page.hours.edits["mon"].setText("08:30-12:00, 13:00-16:30")
    text = save(qtbot, page)
    assert text == ("\u201c123\u201d is not a registry code: an Estonian registry code has 8 "
                    "digits.")
    assert page.banner.kind == "error" and "border" in page.registry.styleSheet()
    assert cfg.office_config(staff).office.name == "Tallinna teenindusbüroo"  # nothing saved
    shoot(window, "config-office-refused")
    page.registry.setText("70000001")
    assert save(qtbot, page) == "The office is saved."
    saved = cfg.office_config(staff)
    assert (saved.office.name, saved.office.registry_code) == ("Tartu teenindusbüroo",
                                                               "70000001")
    assert saved.settings["office.hours"] == {"mon": ["08:30-12:00", "13:00-16:30"]}
    assert page.registry.styleSheet() == ""


def test_hours_that_end_before_they_start_are_refused_on_the_page(qtbot, dialog, staff):
    from app.ui.config.office import OfficePage

    page = page_of(dialog(), OfficePage)
    page.hours.edits["fri"].setText("16:00-08:00")
    assert save(qtbot, page) == ("Opening hours of fri: \u201c16:00-08:00\u201d ends before it "
                                 "starts. Give the opening time first.")
    assert cfg.office_settings(staff)["office.hours"] == {}


def test_a_logo_file_is_taken_and_shown(qtbot, dialog, staff, tmp_path):
    from app.ui.config.office import OfficePage
    from app.ui.qt import QColor, QImage

    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6feb"))
    path = tmp_path / "logo.png"
    image.save(str(path))
    page = page_of(dialog(), OfficePage)
    page.set_logo_file(path)
    assert not page.logo_view.pixmap().isNull()
    assert save(qtbot, page) == "The office is saved."
    assert cfg.office_config(staff).office.logo == path.read_bytes()
    page.set_logo_file(tmp_path / "missing.png")
    assert page.banner.text().startswith("The file cannot be read")


def test_a_new_service_needs_a_free_letter(qtbot, dialog, staff, shoot):
    from app.ui.config.services import ServicesPage

    window = dialog()
    page = page_of(window, ServicesPage)
    assert page.table.rowCount() == 3
    page.new()
    page.letter.setText("b")
    page.name_et.setText("Elamisload")
    page.name_ru.setText("Виды на жительство")
    page.name_en.setText("Residence permits")
    assert save(qtbot, page) == ("The letter B is already used by the service \u201cToetused ja "
                                 "hüvitised\u201d. Choose another letter.")
    assert "border" in page.letter.styleSheet()
    page.letter.setText("D")
    page.name_ru.setText("")
    assert save(qtbot, page) == "Service name (Russian) cannot be empty."
    page.name_ru.setText("Виды на жительство")
    page.limit.setValue(40)
    assert save(qtbot, page) == "The service is saved."
    qtbot.waitUntil(lambda: page.table.rowCount() == 4)
    assert page.table.item(3, 0).text() == "D" and page.table.item(3, 3).text() == "40"
    shoot(window, "config-services")
    assert q.issue_ticket(staff, "D").number == "D001"


def test_a_counter_needs_a_service(qtbot, dialog, staff):
    from app.ui.config.counters import CountersPage

    page = page_of(dialog(), CountersPage)
    page.new()
    assert page.number.value() == 4
    page.name.setText("Teeninduslett 4")
    assert save(qtbot, page) == "Counter services: choose at least one service."
    page.service_checks["C"].setChecked(True)
    assert save(qtbot, page) == "The counter is saved."
    assert cfg.office_config(staff).counters[-1] == cfg.CounterSpec(4, "Teeninduslett 4", "4",
                                                                     ("C",))


def test_the_printer_page_checks_the_address_and_test_prints(qtbot, dialog, local, shoot):
    from app.ui.config.printer import PrinterPage

    window = dialog()
    page = page_of(window, PrinterPage)
    page.uri.setText("tcp://printer.local:notaport")
    assert save(qtbot, page).startswith("The printer connection is not valid")
    assert local.settings.get("printer.uri") != "tcp://printer.local:notaport"
    printer = FakePrinter()
    try:
        page.uri.setText(printer.uri)
        page.profile.setCurrentIndex(page.profile.findData("58mm"))
        assert save(qtbot, page) == "The printer of this PC is saved."
        assert (local.settings.get("printer.uri"), local.settings.get("printer.profile")) == (
            printer.uri, "58mm")
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.result.text().startswith("Printed"), timeout=10000)
        assert b"\x1dV" in bytes(printer.received)  # the test ticket was cut
        shoot(window, "config-printer-printed")
    finally:
        printer.close()
    out_of_paper = FakePrinter(status={4: 0x72})
    try:
        page.uri.setText(out_of_paper.uri)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.result.text().startswith("Not printed"), timeout=10000)
        assert page.result.text() == "Not printed: the printer is out of paper."
    finally:
        out_of_paper.close()
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    local.settings.set("printer.timeout", 1.0)
    page.uri.setText(f"tcp://127.0.0.1:{port}")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in page.result.text(), timeout=10000)


def test_kiosk_display_and_retention_pages_save_the_office_settings(qtbot, dialog, staff,
                                                                     local):
    from app.ui.config.display import DisplayPage
    from app.ui.config.kiosk import KioskPage
    from app.ui.config.retention import RetentionPage

    window = dialog()
    kiosk = page_of(window, KioskPage)
    kiosk.service_checks["B"].setChecked(False)
    kiosk.languages["ru"].setChecked(False)
    kiosk.pin.setText("12a4")
    assert save(qtbot, kiosk) == "Admin PIN must be 4 to 12 digits."
    kiosk.pin.setText("2468")
    kiosk.idle.setValue(40)
    assert save(qtbot, kiosk) == "The kiosk settings are saved."
    display = page_of(window, DisplayPage)
    display.calls.setValue(4)
    display.layout_choice.setCurrentIndex(display.layout_choice.findData("calls_only"))
    assert save(qtbot, display) == "The display settings are saved."
    assert local.settings.get("display.speech")  # this PC's voice: on unless switched off
    retention = page_of(window, RetentionPage)
    retention.visitors.setValue(90)
    assert save(qtbot, retention) == "The retention periods are saved."
    settings = cfg.office_settings(staff)
    assert settings["kiosk.services"] == ["A", "C"]
    assert settings["kiosk.languages"] == ["et", "en"]
    assert (settings["kiosk.admin_pin"], settings["kiosk.idle_seconds"]) == ("2468", 40)
    assert (settings["display.calls_shown"], settings["display.layout"]) == (4, "calls_only")
    assert settings["retention.visitor_days"] == 90


def test_users_are_added_with_a_one_time_password_and_roles_changed(qtbot, dialog, staff):
    from app.ui.config.users import UsersPage

    acc.create_account(staff, "mari", "Mari Maasikas", "admin", "kevad-2026-lumi")
    window = dialog()
    page = page_of(window, UsersPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.new()
    page.user.setText("jaan")
    page.display.setText("Jaan Tamm")
    page.roles.set_roles(frozenset({Role.COUNTER}))
    assert save(qtbot, page) == "The user is added."
    password = page.password_note.text().split(": ", 1)[1].split("\n")[0]
    signed = acc.sign_in(staff, "jaan", password)
    assert signed.actor.roles == frozenset({Role.COUNTER}) and signed.must_change_password
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    page.roles.set_roles(frozenset({Role.COUNTER, Role.DESK}))
    assert save(qtbot, page) == "The roles are saved."
    accounts = {a.user_name: a for a in acc.list_accounts(staff)}
    assert accounts["jaan"].roles == frozenset({Role.COUNTER, Role.DESK})


def test_a_desk_person_is_refused_by_the_operations(qtbot, dialog):
    window = dialog(Actor("kati", frozenset({Role.DESK})))
    assert window.config is None
    assert window.banner.text() == ("kati may not change the office configuration. Ask an "
                                    "administrator for the right role.")


def test_only_admins_see_the_configuration_in_the_menu(qtbot, local, make_runner, monkeypatch):
    from app.ui.main_window import MainWindow

    desk = MainWindow(make_runner(Actor("kati", frozenset({Role.DESK}))), local.settings,
                      actor=Actor("kati", frozenset({Role.DESK})), local=local)
    admin = MainWindow(make_runner(staff_actor()), local.settings, actor=staff_actor(),
                       local=local)
    qtbot.addWidget(desk)
    qtbot.addWidget(admin)
    assert not desk.a_configure.isVisible()
    assert admin.a_configure.isVisible()
    assert admin.a_configure.text() == "&Configuration\u2026"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)



def test_the_configuration_goes_out_to_a_file_and_back(qtbot, dialog, staff, tmp_path,
                                                       monkeypatch):
    window = dialog()
    path = tmp_path / "office.toml"
    window.export_file(str(path))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.text() == f"The configuration is written to {path}."
    before = cfg.office_config(staff)
    cfg.remove_service(staff, "C")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.import_file(str(path))
    qtbot.waitUntil(lambda: "is taken" in window.banner.text(), timeout=5000)
    assert [s.code for s in cfg.office_config(staff).services] == [s.code for s in
                                                                   before.services]
    broken = tmp_path / "broken.toml"
    broken.write_text("[office\nname = 1", encoding="utf-8")
    window.import_file(str(broken))
    qtbot.waitUntil(lambda: "cannot be read" in window.banner.text(), timeout=5000)
    assert window.banner.kind == "error"


def test_the_templates_page_is_the_template_editor(qtbot, dialog):
    from app.ui.template_editor import TemplatesPage

    window = dialog()
    qtbot.waitUntil(lambda: window.templates_added)
    page = window.pages[-1]
    assert isinstance(page, TemplatesPage)
    assert window.index.item(window.index.count() - 1).text() == "Notice templates"


def test_the_visitors_page_keeps_purposes_specialists_and_the_check_out_time(qtbot, dialog,
                                                                            staff):
    from app.operations import visitors
    from app.ui.config.visitors import VisitorsPage

    window = dialog()
    page = page_of(window, VisitorsPage)
    page.checkout.setText("7 pm")
    assert save(qtbot, page) == "Check-out time: \u201c7 pm\u201d is not a time of day like 18:00."
    page.checkout.setText("19:00")
    assert save(qtbot, page) == "The check-out time is saved."
    assert cfg.office_settings(staff)["visitors.checkout_at"] == "19:00"
    page.h_name.setText("Kati Karu")
    page.h_email.setText("kati.karu@example")
    qtbot.mouseClick(page.h_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.kind == "error", timeout=5000)
    page.h_email.setText("kati.karu@example.ee")
    qtbot.mouseClick(page.h_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.host_table.rowCount() == 1, timeout=5000)
    page.p_route.setCurrentIndex(page.p_route.findData("specialist"))
    assert page.p_target.currentText() == "Kati Karu"
    page.p_code.setText("meeting")
    page.p_et.setText("Kohtumine")
    qtbot.mouseClick(page.p_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.purpose_table.rowCount() == 1, timeout=5000)
    assert page.purpose_table.item(0, 2).text() == "Kati Karu"
    page.p_code.setText("meeting")
    page.p_et.setText("Teine")
    qtbot.mouseClick(page.p_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.kind == "error", timeout=5000)
    assert page.banner.text() == "There is already a purpose of visit with the code meeting."
    assert [p.code for p in visitors.list_purposes(staff)] == ["meeting"]


def test_admins_keep_the_watch_list_on_the_visitors_page(qtbot, dialog, staff):
    from app.operations import visitors
    from app.ui.config.visitors import VisitorsPage

    page = page_of(dialog(), VisitorsPage)
    page.w_name.setText("  ")
    qtbot.mouseClick(page.w_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.kind == "error", timeout=5000)
    page.w_name.setText("Jaan Tamm")
    page.w_reason.setText("Ähvardas töötajaid")
    qtbot.mouseClick(page.w_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.watch_table.rowCount() == 1, timeout=5000)
    assert page.watch_table.item(0, 0).text() == "Jaan Tamm"
    # The desk is alerted on a near match of the name.
    done = visitors.register_visit(staff, visitors.VisitorForm("Tämm Jaan"))
    assert done.alerts
    page.watch_table.selectRow(0)
    qtbot.mouseClick(page.w_remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.watch_table.rowCount() == 0, timeout=5000)
    assert visitors.list_watch_entries(staff) == []


def test_the_register_page_keeps_series_and_document_types_with_deadlines(qtbot, dialog,
                                                                          staff, shoot):
    from app.operations import register as r
    from app.ui.config.register import RegisterPage

    window = dialog()
    page = page_of(window, RegisterPage)
    qtbot.waitUntil(lambda: page.types_table.rowCount() == 6, timeout=5000)
    page.index.setText("1-2")
    page.pattern.setText("{S}/{DA}-{3DN")
    qtbot.mouseClick(page.series_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    assert "{3DN" in page.banner.text() and r.list_series(staff) == []
    page.pattern.setText("{S}/{DA}-{3DN}")
    page.name.setText("Teabenõuded")
    qtbot.mouseClick(page.series_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.series_table.rowCount() == 1, timeout=5000)
    assert [(s.series_index, s.pattern) for s in r.list_series(staff)] == [
        ("1-2", "{S}/{DA}-{3DN}")]
    page._add_type_row({})
    row = page.types_table.rowCount() - 1
    page.types_table.item(row, 0).setText("complaint")
    page.types_table.item(row, 1).setText("Kaebus")
    page.types_table.cellWidget(row, 2).setValue(30)
    page.types_table.cellWidget(row, 3).setCurrentIndex(
        page.types_table.cellWidget(row, 3).findData("calendar_days"))
    page.types_table.cellWidget(row, 5).setValue(10)
    page.types_table.cellWidget(row, 6).setCurrentIndex(
        page.types_table.cellWidget(row, 6).findData("calendar_days"))
    assert save(qtbot, page) == (
        "Extension: the extension of complaint must end later than its deadline.")
    page.types_table.cellWidget(row, 5).setValue(60)
    assert save(qtbot, page) == "The document types and their deadlines are saved."
    assert "complaint" in r.deadline_rules(staff)
    shoot(page, "config-register")


def test_the_scanning_page_keeps_this_pcs_scanner_and_scan_folder(qtbot, dialog, local,
                                                                  tmp_path):
    from app.ui.config.scan import ScanPage

    window = dialog()
    page = page_of(window, ScanPage)
    page.watch.setText(str(tmp_path / "puudub"))
    assert "does not exist" in save(qtbot, page)
    page.watch.setText(str(tmp_path))
    page.scanner.setText("escl:http://192.168.1.20/eSCL")
    page.resolution.setCurrentIndex(page.resolution.findData(200))
    assert save(qtbot, page) == "The scanning settings of this PC are saved."
    assert local.settings.get("scan.watch_folder") == str(tmp_path)
    assert local.settings.get("scan.resolution") == 200
    assert local.settings.get("scan.scanner") == "escl:http://192.168.1.20/eSCL"


def test_a_display_pc_keeps_its_voice_and_volume_in_its_settings_file(qtbot, dialog, local,
                                                                     tmp_path):
    from app.core.settings import Settings
    from app.ui.config.display import DisplayPage
    from app.ui.config.kiosk import KioskPage

    window = dialog()
    display = page_of(window, DisplayPage)
    assert display.speech.isChecked() and display.volume.value() == 80
    display.speech.setChecked(False)
    display.volume.setValue(55)
    display.voice_folder.setText(str(tmp_path / "no such folder"))
    assert save(qtbot, display).startswith("The folder of recorded fragments does not exist")
    display.voice_folder.setText(str(tmp_path))
    assert save(qtbot, display) == "The display settings are saved."
    kiosk = page_of(window, KioskPage)
    kiosk.read_aloud.setChecked(False)
    kiosk.volume.setValue(30)
    assert save(qtbot, kiosk) == "The kiosk settings are saved."
    written = Settings.load(local.settings.path)
    assert written.get("display.speech") is False
    assert (written.get("display.volume"), written.get("display.voice_folder")) == (
        55, str(tmp_path))
    assert (written.get("kiosk.read_aloud"), written.get("kiosk.volume")) == (False, 30)


def test_empty_opening_hours_say_open_until_a_day_has_hours_then_closed(qtbot):
    from app.ui.config.helpers import HoursEdit

    hours = HoursEdit()
    qtbot.addWidget(hours)
    assert hours.edits["sat"].placeholderText() == "open at any time (no hours set)"
    hours.edits["mon"].setText("08:30-16:30")
    assert hours.edits["sat"].placeholderText() == "closed"
    hours.edits["mon"].clear()
    assert hours.edits["sat"].placeholderText() == "open at any time (no hours set)"


def test_the_topics_page_keeps_the_topic_tree_and_each_services_default(qtbot, dialog, staff,
                                                                        shoot):
    from app.operations import contacts
    from app.ui.config.topics import TopicsPage

    window = dialog()
    page = page_of(window, TopicsPage)
    page.code.setText("pension")
    assert save(qtbot, page) == "Topic name cannot be empty."
    page.name_et.setText("Pension")
    page.name_ru.setText("Пенсия")
    page.service.setCurrentIndex(page.service.findData("A"))
    assert save(qtbot, page) == "The topic is saved."
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.code.setText("pension abroad")
    page.name_et.setText("Pension välismaal")
    page.service.setCurrentIndex(0)
    assert "cannot be a topic code" in save(qtbot, page)
    page.code.setText("pension-abroad")
    page.parent_box.setCurrentIndex(page.parent_box.findData("pension"))
    assert save(qtbot, page) == "The topic is saved."
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    shoot(window, "config-topics")
    topics = contacts.list_topics(staff)
    assert [(t.code, t.depth, t.service_code) for t in topics] == [
        ("pension", 0, "A"), ("pension-abroad", 1, None)]
    page.table.selectRow(1)
    assert page.code.text() == "pension-abroad"
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert [t.code for t in contacts.list_topics(staff)] == ["pension"]


def cut_texts(page):
    """What the page shows cut: a table's header narrower than its text (of the columns it
    shows), a label, check box or button narrower than its text, a scroll bar sideways."""
    from app.ui.qt import QCheckBox, QLabel, QPushButton, QScrollArea, QTableWidget

    cut = []
    for table in page.findChildren(QTableWidget):
        if not table.isVisibleTo(page):
            continue
        header = table.horizontalHeader()
        if table.horizontalScrollBar().isVisibleTo(page):
            cut.append(f"sideways scroll bar in {table.objectName() or 'a table'}")
        for col in range(table.columnCount()):
            if header.isSectionHidden(col):
                continue
            item = table.horizontalHeaderItem(col)
            text = item.text() if item is not None else ""
            if text and header.sectionSize(col) < header.fontMetrics().horizontalAdvance(text):
                cut.append(f"header {text!r} {header.sectionSize(col)} px")
    for kind in (QLabel, QCheckBox, QPushButton):
        for widget in page.findChildren(kind):
            if not widget.isVisibleTo(page) or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() < widget.minimumSizeHint().width():
                cut.append(f"{kind.__name__} {widget.text()!r} {widget.width()} px")
    for area in page.findChildren(QScrollArea):
        if area.isVisibleTo(page) and area.horizontalScrollBar().isVisibleTo(page):
            cut.append(f"sideways scroll bar in {area.objectName() or type(area).__name__}")
    return cut


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_no_page_cuts_a_text_or_scrolls_sideways_in_any_language(qtbot, dialog, screen):
    from app.ui.config.dialog import opening_size
    from app.ui.qt import QApplication, QSize
    from app.ui.qt_i18n import install_language

    window = dialog()
    qtbot.waitUntil(lambda: window.templates_added, timeout=5000)
    # the size it opens at on such a screen, its taskbar taking 40 px
    size = opening_size(QSize(screen[0], screen[1] - 40))
    assert size.width() <= screen[0] - 40 and size.height() <= screen[1] - 80
    window.resize(size)
    try:
        for lang in ("et", "ru", "en"):
            install_language(lang)
            for row, page in enumerate(window.pages):
                window.index.setCurrentRow(row)
                for _ in range(3):
                    QApplication.processEvents()
                assert cut_texts(page) == [], (lang, window.index.item(row).text())
    finally:
        install_language("en")


def test_the_template_id_is_never_cut(qtbot, dialog):
    from app.ui.template_editor import TemplatesPage

    window = dialog()
    qtbot.waitUntil(lambda: window.templates_added, timeout=5000)
    page = page_of(window, TemplatesPage)
    qtbot.waitUntil(lambda: page.template_id.text() != "", timeout=5000)
    for text in ("certificate", "poa_regular_user", "usage_contract"):
        page.template_id.setText(text)
        window.resize(800, 560)  # the least the dialog takes
        wide = page.template_id.fontMetrics().horizontalAdvance(text) + 8
        qtbot.waitUntil(lambda wide=wide: page.template_id.width() >= wide, timeout=2000)


def test_the_kiosk_and_counters_pages_name_services_in_the_windows_language(qtbot, dialog):
    from app.ui.config.counters import CountersPage
    from app.ui.config.kiosk import KioskPage
    from app.ui.qt import QApplication
    from app.ui.qt_i18n import install_language

    window = dialog()
    kiosk, counters = page_of(window, KioskPage), page_of(window, CountersPage)
    names = {"et": ("Pensionid", "Toetused ja hüvitised"),
             "ru": ("Пенсии", "Пособия и компенсации"),
             "en": ("Pensions", "Benefits")}
    try:
        for lang in ("ru", "et", "en"):
            install_language(lang)
            QApplication.processEvents()
            for page in (kiosk, counters):
                shown = [page.service_checks[c].text() for c in ("A", "B")]
                assert shown == [f"A \u2013 {names[lang][0]}", f"B \u2013 {names[lang][1]}"], \
                    (lang, type(page).__name__)
        # loaded (again) while Russian is the window's language
        install_language("ru")
        for page in (kiosk, counters):
            page.load(window.config)
            assert page.service_checks["C"].text() == "C \u2013 Документы и справки"
    finally:
        install_language("en")


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_the_template_fields_fit_without_scrolling_sideways(qtbot, dialog, screen):
    """The fields table shows the columns that fit, headers whole, in every language; the
    others are in the chosen field's details, and what is edited there is the template's."""
    from app.ui.config.dialog import opening_size
    from app.ui.qt import QApplication, QSize
    from app.ui.qt_i18n import install_language
    from app.ui.template_editor import ID, LABEL_COLUMNS, TemplatesPage

    window = dialog()
    qtbot.waitUntil(lambda: window.templates_added, timeout=5000)
    window.resize(opening_size(QSize(screen[0], screen[1] - 40)))
    page = page_of(window, TemplatesPage)
    qtbot.waitUntil(lambda: page.list.count() == 7, timeout=5000)
    page.list.setCurrentRow([t.id for t in page.templates].index("decision"))
    table = page.fields
    qtbot.waitUntil(lambda: table.rowCount() > 3)
    try:
        for lang in ("et", "ru", "en"):
            install_language(lang)
            for _ in range(3):
                QApplication.processEvents()
            shown = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
            assert {ID, LABEL_COLUMNS[lang]} <= set(shown), (lang, shown)
            assert cut_texts(page) == [], lang
            assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width(), (
                lang, [(c, table.columnWidth(c), table.sizeHintForColumn(c)) for c in shown],
                table.horizontalHeader().length())
            if screen == (1366, 768):
                assert len(shown) < table.columnCount()
        # what checking said is said again in the language chosen
        install_language("ru")
        qtbot.waitUntil(lambda: page.problem.text().startswith("Шаблон полный"), timeout=3000)
        install_language("en")
        # the details hold every property, those of hidden columns too, and edit the row
        table.selectRow(0)
        assert page.details_button.isEnabled()
        details = page.edit_field()
        qtbot.addWidget(details)
        assert details.labels["ru"].text() == "Имя заявителя"
        assert details.required.isChecked() and details.kind.currentText() == "text"
        details.labels["ru"].setText("Ф. И. О. заявителя")
        details.required.setChecked(False)
        details.accept()
        field = page.edited().fields[0]
        assert (field.labels["ru"], field.required) == ("Ф. И. О. заявителя", False)
        assert page.check() is not None
    finally:
        install_language("en")
