"""The staff window's Reports tab, as a supervisor looks at a day of work."""

from datetime import date

import pytest

from app.core.permissions import Actor, Role
from app.ui.qt import QDate, Qt
from app.ui.qt_i18n import install_language
from tests.operations.test_day_figures import DAY, work_a_morning


@pytest.fixture
def window(qtbot, local, make_runner, staff, clock):
    from app.ui.main_window import MainWindow

    work_a_morning(staff, clock)
    boss = Actor("juhan", frozenset({Role.SUPERVISOR}))
    runner = make_runner(boss)
    win = MainWindow(runner, local.settings, actor=boss)
    qtbot.addWidget(win)
    win.show_tab(win.reports_tab)
    win.resize(1366, 768)
    win.show()
    yield win
    runner.close()


def show(qtbot, tab, first, last, by, then_by=""):
    tab.first.setDate(QDate(first.year, first.month, first.day))
    tab.last.setDate(QDate(last.year, last.month, last.day))
    tab.by.setCurrentIndex(tab.by.findData(by))
    tab.then_by.setCurrentIndex(tab.then_by.findData(then_by))
    tab.report = None
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None and tab.show_button.isEnabled())


def test_a_report_by_service_shows_its_table_and_chart(qtbot, window, shoot):
    tab = window.reports_tab
    show(qtbot, tab, DAY, DAY, "service")
    assert tab.table.rowCount() == 3
    assert [tab.table.item(r, 0).text() for r in range(3)] == ["A", "B", "C"]
    assert tab.table.horizontalHeaderItem(1).text() == "Tickets in line"
    assert tab.table.item(0, 1).text() == "3"
    series = tab.chart.series()
    assert len(series) == 1 and type(series).__name__ != "QLineSeries"
    assert [series[0].barSets()[0].at(i) for i in range(3)] == [3, 2, 1]
    tab.measure.setCurrentIndex(tab.measure.findData("mean_wait"))
    assert tab.chart.series()[0].barSets()[0].at(0) == 6.0
    shoot(window, "reports-by-service")


def test_a_report_by_hour_draws_a_line_and_exports(qtbot, window, tmp_path):
    from openpyxl import load_workbook

    tab = window.reports_tab
    show(qtbot, tab, DAY, DAY, "day", "service")
    assert tab.table.rowCount() == 3
    show(qtbot, tab, date(2026, 11, 1), DAY, "day")
    assert type(tab.chart.series()[0]).__name__ == "QBarSeries"  # one day: bars
    assert tab.exports["xlsx"].isEnabled()
    target = tmp_path / "month"
    tab.export_to("xlsx", target)
    qtbot.waitUntil(lambda: (tmp_path / "month.xlsx").exists())
    qtbot.waitUntil(lambda: tab.banner.isVisible())
    assert load_workbook(tmp_path / "month.xlsx").active["A3"].value == DAY.isoformat()


def test_the_tab_speaks_russian_and_says_what_is_wrong(qtbot, window, shoot):
    tab = window.reports_tab
    install_language("ru")
    qtbot.waitUntil(lambda: tab.show_button.text() == "Показать")
    assert tab.kind.currentText() == "Очередь"
    show(qtbot, tab, DAY, DAY, "service")
    assert tab.table.horizontalHeaderItem(1).text() == "Талонов в очереди"
    shoot(window, "reports-ru")
    tab.first.setDate(QDate(2026, 11, 24))
    tab.last.setDate(QDate(2026, 11, 23))
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.banner.isVisible())
    assert "Поменяйте даты местами" in tab.banner.text()


def test_only_supervisors_and_admins_get_the_tab(qtbot, local, make_runner):
    from app.ui.main_window import MainWindow

    desk = Actor("mari", frozenset({Role.DESK}))
    runner = make_runner(desk)
    win = MainWindow(runner, local.settings, actor=desk)
    qtbot.addWidget(win)
    assert win.reports_tab is None
    runner.close()



def test_the_desks_kinds_in_the_chooser(qtbot, window, staff, clock, shoot):
    from tests.operations.test_reports import desk_rows

    desk_rows(staff, clock)
    tab = window.reports_tab
    install_language("et")
    qtbot.waitUntil(lambda: tab.kind.findData("notices") >= 0 and tab.show_button.text() != "Show")
    assert [tab.kind.itemText(i) for i in range(4, 7)] == ["Dokumendid", "Külastajad", "Teatised"]
    tab.kind.setCurrentIndex(tab.kind.findData("notices"))
    assert [tab.by.itemData(i) for i in range(tab.by.count())] == [
        "day", "week", "month", "weekday", "template", "delivery", "office"]
    show(qtbot, tab, DAY, DAY, "delivery")
    assert [tab.table.item(r, 0).text() for r in range(3)] == [
        "E-postiga saadetud", "Üle antud", "Postiga saadetud"]
    assert tab.table.horizontalHeaderItem(1).text() == "Väljastatud teatised"
    tab.kind.setCurrentIndex(tab.kind.findData("documents"))
    show(qtbot, tab, DAY, DAY, "document_type")
    assert [tab.table.item(r, 0).text() for r in range(2)] == ["Avaldus", "complaint"]
    shoot(window, "reports-documents-et")
