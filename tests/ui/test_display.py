"""The waiting-room display: calls made anywhere on the store appear, the newest stands out."""

import subprocess
import sys
import time

import pytest

from app.operations import queue as q
from app.operations.context import display_actor, staff_actor
from app.ui.watch import DataWatch

ROOT_CALL = """
import sys
from app.operations.bootstrap import open_local
from app.operations.context import staff_actor
from app.operations.queue import call_next
local = open_local(__import__("pathlib").Path(sys.argv[1]))
print(call_next(local.context(staff_actor()), int(sys.argv[2])).number)
local.close()
"""


@pytest.fixture
def display(qtbot, local):
    """The display on the real clock (another process's calls carry the real time)."""
    from app.ui.display import DisplayWindow
    from app.ui.runner import Runner

    runner = Runner(local.context(display_actor()))
    watch = DataWatch(local.database_url)
    window = DisplayWindow(runner, local.settings, watch)
    qtbot.addWidget(window)
    watch.start()
    window.resize(1920, 1080)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    # The words in English, held there (the display takes et, ru and en in turn).
    window.language_timer.stop()
    window.show_language("en")
    yield window
    watch.stop()
    runner.close()


@pytest.fixture
def desk(local):
    return local.context(staff_actor())


def test_a_call_from_another_process_shows_within_a_second(qtbot, display, desk, local):
    q.issue_ticket(desk, "A")
    q.issue_ticket(desk, "B")
    qtbot.waitUntil(lambda: display.board.overview[0].waiting == 1)
    done = subprocess.run([sys.executable, "-c", ROOT_CALL, str(local.home), "2"],
                          capture_output=True, text=True, timeout=60, cwd=str(_root()))
    called = time.monotonic()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "B001"
    qtbot.waitUntil(lambda: display.now_number.text() == "B001", timeout=1000)
    assert time.monotonic() - called < 1.0
    assert display.now_counter.text() == "\u2192 Counter 2"
    assert display.flashing


def test_the_newest_call_is_large_and_earlier_calls_are_listed(qtbot, display, desk):
    for code in "ABCAB":
        q.issue_ticket(desk, code)
    for counter in (1, 2, 3):
        q.call_next(desk, counter)
    qtbot.waitUntil(lambda: display.now_number.text() == "C001")
    qtbot.waitUntil(lambda: display.rows[1][0].text() == "A001")
    assert [(n.text(), c.text()) for n, c in display.rows[:2]] == [("B001", "2"), ("A001", "1")]
    assert display.now_number.font().pixelSize() > display.rows[0][0].font().pixelSize()
    chips = {code: chip.text() for code, chip in display.service_chips.items()}
    assert chips["A"] == "A Pensions: 1 waiting"


def test_a_recall_is_highlighted_again(qtbot, display, desk):
    q.issue_ticket(desk, "A")
    q.issue_ticket(desk, "B")
    q.call_next(desk, 1)
    q.call_next(desk, 2)
    qtbot.waitUntil(lambda: display.now_number.text() == "B001")
    qtbot.waitUntil(lambda: not display.flashing, timeout=5000)
    q.recall(desk, 1)
    qtbot.waitUntil(lambda: display.now_number.text() == "A001", timeout=1000)
    assert display.now_recall.text() == "Called again"
    assert display.flashing
    assert display.now_counter.text() == "\u2192 Counter 1"


def test_the_chime_sounds_for_a_new_call_only_when_switched_on(qtbot, local, desk):
    from app.operations.config import update_settings
    from app.ui.display import DisplayWindow
    from app.ui.runner import Runner

    runner = Runner(local.context(display_actor()))
    window = DisplayWindow(runner, local.settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.board is not None)
    q.issue_ticket(desk, "A")
    q.issue_ticket(desk, "A")
    q.call_next(desk, 1)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "A001")
    assert window.chime.played == 0  # switched off (the office's setting in these tests)
    # An admin switches it on: the running display follows at its next refresh.
    update_settings(desk, {"display.chime": True})
    q.finish(desk, 1)
    q.call_next(desk, 1)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "A002")
    assert window.chime.enabled and window.chime.played == 1
    runner.close()


def test_the_display_follows_the_office_settings_without_a_restart(qtbot, local, desk, shoot):
    from app.operations.config import update_settings
    from app.ui.display import DisplayWindow
    from app.ui.runner import Runner

    runner = Runner(local.context(display_actor()))
    window = DisplayWindow(runner, local.settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    for _ in range(5):
        q.issue_ticket(desk, "B")
    for _ in range(4):
        q.call_next(desk, 2)
        q.finish(desk, 2)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "B004")
    assert [n.text() for n, _c in window.rows if n.isVisible()] == ["B003", "B002", "B001",
                                                                     "", ""]
    assert window.footer.isVisible()
    update_settings(desk, {"display.calls_shown": 3, "display.layout": "calls_only"})
    window.refresh.request()
    qtbot.waitUntil(lambda: not window.footer.isVisible())
    assert [n.text() for n, _c in window.rows if n.isVisible()] == ["B003", "B002"]
    shoot(window, "display-calls-only")
    runner.close()


def test_text_grows_with_the_screen(qtbot, display):
    display.resize(1920, 1080)
    qtbot.waitUntil(lambda: display.height() == 1080)
    big = display.now_number.font().pixelSize()
    display.resize(1280, 720)
    qtbot.waitUntil(lambda: display.height() == 720)
    small = display.now_number.font().pixelSize()
    assert big == 180
    assert small == 117


def test_the_words_take_et_ru_en_in_turn_and_the_number_never_moves(qtbot, display, desk):
    q.issue_ticket(desk, "A")
    q.call_next(desk, 1)
    qtbot.waitUntil(lambda: display.now_number.text() == "A001")
    qtbot.waitUntil(lambda: not display.flashing, timeout=5000)
    display.show_language("et")
    place = display.now_number.geometry()
    seen = {}
    for _ in range(4):
        qtbot.wait(50)
        seen.setdefault(display.shown_lang, (display.now_caption.text(),
                                             display.now_counter.text(),
                                             display.list_head_counter.text()))
        assert display.now_number.geometry() == place, display.shown_lang
        display.next_language()
    assert seen == {"et": ("Kutsutakse", "\u2192 Teeninduslett 1", "Teeninduslett"),
                    "ru": ("Вызывается", "\u2192 Окно 1", "Окно"),
                    "en": ("Now calling", "\u2192 Counter 1", "Counter")}
    assert display.shown_lang == "ru"  # et, ru, en, and et again


def test_the_words_turn_by_themselves(qtbot, display):
    from app.ui import display as screen

    display.show_language("et")
    display.language_timer.start(50)
    qtbot.waitUntil(lambda: display.shown_lang == "ru", timeout=2000)
    qtbot.waitUntil(lambda: display.shown_lang == "en", timeout=2000)
    assert display.now_caption.text() == "Now calling"
    assert screen.LANGUAGE_MS >= 4000  # long enough to read a line twice


def test_the_clock_shows_the_office_time_not_the_pcs(display):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    display._tick()
    tallinn = {datetime.now(ZoneInfo("Europe/Tallinn")).strftime("%H:%M") for _ in range(2)}
    assert display.clock.text() in tallinn
    assert display.clock.text() != datetime.now(UTC).strftime("%H:%M")


def test_full_screen_covers_the_whole_screen(qtbot, local):
    from app.operations.context import display_actor
    from app.ui.display import DisplayWindow
    from app.ui.runner import Runner

    runner = Runner(local.context(display_actor()))
    window = DisplayWindow(runner, local.settings)
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitUntil(window.isVisible)
    assert window.geometry() == window.screen().geometry()
    runner.close()


def test_display_reads_well_at_full_hd_and_720p(qtbot, display, desk, shoot):
    for code in "ABCABCABCAB":
        q.issue_ticket(desk, code)
    for counter in (1, 2, 3, 1, 2, 3):
        q.call_next(desk, counter)
    q.recall(desk, 3)
    display.show_language("et")
    qtbot.waitUntil(lambda: display.now_caption.text() == "Kutsutakse")
    qtbot.waitUntil(lambda: display.rows[4][0].text() != "")
    qtbot.waitUntil(lambda: not display.flashing, timeout=5000)
    for width, height in ((1920, 1080), (1280, 720)):
        display.resize(width, height)
        qtbot.waitUntil(lambda h=height: display.height() == h)
        for lang in ("et", "ru", "en"):
            display.show_language(lang)
            qtbot.wait(100)  # the layout follows the new text sizes
            for label in [display.now_number, display.now_counter, display.now_caption,
                          display.now_recall, display.title, display.list_head_counter,
                          *display.service_chips.values(), *(n for n, _ in display.rows)]:
                needed = label.fontMetrics().horizontalAdvance(label.text())
                assert needed <= label.contentsRect().width(), (width, lang, label.text())
                assert label.fontMetrics().height() <= label.contentsRect().height()
            shoot(display, f"display-{width}x{height}-{lang}",
                  readme=(width, lang) in ((1920, "et"), (1280, "ru")))


def _root():
    from pathlib import Path

    return Path(__file__).resolve().parents[2]
