"""The figures count what stands: an undone call next and a no-show brought back."""

from datetime import UTC, datetime, timedelta

from app.core.measures import Event, StepEnd, TicketHistory, handling_time, steps_of, waiting_time
from app.core.queue import EventKind as K

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def history(*events: Event) -> TicketHistory:
    return TicketHistory("a1", "A001", "A", at(0), (Event(K.ISSUED, at(0)), *events))


def test_an_undone_call_is_not_a_call_and_an_undone_finish_not_a_finish():
    called_back = steps_of(history(Event(K.CALLED, at(5), "1"),
                                   Event(K.CALL_UNDONE, at(5.1), "1"),
                                   Event(K.CALLED, at(9), "2"),
                                   Event(K.FINISHED, at(12), "2", outcome="served")))
    [step] = called_back
    assert waiting_time(step) == timedelta(minutes=9) and step.counter == "2"
    assert handling_time(step) == timedelta(minutes=3)
    [served] = steps_of(history(Event(K.CALLED, at(5), "1"),
                                Event(K.FINISHED, at(7), "1", outcome="served"),
                                Event(K.FINISH_UNDONE, at(7.1), "1"),
                                Event(K.FINISHED, at(10), "1", outcome="referred")))
    assert served.end is StepEnd.FINISHED and served.outcome == "referred"
    assert handling_time(served) == timedelta(minutes=5)


def test_a_no_show_brought_back_goes_on_to_be_served():
    [step] = steps_of(history(Event(K.CALLED, at(5), "1"),
                              Event(K.NO_SHOW, at(6), "1"),
                              Event(K.BROUGHT_BACK, at(20)),
                              Event(K.CALLED, at(25), "2"),
                              Event(K.FINISHED, at(30), "2", outcome="served")))
    assert step.end is StepEnd.FINISHED
    assert waiting_time(step) == timedelta(minutes=5)
    # At the counter: 5-6 and 25-30; the time out of the queue is not handling.
    assert handling_time(step) == timedelta(minutes=6)
