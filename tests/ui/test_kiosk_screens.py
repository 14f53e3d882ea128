"""The kiosk on the screens offices buy, portrait and landscape, in each language, with the
longest service names the configuration allows: every text is measured against its widget
(nothing cut) and every widget against the others (nothing overlapping)."""

import re
import time

import pytest
from PySide6.QtCore import QRect
from sqlalchemy import update

from app.store.models import Service
from app.ui.qt import QFontMetrics, QLabel, QPushButton

SIZES = [(1080, 1920), (768, 1024), (1024, 768), (1280, 1024), (1366, 768), (1920, 1080)]
LONGEST = 200  # app.core.config.need_text: a service name has at most 200 characters
WORDS = {
    "et": "Pensionid, toetused ja hüvitised, dokumendid ja tõendid, perehüvitised ning "
          "välismaal elamise küsimused",
    "ru": "Пенсии, пособия и компенсации, документы и справки, семейные пособия и вопросы "
          "проживания за границей",
    "en": "Pensions, benefits and allowances, documents and certificates, family benefits "
          "and questions of living abroad",
}


def longest(lang, letter):
    """A name of exactly LONGEST characters, in words, different per service."""
    text = (f"{letter}: " + (WORDS[lang] + ", ") * 3)[:LONGEST - 1]
    return text + "."


@pytest.fixture
def kiosk(qtbot, local, make_runner):
    from app.operations.context import kiosk_actor
    from app.ui.kiosk import KioskWindow

    with local.db.write() as s:
        for letter in "ABC":
            s.execute(update(Service).where(Service.code == letter).values(
                name_et=longest("et", letter), name_ru=longest("ru", letter),
                name_en=longest("en", letter)))
    window = KioskWindow(make_runner(kiosk_actor()), local.settings)
    window.show()
    qtbot.waitUntil(lambda: len(window.service_buttons) == 3)
    yield window
    window.unlocked = True
    window.close()
    window.deleteLater()


def shown_lines(widget):
    if hasattr(widget, "lines"):
        return widget.lines()
    return (QPushButton.text(widget) if isinstance(widget, QPushButton)
            else QLabel.text(widget)).split("\n")


def room(widget):
    """Width and height the widget's text has: its contents less the padding and frame its
    style sheet gives it."""
    rect = widget.contentsRect()
    if not isinstance(widget, QPushButton):
        return rect.width(), rect.height()
    sheet = widget.styleSheet().split("}")[0]
    padding = re.search(r"padding: (\d+)(?:px)?(?: (\d+)px)?;", sheet)
    frame = re.search(r"border(?:-width)?: (\d+)(?:px)?", sheet)
    vertical = int(padding.group(1)) if padding else 0
    horizontal = int(padding.group(2) or vertical) if padding else 0
    edge = int(frame.group(1)) if frame else 0
    return (rect.width() - 2 * (horizontal + edge), rect.height() - 2 * (vertical + edge))


def problems(window):
    """Texts cut and widgets overlapping on the kiosk's current screen."""
    found = []
    page = window.pages.currentWidget()
    boxes = []
    for widget in page.findChildren(QLabel) + page.findChildren(QPushButton):
        if not widget.isVisibleTo(window) or shown_lines(widget) == [""]:
            continue
        metrics = QFontMetrics(widget.font())
        width, height = room(widget)
        lines = shown_lines(widget)
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        tall = len(lines) * metrics.lineSpacing()
        name = widget.objectName() or repr(lines[0][:20])
        if wide > width:
            found.append(f"{name}: text {wide} px wide in {width} px")
        if tall > height + 2:
            found.append(f"{name}: {len(lines)} lines {tall} px tall in {height} px")
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not window.rect().contains(box):
            found.append(f"{name}: {box} leaves the screen {window.rect()}")
        boxes.append((name, box))
    for i, (name, box) in enumerate(boxes):
        for other, other_box in boxes[i + 1:]:
            if box.intersects(other_box):
                found.append(f"{name} {box} overlaps {other} {other_box}")
    return found


def settle(qtbot, window):
    qtbot.waitUntil(lambda: time.monotonic() >= window.guard_until)
    qtbot.wait(30)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_is_cut_or_overlapping(qtbot, kiosk, size, shoot):
    from app.core.errors import PrintFailed
    from app.ui.qt import Qt
    from app.ui.runner import failure_of

    window = kiosk
    width, height = size
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width and window.height() == height)
    for lang in ("et", "ru", "en"):
        window.reset()
        settle(qtbot, window)
        qtbot.mouseClick(window.language_buttons[lang], Qt.MouseButton.LeftButton)
        qtbot.wait(30)
        assert problems(window) == [], (size, lang, "start")
        shoot(window, f"kiosk-{width}x{height}-{lang}")
        settle(qtbot, window)
        qtbot.mouseClick(window.service_buttons["B"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
        qtbot.wait(30)
        assert problems(window) == [], (size, lang, "ticket")
        shoot(window, f"kiosk-ticket-{width}x{height}-{lang}")
        window._not_issued(failure_of(PrintFailed("printer_unreachable"), lang))
        qtbot.wait(30)
        assert problems(window) == [], (size, lang, "message")
        window.ask_pin()
        qtbot.wait(30)
        assert problems(window) == [], (size, lang, "PIN")


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_a_long_service_name_is_cut_short_not_made_small(qtbot, local, make_runner, size):
    """One 200-character name among short ones: it takes at most three lines at a readable
    size, ending in "…" where the rest does not fit; the other buttons keep their size."""
    from app.operations.context import kiosk_actor
    from app.ui.fit import READABLE
    from app.ui.kiosk import ELLIPSIS, NAME_LINES, KioskWindow

    window = KioskWindow(make_runner(kiosk_actor()), local.settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: len(window.service_buttons) == 3)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    names = {"et": "A   Pensionid", "ru": "A   Пенсии", "en": "A   Pensions"}

    def choose(lang):
        window.choose_language(lang)
        qtbot.waitUntil(lambda: window.service_buttons["A"].text() == names[lang])
    try:
        short = {}
        for lang in ("et", "ru", "en"):
            choose(lang)
            short[lang] = {c: b.font().pixelSize() for c, b in window.service_buttons.items()}
        with local.db.write() as s:
            s.execute(update(Service).where(Service.code == "B").values(
                name_et=longest("et", "B"), name_ru=longest("ru", "B"),
                name_en=longest("en", "B")))
        window.refresh.request()
        qtbot.waitUntil(lambda: "B: " in window.service_buttons["B"].text())
        elided = 0
        for lang in ("et", "ru", "en"):
            choose(lang)
            buttons = window.service_buttons
            assert longest(lang, "B") in buttons["B"].text()
            for code in "AC":  # the others' texts do not shrink
                assert buttons[code].font().pixelSize() == short[lang][code], (lang, code)
            long_one = buttons["B"]
            metrics = QFontMetrics(long_one.font())
            lines = long_one.lines()
            width, height = long_one.inner()
            assert len(lines) <= NAME_LINES
            assert long_one.font().pixelSize() >= int(long_one.largest * READABLE)
            assert all(metrics.horizontalAdvance(line) <= width for line in lines)
            assert len(lines) * metrics.lineSpacing() <= height
            shown = " ".join(lines)
            name = f"B   {longest(lang, 'B')}"
            if shown.endswith(ELLIPSIS):  # cut between whole words, never inside a letter
                elided += 1
                kept = shown[:-1]
                assert name.startswith(kept) and name[len(kept)] in " ,.", (lang, kept[-20:])
            else:
                assert shown == name
        if size == (1080, 1920):  # the narrow screen cannot hold it in three lines
            assert elided == 3
        # the ticket screen shows the name the same way
        qtbot.waitUntil(lambda: time.monotonic() >= window.guard_until)
        window.press("B")
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.ticket_page)
        label = window.ticket_service
        assert len(label.lines()) <= NAME_LINES
        assert label.font().pixelSize() >= int(label.largest * READABLE)
        metrics = QFontMetrics(label.font())
        assert all(metrics.horizontalAdvance(line) <= label.contentsRect().width()
                   for line in label.lines())
    finally:
        window.unlocked = True
        window.close()


def test_a_long_name_keeps_the_services_hours_and_a_word_longer_than_a_line_is_cut(qtbot):
    from app.ui.kiosk import ELLIPSIS, NAME_LINES, fit_name
    from app.ui.qt import QFont

    font = QFont()
    font.setBold(True)
    name = f"B   {longest('ru', 'B')}"
    size, lines = fit_name(font, f"{name}\nЗакрыто, откроется в 13:00", 600, 260, 60)
    metrics_font = QFont(font)
    metrics_font.setPixelSize(size)
    metrics = QFontMetrics(metrics_font)
    assert size >= 36 and lines[-1] == "Закрыто, откроется в 13:00"
    assert len(lines) <= NAME_LINES + 1 and lines[-2].endswith(ELLIPSIS)
    assert all(metrics.horizontalAdvance(line) <= 600 for line in lines)
    assert len(lines) * metrics.lineSpacing() <= 260
    size, lines = fit_name(font, "Ж" * 200, 600, 260, 60)
    metrics_font.setPixelSize(size)
    metrics = QFontMetrics(metrics_font)
    assert lines[-1].endswith(ELLIPSIS) and set(lines[-1][:-1]) == {"Ж"}
    assert all(metrics.horizontalAdvance(line) <= 600 for line in lines)
