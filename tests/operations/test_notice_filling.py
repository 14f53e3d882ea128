"""A notice filled in from a register entry or from a visitor's registration: the fields it
fills, the issuance's link, the personal data access log, and the issued notice registered as
the outgoing letter that answers the incoming one."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.core.errors import NotFound, PermissionDenied
from app.core.permissions import Actor, Role
from app.operations import notice_templates as nt
from app.operations import notices, visitors
from app.operations import register as r
from app.operations.notice_filling import (
    register_as_answer,
    values_from_entry,
    values_from_visitor,
)
from app.store.models import Issuance, PersonalDataAccess
from tests.documents.notice_values import VALUES
from tests.documents.pdf_checks import pdf_text

LETTER = r.NewDocument("7", "incoming", "memorandum", "Märgukiri: pargi valgustus", "post",
                       sender_name="Mari Õunapuu", sender_organisation="MTÜ Kesklinna Selts",
                       sender_address="Pärnu mnt 1, 10148 Tallinn", sender_number="12/3",
                       sender_date=date(2026, 11, 19))


@pytest.fixture
def letter(ctx):
    r.save_series(ctx, "7", "{S}-{DN}/{DA}", "Märgukirjad")
    r.save_series(ctx, "8", "{S}-{DN}/{DA}", "Väljaminevad kirjad")
    return r.register_document(ctx, LETTER)


def test_a_decision_is_filled_in_from_the_letter_it_answers_and_linked_to_it(ctx, letter):
    filled = values_from_entry(ctx, "decision", " 7-1/26 ")
    assert filled.values == {"recipient_name": "Mari Õunapuu",
                             "application_date": "19.11.2026",
                             "matter": "Märgukiri: pargi valgustus"}
    assert (filled.register_entry_id, filled.visitor_registration_id, filled.about) == (
        letter.id, None, "7-1/26")
    values = {**VALUES["decision"], **filled.values}
    made = notices.issue_notice(ctx, "decision", "et", values, "posted",
                                register_entry_id=filled.register_entry_id)
    assert (made.register_entry_id, made.visitor_registration_id) == (letter.id, None)
    assert made.to_json()["register_entry"] == letter.id
    assert "Märgukiri: pargi valgustus" in pdf_text(notices.notice_pdf(ctx, made.id)[1])
    copy = notices.reprint_notice(ctx, made.id)
    assert copy.register_entry_id == letter.id


def test_an_e_mail_address_fills_the_e_mail_field_and_an_admins_fields_by_name(ctx, letter):
    by_mail = r.register_document(ctx, replace(LETTER, sender_name="", sender_address=
                                               "selts@kesklinn.ee"))
    filled = values_from_entry(ctx, "usage_contract", by_mail.registry_number)
    assert filled.values == {"organisation_name": "MTÜ Kesklinna Selts",
                             "recipient_name": "MTÜ Kesklinna Selts",
                             "contact_email": "selts@kesklinn.ee"}
    base = nt.get_template(ctx, "notice")
    answer = replace(base, id="answer", fields=(
        *base.fields,
        *(replace(base.field("subject"), id=name) for name in (
            "recipient_address", "sender_number", "sender_date", "entry_number",
            "entry_date"))),
        bodies={lang: text + " {recipient_address} {sender_number} {sender_date} "
                "{entry_number} {entry_date}" for lang, text in base.bodies.items()})
    nt.save_template(ctx, answer)
    assert values_from_entry(ctx, "answer", letter.id).values == {
        "recipient_name": "Mari Õunapuu", "subject": "Märgukiri: pargi valgustus",
        "recipient_address": "Pärnu mnt 1, 10148 Tallinn", "sender_number": "12/3",
        "sender_date": "19.11.2026", "entry_number": "7-1/26", "entry_date": "23.11.2026"}


def test_an_unknown_entry_or_link_is_refused_and_nothing_is_issued(ctx, letter):
    with pytest.raises(NotFound) as err:
        values_from_entry(ctx, "notice", "7-99/26")
    assert (err.value.code, err.value.params) == ("register_unknown_entry",
                                                  {"entry": "7-99/26"})
    with pytest.raises(NotFound) as err:
        notices.issue_notice(ctx, "notice", "et", VALUES["notice"], register_entry_id="nope")
    assert err.value.code == "register_unknown_entry"
    with pytest.raises(NotFound) as err:
        notices.issue_notice(ctx, "notice", "et", VALUES["notice"],
                             visitor_registration_id="nope")
    assert err.value.code == "unknown_visit"
    with ctx.db.read() as s:
        assert s.scalars(select(Issuance)).all() == []


def access_log(ctx):
    with ctx.db.read() as s:
        return [(a.action, a.purpose, a.registration_id) for a in s.scalars(
            select(PersonalDataAccess).order_by(PersonalDataAccess.at, PersonalDataAccess.id))]


def test_a_visitors_registration_fills_the_notice_and_the_reading_is_logged(ctx):
    made = visitors.register_visit(ctx, visitors.VisitorForm(
        "Märt Põld", "37605030299", organisation="Põldmaa OÜ", email="info@poldmaa.ee"))
    visit = made.registration.id
    before = access_log(ctx)
    filled = values_from_visitor(ctx, "usage_contract", visit)
    assert filled.values == {"organisation_name": "Põldmaa OÜ", "recipient_name": "Märt Põld",
                             "recipient_code": "37605030299",
                             "contact_email": "info@poldmaa.ee"}
    assert (filled.visitor_registration_id, filled.about) == (visit, "Märt Põld")
    assert access_log(ctx)[len(before):] == [
        ("read", notices.PURPOSE_NOTICE, visit), ("reveal", notices.PURPOSE_NOTICE, visit)]
    issued = notices.issue_notice(ctx, "usage_contract", "et",
                                  {**VALUES["usage_contract"], **filled.values},
                                  visitor_registration_id=visit)
    assert issued.visitor_registration_id == visit

    # a template without a personal code field: the code is not read
    base = nt.get_template(ctx, "notice")
    nt.save_template(ctx, replace(
        base, id="visit_note", fields=tuple(f for f in base.fields if f.id != "recipient_code"),
        bodies={lang: text.replace("{recipient_code}", "") for lang, text in
                base.bodies.items()}))
    before = access_log(ctx)
    assert values_from_visitor(ctx, "visit_note", visit).values == {
        "recipient_name": "Märt Põld"}
    assert access_log(ctx)[len(before):] == [("read", notices.PURPOSE_NOTICE, visit)]


def test_a_counter_person_may_not_read_a_visitors_registration(ctx):
    made = visitors.register_visit(ctx, visitors.VisitorForm("Märt Põld", "37605030299"))
    counter = replace(ctx, actor=Actor("leti", frozenset({Role.COUNTER})))
    with pytest.raises(PermissionDenied):
        values_from_visitor(counter, "notice", made.registration.id)


def test_an_issued_notice_is_registered_as_the_answer_to_its_letter(ctx, letter):
    filled = values_from_entry(ctx, "notice", letter.registry_number)
    made = notices.issue_notice(ctx, "notice", "et", {**VALUES["notice"], **filled.values},
                                "posted", register_entry_id=letter.id)
    outgoing = register_as_answer(ctx, made.id, "8")
    assert (outgoing.direction, outgoing.series_index, outgoing.document_type,
            outgoing.transmittal) == ("outgoing", "8", "letter", "post")
    assert outgoing.title == f"Teatis {made.registry_number}"
    assert (outgoing.addressee, outgoing.addressee_address) == (
        "Mari Õunapuu", "Pärnu mnt 1, 10148 Tallinn")
    answered = r.get_entry(ctx, letter.id)
    assert answered.status == "answered"
    with ctx.db.read() as s:
        from app.store.models import RegisterEntry

        assert s.get(RegisterEntry, letter.id).answer_id == outgoing.id
    with pytest.raises(NotFound):
        register_as_answer(ctx, made.id, "99")
