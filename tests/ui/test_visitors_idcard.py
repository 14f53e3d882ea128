"""The Visitors tab fills the form from the ID card in the virtual reader."""

import time

from app.ui.qt import Qt
from tests.idcard.conftest import pcscd  # noqa: F401  (fixture)
from tests.idcard.vcard import OTHER_ATR, VirtualCard
from tests.ui.test_visitors_tab import purposes, window  # noqa: F401  (fixtures)


def _read(qtbot, tab, until):
    """Press the button until the reader has noticed the card (it polls), then wait."""
    deadline = time.monotonic() + 10
    while True:
        qtbot.mouseClick(tab.card_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.card_button.isEnabled(), timeout=10_000)
        if until() or time.monotonic() > deadline:
            return
        qtbot.wait(300)


def test_reading_the_id_card_fills_name_and_code(qtbot, pcscd, window):  # noqa: F811
    tab = window.visitors_tab
    card = VirtualCard.esteid("ÕUNAPUU", "MARI-LIIS", "49403136515").insert()
    try:
        _read(qtbot, tab, lambda: tab.inputs["name"].text() != "")
    finally:
        card.remove()
    assert tab.inputs["name"].text() == "Mari-Liis Õunapuu"
    assert tab.inputs["id_code"].text() == "49403136515"
    assert not tab.faults["id_code"].isVisible()
    assert "Read from the ID card" in tab.banner.text()


def test_no_card_or_another_card_is_said_and_the_form_kept(qtbot, pcscd, window):  # noqa: F811
    tab = window.visitors_tab
    qtbot.keyClicks(tab.inputs["name"], "Jaan Tamm")
    time.sleep(0.6)
    qtbot.mouseClick(tab.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "There is no card in the reader" in tab.banner.text(),
                    timeout=10_000)
    card = VirtualCard({}, atr=OTHER_ATR).insert()
    try:
        _read(qtbot, tab, lambda: "not an Estonian ID card" in tab.banner.text())
    finally:
        card.remove()
    assert "not an Estonian ID card" in tab.banner.text()
    assert tab.inputs["name"].text() == "Jaan Tamm"
