"""The admin configuration dialog: the office, its services and counters, this PC's ticket
printer, the kiosk and the display, visitors, the document register, this PC's scanning, staff
accounts, retention, the sync server and notice templates, a page each. Opened from the
staff window by admins only; the operations check the role again.

Every page saves through one operation off the UI thread. A refused value is shown on the
page in the user's language and its field is marked; nothing of a refused save is changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.settings import Settings
from app.operations import config as cfg
from app.operations.bootstrap import Local
from app.ui.config.counters import CountersPage
from app.ui.config.display import DisplayPage
from app.ui.config.escalation import EscalationPage
from app.ui.config.helpers import Page
from app.ui.config.kiosk import KioskPage
from app.ui.config.office import OfficePage
from app.ui.config.printer import PrinterPage
from app.ui.config.register import RegisterPage
from app.ui.config.retention import RetentionPage
from app.ui.config.scan import ScanPage
from app.ui.config.server import ServerPage
from app.ui.config.services import ServicesPage
from app.ui.config.topics import TopicsPage
from app.ui.config.users import UsersPage
from app.ui.config.visitors import VisitorsPage
from app.ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QSize,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner

# -- notice templates -----------------------------------------------------------------------


def _templates_page(dialog: ConfigDialog) -> QWidget:
    """The notice templates' editor (edit, check, preview, save a new version)."""
    from app.ui.template_editor import TemplatesPage

    return TemplatesPage(dialog.runner, parent=dialog)


# -- the dialog -----------------------------------------------------------------------------

# The size the dialog opens at where the screen has room, and the least it takes.
ROOMY = QSize(1280, 860)
SMALLEST = QSize(800, 560)


def opening_size(room: QSize) -> QSize:
    """The dialog's size on a screen with `room` (its free area, taskbar excluded): as big as
    ROOMY where it fits, with a margin for the window's frame."""
    return QSize(max(SMALLEST.width(), min(ROOMY.width(), room.width() - 40)),
                 max(SMALLEST.height(), min(ROOMY.height(), room.height() - 40)))



class ConfigDialog(QDialog):
    """Admins' configuration of the office and of this PC."""

    def __init__(self, runner: Runner, settings: Settings, local: Local | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.local = local
        self.config: cfg.OfficeConfig | None = None
        self.index = QListWidget()
        self.index.setObjectName("pages")
        self.index.setFixedWidth(220)
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = [
            OfficePage(self), ServicesPage(self), CountersPage(self), PrinterPage(self),
            KioskPage(self), DisplayPage(self), VisitorsPage(self), TopicsPage(self),
            RegisterPage(self),
            ScanPage(self), UsersPage(self), RetentionPage(self),
            ServerPage(self),
            EscalationPage(self),
        ]
        for page in self.pages:
            self.stack.addWidget(page)
            self.index.addItem("")
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.templates_added = False
        self.banner = Banner()
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        box = QDialogButtonBox()
        self.export_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export_file)
        self.import_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.import_file)
        self.close_button = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(box)
        self.resize(opening_size(self._screen_room()))
        self.retranslate()
        self.index.setCurrentRow(0)
        self.reload()

    def _screen_room(self) -> QSize:
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        return screen.availableGeometry().size() if screen is not None else QSize(1366, 728)

    def page(self, kind: type) -> Any:
        return next(p for p in self.pages if isinstance(p, kind))

    def add_templates_page(self) -> None:
        """The templates page, added once the store is open (the editor needs the context)."""
        if self.templates_added:
            return
        self.templates_added = True
        page = _templates_page(self)
        self.pages.append(page)
        self.stack.addWidget(page)
        self.index.addItem("")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Configuration"))
        self.close_button.setText(self.tr("Close"))
        self.export_button.setText(self.tr("Export\u2026"))
        self.import_button.setText(self.tr("Import\u2026"))
        for row, page in enumerate(self.pages):
            if isinstance(page, Page):
                page.retranslate()
                self.index.item(row).setText(page.title())
            else:
                self.index.item(row).setText(self.tr("Notice templates"))

    def reload(self) -> None:
        self.runner.read(cfg.office_config, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, config: cfg.OfficeConfig) -> None:
        self.config = config
        for page in self.pages:
            if isinstance(page, Page):
                page.load(config)
        self.add_templates_page()

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(self.runner.failure_text(failure))

    # -- the whole configuration in one file ----------------------------------------------

    def export_file(self, path: str | None = None) -> None:
        """Write the office's configuration to a TOML or JSON file, for a second office to
        start from."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the configuration"), "lett-office.toml",
                self.tr("Configuration (*.toml *.json)"))
        if not path:
            return
        from app.operations.config_file import export_config

        self.runner.read(export_config, Path(path), on_error=self._failed,
                         on_done=lambda written: self.banner.show_info(
                             self.tr("The configuration is written to {path}.").format(
                                 path=written)))

    def import_file(self, path: str | None = None) -> None:
        """Take the whole configuration from a file; a bad file changes nothing."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a configuration"), "",
                self.tr("Configuration (*.toml *.json)"))
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Import a configuration"),
            self.tr("Replace this office's services, counters and settings with those in "
                    "{path}? Services and counters the file does not list are removed.").format(
                        path=path))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.operations.config_file import import_config

        def done(_config: cfg.OfficeConfig) -> None:
            self.banner.show_info(self.tr("The configuration of {path} is taken.").format(
                path=path))
            self.reload()

        self.runner.write(import_config, Path(path), on_done=done, on_error=self._failed)
