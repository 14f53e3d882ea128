"""`lett` as a person or a script uses it: JSON out, errors in the user's language, exit codes."""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main

ROOT = Path(__file__).resolve().parents[1]


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


def test_demo_sets_up_an_office_with_a_file_printer(home, capsys):
    assert "tickets.escpos" in (home / "settings.toml").read_text()
    assert (home / "lett.sqlite3").exists()


def test_demo_office_can_register_documents_at_once(home, capsys):
    assert main(["register", "series", "list"]) == 0
    listed = capsys.readouterr().out
    assert "1-2" in listed and "Kirjavahetus" in listed


def test_queue_round_trip_in_json(home, capsys):
    issued = run_json(capsys, "queue", "issue", "A", "--no-print")
    assert {"id", "number", "service", "status", "arrived_at", "counter"} <= issued.keys()
    assert (issued["number"], issued["service"], issued["status"]) == ("A001", "A", "waiting")
    called = run_json(capsys, "queue", "call", "--counter", "1")
    assert (called["number"], called["status"], called["counter"]) == ("A001", "called", 1)
    assert run_json(capsys, "queue", "recall", "--counter", "1")["call_count"] == 2
    parked = run_json(capsys, "queue", "park", "--counter", "1")
    assert parked["status"] == "parked"
    back = run_json(capsys, "queue", "return", "a001", "--counter", "1")
    assert back["status"] == "called"
    moved = run_json(capsys, "queue", "transfer", "--counter", "1", "--to-service", "C",
                     "--place", "front")
    assert (moved["service"], moved["status"]) == ("C", "waiting")
    assert run_json(capsys, "queue", "call", "--counter", "2")["number"] == "A001"
    done = run_json(capsys, "queue", "finish", "--counter", "2", "--outcome", "referred")
    assert (done["status"], done["outcome"]) == ("done", "referred")
    run_json(capsys, "queue", "issue", "B", "--no-print")
    run_json(capsys, "queue", "call", "--counter", "2")
    assert run_json(capsys, "queue", "noshow", "--counter", "2")["status"] == "no_show"
    history = run_json(capsys, "queue", "history", "A001")["events"]
    assert [e["kind"] for e in history] == ["issued", "called", "recalled", "parked",
                                            "returned", "transferred", "called", "finished"]


def test_cancel_and_reissue_and_list(home, capsys):
    run_json(capsys, "queue", "issue", "A", "--no-print")
    run_json(capsys, "queue", "issue", "B", "--no-print")
    new = run_json(capsys, "queue", "cancel", "A001", "--reissue", "B")
    assert (new["number"], new["service"]) == ("B002", "B")
    listed = run_json(capsys, "queue", "list")["tickets"]
    assert [t["number"] for t in listed] == ["B002", "B001"]


def test_issue_prints_to_the_file_printer(home, capsys):
    from printers.decode import decode_escpos

    run_json(capsys, "queue", "issue", "A", "--lang", "ru")
    data = (home / "tickets.escpos").read_bytes()
    listing = "\n".join(decode_escpos(data))
    assert "A001" in listing and "Пенсии" in listing


def test_unknown_service_is_a_clear_estonian_error(home, capsys):
    assert main(["queue", "issue", "Z", "--no-print"]) == 1
    err = capsys.readouterr().err
    assert "Z" in err and "A, B, C" in err
    assert "There is no" not in err  # said in Estonian, not English


def test_empty_queue_says_so_and_fails(home, capsys):
    assert main(["queue", "call", "--counter", "1"]) == 1
    assert "1" in capsys.readouterr().err


def test_closed_service_and_daily_limit(home, capsys):
    db = home / "lett.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE services SET hours = '{\"sun\": [\"00:00-00:01\"]}' WHERE code = 'A'")
    con.execute("UPDATE services SET daily_limit = 1 WHERE code = 'B'")
    con.commit()
    con.close()
    assert main(["queue", "issue", "A", "--no-print"]) == 1
    assert capsys.readouterr().err.strip()
    assert main(["queue", "issue", "B", "--no-print"]) == 0
    capsys.readouterr()
    assert main(["queue", "issue", "B", "--no-print"]) == 1
    assert "1" in capsys.readouterr().err


def test_unreachable_printer_voids_the_ticket_and_says_what_to_do(home, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["queue", "issue", "A", "--printer", f"tcp://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert code == 1 and err.strip()
    assert run_json(capsys, "queue", "list")["tickets"] == []
    kinds = [e["kind"] for e in run_json(capsys, "queue", "history", "A001")["events"]]
    assert kinds == ["issued", "voided"]


def test_bad_printer_uri_is_refused_with_its_reason(home, capsys):
    assert main(["queue", "issue", "A", "--printer", "lpt://nowhere"]) == 1
    assert "lpt" in capsys.readouterr().err


def test_broken_settings_file_is_reported_and_left_alone(lett_home, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "ru")
    lett_home.mkdir(parents=True)
    broken = "[printer\nuri = 'tcp://x'\n"
    (lett_home / "settings.toml").write_text(broken)
    assert main(["demo"]) == 1
    err = capsys.readouterr().err
    assert "settings.toml" in err and any("\u0400" <= ch <= "\u04ff" for ch in err)
    assert (lett_home / "settings.toml").read_text() == broken


def test_a_locked_database_fails_cleanly_and_changes_nothing(home, capsys, monkeypatch):
    import app.store.db as store_db

    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_S", 0.3)
    blocker = sqlite3.connect(home / "lett.sqlite3", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["queue", "issue", "A", "--no-print"]) == 1
        assert capsys.readouterr().err.strip()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert run_json(capsys, "queue", "list")["tickets"] == []


def test_a_read_only_database_fails_cleanly(tmp_path):
    """A data folder this user may read but not write: made immutable for root (who writes
    anywhere else), read-only by permissions for anyone else."""
    home = tmp_path / "read-only-home"
    assert main(["--home", str(home), "demo"]) == 0
    locked = [home, *home.iterdir()]
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("chattr is missing: root cannot be kept from writing the folder")
        subprocess.run([chattr, "+i", *map(str, locked)], check=True)
        unlock = [chattr, "-i", *map(str, locked)]
    else:
        for path in reversed(locked):
            path.chmod(0o555 if path.is_dir() else 0o444)
        unlock = ["chmod", "-R", "u+w", str(home)]
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", "--home", str(home), "queue", "issue", "A",
             "--no-print"],
            cwd=ROOT, env={**os.environ, "LETT_LANG": "en"}, capture_output=True, text=True,
            timeout=60,
        )
    finally:
        subprocess.run(unlock, check=True)
    assert result.returncode == 1, result.stderr
    assert "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_from_the_installed_command():
    result = subprocess.run([sys.executable, "-m", "app.cli", "--version"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == f"lett {__version__}"


def test_printer_decode(home, capsys, tmp_path):
    run_json(capsys, "queue", "issue", "A")
    assert main(["printer", "decode", str(home / "tickets.escpos")]) == 0
    assert "A001" in capsys.readouterr().out
