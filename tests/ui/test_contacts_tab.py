"""The staff window's Contacts tab, used as an adviser answering the phone uses it."""

import pytest

from app.operations import contacts as c
from app.store.models import Contact, PersonalDataAccess
from app.ui.qt import Qt
from app.ui.qt_i18n import install_language

CODE = "37605030299"


@pytest.fixture
def window(qtbot, local, make_runner, staff):
    from app.operations.context import staff_actor
    from app.ui.main_window import MainWindow

    c.create_demo_topics(staff)
    runner = make_runner(staff_actor())
    win = MainWindow(runner, local.settings)
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


def click_topic(qtbot, tab, name):
    items = tab.form.topic_list.findItems(name, Qt.MatchFlag.MatchContains)
    assert items, name
    rect = tab.form.topic_list.visualItemRect(items[0])
    qtbot.mouseClick(tab.form.topic_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())


def contacts(local):
    with local.db.read() as s:
        return s.query(Contact).order_by(Contact.started_at).all()


def test_a_phone_call_takes_one_key_and_two_clicks_from_another_tab(qtbot, window, local):
    tab = window.contacts_tab
    window.show_tab(window.queue_tab)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: tab.form.going_on is not None)
    assert window.tabs.currentIndex() == window.index_of(tab)
    assert tab.strip.isVisible()
    assert tab.strip.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    click_topic(qtbot, tab, "Pension abroad")
    click(qtbot, tab.form.stop_button)
    qtbot.waitUntil(lambda: tab.form.going_on is None)
    settle(qtbot, tab)
    [row] = contacts(local)
    assert (row.channel, row.outcome, row.ended_at is not None) == ("phone", "served", True)
    assert not tab.strip.isVisible()
    assert "Pension abroad" in tab.banner.text()
    assert tab.table.rowCount() == 1


def test_the_strip_stops_the_call_with_its_note(qtbot, window, local):
    tab = window.contacts_tab
    click(qtbot, tab.form.start_button)
    qtbot.waitUntil(lambda: tab.strip.isVisible())
    click_topic(qtbot, tab, "Benefits")
    tab.form.note.insertPlainText("Küsis peretoetuse kohta")
    click(qtbot, tab.strip.stop_button)
    qtbot.waitUntil(lambda: tab.form.going_on is None)
    [row] = contacts(local)
    assert row.note == "Küsis peretoetuse kohta"


def test_a_bad_client_code_is_shown_under_the_form_and_nothing_is_lost(qtbot, window, local):
    install_language("et")
    tab = window.contacts_tab
    tab.form.client_box.setChecked(True)
    qtbot.keyClicks(tab.form.client["name"], "Mari Maasikas")
    qtbot.keyClicks(tab.form.client["code"], "37605030298")
    qtbot.keyClicks(tab.form.note, "Volikiri")
    click(qtbot, tab.form.record_button)
    qtbot.waitUntil(lambda: tab.form.fault.isVisible())
    assert "kontrollnumber" in tab.form.fault.text()
    assert tab.form.note.toPlainText() == "Volikiri"
    assert contacts(local) == []
    tab.form.client["code"].clear()
    qtbot.keyClicks(tab.form.client["code"], CODE)
    click(qtbot, tab.form.record_button)
    qtbot.waitUntil(lambda: len(contacts(local)) == 1)
    install_language("en")


def test_opening_a_contact_reads_its_client_logged_and_links_its_ticket(qtbot, window,
                                                                       local, staff):
    from app.operations import queue as q

    tab = window.contacts_tab
    ticket = q.issue_ticket(staff, "A")
    made = c.add_contact(staff, c.ContactForm("info_desk", "pension",
                                              client=c.Client("Olga Ivanova", CODE)))
    tab.reload()
    settle(qtbot, tab)
    tab.view.setCurrentIndex(tab.view.findData("office"))
    settle(qtbot, tab)
    assert tab.table.item(0, 5).text() == "\u2713"
    tab.table.selectRow(0)
    click(qtbot, tab.open_button)
    qtbot.waitUntil(lambda: tab.opened is not None)
    assert tab.form.client["name"].text() == "Olga Ivanova"
    with local.db.read() as s:
        assert [r.action for r in s.query(PersonalDataAccess)] == ["register", "read"]
    tab.link_kind.setCurrentIndex(tab.link_kind.findData("ticket"))
    qtbot.keyClicks(tab.link_number, ticket.number)
    click(qtbot, tab.link_button)
    qtbot.waitUntil(lambda: tab.links.count() == 1 and ticket.number in tab.links.item(0).text())
    assert [x.label for x in c.contact_details(staff, made.id).links] == [ticket.number]


def test_views_by_topic_and_channel_and_search(qtbot, window, staff):
    tab = window.contacts_tab
    c.add_contact(staff, c.ContactForm("phone", "pension", "Pension certificate"))
    c.add_contact(staff, c.ContactForm("chat", "portal", "Password"))
    c.add_contact(staff, c.ContactForm("chat", "portal", "Power of attorney"))
    tab.view.setCurrentIndex(tab.view.findData("channel"))
    settle(qtbot, tab)
    assert (tab.counts.item(0, 0).text(), tab.counts.item(0, 1).text()) == ("Chat", "2")
    tab.view.setCurrentIndex(tab.view.findData("topic"))
    settle(qtbot, tab)
    assert tab.counts.rowCount() == 2
    tab.view.setCurrentIndex(tab.view.findData("search"))
    qtbot.keyClicks(tab.search_text, "certificate")
    click(qtbot, tab.search_button)
    settle(qtbot, tab)
    assert tab.table.rowCount() == 1


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_screenshots_of_the_contacts_tab(qtbot, window, staff, shoot, lang):
    tab = window.contacts_tab
    c.add_contact(staff, c.ContactForm("phone", "pension-abroad", "Soome pension",
                                       client=c.Client("Mari Maasikas", CODE)))
    c.add_contact(staff, c.ContactForm("chat", "portal", "Volikiri e-teenuses", "referred"))
    install_language(lang)
    try:
        window.show_tab(tab)
        click(qtbot, tab.form.start_button)
        qtbot.waitUntil(lambda: tab.strip.isVisible())
        click_topic(qtbot, tab, c.DEMO_TOPICS[2][1 if lang == "et" else 2])
        tab.reload()
        settle(qtbot, tab)
        shoot(window, f"contacts-tab-{lang}")
        shoot(tab.strip, f"contacts-strip-{lang}")
        tab.view.setCurrentIndex(tab.view.findData("topic"))
        settle(qtbot, tab)
        shoot(window, f"contacts-by-topic-{lang}")
        click(qtbot, tab.strip.stop_button)
        qtbot.waitUntil(lambda: tab.form.going_on is None)
    finally:
        install_language("en")
