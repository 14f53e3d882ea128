"""The kiosk page of the configuration dialog: the server's public address that the ticket's
QR code opens, and the place kept for a visitor who stepped out."""

import pytest

from app.core.permissions import Actor, Role
from app.operations import config as cfg
from app.ui.qt import Qt


@pytest.fixture
def kiosk_page(qtbot, local, make_runner):
    from app.ui.config.dialog import ConfigDialog
    from app.ui.config.kiosk import KioskPage

    window = ConfigDialog(make_runner(Actor("mari", frozenset({Role.ADMIN}))), local.settings,
                          local)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.config is not None)
    window.index.setCurrentRow(window.pages.index(window.page(KioskPage)))
    return window, window.page(KioskPage)


def save(qtbot, page):
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    return page.banner.text()


def test_public_address_must_be_https_and_grace_is_off_by_default(qtbot, kiosk_page, staff,
                                                                  shoot):
    window, page = kiosk_page
    assert page.page_address.text() == ""
    assert page.away.value() == 0 and page.away.text() == "not offered"
    page.page_address.setText("http://jarjekord.example.ee")
    assert save(qtbot, page) == ("Ticket page address: \u201chttp://jarjekord.example.ee\u201d is "
                                 "not an address like https://queue.example.ee.")
    assert cfg.office_settings(staff)["ticket_page.address"] == ""
    page.page_address.setText("https://jarjekord.example.ee/")
    page.away.setValue(5)
    assert save(qtbot, page) == "The kiosk settings are saved."
    shoot(window, "config-ticket-page")
    settings = cfg.office_settings(staff)
    assert settings["ticket_page.address"] == "https://jarjekord.example.ee"
    assert settings["ticket_page.away_minutes"] == 5
