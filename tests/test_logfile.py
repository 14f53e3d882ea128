"""Lett keeps a log file in the data folder, its owner's alone, that a report to IT support
reads its last errors from."""

import logging
import stat

from app.cli import main
from app.integrations.it_report import last_log_errors
from app.logfile import LOG_FILE, keep_log


def test_a_command_logs_to_its_data_folder_and_the_it_report_finds_the_errors(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    home = tmp_path / "home"
    assert main(["--home", str(home), "demo"]) == 0
    logging.getLogger("app.sync.engine").error("the server answered 502")
    logging.getLogger("app.sync.engine").info("pushed 3 changes")
    logging.getLogger("urllib3").info("a library's chatter")

    path = home / LOG_FILE
    text = path.read_text(encoding="utf-8")
    assert "ERROR app.sync.engine: the server answered 502" in text
    assert "INFO app.sync.engine: pushed 3 changes" in text
    assert "chatter" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [line.split(" ", 2)[2] for line in last_log_errors(path)] == [
        "ERROR app.sync.engine: the server answered 502"]


def test_a_second_data_folder_takes_the_log_over(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    keep_log(first)
    keep_log(second)
    logging.getLogger("app").warning("only in the second")
    assert not (first / LOG_FILE).exists()
    assert "only in the second" in (second / LOG_FILE).read_text(encoding="utf-8")
