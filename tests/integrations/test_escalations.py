"""Escalations to level 2 against a local Jira that answers as Atlassian documents its REST
API (tests/integrations/jira_server.py), and an e-mail target against a real SMTP server on
127.0.0.1: create, offline then online, a lost answer, following, tokens, rate limits and
Jira's field errors in the reader's language."""

import email
import stat
from datetime import date
from email import policy

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.errors import KeyringError

from app.core.errors import ConnectionFailed, Invalid, LettError, NotFound
from app.core.escalation import FAILED, QUEUED, SENT, check_targets, label
from app.documents.mail import MailServer
from app.documents.mail import send as send_mail
from app.i18n import error_text
from app.integrations import escalations as esc
from app.integrations.jira import credentials
from app.integrations.jira.client import JiraClient
from tests.integrations.jira_server import JiraServer, check_adf
from tests.operations.test_visitor_mail import Inbox, free_port

OFFICE = "office-1"
USER = "it@office.example"
NOTE = "Klient ei saa e-teenusesse sisse.\nVeateade: 403.\n\nHelistas kaks korda."


def targets_for(site: str, dc_site: str = "http://127.0.0.1:9") -> list[dict[str, str]]:
    return check_targets([
        {"code": "it", "name": "IT-tugi", "kind": "jira", "site": site, "user": USER,
         "project": "IT", "issue_type": "Task"},
        {"code": "help", "name": "Kasutajatugi", "kind": "jsm", "site": site, "user": USER,
         "service_desk": "10", "request_type": "25"},
        {"code": "dc", "name": "Load", "kind": "jira", "site": dc_site,
         "deployment": "datacenter", "project": "PERM", "issue_type": "Task"},
        {"code": "post", "name": "Ehitusosakond", "kind": "email",
         "address": "ehitus@linn.example.ee"},
    ])


@pytest.fixture
def cloud():
    server = JiraServer(cloud=True).start()
    yield server
    server.stop()


@pytest.fixture
def dc():
    server = JiraServer(cloud=False).start()
    yield server
    server.stop()


def tokens(target):
    return "dc-token" if target.deployment == "datacenter" else "cloud-token"


class Sleeps(list):
    def __call__(self, seconds):
        self.append(seconds)


def sending(db, setting, clock, sleeps=None, **kwargs):
    def client_for(target, token):
        return JiraClient.for_target(target, token, sleep=sleeps if sleeps is not None
                                     else Sleeps(), timeout=5.0)
    return esc.send_waiting(db, OFFICE, setting, now=clock(), token_for=tokens,
                            client_for=client_for, **kwargs)


def following(db, setting, clock):
    def client_for(target, token):
        return JiraClient.for_target(target, token, sleep=Sleeps(), timeout=5.0)
    return esc.follow(db, OFFICE, setting, now=clock(), token_for=tokens,
                      client_for=client_for)


def an_escalation(db, setting, clock, target="it", summary="E-teenusesse ei pääse"):
    return esc.queue(db, OFFICE, setting, target, summary, NOTE, now=clock(),
                     contact_id="0193-contact", promised_on=date(2026, 11, 27),
                     created_by="mari")


def test_a_cloud_escalation_becomes_one_issue_with_its_label_adf_and_a_link_back(
        db, clock, cloud):
    setting = targets_for(cloud.url)
    row = an_escalation(db, setting, clock)
    [outcome] = sending(db, setting, clock)
    assert (outcome.state, outcome.issue_key) == (SENT, "IT-1")
    issue = cloud.state.issues["IT-1"]
    assert issue.summary == "E-teenusesse ei pääse"
    assert issue.labels == [label(row.id)]
    assert check_adf(issue.description) is None
    assert [p["content"][0]["text"] for p in issue.description["content"]] == [
        "Klient ei saa e-teenusesse sisse.", "Helistas kaks korda."]
    assert issue.description["content"][0]["content"][1] == {"type": "hardBreak"}
    [link] = issue.links.values()
    assert link["globalId"] == f"lett:escalation:{row.id}"
    assert link["object"]["url"] == "lett://contacts/0193-contact"
    stored = esc.escalation(db, row.id)
    assert (stored.state, stored.attempts, stored.linked) == (SENT, 1, True)
    assert stored.issue_url == f"{cloud.url}/browse/IT-1"
    assert ("GET", "/rest/api/3/search/jql") in cloud.state.requests
    assert sending(db, setting, clock) == []
    assert cloud.state.creates() == 1


def test_data_center_takes_a_text_description_with_a_personal_access_token(db, clock, dc):
    setting = targets_for("http://127.0.0.1:9", dc.url)
    row = an_escalation(db, setting, clock, target="dc")
    [outcome] = sending(db, setting, clock)
    assert outcome.issue_key == "PERM-1"
    issue = dc.state.issues["PERM-1"]
    assert issue.description == NOTE
    assert issue.labels == [label(row.id)]
    assert ("GET", "/rest/api/2/search") in dc.state.requests
    assert ("POST", "/rest/api/2/issue/PERM-1/remotelink") in dc.state.requests
    dc.state.change("PERM-1", "Done", "done", resolution="Done", assignee="Peeter")
    following(db, setting, clock)
    assert esc.escalation(db, row.id).resolution == "Done"


def test_a_service_management_request_carries_the_label_so_a_retry_finds_it(
        db, clock, cloud):
    setting = targets_for(cloud.url)
    row = an_escalation(db, setting, clock, target="help")
    [outcome] = sending(db, setting, clock)
    assert outcome.issue_key == "HELP-1"
    assert cloud.state.issues["HELP-1"].labels == [label(row.id)]
    assert cloud.state.issues["HELP-1"].description == NOTE
    with JiraClient(cloud.url, "cloud", USER, "cloud-token") as client:
        assert client.find_labelled(label(row.id)).key == "HELP-1"


def test_a_request_whose_labelling_failed_is_labelled_on_retry_not_made_again(
        db, clock, cloud):
    setting = targets_for(cloud.url)
    row = an_escalation(db, setting, clock, target="help")
    cloud.state.fail_next_edit = True
    [outcome] = sending(db, setting, clock)
    assert outcome.state == QUEUED
    assert esc.escalation(db, row.id).issue_key == "HELP-1"
    clock.advance(minutes=1)
    [outcome] = sending(db, setting, clock)
    assert (outcome.state, outcome.issue_key) == (SENT, "HELP-1")
    assert cloud.state.creates() == 1
    assert cloud.state.issues["HELP-1"].labels == [label(row.id)]


def test_offline_then_online_gives_exactly_one_issue(db, clock):
    port = free_port()
    setting = targets_for(f"http://127.0.0.1:{port}")
    row = an_escalation(db, setting, clock)
    for _ in range(2):
        [outcome] = sending(db, setting, clock)
        assert outcome.state == QUEUED
        assert outcome.error.code == "jira_unreachable"
        assert sending(db, setting, clock) == []
        clock.advance(minutes=1)
    waiting = esc.escalation(db, row.id)
    assert (waiting.state, waiting.attempts) == (QUEUED, 2)
    assert "waits on this PC" in esc.stored_error(waiting).english()
    server = JiraServer(cloud=True, port=port).start()
    try:
        [outcome] = sending(db, setting, clock)
        assert (outcome.state, outcome.issue_key) == (SENT, "IT-1")
        assert sending(db, setting, clock) == []
        assert server.state.creates() == 1
        assert list(server.state.issues) == ["IT-1"]
    finally:
        server.stop()
    assert esc.escalation(db, row.id).last_error == ""


def test_the_label_search_prevents_a_second_issue_after_a_lost_answer(db, clock, cloud):
    setting = targets_for(cloud.url)
    row = an_escalation(db, setting, clock)
    cloud.state.lose_next_create = True
    [lost] = sending(db, setting, clock)
    assert lost.state == QUEUED
    assert lost.error.code == "jira_unreachable"
    assert list(cloud.state.issues) == ["IT-1"]
    assert sending(db, setting, clock) == []
    clock.advance(seconds=esc.RETRY_FIRST_S)
    [found] = sending(db, setting, clock)
    assert (found.state, found.issue_key) == (SENT, "IT-1")
    assert cloud.state.creates() == 1
    assert cloud.state.jqls.count(f'labels = "{label(row.id)}"') == 2


def test_status_changes_and_the_resolution_are_picked_up(db, clock, cloud):
    setting = targets_for(cloud.url)
    row = an_escalation(db, setting, clock)
    sending(db, setting, clock)
    following(db, setting, clock)
    first = esc.escalation(db, row.id)
    assert (first.status, first.status_category, first.resolution) == ("Open", "new", "")
    assert cloud.state.jqls[-1] == "key in (IT-1) ORDER BY key"

    clock.advance(minutes=10)
    cloud.state.change("IT-1", "In Progress", "indeterminate", assignee="Peeter Tamm")
    following(db, setting, clock)
    moving = esc.escalation(db, row.id)
    assert (moving.status, moving.status_category, moving.assignee) == (
        "In Progress", "indeterminate", "Peeter Tamm")
    assert cloud.state.jqls[-1] == "key in (IT-1) AND updated >= -15m ORDER BY key"

    clock.advance(minutes=3)
    cloud.state.change("IT-1", "Done", "done", resolution="Fixed")
    following(db, setting, clock)
    done = esc.escalation(db, row.id)
    assert (done.status, done.status_category, done.resolution) == ("Done", "done", "Fixed")
    assert done.updated_at == cloud.state.issues["IT-1"].updated.replace(microsecond=0)
    esc.close(db, row.id, clock())
    requests = len(cloud.state.requests)
    assert following(db, setting, clock) == []
    assert len(cloud.state.requests) == requests


def test_an_issue_deleted_in_jira_does_not_stop_the_others_being_followed(db, clock, cloud):
    setting = targets_for(cloud.url)
    first = an_escalation(db, setting, clock, summary="Esimene")
    second = an_escalation(db, setting, clock, summary="Teine")
    sending(db, setting, clock)
    del cloud.state.issues[esc.escalation(db, first.id).issue_key]
    kept = esc.escalation(db, second.id).issue_key
    cloud.state.change(kept, "Done", "done", resolution="Fixed")
    following(db, setting, clock)
    assert esc.escalation(db, second.id).resolution == "Fixed"
    assert esc.escalation(db, first.id).status == ""


def test_search_pages_by_next_page_token_on_cloud_and_by_start_at_on_data_center(
        cloud, dc):
    for server, deployment, token in ((cloud, "cloud", "cloud-token"),
                                      (dc, "datacenter", "dc-token")):
        for n in range(5):
            server.state.make_issue("IT", "Task", f"Probleem {n}", "", [])
        with JiraClient(server.url, deployment, USER, token) as client:
            keys = [s.key for s in client.states([f"IT-{n}" for n in range(1, 6)], chunk=5,
                                                 since_minutes=None)]
            paged = [i["key"] for i in client.search("key in (IT-1, IT-2, IT-3, IT-4, IT-5)",
                                                      page=2)]
        assert keys == ["IT-1", "IT-2", "IT-3", "IT-4", "IT-5"]
        assert paged == keys
    assert cloud.state.pages[-3:][0] == "" and all(cloud.state.pages[-2:])
    assert dc.state.pages[-3:] == ["0", "2", "4"]


def test_an_expired_token_says_to_make_a_new_one_and_the_escalation_waits(db, clock, cloud):
    setting = targets_for(cloud.url)
    row = an_escalation(db, setting, clock)
    cloud.state.users[USER] = "a-newer-token"
    [outcome] = sending(db, setting, clock)
    assert outcome.state == QUEUED
    error = esc.stored_error(esc.escalation(db, row.id))
    assert error.code == "jira_token_rejected"
    assert "has expired" in error.english() and "API tokens" in error.english()
    assert USER in error_text(error, "et") and error_text(error, "et") != error.english()
    assert cloud.state.creates() == 0


def test_rate_limiting_is_obeyed_and_bounded(db, clock, cloud):
    setting = targets_for(cloud.url)
    an_escalation(db, setting, clock)
    cloud.state.busy = [(429, "2"), (503, "1")]
    sleeps = Sleeps()
    [outcome] = sending(db, setting, clock, sleeps)
    assert outcome.state == SENT
    assert sleeps == [2.0, 1.0]

    an_escalation(db, setting, clock, summary="Printer ei tööta")
    cloud.state.busy = [(429, "20"), (429, "20")]
    sleeps = Sleeps()
    [outcome] = sending(db, setting, clock, sleeps)
    assert outcome.state == QUEUED
    assert outcome.error.code == "jira_busy"
    assert sleeps == [20.0]
    assert "20 s" in outcome.error.english()


def test_jira_field_errors_are_shown_with_jiras_field_names_in_every_language(
        db, clock, cloud):
    setting = targets_for(cloud.url)
    cloud.state.required["IT"] = {"customfield_10010": "Kanal on kohustuslik."}
    row = an_escalation(db, setting, clock)
    [outcome] = sending(db, setting, clock)
    assert outcome.state == FAILED
    stored = esc.escalation(db, row.id)
    error = esc.stored_error(stored)
    assert error.code == "jira_fields"
    for lang in ("en", "et", "ru"):
        text = error_text(error, lang)
        assert "customfield_10010: Kanal on kohustuslik." in text
    assert len({error_text(error, lang) for lang in ("en", "et", "ru")}) == 3
    assert sending(db, setting, clock) == []

    cloud.state.required.clear()
    assert esc.retry(db, row.id).state == QUEUED
    [outcome] = sending(db, setting, clock)
    assert (outcome.state, outcome.issue_key) == (SENT, "IT-1")
    assert esc.escalation(db, row.id).attempts == 2


def test_an_unknown_request_type_fails_naming_what_to_check(db, clock, cloud):
    setting = check_targets([{"code": "help", "name": "Tugi", "kind": "jsm",
                              "site": cloud.url, "user": USER, "service_desk": "99",
                              "request_type": "25"}])
    row = an_escalation(db, setting, clock, target="help")
    [outcome] = sending(db, setting, clock)
    assert outcome.state == FAILED
    assert outcome.error.code == "jira_not_found"
    assert "service desk 99" in esc.stored_error(esc.escalation(db, row.id)).english()


def test_an_escalation_needs_a_configured_target_and_a_summary(db, clock):
    with pytest.raises(NotFound) as missing:
        esc.queue(db, OFFICE, [], "it", "Probleem", "", now=clock())
    assert missing.value.code == "escalation_no_target"
    assert "\u2014" in missing.value.english()
    setting = targets_for("https://office.atlassian.net")
    with pytest.raises(NotFound) as wrong:
        esc.queue(db, OFFICE, setting, "permits", "Probleem", "", now=clock())
    assert "it, help, dc, post" in wrong.value.english()
    with pytest.raises(LettError) as empty:
        esc.queue(db, OFFICE, setting, "it", "  \n ", "", now=clock())
    assert empty.value.code == "escalation_empty"
    assert esc.escalations(db, OFFICE) == []


def test_targets_are_checked_before_they_are_kept():
    good = {"code": "it", "name": "IT", "kind": "jira", "site": "https://x.atlassian.net/",
            "user": USER, "project": "it", "issue_type": "Task"}
    assert check_targets([good]) == [{**good, "site": "https://x.atlassian.net",
                                      "project": "IT", "deployment": "cloud"}]
    cases = [
        ({**good, "kind": "fax"}, "config_choice"),
        ({**good, "site": "x.atlassian.net"}, "config_target_site"),
        ({**good, "user": ""}, "config_target_missing"),
        ({**good, "project": "I T"}, "config_target_project"),
        ({"code": "help", "name": "Tugi", "kind": "jsm", "site": "https://x.atlassian.net",
          "user": USER, "service_desk": "desk", "request_type": "25"}, "config_target_ids"),
        ({"code": "post", "name": "Post", "kind": "email", "address": "nobody"}, "bad_email"),
        ({**good, "code": "IT support"}, "config_target_code"),
    ]
    for target, code in cases:
        with pytest.raises(Invalid) as bad:
            check_targets([target])
        assert bad.value.code == code
    with pytest.raises(Invalid) as twice:
        check_targets([good, good])
    assert twice.value.code == "config_duplicate_target"


def test_an_email_target_goes_through_the_offices_mail_server(db, clock):
    inbox = Inbox()
    port = free_port()
    setting = targets_for("https://office.atlassian.net")
    mail = MailServer("127.0.0.1", port, "none", sender="lett@linn.example.ee")
    row = an_escalation(db, setting, clock, target="post")

    def send(message):
        send_mail(mail, message)

    [offline] = sending(db, setting, clock, send_mail=send, sender=mail.sender)
    assert offline.state == QUEUED
    assert offline.error.code == "escalation_mail_failed"
    clock.advance(minutes=5)
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        [outcome] = sending(db, setting, clock, send_mail=send, sender=mail.sender)
    finally:
        controller.stop()
    assert outcome.state == SENT
    [(to, content)] = inbox.messages
    assert to == ["ehitus@linn.example.ee"]
    message = email.message_from_bytes(content, policy=policy.default)
    assert message["Subject"] == f"E-teenusesse ei pääse [{label(row.id)}]"
    assert message["Message-ID"] == f"<{label(row.id)}@linn.example.ee>"
    assert "Helistas kaks korda." in message.get_content()


def test_a_token_is_kept_in_a_private_file_where_there_is_no_keyring(tmp_path, monkeypatch):
    def no_keyring(*args):
        raise KeyringError("no back end")

    monkeypatch.setattr(keyring, "set_password", no_keyring)
    monkeypatch.setattr(keyring, "get_password", no_keyring)
    monkeypatch.setattr(keyring, "delete_password", no_keyring)
    site = "https://office.atlassian.net"
    with pytest.raises(ConnectionFailed) as none:
        credentials.load_token(tmp_path, site, USER)
    assert none.value.code == "jira_no_token"
    credentials.save_token(tmp_path, site, USER, "secret-token")
    path = credentials.token_file(tmp_path, site, USER)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert credentials.load_token(tmp_path, site, USER) == "secret-token"
    credentials.forget_token(tmp_path, site, USER)
    assert not path.exists()
