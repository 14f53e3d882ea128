"""The counter's dialogs: transfer the current visitor, cancel a ticket and reissue it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.queue import TransferPlace
from app.operations.views import CounterView, ServiceView
from app.ui.names import place_name
from app.ui.qt import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class TransferChoice:
    to_service: str | None
    to_counter: int | None
    place: TransferPlace


class TransferDialog(QDialog):
    """Where the current visitor goes: another service's queue, a given counter, or both."""

    def __init__(
        self,
        ticket: str,
        current_service: str,
        services: Sequence[ServiceView],
        counters: Sequence[CounterView],
        lang: str,
        own_counter: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer {ticket}").format(ticket=ticket))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Send the visitor to another service's queue, to a counter, or both. "
            "The ticket keeps its number.")))
        form = QFormLayout()
        self.service = QComboBox()
        for s in services:
            self.service.addItem(f"{s.code} \u2013 {s.name(lang)}", s.code)
        self.service.setCurrentIndex(max(self.service.findData(current_service), 0))
        form.addRow(self.tr("Service:"), self.service)
        self.counter = QComboBox()
        self.counter.addItem(self.tr("Any counter of the service"), None)
        for c in counters:
            if c.number != own_counter:
                self.counter.addItem(self.tr("Counter {number}").format(number=c.number),
                                     c.number)
        form.addRow(self.tr("Counter:"), self.counter)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Place in the queue:")))
        self.places = QButtonGroup(self)
        self.place_buttons: dict[TransferPlace, QRadioButton] = {}
        for place in (TransferPlace.BACK, TransferPlace.FRONT, TransferPlace.ARRIVAL):
            button = QRadioButton(place_name(place))
            self.places.addButton(button)
            self.place_buttons[place] = button
            layout.addWidget(button)
        self.place_buttons[TransferPlace.BACK].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Transfer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.current_service = current_service

    def choice(self) -> TransferChoice:
        code = self.service.currentData()
        place = next(p for p, b in self.place_buttons.items() if b.isChecked())
        return TransferChoice(
            None if code == self.current_service else code, self.counter.currentData(), place
        )


class CancelDialog(QDialog):
    """Cancel a wrongly taken ticket and, if the visitor needs another service, issue that
    service's ticket in its place (the visitor keeps their place in the queue)."""

    def __init__(
        self,
        number: str,
        services: Sequence[ServiceView],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel and reissue a ticket"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "The ticket is cancelled. Choose the right service to issue a new ticket in its "
            "place: the visitor keeps their arrival time and place in the queue."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.number = QLineEdit(number)
        self.number.setPlaceholderText(self.tr("e.g. A012"))
        form.addRow(self.tr("Ticket number:"), self.number)
        self.service = QComboBox()
        self.service.addItem(self.tr("No new ticket, only cancel"), None)
        for s in services:
            self.service.addItem(f"{s.code} \u2013 {s.name(lang)}", s.code)
        form.addRow(self.tr("Right service:"), self.service)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Cancel ticket"))
        self.ok.setEnabled(bool(number))
        self.number.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ticket_number(self) -> str:
        return self.number.text().strip().upper()

    def reissue_service(self) -> str | None:
        return self.service.currentData()
