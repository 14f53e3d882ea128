"""`lett account` and `--user`: accounts from the command line, and commands acting as one."""

import json
import re

import pytest

from app.cli import main

PASSWORD_RE = re.compile(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")


@pytest.fixture
def home(lett_home, monkeypatch, capsys):
    monkeypatch.setenv("LETT_LANG", "en")
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    return lett_home, PASSWORD_RE.search(out).group(0)


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_makes_an_admin_and_shows_its_password_once(home, capsys, monkeypatch):
    _, password = home
    code, out, _ = run(capsys, "demo")
    assert code == 0 and not PASSWORD_RE.search(out)  # the office exists: no new password
    monkeypatch.setenv("LETT_PASSWORD", password)
    code, out, err = run(capsys, "--user", "admin", "account", "list", "--json")
    assert code == 0, err
    assert json.loads(out)["accounts"] == [{
        "user": "admin", "name": "Demo", "roles": "admin,supervisor,desk,counter",
        "active": True, "must_change_password": False, "locked_until": None}]


def test_an_admin_adds_an_account_and_its_first_password_must_be_changed(
        home, capsys, monkeypatch):
    code, out, _ = run(capsys, "account", "add", "jaan", "--name", "Jaan Tamm",
                       "--roles", "desk,counter")
    assert code == 0
    first = PASSWORD_RE.search(out).group(0)
    monkeypatch.setenv("LETT_PASSWORD", first)
    code, _, err = run(capsys, "--user", "jaan", "queue", "list")
    assert code == 1
    assert "lett account passwd jaan" in err
    monkeypatch.setenv("LETT_NEW_PASSWORD", "minu-oma-parool")
    code, out, _ = run(capsys, "account", "passwd", "jaan")
    assert code == 0 and "jaan" in out
    monkeypatch.setenv("LETT_PASSWORD", "minu-oma-parool")
    assert run(capsys, "--user", "jaan", "queue", "issue", "A", "--no-print")[0] == 0
    code, out, _ = run(capsys, "--user", "jaan", "queue", "call", "--counter", "1", "--json")
    assert code == 0 and json.loads(out)["number"] == "A001"
    code, out, _ = run(capsys, "queue", "history", "A001", "--json")
    assert {e["actor"] for e in json.loads(out)["events"]} == {"jaan"}


def test_a_desk_user_cannot_manage_accounts_or_serve(home, capsys, monkeypatch):
    run(capsys, "account", "add", "kati", "--roles", "desk")
    run(capsys, "account", "reset", "kati")  # the admin's reset also asks for a new password
    code, out, _ = run(capsys, "account", "reset", "kati")
    monkeypatch.setenv("LETT_PASSWORD", PASSWORD_RE.search(out).group(0))
    monkeypatch.setenv("LETT_NEW_PASSWORD", "kati-oma-parool")
    assert run(capsys, "account", "passwd", "kati")[0] == 0
    monkeypatch.setenv("LETT_PASSWORD", "kati-oma-parool")
    code, _, err = run(capsys, "--user", "kati", "account", "add", "mari", "--roles", "admin")
    assert code == 1 and "kati may not manage staff accounts" in err
    code, _, err = run(capsys, "--user", "kati", "queue", "call", "--counter", "1")
    assert code == 1 and "kati may not serve tickets at a counter" in err


def test_roles_lock_out_and_switching_off_from_the_command_line(home, capsys, monkeypatch):
    run(capsys, "account", "add", "jaan", "--roles", "desk")
    code, out, _ = run(capsys, "account", "roles", "jaan", "desk,supervisor")
    assert code == 0 and "supervisor, desk" in out
    monkeypatch.setenv("LETT_PASSWORD", "vale-parool-1")
    for _ in range(5):
        assert run(capsys, "--user", "jaan", "queue", "list")[0] == 1
    code, _, err = run(capsys, "--user", "jaan", "queue", "list")
    assert "is locked after 5 wrong passwords" in err
    code, out, _ = run(capsys, "account", "list")
    assert re.search(r"^jaan .* supervisor,desk +locked until \d\d:\d\d$", out, re.M)
    assert run(capsys, "account", "disable", "jaan")[0] == 0
    code, out, _ = run(capsys, "account", "list")
    assert re.search(r"^jaan .* switched off$", out, re.M)


def test_account_errors_come_in_the_users_language(home, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "et")
    code, _, err = run(capsys, "account", "roles", "nobody", "desk")
    assert code == 1 and err.strip() == "Selles esinduses pole kontot „nobody“."


def test_the_server_keeps_an_offices_accounts(tmp_path, capsys, monkeypatch):
    from app.operations.accounts import sign_in
    from app.operations.context import open_context, signed_out_actor
    from app.server.store import open_server_store

    monkeypatch.setenv("LETT_LANG", "en")
    server = str(tmp_path / "server")
    assert run(capsys, "--home", server, "server", "office", "add", "TLN", "Tallinn")[0] == 0
    code, out, err = run(capsys, "--home", server, "server", "account", "add", "jaan",
                         "--roles", "counter", "--office", "TLN")
    assert code == 0, err
    first = PASSWORD_RE.search(out).group(0)
    code, out, _ = run(capsys, "--home", server, "server", "account", "list", "--office", "TLN")
    assert re.search(r"^jaan .* counter +password to be changed$", out, re.M)
    db = open_server_store(f"sqlite:///{tmp_path / 'server' / 'server.sqlite3'}")
    try:
        signed = sign_in(open_context(db, signed_out_actor(), "TLN"), "jaan", first)
        assert signed.must_change_password
    finally:
        db.dispose()
