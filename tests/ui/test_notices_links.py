"""The Notices tab as a person fills a notice in from a document in the register: the fields
filled, the link shown, the issuance linked, and the notice registered as the answer."""

from datetime import date

import pytest

from app.operations import notices
from app.operations import register as r
from app.ui.notices.tab import NoticesTab
from app.ui.qt import Qt
from tests.documents.notice_values import VALUES
from tests.documents.test_notice_mail import Inbox, free_port

QT_WAIT_MS = 20_000
LETTER = r.NewDocument("7", "incoming", "memorandum", "Märgukiri: pargi valgustus", "post",
                       sender_name="Mari Õunapuu", sender_address="Pärnu mnt 1, 10148 Tallinn",
                       sender_number="12/3", sender_date=date(2026, 11, 19))


@pytest.fixture
def letter(staff):
    r.save_series(staff, "7", "{S}-{DN}/{DA}", "Märgukirjad")
    r.save_series(staff, "8", "{S}-{DN}/{DA}", "Väljaminevad kirjad")
    return r.register_document(staff, LETTER)


@pytest.fixture
def tab(qtbot, make_runner, local, letter):
    from app.operations.context import staff_actor

    widget = NoticesTab(make_runner(staff_actor()), local.settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.form.template_box.count() == 7, timeout=QT_WAIT_MS)
    widget.form.template_box.setCurrentIndex(widget.form.template_box.findData("decision"))
    return widget


def test_an_unknown_registration_number_is_named_and_nothing_is_filled(qtbot, tab):
    qtbot.keyClicks(tab.form.entry_number, "7-99/26")
    qtbot.mouseClick(tab.form.entry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "7-99/26" in tab.message.text(), timeout=QT_WAIT_MS)
    assert tab.message.text() == "There is no document 7-99/26 in the register."
    assert tab.form.field_input("recipient_name").value() == ""
    assert tab.form.link is None
    assert tab.form.unlink_button.isHidden() and tab.form.answer_box.isHidden()


def test_a_decision_filled_in_from_a_letter_is_issued_linked_and_registered_as_its_answer(
        qtbot, tab, staff, letter, shoot):
    from aiosmtpd.controller import Controller

    qtbot.keyClicks(tab.form.entry_number, "7-1/26")
    qtbot.keyClick(tab.form.entry_number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.form.field_input("recipient_name").value() == "Mari Õunapuu",
                    timeout=QT_WAIT_MS)
    assert tab.form.field_input("matter").value() == "Märgukiri: pargi valgustus"
    assert tab.form.field_input("application_date").value() == "19.11.2026"
    assert tab.message.text() == "Filled in from document 7-1/26 of the register."
    assert tab.form.link_text.text() == "The notice is linked to document 7-1/26 of the register."
    assert tab.form.answer_box.isVisible() and tab.form.unlink_button.isVisible()
    qtbot.waitUntil(lambda: tab.form.answer_series.count() == 2, timeout=QT_WAIT_MS)
    tab.form.answer_series.setCurrentText("8")
    tab.form.answer_box.setChecked(True)
    for field in ("recipient_code", "reasons", "outcome"):
        tab.form.fill({field: VALUES["decision"][field]})
    shoot(tab, "notices-from-register")

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        tab.settings.set("mail.host", "127.0.0.1")
        tab.settings.set("mail.port", controller.port)
        tab.settings.set("mail.security", "none")
        tab.settings.set("mail.sender", "teenindus@example.ee")
        tab.form.delivery_box.setCurrentIndex(tab.form.delivery_box.findData("emailed"))
        tab.form.email.setText("mari@example.ee")
        qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.register.table.rowCount() == 1, timeout=QT_WAIT_MS)
    finally:
        controller.stop()
    assert tab.message.text() == (
        "Notice V-26/0001 is issued and e-mailed. It is registered as 8-1/26, the answer to "
        "the document it was filled in from.")
    [made] = notices.list_issuances(staff)
    assert tab.register.table.item(0, 2).text() == "Decision (v1)"
    assert (made.register_entry_id, made.recipient) == (letter.id, "Mari Õunapuu")
    answer = r.get_entry(staff, "8-1/26")
    assert (answer.direction, answer.title, answer.transmittal) == (
        "outgoing", f"Otsus {made.registry_number}", "email")
    assert r.get_entry(staff, letter.id).status == "answered"
    assert tab.form.link is None and tab.form.link_text.text() == ""
    assert tab.form.answer_box.isHidden()


def test_unlinking_leaves_the_fields_and_issues_without_a_link(qtbot, tab, staff):
    qtbot.keyClicks(tab.form.entry_number, "7-1/26")
    qtbot.mouseClick(tab.form.entry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form.link is not None, timeout=QT_WAIT_MS)
    qtbot.mouseClick(tab.form.unlink_button, Qt.MouseButton.LeftButton)
    assert tab.form.link is None and tab.form.link_text.text() == ""
    assert tab.form.field_input("recipient_name").value() == "Mari Õunapuu"


def test_a_notice_whose_answer_or_print_failed_is_kept_and_says_both(staff, letter):
    import uuid

    from app.operations.notice_filling import values_from_entry
    from app.ui.notices import work

    missing = f"lett-missing-{uuid.uuid4().hex[:8]}"
    filled = values_from_entry(staff, "decision", "7-1/26")
    values = {**VALUES["decision"], **filled.values}
    done = work.issue_and_deliver(staff, "decision", "et", values, "posted", "", missing, None,
                                  filled, "no-such-series")
    assert [f.code for f in done.failures][1:] == ["notice_not_printed"]
    assert len(done.failures) == 2 and done.answer is None
    assert (done.made.delivery, done.made.register_entry_id) == ("not_posted", letter.id)
    # registered as the answer, then not printed: the letter goes out by post all the same
    done = work.issue_and_deliver(staff, "decision", "et", values, "posted", "", missing, None,
                                  filled, "8")
    assert [f.code for f in done.failures] == ["notice_not_printed"]
    assert done.made.delivery == "not_posted"
    assert r.get_entry(staff, done.answer.id).transmittal == "post"
    assert notices.get_issuance(staff, done.made.id).delivery == "not_posted"
