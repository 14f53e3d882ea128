"""`lett escalation …` as a script or an admin uses it: the token kept, an escalation sent
to a local Jira, its state followed, and the list with --json; messages in Estonian."""

import json

import keyring
import pytest
from keyring.errors import KeyringError

from app.cli import main
from app.operations.bootstrap import open_local
from app.operations.config import update_settings
from app.operations.context import staff_actor
from tests.integrations.jira_server import JiraServer

USER = "it@office.example"


@pytest.fixture
def jira():
    server = JiraServer(cloud=True).start()
    yield server
    server.stop()


@pytest.fixture
def home(lett_home, monkeypatch, jira):
    def no_keyring(*args):
        raise KeyringError("no back end")

    for name in ("set_password", "get_password", "delete_password"):
        monkeypatch.setattr(keyring, name, no_keyring)
    monkeypatch.setenv("LETT_LANG", "et")
    assert main(["demo"]) == 0
    local = open_local(lett_home)
    try:
        update_settings(local.context(staff_actor()), {"escalation.targets": [
            {"code": "it", "name": "IT-tugi", "kind": "jira", "site": jira.url, "user": USER,
             "project": "IT", "issue_type": "Task"}]})
    finally:
        local.close()
    return lett_home


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_send_follow_and_list_escalations(home, jira, capsys, monkeypatch):
    code, out, _ = run(capsys, "escalation", "send", "it", "Printer ei prindi")
    assert code == 1
    assert "Selles arvutis pole salvestatud Jira tokenit" in out

    monkeypatch.setenv("LETT_JIRA_TOKEN", "cloud-token")
    code, out, _ = run(capsys, "escalation", "token", "it")
    assert code == 0
    code, out, err = run(capsys, "escalation", "follow")
    assert code == 0, out + err
    assert "IT-1" in out
    jira.state.change("IT-1", "Done", "done", resolution="Fixed", assignee="Peeter")
    code, out, err = run(capsys, "escalation", "follow")
    assert code == 0, out + err
    code, out, _ = run(capsys, "escalation", "status", "--json")
    [row] = json.loads(out)
    assert (row["issue"], row["state"], row["status"], row["resolution"], row["assignee"]) == (
        "IT-1", "sent", "Done", "Fixed", "Peeter")
    assert jira.state.creates() == 1


def test_an_unknown_target_is_named_with_the_ones_there_are(home, capsys):
    code, _, err = run(capsys, "escalation", "send", "permits", "Ehitusluba")
    assert code == 1
    assert "2. taseme adressaati \u201epermits\u201c ei ole. Adressaadid: it." in err
