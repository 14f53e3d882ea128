"""Goals, scorecards and evaluations made on one PC reach the office's other PCs through a
real server (SQLite and PostgreSQL), and never a kiosk or a display."""

import pytest
from sqlalchemy import select

from app.core.permissions import Actor, Role
from app.operations import evaluations as ev
from app.operations import queue as q
from app.operations import results as res
from app.operations.context import Context, open_context, staff_actor
from app.store.models import Evaluation, Goal, Scorecard
from app.sync.engine import sync_once

CARD = {"title": "Visit", "sections": [
    {"title": "All", "questions": [{"key": "greet", "text": "Greeted", "weight": 1},
                                   {"key": "right", "text": "Correct", "weight": 2}]}]}


def _as(db, name, role):
    base = open_context(db, staff_actor())
    return Context(db, Actor(name, frozenset({role})), base.office_id, base.timezone)


def test_an_evaluation_made_at_the_desk_reaches_the_adviser_s_counter_pc(office):
    counter, counter_link = office.pc("counter1", Role.COUNTER)
    desk, desk_link = office.pc("desk1")
    assert sync_once(counter, counter_link).online and sync_once(desk, desk_link).online
    # Mari serves a ticket at the office's queue host (the server), as a connected counter does.
    at_host = Context(office.db, Actor("mari", frozenset({Role.COUNTER})), office.office_id)
    q.issue_ticket(at_host, "A")
    q.call_next(at_host, 1)
    q.finish(at_host, 1)
    mari = _as(counter, "mari", Role.COUNTER)
    assert sync_once(desk, desk_link).online
    boss = _as(desk, "juht", Role.SUPERVISOR)
    card = ev.save_scorecard(boss, CARD)
    res.set_goal(boss, "served", "day", 30, staff="")
    work = next(w for w in ev.served_work(boss, "mari") if w.kind == "ticket")
    ev.evaluate(boss, card.id, "mari", {"greet": "yes", "right": "partial"}, ticket_id=work.id,
                comment="Good.")
    report = sync_once(desk, desk_link)
    assert report.online and report.rejected == 0
    assert sync_once(counter, counter_link).online
    [seen] = ev.list_evaluations(mari)
    assert (seen.score, seen.comment, seen.evaluator) == (pytest.approx(66.7), "Good.", "juht")
    assert [(g.measure.value, g.target) for g in res.list_goals(mari)] == [("served", 30.0)]
    assert res.my_results(mari).periods[0].goals  # the team's goal holds for her


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_never_receives_results(office, role):
    desk, desk_link = office.pc("desk1")
    sync_once(desk, desk_link)
    boss = _as(desk, "juht", Role.SUPERVISOR)
    ev.save_scorecard(boss, CARD)
    res.set_goal(boss, "served", "day", 30)
    assert sync_once(desk, desk_link).rejected == 0
    device, link = office.pc("device1", role)
    assert sync_once(device, link).online
    with device.read() as s:
        for model in (Scorecard, Evaluation, Goal):
            assert s.scalars(select(model)).all() == [], model.__tablename__
