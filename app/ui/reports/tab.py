"""The Reports tab of the staff window (supervisors and admins): a range of days, a report and
its grouping; a table of the figures and a chart of one measure (QtCharts); export to XLSX,
CSV and PDF. The report is counted off the UI thread (app.operations.reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtGui import QColor, QPainter

from app.core.settings import Settings
from app.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.qt_i18n import current_language
from app.ui.runner import Failure, Runner
from app.ui.widgets import Banner

KINDS = ("queue", "counters", "contacts", "escalations", "documents", "visitors", "notices")
# The chart draws a time grouping as a line, the others as bars.
TIMELINE = ("day", "week", "month", "hour")


def _report(ctx: Any, first: date, last: date, by: list[str], kind: str) -> Any:
    from app.operations.reports import office_report  # loaded on the worker thread

    return office_report(ctx, first, last, by=by, kind=kind)


def _export(_ctx: Any, report: Any, fmt: str, lang: str, path: Path) -> Path:
    from app.operations.report_export import write

    write(report, fmt, lang, path)
    return path


class ReportsTab(QWidget):
    """A supervisor's reports of the office."""

    result = Signal(str)

    def __init__(self, runner: Runner, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.report: Any = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.banner = Banner()
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), today.month(), 1))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first.setObjectName("report_first")
        self.last.setObjectName("report_last")
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        self.by = QComboBox()
        self.by.setObjectName("report_by")
        self.then_by = QComboBox()
        self.then_by.setObjectName("report_then_by")
        for combo in (self.kind, self.by, self.then_by):  # the longest name shows whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.currentIndexChanged.connect(self._groupings)
        self.show_button = QPushButton()
        self.show_button.setObjectName("report_show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        self.labels = [QLabel() for _ in range(5)]
        row = QHBoxLayout()
        for label, widget in zip(self.labels, (self.first, self.last, self.kind, self.by,
                                               self.then_by), strict=True):
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch(1)

        self.measure = QComboBox()
        self.measure.setObjectName("report_measure")
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure.setMinimumContentsLength(24)
        self.measure.currentIndexChanged.connect(self._draw)
        self.measure_label = QLabel()
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        measure_row = QHBoxLayout()
        measure_row.addWidget(self.measure_label)
        measure_row.addWidget(self.measure)
        measure_row.addStretch(1)
        chart_layout.addLayout(measure_row)
        chart_layout.addWidget(self.chart_view)
        self.table = QTableWidget()
        self.table.setObjectName("report_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chart_box)
        split.addWidget(self.table)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.exports = {fmt: QPushButton() for fmt in ("xlsx", "csv", "pdf")}
        exports = QHBoxLayout()
        exports.addStretch(1)
        for fmt, button in self.exports.items():
            button.setObjectName(f"report_export_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            exports.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(exports)

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("From"), self.tr("To"), self.tr("Report"),
                                             self.tr("Grouped by"), self.tr("then by")),
                               strict=True):
            label.setText(text)
        self.show_button.setText(self.tr("Show"))
        self.measure_label.setText(self.tr("Chart of"))
        self.exports["xlsx"].setText(self.tr("Export to XLSX\u2026"))
        self.exports["csv"].setText(self.tr("Export to CSV\u2026"))
        self.exports["pdf"].setText(self.tr("Export to PDF\u2026"))
        names = {"queue": self.tr("Queue"), "counters": self.tr("Counters"),
                 "contacts": self.tr("Contacts"), "escalations": self.tr("Escalations"),
                 "documents": self.tr("Documents"), "visitors": self.tr("Visitors"),
                 "notices": self.tr("Notices")}
        chosen = self.kind.currentData() or "queue"
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.kind.setCurrentIndex(KINDS.index(chosen))
        self.kind.blockSignals(False)
        self._groupings()
        if self.report is not None:
            self._show(self.report)

    def _groupings(self) -> None:
        from app.operations.report_export import titles
        from app.operations.reports import GROUPINGS

        names = titles(current_language())
        kind = self.kind.currentData() or "queue"
        for combo, empty in ((self.by, False), (self.then_by, True)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if empty:
                combo.addItem("\u2014", "")
            for group in GROUPINGS[kind]:
                combo.addItem(names.get(group, group), group)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # -- the report ------------------------------------------------------------------------

    def chosen(self) -> tuple[date, date, list[str], str]:
        by = [self.by.currentData()]
        if self.then_by.currentData() and self.then_by.currentData() not in by:
            by.append(self.then_by.currentData())
        return (self.first.date().toPython(), self.last.date().toPython(), by,
                self.kind.currentData())

    def load(self) -> None:
        first, last, by, kind = self.chosen()
        self.show_button.setEnabled(False)
        self.runner.read(_report, first, last, by, kind, on_done=self._loaded,
                         on_error=self._failed)

    def _loaded(self, report: Any) -> None:
        self.show_button.setEnabled(True)
        self.banner.clear_message()
        self._show(report)

    def _failed(self, failure: Failure) -> None:
        self.show_button.setEnabled(True)
        self.banner.show_error(self.runner.failure_text(failure))

    def _show(self, report: Any) -> None:
        from app.operations.report_export import table_rows, titles

        self.report = report
        lang = current_language()
        header, rows = table_rows(report, lang)
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(header)
        keys = len(report.by)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= keys:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        names = titles(lang)
        chosen = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for m in report.measures:
            self.measure.addItem(names.get(m, m), m)
        self.measure.setCurrentIndex(max(self.measure.findData(chosen), 0))
        self.measure.blockSignals(False)
        for button in self.exports.values():
            button.setEnabled(bool(report.rows))
        self._draw()

    def _draw(self) -> None:
        from app.operations.report_export import cell, key_text, report_title, titles

        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        report = self.report
        measure = self.measure.currentData()
        if report is None or not report.rows or not measure:
            self.chart.setTitle("")
            return
        lang = current_language()
        self.chart.setTitle(f"{report_title(report, lang)} \u2014 "
                            f"{titles(lang).get(measure, measure)}")
        labels = [" / ".join(_short(b, r[b], lang, key_text) for b in report.by)
                  for r in report.rows]
        values = [float(cell(measure, r[measure]) or 0) for r in report.rows]
        categories = QBarCategoryAxis()
        categories.append(labels)
        if len(labels) > 12:
            categories.setLabelsAngle(-60)
        axis = QValueAxis()
        axis.setRange(0, max(values + [1.0]) * 1.1)
        axis.setLabelFormat("%.0f" if max(values + [0.0]) >= 10 else "%.1f")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        if report.by[0] in TIMELINE and len(report.by) == 1 and len(values) > 1:
            line = QLineSeries()
            for i, v in enumerate(values):
                line.append(i, v)
            line.setColor(QColor("#1f6feb"))
            self.chart.addSeries(line)
            # The categories sit at 0..n-1 on the line's hidden x axis.
            x = QValueAxis()
            x.setRange(-0.5, len(values) - 0.5)
            x.setVisible(False)
            self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
            line.attachAxis(x)
            line.attachAxis(axis)
        else:
            bars = QBarSet(titles(lang).get(measure, measure))
            bars.append(values)
            bars.setColor(QColor("#1f6feb"))
            series = QBarSeries()
            series.append(bars)
            self.chart.addSeries(series)
            series.attachAxis(categories)
            series.attachAxis(axis)

    def export(self, fmt: str) -> None:
        if self.report is None:
            return
        filters = {"xlsx": self.tr("Spreadsheet (*.xlsx)"), "csv": self.tr("CSV (*.csv)"),
                   "pdf": self.tr("PDF (*.pdf)")}
        suggested = (f"{self.report.kind}-{self.report.first.isoformat()}-"
                     f"{self.report.last.isoformat()}.{fmt}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                              str(Path.home() / suggested), filters[fmt])
        if name:
            self.export_to(fmt, Path(name))

    def export_to(self, fmt: str, path: Path) -> None:
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.runner.read(_export, self.report, fmt, current_language(), path,
                         on_done=self._exported, on_error=self._failed)

    def _exported(self, path: Path) -> None:
        text = self.tr("Saved {path}").format(path=path)
        self.banner.show_info(text)
        self.result.emit(text)



def _short(group: str, key: Any, lang: str, key_text: Any) -> str:
    """A chart's label: a day as day and month, the rest as the table shows them."""
    if group == "day" and isinstance(key, date):
        return f"{key.day:02d}.{key.month:02d}"
    return str(key_text(group, key, lang))
