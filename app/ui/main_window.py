"""`lett`: the staff main window. Tabs for the desk's work; the Queue tab first."""

from __future__ import annotations

import contextlib

from app.core.permissions import Action, Actor
from app.core.settings import Settings
from app.operations.bootstrap import Local
from app.operations.context import Context
from app.ui.contacts.tab import ContactsTab
from app.ui.names import AUTONYMS
from app.ui.notices.tab import NoticesTab
from app.ui.qt import (
    QAction,
    QCloseEvent,
    QEvent,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QRect,
    QResizeEvent,
    QScrollArea,
    QSize,
    QTabWidget,
    QTimer,
    QWidget,
)
from app.ui.qt_i18n import current_language, install_language
from app.ui.queue_tab import QueueTab
from app.ui.register_tab import RegisterTab
from app.ui.runner import Runner
from app.ui.scan.tab import ScanTab
from app.ui.visitors.tab import VisitorsTab
from app.ui.watch import DataWatch

STATUS_SECONDS = 60

# The window's size on a first start, shrunk to the screen's free area (taskbar excluded).
FIRST_SIZE = (1400, 860)
# The smallest the window gets, whatever the language or a tab's content: a tab larger than
# the window scrolls instead of pushing the window off the screen.
MINIMUM_SIZE = (800, 520)


class _Page(QWidget):
    """A tab filling its scroll area, down to the tab's minimum size (then it scrolls).

    Without a layout of its own: a scroll area gives a tab whose layout wraps words its
    preferred height rather than its minimum, and the Queue tab would scroll on a laptop."""

    def __init__(self, tab: QWidget) -> None:
        super().__init__()
        self.tab = tab
        tab.setParent(self)

    def minimumSizeHint(self) -> QSize:
        return self.tab.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.tab.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.tab.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


def _scrolling(tab: QWidget) -> QScrollArea:
    """The tab in a scroll area, so its content never sets the window's minimum size."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(_Page(tab))
    return area


def _office_name(ctx: Context) -> str:
    from app.operations.queue import office_name  # loaded on the worker thread

    return office_name(ctx)


class MainWindow(QMainWindow):
    """The desk PC's window: the Queue tab, a language menu and a status bar."""

    def __init__(
        self,
        runner: Runner,
        settings: Settings,
        watch: DataWatch | None = None,
        parent: QWidget | None = None,
        sync_status: QWidget | None = None,
        actor: Actor | None = None,
        local: Local | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.local = local
        self.watch = watch
        self.tabs = QTabWidget()
        self.queue_tab = QueueTab(runner, settings)
        self.visitors_tab = VisitorsTab(runner, settings)
        self.notices_tab = NoticesTab(runner, settings)
        self.scan_tab = ScanTab(runner, settings)
        self.register_tab = RegisterTab(runner, settings)
        self.contacts_tab = ContactsTab(runner, settings)
        for tab in (self.queue_tab, self.visitors_tab, self.notices_tab, self.scan_tab,
                    self.register_tab, self.contacts_tab):
            self.tabs.addTab(_scrolling(tab), "")
        # Supervisors' and admins' reports (the operation checks the role again).
        self.reports_tab: QWidget | None = None
        if actor is not None and actor.may(Action.VIEW_REPORTS):
            from app.ui.reports.tab import ReportsTab  # QtCharts loads only for them

            self.reports_tab = ReportsTab(runner, settings)
            self.tabs.addTab(_scrolling(self.reports_tab), "")
        self.contacts_tab.wanted.connect(lambda: self.show_tab(self.contacts_tab))
        self.contacts_tab.install_phone_key(self)
        self.contacts_tab.attention.connect(lambda _n: self.tabs.setTabText(
            self.index_of(self.contacts_tab), self.contacts_tab.title()))
        if local is not None:
            self.contacts_tab.start_escalations(local.home)
        for tab in (self.notices_tab, self.scan_tab, self.register_tab, self.contacts_tab):
            tab.result.connect(
                lambda text: self.statusBar().showMessage(text, STATUS_SECONDS * 1000))
        self.scan_tab.result.connect(lambda _text: self.register_tab.request_refresh())
        if watch is not None:
            watch.changed.connect(self.notices_tab.request_refresh)
            watch.changed.connect(self.register_tab.request_refresh)
        self._add_results_tabs(actor, watch)
        self.setCentralWidget(self.tabs)
        self.office_label = QLabel()
        self.counter_label = QLabel()
        self.waiting_label = QLabel()
        for label in (self.office_label, self.counter_label, self.waiting_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        # Shown when this PC syncs with a server: online/offline, waiting, refused, sync now.
        self.sync_status = sync_status
        if sync_status is not None:
            self.statusBar().addPermanentWidget(sync_status)
        self.waiting_total = 0
        self.office_name = ""
        runner.read(_office_name, on_done=self._office_named)
        self.queue_tab.counter_changed.connect(lambda _n: self._show_status())
        self.queue_tab.waiting_changed.connect(self._waiting)
        self.queue_tab.result.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_SECONDS * 1000))
        self.visitors_tab.result.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_SECONDS * 1000))
        if watch is not None:
            watch.changed.connect(self.queue_tab.refresh.request)
            watch.changed.connect(self.visitors_tab.refresh.request)

        self.menu_file = self.menuBar().addMenu("")
        self.a_password = QAction(self)
        self.a_password.triggered.connect(self.change_password)
        self.menu_file.addAction(self.a_password)
        self.a_it_problem = QAction(self)
        self.a_it_problem.setObjectName("report_it_problem")
        self.a_it_problem.triggered.connect(
            lambda: self.contacts_tab.report_it_problem(local.home if local else None))
        self.menu_file.addAction(self.a_it_problem)
        # Admins only; the operations check the role again.
        self.a_configure = QAction(self)
        self.a_configure.setObjectName("configure")
        self.a_configure.triggered.connect(self.configure)
        self.a_configure.setVisible(actor is not None and actor.may(Action.CONFIGURE))
        self.menu_file.addAction(self.a_configure)
        # Signing out and quitting sit apart from the configuration, below a line.
        self.menu_file.addSeparator()
        self.a_sign_out = QAction(self)
        self.a_sign_out.setObjectName("sign_out")
        self.a_sign_out.triggered.connect(self.sign_out)
        self.menu_file.addAction(self.a_sign_out)
        self.menu_file.addSeparator()
        self.a_quit = QAction(self)
        self.a_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.a_quit.triggered.connect(self.quit)
        self.menu_file.addAction(self.a_quit)
        # Whether the window closed for the next person to sign in (the program goes on).
        self.signed_out = False
        # Set once the person chose what becomes of an open counter, for the close to go on.
        self._counter_settled = False
        self.menu_language = self.menuBar().addMenu("")
        self.language_actions: dict[str, QAction] = {}
        for lang, name in AUTONYMS.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            self.menu_language.addAction(action)
            self.language_actions[lang] = action
        self.setMinimumSize(*MINIMUM_SIZE)
        self.place()
        self.retranslate()

    def _add_results_tabs(self, actor: Actor | None, watch: DataWatch | None) -> None:
        """My results and the quality evaluations for every staff member, the board for the
        supervisor (the operations check the role again)."""
        from app.ui.board.view import BoardView
        from app.ui.evaluations.tab import EvaluationsTab
        from app.ui.results.tab import ResultsTab

        self.board_tab: BoardView | None = None
        self.results_tab: ResultsTab | None = None
        self.evaluations_tab: EvaluationsTab | None = None
        if actor is None:
            return
        if actor.may(Action.SUPERVISE):
            self.board_tab = BoardView(self.runner)
            if watch is not None:
                self.board_tab.follow(watch.changed)
            self.tabs.addTab(_scrolling(self.board_tab), "")
        if actor.may(Action.VIEW_OWN_RESULTS):
            self.results_tab = ResultsTab(self.runner, actor)
            self.evaluations_tab = EvaluationsTab(self.runner, actor)
            self.tabs.addTab(_scrolling(self.results_tab), "")
            self.tabs.addTab(_scrolling(self.evaluations_tab), "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lett \u2013 desk"))
        for tab, text in ((self.queue_tab, self.tr("Queue")),
                          (self.visitors_tab, self.tr("Visitors")),
                          (self.notices_tab, self.tr("Notices")),
                          (self.scan_tab, self.tr("Scan intake")),
                          (self.register_tab, self.tr("Document register")),
                          (self.contacts_tab, self.contacts_tab.title())):
            self.tabs.setTabText(self.index_of(tab), text)
        if self.reports_tab is not None:
            self.tabs.setTabText(self.index_of(self.reports_tab), self.tr("Reports"))
        for extra, text in ((self.board_tab, self.tr("Supervisor board")),
                            (self.results_tab, self.tr("My results")),
                            (self.evaluations_tab, self.tr("Quality evaluations"))):
            if extra is not None:
                self.tabs.setTabText(self.index_of(extra), text)
        self.menu_file.setTitle(self.tr("&Lett"))
        self.a_password.setText(self.tr("Change &password\u2026"))
        self.a_configure.setText(self.tr("&Configuration\u2026"))
        self.a_it_problem.setText(self.tr("Report an &IT problem\u2026"))
        self.a_sign_out.setText(self.tr("&Sign out / switch user"))
        self.a_quit.setText(self.tr("&Quit"))
        self.menu_language.setTitle(self.tr("L&anguage"))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current_language())
        self._show_status()

    def index_of(self, tab: QWidget) -> int:
        """The index of a tab (each sits in its own scroll area)."""
        for index in range(self.tabs.count()):
            area = self.tabs.widget(index)
            if isinstance(area, QScrollArea) and getattr(area.widget(), "tab", None) is tab:
                return index
        return -1

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentIndex(self.index_of(tab))

    def place(self) -> None:
        """Where the window was last closed, when that is still on a screen; else the first
        size, shrunk to fit the free area of the screen and centred on it. `start_maximized`
        says whether `show_placed` maximises it (as it was, or on a laptop's small screen)."""
        self.start_maximized = False
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else QRect(0, 0, *FIRST_SIZE)
        saved = str(self.settings.get("ui.window"))
        if saved:
            x, y, width, height = (int(part) for part in saved.split(","))
            place = QRect(x, y, width, height)
            if screen is not None and any(other.availableGeometry().intersects(place)
                                          for other in screen.virtualSiblings()):
                width = min(max(width, MINIMUM_SIZE[0]), free.width())
                height = min(max(height, MINIMUM_SIZE[1]), free.height())
                self.resize(width, height)
                self.move(x, y)
                self.start_maximized = bool(self.settings.get("ui.window_maximized"))
                return
        # A laptop's screen: all of it is the desk's.
        self.start_maximized = (free.width() < FIRST_SIZE[0] + 80
                                or free.height() < FIRST_SIZE[1] + 80)
        # The frame (title bar, borders) is not known before the window shows; leave room.
        width = min(FIRST_SIZE[0], free.width() - 16)
        height = min(FIRST_SIZE[1], free.height() - 48)
        self.resize(max(width, MINIMUM_SIZE[0]), max(height, MINIMUM_SIZE[1]))
        self.move(free.x() + (free.width() - self.width()) // 2,
                  free.y() + max(0, (free.height() - self.height() - 32) // 2))

    def show_placed(self) -> None:
        """Show the window as `place` found it should open."""
        if self.start_maximized:
            self.showMaximized()
        else:
            self.show()

    def remember_place(self) -> None:
        """Keep the window's place and size for the next start (this PC's settings)."""
        maximized = self.isMaximized()
        rect = self.normalGeometry() if maximized else self.geometry()
        if rect.width() > 0 and rect.height() > 0:
            self.settings.set("ui.window",
                              f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
        self.settings.set("ui.window_maximized", maximized)
        # A read-only data folder: the window opens at its first size next time.
        with contextlib.suppress(OSError):
            self.settings.save()

    def set_language(self, lang: str) -> None:
        """Switch the window's language and remember it for the next start."""
        install_language(lang)
        self.settings.set("ui.language", lang)
        self.settings.save()
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)

    def change_password(self) -> None:
        from app.ui.sign_in import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.runner, parent=self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Your password is changed."),
                                         STATUS_SECONDS * 1000)
        dialog.deleteLater()

    def configure(self) -> None:
        from app.ui.config.dialog import ConfigDialog

        dialog = ConfigDialog(self.runner, self.settings, self.local, parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.runner.read(_office_name, on_done=self._office_named)
        # This PC's scanning settings may have changed (scan folder, scanner).
        self.scan_tab.start_watch_folder()
        self.scan_tab.request_refresh()

    def _waiting(self, total: int) -> None:
        self.waiting_total = total
        self._show_status()

    def _office_named(self, name: str) -> None:
        self.office_name = name
        self._show_status()

    def _show_status(self) -> None:
        office = self.office_name
        self.office_label.setText(self.tr("Office: {office}").format(office=office)
                                  if office else "")
        self.office_label.setVisible(bool(office))
        counter = self.queue_tab.counter
        self.counter_label.setText(
            self.tr("Counter {number}").format(number=counter) if counter
            else self.tr("No counter chosen"))
        self.waiting_label.setText(self.tr("Waiting: {count}").format(count=self.waiting_total))

    def sign_out(self) -> None:
        """Close the window for the next person: the sign-in dialog comes back."""
        self.signed_out = True
        self.quit()

    def quit(self) -> None:
        """Close the window as the person asked, first asking about an open counter."""
        if not self._counter_settled and self.queue_tab.counter_is_open():
            self._ask_about_counter()
        else:
            self.close()

    def _ask_about_counter(self) -> None:
        """This PC's counter is open: close it (the kiosk then stops sending visitors to it
        and leaves it out of its estimates), leave it open, or stay."""
        box = QMessageBox(self)
        box.setObjectName("close_counter_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Counter {number} is open").format(
            number=self.queue_tab.counter))
        box.setText(self.tr(
            "Counter {number} is open. Close it now? The kiosk then sends no visitors to it "
            "and leaves it out of the waiting time estimates.").format(
                number=self.queue_tab.counter))
        close = box.addButton(self.tr("Close the counter"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave it open"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Stay signed in") if self.signed_out else self.tr("Do not quit"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is close:
            self.queue_tab.close_counter(self._close_now)
        elif chosen is leave:
            self._close_now()
        else:
            self.signed_out = False

    def _close_now(self) -> None:
        self._counter_settled = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The person closing the window (its title bar's button) is asked too; a close by the
        # program itself (the session ending) is not held up.
        if (event.spontaneous() and not self._counter_settled
                and self.queue_tab.counter_is_open()):
            event.ignore()
            # Asked once the close event is over, outside the window system's call.
            QTimer.singleShot(0, self._ask_about_counter)
            return
        if self.isVisible():
            self.remember_place()
        if self.sync_status is not None:  # kept for the next person's window
            self.statusBar().removeWidget(self.sync_status)
            self.sync_status.setParent(None)
        if self.watch is not None:
            self.watch.stop()
        self.scan_tab.close_tab()
        self.contacts_tab.close_tab()
        self.runner.close()
        super().closeEvent(event)
