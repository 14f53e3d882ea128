"""Visitor registration through the operations: validation, routing, check-in and out, who is
in, search, the access log, retention, and the watch list."""

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.core.visitors import Route
from app.operations import visitors as v
from app.operations.context import Context
from app.store.models import (
    PersonalDataAccess,
    Ticket,
    Visit,
    VisitorRegistration,
    VisitorSearchToken,
)

CODE = "37605030299"


@pytest.fixture
def desk(ctx):
    host = v.add_specialist(ctx, "Kati Karu", unit="Pensions", room="204",
                            phone="+372 5555 1234", email="kati.karu@example.ee")
    purposes = {
        "pension": v.add_purpose(ctx, "pension", {"et": "Pension", "ru": "Пенсия",
                                                  "en": "Pension"}, Route.QUEUE, "A",
                                 retention_days=30),
        "meeting": v.add_purpose(ctx, "meeting", {"et": "Kohtumine", "ru": "Встреча",
                                                  "en": "Meeting"}, Route.SPECIALIST,
                                 specialist_id=host.id, retention_days=90),
        "wait": v.add_purpose(ctx, "wait", {"et": "Ootamine", "ru": "Ожидание",
                                            "en": "Waiting"}, Route.WAITING, retention_days=1),
    }
    return host, purposes


def _as(ctx, *roles):
    return Context(ctx.db, Actor("someone", frozenset(roles)), ctx.office_id, ctx.timezone,
                   ctx.clock)


def _log(ctx, **where):
    with ctx.db.read() as s:
        q = s.query(PersonalDataAccess).filter_by(**where).order_by(PersonalDataAccess.at)
        return [(r.action, r.actor, r.purpose) for r in q]


def test_a_queue_purpose_issues_a_ticket_in_the_visitors_language(ctx, desk):
    _host, purposes = desk
    done = v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE, phone="+372 5123 4567",
                                               purpose_id=purposes["pension"].id, lang="ru"))
    assert done.route is Route.QUEUE
    assert done.ticket.number == "A001"
    assert done.ticket.lang == "ru"
    assert done.registration.ticket_number == "A001"
    assert done.registration.id_code_masked == "\u2022" * 7 + "0299"
    with ctx.db.read() as s:
        row = s.get(VisitorRegistration, done.registration.id)
        ticket = s.get(Ticket, done.ticket.id)
        assert row.visit_id == ticket.visit_id  # the visit ties the ticket and the visitor
        assert row.id_code == CODE
        assert len(row.badge_token) == 32 and CODE not in row.badge_token


def test_a_specialist_purpose_leads_to_the_host_and_issues_no_ticket(ctx, desk):
    host, purposes = desk
    done = v.register_visit(ctx, v.VisitorForm("Jaan Tamm", purpose_id=purposes["meeting"].id))
    assert done.route is Route.SPECIALIST
    assert done.ticket is None
    assert done.registration.host == "Kati Karu"
    assert done.registration.host_room == "204"
    with ctx.db.read() as s:
        assert s.query(Ticket).count() == 0
        assert s.query(Visit).count() == 1


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "   ", "name_required"),
        ("id_code", "37605030298", "idcode_check"),
        ("id_code", "37602300291", "idcode_date"),
        ("id_code", "3760503029", "idcode_length"),
        ("phone", "call me", "bad_phone"),
        ("phone", "12", "bad_phone"),
        ("email", "mari@", "visitor_bad_email"),
    ],
)
def test_bad_input_is_refused_with_its_error_and_nothing_is_stored(ctx, desk, field, value,
                                                                   code):
    form = {"name": "Mari Maasikas", field: value}
    with pytest.raises(InvalidInput) as info:
        v.register_visit(ctx, v.VisitorForm(**form))
    assert info.value.code == code
    with ctx.db.read() as s:
        assert s.query(VisitorRegistration).count() == 0
        assert s.query(PersonalDataAccess).count() == 0


def test_a_foreign_document_is_kept_as_free_text(ctx, desk):
    done = v.register_visit(ctx, v.VisitorForm("Anna Virtanen", document="FI passport XP1234567",
                                               email="anna@example.fi"))
    assert done.registration.document == "FI passport XP1234567"
    assert not done.registration.has_id_code


def test_checking_in_someone_already_in_is_refused(ctx, desk, clock):
    v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))
    clock.advance(minutes=5)
    with pytest.raises(Refused) as info:
        v.register_visit(ctx, v.VisitorForm("Mari Maasikas", " 376 05030299"))
    assert info.value.code == "already_in"
    assert "10:00" in str(info.value)  # local time of arrival
    assert len(v.who_is_in(ctx)) == 1


def test_check_out_by_hand_and_by_badge(ctx, desk, clock):
    a = v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))
    b = v.register_visit(ctx, v.VisitorForm("Jaan Tamm"))
    assert [x.name for x in v.who_is_in(ctx)] == ["Mari Maasikas", "Jaan Tamm"]
    clock.advance(minutes=30)
    left = v.check_out(ctx, a.registration.id)
    assert left.left_at == clock.at
    v.check_out_by_badge(ctx, b.badge_token.upper())
    assert v.who_is_in(ctx) == []
    with pytest.raises(Refused) as info:
        v.check_out_by_badge(ctx, b.badge_token)
    assert info.value.code == "not_in"
    with pytest.raises(NotFound) as unknown:
        v.check_out_by_badge(ctx, "0" * 32)
    assert unknown.value.code == "unknown_badge"
    with ctx.db.read() as s:
        assert s.get(Visit, a.registration.visit_id).left_at == clock.at
    # Checked out, the same person may come in again.
    v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))


def test_visitors_still_in_from_yesterday_are_checked_out(ctx, desk, clock):
    v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))
    clock.advance(days=1)
    assert v.check_out_earlier_days(ctx) == 1
    assert v.who_is_in(ctx) == []


def test_everyone_still_in_is_checked_out_at_the_offices_time(ctx, desk, clock):
    from datetime import UTC, datetime

    from app.core.errors import Invalid
    from app.operations.config import update_settings

    with pytest.raises(Invalid) as err:
        update_settings(ctx, {"visitors.checkout_at": "25:00"})
    assert err.value.code == "config_clock_time"
    update_settings(ctx, {"visitors.checkout_at": "18:00"})
    v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))  # 10:00 in Tallinn
    clock.at = datetime(2026, 11, 23, 15, 59, tzinfo=UTC)  # 17:59
    assert v.check_out_earlier_days(ctx) == 0
    clock.at = datetime(2026, 11, 23, 16, 5, tzinfo=UTC)  # 18:05
    assert v.check_out_earlier_days(ctx) == 1
    assert v.who_is_in(ctx) == []
    v.register_visit(ctx, v.VisitorForm("Jaan Tamm"))  # came after the check-out time
    assert v.check_out_earlier_days(ctx) == 0
    assert [r.name for r in v.who_is_in(ctx)] == ["Jaan Tamm"]


def test_purposes_and_specialists_are_checked_and_kept_by_admins(ctx, desk):
    from app.core.errors import Invalid

    host, purposes = desk
    with pytest.raises(Invalid) as err:
        v.add_purpose(ctx, " ", {"et": "Nõustamine"}, "waiting")
    assert err.value.code == "config_empty"
    with pytest.raises(Invalid) as err:
        v.add_purpose(ctx, "pension", {"et": "Teine"}, "waiting")
    assert err.value.code == "config_duplicate_purpose"
    with pytest.raises(Invalid) as err:
        v.add_purpose(ctx, "advice", {"et": ""}, "waiting")
    assert err.value.code == "config_empty"
    leads_to_host = purposes["meeting"]
    with pytest.raises(Refused) as refused:
        v.remove_specialist(ctx, host.id)
    assert refused.value.code == "config_specialist_in_use"
    v.remove_purpose(ctx, leads_to_host.code)
    v.remove_specialist(ctx, host.id)
    assert host.id not in {h.id for h in v.list_specialists(ctx)}
    assert leads_to_host.code not in {p.code for p in v.list_purposes(ctx)}


def test_an_expected_visitor_is_checked_in_with_one_action(ctx, desk, clock):
    host, purposes = desk
    at = clock.at + timedelta(hours=2)
    expected = v.add_expected(ctx, v.VisitorForm("Olga Ivanova", organisation="OÜ Näide",
                                                 purpose_id=purposes["meeting"].id, lang="ru"),
                              at)
    listed = v.expected_on(ctx)
    assert [(e.name, e.host, e.checked_in) for e in listed] == [("Olga Ivanova", "Kati Karu",
                                                                  False)]
    done = v.check_in_expected(ctx, expected.id)
    assert done.registration.name == "Olga Ivanova"
    assert done.registration.organisation == "OÜ Näide"
    assert done.registration.host == "Kati Karu"
    assert v.expected_on(ctx)[0].checked_in
    with pytest.raises(Refused) as info:
        v.check_in_expected(ctx, expected.id)
    assert info.value.code == "expected_done"


def test_search_by_name_code_organisation_and_date(ctx, desk, clock):
    v.register_visit(ctx, v.VisitorForm("Mari-Liis Õunapuu", CODE, organisation="Näide AS"))
    clock.advance(days=2)
    v.register_visit(ctx, v.VisitorForm("Jüri Ratas", organisation="Riigikogu"))
    v.register_visit(ctx, v.VisitorForm("Юрий Смирнов", organisation="Näide AS"))

    def names(**q):
        return [r.name for r in v.search_visits(ctx, v.SearchQuery(**q))]

    assert names(name="ounap") == ["Mari-Liis Õunapuu"]  # diacritics folded, word prefix
    assert names(name="liis mari") == ["Mari-Liis Õunapuu"]
    assert names(name="JURI") == ["Jüri Ratas"]
    assert names(name="yurii") == ["Юрий Смирнов"]  # Cyrillic found in Latin letters
    assert names(id_code=CODE) == ["Mari-Liis Õunapuu"]
    assert names(organisation="naide") == ["Юрий Смирнов", "Mari-Liis Õunapuu"]
    assert names(day_from=date(2026, 11, 25)) == ["Юрий Смирнов", "Jüri Ratas"]
    assert names(organisation="naide", day_to=date(2026, 11, 23)) == ["Mari-Liis Õunapuu"]
    assert names() == []


def test_asking_for_the_code_of_a_visitor_without_one_records_no_reveal(ctx, desk):
    done = v.register_visit(ctx, v.VisitorForm("Юрий Смирнов", document="pass AB123"))
    assert v.reveal_id_code(ctx, done.registration.id) == ""
    assert "reveal" not in [a for a, _actor, _p in _log(ctx,
                                                      registration_id=done.registration.id)]


def test_every_use_of_a_persons_data_is_logged_and_exported_per_person(ctx, desk, clock):
    done = v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))
    rid = done.registration.id
    v.visit_details(ctx, rid)
    v.who_is_in(ctx)
    v.who_is_in(ctx)  # listed again within the hour: one record
    v.search_visits(ctx, v.SearchQuery(name="mari"))
    assert v.reveal_id_code(ctx, rid) == CODE
    v.evacuation_list(ctx)
    actions = [a for a, _actor, _p in _log(ctx, registration_id=rid)]
    assert actions == ["register", "read", "list", "search", "reveal", "export"]
    records = v.person_usage_records(ctx, CODE)
    # The Data Tracker's v3 findUsage answer: processing within the office's own system.
    assert records["userCode"] == "EE" + CODE
    usages = records["internalProcessings"]
    assert records["totalUsages"] == records["returnedUsages"] == len(usages)
    assert records["dataRequests"] is None and records["dataResponses"] is None
    assert [u["lett"]["action"] for u in usages][:2] == ["export", "export"]  # newest first
    assert {u["lett"]["action"] for u in usages} == {"register", "read", "list", "search",
                                                     "reveal", "export"}
    for usage in usages:
        assert usage["lett"]["receiver"] == ctx.actor.name
        assert usage["initiatorPerson"]["alternativeCode"] == ctx.actor.name
        assert usage["source"]["type"] == "GOV" and usage["source"]["systemName"] == "Lett"
        assert usage["legalBasis"] and usage["purpose"] and usage["logTime"].endswith("Z")
    search = next(u for u in usages if u["lett"]["action"] == "search")
    assert search["lett"]["details"] == {"query": {"name": "mari"}}
    # A search by code keeps the code masked in the record of the query.
    v.search_visits(ctx, v.SearchQuery(id_code=CODE))
    with ctx.db.read() as s:
        last = s.query(PersonalDataAccess).filter_by(action="search").order_by(
            PersonalDataAccess.at.desc(), PersonalDataAccess.id.desc()).first()
        assert CODE not in str(last.data)


def test_expired_visits_are_anonymised_and_the_rest_kept(ctx, desk, clock):
    _host, purposes = desk
    short = v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE, phone="+372 5123 4567",
                                                email="mari@example.ee", notes="ratastool",
                                                purpose_id=purposes["wait"].id))
    long_ = v.register_visit(ctx, v.VisitorForm("Jaan Tamm", purpose_id=purposes["meeting"].id))
    expected = v.add_expected(ctx, v.VisitorForm("Olga Ivanova", purpose_id=purposes["wait"].id),
                              clock.at + timedelta(hours=1))
    assert v.anonymise_expired(ctx) == 0
    clock.advance(days=1, hours=2)
    assert v.anonymise_expired(ctx) == 2
    assert v.anonymise_expired(ctx) == 0
    with ctx.db.read() as s:
        row = s.get(VisitorRegistration, short.registration.id)
        assert (row.name, row.id_code, row.phone, row.email, row.notes, row.name_key) == (
            "", None, "", "", "", "")
        assert row.anonymised_at == clock.at
        assert row.arrived_at is not None and row.purpose_id == purposes["wait"].id
        assert s.get(VisitorRegistration, long_.registration.id).name == "Jaan Tamm"
        tokens = {t.registration_id for t in s.query(VisitorSearchToken)}
        assert short.registration.id not in tokens
        assert long_.registration.id in tokens
    assert [r.name for r in v.search_visits(ctx, v.SearchQuery(name="mari"))] == []
    assert [r.name for r in v.who_is_in(ctx)] == ["Jaan Tamm"]
    assert v.expected_on(ctx) == []
    assert _log(ctx, expected_id=expected.id)[-1] == ("anonymise", ctx.actor.name,
                                                      v.PURPOSE_RETENTION)
    records = v.person_usage_records(ctx, CODE)
    assert any(u["lett"]["action"] == "anonymise" and u["bulkProcessing"]
               for u in records["internalProcessings"])


def test_anonymisation_at_start_runs_end_to_end(tmp_path):
    """A store with an expired visit, opened as the app opens it: the visit is anonymised."""
    from app.operations.bootstrap import open_local
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office

    home = tmp_path / "home"
    loc = open_local(home)
    create_demo_office(loc.db, staff_actor())
    long_ago = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    old = open_context(loc.db, staff_actor(), clock=lambda: long_ago)
    done = v.register_visit(old, v.VisitorForm("Mari Maasikas", CODE))
    loc.close()
    from app.operations.visitors import start_of_day_upkeep

    loc = open_local(home)
    try:
        now = open_context(loc.db, staff_actor())
        assert start_of_day_upkeep(now) == (1, 1)
        assert start_of_day_upkeep(now) == (0, 0)
        with loc.db.read() as s:
            row = s.get(VisitorRegistration, done.registration.id)
            assert row.name == "" and row.id_code is None and row.left_at is not None
    finally:
        loc.close()


def test_watch_list_alerts_the_desk_on_a_near_match(ctx, desk):
    v.add_watch_entry(ctx, "Jüri Mänd", "threatened staff on 2026-10-02")
    v.add_watch_entry(ctx, "Aleksandr Petrov")
    near = v.register_visit(ctx, v.VisitorForm("Juri Mand"))
    assert [(a.listed_name, a.how) for a in near.alerts] == [("Jüri Mänd", "exact")]
    typo = v.register_visit(ctx, v.VisitorForm("Aleksander Petrov"))
    assert [(a.listed_name, a.how) for a in typo.alerts] == [("Aleksandr Petrov", "near")]
    cyr = v.register_visit(ctx, v.VisitorForm("Александр Петров"))
    assert [a.listed_name for a in cyr.alerts] == ["Aleksandr Petrov"]
    other = v.register_visit(ctx, v.VisitorForm("Jüri Tamm"))
    assert other.alerts == ()


def test_roles(ctx, desk):
    supervisor = _as(ctx, Role.SUPERVISOR)
    counter = _as(ctx, Role.COUNTER)
    deskperson = _as(ctx, Role.DESK)
    done = v.register_visit(deskperson, v.VisitorForm("Mari Maasikas", CODE))
    assert [r.name for r in v.who_is_in(supervisor)] == ["Mari Maasikas"]
    for actor in (supervisor, counter):
        with pytest.raises(PermissionDenied):
            v.register_visit(actor, v.VisitorForm("Jaan Tamm"))
    with pytest.raises(PermissionDenied):
        v.who_is_in(counter)
    with pytest.raises(PermissionDenied):
        v.check_out(supervisor, done.registration.id)
    with pytest.raises(PermissionDenied):
        v.add_watch_entry(deskperson, "Jaan Tamm")


def test_a_visit_without_a_purpose_keeps_its_data_for_the_offices_retention(ctx, clock):
    from app.operations.config import update_settings

    update_settings(ctx, {"retention.visitor_days": 3})
    done = v.register_visit(ctx, v.VisitorForm("Mari Maasikas", CODE))
    clock.advance(days=2, hours=23)
    assert v.anonymise_expired(ctx) == 0
    clock.advance(hours=2)
    assert v.anonymise_expired(ctx) == 1
    with ctx.db.read() as s:
        assert s.get(VisitorRegistration, done.registration.id).name == ""
