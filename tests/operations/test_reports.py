import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.errors import Invalid, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.core.queue import OUTCOMES
from app.operations import queue as q
from app.operations import reports
from app.operations.context import Context
from app.operations.measures import day_figures
from app.store.models import CounterEvent, ReportDirty, Ticket
from tests.operations.test_day_figures import DAY, any_store, minutes, work_a_morning

__all__ = ["any_store"]


def by_service(report):
    return {row["service"]: row for row in report.rows}


def test_a_report_by_service_gives_the_day_s_figures(any_store, clock):
    ctx = any_store
    work_a_morning(ctx, clock)
    day = {f.service: f for f in day_figures(ctx, DAY).services}
    rows = by_service(reports.office_report(ctx, DAY, DAY, by=("service",)))
    assert sorted(rows) == ["A", "B", "C"]
    for code, f in day.items():
        row = rows[code]
        assert (row["steps"], row["called"], row["mean_wait"], row["longest_wait"],
                row["service_level"], row["no_shows"], row["transfers"], row["corrections"],
                row["left_uncalled"], row["mean_handling"]) == (
            f.steps, f.called, f.mean_wait, f.longest_wait, f.service_level, f.no_shows,
            f.transfers, f.corrections, f.left_uncalled, f.mean_handling), code
        assert {o: row[f"outcome_{o}"] for o in OUTCOMES if row[f"outcome_{o}"]} == f.outcomes
    # Five visitors arrived (B001's visitor goes on as C001); C001's transfer adds a step.
    assert sum(r["arrivals"] for r in rows.values()) == 5
    assert rows["A"]["mean_wait"] == minutes(6) and rows["B"]["left_uncalled"] == 1


def test_staff_counter_and_hour_groupings_follow_who_served(ctx, clock):
    work_a_morning(ctx, clock)
    by_counter = {r["counter"]: r for r in reports.office_report(
        ctx, DAY, DAY, by=("counter",), measures=("served", "steps")).rows}
    # Counter 1 finished A001 and A002, 3 finished A003; C001 left 2 by transfer and no-show.
    assert {c: r["served"] for c, r in by_counter.items()} == {1: 2, 2: 0, 3: 1, None: 0}
    staff = reports.office_report(ctx, DAY, DAY, by=("staff",), measures=("served",))
    assert [(r["staff"], r["served"]) for r in staff.rows] == [(ctx.actor.name, 3), (None, 0)]
    hours = reports.office_report(ctx, DAY, DAY, by=("hour",), measures=("arrivals",))
    assert [(r["hour"], r["arrivals"]) for r in hours.rows] == [(10, 5)]


def test_kept_steps_follow_every_change_and_a_change_counts_again(ctx, clock):
    work_a_morning(ctx, clock)
    first = reports.office_report(ctx, DAY, DAY, by=("day",), measures=("served",))
    assert first.rows == [{"day": DAY, "served": 3}]
    with ctx.db.read() as s:
        assert s.scalar(select(ReportDirty.ticket_id).limit(1)) is None
    assert q.call_next(ctx, 3).number == "B002"
    clock.advance(minutes=3)
    q.finish(ctx, 3)
    again = reports.office_report(ctx, DAY, DAY, by=("day",), measures=("served", "called"))
    assert again.rows == [{"day": DAY, "served": 4, "called": 6}]
    assert reports.kept_steps(ctx.db) == reports.steps_from_events(ctx.db)


def random_day(ctx, clock, rng, tickets=60):
    """A day of random work at three counters: issue, call, park and return, transfer,
    no-show, cancel and reissue, finish; some left waiting at closing."""
    issued = []
    for _ in range(tickets):
        clock.advance(seconds=rng.randint(5, 240))
        action = rng.random()
        counter = rng.choice((1, 2, 3))
        try:
            if action < 0.35:
                issued.append(q.issue_ticket(ctx, rng.choice("ABC")).number)
            elif action < 0.6:
                q.call_next(ctx, counter)
            elif action < 0.75:
                q.finish(ctx, counter, rng.choice(OUTCOMES))
            elif action < 0.8:
                q.park(ctx, counter)
            elif action < 0.84:
                q.transfer(ctx, counter, to_service=rng.choice("ABC"))
            elif action < 0.88:
                q.no_show(ctx, counter)
            elif action < 0.92 and issued:
                q.cancel(ctx, rng.choice(issued), reissue_service=rng.choice("ABC"))
            elif action < 0.96:
                q.set_counter_open(ctx, counter, rng.random() < 0.6)
            elif issued:
                q.return_parked(ctx, counter, rng.choice(issued))
        except (Refused, Invalid, LookupError):
            pass
        except Exception as exc:  # a rule of the queue refusing is fine, nothing else
            if type(exc).__module__ != "app.core.errors":
                raise


def test_kept_steps_equal_the_steps_counted_from_events_after_a_random_day(any_store, clock):
    ctx = any_store
    rng = random.Random(18)
    random_day(ctx, clock, rng, tickets=40)
    reports.office_report(ctx, DAY, DAY, by=("service",))  # counts part of the day
    random_day(ctx, clock, rng, tickets=50)
    report = reports.office_report(ctx, DAY, DAY, by=("service",))
    kept = reports.kept_steps(ctx.db)
    assert kept and kept == reports.steps_from_events(ctx.db)
    rows = by_service(report)
    for f in day_figures(ctx, DAY).services:
        if not f.steps:
            continue
        row = rows[f.service]
        assert (row["steps"], row["called"], row["mean_wait"], row["longest_wait"],
                row["service_level"], row["no_shows"], row["transfers"], row["corrections"],
                row["left_uncalled"], row["mean_handling"]) == (
            f.steps, f.called, f.mean_wait, f.longest_wait, f.service_level, f.no_shows,
            f.transfers, f.corrections, f.left_uncalled, f.mean_handling), f.service


def test_the_days_the_clocks_turn_have_their_own_hours(ctx, clock):
    # Spring forward: 2026-03-29 has 23 hours (03:00 local does not exist).
    clock.at = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 02:30 local (+02)
    q.issue_ticket(ctx, "A")
    clock.at = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 04:30 local (+03)
    q.issue_ticket(ctx, "A")
    clock.at = datetime(2026, 3, 29, 20, 59, tzinfo=UTC)  # 23:59 local
    q.issue_ticket(ctx, "A")
    clock.at = datetime(2026, 3, 29, 21, 1, tzinfo=UTC)  # 00:01 on the 30th
    q.issue_ticket(ctx, "A")
    clock.at = datetime(2026, 3, 31, 8, 0, tzinfo=UTC)
    spring = reports.office_report(ctx, date(2026, 3, 29), date(2026, 3, 30), by=("day", "hour"),
                                   measures=("arrivals", "left_uncalled", "longest_wait"))
    assert [(r["day"].day, r["hour"], r["arrivals"]) for r in spring.rows] == [
        (29, 2, 1), (29, 4, 1), (29, 23, 1), (30, 0, 1)]
    # Left waiting to the end of the 23-hour day: 02:30 -> 24:00 is 20.5 hours.
    assert spring.rows[0]["longest_wait"] == timedelta(hours=20, minutes=30)
    assert sum(r["left_uncalled"] for r in spring.rows) == 4
    # Fall back: 2026-10-25 has 25 hours; 03:30 comes twice and both count in hour 3.
    clock.at = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    q.issue_ticket(ctx, "B")
    clock.at = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    q.issue_ticket(ctx, "B")
    clock.at = datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    autumn = reports.office_report(ctx, date(2026, 10, 25), date(2026, 10, 25), by=("hour",),
                                   measures=("arrivals", "longest_wait"))
    assert [(r["hour"], r["arrivals"]) for r in autumn.rows] == [(3, 2)]
    # The first waited from 03:30 (+03) to the end of the 25-hour day: 21.5 hours.
    assert autumn.rows[0]["longest_wait"] == timedelta(hours=21, minutes=30)


def test_week_month_and_weekday_keys(ctx, clock):
    work_a_morning(ctx, clock)
    r = reports.office_report(ctx, DAY - timedelta(days=30), DAY,
                              by=("month", "week", "weekday"), measures=("steps",))
    assert r.rows == [{"month": "2026-11", "week": "2026-W48", "weekday": 1, "steps": 6}]


def test_counters_count_their_recorded_open_time(ctx, clock):
    start = work_a_morning(ctx, clock)  # the clock is at minute 40
    q.set_counter_open(ctx, 2, False)
    clock.advance(minutes=10)
    q.set_counter_open(ctx, 2, True)  # closed 40-50
    q.set_counter_open(ctx, 2, True)  # already open: nothing recorded
    with ctx.db.read() as s:
        kinds = [e.kind for e in s.scalars(select(CounterEvent).order_by(CounterEvent.at))]
    assert kinds == ["closed", "opened"]
    clock.at = start + timedelta(minutes=60)
    rows = {r["counter"]: r for r in reports.office_report(
        ctx, DAY, DAY, by=("counter",), kind="counters").rows}
    # Counter 2 stood open from midnight (it was open before its first closing) to minute 40
    # and again from 50 to 60; it served 15-18 and 22-25.
    midnight = datetime(2026, 11, 22, 22, 0, tzinfo=UTC)
    open_two = (start + minutes(40) - midnight) + minutes(10)
    assert rows[2]["time_open"] == open_two
    assert rows[2]["occupancy"] == pytest.approx(6 / (open_two / minutes(1)))
    # Counter 1 never opened or closed here: its working span counts (5-20).
    assert (rows[1]["time_open"], rows[1]["served"]) == (minutes(15), 2)
    assert rows[1]["idle_while_waiting"] == timedelta(0)


def test_contacts_by_channel_and_topic(ctx, clock):
    from app.operations import contacts as c

    topic = c.save_topic(ctx, "PENS", {"et": "Pension", "ru": "Пенсия", "en": "Pension"}).code
    c.start_contact(ctx, "phone", topic=topic)
    clock.advance(minutes=5)
    c.start_contact(ctx, "email")
    c.start_contact(ctx, "email")
    r = reports.office_report(ctx, DAY, DAY, by=("channel",), kind="contacts")
    assert [(x["channel"], x["contacts"]) for x in r.rows] == [("email", 2), ("phone", 1)]
    r = reports.office_report(ctx, DAY, DAY, by=("topic", "hour"), kind="contacts")
    assert [(x["topic"], x["hour"], x["contacts"]) for x in r.rows] == [
        (topic, 10, 1), (None, 10, 2)]
    assert reports.office_report(ctx, DAY + timedelta(days=1), DAY + timedelta(days=1),
                                 kind="contacts").rows == []


@pytest.mark.parametrize("first,last,by,measures,kind,code", [
    (DAY, DAY - timedelta(days=1), ("day",), None, "queue", "report_dates"),
    (DAY - timedelta(days=2000), DAY, ("day",), None, "queue", "report_too_long"),
    (DAY, DAY, ("colour",), None, "queue", "report_grouping"),
    (DAY, DAY, ("service",), None, "counters", "report_grouping"),
    (DAY, DAY, ("day",), ("speed",), "queue", "report_measure"),
    (DAY, DAY, ("day",), None, "weather", "report_kind"),
])
def test_a_request_that_cannot_be_answered_says_why(ctx, first, last, by, measures, kind, code):
    with pytest.raises((Refused, Invalid)) as caught:
        reports.office_report(ctx, first, last, by=by, measures=measures, kind=kind)
    assert caught.value.code == code


def test_broken_dates_are_refused_in_words():
    with pytest.raises(Invalid) as caught:
        reports.parse_day("2026-02-30")
    assert caught.value.code == "report_date"
    assert reports.parse_day(" 2026-02-28") == date(2026, 2, 28)


def test_only_supervisors_and_admins_see_reports(ctx):
    desk = Context(ctx.db, Actor("mari", frozenset({Role.DESK, Role.COUNTER})), ctx.office_id,
                   ctx.timezone, ctx.clock)
    with pytest.raises(PermissionDenied):
        reports.office_report(desk, DAY, DAY)
    boss = Context(ctx.db, Actor("juhan", frozenset({Role.SUPERVISOR})), ctx.office_id,
                   ctx.timezone, ctx.clock)
    assert reports.office_report(boss, DAY, DAY).rows == []


def test_a_deleted_ticket_leaves_the_report(ctx, clock):
    work_a_morning(ctx, clock)
    assert sum(r["steps"] for r in reports.office_report(ctx, DAY, DAY).rows) == 6
    with ctx.db.write() as s:
        t = s.scalars(select(Ticket).where(Ticket.number == "B002")).one()
        t.deleted_at = clock.at
    assert sum(r["steps"] for r in reports.office_report(ctx, DAY, DAY).rows) == 5


def test_contacts_fall_in_their_local_day_and_hour_on_both_stores(any_store, clock):
    from app.operations import contacts as c

    ctx = any_store
    for moment in (datetime(2026, 10, 24, 20, 59, tzinfo=UTC),   # 23:59 on the 24th (+03)
                   datetime(2026, 10, 24, 21, 30, tzinfo=UTC),   # 00:30 on the 25th (+03)
                   datetime(2026, 10, 25, 0, 30, tzinfo=UTC),    # 03:30 (+03)
                   datetime(2026, 10, 25, 1, 30, tzinfo=UTC),    # 03:30 again (+02)
                   datetime(2026, 10, 25, 21, 59, tzinfo=UTC),   # 23:59 (+02)
                   datetime(2026, 10, 25, 22, 0, tzinfo=UTC)):   # 00:00 on the 26th
        clock.at = moment
        c.start_contact(ctx, "phone")
    clock.at = datetime(2026, 10, 27, 8, 0, tzinfo=UTC)
    r = reports.office_report(ctx, date(2026, 10, 25), date(2026, 10, 25), by=("day", "hour"),
                              kind="contacts")
    assert [(x["day"], x["hour"], x["contacts"]) for x in r.rows] == [
        (date(2026, 10, 25), 0, 1), (date(2026, 10, 25), 3, 2), (date(2026, 10, 25), 23, 1)]
    r = reports.office_report(ctx, date(2026, 10, 24), date(2026, 10, 26), by=("day",),
                              kind="contacts")
    assert [(x["day"].day, x["contacts"]) for x in r.rows] == [(24, 1), (25, 4), (26, 1)]


def test_escalations_opened_solved_and_overdue_by_target(ctx, clock):
    from app.store.models import Escalation

    def escalation(target, created, closed=None, promised=None):
        return Escalation(office_id=ctx.office_id, target=target, summary="Pension abroad",
                          created_at=created, closed_at=closed, promised_on=promised)

    with ctx.db.write() as s:
        s.add_all([
            escalation("pensions", clock.at),
            escalation("pensions", clock.at, closed=clock.at + timedelta(hours=2)),
            escalation("it", clock.at, promised=DAY - timedelta(days=1)),  # overdue now
            escalation("it", clock.at, promised=DAY + timedelta(days=3)),
            escalation("it", clock.at - timedelta(days=5)),                # another week
        ])
    r = reports.office_report(ctx, DAY, DAY, by=("target",), kind="escalations")
    assert [(x["target"], x["opened"], x["solved"], x["overdue"]) for x in r.rows] == [
        ("it", 2, 0, 1), ("pensions", 2, 1, 0)]


def test_a_ticket_counted_before_its_reissue_leaves_the_count(any_store, clock):
    ctx = any_store
    q.issue_ticket(ctx, "B")
    clock.advance(minutes=1)
    assert sum(r["steps"] for r in reports.office_report(ctx, DAY, DAY).rows) == 1
    clock.advance(minutes=1)
    q.cancel(ctx, "B001", reissue_service="C")
    rows = reports.office_report(ctx, DAY, DAY, by=("service",)).rows
    assert [(r["service"], r["steps"], r["corrections"], r["arrivals"]) for r in rows] == [
        ("C", 1, 1, 1)]
    assert reports.kept_steps(ctx.db) == reports.steps_from_events(ctx.db)
    with ctx.db.write() as s:  # the new ticket removed: the first one counts again
        s.scalars(select(Ticket).where(Ticket.number == "C001")).one().deleted_at = clock.at
    rows = reports.office_report(ctx, DAY, DAY, by=("service",)).rows
    assert [(r["service"], r["steps"]) for r in rows] == [("B", 1)]


def test_ended_days_read_their_totals_with_the_same_figures(any_store, clock, monkeypatch):
    ctx = any_store
    rng = random.Random(7)
    random_day(ctx, clock, rng, tickets=60)
    clock.at = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    random_day(ctx, clock, rng, tickets=40)
    clock.at = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # both days have ended
    first, last = DAY, DAY + timedelta(days=1)
    groupings = [("day",), ("service",), ("month", "weekday"), ("week", "service")]
    from_totals = [reports.office_report(ctx, first, last, by=by).rows for by in groupings]
    monkeypatch.setattr(reports, "TOTAL_GROUPS", frozenset())
    from_steps = [reports.office_report(ctx, first, last, by=by).rows for by in groupings]
    assert from_totals == from_steps and from_totals[0][0]["steps"] > 10
    from app.store.models import ReportTotal
    with ctx.db.read() as s:
        totals = s.scalars(select(ReportTotal)).all()
    assert sum(t.steps for t in totals) == sum(r["steps"] for r in from_steps[0])
    # A target changed since the totals were counted: the steps are read instead.
    monkeypatch.setattr(reports, "TOTAL_GROUPS", frozenset({"day", "service"}))
    from app.store.models import Service
    with ctx.db.write() as s:
        s.scalars(select(Service).where(Service.code == "A")).one().target_wait_min = 1
    changed = reports.office_report(ctx, first, last, by=("service",)).rows
    monkeypatch.setattr(reports, "TOTAL_GROUPS", frozenset())
    assert changed == reports.office_report(ctx, first, last, by=("service",)).rows


# -- the other desks: documents, visitors, notices -------------------------------------------

def desk_rows(ctx, clock):
    """Hand-made rows of the register, the visitors' desk and the notices: on DAY (clock at
    10:00 local) a document answered on time, one answered late, one overdue, one answered
    with no letter, one with its deadline still ahead, and their two answering letters (one
    registered after DAY + 1); visitors of two purposes (one late at night, 23:30 local);
    notices of two templates, one reprinted."""
    from app.store.models import (
        Issuance,
        RegisterEntry,
        RegisterSeries,
        VisitorRegistration,
        VisitPurpose,
    )

    office, at = ctx.office_id, clock.at
    seq = iter(range(1, 100))

    def entry(series, direction, day, deadline=None, status="registered", answer=None,
              kind="application"):
        n = next(seq)
        return RegisterEntry(
            office_id=office, direction=direction, series_id=series.id,
            registry_number=f"{series.series_index}/{n}", year=day.year, seq=n,
            registered_on=day, registered_at=at, registered_by="mari", document_type=kind,
            title="Letter", transmittal="post", status=status, deadline=deadline,
            answer_id=None if answer is None else answer.id)

    with ctx.db.write() as s:
        letters = RegisterSeries(office_id=office, series_index="1-2", pattern="{index}/{seq}")
        answers = RegisterSeries(office_id=office, series_index="1-3", pattern="{index}/{seq}")
        s.add_all([letters, answers])
        s.flush()
        early = entry(answers, "outgoing", DAY + timedelta(days=1), kind="letter")
        later = entry(answers, "outgoing", DAY + timedelta(days=5), kind="letter")
        s.add_all([early, later])
        s.flush()
        s.add_all([
            entry(letters, "incoming", DAY, DAY + timedelta(days=2), "answered", early),
            entry(letters, "incoming", DAY, DAY + timedelta(days=3), "answered", later),
            entry(letters, "incoming", DAY, DAY + timedelta(days=1)),  # overdue
            entry(letters, "incoming", DAY, DAY + timedelta(days=1), "answered"),  # no letter
            entry(letters, "incoming", DAY, DAY + timedelta(days=30), "forwarded",
                  kind="complaint"),
            entry(letters, "incoming", DAY - timedelta(days=1), DAY),  # another day
        ])
        meeting = VisitPurpose(office_id=office, code="MEET", name_et="Kohtumine",
                               name_ru="Встреча", name_en="Meeting", route="specialist")
        delivery = VisitPurpose(office_id=office, code="POST", name_et="Kuller",
                                name_ru="Курьер", name_en="Courier", route="waiting")
        s.add_all([meeting, delivery])
        s.flush()
        for purpose, arrived, left in (
                (meeting, at, at + timedelta(hours=1)),
                (meeting, at + timedelta(minutes=30), None),
                (delivery, at + timedelta(hours=13, minutes=30), None),   # 23:30 local
                (delivery, at + timedelta(hours=14, minutes=30), None)):  # the next day
            visit = _visit(s, office, arrived)
            s.add(VisitorRegistration(
                office_id=office, visit_id=visit.id, name="Mari Maasikas", purpose_id=purpose.id,
                arrived_at=arrived, left_at=left, badge_token=visit.id[:32],
                retain_until=arrived + timedelta(days=30)))
        first = None
        for n, (template, delivery_kind, copy) in enumerate((
                ("decision", "handed_over", False), ("decision", "posted", False),
                ("certificate", "emailed", False), ("decision", "handed_over", True))):
            row = Issuance(
                office_id=office, registry_number=f"T/{n}", year=DAY.year, seq=n + 1,
                template_id=template, template_version=1, lang="et", recipient="Mari",
                issued_by="mari", issued_at=at + timedelta(minutes=n), delivery=delivery_kind,
                pdf_path=f"n{n}.pdf", pdf_sha256="0" * 64, is_copy=copy,
                copy_of_id=first.id if copy else None, verification_code=f"V{n}")
            s.add(row)
            s.flush()
            first = first or row


def _visit(s, office, arrived):
    from app.store.models import Visit

    visit = Visit(office_id=office, arrived_at=arrived)
    s.add(visit)
    s.flush()
    return visit


def test_documents_registered_answered_on_time_late_and_overdue_on_both_stores(any_store,
                                                                                 clock):
    from app.core import measures as m
    from app.store.models import RegisterEntry

    ctx = any_store
    desk_rows(ctx, clock)
    clock.at += timedelta(days=10)
    today = DAY + timedelta(days=10)
    r = reports.office_report(ctx, DAY, today, by=("document_type",), kind="documents")
    assert [(x["document_type"], x["registered"], x["answered_on_time"], x["answered_late"],
             x["overdue"]) for x in r.rows] == [("application", 4, 1, 1, 1),
                                                  ("complaint", 1, 0, 0, 0),
                                                  ("letter", 2, 0, 0, 0)]
    # The same as app.core.measures counts over the same documents.
    with ctx.db.read() as s:
        rows = s.scalars(select(RegisterEntry)).all()
        day_of = {e.id: e.registered_on for e in rows}
        documents = [m.Document(e.registered_on, e.deadline, e.status == "answered",
                                day_of.get(e.answer_id)) for e in rows
                     if DAY <= e.registered_on <= today]
    assert m.documents_registered(documents, DAY, today) == 7
    assert m.answered_on_time(documents) == (1, 1)
    assert m.overdue_now(documents, today) == 1
    # As at the end of DAY + 2: the late answer (DAY + 5) is still to come, and its deadline
    # (DAY + 3) has not passed; the one answered with no letter is answered on no known day.
    r = reports.office_report(ctx, DAY - timedelta(days=1), DAY + timedelta(days=2),
                              by=("day", "series"), kind="documents")
    assert [(x["day"], x["series"], x["registered"], x["answered_on_time"],
             x["answered_late"], x["overdue"]) for x in r.rows] == [
        (DAY - timedelta(days=1), "1-2", 1, 0, 0, 1),
        (DAY, "1-2", 5, 1, 0, 1),
        (DAY + timedelta(days=1), "1-3", 1, 0, 0, 0)]
    r = reports.office_report(ctx, DAY, DAY + timedelta(days=7), by=("direction",),
                              kind="documents", measures=("registered",))
    assert r.rows == [{"direction": "incoming", "registered": 5},
                      {"direction": "outgoing", "registered": 2}]


def test_visitors_by_purpose_and_local_hour_on_both_stores(any_store, clock):
    ctx = any_store
    desk_rows(ctx, clock)
    r = reports.office_report(ctx, DAY, DAY, by=("purpose", "hour"), kind="visitors")
    assert [(x["purpose"], x["hour"], x["visits"], x["inside"]) for x in r.rows] == [
        ("MEET", 10, 2, 1), ("POST", 23, 1, 1)]
    r = reports.office_report(ctx, DAY, DAY + timedelta(days=1), by=("day",), kind="visitors",
                              measures=("visits",))
    assert r.rows == [{"day": DAY, "visits": 3}, {"day": DAY + timedelta(days=1), "visits": 1}]


def test_notices_by_template_and_delivery_on_both_stores(any_store, clock):
    ctx = any_store
    desk_rows(ctx, clock)
    r = reports.office_report(ctx, DAY, DAY, by=("template",), kind="notices")
    assert [(x["template"], x["issued"], x["copies"]) for x in r.rows] == [
        ("certificate", 1, 0), ("decision", 2, 1)]
    r = reports.office_report(ctx, DAY - timedelta(days=3), DAY, by=("weekday", "delivery"),
                              kind="notices", measures=("issued",))
    assert r.rows == [{"weekday": 1, "delivery": "emailed", "issued": 1},
                      {"weekday": 1, "delivery": "handed_over", "issued": 1},
                      {"weekday": 1, "delivery": "posted", "issued": 1}]
    assert reports.office_report(ctx, DAY + timedelta(days=1), DAY + timedelta(days=1),
                                 kind="notices").rows == []


def test_visitors_fall_in_their_local_day_and_hour_when_the_clocks_turn(any_store, clock):
    from app.store.models import Issuance, RegisterEntry, VisitorRegistration

    ctx = any_store
    desk_rows(ctx, clock)
    with ctx.db.write() as s:
        for moment in (datetime(2026, 10, 24, 20, 59, tzinfo=UTC),   # 23:59 on the 24th (+03)
                       datetime(2026, 10, 25, 0, 30, tzinfo=UTC),    # 03:30 (+03)
                       datetime(2026, 10, 25, 1, 30, tzinfo=UTC),    # 03:30 again (+02)
                       datetime(2026, 10, 25, 21, 59, tzinfo=UTC),   # 23:59 (+02)
                       datetime(2026, 10, 25, 22, 0, tzinfo=UTC)):   # 00:00 on the 26th
            visit = _visit(s, ctx.office_id, moment)
            s.add(VisitorRegistration(
                office_id=ctx.office_id, visit_id=visit.id, name="Jaan Tamm", arrived_at=moment,
                badge_token=visit.id[-32:], retain_until=moment + timedelta(days=30)))
    r = reports.office_report(ctx, date(2026, 10, 25), date(2026, 10, 25), by=("hour",),
                              kind="visitors", measures=("visits",))
    assert r.rows == [{"hour": 3, "visits": 2}, {"hour": 23, "visits": 1}]
    r = reports.office_report(ctx, date(2026, 10, 24), date(2026, 10, 26), by=("purpose",),
                              kind="visitors", measures=("visits",))
    assert r.rows == [{"purpose": None, "visits": 5}]
    # Removed rows leave the counts.
    with ctx.db.write() as s:
        for model in (RegisterEntry, VisitorRegistration, Issuance):
            for row in s.scalars(select(model)):
                row.deleted_at = clock.at
    for kind in ("documents", "visitors", "notices"):
        assert reports.office_report(ctx, DAY - timedelta(days=60), DAY, kind=kind).rows == []
