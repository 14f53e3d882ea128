"""The Notices tab of the staff window: fill in a template, see the notice, issue it (print,
save as PDF or e-mail), and the issuance register with reprints and the signing hand-off.

Left: the notice's form (form.py). Right: the preview, drawn off the UI thread (preview.py).
Below: the register, newest first (issuances.py); its buttons act on the chosen issuance. The
tab wires them together and runs the operations of work.py.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.notices import Delivery, Template, delivered
from app.core.settings import Settings
from app.operations.context import Context
from app.ui.notices import work
from app.ui.notices.form import NoticeForm
from app.ui.notices.issuances import IssuanceRegister
from app.ui.notices.preview import ERROR_STYLE, NoticePreview, preview_pages
from app.ui.qt import (
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.runner import Failure, Refresh, Runner

if TYPE_CHECKING:  # the store's libraries load on a worker thread, after the window paints
    from app.operations.notice_filling import Filled
    from app.operations.notices import IssuanceView


class NoticesTab(QWidget):
    """Templates, preview, issuing and the issuance register."""

    result = Signal(str)

    def __init__(self, runner: Runner | Context, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if isinstance(runner, Runner) else Runner(runner, parent=self)
        self.settings = settings if settings is not None else Settings(Path("settings.toml"))
        self.preview_images: list[QImage] = []
        self.timezone: tzinfo = UTC
        # The issuance whose PDF the preview shows.
        self.previewed = ""

        self.form = NoticeForm()
        self.form.visitor_box.activated.connect(self._visitor_chosen)
        self.form.visitors_button.clicked.connect(self.load_visitors)
        self.form.entry_number.returnPressed.connect(self.fill_from_entry)
        self.form.entry_button.clicked.connect(self.fill_from_entry)
        self.form.delivery_box.currentIndexChanged.connect(self._delivery_chosen)
        self.form.series_wanted.connect(self._load_series)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(self.show_preview)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        self.message = QLabel()
        self.message.setWordWrap(True)

        # The form scrolls; its buttons and the message stay in sight under it, the message
        # in a place of its own (room for three lines, so the buttons do not move).
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3 + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.issue_button)
        form_inner = QVBoxLayout()
        form_inner.addWidget(self.form)
        form_inner.addStretch(1)
        form_widget = QWidget()
        form_widget.setLayout(form_inner)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(form_widget)
        form_column = QVBoxLayout()
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addWidget(form_scroll, 1)
        form_column.addLayout(buttons)
        form_column.addWidget(self.message)
        form_side = QWidget()
        form_side.setLayout(form_column)

        self.preview_area = NoticePreview()
        self.preview = self.preview_area.image

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(form_side)
        top.addWidget(self.preview_area)
        # The form gets the room its fields need; the preview the rest.
        top.setSizes([560, 600])

        self.register = IssuanceRegister()
        self.register.chosen_changed.connect(self._chosen_changed)
        self.register.open_button.clicked.connect(self.open_notice)
        self.register.table.itemDoubleClicked.connect(lambda _item: self.open_notice())
        self.register.reprint_button.clicked.connect(self.reprint)
        self.register.save_button.clicked.connect(self.save_pdf)
        self.register.mail_button.clicked.connect(self.send_email)
        self.register.export_button.clicked.connect(self.export_asice)
        self.register.attach_button.clicked.connect(self.attach_signed)

        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(self.register)
        outer.setSizes([560, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self.refresh: Refresh[tuple[list[Template], list[IssuanceView], tzinfo] | None] = Refresh(
            self.runner, work.load_register, self._loaded, self)
        self.retranslate()
        # Loaded when first shown, and again when shown after a change: the Queue tab's data
        # comes first at start-up.
        self.stale = True

    def request_refresh(self) -> None:
        """Load the templates and the register now if the tab is shown, else when it is."""
        if self.isVisible():
            self.refresh.request()
        else:
            self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh.request()

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.preview_button.setText(self.tr("Preview"))
        self._delivery_chosen()

    def _delivery_chosen(self) -> None:
        emailed = self.form.delivery() == Delivery.EMAILED
        self.issue_button.setText(self.tr("Issue and e-mail") if emailed
                                  else self.tr("Issue and print"))

    # -- loading ------------------------------------------------------------------------

    def _loaded(self, data: tuple[list[Template], list[IssuanceView], tzinfo] | None) -> None:
        if data is None:
            self.setEnabled(False)
            self._say(self.tr("Your roles do not include issuing notices."), error=True)
            return
        templates, issuances, self.timezone = data
        self.form.show_templates(templates)
        self.register.show_issuances(issuances, self.form.templates, self.timezone)

    # -- filling in from a visitor's registration or a register entry -------------------

    def load_visitors(self) -> None:
        self.runner.read(work.visitors_in, on_done=self._visitors_loaded, on_error=self._failed)

    def _visitors_loaded(self, visitors: list[Any]) -> None:
        self.form.show_visitors(visitors, self.timezone)

    def _visitor_chosen(self, index: int) -> None:
        key = self.form.visitor_box.itemData(index)
        if key is None or self.form.template is None:
            return
        self.runner.read(work.from_visitor, self.form.template.id, key, on_done=self._filled,
                         on_error=self._failed)

    def fill_from_entry(self) -> None:
        number = self.form.entry_number.text().strip()
        if not number or self.form.template is None:
            self._say(self.tr("Write the registration number of the document first."),
                      error=True)
            return
        self.runner.read(work.from_entry, self.form.template.id, number, on_done=self._filled,
                         on_error=self._failed)

    def _filled(self, filled: Filled) -> None:
        self.form.fill(filled.values)
        self.form.set_link(filled)
        self._say(self.tr("Filled in from the registration of {name}.").format(
            name=filled.about) if filled.visitor_registration_id else self.tr(
            "Filled in from document {number} of the register.").format(number=filled.about))

    def _load_series(self) -> None:
        self.runner.read(work.series, on_done=self.form.show_series, on_error=self._failed)

    # -- preview and issuing ------------------------------------------------------------

    def show_preview(self) -> None:
        values = self.form.values()
        if values is None or self.form.template is None:
            self._say(self.tr("Correct the fields marked in red first."), error=True)
            return
        self._say(self.tr("Drawing the preview\u2026"))
        self.runner.read(preview_pages, self.form.template.id, self.form.lang(), values,
                         on_done=self._preview_done, on_error=self._failed)

    def _show_pages(self, pages: list[bytes]) -> None:
        self.preview_images = self.preview_area.show_pages(pages)

    def _preview_done(self, pages: list[bytes]) -> None:
        self._show_pages(pages)
        self._say(self.tr("Preview of the notice; it is not issued yet.") if len(pages) == 1
                  else self.tr("Preview of the notice ({pages} pages, the first shown); it is "
                               "not issued yet.").format(pages=len(pages)))

    def _mail_server(self) -> Any:
        from app.documents.mail import MailServer

        return MailServer.of(self.settings)

    def issue(self) -> None:
        form = self.form
        values = form.values()
        email = form.checked_email() if form.delivery() == Delivery.EMAILED else ""
        if values is None or form.template is None or email is None:
            self._say(self.tr("Correct the fields marked in red first."), error=True)
            return
        self.issue_button.setEnabled(False)
        self._say(self.tr("Issuing\u2026"))
        self.runner.write(work.issue_and_deliver, form.template.id, form.lang(), values,
                          form.delivery(), email, self.settings.get("notices.printer"),
                          self._mail_server(), form.link, form.answer_series_name(),
                          on_done=self._issued, on_error=self._issue_failed)

    def _issued(self, issued: work.Issued) -> None:
        made = issued.made
        self.issue_button.setEnabled(True)
        self.form.set_link(None)
        # The register shows it chosen once it is loaded again; the preview shows the notice
        # as issued (its number, not the draft's) now.
        self.register.select_after = made.id
        self._show_issued(made.id)
        if delivered(made.delivery):
            text = (self.tr("Notice {number} is issued and e-mailed.") if made.delivery ==
                    Delivery.EMAILED else self.tr("Notice {number} is issued and sent to the "
                                                  "printer."))
            text = text.format(number=made.registry_number)
        else:
            text = ""
        if issued.answer is not None:
            text += " " + self.tr("It is registered as {entry}, the answer to the document "
                                  "it was filled in from.").format(
                                      entry=issued.answer.registry_number)
        if issued.failures:
            text = " ".join([text.strip(), *(self.runner.failure_text(Failure(err, ""))
                                             for err in issued.failures)]).strip()
            self._say(text, error=True)
            self.result.emit(text)
            self.refresh.request()
            return
        self._done(text)

    def _show_issued(self, key: str) -> None:
        """Show the issued notice `key` in the preview."""
        self.previewed = key
        self.runner.read(work.issuance_pages, key, on_done=self._show_pages,
                         on_error=self._failed)

    def _issue_failed(self, failure: Failure) -> None:
        self.issue_button.setEnabled(True)
        self._failed(failure)
        self.refresh.request()

    # -- the register's actions ---------------------------------------------------------

    def chosen(self) -> IssuanceView | None:
        return self.register.chosen()

    def _chosen_changed(self, chosen: IssuanceView | None) -> None:
        if chosen is not None and chosen.id != self.previewed:
            self._show_issued(chosen.id)

    def open_notice(self) -> None:
        """The issued notice's PDF in the page viewer, to read at any zoom."""
        from app.ui.pdf_open import show_pdf

        chosen = self.chosen()
        if chosen is None:
            return
        self.runner.read(work.op("notice_pdf"), chosen.id,
                         on_done=lambda found: show_pdf(self, found[1], found[0].registry_number),
                         on_error=self._failed)

    def reprint(self) -> None:
        """Print a copy of the chosen notice, or the notice itself when it could not be
        printed when it was issued."""
        chosen = self.chosen()
        if chosen is None:
            return
        printer = self.settings.get("notices.printer")
        if self.register.not_printed():
            self.runner.write(work.print_again, chosen.id, printer,
                              on_done=lambda made: self._done(self.tr(
                                  "Notice {number} is sent to the printer and recorded as "
                                  "delivered.").format(number=made.registry_number)),
                              on_error=self._failed_and_refresh)
            return
        self.runner.write(work.reprint, chosen.id, printer,
                          on_done=lambda copy: self._done(self.tr(
                              "A copy of notice {number} is registered and sent to the "
                              "printer.").format(number=copy.registry_number)),
                          on_error=self._failed_and_refresh)

    def save_pdf(self, target: str | None = None) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if not target:
            name = chosen.registry_number.replace("/", "-") + ".pdf"
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the notice as PDF"), str(Path.home() / name),
                self.tr("PDF documents (*.pdf)"))
        if not target:
            return
        self.runner.write(work.op("save_notice_as"), chosen.id, Path(target),
                          on_done=lambda path: self._done(self.tr(
                              "Saved as {path}.").format(path=path)), on_error=self._failed)

    def send_email(self) -> None:
        chosen = self.chosen()
        address = self.form.checked_email()
        if chosen is None or address is None:
            return
        self.runner.write(work.op("email_notice"), chosen.id, address, self._mail_server(),
                          on_done=lambda _r: self._done(self.tr(
                              "Notice {number} is e-mailed to {address}.").format(
                              number=chosen.registry_number, address=address)),
                          on_error=self._failed)

    def export_asice(self, target: str | None = None) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if not target:
            name = chosen.registry_number.replace("/", "-") + ".asice"
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the notice for signing"), str(Path.home() / name),
                self.tr("Signing containers (*.asice)"))
        if not target:
            return
        self.runner.write(work.op("export_asice"), chosen.id, Path(target),
                          on_done=lambda path: self._done(self.tr(
                              "Saved as {path}. Sign it in DigiDoc4, then attach the signed "
                              "container here.").format(path=path)), on_error=self._failed)

    def attach_signed(self, source: str | None = None) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if not source:
            source, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Attach the signed container"), str(Path.home()),
                self.tr("Signing containers (*.asice *.bdoc)"))
        if not source:
            return
        self.runner.write(work.op("attach_signed"), chosen.id, Path(source),
                          on_done=lambda made: self._done(self.tr(
                              "The signed container is attached to notice {number}.").format(
                              number=made.registry_number)), on_error=self._failed)

    # -- messages -----------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _done(self, text: str) -> None:
        self._say(text)
        self.result.emit(text)
        self.refresh.request()

    def _failed(self, failure: Failure) -> None:
        self._say(self.runner.failure_text(failure), error=True)

    def _failed_and_refresh(self, failure: Failure) -> None:
        """A failure after which the register may have changed (a copy that did not print)."""
        self._failed(failure)
        self.refresh.request()
