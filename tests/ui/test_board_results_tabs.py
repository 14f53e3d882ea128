"""The supervisor board, My results and Quality evaluations in the staff window, used as a
supervisor and an adviser use them; screenshots for a person to look at."""

import pytest

from app.core.permissions import Actor, Role
from app.operations import queue as q
from app.ui.watch import DataWatch
from tests.operations.test_board_results import work

BOSS = Actor("juht", frozenset({Role.SUPERVISOR}))
MARI = Actor("mari", frozenset({Role.COUNTER}))


@pytest.fixture
def worked(staff, clock):
    return work(staff, clock)


def _window(qtbot, local, make_runner, actor, watch=None):
    from app.ui.main_window import MainWindow

    win = MainWindow(make_runner(actor), local.settings, watch, actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def test_the_supervisor_has_the_board_and_an_adviser_does_not(qtbot, local, make_runner,
                                                              worked):
    boss = _window(qtbot, local, make_runner, BOSS)
    assert boss.board_tab is not None and boss.results_tab is not None
    assert boss.tabs.tabText(boss.index_of(boss.board_tab)) == "Supervisor board"
    mari = _window(qtbot, local, make_runner, MARI)
    assert mari.board_tab is None and mari.results_tab is not None
    assert not mari.results_tab.whose.isVisible()
    assert not mari.evaluations_tab.evaluate_button.isVisible()


def test_the_board_follows_the_queue_and_shows_an_idle_counter_red(qtbot, local, make_runner,
                                                                  worked, staff, shoot):
    watch = DataWatch(local.database_url)
    watch.start()
    try:
        win = _window(qtbot, local, make_runner, BOSS, watch)
        win.show_tab(win.board_tab)
        board = win.board_tab
        qtbot.waitUntil(lambda: board.state is not None)
        assert board.state.waiting == 2
        idle = board.counters.item(1, 1)
        assert idle.text() == "idle while people wait"
        assert idle.background().color().name() == "#cf222e"
        assert board.alerts.item(0).text() == "C001: 19 min (target 15)"
        q.issue_ticket(staff, "A")   # another process's change: the watch reports it
        qtbot.waitUntil(lambda: board.state.waiting == 3, timeout=2000)
        assert board.services.item(0, 1).text() == "1"
        shoot(win, "board")
    finally:
        watch.stop()


def test_my_results_show_mine_and_a_supervisor_chooses_whose(qtbot, local, make_runner, worked,
                                                            shoot):
    win = _window(qtbot, local, make_runner, MARI)
    win.show_tab(win.results_tab)
    tab = win.results_tab
    qtbot.waitUntil(lambda: tab.results is not None)
    assert tab.table.item(0, 0).text() == "1"          # served today
    assert tab.table.item(0, 2).text() == "1"          # the office's median (Mari 1, Jaan 1)
    assert len(tab.chart.series()) == 2
    shoot(win, "my_results")
    boss = _window(qtbot, local, make_runner, BOSS)
    boss.show_tab(boss.results_tab)
    mine = boss.results_tab
    qtbot.waitUntil(lambda: mine.whose.count() > 2)
    mine.whose.setCurrentIndex(mine.whose.findData("jaan"))
    qtbot.waitUntil(lambda: mine.results is not None and mine.results.staff == "jaan")
    assert "Jaan Tamm" in mine.details.text()
    # Jaan's own page says who read his results
    jaan = _window(qtbot, local, make_runner, Actor("jaan", frozenset({Role.COUNTER})))
    jaan.show_tab(jaan.results_tab)
    qtbot.waitUntil(lambda: jaan.results_tab.results is not None)
    assert "My results were last read by: juht" in jaan.results_tab.details.text()


def test_a_goal_with_a_bad_target_is_refused_in_words_and_a_good_one_is_set(
        qtbot, local, make_runner, worked):
    from app.ui.results.goals import GoalsDialog

    runner = make_runner(BOSS)
    dialog = GoalsDialog(runner)
    qtbot.addWidget(dialog)
    dialog.target.setText("lots")
    dialog.set_goal()
    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert "is not a target" in dialog.banner.text()
    dialog.target.setText("25")
    dialog.set_goal()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == "The team"
    assert dialog.table.item(0, 3).text() == "25"


def test_a_scorecard_is_made_the_adviser_scores_first_and_the_supervisor_evaluates(
        qtbot, local, make_runner, worked, shoot):
    from app.ui.evaluations.dialogs import EvaluateDialog, ScorecardDialog

    boss_runner = make_runner(BOSS)
    cards = ScorecardDialog(boss_runner)
    qtbot.addWidget(cards)
    qtbot.waitUntil(lambda: cards.table.rowCount() == 1)
    cards.title.setText("Counter visit")
    cards.table.item(0, 0).setText("Greeting")
    cards.table.item(0, 1).setText("Greeted the visitor")
    cards.add_row("Substance", "Correct information", 3, critical=True)
    cards.add_row("Substance", "Checked the documents", "two")
    cards.save()
    qtbot.waitUntil(lambda: cards.banner.kind == "error")
    assert "must be a whole number" in cards.banner.text()
    cards.table.item(2, 2).setText("2")
    cards.save()
    qtbot.waitUntil(lambda: len(cards.cards) == 1)

    mari_runner = make_runner(MARI)
    own = EvaluateDialog(mari_runner, MARI, own=True)
    qtbot.addWidget(own)
    qtbot.waitUntil(lambda: own.subject.count() > 0 and bool(own.answers))
    own.subject.setCurrentIndex(next(i for i in range(own.subject.count())
                                     if "A001" in own.subject.itemText(i)))
    for box in own.answers.values():
        box.setCurrentIndex(box.findData("yes"))
    own.save()
    qtbot.waitUntil(lambda: own.result() == 1)

    win = _window(qtbot, local, make_runner, BOSS)
    tab = win.evaluations_tab
    judge = EvaluateDialog(tab.runner, BOSS, own=False)
    qtbot.addWidget(judge)
    qtbot.waitUntil(lambda: judge.staff.count() > 0 and bool(judge.answers))
    judge.staff.setCurrentIndex(judge.staff.findData("mari"))
    qtbot.waitUntil(lambda: any("A001" in judge.subject.itemText(i)
                                for i in range(judge.subject.count())))
    judge.subject.setCurrentIndex(next(i for i in range(judge.subject.count())
                                       if "A001" in judge.subject.itemText(i)))
    judge.save_button.click()
    qtbot.waitUntil(lambda: judge.banner.kind == "error")
    assert "has no answer" in judge.banner.text()
    for key, box in judge.answers.items():
        box.setCurrentIndex(box.findData("partial" if key == "q3" else "yes"))
    judge.comment.setPlainText("Ask for the ID card first.")
    judge.save_button.click()
    qtbot.waitUntil(lambda: judge.result() == 1)
    win.show_tab(tab)
    tab.refresh.request()
    qtbot.waitUntil(lambda: len(tab.items) == 2)
    assert [tab.table.item(r, 5).text() for r in range(2)] == ["83 %", "100 %"]
    assert tab.table.item(0, 6).text() == "-17"
    assert "own score: yes" in tab.details.text()
    assert "Jaan Tamm" in tab.missing_label.text() and "Mari" not in tab.missing_label.text()
    shoot(win, "evaluations")
    mari = _window(qtbot, local, make_runner, MARI)
    mari.show_tab(mari.evaluations_tab)
    qtbot.waitUntil(lambda: len(mari.evaluations_tab.items) == 2)
    assert "Ask for the ID card first." in mari.evaluations_tab.details.text()


def test_lett_board_shows_the_board_full_screen_and_returns(qtbot, local):
    """`lett board` (app.ui.app.run_board, as the CLI calls it): the board window, its figures
    read, and back when the application quits."""
    from app.cli import main as lett
    from app.operations.context import open_context, staff_actor
    from app.ui.board.window import BoardWindow
    from app.ui.qt import QApplication, QTimer

    q.issue_ticket(open_context(local.db, staff_actor()), "A")   # now, by the real clock
    seen = []

    def look():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, BoardWindow) and w.isVisible()]
        if windows and windows[0].view.state is not None:
            seen.append((windows[0].isFullScreen(), windows[0].view.state.waiting))
            QApplication.exit(0)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    assert lett(["--home", str(local.home), "board"]) == 0
    assert seen == [(True, 1)]


def test_the_board_opened_by_an_adviser_says_they_may_not(qtbot, make_runner, worked):
    from app.ui.board.view import BoardView

    view = BoardView(make_runner(MARI))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.error.isVisible())
    assert view.error.text().startswith("mari may not see the staff's results")
    assert view.state is None
