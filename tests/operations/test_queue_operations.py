import pytest
from sqlalchemy import select, update

from app.core.errors import NotFound, PermissionDenied, Refused
from app.core.queue import TransferPlace
from app.operations import queue as q
from app.operations.context import Context, kiosk_actor
from app.store.models import Outbox, Service, Ticket, TicketEvent


def test_numbers_run_per_service_and_restart_each_day_keeping_history(ctx, clock):
    assert [q.issue_ticket(ctx, "A").number for _ in range(3)] == ["A001", "A002", "A003"]
    assert q.issue_ticket(ctx, "b").number == "B001"
    clock.advance(days=1)
    assert q.issue_ticket(ctx, "A").number == "A001"
    with ctx.db.read() as s:
        assert len(s.scalars(select(Ticket)).all()) == 5


def test_call_next_takes_priority_first_then_arrival(ctx, clock):
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "A", priority=1)
    clock.advance(minutes=1)
    q.issue_ticket(ctx, "B")
    called = [q.call_next(ctx, 1).number for _ in range(3)]
    assert called == ["A002", "A001", "B001"]


def test_priority_cap_at_the_counter(ctx, clock):
    q.issue_ticket(ctx, "A")
    for _ in range(4):
        clock.advance(seconds=10)
        q.issue_ticket(ctx, "A", priority=1)
    called = [q.call_next(ctx, 1).number for _ in range(5)]
    assert called == ["A002", "A003", "A004", "A001", "A005"]


def test_aging_moves_a_long_waiting_ticket_forward(ctx, clock):
    with ctx.db.write() as s:
        s.execute(update(Service).where(Service.code == "A").values(priority_aging_min=20))
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=45)
    q.issue_ticket(ctx, "A", priority=1)
    assert q.call_next(ctx, 1).number == "A001"


def test_counter_only_calls_its_services(ctx):
    q.issue_ticket(ctx, "C")
    with pytest.raises(Refused) as err:
        q.call_next(ctx, 1)
    assert err.value.code == "queue_empty"
    assert q.call_next(ctx, 2).number == "C001"


def test_call_next_finishes_the_ticket_in_hand(ctx):
    q.issue_ticket(ctx, "A")
    q.issue_ticket(ctx, "A")
    first = q.call_next(ctx, 1)
    q.call_next(ctx, 1)
    history = q.ticket_history(ctx, first.number)
    assert history[-1]["kind"] == "finished"
    assert history[-1]["data"] == {"outcome": "served"}


def test_recall_then_no_show_after_three_unanswered_calls(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    assert q.recall(ctx, 1).call_count == 2
    assert q.recall(ctx, 1).call_count == 3
    ticket = q.recall(ctx, 1)
    assert ticket.status == "no_show"
    assert q.counter_desk(ctx, 1).current is None


def test_explicit_no_show(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    assert q.no_show(ctx, 1).status == "no_show"


def test_park_and_return(ctx):
    q.issue_ticket(ctx, "A")
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    parked = q.park(ctx, 1)
    assert parked.status == "parked"
    desk = q.counter_desk(ctx, 1)
    assert desk.current is None and [t.number for t in desk.parked] == ["A001"]
    q.call_next(ctx, 1)
    with pytest.raises(Refused) as err:
        q.return_parked(ctx, 1, "A001")
    assert err.value.code == "counter_busy"
    q.finish(ctx, 1)
    back = q.return_parked(ctx, 1, "A001")
    assert back.status == "called" and back.counter == 1


def test_park_needs_a_ticket_in_hand(ctx):
    with pytest.raises(Refused) as err:
        q.park(ctx, 1)
    assert err.value.code == "no_current_ticket"


@pytest.mark.parametrize(
    "place, expected_order",
    [
        (TransferPlace.BACK, ["B001", "A001"]),
        (TransferPlace.FRONT, ["A001", "B001"]),
        (TransferPlace.ARRIVAL, ["A001", "B001"]),
    ],
)
def test_transfer_to_another_service(ctx, clock, place, expected_order):
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=5)
    q.issue_ticket(ctx, "B")
    clock.advance(minutes=5)
    q.call_next(ctx, 1)  # A001
    moved = q.transfer(ctx, 1, to_service="B", place=place)
    assert moved.status == "waiting" and moved.service == "B" and moved.number == "A001"
    assert [t.number for t in q.waiting_tickets(ctx, "B")] == expected_order


def test_transfer_to_a_counter_waits_for_that_counter_only(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.transfer(ctx, 1, to_counter=2, place=TransferPlace.FRONT)
    q.issue_ticket(ctx, "B")
    assert q.call_next(ctx, 1).number == "B001"
    assert q.call_next(ctx, 2).number == "A001"


def test_finish_with_outcome_and_reject_unknown_outcomes(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    with pytest.raises(Refused) as err:
        q.finish(ctx, 1, "teleported")
    assert err.value.code == "unknown_outcome"
    done = q.finish(ctx, 1, "referred")
    assert done.status == "done" and done.outcome == "referred"


def test_one_visit_passes_through_several_services(ctx):
    first = q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.transfer(ctx, 1, to_service="C")
    again = q.call_next(ctx, 2)
    assert again.visit_id == first.visit_id and again.service == "C"


def test_wrong_ticket_is_cancelled_and_reissued_keeping_arrival_and_place(ctx, clock):
    wrong = q.issue_ticket(ctx, "A")
    clock.advance(minutes=3)
    q.issue_ticket(ctx, "B")
    clock.advance(minutes=3)
    right = q.cancel(ctx, wrong.number, reissue_service="B")
    assert right.number == "B002" and right.service == "B"
    assert right.arrived_at == wrong.arrived_at
    assert [t.number for t in q.waiting_tickets(ctx, "B")] == ["B002", "B001"]
    assert q.ticket_history(ctx, "A001")[-1]["kind"] == "cancelled"
    assert q.ticket_history(ctx, "B002")[-1]["data"] == {"replaces": "A001"}


def test_transferred_number_is_not_issued_again(ctx):
    q.issue_ticket(ctx, "B", priority=1)
    q.call_next(ctx, 1)
    q.transfer(ctx, 1, to_service="C")
    assert q.issue_ticket(ctx, "B").number == "B002"


def test_estimate_is_stored_on_the_ticket(ctx):
    tickets = [q.issue_ticket(ctx, "A") for _ in range(5)]
    last = tickets[-1]
    assert last.people_ahead == 4
    assert last.wait_low_min is not None and last.wait_high_min > last.wait_low_min
    with ctx.db.read() as s:
        row = s.get(Ticket, last.id)
        assert (row.est_wait_low_min, row.est_wait_high_min) == (last.wait_low_min,
                                                                 last.wait_high_min)


def test_a_double_tap_gives_one_ticket(ctx, clock):
    kiosk = Context(ctx.db, kiosk_actor(), ctx.office_id, ctx.timezone, ctx.clock)
    first = q.issue_ticket(kiosk, "A", source="kiosk", dedupe_seconds=3)
    clock.advance(seconds=1)
    second = q.issue_ticket(kiosk, "A", source="kiosk", dedupe_seconds=3)
    assert second.id == first.id and second.duplicate
    clock.advance(seconds=5)
    assert q.issue_ticket(kiosk, "A", source="kiosk", dedupe_seconds=3).number == "A002"
    assert q.issue_ticket(kiosk, "B", source="kiosk", dedupe_seconds=3).number == "B001"


def test_closed_service_is_refused_with_its_opening_time(ctx, clock):
    with ctx.db.write() as s:
        s.execute(update(Service).where(Service.code == "A")
                  .values(hours={"mon": ["12:00-16:00"]}))
    with pytest.raises(Refused) as err:
        q.issue_ticket(ctx, "A")  # 10:00 in Tallinn
    assert err.value.code == "service_closed" and err.value.params["opens"] == "12:00"
    clock.advance(days=1)
    with pytest.raises(Refused) as err:
        q.issue_ticket(ctx, "A")
    assert err.value.code == "service_closed_today"
    assert [sv.open_now for sv in q.list_services(ctx)] == [False, True, True]


def test_daily_limit(ctx):
    with ctx.db.write() as s:
        s.execute(update(Service).where(Service.code == "A").values(daily_limit=2))
    q.issue_ticket(ctx, "A")
    voided = q.issue_ticket(ctx, "A")
    q.void_ticket(ctx, voided.id, "printer: paper_out")
    q.issue_ticket(ctx, "A")
    with pytest.raises(Refused) as err:
        q.issue_ticket(ctx, "A")
    assert err.value.code == "daily_limit"
    assert "2 tickets" in str(err.value)


def test_unknown_service_and_counter(ctx):
    with pytest.raises(NotFound) as err:
        q.issue_ticket(ctx, "Z")
    assert err.value.params["choices"] == "A, B, C"
    with pytest.raises(NotFound):
        q.call_next(ctx, 9)


def test_a_kiosk_may_issue_but_not_call(ctx):
    kiosk = Context(ctx.db, kiosk_actor(), ctx.office_id, ctx.timezone, ctx.clock)
    q.issue_ticket(kiosk, "A")
    with pytest.raises(PermissionDenied):
        q.call_next(kiosk, 1)
    with pytest.raises(PermissionDenied):
        q.waiting_tickets(kiosk)


def test_every_change_is_an_event_and_an_outbox_row(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    q.finish(ctx, 1, "served")
    with ctx.db.read() as s:
        kinds = [e.kind for e in s.scalars(select(TicketEvent).order_by(TicketEvent.at))]
        outbox = s.scalars(select(Outbox).where(Outbox.table_name == "tickets")).all()
        ticket = s.scalars(select(Ticket)).one()
    assert kinds == ["issued", "called", "finished"]
    assert [o.op for o in outbox] == ["insert", "update", "update"]
    assert ticket.hlc > 0 and ticket.device_id == ctx.db.device_id


def test_display_sees_latest_calls_one_per_ticket(ctx, clock):
    for _ in range(3):
        q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    clock.advance(seconds=5)
    q.call_next(ctx, 3)
    clock.advance(seconds=5)
    q.recall(ctx, 1)
    calls = q.recent_calls(ctx, limit=6)
    assert [(c.number, c.counter_label, c.recall) for c in calls] == [
        ("A001", "1", True),
        ("A002", "3", False),
    ]


def test_overview_counts_and_longest_wait(ctx, clock):
    q.issue_ticket(ctx, "A")
    clock.advance(minutes=7)
    q.issue_ticket(ctx, "A")
    overview = {row.service.code: row for row in q.queue_overview(ctx)}
    assert overview["A"].waiting == 2 and overview["A"].longest_wait_min == 7
    assert overview["C"].waiting == 0 and overview["C"].open_counters == 2
