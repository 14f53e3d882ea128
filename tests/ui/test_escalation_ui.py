"""Escalation in the staff window, as an adviser uses it: Escalate from an opened contact (the
client's details only with consent), the background sender and follower against the local
Jira, My escalations with what needs the adviser (and the count on the tab), telling the
client and closing, reporting an IT problem from the Lett menu, and bad input in Estonian."""

import keyring
import pytest
from keyring.backends import fail

from app.core import escalation as rules
from app.integrations import escalations as outbox
from app.integrations.jira import credentials
from app.operations import contacts as c
from app.operations.config import update_settings
from app.ui.qt import QApplication, Qt
from app.ui.qt_i18n import install_language
from tests.integrations.jira_server import JiraServer

CODE = "37605030299"
USER = "it@office.example"


@pytest.fixture(autouse=True)
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def jira():
    server = JiraServer(cloud=True).start()
    yield server
    server.stop()


def targets(site):
    return [{"code": "it", "name": "IT-tugi", "kind": "jira", "site": site, "user": USER,
             "project": "IT", "issue_type": "Task", "role": rules.IT_SUPPORT},
            {"code": "load", "name": "Ehitusload", "kind": "email",
             "address": "load@linn.example.ee"}]


@pytest.fixture
def window(qtbot, local, make_runner, staff):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    c.create_demo_topics(staff)
    runner = make_runner(staff_actor())
    win = MainWindow(runner, local.settings, local=local)
    qtbot.addWidget(win)
    win.show_tab(win.contacts_tab)
    win.show()
    tab = win.contacts_tab
    qtbot.waitUntil(lambda: tab.data is not None and tab.form.topic_list.count() > 0)
    yield win
    tab.close_tab()
    runner.close()


def settle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.refresh.loading)


def click(qtbot, widget):
    assert widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_contact(qtbot, tab, staff, client=True):
    made = c.add_contact(staff, c.ContactForm(
        "phone", "pension-abroad", "Soome pension ei laekunud", lang="ru",
        client=c.Client("Olga Ivanova", CODE, "", "olga@example.ee", "+372 5555 1234")
        if client else c.Client()))
    tab.view.setCurrentIndex(tab.view.findData("office"))
    tab.reload()
    settle(qtbot, tab)
    row = next(r for r in range(tab.table.rowCount())
               if tab.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == made.id)
    tab.table.selectRow(row)
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: tab.opened is not None and tab.escalate_button.isEnabled())
    return made


def escalate_dialog(qtbot, tab):
    click(qtbot, tab.escalate_button)
    qtbot.waitUntil(lambda: getattr(tab, "escalate_dialog", None) is not None)
    return tab.escalate_dialog


def test_escalate_send_follow_and_tell_the_client(qtbot, window, local, staff, jira):
    tab = window.contacts_tab
    update_settings(staff, {"escalation.targets": targets(jira.url)})
    credentials.save_token(local.home, jira.url, USER, "cloud-token")
    made = open_contact(qtbot, tab, staff)
    dialog = escalate_dialog(qtbot, tab)
    assert dialog.summary.text() == "Pension välismaal \u2013 Soome pension ei laekunud"
    assert "Soome pension ei laekunud" in dialog.description.toPlainText()
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == ["it", "load"]
    assert not dialog.share["name"].isEnabled()
    dialog.consent.setChecked(True)
    assert dialog.share["name"].isEnabled() and not dialog.share["code"].isChecked()
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: tab.escalate_dialog is None)
    [row] = outbox.escalations(local.db, staff.office_id)
    assert row.contact_id == made.id and "Olga Ivanova" in row.description
    assert CODE not in row.description

    # the background worker sends it, off the UI thread
    tab.follower.follow_every_s = 0
    tab.follower.run_now()
    qtbot.waitUntil(lambda: outbox.escalation(local.db, row.id).state == rules.SENT)
    assert jira.state.creates() == 1
    tab.view.setCurrentIndex(tab.view.findData("escalations"))
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.escalations.rowCount() == 1
                    and tab.escalations.item(0, 3).text() == "IT-1")
    assert tab.tell_button.isVisible() and not tab.open_button.isVisible()

    # level 2 answers: the row is marked and the tab counts it
    jira.state.change("IT-1", "Done", "done", "Fixed")
    rounds = tab.follower.rounds
    tab.follower.run_now()
    qtbot.waitUntil(lambda: tab.follower.rounds > rounds)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.attention_count == 1)
    assert tab.escalations.item(0, 4).text() == "Done (done) \u2013 Fixed"
    assert tab.escalations.item(0, 7).text() == "answered: tell the client"
    assert window.tabs.tabText(window.index_of(tab)) == "Contacts (1)"
    assert window.statusBar().currentMessage() == (
        "Escalations that need you: 1 (Contacts, My escalations).")
    assert tab.follower.running is False

    # telling the client by phone closes it and its contact
    tab.escalations.selectRow(0)
    click(qtbot, tab.tell_button)
    qtbot.waitUntil(lambda: getattr(tab, "tell_dialog", None) is not None)
    tell = tab.tell_dialog
    assert tell.by_email.isChecked() and tell.lang == "ru"
    assert tell.subject.text().startswith("Ответ на ваш вопрос")
    tell.by_phone.setChecked(True)
    qtbot.keyClicks(tell.note, "Helistasin")
    click(qtbot, tell.close_button)
    qtbot.waitUntil(lambda: tab.tell_dialog is None)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.escalations.rowCount() == 0 and tab.attention_count == 0)
    assert outbox.escalation(local.db, row.id).closed_at is not None
    assert window.tabs.tabText(window.index_of(tab)) == "Contacts"


def test_without_a_target_the_form_says_so_in_estonian_and_nothing_is_queued(
        qtbot, window, local, staff):
    install_language("et")
    tab = window.contacts_tab
    open_contact(qtbot, tab, staff, client=False)
    dialog = escalate_dialog(qtbot, tab)
    assert "Ühtegi 2. taseme adressaati pole seadistatud" in dialog.fault.text()
    assert dialog.no_client.isVisible() and not dialog.consent.isVisible()
    dialog.summary.clear()
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled())
    assert "adressaati" in dialog.fault.text()
    assert outbox.escalations(local.db, staff.office_id) == []
    dialog.reject()
    install_language("en")


def test_an_empty_summary_is_refused_under_the_form(qtbot, window, local, staff, jira):
    install_language("ru")
    tab = window.contacts_tab
    update_settings(staff, {"escalation.targets": targets(jira.url)})
    open_contact(qtbot, tab, staff)
    dialog = escalate_dialog(qtbot, tab)
    dialog.summary.clear()
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.fault.isVisible() and dialog.send_button.isEnabled())
    assert dialog.fault.text() == (
        "Укажите краткое описание передачи; ничего не отправлено.")
    assert dialog.isVisible()
    assert outbox.escalations(local.db, staff.office_id) == []
    dialog.reject()
    install_language("en")


def test_an_it_problem_is_reported_from_the_lett_menu_with_what_is_attached_shown(
        qtbot, window, local, staff, jira):
    update_settings(staff, {"escalation.targets": targets(jira.url)})
    window.a_it_problem.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "it_problem_dialog")
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled() and bool(dialog.target_name))
    attached = dialog.attached.toPlainText()
    assert "Lett version:" in attached and "Ticket printer:" in attached
    assert "Sync: not connected to a server" in attached
    assert "IT-tugi" in dialog.target_label.text()
    qtbot.keyClicks(dialog.description, "The scanner does not answer")
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: window.contacts_tab.it_dialog is None)
    [row] = outbox.escalations(local.db, staff.office_id)
    assert (row.target, row.summary) == ("it", "The scanner does not answer")
    assert "Ticket printer:" in row.description


def test_a_busy_jira_waits_off_the_ui_thread_and_closing_the_window_ends_the_wait(
        qtbot, window, local, staff, jira):
    import time

    from app.ui.qt import QTimer

    tab = window.contacts_tab
    update_settings(staff, {"escalation.targets": targets(jira.url)})
    credentials.save_token(local.home, jira.url, USER, "cloud-token")
    open_contact(qtbot, tab, staff)
    made = tab.runner.ctx
    from app.operations import escalations as e

    e.escalate(made, tab.opened.contact.id, "it", "Busy Jira", "", None)
    jira.state.busy = [(429, "20")]
    tab.follower.run_now()
    qtbot.waitUntil(lambda: len(jira.state.requests) >= 1)
    assert tab.follower.running
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=1000)  # the UI goes on meanwhile
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 3
    assert not tab.follower._timer.isActive()
    assert jira.state.creates() == 0
