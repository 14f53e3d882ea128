"""`lett contact` as an adviser or a script uses it."""

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


def test_add_list_and_show_a_phone_call(home, capsys):
    done = run_json(capsys, "contact", "add", "phone", "--topic", "pension-abroad",
                    "--note", "Soome pension", "--minutes", "6", "--name", "Mari Maasikas",
                    "--code", CODE, "--lang", "ru")
    assert (done["channel"], done["topic_code"], done["minutes"]) == ("phone", "pension-abroad",
                                                                      6)
    assert done["has_client"] and CODE not in json.dumps(done)
    listed = run_json(capsys, "contact", "list", "--today", "--mine")["contacts"]
    assert [x["id"] for x in listed] == [done["id"]]
    shown = run_json(capsys, "contact", "show", done["id"])
    assert shown["client"]["name"] == "Mari Maasikas" and shown["client"]["code"] == CODE
    counts = run_json(capsys, "contact", "list", "--by", "channel")["counts"]
    assert counts == [{"key": "phone", "name": "phone", "count": 1, "minutes": 6}]
    assert main(["visitor", "records", CODE]) == 0
    actions = [u["lett"]["action"]
               for u in json.loads(capsys.readouterr().out)["internalProcessings"]]
    assert {"register", "read"} <= set(actions)


def test_the_topic_tree_is_listed_and_kept_from_the_command_line(home, capsys):
    topics = run_json(capsys, "contact", "topic", "list")["topics"]
    assert topics[0]["code"] == "pension" and topics[1]["depth"] == 1
    assert main(["contact", "topic", "save", "tax", "--et", "Maksud", "--ru", "Налоги",
                 "--en", "Taxes"]) == 0
    assert "tax" in capsys.readouterr().out
    assert main(["contact", "list", "--by", "topic"]) == 0


def test_a_topic_that_does_not_exist_is_refused_in_the_users_language(home, capsys,
                                                                       monkeypatch):
    assert main(["contact", "add", "phone", "--topic", "taxes"]) == 1
    err = capsys.readouterr().err
    assert "Teemat \u201etaxes\u201c ei ole" in err and "pension" in err
    monkeypatch.setenv("LETT_LANG", "ru")
    assert main(["contact", "add", "phone", "--topic", "taxes"]) == 1
    assert "Темы «taxes» нет" in capsys.readouterr().err
    assert run_json(capsys, "contact", "list")["contacts"] == []
