"""`lett visitor` as the desk or a script uses it."""

import json

import pytest

from app.cli import main

CODE = "37605030299"


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


def test_register_in_search_checkout_and_records(home, capsys):
    done = run_json(capsys, "visitor", "register", "Mari Maasikas", "--code", CODE,
                    "--purpose", "pension", "--lang", "ru")
    assert done["ticket"] == "A001" and done["route"] == "queue"
    assert done["registration"]["id_code_masked"].endswith("0299")
    assert CODE not in json.dumps(done["registration"])
    inside = run_json(capsys, "visitor", "in")["visits"]
    assert [v["name"] for v in inside] == ["Mari Maasikas"]
    found = run_json(capsys, "visitor", "search", "--name", "maasik")["visits"]
    assert [v["id"] for v in found] == [done["registration"]["id"]]
    left = run_json(capsys, "visitor", "checkout", "--badge", f"LETT-BADGE:{done['badge']}")
    assert left["left_at"] is not None
    assert run_json(capsys, "visitor", "in")["visits"] == []
    assert main(["visitor", "records", CODE]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records["userCode"] == "EE" + CODE
    assert {"register", "list", "search", "check-out", "export"} <= {
        u["lett"]["action"] for u in records["internalProcessings"]}


def test_bad_input_is_refused_in_the_users_language(home, capsys):
    assert main(["visitor", "register", "Mari Maasikas", "--code", "37605030298"]) == 1
    assert "kontrollnumber on vale" in capsys.readouterr().err
    assert main(["visitor", "register", "Mari Maasikas", "--purpose", "nope"]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "pension" in err
    assert main(["visitor", "checkout", "--badge", "0" * 32]) == 1
    assert "Seda külastajakaarti ei tunta" in capsys.readouterr().err


def test_the_watch_list_is_kept_from_the_command_line(home, capsys):
    assert main(["visitor", "watch", "add", "Jüri Mänd", "--reason", "ähvardas"]) == 0
    entry = capsys.readouterr().out.strip()
    assert main(["visitor", "watch", "list"]) == 0
    assert "Jüri Mänd" in capsys.readouterr().out
    done = run_json(capsys, "visitor", "register", "Juri Mand")
    assert [a["listed_name"] for a in done["alerts"]] == ["Jüri Mänd"]
    assert main(["visitor", "watch", "remove", entry]) == 0
    assert main(["visitor", "watch", "list"]) == 0
    assert "Jüri Mänd" not in capsys.readouterr().out
