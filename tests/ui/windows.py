"""Driving a window that runs its own event loop (a dialog's exec, the application's exec) from
a test: the test's steps run from a timer once the window shows."""

from app.ui.qt import QApplication, QDialog, QTimer

# A window is looked for every 50 ms; typing waits for it to become the active window for
# up to 5 s, and a window that never shows is given up on after 60 s.
LOOK_MS = 50
ACTIVE_TRIES = 100
SHOW_TRIES = 1200


def when_shown(cls, then):
    """Call `then(window)` once a top-level window of `cls` shows and is the active window.
    Should `then` fail, a dialog is cancelled (another window's loop is ended), so the loop
    returns and the failure is reported instead of the test waiting on the window for good."""
    tries = []

    def look():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        tries.append(1)
        if shown and (QApplication.activeWindow() is shown[0] or len(tries) > ACTIVE_TRIES):
            try:
                then(shown[0])
            except BaseException:
                end(shown[0])
                raise
        elif len(tries) > SHOW_TRIES:
            QApplication.exit(1)
            raise AssertionError(f"no {cls.__name__} showed in {SHOW_TRIES * LOOK_MS // 1000} s")
        else:
            if shown:  # typing goes to the active window only
                shown[0].activateWindow()
            QTimer.singleShot(LOOK_MS, look)

    QTimer.singleShot(LOOK_MS, look)


def end(window) -> None:
    """End the loop `window` runs: a dialog is cancelled, the application is quit."""
    if isinstance(window, QDialog):
        window.reject()
    else:
        QApplication.exit(1)
