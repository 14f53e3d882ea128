"""Windows under test: a demo office in a temporary data folder, a clock the test moves, and
screenshots saved for a person to look at (into LETT_SCREENSHOTS when it is set)."""

import gc
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def local(tmp_path):
    from app.operations.bootstrap import open_local
    from app.operations.context import staff_actor
    from app.operations.setup import create_demo_office

    loc = open_local(tmp_path / "lett-home")
    create_demo_office(loc.db, staff_actor())
    from app.operations.config import update_settings
    from app.operations.context import open_context

    update_settings(open_context(loc.db, staff_actor()), {"display.chime": False})
    yield loc
    loc.close()


def _delete_closed_windows():
    """Delete the windows earlier tests closed, now rather than whenever the garbage collector
    breaks their reference cycles (possibly while Qt is delivering an event to one)."""
    from app.ui.qt import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture(autouse=True)
def english(qapp):
    """Every test starts and ends with the windows in English, the source language."""
    from app.ui.qt_i18n import install_language

    _delete_closed_windows()
    install_language("en")
    yield
    install_language("en")


# The longest window test takes a few seconds.
WINDOWS_WAIT_S = 60


@pytest.fixture(autouse=True)
def no_window_waits_for_good(qapp):
    """A window still running its own event loop after a minute (a dialog's exec or the
    application's exec whose test step failed) is closed and its loops ended, and the test
    fails saying so, instead of the test process waiting on it for good."""
    from app.ui.qt import QApplication, QTimer

    waiting: list[list[str]] = []

    def end_all() -> None:
        waiting.append([type(w).__name__ for w in QApplication.topLevelWidgets()
                        if w.isVisible()])
        for window in QApplication.topLevelWidgets():
            window.close()
        QApplication.exit(1)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(end_all)
    timer.start(WINDOWS_WAIT_S * 1000)
    yield
    timer.stop()
    if waiting:
        pytest.fail(f"windows still waiting after {WINDOWS_WAIT_S} s: {waiting[0]}")


@pytest.fixture
def context_for(local, clock):
    """The context of an actor on the demo office, on the test's clock."""
    from app.operations.context import open_context

    def make(actor):
        return open_context(local.db, actor, clock=clock)

    return make


@pytest.fixture
def staff(context_for):
    from app.operations.context import staff_actor

    return context_for(staff_actor())


@pytest.fixture
def make_runner(context_for):
    from app.ui.runner import Runner

    made = []

    def make(actor):
        runner = Runner(context_for(actor))
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.close()


@pytest.fixture
def shoot(tmp_path):
    """shoot(widget, name, readme=False): save what the widget shows as <name>.png in the
    test's temporary folder; the README's pictures go to LETT_SCREENSHOTS when it is set."""
    target = os.environ.get("LETT_SCREENSHOTS")

    def save(widget, name, readme=False):
        folder = ROOT / target if readme and target else tmp_path / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save
