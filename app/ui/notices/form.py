"""The form of a notice on the Notices tab: its template and language, whom it is filled in
for (a visitor in the building or a document of the register) and what it is linked to, its
fields (each with its own message when the value is not right) and how it is delivered.

The form only collects and shows; the tab runs the look-ups its buttons ask for and issues.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from app.core.errors import LettError
from app.core.notices import LANGUAGES, Delivery, Field, FieldKind, Template, check_value
from app.ui.names import AUTONYMS
from app.ui.notices.preview import ERROR_STYLE
from app.ui.qt import (
    QCheckBox,
    QComboBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language

if TYPE_CHECKING:
    from app.operations.notice_filling import Filled


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


class NoticeForm(QWidget):
    """What the notice says and how it goes out. `series_wanted` asks the tab for the register's
    series once the notice is linked to a document (it can then be registered as its answer)."""

    series_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates: list[Template] = []
        self.template: Template | None = None
        self.inputs: list[FieldInput] = []
        self.visitors: list[Any] = []
        # What the notice being filled in is about (the issuance is linked to it).
        self.link: Filled | None = None

        self.template_label = QLabel()
        self.template_box = QComboBox()
        self.template_box.setObjectName("template")
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        self.visitor_label = QLabel()
        self.visitor_box = QComboBox()
        self.visitor_box.setObjectName("visitor")
        self.visitors_button = QPushButton()
        self.visitors_button.setObjectName("visitors")
        self.entry_label = QLabel()
        self.entry_number = QLineEdit()
        self.entry_number.setObjectName("entry_number")
        self.entry_button = QPushButton()
        self.entry_button.setObjectName("fill_from_entry")
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
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.delivery_label = QLabel()
        self.delivery_box = QComboBox()
        self.delivery_box.setObjectName("delivery")
        self.email_label = QLabel()
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email_error = QLabel()
        self.email_error.setStyleSheet(ERROR_STYLE)
        self.email_error.hide()

        choose = QFormLayout()
        choose.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        deliver.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        deliver.addRow(self.delivery_label, self.delivery_box)
        email_column = QVBoxLayout()
        email_column.setSpacing(2)
        email_column.addWidget(self.email)
        email_column.addWidget(self.email_error)
        deliver.addRow(self.email_label, email_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.fields_box)
        layout.addLayout(deliver)
        self.retranslate()

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
        self._fill_templates()
        for field_input in self.inputs:
            field_input.retranslate()
        self._label_fields()

    # -- templates and fields -----------------------------------------------------------

    def show_templates(self, templates: list[Template]) -> None:
        """Offer `templates`; the chosen one (and what is typed in its fields) stays."""
        if [(t.id, t.version) for t in templates] != [
                (t.id, t.version) for t in self.templates]:
            self.templates = templates
            self._fill_templates()

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

    def lang(self) -> str:
        """The language the notice is written in."""
        return str(self.lang_box.currentData())

    def delivery(self) -> str:
        return str(self.delivery_box.currentData() or Delivery.HANDED_OVER.value)

    def checked_email(self) -> str | None:
        """The e-mail address typed, or None (the form says what is missing)."""
        from app.core.notices import EMAIL

        address = self.email.text().strip()
        if EMAIL.match(address):
            self.email_error.hide()
            return address
        self.email_error.setText(self.tr("Write the e-mail address to send the notice to."))
        self.email_error.show()
        return None

    # -- whom it is for -----------------------------------------------------------------

    def show_visitors(self, visitors: list[Any], timezone: tzinfo) -> None:
        """Offer the visitors in the building, with the time each came in `timezone`."""
        self.visitors = visitors
        self.visitor_box.clear()
        self.visitor_box.addItem(self.tr("(choose a visitor)") if visitors
                                 else self.tr("(nobody is in the building)"), None)
        for v in visitors:
            arrived = v.arrived_at.astimezone(timezone).strftime("%H:%M")
            shown = f"{v.name}  {v.id_code_masked}  {arrived}".strip()
            self.visitor_box.addItem(shown, v.id)

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
            self.series_wanted.emit()

    def show_series(self, series: list[str]) -> None:
        self.answer_series.clear()
        self.answer_series.addItems(series)
        self.answer_box.setEnabled(bool(series))

    def answer_series_name(self) -> str:
        """The series to register the notice in as the answer; empty: it is not."""
        if (self.link is None or self.link.register_entry_id is None
                or not self.answer_box.isChecked()):
            return ""
        return self.answer_series.currentText()
