"""The supervisor's goals: the table of the office's goals and a small editor (whose — a
person or the team —, measure, period, target). Set replaces the goal of the same person,
measure and period; a bad target is refused by the operation with its message."""

from __future__ import annotations

from app.core.goals import Measure, Period
from app.operations import results as ops
from app.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner


class GoalsDialog(QDialog):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.goals: list[ops.GoalView] = []
        self.names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Goals"))
        self.banner = Banner()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("goals_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalHeaderLabels([self.tr("Whose"), self.tr("Measure"),
                                              self.tr("Period"), self.tr("Target"),
                                              self.tr("Set by")])
        self.whose = QComboBox()
        self.whose.setObjectName("goal_whose")
        self.whose.addItem(self.tr("The team (everyone)"), "")
        self.measure = QComboBox()
        self.measure.setObjectName("goal_measure")
        for m in Measure:
            self.measure.addItem(self.measure_name(m), m.value)
        self.period = QComboBox()
        self.period.setObjectName("goal_period")
        for p in Period:
            self.period.addItem(self.period_name(p), p.value)
        self.target = QLineEdit()
        self.target.setObjectName("goal_target")
        self.set_button = QPushButton(self.tr("Set the goal"))
        self.set_button.setObjectName("goal_set")
        self.set_button.clicked.connect(self.set_goal)
        self.remove_button = QPushButton(self.tr("Remove the chosen goal"))
        self.remove_button.clicked.connect(self.remove_goal)
        form = QFormLayout()
        form.addRow(self.tr("Whose:"), self.whose)
        form.addRow(self.tr("Measure:"), self.measure)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Target:"), self.target)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.set_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        self.resize(760, 520)
        runner.read(ops.staff_members, on_done=self._staff, on_error=self._failed)
        self.reload()

    def measure_name(self, m: Measure) -> str:
        return {Measure.SERVED: self.tr("Served"),
                Measure.HANDLING_MIN: self.tr("Handling time, min (at most)"),
                Measure.SERVICE_LEVEL: self.tr("Service level of the calls, %"),
                Measure.CONTACTS: self.tr("Contacts")}[m]

    def period_name(self, p: Period) -> str:
        return {Period.DAY: self.tr("a day"), Period.WEEK: self.tr("a week"),
                Period.MONTH: self.tr("a month")}[p]

    def _staff(self, members: list[ops.StaffMember]) -> None:
        for m in members:
            self.names[m.user_name] = m.display_name
            self.whose.addItem(f"{m.display_name} ({m.user_name})", m.user_name)
        self._fill()

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(failure.text)

    def reload(self) -> None:
        self.runner.read(ops.list_goals, on_done=self._listed, on_error=self._failed)

    def _listed(self, goals: list[ops.GoalView]) -> None:
        self.goals = goals
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.goals))
        for row, g in enumerate(self.goals):
            whose = self.names.get(g.staff, g.staff) if g.staff else self.tr("The team")
            for column, text in enumerate((whose, self.measure_name(g.measure),
                                           self.period_name(g.period), f"{g.target:g}",
                                           g.set_by)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def set_goal(self) -> None:
        text = self.target.text().strip().replace(",", ".")
        try:
            target: float | str = float(text)
        except ValueError:
            target = text
        self.runner.write(ops.set_goal, self.measure.currentData(), self.period.currentData(),
                          target, staff=self.whose.currentData(),
                          on_done=lambda _g: self._done(), on_error=self._failed)

    def _done(self) -> None:
        self.banner.show_info(self.tr("The goal is set."))
        self.target.clear()
        self.reload()

    def remove_goal(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.goals):
            return
        self.runner.write(ops.remove_goal, self.goals[row].id,
                          on_done=lambda _r: self.reload(), on_error=self._failed)
