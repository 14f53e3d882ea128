"""The form of a document to register: series, direction, type, title, sender, addressee,
transmittal mode, pages and access restriction. Used by the Scan intake tab (the pages come
from the scan) and by the Document register tab (a document registered without a scan).

The form only collects what a person typed; the operation checks it and its message shows
under the form, so the values stay for the person to correct.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app.core.register import Direction, DocumentType, Transmittal
from app.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

if TYPE_CHECKING:
    from app.operations.register import NewDocument, SeriesView

ERROR_STYLE = "color: #b3261e;"


def fill_choices(box: QComboBox, items: Any) -> None:
    """Fill a combo box with (value, text) pairs, keeping the value that was chosen (after a
    language change the texts change, the choice does not)."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for value, text in items:
        box.addItem(text, str(value))
    if chosen is not None:
        box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)


class _OptionalDate(QWidget):
    """A date that may be left out: a check box and a date edit."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given = QCheckBox()
        self.given.setObjectName(f"{name}_given")
        self.edit = QDateEdit()
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.given.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.given.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class RegisterForm(QWidget):
    """What a person fills in to register a document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series_box = QComboBox()
        self.series_box.setObjectName("series")
        self.direction_box = QComboBox()
        self.direction_box.setObjectName("direction")
        self.type_box = QComboBox()
        self.type_box.setObjectName("document_type")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.transmittal_box = QComboBox()
        self.transmittal_box.setObjectName("transmittal")
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("sender_name")
        self.sender_organisation = QLineEdit()
        self.sender_organisation.setObjectName("sender_organisation")
        self.sender_address = QLineEdit()
        self.sender_address.setObjectName("sender_address")
        self.sender_number = QLineEdit()
        self.sender_number.setObjectName("sender_number")
        self.sender_date = _OptionalDate("sender_date")
        self.addressee = QLineEdit()
        self.addressee.setObjectName("addressee")
        self.addressee_address = QLineEdit()
        self.addressee_address.setObjectName("addressee_address")
        self.pages = QSpinBox()
        self.pages.setObjectName("pages")
        self.pages.setRange(0, 10000)
        self.access_basis = QLineEdit()
        self.access_basis.setObjectName("access_basis")
        self.access_from = _OptionalDate("access_from")
        self.access_until = _OptionalDate("access_until")
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        # A label too long for its row (Russian) goes above its field instead of widening the
        # form.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        for key, widget in (
            ("series", self.series_box), ("direction", self.direction_box),
            ("document_type", self.type_box), ("title", self.title),
            ("transmittal", self.transmittal_box), ("sender_name", self.sender_name),
            ("sender_organisation", self.sender_organisation),
            ("sender_address", self.sender_address), ("sender_number", self.sender_number),
            ("sender_date", self.sender_date), ("addressee", self.addressee),
            ("addressee_address", self.addressee_address),
            ("pages", self.pages), ("access_basis", self.access_basis),
            ("access_from", self.access_from), ("access_until", self.access_until),
        ):
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow(self.error)
        self.series: list[SeriesView] = []
        # The office's document types (code, name in the window's language), once loaded.
        self.types: list[tuple[str, str]] = []
        self.retranslate()

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "series": self.tr("Series"), "direction": self.tr("Direction"),
            "document_type": self.tr("Document type"), "title": self.tr("Title"),
            "transmittal": self.tr("Received or sent by"),
            "sender_name": self.tr("Sender"), "sender_organisation": self.tr("Organisation"),
            "sender_address": self.tr("Address or e-mail"),
            "sender_number": self.tr("Sender's number"), "sender_date": self.tr("Sender's date"),
            "addressee": self.tr("Addressee (unit or person)"),
            "addressee_address": self.tr("Addressee's address (outgoing)"),
            "pages": self.tr("Pages"),
            "access_basis": self.tr("Access restriction: basis"),
            "access_from": self.tr("Restricted from"), "access_until": self.tr("Restricted until"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.pages.setSpecialValueText(self.tr("not counted"))
        self.access_basis.setPlaceholderText(self.tr("e.g. AvTS \u00a7 35 lg 1 p 12"))
        fill_choices(self.direction_box, (
            (Direction.INCOMING, self.tr("incoming")), (Direction.OUTGOING, self.tr("outgoing"))))
        fill_choices(self.type_box, self.types or (
            (DocumentType.REQUEST_FOR_INFORMATION, self.tr("request for information")),
            (DocumentType.MEMORANDUM, self.tr("memorandum")),
            (DocumentType.REQUEST_FOR_EXPLANATION, self.tr("request for explanation")),
            (DocumentType.LETTER, self.tr("letter")),
            (DocumentType.APPLICATION, self.tr("application")),
            (DocumentType.OTHER, self.tr("other"))))
        fill_choices(self.transmittal_box, (
            (Transmittal.POST, self.tr("post")), (Transmittal.COUNTER, self.tr("at the counter")),
            (Transmittal.EMAIL, self.tr("e-mail"))))


    # -- values -------------------------------------------------------------------------

    def set_series(self, series: list[SeriesView]) -> None:
        chosen = self.series_box.currentData()
        self.series = [s for s in series if s.active]
        self.series_box.clear()
        for s in self.series:
            self.series_box.addItem(f"{s.series_index} {s.name}".strip(), s.series_index)
        if chosen is not None:
            self.series_box.setCurrentIndex(max(0, self.series_box.findData(chosen)))

    def set_types(self, types: list[tuple[str, str]]) -> None:
        self.types = list(types)
        self.retranslate()

    def set_pages(self, count: int) -> None:
        self.pages.setValue(count)

    def document(self) -> NewDocument:
        from app.operations.register import NewDocument

        return NewDocument(
            series=str(self.series_box.currentData() or ""),
            direction=str(self.direction_box.currentData()),
            document_type=str(self.type_box.currentData()),
            title=self.title.text(),
            transmittal=str(self.transmittal_box.currentData()),
            sender_name=self.sender_name.text(),
            sender_organisation=self.sender_organisation.text(),
            sender_address=self.sender_address.text(),
            sender_number=self.sender_number.text(),
            sender_date=self.sender_date.value(),
            addressee=self.addressee.text(),
            addressee_address=self.addressee_address.text(),
            pages=self.pages.value() or None,
            access_basis=self.access_basis.text(),
            access_from=self.access_from.value(),
            access_until=self.access_until.value(),
        )

    def clear(self) -> None:
        """Empty the texts for the next document; the series, direction, type and mode stay,
        as the next one is often of the same kind."""
        for edit in (self.title, self.sender_name, self.sender_organisation,
                     self.sender_address, self.sender_number, self.addressee,
                     self.addressee_address, self.access_basis):
            edit.clear()
        for optional in (self.sender_date, self.access_from, self.access_until):
            optional.set_value(None)
        self.pages.setValue(0)
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
