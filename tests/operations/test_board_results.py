"""The supervisor's board, a person's own results, goals and quality evaluations through the
operations: figures on a worked morning, who may see whose results, the read log, scoring
and the gap, and bad input."""

import contextlib
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from app.core.goals import Measure, Period
from app.core.permissions import Actor, Role
from app.operations import board, evaluations, results
from app.operations import queue as q
from app.operations.context import Context
from app.store.models import PersonalDataAccess, StaffAccount
from tests.server.stores import STORES, fresh_pg_database

DAY = date(2026, 11, 23)
CARD = {"title": "Counter visit", "sections": [
    {"title": "Greeting", "questions": [{"key": "greet", "text": "Greeted", "weight": 1}]},
    {"title": "Substance", "questions": [
        {"key": "right", "text": "Correct information", "weight": 3, "critical": True},
        {"key": "docs", "text": "Checked the documents", "weight": 2}]},
]}


def _as(ctx, name, *roles):
    return Context(ctx.db, Actor(name, frozenset(roles)), ctx.office_id, ctx.timezone,
                   ctx.clock)


def _people(ctx):
    # Accounts as sync brings them (no password is typed here, so none is hashed).
    with ctx.db.write() as s:
        for user, name, roles in (("mari", "Mari Maasikas", "counter"),
                                  ("jaan", "Jaan Tamm", "counter"),
                                  ("olga", "Olga Ivanova", "desk"),
                                  ("juht", "Anne Juht", "supervisor")):
            s.add(StaffAccount(office_id=ctx.office_id, user_name=user, display_name=name,
                               password_hash="-", roles=roles))
    return (_as(ctx, "mari", Role.COUNTER), _as(ctx, "jaan", Role.COUNTER),
            _as(ctx, "juht", Role.SUPERVISOR))


def work(ctx, clock):
    """Mari at counter 1 serves A001 (4 min) and A002; Jaan at counter 2 serves B001; C001 and
    B002 are left waiting, C001 past its 15-minute target; counter 3 closes."""
    mari, jaan, boss = _people(ctx)
    start = clock.at

    def to(minute):
        clock.at = start + timedelta(minutes=minute)

    for service in "AABC":            # A001, A002, B001, C001: ten seconds apart
        q.issue_ticket(ctx, service)
        clock.advance(seconds=10)
    to(2)
    assert q.call_next(mari, 1).number == "A001"
    to(6)
    q.finish(mari, 1)
    to(7)
    assert q.call_next(jaan, 2).number == "B001"
    to(8)
    assert q.call_next(mari, 1).number == "A002"
    to(17)
    q.finish(jaan, 2)
    q.issue_ticket(ctx, "B")          # B002
    to(20)
    q.set_counter_open(ctx, 3, False)
    return mari, jaan, boss


def test_the_board_shows_lines_counters_alerts_and_today_s_service_level(ctx, clock):
    _mari, _jaan, boss = work(ctx, clock)
    state = board.board_state(boss)
    by = {s.code: s for s in state.services}
    assert [(s.code, s.waiting, s.served, s.open_counters) for s in state.services] == [
        ("A", 0, 1, 1), ("B", 1, 1, 2), ("C", 1, 0, 1)]
    assert by["C"].longest_wait == timedelta(minutes=19, seconds=30) and by["C"].over_target
    assert by["B"].longest_wait == timedelta(minutes=3) and not by["B"].over_target
    # one handling of 4 minutes in A's line: the kiosk's rule falls back to the default
    assert by["C"].forecast is not None and by["A"].forecast is not None
    assert [(a.number, a.waited) for a in state.alerts] == [
        ("C001", timedelta(minutes=19, seconds=30))]
    counters = {c.number: c for c in state.counters}
    assert (counters[1].person, counters[1].ticket, counters[1].serving_for) == (
        "Mari Maasikas", "A002", timedelta(minutes=12))
    assert not counters[1].idle_while_waiting
    assert (counters[2].person, counters[2].ticket) == ("Jaan Tamm", None)
    assert counters[2].idle_while_waiting and counters[2].waiting_for_it == 2
    assert not counters[3].is_open and not counters[3].idle_while_waiting
    # called within 15 minutes: A001, A002, B001; C001 waited past it: 3 of 4
    assert state.service_level == 0.75
    assert (state.served, state.waiting) == (2, 2)


def test_an_open_counter_shows_who_opened_it_before_their_first_call(ctx, clock):
    mari, jaan, boss = work(ctx, clock)
    q.set_counter_open(jaan, 3, True)          # closed at minute 20, Jaan opens it again
    counters = {c.number: c for c in board.board_state(boss).counters}
    assert counters[3].is_open and counters[3].person == "Jaan Tamm"
    assert counters[1].person == "Mari Maasikas"   # her call after her opening still counts
    clock.advance(minutes=1)
    q.set_counter_open(mari, 2, False)
    q.set_counter_open(mari, 2, True)          # Mari takes over counter 2
    counters = {c.number: c for c in board.board_state(boss).counters}
    assert counters[2].person == "Mari Maasikas"


def test_only_a_supervisor_sees_the_board(ctx, clock):
    mari, _jaan, _boss = work(ctx, clock)
    with pytest.raises(PermissionDenied):
        board.board_state(mari)


def test_my_results_count_what_i_served_against_my_goals_and_the_office_median(ctx, clock):
    mari, _jaan, boss = work(ctx, clock)
    clock.advance(minutes=5)
    q.finish(mari, 1)   # A002: 17 minutes
    results.set_goal(boss, "served", "day", 3)
    results.set_goal(boss, "served", "day", 2, staff="mari")
    results.set_goal(boss, "handling_min", "week", 8)
    mine = results.my_results(mari)
    assert mine.display_name == "Mari Maasikas"
    today = mine.periods[0]
    assert (today.period, today.first, today.last) == (Period.DAY, DAY, DAY)
    assert today.mine.served == 2
    assert today.mine.handling == timedelta(minutes=10.5)
    assert today.mine.service_level == 1.0
    assert today.mine.outcomes == {"served": 2}
    assert today.mine.contacts == {"counter": 2}
    assert today.goals[Measure.SERVED].target == 2          # her own, not the team's 3
    assert today.median[Measure.SERVED] == 1.5               # Mari 2, Jaan 1
    week = mine.periods[1]
    assert week.goals[Measure.HANDLING_MIN].target == 8
    assert mine.trend[-1].day == DAY and mine.trend[-1].served == 2
    assert len(mine.trend) == results.TREND_DAYS


def test_an_adviser_asking_for_another_s_results_is_refused_and_nothing_is_logged(ctx, clock):
    mari, _jaan, _boss = work(ctx, clock)
    with pytest.raises(PermissionDenied):
        results.my_results(mari, "jaan")
    with pytest.raises(PermissionDenied):
        results.list_goals(mari, "jaan")
    with pytest.raises(PermissionDenied):
        evaluations.list_evaluations(mari, "jaan")
    with pytest.raises(PermissionDenied):
        evaluations.served_work(mari, "jaan")
    with pytest.raises(PermissionDenied):
        results.set_goal(mari, "served", "day", 100, staff="mari")
    with ctx.db.read() as s:
        assert s.scalars(select(PersonalDataAccess)).all() == []


def test_a_supervisor_reading_someone_s_results_is_recorded_and_one_s_own_is_not(ctx, clock):
    mari, _jaan, boss = work(ctx, clock)
    results.my_results(mari)
    assert results.my_results(boss, "jaan").periods[0].mine.served == 1
    with ctx.db.read() as s:
        rows = s.scalars(select(PersonalDataAccess)).all()
        assert [(r.actor, r.action, r.purpose, r.data) for r in rows] == [
            ("juht", "read", results.READ_PURPOSE, {"staff": "jaan", "what": "results"})]
    # the person sees who read their results
    assert [r.actor for r in results.results_reads(_as(ctx, "jaan", Role.COUNTER))] == ["juht"]


def test_bad_goals_are_refused_with_what_is_wrong(ctx, clock):
    _mari, _jaan, boss = work(ctx, clock)
    for args, code in ((("speed", "day", 1), "goal_measure"),
                       (("served", "year", 1), "goal_period"),
                       (("served", "day", -1), "goal_target"),
                       (("served", "day", float("nan")), "goal_target"),
                       (("service_level", "day", 120), "goal_target")):
        with pytest.raises(InvalidInput) as err:
            results.set_goal(boss, *args)
        assert err.value.code == code
    with pytest.raises(NotFound) as err:
        results.set_goal(boss, "served", "day", 5, staff="nobody")
    assert err.value.code == "unknown_staff"
    assert results.list_goals(boss) == []
    goal = results.set_goal(boss, "served", "day", 5)
    assert results.set_goal(boss, "served", "day", 6).id == goal.id   # replaced
    results.remove_goal(boss, goal.id)
    assert results.list_goals(boss) == []


def _work_of(ctx, who, number):
    return next(w for w in evaluations.served_work(who) if w.label == number)


def test_the_adviser_scores_first_the_supervisor_evaluates_and_the_gap_shows(ctx, clock):
    mari, _jaan, boss = work(ctx, clock)
    with pytest.raises(PermissionDenied):
        evaluations.save_scorecard(mari, CARD)
    card = evaluations.save_scorecard(boss, CARD)
    a001 = _work_of(ctx, mari, "A001")
    mine = evaluations.evaluate(mari, card.id, "mari",
                                {"greet": "yes", "right": "yes", "docs": "yes"},
                                ticket_id=a001.id, own=True)
    assert mine.score == 100.0 and mine.kind == "self"
    theirs = evaluations.evaluate(boss, card.id, "mari",
                                  {"greet": "yes", "right": "yes", "docs": "partial"},
                                  ticket_id=a001.id, comment="Ask for the ID card first.")
    assert theirs.score == pytest.approx(83.3)
    listed = evaluations.list_evaluations(mari)
    assert [(e.kind, e.score) for e in listed] == [("supervisor", 83.3), ("self", 100.0)]
    assert listed[0].gap.percent == -16.7
    assert [k for k, _, _ in listed[0].gap.differing] == ["docs"]
    assert listed[0].comment == "Ask for the ID card first."
    with pytest.raises(Refused) as err:
        evaluations.evaluate(mari, card.id, "mari", {"greet": "yes", "right": "yes",
                                                      "docs": "yes"}, ticket_id=a001.id,
                             own=True)
    assert err.value.code == "evaluation_already_done"


def test_a_critical_no_fails_the_form_and_bad_evaluations_are_refused(ctx, clock):
    mari, jaan, boss = work(ctx, clock)
    card = evaluations.save_scorecard(boss, CARD)
    a001 = _work_of(ctx, mari, "A001")
    failed = evaluations.evaluate(boss, card.id, "mari",
                                  {"greet": "yes", "right": "no", "docs": "yes"},
                                  ticket_id=a001.id)
    assert (failed.score, failed.failed) == (0.0, True)
    b001 = _work_of(ctx, jaan, "B001")
    cases = [
        (dict(staff="mari", answers={"greet": "yes", "right": "yes", "docs": "yes"},
              ticket_id=b001.id), NotFound, "evaluation_work_unknown"),
        (dict(staff="jaan", answers={"greet": "yes", "right": "yes"}, ticket_id=b001.id),
         InvalidInput, "evaluation_unanswered"),
        (dict(staff="jaan", answers={"greet": "yes", "right": "yes", "docs": "yes"}),
         InvalidInput, "evaluation_subject"),
        (dict(staff="jaan", answers={"greet": "yes", "right": "yes", "docs": "yes"},
              ticket_id=b001.id, comment="x" * 5000), InvalidInput, "evaluation_comment"),
        (dict(staff="mari", answers={"greet": "yes", "right": "yes", "docs": "yes"},
              ticket_id=a001.id), Refused, "evaluation_twice"),
    ]
    for kwargs, error, code in cases:
        staff = kwargs.pop("staff")
        answers = kwargs.pop("answers")
        with pytest.raises(error) as err:
            evaluations.evaluate(boss, card.id, staff, answers, **kwargs)
        assert err.value.code == code
    with pytest.raises(Refused) as err:
        evaluations.evaluate(mari, card.id, "jaan", {"greet": "yes", "right": "yes",
                                                      "docs": "yes"}, ticket_id=b001.id,
                             own=True)
    assert err.value.code == "evaluation_own_only"
    with pytest.raises(InvalidInput) as err:
        evaluations.save_scorecard(boss, {"title": "Empty", "sections": []})
    assert err.value.code == "scorecard_empty"


def test_a_used_scorecard_changes_as_a_new_form_and_the_month_shows_who_was_not_evaluated(
        ctx, clock):
    mari, _jaan, boss = work(ctx, clock)
    card = evaluations.save_scorecard(boss, CARD)
    assert evaluations.save_scorecard(boss, {**CARD, "title": "Visit"}, card.id).id == card.id
    evaluations.evaluate(boss, card.id, "mari", {"greet": "yes", "right": "yes", "docs": "na"},
                         ticket_id=_work_of(ctx, mari, "A001").id)
    changed = evaluations.save_scorecard(boss, {**CARD, "title": "Visit 2"}, card.id)
    assert changed.id != card.id
    assert [c.title for c in evaluations.list_scorecards(boss)] == ["Visit 2"]
    assert evaluations.list_evaluations(mari)[0].scorecard.title == "Visit"
    assert [m.user_name for m in evaluations.not_evaluated_in(boss, DAY)] == ["jaan", "olga"]
    assert [m.user_name for m in evaluations.not_evaluated_in(boss, date(2026, 12, 1))] == [
        "jaan", "mari", "olga"]


def test_a_contact_can_be_evaluated_too(ctx, clock):
    mari, _jaan, boss = work(ctx, clock)
    card = evaluations.save_scorecard(boss, CARD)
    contact = next(w for w in evaluations.served_work(boss, "mari") if w.kind == "contact")
    done = evaluations.evaluate(boss, card.id, "mari",
                                {"greet": "partial", "right": "yes", "docs": "yes"},
                                contact_id=contact.id)
    assert done.subject.startswith("counter ") and done.score == pytest.approx(91.7)


@pytest.fixture(params=STORES)
def any_store(request, tmp_path, clock):
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office
    from app.store.db import open_database

    with contextlib.ExitStack() as stack:
        url = (f"sqlite:///{tmp_path / 'lett.sqlite3'}" if request.param == "sqlite" else
               stack.enter_context(fresh_pg_database(request.getfixturevalue("pg_url"))))
        db = open_database(url)
        stack.callback(db.dispose)
        create_demo_office(db, staff_actor())
        yield open_context(db, staff_actor(), clock=clock)


def test_each_store_gives_the_same_board_results_and_evaluations(any_store, clock):
    mari, _jaan, boss = work(any_store, clock)
    state = board.board_state(boss)
    assert (state.served, state.waiting, state.service_level) == (2, 2, 0.75)
    assert [a.number for a in state.alerts] == ["C001"]
    assert results.my_results(boss, "mari").periods[0].mine.served == 1
    card = evaluations.save_scorecard(boss, CARD)
    evaluations.evaluate(boss, card.id, "mari", {"greet": "yes", "right": "yes", "docs": "no"},
                         ticket_id=_work_of(any_store, mari, "A001").id)
    assert [e.score for e in evaluations.list_evaluations(mari)] == [pytest.approx(66.7)]
    assert [m.user_name for m in evaluations.not_evaluated_in(boss, DAY)] == ["jaan", "olga"]


def test_the_board_s_lean_reading_of_the_day_gives_the_same_steps_as_the_measures(ctx, clock):
    from app.core.measures import all_steps
    from app.operations.measures import read_histories

    work(ctx, clock)
    clock.advance(minutes=1)
    q.transfer(ctx, 1, to_service="C")
    q.cancel(ctx, "B002", reissue_service="C")
    def steps(histories):
        return sorted(all_steps(histories), key=lambda st: (st.ticket, st.queued_at))

    lean = steps(board.day_histories(ctx, DAY))
    assert lean == steps(read_histories(ctx, DAY, DAY))
    assert [st.end.value for st in lean if st.number in ("A002", "C002")] == [
        "transferred", "open", "open"]


def test_the_night_the_clocks_go_back_a_late_ticket_counts_on_its_local_day(ctx, clock):
    """25 October 2026 has 25 hours in Tallinn: 21:30 UTC is 23:30 of the 25th there (UTC+2
    after the change), not 00:30 of the 26th."""
    from datetime import UTC, datetime

    mari, _jaan, boss = _people(ctx)
    clock.at = datetime(2026, 10, 25, 21, 30, tzinfo=UTC)
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=5)
    q.call_next(mari, 1)
    clock.advance(minutes=5)
    q.finish(mari, 1)
    sunday = results.my_results(mari)
    assert sunday.periods[0].first == date(2026, 10, 25)
    assert sunday.periods[0].mine.served == 1
    assert [(d.day, d.served) for d in sunday.trend[-2:]] == [
        (date(2026, 10, 24), 0), (date(2026, 10, 25), 1)]
    clock.at = datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    monday = results.my_results(mari)
    assert monday.periods[0].mine.served == 0          # today, the 26th
    assert monday.periods[1].mine.served == 0          # the week from Monday the 26th
    assert monday.periods[2].mine.served == 1          # October
    assert board.board_state(boss).served == 0


def test_a_supervisor_listing_everyone_s_evaluations_is_recorded_per_person(ctx, clock):
    mari, jaan, boss = work(ctx, clock)
    card = evaluations.save_scorecard(boss, CARD)
    for who, number in ((mari, "A001"), (jaan, "B001")):
        evaluations.evaluate(boss, card.id, who.actor.name,
                             {"greet": "yes", "right": "yes", "docs": "yes"},
                             ticket_id=_work_of(ctx, who, number).id)
    with ctx.db.write() as s:
        s.query(PersonalDataAccess).delete()
    assert len(evaluations.list_evaluations(boss, "*")) == 2
    evaluations.list_evaluations(mari)   # her own: not recorded
    with ctx.db.read() as s:
        logged = sorted((r.actor, r.data["staff"], r.data["what"])
                        for r in s.scalars(select(PersonalDataAccess)))
    assert logged == [("juht", "jaan", "evaluations"), ("juht", "mari", "evaluations")]
