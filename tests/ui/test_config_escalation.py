"""The level-2 targets page, driven as an admin would: a bad site refused in Estonian with its
field marked, a target saved with its token kept on this PC (never in the settings), Test
connection against the local Jira (a wrong token, then the saved one), and removing it."""

import keyring
import pytest
from keyring.backends import fail

from app.integrations.jira import credentials
from app.operations import config as cfg
from app.ui.qt import Qt
from app.ui.qt_i18n import install_language
from tests.integrations.jira_server import JiraServer
from tests.ui.test_config_dialog import (
    ADMIN,
    dialog,  # noqa: F401  (the fixture)
    page_of,
    save,
)

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


def type_in(page, **values):
    for name, text in values.items():
        page.edits[name].setText(text)


def test_targets_are_checked_saved_with_their_token_apart_and_tested(
        qtbot, dialog, local, staff, jira):  # noqa: F811
    from app.ui.config.escalation import EscalationPage

    install_language("et")
    window = dialog(ADMIN)
    page = page_of(window, EscalationPage)
    assert window.index.item(window.pages.index(page)).text() == "2. taseme adressaadid"
    type_in(page, code="it", name="IT-tugi", site="ftp://jira", user=USER, project="IT",
            issue_type="Task", token="cloud-token")
    page.it_support.setChecked(True)
    text = save(qtbot, page)
    assert "ei ole Jira saidi aadress" in text
    assert "border" in page.edits["site"].styleSheet()
    assert cfg.office_settings(staff)["escalation.targets"] == []
    install_language("en")

    page.edits["site"].setText(jira.url)
    page.edits["token"].setText("expired")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and page.banner.isVisible())
    assert "did not accept the token" in page.banner.text()
    assert "border" in page.edits["token"].styleSheet()
    page.edits["token"].setText("cloud-token")
    page.banner.clear_message()
    qtbot.waitUntil(lambda: page.save_button.isEnabled())
    text = save(qtbot, page)
    assert text == "The level-2 target is saved."
    [target] = cfg.office_settings(staff)["escalation.targets"]
    assert target["role"] == "it-support" and "cloud-token" not in str(target)
    assert credentials.load_token(local.home, jira.url, USER) == "cloud-token"
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.edits["token"].text() == ""

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("The connection works"))
    assert page.result.text() == "The connection works: IT Support: Project IT"

    page.table.selectRow(0)
    assert page.edits["project"].text() == "IT" and page.it_support.isChecked()
    page.kind.setCurrentIndex(page.kind.findData("email"))
    assert not page.edits["site"].isVisibleTo(page) and page.edits["address"].isVisibleTo(page)
    page.kind.setCurrentIndex(page.kind.findData("jira"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cfg.office_settings(staff)["escalation.targets"] == [])
