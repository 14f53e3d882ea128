"""Calls said aloud on the display: after the chime, in the visitor's language and then in
Estonian, one call after the other through Qt's audio output, each display with its own
volume and its own switch."""

from app.operations import queue as q
from app.operations.context import display_actor


def open_display(qtbot, local, make_runner):
    from app.ui.display import DisplayWindow

    window = DisplayWindow(make_runner(display_actor()), local.settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.board is not None)
    return window


def heard(window):
    return [name for name, _began, _ended in window.speaker.heard]


def chime_on(staff):
    from app.operations.config import update_settings

    update_settings(staff, {"display.chime": True})


def test_calls_are_said_after_the_chime_in_order_and_never_overlap(qtbot, local, staff,
                                                                   make_runner):
    from app.ui.qt import audio_output

    chime_on(staff)
    window = open_display(qtbot, local, make_runner)
    q.issue_ticket(staff, "A", lang="ru")
    q.call_next(staff, 1)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "A001")
    q.issue_ticket(staff, "B")
    q.call_next(staff, 2)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "B001")
    qtbot.waitUntil(lambda: len(window.speaker.heard) == 5 and not window.speaker.busy,
                    timeout=30_000)
    assert heard(window) == [
        "chime", "Номер A 0 0 1, окно 1", "Number A 0 0 1, teeninduslett 1",
        "chime", "Number B 0 0 1, teeninduslett 2",
    ]
    times = window.speaker.heard
    for (_n, _b, ended), (_m, began, _e) in zip(times, times[1:], strict=False):
        assert began >= ended  # one sound at a time
    # Each sound lasts about its own length (the chime's is 2 s).
    assert 1.9 < times[0][2] - times[0][1] < 6
    output = audio_output()
    devices = output.QMediaDevices.audioOutputs() if output else []
    if devices:
        assert window.speaker.through_audio_output == 5


def test_a_recall_is_said_again(qtbot, local, staff, make_runner):
    window = open_display(qtbot, local, make_runner)
    q.issue_ticket(staff, "C", lang="en")
    q.call_next(staff, 3)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "C001")
    q.recall(staff, 3)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_recall.text() != "")
    qtbot.waitUntil(lambda: len(window.speaker.heard) == 4, timeout=30_000)
    assert heard(window) == ["Number C 0 0 1, counter 3", "Number C 0 0 1, teeninduslett 3"] * 2


def test_speech_off_keeps_the_chime(qtbot, local, staff, make_runner):
    chime_on(staff)
    local.settings.set("display.speech", False)
    window = open_display(qtbot, local, make_runner)
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "A001")
    qtbot.waitUntil(lambda: len(window.speaker.heard) == 1, timeout=10_000)
    qtbot.wait(300)
    assert heard(window) == ["chime"]
    assert window.chime.played == 1


def test_each_display_has_its_volume(qtbot, local, make_runner):
    local.settings.set("display.volume", 35)
    window = open_display(qtbot, local, make_runner)
    assert window.speaker.volume == 0.35


def test_a_voice_that_fails_loses_only_the_words(qtbot, local, staff, make_runner,
                                                 monkeypatch):
    from app.speech.espeak import Espeak, SpeechUnavailable

    def broken(text, lang):
        raise SpeechUnavailable("espeak-ng cannot be loaded")

    monkeypatch.setattr(Espeak, "synthesize", broken)
    chime_on(staff)
    window = open_display(qtbot, local, make_runner)
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    window.refresh.request()
    qtbot.waitUntil(lambda: window.now_number.text() == "A001")
    qtbot.waitUntil(lambda: len(window.speaker.heard) == 1, timeout=10_000)
    qtbot.wait(300)
    assert heard(window) == ["chime"]
