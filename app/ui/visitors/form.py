"""The form of the Visitors tab that registers a visitor: who they are (each field's fault shown
under it as it is typed), the purpose of visit and where it leads, the host, the visitor's
language, and the buttons the tab acts on (read the ID card, register, save as expected, clear).

The form only collects and checks what a person typed, with the plain rules (no store); the tab
runs the operations and puts a fault the operation finds back under its field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from app.core.visitors import Route
from app.i18n import error_text
from app.ui import style
from app.ui.qt import (
    QCheckBox,
    QColor,
    QComboBox,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPalette,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTime,
    QVBoxLayout,
    QWidget,
)
from app.ui.qt_i18n import current_language
from app.ui.visitors.work import check_field, visitor_form

FIELDS = ("name", "id_code", "document", "organisation", "phone", "email")
# Lines the fault panel shows at once (more scroll), so the form fits a laptop's screen.
FAULT_LINES = 1


class RegistrationForm(QGroupBox):
    """Register a visitor: the typed fields, the purpose, host, language and time expected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purposes: list[Any] = []
        # The office's time now (None until the desk's data is read) and its time zone: the
        # time expected is the office's local time.
        self.now: datetime | None = None
        self.timezone: tzinfo = UTC
        form = QFormLayout(self)
        self.card_button = QPushButton()
        form.addRow(self.card_button)
        self.inputs: dict[str, QLineEdit] = {}
        self.faults: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"visitor_{name}")
            edit.textEdited.connect(lambda _t, n=name: self.typed(n))
            edit.editingFinished.connect(lambda n=name: self.check(n))
            fault = QLabel()
            fault.setObjectName(f"fault_{name}")
            fault.setWordWrap(True)
            fault.setStyleSheet(f"color: {style.ERROR_FG};")
            fault.hide()
            label = QLabel()
            self.labels[name] = label
            form.addRow(label, edit)
            self.inputs[name] = edit
            self.faults[name] = fault
        # The faults have a place of their own above the buttons, always there, so a fault
        # shown never moves the fields or the buttons under the mouse.
        self.fault_panel = QScrollArea()
        self.fault_panel.setObjectName("faults")
        self.fault_panel.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fault_panel.setWidgetResizable(True)
        panel = QWidget()
        panel.setAutoFillBackground(False)
        self.fault_panel.viewport().setAutoFillBackground(False)
        listed = QVBoxLayout(panel)
        listed.setContentsMargins(0, 0, 0, 0)
        listed.setSpacing(2)
        for fault in self.faults.values():
            listed.addWidget(fault)
        listed.addStretch(1)
        self.fault_panel.setWidget(panel)
        self.fault_panel.setFixedHeight(self.fontMetrics().lineSpacing() * FAULT_LINES + 6)
        self.inputs["id_code"].setMaxLength(13)
        self.purpose = QComboBox()
        self.purpose.currentIndexChanged.connect(self.purpose_chosen)
        self.route_label = QLabel()
        self.route_label.setWordWrap(True)
        self.route_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.host = QComboBox()
        self.lang = QComboBox()
        for code, name in (("et", "Eesti"), ("ru", "Русский"), ("en", "English")):
            self.lang.addItem(name, code)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(44)
        self.badge_check = QCheckBox()
        self.expected_at = QDateTimeEdit()
        self.expected_at.setCalendarPopup(True)
        self.expected_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        for key, widget in (("purpose", self.purpose), ("route", self.route_label),
                            ("host_choice", self.host), ("lang", self.lang),
                            ("notes", self.notes), ("expected_at", self.expected_at)):
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, widget)
        form.addRow("", self.badge_check)
        self.mail_check = QCheckBox()
        self.mail_check.setChecked(True)
        form.addRow("", self.mail_check)
        buttons = QHBoxLayout()
        self.register_button = QPushButton()
        self.register_button.setMinimumHeight(40)
        style.set_font(self.register_button, 15, bold=True)
        self.expect_button = QPushButton()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        buttons.addWidget(self.register_button, 2)
        buttons.addWidget(self.expect_button, 1)
        buttons.addWidget(self.clear_button, 1)
        form.addRow(self.fault_panel)
        form.addRow(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {
            "name": self.tr("Name *"), "id_code": self.tr("Personal code"),
            "document": self.tr("Other document"), "organisation": self.tr("Organisation"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "purpose": self.tr("Purpose of visit"), "route": self.tr("Leads to"),
            "host_choice": self.tr("Host"), "lang": self.tr("Visitor's language"),
            "notes": self.tr("Notes"), "expected_at": self.tr("Expected at"),
        }
        for key, label in self.labels.items():
            label.setText(words[key])
        self.inputs["id_code"].setPlaceholderText(self.tr("11 digits, e.g. 37605030299"))
        self.inputs["document"].setPlaceholderText(
            self.tr("Another country's document: type and number"))
        self.inputs["phone"].setPlaceholderText("+372 5123 4567")
        self.setTitle(self.tr("Register a visitor"))
        self.card_button.setText(self.tr("Read the ID card"))
        self.badge_check.setText(self.tr("Print a badge on the ticket printer"))
        self.mail_check.setText(self.tr("Tell the host by e-mail"))
        self.register_button.setText(self.tr("Register"))
        self.expect_button.setText(self.tr("Save as expected"))
        self.clear_button.setText(self.tr("Clear"))
        for name in FIELDS:
            self.check(name, quiet=True)

    # -- checking what is typed --------------------------------------------------------------

    def today(self) -> date:
        return date.today()

    def typed(self, name: str) -> None:
        """While typing, a shown fault goes as soon as the value is right."""
        if self.faults[name].isVisible():
            self.check(name)

    def check(self, name: str, quiet: bool = False) -> bool:
        value = self.inputs[name].text()
        err = check_field(name, value, self.today()) if value.strip() or name == "name" else None
        if name == "name" and not value.strip() and quiet:
            err = None
        if err is None:
            self._mark(name, "")
            return True
        if not quiet or self.faults[name].isVisible():
            self._mark(name, error_text(err, current_language()))
        return False

    def _mark(self, name: str, text: str) -> None:
        """A field's fault in the fault panel and the field tinted red (no text: cleared)."""
        fault, edit = self.faults[name], self.inputs[name]
        fault.setText(text)
        fault.setVisible(bool(text))
        # Coloured through the palette: a style sheet border would change the field's size.
        palette = self.palette()  # the form's own, the field's when no fault is shown
        if text:
            palette.setColor(QPalette.ColorRole.Base, QColor(style.ERROR_BG))
        edit.setPalette(palette)
        if text:
            self.fault_panel.ensureWidgetVisible(fault)

    def valid(self) -> bool:
        ok = True
        for name in FIELDS:
            ok = self.check(name) and ok
        return ok

    def show_fault(self, field: str, text: str) -> None:
        """A fault the operation found, under its field, with the field ready to correct."""
        self._mark(field, text)
        self.inputs[field].setFocus()

    def fill_from_card(self, name: str, id_code: str) -> None:
        self.inputs["name"].setText(name)
        self.inputs["id_code"].setText(id_code)
        for field in ("name", "id_code"):
            self.check(field)

    # -- what was typed ----------------------------------------------------------------------

    def visitor(self) -> Any:
        """The visitor as the operations take them."""
        return visitor_form()(
            name=self.inputs["name"].text(), id_code=self.inputs["id_code"].text(),
            document=self.inputs["document"].text(),
            organisation=self.inputs["organisation"].text(), phone=self.inputs["phone"].text(),
            email=self.inputs["email"].text(), purpose_id=self.purpose.currentData(),
            host_id=self.host.currentData(), lang=self.lang.currentData() or "et",
            notes=self.notes.toPlainText(),
        )

    def expected_time(self) -> datetime:
        return self.expected_at.dateTime().toPython().replace(tzinfo=self.timezone)

    def clear(self) -> None:
        for name in FIELDS:
            self.inputs[name].clear()
            self._mark(name, "")
        self.notes.clear()
        self.purpose.setCurrentIndex(0)
        self.host.setCurrentIndex(0)
        self.lang.setCurrentIndex(0)
        self.offer_next_hour()

    def offer_next_hour(self) -> None:
        """The expected time offered: the next full hour, office time."""
        now = (self.now or datetime.now(UTC)).astimezone(self.timezone)
        at = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.expected_at.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, 0)))

    # -- purposes and hosts --------------------------------------------------------------------

    def show_choices(self, purposes: list[Any], specialists: list[Any]) -> None:
        """The office's purposes of visit and hosts, keeping what was chosen."""
        self.purposes = purposes
        lang = current_language()
        chosen, host = self.purpose.currentData(), self.host.currentData()
        self.purpose.blockSignals(True)
        self.purpose.clear()
        self.purpose.addItem(self.tr("(none: the waiting area)"), None)
        for p in purposes:
            self.purpose.addItem(p.name(lang), p.id)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(chosen)))
        self.purpose.blockSignals(False)
        self.host.clear()
        self.host.addItem(self.tr("(nobody)"), None)
        for s in specialists:
            self.host.addItem(f"{s.name} \u2013 {s.unit}, {s.room}" if s.unit else s.name, s.id)
        self.host.setCurrentIndex(max(0, self.host.findData(host)))
        self.purpose_chosen(0)

    def purpose_chosen(self, _index: int) -> None:
        purpose = self._purpose()
        lang = current_language()
        if purpose is None:
            self.route_label.setText(self.tr("The waiting area"))
            return
        if purpose.route is Route.QUEUE:
            text = self.tr("Queue of service {code}: a ticket is issued").format(
                code=purpose.service_code)
        elif purpose.route is Route.SPECIALIST and purpose.specialist is not None:
            text = self.tr("Specialist {name}, {unit}, room {room}").format(
                name=purpose.specialist.name, unit=purpose.specialist.unit or "\u2013",
                room=purpose.specialist.room or "\u2013")
            index = self.host.findData(purpose.specialist.id)
            if index >= 0:
                self.host.setCurrentIndex(index)
        else:
            text = self.tr("The waiting area")
        self.route_label.setText(f"{purpose.name(lang)} \u2192 {text}")

    def _purpose(self) -> Any:
        chosen = self.purpose.currentData()
        return next((p for p in self.purposes if p.id == chosen), None)
