"""Scorecards, evaluations and goals pushed by a hostile device: rows of its own office are
taken; rows naming another office's scorecard or ticket, rows of another office, rows from a
kiosk and broken text are refused one by one."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from app.core.ids import uuid7
from app.core.permissions import Role
from app.store.models import Evaluation, Goal, Scorecard
from tests.server import test_sync_hostile as hostile
from tests.server.test_sync_hostile import insert_rows, now_iso, refusals

# The hostile-sync tests' server (one per store for the module) and offices.
store_url = hostile.store_url
server = hostile.server
two_offices = hostile.two_offices

CARD = {"title": "Visit", "sections": [
    {"title": "All", "questions": [{"key": "q1", "text": "Greeted", "weight": 1}]}]}


def scorecard(office_id, device, **extra):
    row = {"id": uuid7(), "office_id": office_id, "title": "Visit", "card": CARD,
           "active": True, "saved_by": "juht", "saved_at": now_iso(), **device.stamp()}
    row.update(extra)
    return row


def evaluation(office_id, device, scorecard_id, **extra):
    row = {"id": uuid7(), "office_id": office_id, "scorecard_id": scorecard_id,
           "staff": "mari", "kind": "supervisor", "evaluator": "juht", "ticket_id": None,
           "contact_id": None, "subject": "A001", "answers": {"q1": "yes"}, "score": 100.0,
           "failed": False, "comment": "", "evaluated_at": now_iso(), **device.stamp()}
    row.update(extra)
    return row


def goal(office_id, device, **extra):
    row = {"id": uuid7(), "office_id": office_id, "staff": "", "measure": "served",
           "period": "day", "target": 30.0, "set_by": "juht", "set_at": now_iso(),
           **device.stamp()}
    row.update(extra)
    return row


def test_results_rows_may_name_only_rows_of_their_own_office(two_offices):
    a, b = two_offices
    kiosk_a, desk_a, desk_b = a.device(Role.KIOSK), a.device(Role.DESK), b.device(Role.DESK)
    ticket_a = kiosk_a.issue("A")
    card_a = scorecard(a.id, desk_a)
    insert_rows(a.db, Scorecard, {**card_a, "saved_at": datetime.now(UTC)})
    card_b = scorecard(b.id, desk_b)
    own = evaluation(b.id, desk_b, card_b["id"])
    foreign_card = evaluation(b.id, desk_b, card_a["id"])
    foreign_ticket = evaluation(b.id, desk_b, card_b["id"], ticket_id=ticket_a["id"])
    into_a = goal(a.id, desk_b)
    own_goal = goal(b.id, desk_b)
    answer = desk_b.push(desk_b.change("scorecards", card_b),
                         desk_b.change("evaluations", own),
                         desk_b.change("evaluations", foreign_card),
                         desk_b.change("evaluations", foreign_ticket),
                         desk_b.change("goals", into_a),
                         desk_b.change("goals", own_goal))
    refused = refusals(answer)
    assert set(refused) == {foreign_card["id"], foreign_ticket["id"], into_a["id"]}
    assert (refused[foreign_card["id"]]["field"], refused[foreign_card["id"]]["reason"]) == (
        "scorecard_id", "sync_foreign_reference")
    assert (refused[foreign_ticket["id"]]["field"],
            refused[foreign_ticket["id"]]["reason"]) == ("ticket_id", "sync_foreign_reference")
    assert answer.json()["accepted"] == 3
    with a.db.read() as s:
        assert s.scalars(select(Evaluation.id).where(Evaluation.office_id == a.id)).all() == []
        assert s.scalars(select(Goal.id).where(Goal.office_id == a.id)).all() == []
        assert s.scalar(select(Evaluation.score).where(Evaluation.id == own["id"])) == 100.0
    for device in (kiosk_a, desk_a, desk_b):
        device.close()


def test_a_kiosk_may_not_push_results_and_broken_text_is_refused(two_offices):
    a, _b = two_offices
    kiosk, desk = a.device(Role.KIOSK), a.device(Role.DESK)
    answer = kiosk.push(kiosk.change("goals", goal(a.id, kiosk)))
    assert [r["reason"] for r in answer.json()["rejected"]] != []
    card = scorecard(a.id, desk)
    broken = evaluation(a.id, desk, card["id"], comment="bad\x00text")
    huge = evaluation(a.id, desk, card["id"], staff="x" * 5000)
    answer = desk.push(desk.change("scorecards", card), desk.change("evaluations", broken),
                       desk.change("evaluations", huge))
    assert set(refusals(answer)) == {broken["id"], huge["id"]}
    assert answer.json()["accepted"] == 1
    for device in (kiosk, desk):
        device.close()
