"""The visitors page: purposes of visit and where each leads, the specialists' directory, the
daily check-out time and the watch list."""

from __future__ import annotations

from typing import Any

from app.operations import config as cfg
from app.operations.context import Context
from app.ui.config.helpers import Page, PageDialog, button_row, chosen_item, list_table, spin
from app.ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)


def _visitor_setup(ctx: Context) -> tuple[list[Any], list[Any]]:
    from app.operations import visitors

    return visitors.list_purposes(ctx), visitors.list_specialists(ctx)


def _add_purpose(ctx: Context, code: str, names: dict[str, str], route: str, service: str,
                 specialist: str | None, days: int) -> Any:
    from app.operations import visitors

    return visitors.add_purpose(ctx, code, names, route, service or None, specialist, days)


def _add_specialist(ctx: Context, name: str, unit: str, room: str, phone: str,
                    email: str) -> Any:
    from app.operations import visitors

    return visitors.add_specialist(ctx, name, unit, room, phone, email)


def _remove_purpose(ctx: Context, code: str) -> None:
    from app.operations import visitors

    visitors.remove_purpose(ctx, code)


def _remove_specialist(ctx: Context, specialist_id: str) -> None:
    from app.operations import visitors

    visitors.remove_specialist(ctx, specialist_id)


def _watch_list(ctx: Context) -> list[Any]:
    from app.operations import visitors

    return visitors.list_watch_entries(ctx)


def _add_watch(ctx: Context, name: str, reason: str) -> Any:
    from app.operations import visitors

    return visitors.add_watch_entry(ctx, name, reason)


def _remove_watch(ctx: Context, entry_id: str) -> None:
    from app.operations import visitors

    visitors.remove_watch_entry(ctx, entry_id)


class VisitorsPage(Page):
    """Why visitors come and where each purpose leads (a service queue, a specialist of the
    directory, the waiting area), the directory itself, and the daily check-out time."""

    def __init__(self, dialog: PageDialog) -> None:
        super().__init__(dialog)
        self.purposes: list[Any] = []
        self.specialists: list[Any] = []
        self.services: tuple[cfg.ServiceSpec, ...] = ()
        top = QFormLayout()
        self.checkout = QLineEdit()
        self.checkout.setObjectName("checkout_at")
        self.checkout.setPlaceholderText("18:00")
        self.checkout_label = QLabel()
        top.addRow(self.checkout_label, self.checkout)
        self.layout_.addLayout(top)

        self.purpose_group = QGroupBox()
        purpose = QVBoxLayout(self.purpose_group)
        self.purpose_table = list_table(4, 1)
        purpose.addWidget(self.purpose_table)
        form = QFormLayout()
        self.p_code = QLineEdit()
        self.p_code.setObjectName("purpose_code")
        self.p_et, self.p_ru, self.p_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.p_et.setObjectName("purpose_et")
        self.p_route = QComboBox()
        self.p_route.setObjectName("purpose_route")
        for code in ("queue", "specialist", "waiting"):
            self.p_route.addItem("", code)
        self.p_target = QComboBox()
        self.p_target.setObjectName("purpose_target")
        self.p_route.currentIndexChanged.connect(self._fill_targets)
        self.p_days = spin(0, 3650)
        self.p_days.setValue(30)
        self.p_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.p_labels, (self.p_code, self.p_et, self.p_ru, self.p_en,
                                                 self.p_route, self.p_target, self.p_days),
                                 strict=True):
            form.addRow(label, widget)
        purpose.addLayout(form)
        self.p_remove = QPushButton()
        self.p_remove.clicked.connect(self.remove_purpose)
        self.p_add = QPushButton()
        self.p_add.setObjectName("add_purpose")
        self.p_add.clicked.connect(self.add_purpose)
        purpose.addLayout(button_row(self.p_remove, self.p_add))
        self.layout_.addWidget(self.purpose_group)

        self.host_group = QGroupBox()
        hosts = QVBoxLayout(self.host_group)
        self.host_table = list_table(4, 0)
        hosts.addWidget(self.host_table)
        host_form = QFormLayout()
        self.h_name, self.h_unit, self.h_room = QLineEdit(), QLineEdit(), QLineEdit()
        self.h_name.setObjectName("specialist_name")
        self.h_phone, self.h_email = QLineEdit(), QLineEdit()
        self.h_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.h_labels, (self.h_name, self.h_unit, self.h_room,
                                                 self.h_phone, self.h_email), strict=True):
            host_form.addRow(label, widget)
        hosts.addLayout(host_form)
        self.h_remove = QPushButton()
        self.h_remove.clicked.connect(self.remove_specialist)
        self.h_add = QPushButton()
        self.h_add.setObjectName("add_specialist")
        self.h_add.clicked.connect(self.add_specialist)
        hosts.addLayout(button_row(self.h_remove, self.h_add))
        self.layout_.addWidget(self.host_group)

        # The watch list: names the desk is alerted to at registration (near matches too).
        self.watch: list[Any] = []
        self.watch_group = QGroupBox()
        watch = QVBoxLayout(self.watch_group)
        self.watch_table = list_table(3, 1)
        self.watch_table.setObjectName("watch_list")
        watch.addWidget(self.watch_table)
        watch_form = QFormLayout()
        self.w_name, self.w_reason = QLineEdit(), QLineEdit()
        self.w_name.setObjectName("watch_name")
        self.w_labels = [QLabel(), QLabel()]
        watch_form.addRow(self.w_labels[0], self.w_name)
        watch_form.addRow(self.w_labels[1], self.w_reason)
        watch.addLayout(watch_form)
        self.w_remove = QPushButton()
        self.w_remove.clicked.connect(self.remove_watch)
        self.w_add = QPushButton()
        self.w_add.setObjectName("add_watch")
        self.w_add.clicked.connect(self.add_watch)
        watch.addLayout(button_row(self.w_remove, self.w_add))
        self.layout_.addWidget(self.watch_group)
        self.fields = {"check-out time": self.checkout, "purpose code": self.p_code,
                       "purpose name": self.p_et, "visitor data retention": self.p_days}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Visitors")

    def retranslate(self) -> None:
        super().retranslate()
        self.checkout_label.setText(self.tr("Check everyone out at"))
        self.checkout.setToolTip(self.tr("Empty: visitors still in are checked out at the "
                                         "start of the next day."))
        self.purpose_group.setTitle(self.tr("Purposes of visit"))
        self.purpose_table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Leads to"), self.tr("Kept (days)")])
        for label, text in zip(self.p_labels, (
                self.tr("Code"), self.tr("Name in Estonian"), self.tr("Name in Russian"),
                self.tr("Name in English"), self.tr("Leads to"), self.tr("Service or person"),
                self.tr("Visitor data kept for (days)")), strict=True):
            label.setText(text)
        routes = {"queue": self.tr("a service queue"), "specialist": self.tr("a specialist"),
                  "waiting": self.tr("the waiting area")}
        for i in range(self.p_route.count()):
            self.p_route.setItemText(i, routes[self.p_route.itemData(i)])
        self.p_add.setText(self.tr("Add purpose"))
        self.p_remove.setText(self.tr("Remove chosen"))
        self.host_group.setTitle(self.tr("Specialists"))
        self.host_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Unit"),
                                                   self.tr("Room"), self.tr("E-mail")])
        for label, text in zip(self.h_labels, (self.tr("Name"), self.tr("Unit"),
                                               self.tr("Room"), self.tr("Phone"),
                                               self.tr("E-mail")), strict=True):
            label.setText(text)
        self.h_add.setText(self.tr("Add specialist"))
        self.h_remove.setText(self.tr("Remove chosen"))
        self.watch_group.setTitle(self.tr("Watch list (the desk is alerted on a near match)"))
        self.watch_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Reason"),
                                                    self.tr("Added by")])
        self.w_labels[0].setText(self.tr("Name"))
        self.w_labels[1].setText(self.tr("Reason"))
        self.w_add.setText(self.tr("Add to the watch list"))
        self.w_remove.setText(self.tr("Remove chosen"))
        self.save_button.setText(self.tr("Save the check-out time"))

    def load(self, config: cfg.OfficeConfig) -> None:
        self.services = config.services
        self.checkout.setText(str(config.settings["visitors.checkout_at"]))
        self.runner.read(_visitor_setup, on_done=self._listed, on_error=self.refused)
        self.runner.read(_watch_list, on_done=self._watch_listed, on_error=self.refused)

    def _watch_listed(self, entries: list[Any]) -> None:
        self.watch = entries
        self.watch_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, text in enumerate((e.name, e.reason, e.added_by)):
                self.watch_table.setItem(row, col, QTableWidgetItem(text))

    def add_watch(self) -> None:
        def added(_entry: Any) -> None:
            self.w_name.clear()
            self.w_reason.clear()

        self.run(_add_watch, self.w_name.text(), self.w_reason.text(),
                 done=self.tr("The name is on the watch list."), then=added)

    def remove_watch(self) -> None:
        chosen = chosen_item(self.watch_table, self.watch)
        if chosen is not None:
            self.run(_remove_watch, chosen.id,
                     done=self.tr("The name is taken off the watch list."))

    def _listed(self, loaded: tuple[list[Any], list[Any]]) -> None:
        self.purposes, self.specialists = loaded
        lang = "et"
        self.purpose_table.setRowCount(len(self.purposes))
        for row, p in enumerate(self.purposes):
            where = (p.service_code if p.route == "queue"
                     else p.specialist.name if p.specialist is not None
                     else self.p_route.itemText(self.p_route.findData(str(p.route))))
            for col, text in enumerate((p.code, p.name(lang), where, str(p.retention_days))):
                self.purpose_table.setItem(row, col, QTableWidgetItem(text))
        self.host_table.setRowCount(len(self.specialists))
        for row, h in enumerate(self.specialists):
            for col, text in enumerate((h.name, h.unit, h.room, h.email)):
                self.host_table.setItem(row, col, QTableWidgetItem(text))
        self._fill_targets()

    def _fill_targets(self) -> None:
        self.p_target.clear()
        route = self.p_route.currentData()
        if route == "queue":
            for spec in self.services:
                self.p_target.addItem(f"{spec.code} \u2013 {spec.name_et}", spec.code)
        elif route == "specialist":
            for h in self.specialists:
                self.p_target.addItem(h.name, h.id)
        self.p_target.setEnabled(route != "waiting")

    def save(self) -> None:
        self.run(cfg.update_settings, {"visitors.checkout_at": self.checkout.text()},
                 done=self.tr("The check-out time is saved."))

    def add_purpose(self) -> None:
        route = str(self.p_route.currentData())
        target = self.p_target.currentData()
        if route != "waiting" and target is None:
            self.banner.show_error(self.tr("Choose where the purpose leads."))
            return
        self.run(_add_purpose, self.p_code.text(),
                 {"et": self.p_et.text(), "ru": self.p_ru.text(), "en": self.p_en.text()},
                 route, target if route == "queue" else "",
                 target if route == "specialist" else None, self.p_days.value(),
                 done=self.tr("The purpose of visit is added."), then=lambda _p: self._clear())

    def _clear(self) -> None:
        for edit in (self.p_code, self.p_et, self.p_ru, self.p_en, self.h_name, self.h_unit,
                     self.h_room, self.h_phone, self.h_email):
            edit.clear()

    def add_specialist(self) -> None:
        self.run(_add_specialist, self.h_name.text(), self.h_unit.text(), self.h_room.text(),
                 self.h_phone.text(), self.h_email.text(),
                 done=self.tr("The specialist is added."), then=lambda _h: self._clear())

    def remove_purpose(self) -> None:
        chosen = chosen_item(self.purpose_table, self.purposes)
        if chosen is not None:
            self.run(_remove_purpose, chosen.code, done=self.tr("The purpose of visit is removed."))

    def remove_specialist(self) -> None:
        chosen = chosen_item(self.host_table, self.specialists)
        if chosen is not None:
            self.run(_remove_specialist, chosen.id, done=self.tr("The specialist is removed."))
