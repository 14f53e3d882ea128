"""The ticket kiosk, pressed as a visitor presses it."""

import socket
import time

import pytest
from sqlalchemy import select, update

from app.operations import queue as q
from app.store.models import Service, Ticket
from app.ui.qt import Qt


@pytest.fixture
def kiosk(qtbot, local, make_runner):
    from app.operations.context import kiosk_actor
    from app.ui.kiosk import KioskWindow

    def open_kiosk():
        window = KioskWindow(make_runner(kiosk_actor()), local.settings)
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: len(window.service_buttons) == 3)
        qtbot.waitUntil(lambda: all(b.isVisible() for b in window.service_buttons.values()))
        qtbot.wait(50)  # the layout takes the new buttons in
        opened.append(window)
        return window

    opened = []
    yield open_kiosk
    for window in opened:
        window.unlocked = True
        window.close()
        window.deleteLater()


def tickets(local):
    with local.db.read() as s:
        return [(t.number, t.status, t.source, t.lang) for t in s.scalars(select(Ticket))]


def tap(qtbot, button):
    """A person's tap: after they have seen the screen (taps just after it changes are
    ignored, see test_a_tap_just_after_the_screen_changes_is_ignored)."""
    window = button.window()
    qtbot.waitUntil(lambda: time.monotonic() >= getattr(window, "guard_until", 0.0))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_at(qtbot, window, widget):
    """A tap where `widget` is on the screen, at once, as the screen delivers it: to whatever
    is there now."""
    from PySide6.QtTest import QTest

    where = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, where)


def test_a_press_issues_a_ticket_and_shows_it(qtbot, kiosk, local, staff, shoot):
    q.issue_ticket(staff, "B")
    window = kiosk()
    assert window.title.text() == "Tere tulemast! Võtke järjekorrapilet"
    assert "Toetused ja hüvitised" in window.service_buttons["B"].text()
    shoot(window, "kiosk-start-et", readme=True)
    tap(qtbot, window.service_buttons["B"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
    qtbot.wait(50)
    assert window.ticket_number.text() == "B002"
    assert window.ticket_service.text() == "Toetused ja hüvitised"
    assert window.ticket_ahead.text() == "Teie ees järjekorras: 1"
    assert window.ticket_wait.text().startswith("Eeldatav ooteaeg: ")
    assert ("B002", "waiting", "kiosk", "et") in tickets(local)
    shoot(window, "kiosk-ticket-et", readme=True)


def test_russian_shows_russian_names_and_issues_in_russian(qtbot, kiosk, local):
    window = kiosk()
    tap(qtbot, window.language_buttons["ru"])
    qtbot.waitUntil(lambda: window.title.text() == "Добро пожаловать! Возьмите талон")
    assert "Пособия и компенсации" in window.service_buttons["B"].text()
    assert window.language_buttons["ru"].isChecked()
    assert not window.language_buttons["et"].isChecked()
    tap(qtbot, window.service_buttons["A"])
    qtbot.waitUntil(lambda: window.ticket_number.text() == "A001")
    assert window.ticket_service.text() == "Пенсии"
    assert window.ticket_ahead.text() == "Перед вами в очереди: 0"
    assert tickets(local) == [("A001", "waiting", "kiosk", "ru")]


def test_a_portrait_screen_shows_every_word(qtbot, kiosk, shoot):
    window = kiosk()
    window.resize(1080, 1920)
    tap(qtbot, window.language_buttons["ru"])
    qtbot.waitUntil(lambda: window.title.text() == "Добро пожаловать! Возьмите талон")
    qtbot.wait(50)
    assert " ".join(window.title.lines()) == window.title.text()
    for button in window.service_buttons.values():
        metrics = button.fontMetrics()
        assert all(metrics.horizontalAdvance(line) <= button.inner()[0]
                   for line in button.lines())
    assert "Пособия и компенсации" in " ".join(window.service_buttons["B"].lines())
    shoot(window, "kiosk-1080x1920-ru", readme=True)


def test_language_buttons_name_each_language_in_itself(kiosk):
    window = kiosk()
    assert [b.text() for b in window.language_buttons.values()] == ["Eesti", "Русский",
                                                                    "English"]


def test_a_closed_service_cannot_be_pressed(qtbot, kiosk, local, shoot):
    # The test clock is Monday 10:00 in Tallinn.
    with local.db.write() as s:
        s.execute(update(Service).where(Service.code == "C")
                  .values(hours={"mon": ["13:00-16:00"], "tue": ["09:00-16:00"]}))
        s.execute(update(Service).where(Service.code == "A")
                  .values(hours={"tue": ["09:00-16:00"]}))
    window = kiosk()
    tap(qtbot, window.language_buttons["en"])
    qtbot.waitUntil(lambda: "Closed" in window.service_buttons["C"].text())
    assert not window.service_buttons["C"].isEnabled()
    assert window.service_buttons["C"].text().endswith("Closed, opens at 13:00")
    assert window.service_buttons["A"].text().endswith("Closed today")
    assert window.service_buttons["B"].isEnabled()
    shoot(window, "kiosk-closed-services-en")
    tap(qtbot, window.service_buttons["C"])
    assert tickets(local) == []


def test_idle_kiosk_returns_to_the_start_in_the_first_language(qtbot, kiosk):
    window = kiosk()
    window.idle.setInterval(200)
    tap(qtbot, window.language_buttons["en"])
    tap(qtbot, window.service_buttons["A"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
    assert window.ticket_caption.text() == "Your number"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=3000)
    qtbot.waitUntil(lambda: window.title.text() == "Tere tulemast! Võtke järjekorrapilet")
    assert window.language_buttons["et"].isChecked()


def test_a_double_tap_gives_one_ticket(qtbot, kiosk, local):
    window = kiosk()
    button = window.service_buttons["A"]
    tap(qtbot, button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ticket_number.text() == "A001")
    qtbot.waitUntil(lambda: not window.runner.busy)
    # A tap again on A soon after "Done" is within kiosk.double_tap_seconds: the same ticket.
    tap(qtbot, window.ticket_done)
    window.ticket_number.clear()
    tap(qtbot, window.service_buttons["A"])
    qtbot.waitUntil(lambda: window.ticket_number.text() == "A001")
    assert window.ticket.duplicate
    assert tickets(local) == [("A001", "waiting", "kiosk", "et")]


def test_a_tap_just_after_the_screen_changes_is_ignored(qtbot, kiosk, local):
    from app.ui.kiosk import TAP_GUARD_MS

    window = kiosk()
    tap(qtbot, window.service_buttons["B"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
    qtbot.waitUntil(lambda: not window.runner.busy)
    qtbot.wait(TAP_GUARD_MS + 50)
    # A double tap on "Done": the second tap lands where the C button has just appeared.
    tap_at(qtbot, window, window.ticket_done)
    assert window.pages.currentWidget() is window.start_page
    tap_at(qtbot, window, window.service_buttons["C"])
    qtbot.wait(300)
    assert window.pages.currentWidget() is window.start_page
    assert window.taps_ignored == 1
    assert tickets(local) == [("B001", "waiting", "kiosk", "et")]
    # A tap after the guard time is a visitor's choice: it gives the ticket.
    qtbot.wait(TAP_GUARD_MS)
    tap_at(qtbot, window, window.service_buttons["C"])
    qtbot.waitUntil(lambda: window.ticket_number.text() == "C001")
    assert 300 <= TAP_GUARD_MS <= 1000


def test_the_pin_screen_is_in_the_staffs_language(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.language_buttons["ru"])
    qtbot.waitUntil(lambda: window.title.text() == "Добро пожаловать! Возьмите талон")
    window.ask_pin()
    assert window.pin_pad.prompt.text() == (
        "Ainult töötajatele: sisestage administraatori PIN-kood")
    assert window.pin_pad.back_key.text() == "Tagasi"


def test_russian_minutes_stay_with_their_number(qtbot, kiosk):
    window = kiosk()
    window.resize(768, 1024)
    tap(qtbot, window.language_buttons["ru"])
    tap(qtbot, window.service_buttons["B"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
    qtbot.wait(50)
    assert window.ticket_wait.text().endswith("\u00a0мин")
    assert all(line.strip() != "мин" for line in window.ticket_wait.lines())


def test_the_kiosk_reads_the_number_aloud_in_the_visitors_language(qtbot, kiosk, local):
    window = kiosk()
    tap(qtbot, window.language_buttons["en"])
    tap(qtbot, window.service_buttons["A"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
    assert window.read_aloud.isVisible()
    assert window.read_aloud.text() == "Read my number aloud"
    tap(qtbot, window.read_aloud)
    qtbot.waitUntil(lambda: len(window.speaker.heard) == 1, timeout=15_000)
    assert [name for name, _b, _e in window.speaker.heard] == ["Your number is A 0 0 1"]


def test_reading_aloud_can_be_switched_off_for_a_kiosk(qtbot, kiosk, local):
    local.settings.set("kiosk.read_aloud", False)
    window = kiosk()
    tap(qtbot, window.service_buttons["A"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
    assert not window.read_aloud.isVisible()


def test_closing_needs_the_admin_pin(qtbot, kiosk, local, shoot):
    from app.operations.config import update_settings
    from app.operations.context import open_context, staff_actor

    update_settings(open_context(local.db, staff_actor()), {"kiosk.admin_pin": "2468"})
    window = kiosk()
    qtbot.waitUntil(lambda: window.office["kiosk.admin_pin"] == "2468")
    window.close()
    assert window.isVisible()
    assert window.pages.currentWidget() is window.pin_pad
    pad = window.pin_pad
    for digit in "1111":
        tap(qtbot, pad.digits[digit])
    tap(qtbot, pad.ok_key)
    assert window.isVisible()
    assert pad.message.text() == "Vale PIN-kood"
    assert pad.field.text() == ""
    shoot(window, "kiosk-pin-et")
    for digit in "2468":
        tap(qtbot, pad.digits[digit])
    tap(qtbot, pad.ok_key)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_keypad_opens_with_ctrl_alt_q_and_a_long_corner_press(qtbot, kiosk):
    window = kiosk()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.pin_pad)
    tap(qtbot, window.pin_pad.back_key)
    assert window.pages.currentWidget() is window.start_page
    window.corner._timer.setInterval(100)
    qtbot.waitUntil(lambda: time.monotonic() >= window.guard_until)
    qtbot.mousePress(window.corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.pin_pad)
    qtbot.mouseRelease(window.corner, Qt.MouseButton.LeftButton)


def test_a_short_corner_press_does_nothing(qtbot, kiosk):
    window = kiosk()
    tap(qtbot, window.corner)
    qtbot.wait(50)
    assert window.pages.currentWidget() is window.start_page


def test_a_failed_print_tells_the_visitor_what_to_do_in_their_language(qtbot, kiosk, local,
                                                                         shoot):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    local.settings.set("printer.uri", f"tcp://127.0.0.1:{port}")
    local.settings.set("printer.timeout", 1.0)
    window = kiosk()
    tap(qtbot, window.language_buttons["ru"])
    tap(qtbot, window.service_buttons["A"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.message_page, timeout=5000)
    assert window.message_title.text() == "К сожалению, талон не выдан"
    assert "информационной стойки" in window.message_text.text()
    assert tickets(local) == [("A001", "voided", "kiosk", "ru")]
    shoot(window, "kiosk-print-failed-ru")
    tap(qtbot, window.message_back)
    assert window.pages.currentWidget() is window.start_page


def test_a_ticket_is_printed_on_the_kiosk_printer(qtbot, kiosk, local, tmp_path):
    spool = tmp_path / "tickets.bin"
    local.settings.set("printer.uri", spool.as_uri())
    window = kiosk()
    tap(qtbot, window.service_buttons["C"])
    qtbot.waitUntil(lambda: window.ticket_number.text() == "C001")
    assert spool.stat().st_size > 0


def test_a_running_kiosk_follows_the_office_settings(qtbot, kiosk, local):
    from app.operations.config import update_settings
    from app.operations.context import open_context, staff_actor

    window = kiosk()
    assert [c for c, b in window.language_buttons.items() if b.isVisible()] == ["et", "ru", "en"]
    update_settings(open_context(local.db, staff_actor()),
                    {"kiosk.services": ["A", "C"], "kiosk.languages": ["et", "en"],
                     "kiosk.idle_seconds": 45})
    window.refresh.request()
    qtbot.waitUntil(lambda: list(window.service_buttons) == ["A", "C"])
    assert [c for c, b in window.language_buttons.items() if b.isVisible()] == ["et", "en"]
    assert window.idle.interval() == 45_000
