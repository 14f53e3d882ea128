from datetime import date

import pytest

from app.core.evaluation import Answer, CardError, card_of, gap, not_evaluated, score
from app.core.goals import Goal, Measure, Period, goal_for, median, meets, period_days

CARD = {
    "title": "Counter visit",
    "sections": [
        {"title": "Greeting", "questions": [
            {"key": "greet", "text": "Greeted the visitor", "weight": 1},
            {"key": "name", "text": "Said their name", "weight": 1},
        ]},
        {"title": "Substance", "questions": [
            {"key": "right", "text": "Gave correct information", "weight": 4, "critical": True},
            {"key": "docs", "text": "Checked the documents", "weight": 2},
        ]},
    ],
}


def test_yes_earns_the_weight_partial_half_and_no_nothing():
    card = card_of(CARD)
    result = score(card, {"greet": "yes", "name": "partial", "right": "yes", "docs": "no"})
    assert (result.earned, result.possible) == (5.5, 8)
    assert result.percent == 68.8
    assert not result.failed


def test_not_applicable_leaves_the_question_out_of_the_possible_points():
    card = card_of(CARD)
    result = score(card, {"greet": "yes", "name": "yes", "right": "yes", "docs": "na"})
    assert (result.earned, result.possible, result.percent) == (6, 6, 100.0)


def test_a_critical_question_answered_no_fails_the_whole_form():
    card = card_of(CARD)
    result = score(card, {"greet": "yes", "name": "yes", "right": "no", "docs": "yes"})
    assert result.failed and result.failed_critical == ("right",)
    assert result.percent == 0.0


def test_a_critical_question_answered_partial_does_not_fail_the_form():
    card = card_of(CARD)
    result = score(card, {"greet": "yes", "name": "yes", "right": "partial", "docs": "yes"})
    assert not result.failed and result.percent == 75.0


def test_all_not_applicable_has_no_score():
    card = card_of(CARD)
    assert score(card, dict.fromkeys(("greet", "name", "right", "docs"), "na")).percent is None


@pytest.mark.parametrize(("answers", "code"), [
    ({"greet": "yes", "name": "yes", "right": "yes"}, "evaluation_unanswered"),
    ({"greet": "yes", "name": "yes", "right": "yes", "docs": "maybe"}, "evaluation_answer"),
    ({"greet": "yes", "name": "yes", "right": "yes", "docs": "yes", "x": "yes"},
     "evaluation_unknown_question"),
])
def test_a_form_answered_wrongly_is_refused_with_what_is_wrong(answers, code):
    with pytest.raises(CardError) as caught:
        score(card_of(CARD), answers)
    assert caught.value.code == code


@pytest.mark.parametrize(("change", "code"), [
    (lambda c: c.update(title=" "), "scorecard_title_missing"),
    (lambda c: c["sections"][0].update(title=""), "scorecard_section_missing"),
    (lambda c: c["sections"][0]["questions"][0].update(text=None), "scorecard_question_missing"),
    (lambda c: c.update(sections=[]), "scorecard_empty"),
    (lambda c: c["sections"][0]["questions"][1].update(key="greet"), "scorecard_key_twice"),
    (lambda c: c["sections"][1]["questions"][0].update(weight=0), "scorecard_weight"),
    (lambda c: c["sections"][1]["questions"][0].update(weight=True), "scorecard_weight"),
    (lambda c: c["sections"][1]["questions"][0].update(text="x\x00"), "scorecard_text_bad"),
])
def test_a_broken_scorecard_is_refused(change, code):
    import copy

    data = copy.deepcopy(CARD)
    change(data)
    with pytest.raises(CardError) as caught:
        card_of(data)
    assert caught.value.code == code


def test_a_scorecard_round_trips_through_its_json():
    card = card_of(CARD)
    assert card_of(card.to_json()) == card
    assert [q.key for q in card.questions()] == ["greet", "name", "right", "docs"]


def test_the_gap_is_the_supervisor_s_score_minus_the_adviser_s_and_the_differing_answers():
    card = card_of(CARD)
    mine = {"greet": "yes", "name": "yes", "right": "yes", "docs": "yes"}
    theirs = {"greet": "yes", "name": "no", "right": "yes", "docs": "partial"}
    result = gap(card, mine, theirs)
    assert result.percent == -25.0
    assert result.differing == (("name", Answer.YES, Answer.NO),
                                ("docs", Answer.YES, Answer.PARTIAL))


def test_whom_nobody_evaluated_keeps_the_given_order():
    assert not_evaluated(["mari", "jaan", "olga"], ["jaan", "someone"]) == ["mari", "olga"]


def test_a_person_s_own_goal_wins_over_the_team_s():
    goals = [Goal(Measure.SERVED, Period.DAY, 30), Goal(Measure.SERVED, Period.DAY, 40, "mari"),
             Goal(Measure.SERVED, Period.WEEK, 150)]
    assert goal_for(goals, "mari", Measure.SERVED, Period.DAY).target == 40
    assert goal_for(goals, "jaan", Measure.SERVED, Period.DAY).target == 30
    assert goal_for(goals, "jaan", Measure.CONTACTS, Period.DAY) is None


def test_handling_time_meets_its_goal_when_lower_the_others_when_higher():
    assert meets(5.0, Goal(Measure.HANDLING_MIN, Period.DAY, 6)) is True
    assert meets(7.0, Goal(Measure.HANDLING_MIN, Period.DAY, 6)) is False
    assert meets(31, Goal(Measure.SERVED, Period.DAY, 30)) is True
    assert meets(None, Goal(Measure.SERVED, Period.DAY, 30)) is None
    assert meets(10, None) is None


def test_median_and_the_periods_days():
    assert median([3, None, 1, 10]) == 3
    assert median([1, 2, 3, 4]) == 2.5
    assert median([None]) is None
    wednesday = date(2026, 11, 25)
    assert period_days(Period.DAY, wednesday) == (wednesday, wednesday)
    assert period_days(Period.WEEK, wednesday) == (date(2026, 11, 23), wednesday)
    assert period_days(Period.MONTH, wednesday) == (date(2026, 11, 1), wednesday)
