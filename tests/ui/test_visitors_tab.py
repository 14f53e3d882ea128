"""The staff window's Visitors tab, used as a person at the reception desk uses it."""

import os
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from app.core.visitors import Route
from app.operations import visitors as v
from app.store.models import PersonalDataAccess, VisitorRegistration
from app.ui.page_viewer import ViewerWindow
from app.ui.qt import Qt
from app.ui.qt_i18n import install_language

CODE = "37605030299"


@pytest.fixture
def purposes(staff):
    host = v.add_specialist(staff, "Kati Karu", unit="Pensionid", room="204",
                            email="kati.karu@example.ee")
    return {
        "pension": v.add_purpose(staff, "pension", {"et": "Pension", "ru": "Пенсия",
                                                    "en": "Pension"}, Route.QUEUE, "A"),
        "meeting": v.add_purpose(staff, "meeting", {"et": "Kohtumine", "ru": "Встреча",
                                                    "en": "Meeting"}, Route.SPECIALIST,
                                 specialist_id=host.id, retention_days=90),
    }


@pytest.fixture
def window(qtbot, local, make_runner, purposes, tmp_path):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    runner = make_runner(staff_actor())
    win = MainWindow(runner, local.settings)
    win.visitors_tab.data_folder = tmp_path / "docs"
    win.visitors_tab.open_documents = False
    qtbot.addWidget(win)
    win.show_tab(win.visitors_tab)
    win.show()
    qtbot.waitUntil(lambda: win.visitors_tab.data is not None)
    yield win
    runner.close()


def settle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.refresh.loading)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, tab, **values):
    for name, value in values.items():
        edit = tab.inputs[name]
        edit.clear()
        qtbot.keyClicks(edit, value)
        edit.editingFinished.emit()


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def registrations(local):
    with local.db.read() as s:
        return list(s.query(VisitorRegistration))


def test_faults_show_in_their_place_as_typed_and_nothing_is_registered(qtbot, window,
                                                                         local, shoot):
    tab = window.visitors_tab
    fill(qtbot, tab, id_code="37605030298", phone="helista", email="mari@")
    assert tab.faults["id_code"].isVisible()
    assert "check digit" in tab.faults["id_code"].text()
    assert "is not a phone number" in tab.faults["phone"].text()
    assert "is not an e-mail address" in tab.faults["email"].text()
    click(qtbot, tab.register_button)
    assert tab.faults["name"].text() == "The visitor's name is required."
    shoot(window, "visitors-faults")
    settle(qtbot, tab)
    assert registrations(local) == []
    fill(qtbot, tab, id_code="37605030299")
    assert not tab.faults["id_code"].isVisible()
    fill(qtbot, tab, id_code="37602300291")
    assert "real date of birth" in tab.faults["id_code"].text()


def test_messages_and_faults_never_move_the_form_under_the_mouse(qtbot, window):
    tab = window.visitors_tab

    def places():
        widgets = [*tab.inputs.values(), tab.register_button, tab.pages]
        return [w.mapTo(window, w.rect().topLeft()) for w in widgets]

    before = places()
    fill(qtbot, tab, id_code="37605030298", phone="helista", email="mari@")
    click(qtbot, tab.register_button)
    assert tab.faults["name"].isVisible()
    tab.banner.show_error("A message long enough to take more than one line of the banner "
                          "above the lists, as the longer messages in Russian do.")
    tab.alert.show_error("Watch list: Mari Maasikas is close to the listed name.")
    qtbot.wait(50)
    assert places() == before


def test_register_sends_the_visitor_to_the_queue_with_a_ticket(qtbot, window, local, shoot):
    tab = window.visitors_tab
    fill(qtbot, tab, name="Mari Maasikas", id_code=CODE, phone="+372 5123 4567")
    choose(tab.purpose, "Pension")
    assert "a ticket is issued" in tab.route_label.text()
    choose(tab.lang, "Русский")
    click(qtbot, tab.register_button)
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    assert "Ticket A001" in tab.banner.text()
    assert tab.inputs["name"].text() == ""  # the form is ready for the next visitor
    assert tab.inside.item(0, 0).text() == "Mari Maasikas"
    assert tab.inside.item(0, 2).text() == "Pension (A001)"
    assert tab.inside.item(0, 5).text() == "\u2022" * 7 + "0299"
    [row] = registrations(local)
    assert row.lang == "ru" and row.ticket_number == "A001"
    shoot(window, "visitors-registered", readme=True)


def test_someone_already_in_is_refused_and_the_form_kept(qtbot, window):
    tab = window.visitors_tab
    fill(qtbot, tab, name="Mari Maasikas", id_code=CODE)
    click(qtbot, tab.register_button)
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    fill(qtbot, tab, name="Mari Maasikas", id_code=CODE)
    click(qtbot, tab.register_button)
    qtbot.waitUntil(lambda: "already in the building" in tab.banner.text())
    assert tab.inputs["name"].text() == "Mari Maasikas"
    assert tab.inside.rowCount() == 1


def test_specialist_route_and_watch_list_alert(qtbot, window, staff):
    v.add_watch_entry(staff, "Jüri Mänd", "Ohustas töötajat")
    tab = window.visitors_tab
    fill(qtbot, tab, name="Juri Mand")
    choose(tab.purpose, "Meeting")
    assert "Kati Karu" in tab.route_label.text()
    click(qtbot, tab.register_button)
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    assert "Host: Kati Karu, room 204" in tab.banner.text()
    assert tab.alert.isVisible() and "Jüri Mänd" in tab.alert.text()
    assert tab.inside.item(0, 3).text() == "Kati Karu, 204"


def test_check_out_by_hand_and_by_scanning_the_badge(qtbot, window, staff, local):
    a = v.register_visit(staff, v.VisitorForm("Mari Maasikas"))
    b = v.register_visit(staff, v.VisitorForm("Jaan Tamm"))
    tab = window.visitors_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 2)
    tab.inside.selectRow(0)
    click(qtbot, tab.check_out_button)
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    assert "Mari Maasikas has left the building." in tab.banner.text()
    qtbot.keyClicks(tab.scan, f"LETT-BADGE:{b.badge_token}")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 0)
    qtbot.keyClicks(tab.scan, f"LETT-BADGE:{b.badge_token}")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already left" in tab.banner.text())
    assert a.registration.id != b.registration.id


def test_an_expected_visitor_is_checked_in_with_one_click(qtbot, window, staff, clock, purposes):
    v.add_expected(staff, v.VisitorForm("Olga Ivanova", organisation="OÜ Näide",
                                        purpose_id=purposes["meeting"].id),
                   clock.at + timedelta(hours=1))
    tab = window.visitors_tab
    tab.refresh.request()
    tab.pages.setCurrentWidget(tab.expected_page)
    qtbot.waitUntil(lambda: tab.expected.rowCount() == 1)
    tab.expected.selectRow(0)
    click(qtbot, tab.check_in_button)
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    assert tab.inside.item(0, 0).text() == "Olga Ivanova"
    qtbot.waitUntil(lambda: tab.expected.item(0, 4).text() == "yes")


def test_an_empty_search_says_so_when_the_visitor_is_in_the_building(qtbot, window, staff):
    from app.ui.qt import QDate

    v.register_visit(staff, v.VisitorForm("Mari Maasikas"))
    tab = window.visitors_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    tab.pages.setCurrentWidget(tab.search_page)
    tab.s_use_dates.setChecked(True)
    # Days that do not include today's arrival.
    tab.s_from.setDate(QDate(2000, 1, 1))
    tab.s_to.setDate(QDate(2000, 1, 31))
    qtbot.keyClicks(tab.s_name, "maasikas")
    click(qtbot, tab.search_button)
    settle(qtbot, tab)
    assert tab.results.rowCount() == 0
    assert tab.banner.text() == ("No past visits found, but Mari Maasikas is in the building "
                                 "now: see \u201cIn the building\u201d.")


def test_search_and_asking_to_see_the_code_are_logged(qtbot, window, staff, local, shoot):
    v.register_visit(staff, v.VisitorForm("Mari-Liis Õunapuu", CODE, organisation="Näide AS"))
    tab = window.visitors_tab
    tab.pages.setCurrentWidget(tab.search_page)
    qtbot.keyClicks(tab.s_name, "ounap")
    click(qtbot, tab.search_button)
    qtbot.waitUntil(lambda: tab.results.rowCount() == 1)
    assert tab.results.item(0, 5).text() == "\u2022" * 7 + "0299"
    tab.results.selectRow(0)
    click(qtbot, tab.results_reveal)
    qtbot.waitUntil(lambda: tab.results.item(0, 5).text() == CODE)
    shoot(window, "visitors-search")
    with local.db.read() as s:
        actions = [r.action for r in s.query(PersonalDataAccess).order_by(PersonalDataAccess.at,
                                                                          PersonalDataAccess.id)]
    # The tab's own listing of who is in may be recorded in between.
    assert [a for a in actions if a != "list"] == ["register", "search", "reveal"]


def test_the_code_shown_in_the_building_list_stays_and_is_logged_once(qtbot, window, staff,
                                                                      local):
    v.register_visit(staff, v.VisitorForm("Mari-Liis Õunapuu", CODE))
    tab = window.visitors_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    tab.inside.selectRow(0)
    for _ in range(3):
        click(qtbot, tab.reveal_button)
        settle(qtbot, tab)
    # The list refreshed after the reveal was recorded: the code is still there to read.
    assert tab.inside.item(0, 5).text() == CODE
    with local.db.read() as s:
        reveals = [r for r in s.query(PersonalDataAccess) if r.action == "reveal"]
    assert len(reveals) == 1


def test_a_failed_evacuation_print_says_why_and_where_the_list_is_in_estonian(
        qtbot, window, staff, tmp_path, monkeypatch):
    from app.ui import page_viewer
    from tests.printers.test_document_print_errors import fake_lp

    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    fake_lp(bin_folder, "/usr/bin/lp: Error - No default destination.")
    monkeypatch.setenv("PATH", f"{bin_folder}:{os.environ['PATH']}")
    monkeypatch.setattr(page_viewer, "has_pdf_viewer", lambda: False)
    v.register_visit(staff, v.VisitorForm("Juri Smirnov"))
    tab = window.visitors_tab
    tab.open_documents = True
    install_language("et")
    click(qtbot, tab.evacuation_button)
    qtbot.waitUntil(lambda: tab.banner.kind == "error")
    said = tab.banner.text()
    assert said.startswith("Evakuatsiooninimekirja ei saanud printida.")
    assert "vaikeprinterit" in said and str(tab.last_document) in said
    assert "Error" not in said and "destination" not in said
    assert "väljastamiste registrist" not in said  # not the notices' advice
    # No PDF program on this PC: Lett's own viewer shows the list all the same.
    viewer = tab.findChild(ViewerWindow).viewer
    qtbot.waitUntil(viewer.is_drawn)
    assert viewer.page_label.text() == "Lehekülg 1 / 1"
    assert viewer.source.path == tab.last_document
    assert not tab.alert.isVisible()


def test_evacuation_list_is_a_pdf_made_on_this_pc(qtbot, window, staff):
    v.register_visit(staff, v.VisitorForm("Юрий Смирнов", organisation="Näide AS"))
    tab = window.visitors_tab
    click(qtbot, tab.evacuation_button)
    qtbot.waitUntil(lambda: tab.last_document is not None)
    text = subprocess.run(["pdftotext", str(tab.last_document), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Evacuation list" in text and "Юрий Смирнов" in text and "Näide AS" in text
    assert "Visitors in the building: 1" in text


def test_evacuation_list_goes_to_the_document_printer(qtbot, window, staff, local):
    from tests.printers.cups_queues import socket_queue
    from tests.printers.test_printer_cups import scheduler_running

    if not scheduler_running():
        pytest.skip("no CUPS scheduler running here (cupsd, lpadmin, lpstat)")
    v.register_visit(staff, v.VisitorForm("Mari Maasikas"))
    tab = window.visitors_tab
    with socket_queue() as (name, received, done):
        tab.settings.set("notices.printer", name)
        click(qtbot, tab.evacuation_button)
        qtbot.waitUntil(lambda: "printed" in tab.banner.text(), timeout=20000)
        assert done.wait(30)
    assert received.startswith(b"%PDF") or b"%PDF" in bytes(received[:2048])
    tab.settings.set("notices.printer", "no-such-queue")
    click(qtbot, tab.evacuation_button)
    qtbot.waitUntil(lambda: "could not be printed" in tab.banner.text(), timeout=20000)
    assert tab.last_document.exists()


def test_badge_as_pdf_label_never_shows_the_personal_code(qtbot, window, staff):
    done = v.register_visit(staff, v.VisitorForm("Mari Maasikas", CODE))
    tab = window.visitors_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    tab.inside.selectRow(0)
    click(qtbot, tab.badge_button)
    qtbot.waitUntil(lambda: tab.last_document is not None)
    text = subprocess.run(["pdftotext", str(tab.last_document), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Mari Maasikas" in text and "VISITOR" in text
    assert CODE not in text and "0299" not in text
    assert done.badge_token not in text  # the token is only in the QR code


def test_the_window_anonymises_expired_visits_when_it_starts(qtbot, local, make_runner,
                                                            context_for):
    from app.operations.context import open_context, staff_actor
    from app.ui.main_window import MainWindow

    old = open_context(local.db, staff_actor(),
                       clock=lambda: datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    done = v.register_visit(old, v.VisitorForm("Mari Maasikas", CODE))
    runner = make_runner(staff_actor())
    win = MainWindow(runner, local.settings)
    qtbot.addWidget(win)
    win.visitors_tab.open_documents = False

    def anonymised():
        with local.db.read() as s:
            return s.get(VisitorRegistration, done.registration.id).anonymised_at is not None

    qtbot.waitUntil(anonymised)
    settle(qtbot, win.visitors_tab)
    assert win.visitors_tab.inside.rowCount() == 0


def test_a_counter_person_sees_no_visitor_data(qtbot, local, make_runner, staff):
    from app.core.permissions import Actor, Role
    from app.ui.main_window import MainWindow

    v.register_visit(staff, v.VisitorForm("Mari Maasikas"))
    runner = make_runner(Actor("jaan", frozenset({Role.COUNTER})))
    win = MainWindow(runner, local.settings)
    qtbot.addWidget(win)
    tab = win.visitors_tab
    qtbot.waitUntil(lambda: tab.data is not None)
    assert not tab.isEnabled() and tab.inside.rowCount() == 0
    assert "do not include the reception desk" in tab.banner.text()


def test_the_tab_speaks_estonian_and_russian(qtbot, window, staff, shoot, purposes, clock):
    v.register_visit(staff, v.VisitorForm("Mari Maasikas", CODE))
    clock.advance(minutes=12)
    v.register_visit(staff, v.VisitorForm("Jaan Tamm", organisation="Näide AS",
                                          purpose_id=purposes["meeting"].id))
    clock.advance(minutes=7)
    v.register_visit(staff, v.VisitorForm("Olga Ivanova", "49403136515",
                                          purpose_id=purposes["pension"].id, lang="ru"))
    tab = window.visitors_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 3)
    install_language("et")
    qtbot.waitUntil(lambda: window.tabs.tabText(window.index_of(tab)) == "Külastajad")
    assert tab.register_button.text() == "Registreeri"
    fill(qtbot, tab, id_code="123")
    assert "Isikukoodis on 11 numbrit" in tab.faults["id_code"].text()
    qtbot.wait(100)  # the layouts settle to the longer words
    shoot(window, "visitors-et", readme=True)
    install_language("ru")
    qtbot.waitUntil(lambda: tab.register_button.text() == "Зарегистрировать")
    qtbot.wait(100)
    shoot(window, "visitors-ru")


def test_registering_a_visit_to_a_specialist_tells_the_host_by_e_mail(qtbot, window, local):
    from aiosmtpd.controller import Controller

    from tests.operations.test_visitor_mail import Inbox, free_port

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        for key, value in (("mail.host", "127.0.0.1"), ("mail.port", controller.port),
                           ("mail.security", "none"), ("mail.sender", "valvelaud@example.ee")):
            local.settings.set(key, value)
        tab = window.visitors_tab
        fill(qtbot, tab, name="Olga Ivanova", id_code=CODE)
        choose(tab.purpose, "Meeting")
        click(qtbot, tab.register_button)
        qtbot.waitUntil(lambda: len(inbox.messages) == 1)
        [(recipients, raw)] = inbox.messages
        assert recipients == ["kati.karu@example.ee"]
        assert "Olga Ivanova" in raw.decode("utf-8", "replace")
        assert CODE not in raw.decode("utf-8", "replace")
        qtbot.waitUntil(lambda: "kati.karu@example.ee" in window.statusBar().currentMessage())
    finally:
        controller.stop()


def test_a_persons_usage_records_are_saved_as_json(qtbot, window, staff):
    import json

    v.register_visit(staff, v.VisitorForm("Mari Maasikas", CODE))
    tab = window.visitors_tab
    tab.pages.setCurrentWidget(tab.search_page)
    qtbot.keyClicks(tab.s_code, "37605030298")
    click(qtbot, tab.records_button)
    assert "check digit" in tab.banner.text()
    tab.s_code.clear()
    qtbot.keyClicks(tab.s_code, CODE)
    click(qtbot, tab.records_button)
    qtbot.waitUntil(lambda: tab.last_document is not None)
    assert CODE not in tab.last_document.name
    records = json.loads(tab.last_document.read_text(encoding="utf-8"))
    assert records["userCode"] == "EE" + CODE
    assert [u["lett"]["action"] for u in records["internalProcessings"]][-1] == "register"


def test_expected_visitors_are_imported_from_a_calendar_file(qtbot, window, tmp_path):
    from tests.operations.test_visitor_import import ICS

    tab = window.visitors_tab
    good = tmp_path / "kalender.ics"
    good.write_bytes(ICS.encode())
    tab.import_file(good)
    qtbot.waitUntil(lambda: tab.expected.rowCount() == 2)
    assert "Expected visitors imported: 2." in tab.banner.text()
    assert {tab.expected.item(r, 1).text() for r in range(2)} == {
        "Jaan Tamm", "Anna Virtanen (Helsingi linn)"}
    bad = tmp_path / "bad.csv"
    bad.write_text("name;expected_at\nMari;homme\n", encoding="utf-8")
    tab.import_file(bad)
    qtbot.waitUntil(lambda: "Line 2 of the file" in tab.banner.text())
    assert tab.expected.rowCount() == 2


def test_the_name_has_the_room_in_the_building_list_not_the_masked_code(qtbot, window, staff):
    v.register_visit(staff, v.VisitorForm("Mari-Liis Õunapuu-Kaasik", CODE))
    tab = window.visitors_tab
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.inside.rowCount() == 1)
    header = tab.inside.horizontalHeader()
    assert header.sectionSize(0) >= tab.inside.sizeHintForColumn(0)  # the name whole
    assert header.sectionSize(5) <= max(tab.inside.sizeHintForColumn(5),
                                        header.sectionSizeHint(5))
