"""Report an IT problem: the diagnostics attached (Lett's version, the ticket printer, sync
and the last errors of the log), in the reporter's language, sent as a Jira issue whose
description is valid Atlassian Document Format."""

import app
from app.core.escalation import check_targets
from app.integrations import escalations as esc
from app.integrations import it_report as report
from app.integrations.jira.client import JiraClient
from tests.integrations.jira_server import JiraServer, check_adf

LOG = """2026-12-07 09:00:01 INFO lett.ui started
2026-12-07 09:12:44 ERROR lett.printers ticket printer tcp://10.0.0.5:9100: timed out
2026-12-07 09:13:02 WARNING lett.sync slow answer
2026-12-07 09:20:10 ERROR lett.sync server unreachable
"""


def test_the_log_gives_its_last_error_lines_only(tmp_path):
    path = tmp_path / report.LOG_FILE
    path.write_text(LOG + "".join(f"x ERROR line {n}\n" for n in range(30)), encoding="utf-8")
    errors = report.last_log_errors(path)
    assert len(errors) == report.LOG_LINES
    assert errors[-1] == "x ERROR line 29"
    assert report.last_log_errors(tmp_path / "missing.log") == []


def test_the_report_carries_version_printer_sync_and_log_errors_in_estonian(db, tmp_path,
                                                                           clock):
    (tmp_path / report.LOG_FILE).write_text(LOG, encoding="utf-8")
    printer = report.printer_text("tcp://10.0.0.5:9100", "et", problem="paper_out",
                                  reported=True)
    diag = report.diagnostics(db, tmp_path, "et", printer=printer,
                              server="https://lett.linn.example.ee")
    it = report.it_problem("Piletiprinter ei prindi\nPaber on sees.", diag, "et", clock())
    assert it.summary == "Piletiprinter ei prindi"
    assert f"Leti versioon: {app.__version__}" in it.text
    assert "Piletiprinter: tcp://10.0.0.5:9100: pole valmis: paper_out" in it.text
    assert ("Sünkroonimine: server https://lett.linn.example.ee; saatmata muudatusi 0, "
            "tagasi lükatud 0; viimane sünkroonimine mitte kunagi") in it.text
    assert "Logi viimased vead" in it.text
    assert "09:20:10 ERROR lett.sync server unreachable" in it.text
    assert "WARNING" not in it.text
    assert check_adf(it.adf) is None


def test_an_unconnected_pc_without_a_printer_says_so_in_russian(db, tmp_path):
    diag = report.diagnostics(db, tmp_path, "ru", printer=report.printer_text("", "ru"))
    it = report.it_problem("", diag, "ru")
    assert it.summary.startswith("ИТ-проблема на компьютере")
    assert "Принтер талонов: принтер талонов не задан" in it.text
    assert "Синхронизация: не подключён к серверу" in it.text
    assert "В журнале ошибок нет." in it.text


def test_an_it_report_reaches_it_support_as_an_issue(db, tmp_path, clock):
    server = JiraServer(cloud=True).start()
    try:
        setting = check_targets([{"code": "it", "name": "IT", "kind": "jira",
                                  "site": server.url, "user": "it@office.example",
                                  "project": "IT", "issue_type": "Bug"}])
        diag = report.diagnostics(db, tmp_path, "en",
                                  printer=report.printer_text("usb://04b8:0202", "en"))
        it = report.it_problem("The kiosk shows a blank screen", diag, "en", clock())
        esc.queue(db, "office-1", setting, "it", it.summary, it.text, now=clock())
        [outcome] = esc.send_waiting(
            db, "office-1", setting, now=clock(), token_for=lambda t: "cloud-token",
            client_for=lambda t, token: JiraClient.for_target(t, token))
        issue = server.state.issues[outcome.issue_key]
        assert issue.issue_type == "Bug"
        texts = [node.get("text") for block in issue.description["content"]
                 for node in block["content"]]
        assert "usb://04b8:0202: does not report its status" in " ".join(
            t for t in texts if t)
    finally:
        server.stop()
