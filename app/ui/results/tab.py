"""The My results tab: today, this week and this month — served, handling time, the service
level of my calls, contacts — against my goals and the office's median (a number, never a
name), outcomes and contacts by channel, and the trend of the last four weeks (QtCharts).

A supervisor chooses whose results to see (their reading is recorded by the operation) and
sets the goals (goals.py). An adviser sees only their own: the operation refuses others.
"""

from __future__ import annotations

from html import escape
from typing import Any

from app.core.goals import Measure, meets
from app.core.permissions import Action, Actor
from app.operations import results as ops
from app.ui import style
from app.ui.board.view import OwnRefresh, header_text
from app.ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDate,
    QDateTime,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPainter,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTime,
    QVBoxLayout,
    QWidget,
    chart_classes,
)
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner

MEASURES = (Measure.SERVED, Measure.HANDLING_MIN, Measure.SERVICE_LEVEL, Measure.CONTACTS)
MET_FG = "#1a7f37"
MISSED_FG = "#82071e"


def number_text(measure: Measure, value: float | None) -> str:
    if value is None:
        return "\u2013"
    if measure is Measure.SERVICE_LEVEL:
        return f"{value:.0f} %"
    if measure is Measure.HANDLING_MIN:
        return f"{value:.1f}"
    return f"{value:g}"


class ResultsTab(QWidget):
    def __init__(self, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.actor = actor
        self.supervisor = actor.may(Action.SUPERVISE)
        self.results: ops.Results | None = None
        self.reads: list[Any] = []
        self.refresh = OwnRefresh(runner, self._load, self._show, self._failed, self)
        self._build()
        self.retranslate()
        if self.supervisor:
            runner.read(ops.staff_members, on_done=self._staff_listed,
                        on_error=self._failed)

    def _build(self) -> None:
        self.title = QLabel()
        style.set_font(self.title, 20, bold=True)
        self.whose_label = QLabel()
        self.whose = QComboBox()
        self.whose.setObjectName("results_whose")
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.whose.addItem("", "")
        self.whose.currentIndexChanged.connect(lambda _i: self.refresh.request())
        self.goals_button = QPushButton()
        self.goals_button.setObjectName("results_goals")
        self.goals_button.clicked.connect(self.edit_goals)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh.request)
        for widget in (self.whose_label, self.whose, self.goals_button):
            widget.setVisible(self.supervisor)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(24)
        head.addWidget(self.whose_label)
        head.addWidget(self.whose)
        head.addStretch(1)
        head.addWidget(self.goals_button)
        head.addWidget(self.reload_button)
        self.banner = Banner()
        self.table = QTableWidget(len(MEASURES), 9)
        self.table.setObjectName("results_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setObjectName("results_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        charts = chart_classes()
        self.chart = charts.QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = charts.QChartView(self.chart)
        self.chart_view.setObjectName("results_trend")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(self.chart_view, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My results"))
        self.whose_label.setText(self.tr("Whose results:"))
        self.whose.setItemText(0, self.tr("My own"))
        self.goals_button.setText(self.tr("Goals\u2026"))
        self.reload_button.setText(self.tr("Refresh"))
        headers = []
        for period in (self.tr("Today"), self.tr("This week"), self.tr("This month")):
            headers += [period, self.tr("Goal"), self.tr("Office median")]
        self.table.setHorizontalHeaderLabels([header_text(h, 10) for h in headers])
        self.table.setVerticalHeaderLabels([self.measure_name(m) for m in MEASURES])
        if self.results is not None:
            self._show(self.results)

    def measure_name(self, measure: Measure) -> str:
        return {
            Measure.SERVED: self.tr("Served"),
            Measure.HANDLING_MIN: self.tr("Handling time, min"),
            Measure.SERVICE_LEVEL: self.tr("Service level of my calls"),
            Measure.CONTACTS: self.tr("Contacts"),
        }[measure]

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self.refresh.request()
        super().showEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def _load(self, ctx: Any) -> ops.Results:
        whose = self.whose.currentData() or None
        results = ops.my_results(ctx, whose)
        # One's own page says who has read one's results (the supervisor's readings).
        self.reads = [] if whose else ops.results_reads(ctx)[:5]
        return results

    def _staff_listed(self, members: list[ops.StaffMember]) -> None:
        for m in members:
            if m.user_name != self.actor.name:
                self.whose.addItem(f"{m.display_name} ({m.user_name})", m.user_name)

    def _failed(self, failure: Failure) -> None:
        self.banner.show_error(failure.text)

    def _show(self, results: ops.Results) -> None:
        self.results = results
        for column, period in enumerate(results.periods):
            for row, measure in enumerate(MEASURES):
                value = period.mine.value(measure)
                goal = period.goals[measure]
                mine = QTableWidgetItem(number_text(measure, value))
                mine.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                met = meets(value, goal)
                if met is not None:
                    mine.setForeground(QColor(MET_FG if met else MISSED_FG))
                    style_font = mine.font()
                    style_font.setBold(True)
                    mine.setFont(style_font)
                goal_item = QTableWidgetItem(
                    number_text(measure, goal.target) if goal is not None else "\u2013")
                median_item = QTableWidgetItem(number_text(measure, period.median[measure]))
                for item in (goal_item, median_item):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setForeground(QColor(style.MUTED))
                self.table.setItem(row, column * 3, mine)
                self.table.setItem(row, column * 3 + 1, goal_item)
                self.table.setItem(row, column * 3 + 2, median_item)
        self._fit_table()
        self.details.setText(self._details(results))
        self._draw_trend(results)

    def _fit_table(self) -> None:
        """As high as its rows: the chart below takes the rest."""
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)

    def _details(self, results: ops.Results) -> str:
        names = (self.tr("Today"), self.tr("This week"), self.tr("This month"))
        lines = []
        for name, period in zip(names, results.periods, strict=False):
            outcomes = ", ".join(f"{self.outcome_name(k)} {v}"
                                 for k, v in sorted(period.mine.outcomes.items())) or "\u2013"
            channels = ", ".join(f"{self.channel_name(k)} {v}"
                                 for k, v in sorted(period.mine.contacts.items())) or "\u2013"
            lines.append(self.tr("<b>{period}</b> \u2014 outcomes: {outcomes}; contacts by "
                                 "channel: {channels}").format(
                period=name, outcomes=outcomes, channels=channels))
        who = results.display_name if results.staff != self.actor.name else ""
        head = f"<b>{escape(who)}</b><br>" if who else ""
        if self.reads and not who:
            zone = self.runner.ctx.timezone
            readers = ", ".join(f"{escape(r.actor)} {r.at.astimezone(zone):%d.%m %H:%M}"
                                for r in self.reads)
            lines.append(f"<span style='color:{style.MUTED}'>"
                         + self.tr("My results were last read by: {readers}").format(
                             readers=readers) + "</span>")
        return head + "<br>".join(lines)

    def outcome_name(self, code: str) -> str:
        return {"served": self.tr("served"), "referred": self.tr("referred"),
                "documents_missing": self.tr("documents missing"),
                "not_our_service": self.tr("not our service"),
                "other": self.tr("other")}.get(code, code)

    def channel_name(self, code: str) -> str:
        return {"counter": self.tr("counter"), "phone": self.tr("phone"),
                "chat": self.tr("web chat"), "email": self.tr("e-mail"),
                "letter": self.tr("letter")}.get(code, code)

    def _draw_trend(self, results: ops.Results) -> None:
        charts = chart_classes()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        served = charts.QLineSeries()
        served.setName(self.tr("Served per day"))
        handling = charts.QLineSeries()
        handling.setName(self.tr("Mean handling time, min"))
        moments = []
        for day in results.trend:
            moment = float(QDateTime(QDate(day.day.year, day.day.month, day.day.day),
                                     QTime(12, 0)).toMSecsSinceEpoch())
            moments.append(moment)
            served.append(moment, day.served)
            if day.handling_min is not None:
                handling.append(moment, day.handling_min)
        self.chart.addSeries(served)
        self.chart.addSeries(handling)
        x = charts.QDateTimeAxis()
        x.setFormat("dd.MM")
        x.setTickCount(5)
        if moments:
            x.setRange(QDateTime.fromMSecsSinceEpoch(int(moments[0])),
                       QDateTime.fromMSecsSinceEpoch(int(moments[-1])))
        count = charts.QValueAxis()
        count.setLabelFormat("%d")
        count.setRange(0, max([d.served for d in results.trend] + [5]) * 1.1)
        count.setTitleText(self.tr("served"))
        minutes = charts.QValueAxis()
        minutes.setLabelFormat("%.0f")
        minutes.setRange(0, max([d.handling_min or 0 for d in results.trend] + [10]) * 1.1)
        minutes.setTitleText(self.tr("min"))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(count, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(minutes, Qt.AlignmentFlag.AlignRight)
        served.attachAxis(x)
        served.attachAxis(count)
        handling.attachAxis(x)
        handling.attachAxis(minutes)
        self.chart.setTitle(self.tr("The last four weeks"))

    def edit_goals(self) -> None:
        from app.ui.results.goals import GoalsDialog

        dialog = GoalsDialog(self.runner, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh.request()
