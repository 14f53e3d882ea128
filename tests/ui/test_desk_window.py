"""The staff window on an office's screens: it fits a laptop, keeps its size whatever the
language, and opens where it was left."""

import pytest

from app.operations.context import staff_actor
from app.ui.qt_i18n import install_language

# 1366x768, a 40 px taskbar and the window manager's title bar of about 30 px.
LAPTOP = (1366, 768 - 40 - 30)


@pytest.fixture
def desk(qtbot, local, make_runner):
    from app.ui.main_window import MainWindow

    window = MainWindow(make_runner(staff_actor()), local.settings, actor=staff_actor(),
                        local=local)
    window.visitors_tab.open_documents = False
    qtbot.addWidget(window)
    return window


def _settle(qtbot, window):
    window.runner.wait(5000)
    qtbot.wait(50)


@pytest.mark.parametrize("lang", ["et", "ru", "en"])
def test_every_tab_fits_a_laptop_screen_without_scrolling(qtbot, desk, lang):
    desk.resize(*LAPTOP)
    desk.show()
    install_language(lang)
    for index in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(index)
        _settle(qtbot, desk)
        area = desk.tabs.widget(index)
        assert area.horizontalScrollBar().maximum() == 0, desk.tabs.tabText(index)
        assert area.verticalScrollBar().maximum() == 0, desk.tabs.tabText(index)
        assert desk.statusBar().isVisible()


def test_the_minimum_size_stays_small_in_every_language(qtbot, desk):
    desk.show()
    sizes = []
    for lang in ("et", "ru", "en", "et"):
        install_language(lang)
        for index in range(desk.tabs.count()):
            desk.tabs.setCurrentIndex(index)
            _settle(qtbot, desk)
            hint = desk.minimumSizeHint().expandedTo(desk.minimumSize())
            sizes.append((hint.width(), hint.height()))
    assert max(w for w, _h in sizes) <= 1024
    assert max(h for _w, h in sizes) <= 600
    # Switching languages back and forth leaves the window as small as it could be at first.
    assert sizes[-1] == sizes[0]


def test_a_tab_larger_than_the_window_scrolls(qtbot, desk):
    desk.show()
    desk.resize(800, 520)
    desk.show_tab(desk.visitors_tab)
    _settle(qtbot, desk)
    area = desk.tabs.currentWidget()
    assert area.verticalScrollBar().maximum() > 0
    assert desk.height() <= 600


def test_the_window_opens_where_it_was_closed(qtbot, local, make_runner, desk):
    from app.ui.main_window import MainWindow

    desk.show()
    desk.resize(800, 530)
    desk.move(30, 20)
    qtbot.wait(50)
    desk.close()
    assert local.settings.get("ui.window").endswith(",800,530")
    again = MainWindow(make_runner(staff_actor()), local.settings, actor=staff_actor(),
                       local=local)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (800, 530)


def test_a_first_start_fits_the_screen(qtbot, local, make_runner):
    from app.ui.main_window import MainWindow

    window = MainWindow(make_runner(staff_actor()), local.settings, actor=staff_actor(),
                        local=local)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    # This test's screen is smaller than 1360x880: the window takes all of it.
    window.show_placed()
    assert window.isMaximized()
    assert window.width() <= free.width()
    assert window.height() <= free.height()


@pytest.mark.parametrize(("lang", "look_in", "cancel"), [
    ("et", "Kaust:", "Loobu"),
    ("ru", "Перейти к:", "Отмена"),
    ("en", "Look in:", "Cancel"),
])
def test_qt_dialogs_speak_the_windows_language(qtbot, lang, look_in, cancel):
    from app.ui.qt import QDialogButtonBox, QFileDialog, QLabel

    install_language(lang)
    chooser = QFileDialog()
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(chooser)
    labels = [label.text().replace("&", "") for label in chooser.findChildren(QLabel)]
    assert look_in in labels
    buttons = chooser.findChild(QDialogButtonBox)
    texts = [button.text() for button in buttons.buttons()]
    assert cancel in texts


def _counter_open(local, number):
    from app.operations.context import open_context
    from app.operations.queue import list_counters

    ctx = open_context(local.db, staff_actor())
    return next(c.is_open for c in list_counters(ctx) if c.number == number)


@pytest.mark.parametrize(("answer", "closes", "counter_stays_open"), [
    ("Close the counter", True, False),
    ("Leave it open", True, True),
    ("Do not quit", False, True),
])
def test_quitting_asks_what_becomes_of_the_open_counter(qtbot, local, make_runner, answer,
                                                        closes, counter_stays_open):
    from app.operations.context import open_context
    from app.operations.queue import set_counter_open
    from app.ui.main_window import MainWindow
    from app.ui.qt import QMessageBox
    from tests.ui.windows import when_shown

    set_counter_open(open_context(local.db, staff_actor()), 1, True)
    local.settings.set("counter.number", 1)
    window = MainWindow(make_runner(staff_actor()), local.settings, actor=staff_actor(),
                        local=local)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.queue_tab.counter_is_open())
    questions = []

    def reply(box):
        questions.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()

    when_shown(QMessageBox, reply)
    window.a_quit.trigger()
    qtbot.waitUntil(lambda: bool(questions))
    assert questions[0].startswith("Counter 1 is open. Close it now?")
    window.runner.wait(5000)
    qtbot.waitUntil(lambda: window.isVisible() is not closes)
    assert _counter_open(local, 1) is counter_stays_open
    window._counter_settled = True  # the test's own clean-up closes the window unasked
