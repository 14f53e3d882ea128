"""Entry points of the three windows, called by `app.cli`: `lett`, `lett kiosk`, `lett display`.

Each creates the QApplication when there is none, installs the window's language, opens the
context for its kind of user, starts watching the store for changes and runs the event loop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app import i18n
from app.core.errors import LettError
from app.core.heap import settle
from app.core.permissions import Actor
from app.operations.bootstrap import Local
from app.operations.context import Context, display_actor, kiosk_actor
from app.ui import style
from app.ui.live import live_watch
from app.ui.qt import QApplication, QCoreApplication, QEvent, QMessageBox, QWidget
from app.ui.qt_i18n import install_language
from app.ui.runner import Runner
from app.ui.watch import DataWatch

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def application() -> QApplication:
    """The running QApplication, created with Lett's name and font when there is none."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Lett")
    app.setOrganizationName("Lett")
    app.setFont(style.font(14))
    return app


def _open(local: Local, actor: Actor, session: Any = None) -> Context:
    """This PC's context, with the office's queue host when the PC is connected to one (the
    HTTP client loads here, on first use), and the signed-in person's session at the server."""
    from app.sync.host import hosted_context

    ctx = hosted_context(local, actor)
    ctx.staff = session
    return ctx


def _context(local: Local, actor: Actor, lang: str) -> Context | None:
    try:
        return _open(local, actor)
    except LettError as err:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Lett cannot start"),
                             i18n.error_text(err, lang))
        return None


def _run(
    local: Local,
    actor: Actor,
    lang: str,
    make: Callable[[Runner, DataWatch], QWidget],
    show: Callable[[QWidget], None],
    open_first: bool = True,
    on_live_change: Callable[[], None] | None = None,
    session: Any = None,
) -> int:
    """With `open_first`, the store is opened before the window shows and a store that cannot
    be used stops the start with a message; otherwise the window paints at once and its first
    operation opens the store on a worker thread (a failure then shows in the window)."""
    app = application()
    install_language(lang)
    if open_first:
        ctx = _context(local, actor, lang)
        if ctx is None:
            return 1
        runner = Runner(ctx)
    else:
        runner = Runner(lambda: _open(local, actor, session))
    watch = DataWatch(local.database_url)
    # A connected PC also hears of changes at the server, through the same `changed`.
    live = live_watch(local)
    if live is not None:
        live.changed.connect(watch.changed)
        if on_live_change is not None:  # e.g. sync now, so this PC's copy follows at once
            live.changed.connect(on_live_change)
    window = make(runner, watch)
    watch.start()
    if live is not None:
        live.start()
    show(window)
    try:
        return app.exec()
    finally:
        if live is not None:
            live.stop()
        watch.stop()
        runner.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def run_main(local: Local, actor: Actor | None = None) -> int:
    """The staff window of this desk PC, for `actor` or else for the person who signs in."""
    worker, status = _sync_worker(local)
    session = None  # the signed-in person's session at the server, on a connected PC
    windows: list[MainWindow] = []
    given = actor

    def make(runner: Runner, watch: DataWatch) -> QWidget:
        # Each window loads only its own modules; the staff window's after the sign-in.
        from app.ui.main_window import MainWindow

        window = MainWindow(runner, local.settings, watch, sync_status=status, actor=actor,
                            local=local)
        settle()  # its modules loaded after the sign-in: out of the collector's walks too
        windows.append(window)
        return window

    started: list[bool] = []

    def start_worker() -> None:
        if worker is not None and not started:
            started.append(True)
            worker.start()

    if given is not None:
        start_worker()
    try:
        # Signing out closes the window and asks who is next, until someone quits.
        while True:
            if given is None:
                # Once the dialog shows, a new PC's first sync round brings the accounts.
                signed = _sign_in(local, start_worker)
                if signed is None:
                    return 0
                actor, session = signed.actor, signed.session
            windows.clear()
            code = _run(local, actor, local.settings.get("ui.language"), make,
                        lambda window: window.show_placed(), open_first=False,
                        on_live_change=worker.sync_now if worker is not None else None,
                        session=session)
            if session is not None:  # signs out at the server too
                session.close()
                session = None
            if given is not None or not (windows and windows[0].signed_out):
                return code
    finally:
        if session is not None:
            session.close()
        if worker is not None and started:
            worker.stop()


def _sign_in(local: Local, on_shown: Callable[[], None]) -> Any:
    from app.ui.sign_in import sign_in

    application()
    install_language(local.settings.get("ui.language"))
    return sign_in(local, on_shown)


def _sync_worker(local: Local) -> tuple[Any, QWidget | None]:
    """The background sync of a PC connected to a server, and its status bar indicator."""
    if not local.settings.get("server.url"):
        return None, None
    from app.sync.worker import SyncWorker
    from app.ui.sync_status import SyncBridge, SyncStatus

    application()
    bridge = SyncBridge()
    worker = SyncWorker(local, bridge)
    status = SyncStatus(bridge, worker)
    status.bridge = bridge  # kept alive as long as the indicator
    return worker, status


def run_kiosk(local: Local, windowed: bool = False) -> int:
    """The ticket kiosk, full screen unless `windowed` (for trying it out)."""
    from app.ui.kiosk import KioskWindow

    # A connected kiosk syncs too: the configuration comes down, and the tickets it issued
    # from leased numbers while its host was away go up.
    worker, _status = _sync_worker(local)
    if worker is not None:
        worker.start()
    try:
        return _run(
            local, kiosk_actor(), "et",  # the kiosk then follows the office's languages
            lambda runner, watch: KioskWindow(runner, local.settings, watch),
            lambda window: window.show() if windowed else window.showFullScreen(),
        )
    finally:
        if worker is not None:
            worker.stop()


def run_display(local: Local, windowed: bool = False) -> int:
    """The waiting-room display, full screen unless `windowed`."""
    from app.ui.display import DisplayWindow

    return _run(
        local, display_actor(), local.settings.get("display.language"),
        lambda runner, watch: DisplayWindow(runner, local.settings, watch),
        lambda window: window.show() if windowed else window.showFullScreen(),
    )


def run_board(local: Local, actor: Actor, windowed: bool = False) -> int:
    """The supervisor's board, full screen unless `windowed`, following the queue like the
    display (this PC's store, and the server's live events on a connected PC)."""
    from app.ui.board.window import BoardWindow

    # A connected PC's copy of the office follows the server: each live event syncs at once.
    worker, _status = _sync_worker(local)
    if worker is not None:
        worker.start()
    try:
        return _run(
            local, actor, local.settings.get("ui.language"),
            lambda runner, watch: BoardWindow(runner, watch),
            lambda window: window.show() if windowed else window.showFullScreen(),
            on_live_change=worker.sync_now if worker is not None else None,
        )
    finally:
        if worker is not None:
            worker.stop()
