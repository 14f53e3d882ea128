"""The entry points `lett`, `lett kiosk` and `lett display` start their window and return when
the application quits."""

import pytest

from app.operations.context import staff_actor
from app.ui import app as entry
from app.ui.qt import QApplication, QTimer
from tests.ui.windows import when_shown


@pytest.mark.parametrize("start", [
    lambda local: entry.run_main(local, actor=staff_actor()),
    lambda local: entry.run_kiosk(local, windowed=True),
    lambda local: entry.run_display(local, windowed=True),
], ids=["main", "kiosk", "display"])
def test_entry_point_shows_its_window_and_returns(qtbot, local, start):
    seen = []

    def look_and_quit():
        seen.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        QApplication.exit(0)

    QTimer.singleShot(300, look_and_quit)
    assert start(local) == 0
    assert {"MainWindow", "KioskWindow", "DisplayWindow"} & set(seen)


def test_the_window_language_comes_from_the_settings(qtbot, local):
    from app.ui.qt_i18n import current_language

    local.settings.set("display.language", "ru")
    languages = []
    QTimer.singleShot(200, lambda: (languages.append(current_language()), QApplication.exit(0)))
    entry.run_display(local, windowed=True)
    assert languages == ["ru"]


def test_the_kiosk_ends_only_with_the_admin_pin(qtbot, local):
    from app.ui.kiosk import KioskWindow

    def leave(kiosk):
        QApplication.quit()  # refused: the kiosk keeps its window
        kiosk.pin_pad.entered.emit("1234")
        assert kiosk.isVisible()
        kiosk.pin_pad.entered.emit("0000")  # the office's default PIN

    when_shown(KioskWindow, leave)
    assert entry.run_kiosk(local, windowed=True) == 0
