from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.core.measures import (
    Document,
    Event,
    StepEnd,
    TicketHistory,
    all_steps,
    answered_on_time,
    arrivals_per_hour,
    by_key_in_days,
    corrections,
    day_span,
    documents_registered,
    handling_time,
    idle_while_waiting,
    left_uncalled,
    local_hours,
    longest_wait,
    mean,
    no_shows,
    occupancy,
    outcomes,
    overdue_now,
    service_level,
    steps_of,
    transfers,
    waiting_time,
)
from app.core.queue import EventKind as K

TALLINN = ZoneInfo("Europe/Tallinn")
T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 09:00 in Tallinn


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def ticket(tid: str, service: str, arrived: float, *events: Event,
           replaces: str | None = None) -> TicketHistory:
    return TicketHistory(tid, tid.upper(), service, at(arrived),
                         (Event(K.ISSUED, at(arrived)), *events), replaces)


def served(tid: str, service: str, arrived: float, called: float, done: float,
           counter: str = "1", outcome: str = "served") -> TicketHistory:
    return ticket(tid, service, arrived, Event(K.CALLED, at(called), counter),
                  Event(K.FINISHED, at(done), counter, outcome=outcome))


def test_waiting_is_arrival_to_first_call_and_handling_is_call_to_finish():
    [step] = steps_of(ticket("a1", "A", 0, Event(K.CALLED, at(12), "1"),
                             Event(K.RECALLED, at(13), "1"),
                             Event(K.FINISHED, at(20), "1", outcome="served")))
    assert waiting_time(step) == timedelta(minutes=12)
    assert handling_time(step) == timedelta(minutes=8)
    assert step.end is StepEnd.FINISHED and step.counter == "1"


def test_parked_time_is_not_handling_time():
    [step] = steps_of(ticket("a1", "A", 0, Event(K.CALLED, at(5), "1", "mari"),
                             Event(K.PARKED, at(8), "1", "mari"),
                             Event(K.RETURNED, at(30), "2", "jaan"),
                             Event(K.FINISHED, at(34), "2", "jaan")))
    assert waiting_time(step) == timedelta(minutes=5)
    assert handling_time(step) == timedelta(minutes=7)
    assert [(s.counter, s.actor, s.start, s.end) for s in step.servings] == [
        ("1", "mari", at(5), at(8)), ("2", "jaan", at(30), at(34))]


def test_after_a_transfer_each_step_counts_as_its_own_service():
    history = ticket("a1", "A", 0, Event(K.CALLED, at(10), "1"),
                     Event(K.TRANSFERRED, at(15), "1", to_service="C"),
                     Event(K.CALLED, at(40), "2"),
                     Event(K.FINISHED, at(50), "2", outcome="referred"))
    first, second = steps_of(history)
    assert (first.service, first.end, waiting_time(first), handling_time(first)) == (
        "A", StepEnd.TRANSFERRED, timedelta(minutes=10), timedelta(minutes=5))
    assert (second.service, second.queued_at, waiting_time(second)) == (
        "C", at(15), timedelta(minutes=25))
    assert handling_time(second) == timedelta(minutes=10)
    assert transfers([first, second]) == 1
    assert outcomes([first, second]) == {"referred": 1}


def test_a_transfer_to_a_counter_waits_for_that_counter_in_the_same_service():
    history = ticket("a1", "A", 0, Event(K.CALLED, at(2), "1"),
                     Event(K.TRANSFERRED, at(4), "1", to_counter="2"))
    _, second = steps_of(history)
    assert (second.service, second.for_counter, second.end) == ("A", "2", StepEnd.OPEN)


def test_a_reissued_ticket_keeps_the_arrival_and_the_wrong_one_is_only_a_correction():
    wrong = ticket("a1", "A", 0, Event(K.CANCELLED, at(6)))
    right = TicketHistory("b2", "B002", "B", at(0),
                          (Event(K.REISSUED, at(6)), Event(K.CALLED, at(20), "3"),
                           Event(K.FINISHED, at(25), "3")), replaces="a1")
    steps = all_steps([wrong, right])
    assert [(s.number, s.service) for s in steps] == [("B002", "B")]
    assert waiting_time(steps[0]) == timedelta(minutes=20)
    assert steps[0].reissued
    assert corrections([wrong, right]) == 1


def test_service_level_counts_calls_within_each_services_target_and_long_waits_uncalled():
    steps = all_steps([
        served("a1", "A", 0, 10, 15),          # within A's 15 minutes
        served("a2", "A", 0, 20, 25),          # too late
        served("b1", "B", 0, 20, 25),          # within B's 30 minutes
        ticket("b2", "B", 0),                  # still waiting: 40 minutes by the end
        ticket("b3", "B", 35),                 # waiting 5 minutes: not yet counted
    ])
    targets = {"A": timedelta(minutes=15), "B": timedelta(minutes=30)}
    assert service_level(steps, targets, until=at(40)) == pytest.approx(2 / 4)
    assert service_level(steps, timedelta(minutes=60), until=at(40)) == 1.0


def test_no_shows_longest_wait_and_uncalled_at_closing():
    steps = all_steps([
        ticket("a1", "A", 0, Event(K.CALLED, at(5), "1"), Event(K.RECALLED, at(6), "1"),
               Event(K.NO_SHOW, at(8), "1")),
        served("a2", "A", 1, 31, 35),
        ticket("a3", "A", 20),
        ticket("a4", "A", 25, Event(K.CANCELLED, at(26))),
    ])
    closing = at(60)
    assert no_shows(steps) == 1
    assert longest_wait(steps, until=closing) == timedelta(minutes=40)
    assert left_uncalled(steps, closing) == 1
    assert handling_time(steps[0]) is None
    assert mean(waiting_time(s) for s in steps) == timedelta(minutes=17.5)


def test_outcomes_are_counted_by_the_code_the_counter_chose():
    steps = all_steps([served("a1", "A", 0, 1, 2), served("a2", "A", 0, 3, 4),
                       served("a3", "A", 0, 5, 6, outcome="documents_missing")])
    assert outcomes(steps) == {"served": 2, "documents_missing": 1}


def test_occupancy_is_serving_time_over_time_open():
    steps = all_steps([served("a1", "A", 0, 0, 15), served("a2", "A", 0, 30, 45, counter="2"),
                       served("a3", "A", 0, 45, 60)])
    open_spans = [(at(0), at(30)), (at(40), at(60))]
    assert occupancy(steps, "1", open_spans, until=at(60)) == pytest.approx(30 / 50)
    assert occupancy(steps, "1", [], until=at(60)) is None


def test_idle_while_people_wait_counts_only_open_unserving_time_with_someone_to_call():
    steps = all_steps([
        served("a1", "A", 0, 0, 10),            # counter 1 serves 0-10
        served("a2", "A", 5, 25, 30),           # waits 5-25: counter 1 idle 10-25
        served("b1", "B", 40, 55, 60, counter="2"),  # B is not counter 1's service
        ticket("a3", "A", 50, Event(K.CALLED, at(52), "1"),
               Event(K.TRANSFERRED, at(53), "1", to_counter="2")),  # sent to counter 2
    ])
    open_spans = [(at(0), at(20)), (at(22), at(60))]
    idle = idle_while_waiting(steps, "1", ["A"], open_spans, until=at(60))
    # 10-20 and 22-25 waiting for a2 (closed 20-22), 50-52 waiting for a3.
    assert idle == timedelta(minutes=10 + 3 + 2)
    # Counter 2 serves A and B: a2 waits 5-25, b1 and then a3 (sent to it) 40-60; it serves
    # b1 from 55.
    assert idle_while_waiting(steps, "2", ["A", "B"], [(at(0), at(60))], until=at(60)) == (
        timedelta(minutes=20 + 15))


def test_a_ticket_still_with_the_counter_is_served_until_now():
    steps = all_steps([ticket("a1", "A", 0, Event(K.CALLED, at(10), "1"))])
    assert steps[0].end is StepEnd.OPEN and handling_time(steps[0]) is None
    assert occupancy(steps, "1", [(at(0), at(20))], until=at(20)) == pytest.approx(0.5)


def test_nothing_to_count_gives_no_figures():
    assert all_steps([]) == []
    assert service_level([], timedelta(minutes=15), until=T0) is None
    assert longest_wait([], until=T0) is None
    assert mean([]) is None
    assert (no_shows([]), transfers([]), corrections([]), left_uncalled([], T0)) == (0, 0, 0, 0)
    assert outcomes([]) == {}
    assert occupancy([], "1", [(at(0), at(10))], until=at(10)) == 0.0
    assert idle_while_waiting([], "1", ["A"], [(at(0), at(10))], until=at(10)) == timedelta(0)
    assert [n for _, n in arrivals_per_hour([], date(2026, 11, 23), TALLINN)] == [0] * 24


@pytest.mark.parametrize("day, hours", [
    (date(2026, 3, 29), 23),   # clocks go forward at 03:00
    (date(2026, 10, 25), 25),  # clocks go back at 04:00
    (date(2026, 11, 23), 24),
])
def test_local_days_have_23_24_or_25_hours(day, hours):
    start, end = day_span(day, TALLINN)
    assert end - start == timedelta(hours=hours)
    assert len(local_hours(day, TALLINN)) == hours


def test_arrivals_per_hour_on_the_day_the_clocks_go_forward():
    day = date(2026, 3, 29)
    # 02:30 local (UTC+2) is 00:30 UTC; 04:30 local (now UTC+3) is 01:30 UTC.
    histories = [
        TicketHistory("a1", "A001", "A", datetime(2026, 3, 29, 0, 30, tzinfo=UTC), ()),
        TicketHistory("a2", "A002", "A", datetime(2026, 3, 29, 1, 30, tzinfo=UTC), ()),
        TicketHistory("a3", "A003", "A", datetime(2026, 3, 29, 1, 40, tzinfo=UTC), (),
                      replaces="a2"),
    ]
    counts = {start.strftime("%H:%M"): n for start, n in arrivals_per_hour(histories, day,
                                                                           TALLINN)}
    assert "03:00" not in counts
    assert counts["02:00"] == 1 and counts["04:00"] == 1
    assert sum(counts.values()) == 2


def test_arrivals_per_hour_on_the_day_the_clocks_go_back_keep_both_three_oclocks():
    day = date(2026, 10, 25)
    # 03:30 local happens twice: first at UTC+3 (00:30 UTC), then at UTC+2 (01:30 UTC).
    histories = [
        TicketHistory("a1", "A001", "A", datetime(2026, 10, 25, 0, 30, tzinfo=UTC), ()),
        TicketHistory("a2", "A002", "A", datetime(2026, 10, 25, 1, 30, tzinfo=UTC), ()),
        TicketHistory("a3", "A003", "A", datetime(2026, 10, 25, 1, 45, tzinfo=UTC), ()),
        TicketHistory("a4", "A004", "A", datetime(2026, 10, 24, 20, 59, tzinfo=UTC), ()),
        TicketHistory("a5", "A005", "A", datetime(2026, 10, 25, 22, 0, tzinfo=UTC), ()),
    ]
    per_hour = arrivals_per_hour(histories, day, TALLINN)
    threes = [(start.utcoffset(), n) for start, n in per_hour if start.hour == 3]
    assert threes == [(timedelta(hours=3), 1), (timedelta(hours=2), 2)]
    assert per_hour[-1][0].hour == 23 and per_hour[-1][1] == 0
    assert sum(n for _, n in per_hour) == 3


def test_documents_registered_answered_on_time_and_overdue_now():
    docs = [
        Document(date(2026, 11, 2), date(2026, 11, 30), True, date(2026, 11, 20)),  # on time
        Document(date(2026, 11, 3), date(2026, 11, 10), True, date(2026, 11, 12)),  # late
        Document(date(2026, 11, 4), date(2026, 11, 20), False),                     # overdue
        Document(date(2026, 11, 23), date(2026, 12, 23), False),                    # not yet due
        Document(date(2026, 10, 30), None, True),                                   # no deadline
    ]
    assert documents_registered(docs, date(2026, 11, 1), date(2026, 11, 30)) == 4
    assert answered_on_time(docs) == (1, 1)
    assert overdue_now(docs, today=date(2026, 11, 23)) == 1
    assert overdue_now(docs, today=date(2026, 11, 20)) == 0
    assert (documents_registered([], date(2026, 11, 1), date(2026, 11, 30)),
            answered_on_time([]), overdue_now([], date(2026, 11, 23))) == (0, (0, 0), 0)


def test_visitors_by_purpose_count_the_office_s_local_days():
    visits = [
        (datetime(2026, 10, 24, 21, 30, tzinfo=UTC), "meeting"),  # 00:30 on the 25th, UTC+3
        (datetime(2026, 10, 25, 21, 30, tzinfo=UTC), "meeting"),  # 23:30 on the 25th, UTC+2
        (datetime(2026, 10, 25, 22, 0, tzinfo=UTC), "meeting"),   # already the 26th
        (datetime(2026, 10, 25, 9, 0, tzinfo=UTC), None),
    ]
    day = date(2026, 10, 25)
    assert by_key_in_days(visits, day, day, TALLINN, none="unknown") == {
        "meeting": 2, "unknown": 1}
    assert by_key_in_days([], day, day, TALLINN) == {}


def test_notices_by_template_over_a_range_of_days():
    issued = [(datetime(2026, 3, 28, 22, 30, tzinfo=UTC), "power_of_attorney"),  # 00:30 on 29th
              (datetime(2026, 3, 29, 21, 30, tzinfo=UTC), "power_of_attorney"),  # 00:30 on 30th
              (datetime(2026, 3, 29, 12, 0, tzinfo=UTC), "withdrawal")]
    assert by_key_in_days(issued, date(2026, 3, 29), date(2026, 3, 29), TALLINN) == {
        "power_of_attorney": 1, "withdrawal": 1}
    assert by_key_in_days(issued, date(2026, 3, 29), date(2026, 3, 30), TALLINN) == {
        "power_of_attorney": 2, "withdrawal": 1}


def test_open_spans_follow_openings_and_closings_within_the_day():
    from app.core.measures import open_spans

    day = datetime(2026, 11, 23, tzinfo=UTC)

    def at(h, m=0):
        return day + timedelta(hours=h, minutes=m)

    start, end = at(0), at(24)
    # opened 8:00, closed 12:00, opened 13:00 and still open at the day's end
    assert open_spans([(at(8), True), (at(12), False), (at(13), True)], start, end) == [
        (at(8), at(12)), (at(13), end)]
    # opened the day before: open from the day's start; a second opening changes nothing
    assert open_spans([(at(-2), True), (at(9), True), (at(10), False)], start, end) == [
        (start, at(10))]
    # the first thing recorded is a closing: it stood open before it
    assert open_spans([(at(11), False)], start, end) == [(start, at(11))]
    # closed the day before and never opened: not open at all; changes after the end ignored
    assert open_spans([(at(-5), True), (at(-1), False), (at(25), True)], start, end) == []


def test_serving_while_open_is_occupancy_s_numerator():
    from app.core.measures import Serving, Step, StepEnd, occupancy, serving_while_open

    t0 = datetime(2026, 11, 23, 8, tzinfo=UTC)
    step = Step("t", "A001", "A", t0, t0, "1",
                (Serving("1", t0, t0 + timedelta(minutes=30)),), StepEnd.FINISHED,
                t0 + timedelta(minutes=30))
    opened = [(t0 + timedelta(minutes=10), t0 + timedelta(minutes=70))]
    until = t0 + timedelta(hours=2)
    assert serving_while_open([step], "1", opened, until) == timedelta(minutes=20)
    assert occupancy([step], "1", opened, until) == pytest.approx(20 / 60)
