"""The contact journal through the operations: topics, recording by the timer and whole,
lists and counts, the client's data in the access log, links, bad input and retention."""

from datetime import timedelta

import pytest

from app.core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.operations import contacts as c
from app.operations.context import Context
from app.store.models import Contact, PersonalDataAccess

CODE = "37605030299"


@pytest.fixture
def topics(ctx):
    c.save_topic(ctx, "pension", {"et": "Pension", "ru": "Пенсия", "en": "Pension"},
                 service_code="A")
    c.save_topic(ctx, "pension-abroad", {"et": "Pension välismaal", "ru": "Пенсия за рубежом",
                                         "en": "Pension abroad"}, parent="pension")
    c.save_topic(ctx, "portal", {"et": "E-teenused", "ru": "Э-услуги", "en": "E-services"})
    return c.list_topics(ctx)


def _as(ctx, name, *roles):
    return Context(ctx.db, Actor(name, frozenset(roles)), ctx.office_id, ctx.timezone,
                   ctx.clock)


def _uses(ctx):
    with ctx.db.read() as s:
        return [(r.action, r.purpose, r.subject_code, (r.data or {}).get("contact_id"))
                for r in s.query(PersonalDataAccess).order_by(PersonalDataAccess.at)]


def test_the_topic_tree_lists_subtopics_under_their_parent(topics):
    assert [(t.code, t.depth) for t in topics] == [
        ("pension", 0), ("pension-abroad", 1), ("portal", 0)]
    assert topics[0].service_code == "A"
    assert topics[1].name("ru") == "Пенсия за рубежом"


def test_a_topic_cannot_sit_under_its_own_subtopic(ctx, topics):
    with pytest.raises(Refused) as err:
        c.save_topic(ctx, "pension", {"et": "Pension"}, parent="pension-abroad")
    assert err.value.code == "contact_topic_parent"


def test_a_phone_call_by_the_timer_starts_open_and_ends_with_topic_note_and_outcome(
        ctx, clock, topics):
    call = c.start_contact(ctx, "phone", lang="ru")
    assert call.ended_at is None and call.outcome is None
    assert c.open_contact(ctx).id == call.id
    clock.advance(minutes=4)
    done = c.end_contact(ctx, call.id, "pension-abroad", "Asked about the Finnish pension.",
                         "served")
    assert (done.topic_code, done.outcome, done.minutes) == ("pension-abroad", "served", 4)
    assert done.topic("et") == "Pension välismaal"
    assert c.open_contact(ctx) is None
    with pytest.raises(Refused) as err:
        c.end_contact(ctx, call.id)
    assert err.value.code == "contact_already_ended"


def test_a_topic_that_does_not_exist_is_refused_naming_the_topics_there_are(ctx, topics):
    with pytest.raises(NotFound) as err:
        c.add_contact(ctx, c.ContactForm("phone", "taxes", "Asked about taxes."))
    assert err.value.code == "unknown_topic"
    assert err.value.params["choices"] == "pension, pension-abroad, portal"
    with ctx.db.read() as s:
        assert s.query(Contact).count() == 0


def test_a_topic_code_with_spaces_is_refused(ctx):
    with pytest.raises(InvalidInput) as err:
        c.save_topic(ctx, "pension abroad", {"et": "Pension"})
    assert err.value.code == "contact_topic_code"
    assert "pension abroad" in str(err.value)


def test_bad_channel_note_and_client_code_are_refused(ctx, topics):
    with pytest.raises(InvalidInput) as err:
        c.add_contact(ctx, c.ContactForm("fax"))
    assert err.value.code == "contact_channel"
    with pytest.raises(InvalidInput) as err:
        c.add_contact(ctx, c.ContactForm("phone", note="x" * 2001))
    assert err.value.code == "contact_note_long"
    with pytest.raises(InvalidInput) as err:
        c.add_contact(ctx, c.ContactForm("phone", client=c.Client("Mari", "37605030298")))
    assert err.value.code == "idcode_check"


def test_lists_show_whether_there_is_a_client_and_reading_one_is_logged(ctx, topics):
    contact = c.add_contact(ctx, c.ContactForm(
        "email", "portal", "Cannot sign in.", "referred",
        client=c.Client("Mari Maasikas", CODE, "", "mari@example.ee")))
    other = c.add_contact(ctx, c.ContactForm("chat", "pension", "Opening hours."))
    listed = c.list_contacts(ctx)
    assert [(x.id, x.has_client) for x in listed] == [(other.id, False), (contact.id, True)]
    assert _uses(ctx) == [("register", c.PURPOSE_CONTACT, CODE, contact.id)]
    details = c.contact_details(ctx, contact.id)
    assert details.client.name == "Mari Maasikas" and details.client.code == CODE
    c.contact_details(ctx, other.id)
    assert _uses(ctx)[-1] == ("read", c.PURPOSE_CONTACT, CODE, contact.id)
    assert len(_uses(ctx)) == 2


def test_search_finds_by_note_and_by_client_and_logs_the_client_found(ctx, topics):
    with_client = c.add_contact(ctx, c.ContactForm(
        "phone", "pension", "Pension certificate", client=c.Client("Olga Ivanova", CODE)))
    c.add_contact(ctx, c.ContactForm("phone", "portal", "Password reset"))
    assert [x.id for x in c.list_contacts(ctx, c.ContactQuery(text="certificate"))] == [
        with_client.id]
    assert _uses(ctx)[-1][0] == "register"
    assert [x.id for x in c.list_contacts(ctx, c.ContactQuery(text="ivanova"))] == [
        with_client.id]
    assert [x.id for x in c.list_contacts(ctx, c.ContactQuery(text=CODE))] == [with_client.id]
    assert [u[0] for u in _uses(ctx)] == ["register", "search", "search"]


def test_views_mine_by_topic_with_subtopics_and_by_channel(ctx, clock, topics):
    c.add_contact(ctx, c.ContactForm("phone", "pension-abroad"))
    c.add_contact(ctx, c.ContactForm("chat", "portal"))
    c.add_contact(_as(ctx, "kati", Role.DESK), c.ContactForm("phone", "pension"))
    today = ctx.local().date()
    mine = c.list_contacts(ctx, c.ContactQuery(mine=True, day_from=today, day_to=today))
    assert len(mine) == 2
    assert len(c.list_contacts(ctx, c.ContactQuery(topic="pension"))) == 2
    assert len(c.list_contacts(ctx, c.ContactQuery(channel="chat"))) == 1
    yesterday = today - timedelta(days=1)
    assert c.list_contacts(ctx, c.ContactQuery(day_from=yesterday, day_to=yesterday)) == []
    by_channel = {r.key: r.count for r in c.contact_counts(ctx, "channel")}
    assert by_channel == {"phone": 2, "chat": 1}
    by_topic = {r.name("en"): r.count for r in c.contact_counts(ctx, "topic")}
    assert by_topic == {"Pension abroad": 1, "E-services": 1, "Pension": 1}


def test_a_contact_links_to_what_it_produced(ctx, topics):
    contact = c.add_contact(ctx, c.ContactForm("info_desk", "pension"))
    c.link_contact(ctx, contact.id, "ticket", "0" * 36, "A001")
    c.link_contact(ctx, contact.id, "register_entry", "1" * 36, "1-2/26-001")
    links = c.contact_details(ctx, contact.id).links
    assert [(x.kind, x.label) for x in links] == [("ticket", "A001"),
                                                 ("register_entry", "1-2/26-001")]
    with pytest.raises(InvalidInput):
        c.link_contact(ctx, contact.id, "invoice", "2" * 36)


def test_kiosks_and_displays_may_not_record_or_read_contacts(ctx, topics):
    kiosk = _as(ctx, "kiosk", Role.KIOSK)
    with pytest.raises(PermissionDenied):
        c.add_contact(kiosk, c.ContactForm("phone"))
    with pytest.raises(PermissionDenied):
        c.list_contacts(_as(ctx, "display", Role.DISPLAY))
    with pytest.raises(PermissionDenied):
        c.save_topic(_as(ctx, "mari", Role.DESK), "x", {"et": "X"})


def test_retention_clears_the_client_and_the_note_and_logs_it(ctx, clock, topics):
    contact = c.add_contact(ctx, c.ContactForm("phone", "pension", "Called about Mari's pension",
                                               client=c.Client("Mari Maasikas", CODE)))
    assert c.anonymise_expired_contacts(ctx) == 0
    clock.advance(days=366)
    assert c.anonymise_expired_contacts(ctx) == 1
    details = c.contact_details(ctx, contact.id)
    assert details.client.empty() and details.contact.note == ""
    assert details.contact.topic_code == "pension" and details.contact.anonymised
    assert _uses(ctx)[-1][:3] == ("anonymise", c.PURPOSE_RETENTION, CODE)
    assert c.anonymise_expired_contacts(ctx) == 0


def test_the_daily_retention_job_of_the_staff_window_anonymises_contacts_too(ctx, clock, topics):
    from app.operations.visitors import start_of_day_upkeep

    c.add_contact(ctx, c.ContactForm("letter", "pension", "Mari's letter",
                                     client=c.Client("Mari Maasikas", CODE)))
    assert start_of_day_upkeep(ctx) == (0, 0)
    clock.advance(days=400)
    assert start_of_day_upkeep(ctx) == (0, 1)
    with ctx.db.read() as s:
        row = s.query(Contact).one()
        assert (row.client_name, row.client_code, row.note) == ("", None, "")


def test_a_counter_contact_begins_when_its_ticket_is_called_and_ends_with_its_outcome(
        ctx, clock, topics):
    from app.operations import queue as q

    first = q.issue_ticket(ctx, "A", "ru")
    second = q.issue_ticket(ctx, "A")
    third = q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    called = c.list_contacts(ctx)
    assert [(x.channel, x.ticket_number, x.topic_code, x.lang, x.ended_at) for x in called] == [
        ("counter", first.number, "pension", "ru", None)]
    clock.advance(minutes=5)
    q.call_next(ctx, 1)  # the ticket still called is finished as served
    clock.advance(minutes=3)
    q.finish(ctx, 1, "documents_missing")
    q.call_next(ctx, 1)
    q.no_show(ctx, 1)
    rows = {x.ticket_number: (x.outcome, x.minutes) for x in c.list_contacts(ctx)}
    assert rows == {first.number: ("served", 5), second.number: ("documents_missing", 3),
                    third.number: ("no_show", 0)}


def test_a_transferred_ticket_ends_its_counter_contact_and_the_next_counter_starts_one(
        ctx, topics):
    from app.operations import queue as q

    ticket = q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.transfer(ctx, 1, to_service="B")
    q.call_next(ctx, 2)
    rows = c.list_contacts(ctx)
    assert [(x.ticket_number, x.outcome, x.topic_code) for x in rows] == [
        (ticket.number, None, ""), (ticket.number, "referred", "pension")]
