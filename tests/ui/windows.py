"""Driving a window that runs its own event loop (a dialog's exec, the application's exec) from
a test: the test's steps run from a timer once the window shows."""

from app.ui.qt import QApplication, QDialog, QTimer

# A window is looked for every 50 ms, and typing waits up to 5 s for it to become the active
# window. A window that never shows is ended by the window tests' one-minute limit (conftest).
LOOK_MS = 50
ACTIVE_TRIES = 100


def when_shown(cls, then):
    """Call `then(window)` once a top-level window of `cls` shows and is the active window.
    Should `then` fail, the window's loop is ended, so the failure is reported instead of the
    test waiting on the window for good."""
    tries_since_shown = 0

    def look():
        nonlocal tries_since_shown
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        if shown and (QApplication.activeWindow() is shown[0]
                      or tries_since_shown >= ACTIVE_TRIES):
            try:
                then(shown[0])
            except BaseException:
                end(shown[0])
                raise
            return
        if shown:  # typing goes to the active window only
            tries_since_shown += 1
            shown[0].activateWindow()
        QTimer.singleShot(LOOK_MS, look)

    QTimer.singleShot(LOOK_MS, look)


def end(window) -> None:
    """End the loop `window` runs: a dialog is cancelled, the application is quit."""
    if isinstance(window, QDialog):
        window.reject()
    else:
        QApplication.exit(1)
