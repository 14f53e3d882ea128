"""`lett queue bringback` and `lett queue noshows`: today's no-show back in the queue; `lett
queue undo`: a call next taken back."""

import json

import pytest

from app.cli import main


@pytest.fixture
def home(lett_home, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "et")
    assert main(["demo"]) == 0
    return lett_home


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_a_no_show_is_listed_and_brought_back(home, capsys):
    run_json(capsys, "queue", "issue", "A", "--no-print")
    run_json(capsys, "queue", "issue", "A", "--no-print")
    run_json(capsys, "queue", "call", "--counter", "1")
    run_json(capsys, "queue", "noshow", "--counter", "1")
    listed = run_json(capsys, "queue", "noshows")["tickets"]
    assert [t["number"] for t in listed] == ["A001"]
    back = run_json(capsys, "queue", "bringback", "a001")
    assert (back["number"], back["status"]) == ("A001", "waiting")
    assert [t["number"] for t in run_json(capsys, "queue", "list")["tickets"]] == [
        "A001", "A002"]
    assert run_json(capsys, "queue", "noshows")["tickets"] == []


def test_bringing_back_a_waiting_ticket_is_a_clear_estonian_error(home, capsys):
    run_json(capsys, "queue", "issue", "A", "--no-print")
    assert main(["queue", "bringback", "A001"]) == 1
    err = capsys.readouterr().err
    assert "A001" in err and "ootel" in err
    assert "not a no-show" not in err


def test_undo_puts_the_called_ticket_back_and_the_finished_one_at_the_counter(home, capsys):
    run_json(capsys, "queue", "issue", "A", "--no-print")
    run_json(capsys, "queue", "issue", "A", "--no-print")
    run_json(capsys, "queue", "call", "--counter", "1")
    run_json(capsys, "queue", "call", "--counter", "1")
    back = run_json(capsys, "queue", "undo", "A002", "--counter", "1")
    assert (back["number"], back["status"]) == ("A001", "called")
    assert main(["queue", "undo", "A002", "--counter", "1"]) == 1
    err = capsys.readouterr().err
    assert "A002" in err and "tagasi võtta" in err
