"""The Notices tab as a person uses it: fill a template, see the preview, issue, reprint,
and the messages when something is not right."""

import pytest

from app.core.permissions import Role
from app.operations import notices
from app.operations.context import staff_actor
from app.ui.notices.tab import NoticesTab
from app.ui.qt import Qt
from tests.documents.notice_values import VALUES
from tests.documents.test_notice_mail import Inbox, free_port
from tests.printers.cups_queues import socket_queue
from tests.printers.test_printer_cups import scheduler_running

QT_WAIT_MS = 20_000


@pytest.fixture
def tab(qtbot, make_runner, local):
    runner = make_runner(staff_actor())
    widget = NoticesTab(runner, local.settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    qtbot.waitUntil(lambda: widget.form.template_box.count() == 7, timeout=QT_WAIT_MS)
    return widget


def choose(tab, template_id, lang="et"):
    tab.form.template_box.setCurrentIndex(tab.form.template_box.findData(template_id))
    tab.form.lang_box.setCurrentIndex(tab.form.lang_box.findData(lang))


def test_a_bad_value_is_marked_at_its_field_and_nothing_is_issued(qtbot, tab, staff):
    choose(tab, "certificate")
    tab.form.fill({**VALUES["certificate"], "recipient_code": "37605030290"})
    tab.form.field_input("purpose").set_value("")
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    assert "not a valid personal identification code" in tab.form.field_input(
        "recipient_code").error.text()
    assert tab.form.field_input("purpose").error.text() == "To be presented to: fill this in."
    assert tab.form.field_input("recipient_name").error.isHidden()
    assert notices.list_issuances(staff) == []


def test_the_preview_shows_the_filled_notice(qtbot, tab, shoot):
    choose(tab, "decision", "ru")
    tab.form.fill(VALUES["decision"])
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview.pixmap() is not None
                    and not tab.preview.pixmap().isNull(), timeout=QT_WAIT_MS)
    assert tab.preview_images[0].width() == 620  # drawn so wide, shown as wide as the room
    assert tab.preview.pixmap().width() == min(620, tab.preview_area.room())
    assert "not issued yet" in tab.message.text()
    shoot(tab, "notices-preview-ru")


def test_issue_by_email_then_a_copy_appears_in_the_register(qtbot, tab, staff, shoot):
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        tab.settings.set("mail.host", "127.0.0.1")
        tab.settings.set("mail.port", controller.port)
        tab.settings.set("mail.security", "none")
        tab.settings.set("mail.sender", "teenindus@example.ee")
        choose(tab, "usage_contract", "en")
        tab.form.fill(VALUES["usage_contract"])
        tab.form.delivery_box.setCurrentIndex(tab.form.delivery_box.findData("emailed"))
        qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
        assert tab.form.email_error.isVisible()
        tab.form.email.setText("info@poldmaa.ee")
        qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    finally:
        controller.stop()
    assert "V-26/0001 is issued and e-mailed" in tab.message.text()
    [(recipients, _raw)] = inbox.messages
    assert recipients == ["info@poldmaa.ee"]
    [made] = notices.list_issuances(staff)
    assert (made.delivery, made.recipient) == ("emailed", "Märt Põld")
    assert tab.chosen().id == made.id  # the notice just issued is chosen and shown
    qtbot.waitUntil(lambda: tab.previewed == made.id and tab.preview.pixmap() is not None,
                    timeout=QT_WAIT_MS)
    assert tab.register.reprint_button.isEnabled()
    target = tab.settings.path.parent / "saved.pdf"
    tab.save_pdf(str(target))
    # the file is written on the worker thread before the tab says so: wait for the message
    qtbot.waitUntil(lambda: tab.message.text() == f"Saved as {target}.", timeout=QT_WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF-")
    shoot(tab, "notices-register")


def test_roles_without_notices_see_why_the_tab_is_closed(qtbot, make_runner, local):
    from app.core.permissions import Actor

    runner = make_runner(Actor("watcher", frozenset({Role.SUPERVISOR})))
    widget = NoticesTab(runner, local.settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.isEnabled(), timeout=QT_WAIT_MS)
    assert widget.message.text() == "Your roles do not include issuing notices."


@pytest.fixture
def pdf_queue():
    with socket_queue() as queue:
        yield queue


@pytest.mark.skipif(not scheduler_running(), reason="no CUPS scheduler running here")
def test_a_copy_is_printed_and_registered_as_a_copy(qtbot, tab, staff, pdf_queue, shoot):
    name, received, done = pdf_queue
    first = notices.issue_notice(staff, "poa_regular_user", "ru", VALUES["poa_regular_user"])
    tab.settings.set("notices.printer", name)
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    tab.register.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.preview.pixmap() is not None
                    and not tab.preview.pixmap().isNull(), timeout=QT_WAIT_MS)
    qtbot.mouseClick(tab.register.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.register.table.rowCount() == 2, timeout=QT_WAIT_MS)
    qtbot.waitUntil(done.is_set, timeout=QT_WAIT_MS)
    copy = notices.list_issuances(staff)[0]
    assert copy.is_copy and copy.copy_of_id == first.id
    table = tab.register.table
    assert table.item(0, 6).text() == "copy" and table.item(1, 6).text() == ""
    assert bytes(received).startswith(b"%PDF-")
    assert "A copy of notice V-26/0001 is registered" in tab.message.text()
    from app.ui.qt_i18n import install_language

    install_language("et")
    qtbot.waitUntil(lambda: tab.register.reprint_button.text() == "Prindi koopia",
                    timeout=QT_WAIT_MS)
    assert tab.register.table.item(0, 6).text() == "koopia"
    shoot(tab, "notices-et", readme=True)


def test_a_notice_is_filled_in_from_a_visitor_in_the_building(qtbot, tab, staff):
    from sqlalchemy import select

    from app.operations import visitors
    from app.store.models import PersonalDataAccess

    visitors.register_visit(staff, visitors.VisitorForm(
        "Mari Maasikas", "49403136526", organisation="Põldmaa OÜ", email="mari@poldmaa.ee"))
    choose(tab, "usage_contract")
    qtbot.mouseClick(tab.form.visitors_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form.visitor_box.count() == 2, timeout=QT_WAIT_MS)
    assert tab.form.visitor_box.itemText(1).startswith("Mari Maasikas")
    assert "49403136526" not in tab.form.visitor_box.itemText(1)
    tab.form.visitor_box.setCurrentIndex(1)
    tab.form.visitor_box.activated.emit(1)
    qtbot.waitUntil(lambda: tab.form.field_input("recipient_code").value() == "49403136526",
                    timeout=QT_WAIT_MS)
    assert tab.form.field_input("recipient_name").value() == "Mari Maasikas"
    assert tab.form.field_input("organisation_name").value() == "Põldmaa OÜ"
    assert tab.form.field_input("contact_email").value() == "mari@poldmaa.ee"
    with staff.db.read() as s:
        purposes = [a.purpose for a in s.scalars(select(PersonalDataAccess))
                    if a.action == "reveal"]
    assert purposes == [notices.PURPOSE_NOTICE]


def test_the_register_loads_when_the_tab_is_first_shown(qtbot, make_runner, local, staff):
    widget = NoticesTab(make_runner(staff_actor()), local.settings)
    qtbot.addWidget(widget)
    qtbot.wait(300)
    assert widget.form.template_box.count() == 0
    notices.issue_notice(staff, "notice", "et", VALUES["notice"])
    widget.request_refresh()
    widget.show()
    qtbot.waitUntil(lambda: widget.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    assert widget.form.template_box.count() == 7


def preview_is_of(tab, staff, made):
    """Whether the preview shows the issued notice `made` (its number, not the draft's)."""
    from app.ui.notices import work
    from app.ui.qt import QImage

    [first, *_] = work.issuance_pages(staff, made.id)
    shown = tab.preview.pixmap()
    if tab.previewed != made.id or shown is None or shown.isNull():
        return False
    page = QImage.fromData(first, "PNG")
    if shown.width() != page.width():
        page = page.scaledToWidth(shown.width(), Qt.TransformationMode.SmoothTransformation)
    return (shown.toImage().convertToFormat(QImage.Format.Format_RGB32)
            == page.convertToFormat(QImage.Format.Format_RGB32))


@pytest.mark.skipif(not scheduler_running(), reason="no CUPS scheduler running here")
def test_after_issuing_the_preview_shows_the_issued_notice(qtbot, tab, staff, pdf_queue):
    name, _received, done = pdf_queue
    tab.settings.set("notices.printer", name)
    choose(tab, "certificate", "et")
    tab.form.fill(VALUES["certificate"])
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not issued yet" in tab.message.text(), timeout=QT_WAIT_MS)
    draft = tab.preview.pixmap().toImage()
    tab.register.table.clearSelection()
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    [made] = notices.list_issuances(staff)
    qtbot.waitUntil(lambda: preview_is_of(tab, staff, made), timeout=QT_WAIT_MS)
    assert tab.preview.pixmap().toImage() != draft
    assert tab.chosen().id == made.id
    assert made.delivery == "handed_over"
    assert "V-26/0001 is issued and sent to the printer" in tab.message.text()
    assert done.wait(30)


@pytest.mark.skipif(not scheduler_running(), reason="no CUPS scheduler running here")
def test_a_failed_print_is_not_a_handover_and_is_printed_again(qtbot, tab, staff, pdf_queue,
                                                               shoot):
    import uuid

    name, received, done = pdf_queue
    tab.settings.set("notices.printer", f"lett-missing-{uuid.uuid4().hex[:8]}")
    choose(tab, "certificate", "en")
    tab.form.fill(VALUES["certificate"])
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    [made] = notices.list_issuances(staff)
    assert made.delivery == "not_handed_over"
    said = tab.message.text()
    assert "Notice V-26/0001 is issued and kept, but it could not be printed" in said
    assert "is not set up on this PC" in said and "\u201cPrint again\u201d" in said
    assert "sent to the printer" not in said and tab.message.styleSheet()
    assert tab.register.table.item(0, 4).text() == "not handed over: not printed"
    qtbot.waitUntil(lambda: preview_is_of(tab, staff, made), timeout=QT_WAIT_MS)
    assert tab.register.reprint_button.text() == "Print again"
    shoot(tab, "notices-not-printed")
    tab.settings.set("notices.printer", name)
    qtbot.mouseClick(tab.register.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "recorded as delivered" in tab.message.text(), timeout=QT_WAIT_MS)
    qtbot.waitUntil(lambda: tab.register.table.item(0, 4).text() == "handed over",
                    timeout=QT_WAIT_MS)
    [again] = notices.list_issuances(staff)  # printed itself, not a copy
    assert (again.id, again.delivery) == (made.id, "handed_over")
    assert tab.register.reprint_button.text() == "Print a copy"
    assert done.wait(30) and bytes(received[:5]) == b"%PDF-"


def test_an_issued_notice_is_read_in_the_page_viewer(qtbot, tab, staff):
    from app.ui.page_viewer import ViewerWindow

    made = notices.issue_notice(staff, "poa_regular_user", "et", VALUES["poa_regular_user"])
    tab.refresh.request()
    qtbot.waitUntil(lambda: tab.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    assert not tab.register.open_button.isEnabled()
    tab.register.table.selectRow(0)
    qtbot.mouseClick(tab.register.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(ViewerWindow) is not None, timeout=QT_WAIT_MS)
    window = tab.findChild(ViewerWindow)
    qtbot.waitUntil(window.viewer.is_drawn, timeout=QT_WAIT_MS)
    assert window.isVisible() and made.registry_number in window.windowTitle()
    assert window.viewer.page_count() >= 1
    window.close()
    window.viewer.wait()
