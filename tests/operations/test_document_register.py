"""The document register: numbering in a series, deadlines with the office's closed days,
status, the due-soon / overdue / per-unit views, bad input and permissions."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text

from app.core.errors import Invalid, NotFound, PermissionDenied
from app.core.permissions import Actor, Role
from app.operations import register as r
from app.operations.config import update_settings
from app.store.models import RegisterEntry, RegisterSeries

RFI = r.NewDocument("1-2", "incoming", "request_for_information", "Teabenõue: ehitusload",
                    "email", sender_name="Mari Maasikas", sender_address="mari@example.ee",
                    addressee="Ehitusosakond")
MEMO = r.NewDocument("7", "incoming", "memorandum", "Märgukiri: pargi valgustus", "post",
                     sender_organisation="MTÜ Kesklinna Selts",
                     sender_address="Pärnu mnt 1, 10148 Tallinn", sender_number="12/3",
                     sender_date=date(2026, 11, 19), addressee="Linnamajandus", pages=3)


@pytest.fixture
def series(ctx):
    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}", "Teabenõuded")
    r.save_series(ctx, "7", "{S}-{DN}/{DA}", "Märgukirjad")
    return ctx


def as_role(ctx, *roles):
    return replace(ctx, actor=Actor("Test", frozenset(roles)))


def test_documents_are_numbered_in_their_series_and_the_year_restarts_it(series, clock):
    ctx = series
    first = r.register_document(ctx, RFI)
    second = r.register_document(ctx, RFI)
    memo = r.register_document(ctx, MEMO)
    assert [first.registry_number, second.registry_number, memo.registry_number] == [
        "1-2/26-001", "1-2/26-002", "7-1/26"]
    assert first.registered_on == date(2026, 11, 23)
    assert (first.status, first.series_index, first.registered_by) == (
        "registered", "1-2", ctx.actor.name)
    assert memo.sender_organisation == "MTÜ Kesklinna Selts" and memo.pages == 3
    clock.at = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
    assert r.register_document(ctx, RFI).registry_number == "1-2/27-001"
    assert r.get_entry(ctx, "1-2/26-002").id == second.id
    with ctx.db.read() as s:
        counters = s.scalar(select(RegisterSeries.next_numbers)
                            .where(RegisterSeries.series_index == "1-2"))
    assert counters == {"2026": 3, "2027": 2}


def test_numbering_never_gives_a_number_already_in_the_register(series):
    ctx = series
    r.register_document(ctx, RFI)
    with ctx.db.write() as s:
        # A counter overwritten by an older value from another PC.
        s.scalar(select(RegisterSeries).where(RegisterSeries.series_index == "1-2")
                 ).next_numbers = {"2026": 1}
    assert r.register_document(ctx, RFI).registry_number == "1-2/26-002"
    assert r.register_document(ctx, RFI).registry_number == "1-2/26-003"


def test_deadlines_follow_the_document_type_and_the_offices_closed_days(series, clock):
    ctx = series
    # Monday 23 Nov 2026: five working days from Tuesday is Monday 30 Nov.
    assert r.register_document(ctx, RFI).deadline == date(2026, 11, 30)
    # 30 calendar days: Wed 23 Dec 2026.
    assert r.register_document(ctx, MEMO).deadline == date(2026, 12, 23)
    letter = r.register_document(ctx, replace(RFI, document_type="letter"))
    assert letter.deadline is None
    update_settings(ctx, {"office.closed_days": ["2026-11-26"]})
    ctx.cache.clear()
    assert r.register_document(ctx, RFI).deadline == date(2026, 12, 1)


def test_a_deadline_over_christmas_and_new_year_uses_next_years_holidays(series, clock):
    ctx = series
    clock.at = datetime(2026, 12, 23, 8, 0, tzinfo=UTC)
    # Wed 23 Dec: 24-26 Dec are holidays; Mon 28 (1) to Thu 31 (4); Fri 1 Jan 2027 is New
    # Year; Mon 4 Jan (5).
    entry = r.register_document(ctx, RFI)
    assert entry.deadline == date(2027, 1, 4)
    extended = r.extend_deadline(ctx, entry.registry_number)
    # Fifteen working days: 28-31 Dec (4), 4-8 Jan (9), 11-15 Jan (14), Mon 18 Jan (15).
    assert (extended.deadline, extended.extended) == (date(2027, 1, 18), True)
    memo = r.register_document(ctx, MEMO)
    # 23 Dec + 30 = Fri 22 Jan 2027; extended: 23 Feb 2027, a Tuesday.
    assert memo.deadline == date(2027, 1, 22)
    assert r.extend_deadline(ctx, memo.id).deadline == date(2027, 2, 23)
    letter = r.register_document(ctx, replace(RFI, document_type="other"))
    with pytest.raises(Invalid) as err:
        r.extend_deadline(ctx, letter.id)
    assert err.value.code == "register_not_extendable"


def test_due_soon_overdue_and_per_unit_views(series, clock):
    ctx = series
    rfi = r.register_document(ctx, RFI)                       # due Mon 30 Nov
    memo = r.register_document(ctx, MEMO)                     # due Wed 23 Dec
    other = r.register_document(ctx, replace(RFI, addressee="Linnamajandus",
                                              document_type="other"))
    assert r.due_soon(ctx, days=7) == [rfi]
    assert r.overdue(ctx) == []
    clock.at = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    assert [e.id for e in r.overdue(ctx)] == [rfi.id]
    assert r.due_soon(ctx, days=3) == []
    # open documents with a deadline, the longest overdue first; "other" has none
    assert [e.id for e in r.open_documents(ctx)] == [rfi.id, memo.id]
    units = r.by_unit(ctx)
    assert list(units) == ["Ehitusosakond", "Linnamajandus"]
    assert [e.id for e in units["Linnamajandus"]] == [memo.id, other.id]
    forwarded = r.set_status(ctx, rfi.registry_number, "forwarded")
    assert forwarded.status == "forwarded"
    assert [e.id for e in r.overdue(ctx)] == [rfi.id]
    r.set_status(ctx, rfi.id, "answered")
    assert r.overdue(ctx) == []
    assert "Ehitusosakond" not in r.by_unit(ctx)
    clock.at = datetime(2026, 12, 21, 8, 0, tzinfo=UTC)
    assert [e.id for e in r.due_soon(ctx, days=3)] == [memo.id]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"title": "   "}, "register_no_title"),
        ({"title": "x" * 501}, "register_text_long"),
        ({"direction": "sideways"}, "register_choice"),
        ({"transmittal": "pigeon"}, "register_choice"),
        ({"document_type": "poem"}, "register_choice"),
        ({"pages": 0}, "register_pages"),
        ({"access_from": date(2026, 11, 23)}, "register_access_basis"),
        ({"access_basis": "AvTS § 35 lg 1 p 12", "access_from": date(2026, 11, 23),
          "access_until": date(2026, 11, 1)}, "register_access_dates"),
    ],
)
def test_bad_input_is_refused_with_its_reason_and_nothing_is_numbered(series, change, code):
    ctx = series
    with pytest.raises(Invalid) as err:
        r.register_document(ctx, replace(RFI, **change))
    assert err.value.code == code
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(RegisterEntry)) == 0
    assert r.register_document(ctx, RFI).registry_number == "1-2/26-001"


def test_an_unknown_series_or_entry_is_named(series):
    ctx = series
    with pytest.raises(NotFound) as err:
        r.register_document(ctx, replace(RFI, series="9"))
    assert err.value.code == "register_unknown_series"
    assert "1-2, 7" in str(err.value)
    with pytest.raises(NotFound):
        r.set_status(ctx, "1-2/26-999", "answered")
    with pytest.raises(Invalid) as bad:
        r.set_status(ctx, r.register_document(ctx, RFI).id, "lost")
    assert bad.value.code == "register_choice"


def test_a_series_with_a_bad_pattern_is_not_saved(ctx):
    with pytest.raises(Invalid) as err:
        r.save_series(ctx, "1-2", "{S}/{DA}")
    assert err.value.code == "register_pattern_no_number"
    assert r.list_series(ctx) == []
    changed = r.save_series(ctx, "1-2", "{S}/{DN}")
    assert r.save_series(ctx, "1-2", "{S}/{DA}-{4DN}").id == changed.id
    assert [s.pattern for s in r.list_series(ctx)] == ["{S}/{DA}-{4DN}"]


def test_desk_and_counter_register_supervisors_only_read(series):
    ctx = series
    entry = r.register_document(as_role(ctx, Role.COUNTER), RFI)
    r.set_status(as_role(ctx, Role.DESK), entry.id, "forwarded")
    supervisor = as_role(ctx, Role.SUPERVISOR)
    assert r.get_entry(supervisor, entry.id).status == "forwarded"
    assert r.overdue(supervisor) == []
    for action in (lambda c: r.register_document(c, RFI),
                   lambda c: r.set_status(c, entry.id, "answered"),
                   lambda c: r.save_series(c, "3", "{DN}")):
        with pytest.raises(PermissionDenied):
            action(supervisor)
    with pytest.raises(PermissionDenied):
        r.overdue(as_role(ctx, Role.KIOSK))


def test_entries_and_series_go_to_the_outbox(series):
    ctx = series
    entry = r.register_document(ctx, RFI)
    r.set_status(ctx, entry.id, "answered")
    with ctx.db.read() as s:
        ops = s.execute(text("SELECT table_name, op FROM outbox WHERE table_name LIKE "
                             "'register_%' ORDER BY seq")).all()
    assert ("register_entries", "insert") in ops and ("register_entries", "update") in ops
    assert ("register_series", "insert") in ops


def test_the_register_lists_newest_first_and_searches_number_sender_and_title(series, clock):
    ctx = series
    first = r.register_document(ctx, RFI)
    clock.advance(minutes=5)
    memo = r.register_document(ctx, MEMO)
    assert [e.id for e in r.list_entries(ctx)] == [memo.id, first.id]
    assert [e.id for e in r.list_entries(ctx, "kesklinna")] == [memo.id]
    assert [e.id for e in r.list_entries(ctx, "1-2/26 EHITUS")] == [first.id]
    assert [e.id for e in r.list_entries(ctx, "12/3")] == [memo.id]
    assert r.list_entries(ctx, "puudub") == []


def test_documents_registered_today_without_a_deadline_are_counted(series, clock):
    ctx = series
    letter = r.NewDocument("1-2", "incoming", "letter", "Kiri", "post")
    assert r.undated_today(ctx) == 0
    r.register_document(ctx, RFI)
    first = r.register_document(ctx, letter)
    r.register_document(ctx, letter)
    assert r.undated_today(ctx) == 2
    from app.operations.register_follow import mark_answered

    mark_answered(ctx, first.id)
    assert r.undated_today(ctx) == 1
    clock.at = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert r.undated_today(ctx) == 0
