"""Escalating a contact as staff do it, through the operations: the form filled from the
contact, the client's details only with consent (and logged), bad input, My escalations and
what needs the adviser, telling the client by e-mail over a real SMTP server and closing,
reporting an IT problem, the background round against the local Jira, the targets' setting
and their connection test, and contact search in SQL finding old contacts."""

import email
from datetime import date, timedelta
from email import policy

import keyring
import pytest
from keyring.backends import fail

from app.core import escalation as rules
from app.core.errors import InvalidInput, LettError, NotFound, Refused
from app.documents.mail import MailServer
from app.i18n import error_text
from app.integrations import escalations as outbox
from app.integrations.jira import credentials
from app.integrations.jira.client import JiraClient
from app.operations import contacts as c
from app.operations import escalations as e
from app.operations.config import update_settings
from app.store.models import Contact, Escalation, PersonalDataAccess
from tests.integrations.jira_server import JiraServer
from tests.operations.test_visitor_mail import smtp  # noqa: F401  (the fixture)
from tests.store.test_migrations import pg_database  # noqa: F401  (the fixture)

CODE = "37605030299"
USER = "it@office.example"


@pytest.fixture(autouse=True)
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def jira():
    server = JiraServer(cloud=True).start()
    yield server
    server.stop()


def it_targets(site):
    return [
        {"code": "it", "name": "IT-tugi", "kind": "jira", "site": site, "user": USER,
         "project": "IT", "issue_type": "Task", "role": rules.IT_SUPPORT},
        {"code": "permits", "name": "Load", "kind": "email", "address": "load@linn.example.ee"},
    ]


@pytest.fixture
def contact(ctx):
    c.create_demo_topics(ctx)
    made = c.add_contact(ctx, c.ContactForm(
        "phone", "pension-abroad", "Soome pension ei laekunud\nHelistab homme uuesti.",
        lang="ru", client=c.Client("Olga Ivanova", CODE, "", "olga@example.ee", "+372 5555 1234")))
    return c.contact_details(ctx, made.id)


def uses(ctx, action):
    with ctx.db.read() as s:
        return [r for r in s.query(PersonalDataAccess).filter_by(action=action)]


def test_the_form_is_filled_from_the_contact(ctx, contact, jira):
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    draft = e.draft(ctx, contact, "et")
    assert draft.summary == "Pension välismaal \u2013 Soome pension ei laekunud"
    assert "Teema: Pension välismaal" in draft.description
    assert "Helistab homme uuesti." in draft.description
    assert "Olga" not in draft.description and CODE not in draft.description
    assert [t.code for t in draft.targets] == ["it", "permits"]
    assert draft.targets[0].it_support
    # Monday 23.11.2026 + three working days
    assert draft.promised_on == date(2026, 11, 26)


def test_the_client_goes_to_level_2_only_with_consent_and_only_the_fields_chosen(
        ctx, contact, jira):
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    draft = e.draft(ctx, contact, "et")
    without = e.escalate(ctx, contact.contact.id, "it", draft.summary, draft.description,
                         draft.promised_on)
    assert "Olga" not in outbox.escalation(ctx.db, without.id).description
    assert uses(ctx, "notify") == []
    shared = e.escalate(ctx, contact.contact.id, "it", draft.summary, draft.description,
                        draft.promised_on, ["name", "phone"])
    text = outbox.escalation(ctx.db, shared.id).description
    assert "Nimi: Olga Ivanova" in text and "+372 5555 1234" in text
    assert CODE not in text and "olga@example.ee" not in text
    [use] = uses(ctx, "notify")
    assert use.purpose == e.PURPOSE_ESCALATION and use.subject_code == CODE
    assert use.data["fields"] == ["name", "phone"]
    assert shared.created_by == ctx.actor.name and shared.state == rules.QUEUED


def test_bad_input_is_refused_in_the_users_language_and_nothing_is_queued(ctx, contact, jira):
    with pytest.raises(Refused) as none:
        e.escalate(ctx, contact.contact.id, "it", "Summary", "", None)
    assert "Ühtegi 2. taseme adressaati" in error_text(none.value, "et")
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    with pytest.raises(InvalidInput) as empty:
        e.escalate(ctx, contact.contact.id, "it", "  \n ", "", None)
    assert empty.value.code == "escalation_empty"
    with pytest.raises(NotFound):
        e.escalate(ctx, contact.contact.id, "nowhere", "Summary", "", None)
    with pytest.raises(InvalidInput) as past:
        e.escalate(ctx, contact.contact.id, "it", "Summary", "", date(2026, 11, 20))
    assert "20.11.2026" in error_text(past.value, "ru")
    with pytest.raises(InvalidInput):
        e.escalate(ctx, contact.contact.id, "it", "Summary", "", None, ["password"])
    with ctx.db.read() as s:
        assert s.query(Escalation).count() == 0


def test_my_escalations_show_what_needs_the_adviser(ctx, clock, contact, jira, tmp_path):
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    soon = e.escalate(ctx, contact.contact.id, "it", "Soon", "", date(2026, 11, 24))
    later = e.escalate(ctx, contact.contact.id, "it", "Later", "", date(2026, 12, 10))
    views = {v.summary: v for v in e.my_escalations(ctx)}
    assert views["Soon"].attention == rules.ATTENTION_DUE
    assert views["Later"].attention == ""
    credentials.save_token(tmp_path, jira.url, USER, "cloud-token")
    round_ = e.background_round(ctx, tmp_path, None, follow=False)
    assert {o.state for o in round_.outcomes} == {rules.SENT}
    key = outbox.escalation(ctx.db, later.id).issue_key
    jira.state.change(key, "Done", "done", "Fixed")
    clock.advance(minutes=10)
    e.background_round(ctx, tmp_path, None, follow=True)
    views = {v.summary: v for v in e.my_escalations(ctx)}
    assert views["Later"].attention == rules.ATTENTION_RESOLVED
    assert (views["Later"].status, views["Later"].resolution) == ("Done", "Fixed")
    assert e.attention_count(list(views.values())) == 2
    clock.advance(days=2)
    assert {v.summary: v.attention for v in e.my_escalations(ctx)}["Soon"] == \
        rules.ATTENTION_OVERDUE
    assert soon.id != later.id


def test_the_client_is_told_by_email_in_their_language_and_all_is_closed(
        ctx, contact, jira, smtp):  # noqa: F811
    port, inbox = smtp
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    made = e.escalate(ctx, contact.contact.id, "it", "Pension", "", None)
    lang, address, subject, text = e.answer_template(ctx, made.id)
    assert (lang, address) == ("ru", "olga@example.ee")
    assert subject == "Ответ на ваш вопрос от 23.11.2026"
    assert text.startswith("Уважаемый(-ая) Olga Ivanova,")
    server = MailServer("127.0.0.1", port, "none", sender="info@linn.example.ee")
    text = text.replace("Ответ:\n\n", "Ответ:\n\nПенсия перечислена 25.11.\n")
    closed = e.close_escalation(ctx, made.id, "email", server=server, subject=subject,
                                text=text, lang="et")
    assert closed.closed_at is not None and e.my_escalations(ctx) == []
    [(to, content)] = inbox.messages
    assert to == ["olga@example.ee"]
    message = email.message_from_bytes(content, policy=policy.default)
    assert message["Subject"] == subject
    assert "Пенсия перечислена 25.11." in message.get_content()
    with ctx.db.read() as s:
        row = s.get(Contact, contact.contact.id)
        assert row.note.endswith("Vastus saadeti kliendile e-postiga (it).")
    assert [u.purpose for u in uses(ctx, "notify")] == [e.PURPOSE_ANSWER]
    with pytest.raises(Refused) as again:
        e.close_escalation(ctx, made.id, "phone")
    assert again.value.code == "escalation_already_closed"


def test_a_phoned_client_closes_without_mail_and_no_address_refuses_mail(ctx, jira):
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    c.create_demo_topics(ctx)
    open_call = c.start_contact(ctx, "phone", "benefit")
    made = e.escalate(ctx, open_call.id, "permits", "Toetus", "", None)
    assert e.answer_template(ctx, made.id)[1] == ""
    with pytest.raises(Refused) as no_address:
        e.close_escalation(ctx, made.id, "email", text="Vastus")
    assert no_address.value.code == "escalation_no_client_email"
    e.close_escalation(ctx, made.id, "phone", note="Helistasin 24.11.", lang="en")
    with ctx.db.read() as s:
        row = s.get(Contact, open_call.id)
    assert row.ended_at is not None and row.outcome == "served"
    assert row.note == "The client was told the answer by phone (permits). Helistasin 24.11."


def test_an_it_problem_goes_to_it_support_with_the_diagnostics(ctx, tmp_path, jira):
    with pytest.raises(Refused):
        e.it_target(ctx)
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    diag = e.it_diagnostics(ctx, tmp_path, "tcp://127.0.0.1:9", "", "en")
    assert "tcp://127.0.0.1:9: cannot be reached" in diag.printer
    with pytest.raises(InvalidInput):
        e.report_it_problem(ctx, "  ", diag, "en")
    made = e.report_it_problem(ctx, "The ticket printer does not print\nPaper is in.",
                               diag, "en")
    row = outbox.escalation(ctx.db, made.id)
    assert (row.target, row.summary) == ("it", "The ticket printer does not print")
    assert e.answer_template(ctx, made.id)[1:] == ("", "", "")
    with pytest.raises(Refused):
        e.close_escalation(ctx, made.id, "email", text="Fixed")
    assert e.close_escalation(ctx, made.id, "phone").closed_at is not None
    assert "Ticket printer: tcp://127.0.0.1:9: cannot be reached" in row.description
    assert "Sync: not connected to a server" in row.description


def test_a_busy_jira_puts_the_next_round_off(ctx, contact, jira, tmp_path):
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    e.escalate(ctx, contact.contact.id, "it", "Busy", "", None)
    home = tmp_path
    credentials.save_token(home, jira.url, USER, "cloud-token")
    jira.state.busy = [(429, "120")]
    waits = []

    def client_for(target, token):
        return JiraClient.for_target(target, token, sleep=waits.append)

    round_ = e.background_round(ctx, home, None, follow=False, client_for=client_for)
    assert round_.wait_s == 120 and waits == []
    assert jira.state.creates() == 0


def test_targets_are_saved_checked_one_it_support_and_tested(ctx, tmp_path, jira):
    e.save_target(ctx, it_targets(jira.url)[0])
    e.save_target(ctx, {**it_targets(jira.url)[1], "role": rules.IT_SUPPORT})
    setting = e._setting(ctx)
    assert [t.get("role", "") for t in setting] == ["", rules.IT_SUPPORT]
    with pytest.raises(LettError) as bad:
        e.save_target(ctx, {"code": "x", "name": "X", "kind": "jira", "site": "ftp://x"})
    assert bad.value.code == "config_target_site"
    value = it_targets(jira.url)[0]
    with pytest.raises(LettError) as no_token:
        e.try_target(ctx, tmp_path, value)
    assert no_token.value.code == "jira_no_token"
    with pytest.raises(LettError) as wrong:
        e.try_target(ctx, tmp_path, value, token="expired")
    assert wrong.value.code == "jira_token_rejected"
    e.save_token(ctx, tmp_path, value, "cloud-token")
    assert "keyring" not in str(e._setting(ctx))
    assert e.try_target(ctx, tmp_path, value) == "IT Support: Project IT"
    with pytest.raises(NotFound) as no_type:
        e.try_target(ctx, tmp_path, {**value, "issue_type": "Epic"})
    assert "Epic" in error_text(no_type.value, "en")
    with pytest.raises(NotFound):
        e.try_target(ctx, tmp_path, {**value, "project": "NOPE"})
    assert e.remove_target(ctx, "it") == [setting[1]]


def test_contact_search_in_sql_finds_contacts_older_than_the_newest_thousands(ctx, clock):
    old = c.add_contact(ctx, c.ContactForm("phone", note="Vana_küsimus 100% ehitusluba"))
    rows = [{"office_id": ctx.office_id, "channel": "phone", "note": "muu", "served_by": "x",
             "started_at": clock() + timedelta(minutes=i), "ended_at": clock(),
             "retain_until": clock() + timedelta(days=300), "lang": "et"}
            for i in range(1, c.FOLDED_SEARCH_ROWS * 2 + 50)]
    with ctx.db.write() as s:
        s.bulk_insert_mappings(Contact, rows)
    found = c.list_contacts(ctx, c.ContactQuery(text="ehitusluba"))
    assert [v.id for v in found] == [old.id]
    assert [v.id for v in c.list_contacts(ctx, c.ContactQuery(text="100%"))] == [old.id]
    assert c.list_contacts(ctx, c.ContactQuery(text="küsimus_x")) == []


@pytest.mark.postgres
def test_contact_search_in_sql_on_postgresql_ignores_case_in_any_alphabet(
        pg_database):  # noqa: F811
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office
    from app.store.db import open_database

    db = open_database(pg_database)
    try:
        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor())
        made = c.add_contact(ctx, c.ContactForm(
            "phone", note="Спросила про ПЕНСИЮ", client=c.Client("Ольга Иванова")))
        c.add_contact(ctx, c.ContactForm("phone", note="muu"))
        assert [v.id for v in c.list_contacts(ctx, c.ContactQuery(text="пенсию"))] == [made.id]
        assert [v.id for v in c.list_contacts(ctx, c.ContactQuery(text="ОЛЬГА"))] == [made.id]
    finally:
        db.dispose()


def test_an_anonymised_contact_takes_its_escalations_descriptions_with_it(ctx, clock, contact,
                                                                          jira):
    update_settings(ctx, {"escalation.targets": it_targets(jira.url)})
    made = e.escalate(ctx, contact.contact.id, "it", "Pension", "Soome pension ei laekunud",
                      None, ["name", "phone"])
    other = c.add_contact(ctx, c.ContactForm("phone", note="Teine"))
    kept = e.escalate(ctx, other.id, "it", "Teine", "Teine kirjeldus", None)
    with ctx.db.write() as s:
        s.get(Contact, other.id).retain_until = clock() + timedelta(days=1000)
    clock.advance(days=400)
    assert c.anonymise_expired_contacts(ctx) == 1
    row = outbox.escalation(ctx.db, made.id)
    assert (row.description, row.summary) == ("", "Pension")
    assert outbox.escalation(ctx.db, kept.id).description == "Teine kirjeldus"
