"""The operation runner and the store watch, under the windows."""

import logging
import threading

from app.core.errors import Refused
from app.operations import queue as q
from app.operations.context import staff_actor
from app.ui.qt import QCoreApplication
from app.ui.qt_i18n import CatalogueTranslator, current_language, install_language
from app.ui.watch import DataWatch, sqlite_path


def test_operations_run_off_the_ui_thread_and_report_on_it(qtbot, make_runner):
    runner = make_runner(staff_actor())
    threads = []
    results = []

    def op(ctx, code):
        threads.append(threading.current_thread())
        return q.issue_ticket(ctx, code)

    with qtbot.waitSignal(runner.changed):
        runner.write(op, "A",
                     on_done=lambda t: results.append((t.number, threading.current_thread())))
    assert threads[0] is not threading.main_thread()
    assert results == [("A001", threading.main_thread())]


def test_writes_run_in_the_order_asked(qtbot, make_runner):
    runner = make_runner(staff_actor())
    numbers = []
    for _ in range(5):
        runner.write(q.issue_ticket, "B", on_done=lambda t: numbers.append(t.number))
    qtbot.waitUntil(lambda: len(numbers) == 5)
    assert numbers == ["B001", "B002", "B003", "B004", "B005"]
    assert not runner.busy


def test_a_refused_operation_is_a_message_in_the_window_language(qtbot, make_runner):
    runner = make_runner(staff_actor())
    failures = []
    install_language("et")
    runner.write(q.call_next, 1, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0].error, Refused)
    assert failures[0].code == "queue_empty"
    assert failures[0].text == ("Teeninduslett 1 teenuste järjekorras ei oota praegu kedagi.")


def test_error_parameters_are_named_in_the_language(qtbot, make_runner, staff):
    q.issue_ticket(staff, "A")
    q.call_next(staff, 1)
    q.finish(staff, 1)
    runner = make_runner(staff_actor())
    failures = []
    install_language("ru")
    runner.write(q.cancel, "A001", on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].text == "Талон A001 в статусе «обслужен», поэтому его нельзя отменить."


def test_an_unexpected_error_is_logged_and_shown_without_a_crash(qtbot, make_runner, caplog):
    runner = make_runner(staff_actor())

    def broken(ctx):
        raise RuntimeError("disk on fire")

    with caplog.at_level(logging.ERROR, logger="app.ui.runner"), \
            qtbot.waitSignal(runner.failed) as signal:
        runner.write(broken)
    failure = signal.args[0]
    assert failure.code == ""
    assert failure.text.startswith("Something went wrong and the action was not completed.")
    assert "broken failed" in caplog.text
    assert "disk on fire" in caplog.text


def test_a_closed_runner_delivers_nothing_more(qtbot, make_runner):
    runner = make_runner(staff_actor())
    got = []
    runner.read(q.list_services, on_done=got.append)
    runner.close()
    qtbot.wait(50)
    runner.read(q.list_services, on_done=got.append)
    qtbot.wait(50)
    assert got == []


def test_the_watch_sees_a_commit_of_another_connection(qtbot, local, staff):
    watch = DataWatch(local.database_url, interval=0.05)
    watch.start()
    try:
        qtbot.wait(150)
        with qtbot.waitSignal(watch.changed, timeout=1000):
            q.issue_ticket(staff, "A")
    finally:
        watch.stop()


def test_the_watch_stays_quiet_without_changes(qtbot, local):
    watch = DataWatch(local.database_url, interval=0.05)
    seen = []
    watch.changed.connect(lambda: seen.append(1))
    watch.start()
    qtbot.wait(300)
    watch.stop()
    assert seen == []


def test_sqlite_path_of_a_url():
    assert sqlite_path("sqlite:////data/lett/lett.sqlite3") == "/data/lett/lett.sqlite3"
    assert sqlite_path("sqlite:///C:/Lett/lett.sqlite3") == "C:/Lett/lett.sqlite3"


def test_translator_answers_tr_and_translate_and_switches(qtbot):
    install_language("et")
    assert current_language() == "et"
    assert QCoreApplication.translate("QueueTab", "Call next") == "Kutsu järgmine"
    assert QCoreApplication.translate("QueueTab", "not in the catalogue") == "not in the catalogue"
    install_language("ru")
    assert QCoreApplication.translate("QueueTab", "Call next") == "Вызвать следующего"
    install_language("en")
    assert QCoreApplication.translate("QueueTab", "Call next") == "Call next"
    assert CatalogueTranslator("en").isEmpty()
    assert not CatalogueTranslator("et").isEmpty()


def test_self_tr_uses_the_class_as_context(qtbot):
    from app.ui.dialogs import CancelDialog

    install_language("et")
    dialog = CancelDialog("A001", [], "et")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Järjekorrapileti tühistamine ja uue väljastamine"
