from datetime import UTC, datetime, timedelta

import pytest

from app.core.queue import (
    Candidate,
    TransferPlace,
    block_range,
    choose_next,
    estimate_wait,
    is_open,
    next_opening,
    next_seq,
    parse_hours,
    ticket_number,
    transfer_key,
)

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def c(id, minutes, priority=0, service="A"):
    return Candidate(id, priority, T0 + timedelta(minutes=minutes), service)


def test_ticket_numbers_have_three_digits_and_grow_past_999():
    assert ticket_number("A", 1) == "A001"
    assert ticket_number("B", 42) == "B042"
    assert ticket_number("C", 1000) == "C1000"


def test_the_host_numbers_below_the_leased_blocks_then_above_them():
    assert next_seq(None, None) == 1
    assert next_seq(41, 929) == 42
    assert next_seq(898, 929) == 899
    assert next_seq(899, 929) == 930
    assert next_seq(899, None) == 900
    assert block_range(None, 30) == (900, 929)
    assert block_range(12, 30) == (900, 929)
    assert block_range(929, 10) == (930, 939)


def test_earliest_arrival_is_called_first():
    pool = [c("late", 5), c("early", 1), c("mid", 3)]
    assert choose_next(pool, T0, [], 3).id == "early"


def test_priority_goes_before_earlier_arrivals():
    pool = [c("early", 1), c("prio", 9, priority=1)]
    assert choose_next(pool, T0, [], 3).id == "prio"


def test_priority_cap_lets_a_regular_ticket_through():
    pool = [c("early", 1), c("prio", 9, priority=1)]
    assert choose_next(pool, T0, [True, True, True], 3).id == "early"
    assert choose_next(pool, T0, [True, True, False], 3).id == "prio"


def test_cap_does_not_block_priority_when_nobody_else_waits():
    pool = [c("prio", 9, priority=1)]
    assert choose_next(pool, T0, [True, True, True], 3).id == "prio"


def test_aging_raises_a_long_wait_over_a_new_priority_ticket():
    now = T0 + timedelta(minutes=45)
    pool = [c("old", 0), c("prio", 44, priority=1)]
    assert choose_next(pool, now, [], 3, aging_minutes={"A": 20}).id == "old"
    assert choose_next(pool, now, [], 3).id == "prio"


def test_transfer_places():
    arrived = T0
    now = T0 + timedelta(minutes=30)
    earliest = T0 + timedelta(minutes=10)
    assert transfer_key(TransferPlace.BACK, now, arrived, earliest) == now
    assert transfer_key(TransferPlace.ARRIVAL, now, arrived, earliest) == arrived
    later = arrived + timedelta(minutes=20)
    assert transfer_key(TransferPlace.FRONT, now, later, earliest) < earliest
    assert transfer_key(TransferPlace.FRONT, now, arrived, None) == arrived


def test_estimate_uses_recent_handling_and_open_counters():
    one = estimate_wait(4, [4, 5, 6, 5, 5], open_counters=1, default_handling_minutes=6)
    two = estimate_wait(4, [4, 5, 6, 5, 5], open_counters=2, default_handling_minutes=6)
    assert one.low_min <= 20 <= one.high_min
    assert two.high_min < one.high_min
    assert one.low_min % 5 == 0 and one.high_min % 5 == 0


def test_estimate_falls_back_to_the_default_when_history_is_short():
    e = estimate_wait(2, [3], open_counters=1, default_handling_minutes=10)
    assert e.low_min <= 20 <= e.high_min


def test_nobody_ahead_gives_a_short_range_starting_at_zero():
    e = estimate_wait(0, [], open_counters=3, default_handling_minutes=6)
    assert e.low_min == 0 and e.high_min == 5
    assert e.text() == "0\u20135"


def test_opening_hours():
    hours = parse_hours({"mon": ["08:30-12:00", "13:00-16:30"]})
    monday = datetime(2026, 11, 23, 9, 0)
    assert is_open(hours, monday)
    assert not is_open(hours, monday.replace(hour=12, minute=30))
    assert next_opening(hours, monday.replace(hour=12, minute=30)) == monday.replace(hour=13)
    assert not is_open(hours, datetime(2026, 11, 24, 9, 0))
    assert is_open(None, monday)


@pytest.mark.parametrize(
    "spec, message",
    [
        ({"mon": ["16:00-08:00"]}, "ends before it starts"),
        ({"mon": ["8-16"]}, "not a time range"),
        ({"mon": ["25:00-26:00"]}, "does not exist"),
        ({"xyz": ["08:00-16:00"]}, "not a weekday"),
        ({"mon": ["08:00-12:00", "11:00-16:00"]}, "overlap"),
    ],
)
def test_bad_hours_are_refused_with_a_reason(spec, message):
    with pytest.raises(ValueError, match=message):
        parse_hours(spec)
