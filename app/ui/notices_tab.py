"""The Notices tab of the staff window: fill in a template, see the notice, issue it (print,
save as PDF or e-mail), and the issuance register with reprints and the signing hand-off.

Left: the template, the notice's language, its fields (each with its own message when the value
is not right), how it is delivered. Right: the preview, drawn off the UI thread. Below: the
register, newest first; its buttons act on the chosen issuance.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import LettError
from app.core.notices import LANGUAGES, Delivery, Field, FieldKind, Template, check_value
from app.core.settings import Settings
from app.operations.context import Context
from app.ui.names import AUTONYMS
from app.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QEvent,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QImage,
    QLabel,
    QLineEdit,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Refresh, Runner

if TYPE_CHECKING:  # the store's libraries load on a worker thread, after the window paints
    from app.operations.notice_filling import Filled
    from app.operations.notices import IssuanceView
    from app.operations.register import EntryView

PREVIEW_WIDTH = 620
ERROR_STYLE = "color: #b3261e;"


def _preview_pages(ctx: Context, template: Template | str, lang: str,
                   values: dict[str, str], width: int = PREVIEW_WIDTH) -> list[bytes]:
    """Render the notice and draw its pages (on a worker thread)."""
    from app.documents.preview import page_images
    from app.operations.notices import preview_notice

    return page_images(preview_notice(ctx, template, lang, values), width)


def _load_register(ctx: Context) -> tuple[list[Template], list[IssuanceView], tzinfo] | None:
    """The templates, the register and the office's time zone; None for a person who may not
    issue notices (the tab then says so instead of failing at every refresh)."""
    from app.core.permissions import Action
    from app.operations.notice_templates import list_templates
    from app.operations.notices import list_issuances

    if not ctx.actor.may(Action.ISSUE_NOTICE):
        return None
    return list_templates(ctx), list_issuances(ctx), ctx.timezone


def _issuance_pages(ctx: Context, key: str) -> list[bytes]:
    from app.documents.preview import page_images
    from app.operations.notices import notice_pdf

    return page_images(notice_pdf(ctx, key)[1], PREVIEW_WIDTH)


def _issue_and_deliver(ctx: Context, template_id: str, lang: str, values: dict[str, str],
                       delivery: str, email: str, printer: str, server: Any,
                       link: Filled | None = None, answer_series: str = ""
                       ) -> tuple[IssuanceView, EntryView | None]:
    """Issue the notice (linked to the register entry or the registration it was filled in
    from), register it as the answer in `answer_series` when one is given, then print it or
    e-mail it. A step that fails leaves the notice issued (its message says so) and it can be
    delivered again from the register."""
    from app.operations import notices
    from app.operations.notice_filling import register_as_answer

    made = notices.issue_notice(
        ctx, template_id, lang, values, delivery,
        register_entry_id=link.register_entry_id if link is not None else None,
        visitor_registration_id=link.visitor_registration_id if link is not None else None)
    answer = register_as_answer(ctx, made.id, answer_series) if answer_series else None
    if delivery == Delivery.EMAILED:
        notices.email_notice(ctx, made.id, email, server)
    else:
        notices.print_notice(ctx, made.id, printer)
    return made, answer


def _visitors_in(ctx: Context) -> list[Any]:
    from app.operations.visitors import who_is_in

    return who_is_in(ctx)


def _from_visitor(ctx: Context, template_id: str, registration_id: str) -> Filled:
    from app.operations.notice_filling import values_from_visitor

    return values_from_visitor(ctx, template_id, registration_id)


def _series(ctx: Context) -> list[str]:
    """The register's series documents may be registered in."""
    from app.operations.register import list_series

    return [s.series_index for s in list_series(ctx) if s.active]


def _from_entry(ctx: Context, template_id: str, entry_key: str) -> Filled:
    from app.operations.notice_filling import values_from_entry

    return values_from_entry(ctx, template_id, entry_key)


def _reprint(ctx: Context, key: str, printer: str) -> IssuanceView:
    from app.operations import notices

    copy = notices.reprint_notice(ctx, key)
    notices.print_notice(ctx, copy.id, printer)
    return copy


def _op(name: str) -> Callable[..., Any]:
    """An operation of app.operations.notices, imported on the worker thread."""
    def run(ctx: Context, *args: Any) -> Any:
        from app.operations import notices

        return getattr(notices, name)(ctx, *args)

    run.__name__ = name
    return run


class FieldInput(QWidget):
    """One field of a template: its input and, under it, what is wrong with its value."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.input: QWidget
        if field.kind is FieldKind.LONG_TEXT:
            self.input = QPlainTextEdit()
            self.input.setFixedHeight(90)
        elif field.kind is FieldKind.CHOICE:
            self.input = QComboBox()
        else:
            self.input = QLineEdit()
        self.input.setObjectName(f"field_{field.id}")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.input)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        if isinstance(self.input, QComboBox):
            chosen = self.input.currentData()
            self.input.clear()
            for choice in self.field.choices:
                self.input.addItem(choice.label(lang), choice.value)
            if chosen is not None:
                self.input.setCurrentIndex(max(0, self.input.findData(chosen)))
        elif isinstance(self.input, QLineEdit):
            hints = {FieldKind.DATE: self.tr("dd.mm.yyyy"),
                     FieldKind.PERSONAL_CODE: self.tr("11 digits"),
                     FieldKind.EMAIL: self.tr("name@example.ee")}
            self.input.setPlaceholderText(hints.get(self.field.kind, ""))

    def value(self) -> str:
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData() or "")
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        assert isinstance(self.input, QLineEdit)
        return self.input.text()

    def set_value(self, value: str) -> None:
        if isinstance(self.input, QComboBox):
            self.input.setCurrentIndex(max(0, self.input.findData(value)))
        elif isinstance(self.input, QPlainTextEdit):
            self.input.setPlainText(value)
        else:
            assert isinstance(self.input, QLineEdit)
            self.input.setText(value)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class NoticesTab(QWidget):
    """Templates, preview, issuing and the issuance register."""

    result = Signal(str)

    def __init__(self, runner: Runner | Context, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner if isinstance(runner, Runner) else Runner(runner, parent=self)
        self.settings = settings if settings is not None else Settings(Path("settings.toml"))
        self.templates: list[Template] = []
        self.issuances: list[IssuanceView] = []
        self.inputs: list[FieldInput] = []
        self.template: Template | None = None
        self.preview_images: list[QImage] = []
        self.timezone: tzinfo = UTC
        # The issuance whose PDF the preview shows.
        self.previewed = ""
        # An issuance to choose in the register once it is loaded (one just issued).
        self.select_after = ""

        self.template_label = QLabel()
        self.template_box = QComboBox()
        self.template_box.setObjectName("template")
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        self.visitor_label = QLabel()
        self.visitor_box = QComboBox()
        self.visitor_box.setObjectName("visitor")
        self.visitor_box.activated.connect(self._visitor_chosen)
        self.visitors_button = QPushButton()
        self.visitors_button.setObjectName("visitors")
        self.visitors_button.clicked.connect(self.load_visitors)
        self.visitors: list[Any] = []
        self.entry_label = QLabel()
        self.entry_number = QLineEdit()
        self.entry_number.setObjectName("entry_number")
        self.entry_number.returnPressed.connect(self.fill_from_entry)
        self.entry_button = QPushButton()
        self.entry_button.setObjectName("fill_from_entry")
        self.entry_button.clicked.connect(self.fill_from_entry)
        # What the notice being filled in is about (the issuance is linked to it).
        self.link: Filled | None = None
        self.link_text = QLabel()
        self.link_text.setObjectName("link")
        self.link_text.setWordWrap(True)
        self.unlink_button = QPushButton()
        self.unlink_button.setObjectName("unlink")
        self.unlink_button.clicked.connect(lambda: self.set_link(None))
        self.answer_box = QCheckBox()
        self.answer_box.setObjectName("register_answer")
        self.answer_series = QComboBox()
        self.answer_series.setObjectName("answer_series")
        self.lang_label = QLabel()
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("language")
        for code in LANGUAGES:
            self.lang_box.addItem(AUTONYMS[code], code)
        self.fields_box = QGroupBox()
        self.fields_form = QFormLayout(self.fields_box)
        self.delivery_label = QLabel()
        self.delivery_box = QComboBox()
        self.delivery_box.setObjectName("delivery")
        self.delivery_box.currentIndexChanged.connect(self._delivery_chosen)
        self.email_label = QLabel()
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email_error = QLabel()
        self.email_error.setStyleSheet(ERROR_STYLE)
        self.email_error.hide()
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(self.show_preview)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        self.message = QLabel()
        self.message.setWordWrap(True)

        choose = QFormLayout()
        choose.addRow(self.template_label, self.template_box)
        choose.addRow(self.lang_label, self.lang_box)
        visitor_row = QHBoxLayout()
        visitor_row.addWidget(self.visitor_box, 1)
        visitor_row.addWidget(self.visitors_button)
        choose.addRow(self.visitor_label, visitor_row)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry_number, 1)
        entry_row.addWidget(self.entry_button)
        choose.addRow(self.entry_label, entry_row)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_text, 1)
        link_row.addWidget(self.unlink_button)
        choose.addRow(link_row)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_box)
        answer_row.addWidget(self.answer_series, 1)
        choose.addRow(answer_row)
        deliver = QFormLayout()
        deliver.addRow(self.delivery_label, self.delivery_box)
        email_column = QVBoxLayout()
        email_column.setSpacing(2)
        email_column.addWidget(self.email)
        email_column.addWidget(self.email_error)
        deliver.addRow(self.email_label, email_column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.issue_button)
        form_column = QVBoxLayout()
        form_column.addLayout(choose)
        form_column.addWidget(self.fields_box)
        form_column.addLayout(deliver)
        form_column.addLayout(buttons)
        form_column.addWidget(self.message)
        form_column.addStretch(1)
        form_widget = QWidget()
        form_widget.setLayout(form_column)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(form_widget)

        self.preview = QLabel()
        self.preview.setObjectName("preview_image")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setStyleSheet("background: #888;")
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setWidget(self.preview)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(form_scroll)
        top.addWidget(self.preview_scroll)
        top.setSizes([460, 700])

        self.register_box = QGroupBox()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.textChanged.connect(self._show_register)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("register")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.mail_button = QPushButton()
        self.mail_button.setObjectName("send_email")
        self.mail_button.clicked.connect(self.send_email)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_asice")
        self.export_button.clicked.connect(self.export_asice)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attach_signed")
        self.attach_button.clicked.connect(self.attach_signed)
        register_buttons = QHBoxLayout()
        for button in (self.reprint_button, self.save_button, self.mail_button,
                       self.export_button, self.attach_button):
            register_buttons.addWidget(button)
        register_buttons.addStretch(1)
        register_buttons.addWidget(self.search)
        register_layout = QVBoxLayout(self.register_box)
        register_layout.addLayout(register_buttons)
        register_layout.addWidget(self.table)

        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(self.register_box)
        outer.setSizes([560, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self.refresh: Refresh[tuple[list[Template], list[IssuanceView], tzinfo] | None] = Refresh(
            self.runner, _load_register, self._loaded, self)
        self.retranslate()
        self._selection_changed()
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
        self.template_label.setText(self.tr("Template"))
        self.lang_label.setText(self.tr("Language of the notice"))
        self.visitor_label.setText(self.tr("For a visitor"))
        self.visitors_button.setText(self.tr("Who is in"))
        self.visitors_button.setToolTip(self.tr(
            "List the visitors in the building, to fill the notice in for one of them"))
        if not self.visitors:
            self.visitor_box.clear()
            self.visitor_box.addItem(self.tr("(press \u201cWho is in\u201d)"), None)
        self.entry_label.setText(self.tr("For a register entry"))
        self.entry_number.setPlaceholderText(self.tr("registration number"))
        self.entry_button.setText(self.tr("Fill in"))
        self.entry_button.setToolTip(self.tr(
            "Fill the notice in from the document with this registration number: its sender, "
            "address, numbers, dates and title"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.answer_box.setText(self.tr("Register it as the answer, in series"))
        self.answer_box.setToolTip(self.tr(
            "The issued notice is registered as an outgoing letter, its PDF kept with it, and "
            "the document it answers is marked answered"))
        self._show_link()
        self.fields_box.setTitle(self.tr("Fields"))
        self.delivery_label.setText(self.tr("Delivery"))
        chosen = self.delivery_box.currentData()
        self.delivery_box.blockSignals(True)
        self.delivery_box.clear()
        for code, text in ((Delivery.HANDED_OVER, self.tr("handed over")),
                           (Delivery.POSTED, self.tr("posted")),
                           (Delivery.EMAILED, self.tr("e-mailed"))):
            self.delivery_box.addItem(text, code.value)
        self.delivery_box.setCurrentIndex(max(0, self.delivery_box.findData(chosen)))
        self.delivery_box.blockSignals(False)
        self.email_label.setText(self.tr("E-mail address"))
        self.preview_button.setText(self.tr("Preview"))
        self.register_box.setTitle(self.tr("Issuance register"))
        self.search.setPlaceholderText(self.tr("Search by number or recipient"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Issued"), self.tr("Template"), self.tr("Recipient"),
            self.tr("Delivery"), self.tr("Issued by"), self.tr("Copy"), self.tr("Signed")])
        self.reprint_button.setText(self.tr("Print a copy"))
        self.save_button.setText(self.tr("Save as PDF\u2026"))
        self.mail_button.setText(self.tr("E-mail"))
        self.export_button.setText(self.tr("Export for signing\u2026"))
        self.attach_button.setText(self.tr("Attach signed container\u2026"))
        self._delivery_chosen()
        self._fill_templates()
        for field_input in self.inputs:
            field_input.retranslate()
        self._label_fields()
        self._show_register()

    def _delivery_names(self) -> dict[str, str]:
        return {Delivery.HANDED_OVER: self.tr("handed over"), Delivery.POSTED: self.tr("posted"),
                Delivery.EMAILED: self.tr("e-mailed")}

    # -- templates and fields -----------------------------------------------------------

    def _loaded(self, data: tuple[list[Template], list[IssuanceView], tzinfo] | None) -> None:
        if data is None:
            self.setEnabled(False)
            self._say(self.tr("Your roles do not include issuing notices."), error=True)
            return
        templates, issuances, self.timezone = data
        if [(t.id, t.version) for t in templates] != [
                (t.id, t.version) for t in self.templates]:
            self.templates = templates
            self._fill_templates()
        self.issuances = issuances
        self._show_register()

    def _fill_templates(self) -> None:
        lang = current_language()
        chosen = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for t in self.templates:
            self.template_box.addItem(t.title(lang).capitalize(), t.id)
        index = self.template_box.findData(chosen) if chosen else 0
        self.template_box.setCurrentIndex(max(0, index))
        self.template_box.blockSignals(False)
        if self.templates and (self.template is None
                               or self.template_box.currentData() != self.template.id
                               or self._chosen_template() != self.template):
            self._template_chosen()

    def _chosen_template(self) -> Template | None:
        chosen = self.template_box.currentData()
        return next((t for t in self.templates if t.id == chosen), None)

    def _template_chosen(self) -> None:
        template = self._chosen_template()
        if template is None:
            return
        kept = {i.field.id: i.value() for i in self.inputs}
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.inputs = []
        for field in template.fields:
            field_input = FieldInput(field)
            if field.id in kept and field.kind is not FieldKind.CHOICE:
                field_input.set_value(kept[field.id])
            self.inputs.append(field_input)
            self.fields_form.addRow(QLabel(), field_input)
        self.template = template
        self._label_fields()

    def _label_fields(self) -> None:
        lang = current_language()
        for row, field_input in enumerate(self.inputs):
            label = self.fields_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                mark = "" if field_input.field.required else self.tr(" (optional)")
                label.widget().setText(field_input.field.label(lang) + mark)

    def field_input(self, field_id: str) -> FieldInput:
        return next(i for i in self.inputs if i.field.id == field_id)

    def fill(self, values: dict[str, str]) -> None:
        for field_input in self.inputs:
            if field_input.field.id in values:
                field_input.set_value(values[field_input.field.id])

    def values(self) -> dict[str, str] | None:
        """The fields' values, or None when one is not right (each says why)."""
        lang = current_language()
        values: dict[str, str] = {}
        good = True
        for field_input in self.inputs:
            try:
                values[field_input.field.id] = check_value(field_input.field,
                                                           field_input.value(), lang)
                field_input.show_error("")
            except LettError as exc:
                field_input.show_error(self._error_text(exc))
                good = False
        return values if good else None

    def _error_text(self, exc: LettError) -> str:
        from app.i18n import error_text

        return error_text(exc, current_language())

    def _lang(self) -> str:
        return str(self.lang_box.currentData())

    def _delivery(self) -> str:
        return str(self.delivery_box.currentData() or Delivery.HANDED_OVER.value)

    def _delivery_chosen(self) -> None:
        emailed = self._delivery() == Delivery.EMAILED
        self.issue_button.setText(self.tr("Issue and e-mail") if emailed
                                  else self.tr("Issue and print"))

    # -- filling in from a visitor's registration ---------------------------------------

    def load_visitors(self) -> None:
        self.runner.read(_visitors_in, on_done=self._visitors_loaded, on_error=self._failed)

    def _visitors_loaded(self, visitors: list[Any]) -> None:
        self.visitors = visitors
        self.visitor_box.clear()
        self.visitor_box.addItem(self.tr("(choose a visitor)") if visitors
                                 else self.tr("(nobody is in the building)"), None)
        for v in visitors:
            arrived = v.arrived_at.astimezone(self.timezone).strftime("%H:%M")
            shown = f"{v.name}  {v.id_code_masked}  {arrived}".strip()
            self.visitor_box.addItem(shown, v.id)

    def _visitor_chosen(self, index: int) -> None:
        key = self.visitor_box.itemData(index)
        if key is None or self.template is None:
            return
        self.runner.read(_from_visitor, self.template.id, key, on_done=self._filled,
                         on_error=self._failed)

    # -- filling in from a register entry -----------------------------------------------

    def fill_from_entry(self) -> None:
        number = self.entry_number.text().strip()
        if not number or self.template is None:
            self._say(self.tr("Write the registration number of the document first."),
                      error=True)
            return
        self.runner.read(_from_entry, self.template.id, number, on_done=self._filled,
                         on_error=self._failed)

    def _filled(self, filled: Filled) -> None:
        self.fill(filled.values)
        self.set_link(filled)
        self._say(self.tr("Filled in from the registration of {name}.").format(
            name=filled.about) if filled.visitor_registration_id else self.tr(
            "Filled in from document {number} of the register.").format(number=filled.about))

    def set_link(self, link: Filled | None) -> None:
        """What the notice is about: the issuance is linked to it (None: to nothing)."""
        self.link = link
        self._show_link()

    def _show_link(self) -> None:
        link = self.link
        if link is None:
            self.link_text.setText("")
        elif link.visitor_registration_id:
            self.link_text.setText(self.tr("The notice is linked to the visit of {name}.")
                                   .format(name=link.about))
        else:
            self.link_text.setText(self.tr("The notice is linked to document {number} of the "
                                           "register.").format(number=link.about))
        self.unlink_button.setVisible(link is not None)
        answers = link is not None and link.register_entry_id is not None
        self.answer_box.setVisible(answers)
        self.answer_series.setVisible(answers)
        if answers and not self.answer_series.count():
            self.runner.read(_series, on_done=self._series_loaded, on_error=self._failed)

    def _series_loaded(self, series: list[str]) -> None:
        self.answer_series.clear()
        self.answer_series.addItems(series)
        self.answer_box.setEnabled(bool(series))

    # -- preview and issuing ------------------------------------------------------------

    def show_preview(self) -> None:
        values = self.values()
        if values is None or self.template is None:
            self._say(self.tr("Correct the fields marked in red first."), error=True)
            return
        self._say(self.tr("Drawing the preview\u2026"))
        self.runner.read(_preview_pages, self.template.id, self._lang(), values,
                         on_done=self._preview_done, on_error=self._failed)

    def _show_pages(self, pages: list[bytes]) -> None:
        self.preview_images = [QImage.fromData(page, "PNG") for page in pages]
        if self.preview_images:
            self.preview.setPixmap(QPixmap.fromImage(self.preview_images[0]))

    def _preview_done(self, pages: list[bytes]) -> None:
        self._show_pages(pages)
        self._say(self.tr("Preview of the notice; it is not issued yet.") if len(pages) == 1
                  else self.tr("Preview of the notice ({pages} pages, the first shown); it is "
                               "not issued yet.").format(pages=len(pages)))

    def _mail_server(self) -> Any:
        from app.documents.mail import MailServer

        return MailServer.of(self.settings)

    def _checked_email(self) -> str | None:
        from app.core.notices import EMAIL

        address = self.email.text().strip()
        if EMAIL.match(address):
            self.email_error.hide()
            return address
        self.email_error.setText(self.tr("Write the e-mail address to send the notice to."))
        self.email_error.show()
        return None

    def issue(self) -> None:
        values = self.values()
        email = self._checked_email() if self._delivery() == Delivery.EMAILED else ""
        if values is None or self.template is None or email is None:
            self._say(self.tr("Correct the fields marked in red first."), error=True)
            return
        self.issue_button.setEnabled(False)
        self._say(self.tr("Issuing\u2026"))
        self.runner.write(_issue_and_deliver, self.template.id, self._lang(), values,
                          self._delivery(), email, self.settings.get("notices.printer"),
                          self._mail_server(), self.link, self._answer_series(),
                          on_done=self._issued, on_error=self._issue_failed)

    def _answer_series(self) -> str:
        """The series to register the notice in as the answer; empty: it is not."""
        if (self.link is None or self.link.register_entry_id is None
                or not self.answer_box.isChecked()):
            return ""
        return self.answer_series.currentText()

    def _issued(self, result: tuple[IssuanceView, EntryView | None]) -> None:
        made, answer = result
        self.issue_button.setEnabled(True)
        self.set_link(None)
        self.select_after = made.id  # the register shows it chosen, the preview shows it
        text = (self.tr("Notice {number} is issued and e-mailed.") if made.delivery ==
                Delivery.EMAILED else self.tr("Notice {number} is issued and sent to the "
                                              "printer."))
        text = text.format(number=made.registry_number)
        if answer is not None:
            text += " " + self.tr("It is registered as {entry}, the answer to the document "
                                  "it was filled in from.").format(entry=answer.registry_number)
        self._done(text)

    def _issue_failed(self, failure: Failure) -> None:
        self.issue_button.setEnabled(True)
        self._failed(failure)
        self.refresh.request()

    # -- the register -------------------------------------------------------------------

    def _show_register(self) -> None:
        query = self.search.text().strip().casefold()
        shown = [i for i in self.issuances
                 if not query or query in i.registry_number.casefold()
                 or query in i.recipient.casefold()]
        chosen = self.chosen()
        titles = {t.id: t.title(current_language()).capitalize() for t in self.templates}
        deliveries = self._delivery_names()
        self.table.setRowCount(len(shown))
        for row, i in enumerate(shown):
            cells = (i.registry_number,
                     i.issued_at.astimezone(self.timezone).strftime("%d.%m.%Y %H:%M"),
                     f"{titles.get(i.template_id, i.template_id)} (v{i.template_version})",
                     i.recipient,
                     deliveries.get(i.delivery, i.delivery), i.issued_by,
                     self.tr("copy") if i.is_copy else "", self.tr("signed") if i.signed_path
                     else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i.id)
                self.table.setItem(row, col, item)
            if i.id == (self.select_after or (chosen.id if chosen is not None else None)):
                self.table.selectRow(row)
                self.select_after = ""
        self._selection_changed()

    def chosen(self) -> IssuanceView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((i for i in self.issuances if i.id == key), None)

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        for button in (self.reprint_button, self.save_button, self.mail_button,
                       self.export_button):
            button.setEnabled(chosen is not None)
        self.attach_button.setEnabled(chosen is not None and not chosen.signed_path)
        if chosen is not None and chosen.id != self.previewed:
            self.previewed = chosen.id
            self.runner.read(_issuance_pages, chosen.id, on_done=self._show_pages,
                             on_error=self._failed)

    def reprint(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        self.runner.write(_reprint, chosen.id, self.settings.get("notices.printer"),
                          on_done=lambda copy: self._done(self.tr(
                              "A copy of notice {number} is registered and sent to the "
                              "printer.").format(number=copy.registry_number)),
                          on_error=self._failed)

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
        self.runner.write(_op("save_notice_as"), chosen.id, Path(target),
                          on_done=lambda path: self._done(self.tr(
                              "Saved as {path}.").format(path=path)), on_error=self._failed)

    def send_email(self) -> None:
        chosen = self.chosen()
        address = self._checked_email()
        if chosen is None or address is None:
            return
        self.runner.write(_op("email_notice"), chosen.id, address, self._mail_server(),
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
        self.runner.write(_op("export_asice"), chosen.id, Path(target),
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
        self.runner.write(_op("attach_signed"), chosen.id, Path(source),
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
