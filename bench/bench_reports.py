"""Reports over a year of work: a busy office on a PC's SQLite, and 50 offices on PostgreSQL.

SQLite: 250 working days × 400 tickets with their events (issued, called, parked and
returned, transferred, no-show, finished), plus 50,000 contacts, in one office. The tickets'
steps are counted once from their events (`refresh`, timed and printed), then:
  - the month report grouped by service and staff member,
  - the year by month,
  - the year's contacts by month and channel,
each the median of 7 runs of `app.operations.reports.report` (which first counts again the
tickets changed since: none here, and one ticket in the last figure).
Baseline: one bare `SELECT service_id, count(*) … GROUP BY service_id` over the same tickets.
Target: < 300 ms each.

PostgreSQL: 50 offices × 250 days × 400 tickets (5,000,000). The tickets and their kept steps
(`report_steps`) are generated in the database with generate_series (no events: the reports
read the kept steps; that they equal the steps counted from events is what
tests/operations/test_reports.py checks). Figures: one office-month by service, and all
offices' year by month. Baseline: the bare GROUP BY over the same tickets.
Target: office-month < 200 ms, all offices' year < 3 s.

    .venv/bin/python bench/bench_reports.py [--days 250] [--per-day 400] [--offices 50]
        [--database postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--skip-pg]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select, text  # noqa: E402

from app.core.ids import uuid7  # noqa: E402
from app.operations import reports  # noqa: E402
from app.operations.context import staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import (  # noqa: E402
    Contact,
    Counter,
    CounterService,
    Service,
    Ticket,
    TicketEvent,
    Visit,
)

TALLINN = ZoneInfo("Europe/Tallinn")
STAFF = [f"adviser{i}" for i in range(1, 11)]
FIRST_DAY = date(2025, 1, 2)


def working_days(n: int) -> list[date]:
    days, day = [], FIRST_DAY
    while len(days) < n:
        if day.isoweekday() <= 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def median_ms(run: Callable[[], object], times: int = 7) -> float:
    run()  # warm
    spent = []
    for _ in range(times):
        t0 = time.perf_counter()
        run()
        spent.append((time.perf_counter() - t0) * 1000)
    return statistics.median(spent)


# -- SQLite: one busy office --------------------------------------------------------------

def generate_office(db, days: list[date], per_day: int, contacts: int, rng: random.Random):
    office = create_demo_office(db, staff_actor())
    with db.write() as s:
        services = {code: sid for code, sid in s.execute(
            select(Service.code, Service.id).where(Service.office_id == office))}
        counters = {number: cid for number, cid in s.execute(
            select(Counter.number, Counter.id).where(Counter.office_id == office))}
        for number in range(4, 9):
            row = Counter(office_id=office, number=number, name=f"Lett {number}",
                          label=str(number))
            s.add(row)
            s.flush()
            counters[number] = row.id
            for sid in services.values():
                s.add(CounterService(office_id=office, counter_id=row.id, service_id=sid))
        s.execute(text("INSERT OR REPLACE INTO local_meta (key, value) "
                       "VALUES ('applying_pull', '1')"))  # the outbox stays quiet
    codes = sorted(services)
    for day in days:
        visits, tickets, events = [], [], []
        opening = datetime.combine(day, clock_time(8), tzinfo=TALLINN).astimezone(UTC)
        seqs = dict.fromkeys(codes, 0)
        for i in range(per_day):
            code = rng.choice(codes)
            seqs[code] += 1
            arrived = opening + timedelta(seconds=int(i * 8 * 3600 / per_day))
            vid, tid = uuid7(), uuid7()
            counter = rng.randint(1, 8)
            staff = STAFF[(counter - 1 + day.toordinal()) % len(STAFF)]
            visits.append({"id": vid, "office_id": office, "arrived_at": arrived})
            called = arrived + timedelta(seconds=rng.randint(30, 2400))
            kind = rng.random()
            ev = [("issued", arrived, None, {}), ("called", called, counter, {})]
            t = called + timedelta(seconds=rng.randint(120, 900))
            status, outcome = "done", rng.choice(("served", "served", "served", "referred",
                                                  "documents_missing"))
            if kind < 0.05:
                status, outcome = "no_show", None
                ev.append(("no_show", t, counter, {}))
            else:
                if kind < 0.10:
                    ev.append(("parked", t, counter, {}))
                    t += timedelta(seconds=rng.randint(60, 600))
                    ev.append(("returned", t, counter, {}))
                    t += timedelta(seconds=rng.randint(60, 300))
                elif kind < 0.15:
                    other = rng.choice(codes)
                    ev.append(("transferred", t, counter, {"to_service": other}))
                    t += timedelta(seconds=rng.randint(60, 1200))
                    ev.append(("called", t, counter, {}))
                    t += timedelta(seconds=rng.randint(120, 600))
                ev.append(("finished", t, counter, {"outcome": outcome}))
            tickets.append({
                "id": tid, "office_id": office, "visit_id": vid, "service_id": services[code],
                "issued_service_id": services[code], "day": day, "seq": seqs[code],
                "number": f"{code}{seqs[code]:03d}", "status": status, "issued_at": arrived,
                "arrived_at": arrived, "queue_key": arrived, "counter_id": counters[counter],
                "call_count": 1, "called_at": called, "first_called_at": called,
                "finished_at": t, "outcome": outcome, "page_token": None,
            })
            for k, at, c, data in ev:
                events.append({"id": uuid7(), "office_id": office, "ticket_id": tid, "kind": k,
                               "at": at, "actor": staff if c else "kiosk",
                               "counter_id": counters[c] if c else None,
                               "data": data or None})
        with db.write() as s:
            conn = s.connection()
            conn.execute(insert(Visit.__table__), visits)
            conn.execute(insert(Ticket.__table__), tickets)
            conn.execute(insert(TicketEvent.__table__), events)
    channels = ("phone", "email", "counter", "letter", "chat")
    start = datetime.combine(days[0], clock_time(6), tzinfo=UTC)
    span = (datetime.combine(days[-1], clock_time(16), tzinfo=UTC) - start).total_seconds()
    with db.write() as s:
        rows = [{"id": uuid7(), "office_id": office, "channel": rng.choice(channels),
                 "served_by": rng.choice(STAFF),
                 "started_at": start + timedelta(seconds=rng.random() * span),
                 "retain_until": start + timedelta(days=3650)} for _ in range(contacts)]
        s.connection().execute(insert(Contact.__table__), rows)
        s.execute(text("DELETE FROM local_meta WHERE key = 'applying_pull'"))
    return office, services


def bench_sqlite(args) -> None:
    rng = random.Random(18)
    days = working_days(args.days)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'lett.sqlite3'}")
        t0 = time.perf_counter()
        office, _ = generate_office(db, days, args.per_day, args.contacts, rng)
        generated = time.perf_counter() - t0
        with db.read() as s:
            n_tickets = s.scalar(text("SELECT count(*) FROM tickets"))
            n_events = s.scalar(text("SELECT count(*) FROM ticket_events"))
        t0 = time.perf_counter()
        counted = reports.refresh(db)
        refreshed = time.perf_counter() - t0
        print(f"SQLite: {n_tickets:,} tickets, {n_events:,} events, {args.contacts:,} contacts "
              f"generated in {generated:.1f} s; steps counted from the events of {counted:,} "
              f"tickets once in {refreshed:.1f} s ({refreshed / counted * 1e6:.0f} µs/ticket)")
        now = datetime.combine(days[-1] + timedelta(days=30), clock_time(12), tzinfo=UTC)
        month_first = date(days[-1].year, days[-1].month, 1)
        month = (month_first, days[-1])
        year = (days[0], days[-1])

        def bare(first: date, last: date) -> Callable[[], object]:
            def run() -> object:
                with db.read() as s:
                    return s.execute(
                        select(Ticket.service_id, text("count(*)"))
                        .where(Ticket.office_id == office, Ticket.day >= first,
                               Ticket.day <= last)
                        .group_by(Ticket.service_id)).all()
            return run

        base_month = median_ms(bare(*month))
        base_year = median_ms(bare(*year))
        figures = [
            ("month by service and staff", median_ms(lambda: reports.report(
                db, [office], *month, by=("service", "staff"), now=now)), base_month),
            ("year by month", median_ms(lambda: reports.report(
                db, [office], *year, by=("month",), now=now)), base_year),
            ("year's contacts by month and channel", median_ms(lambda: reports.report(
                db, [office], *year, by=("month", "channel"), kind="contacts", now=now)),
             base_year),
        ]
        with db.write() as s:
            tid = s.scalar(select(Ticket.id).limit(1))

        def changed_then_month() -> object:
            with db.write() as s:
                s.connection().execute(text(
                    "UPDATE ticket_events SET actor = actor WHERE ticket_id = :t"), {"t": tid})
            return reports.report(db, [office], *month, by=("service", "staff"), now=now)

        figures.append(("month by service and staff, one ticket changed just before",
                        median_ms(changed_then_month), base_month))
        for name, ms, base in figures:
            verdict = "OK" if ms < 300 else "OVER TARGET"
            print(f"  {name:<58} {ms:8.1f} ms   bare GROUP BY {base:6.1f} ms   "
                  f"ratio {ms / base:5.1f}   (target < 300 ms: {verdict})")
        db.dispose()


# -- PostgreSQL: 50 offices ---------------------------------------------------------------

PG_SQL = """
INSERT INTO offices (id, office_id, code, name, timezone, priority_cap, noshow_after,
                     default_handling_min, address, registry_code, hlc, device_id)
SELECT 'o' || lpad(o::text, 35, '0'), 'o' || lpad(o::text, 35, '0'), 'B' || o,
       'Büroo ' || o, 'Europe/Tallinn', 3, 3, 6, '', '', 0, ''
FROM generate_series(1, :offices) o;
INSERT INTO services (id, office_id, code, name_et, name_ru, name_en, colour, target_wait_min,
                      position, active, hlc, device_id)
SELECT 's' || lpad(o::text, 30, '0') || chr(64 + k), 'o' || lpad(o::text, 35, '0'),
       chr(64 + k), 'Teenus', 'Услуга', 'Service', '#1f6feb', 15, k, true, 0, ''
FROM generate_series(1, :offices) o, generate_series(1, 3) k;
INSERT INTO visits (id, office_id, arrived_at, hlc, device_id)
SELECT 'v' || lpad(o::text, 35, '0'), 'o' || lpad(o::text, 35, '0'), now(), 0, ''
FROM generate_series(1, :offices) o;
"""

PG_DAYS = """
CREATE TEMP TABLE bench_days AS
SELECT d::date AS day, row_number() OVER (ORDER BY d) AS n
FROM generate_series(date '2025-01-02', date '2026-12-31', interval '1 day') d
WHERE extract(isodow FROM d) < 6
ORDER BY d LIMIT :days;
"""

PG_STEPS = """
INSERT INTO report_steps (ticket_id, step, office_id, day, week, month, weekday, hour, service,
                          counter, staff, arrival, corrected, queued_us, called_us, ended_us,
                          day_end_us, "end", outcome, handling_us)
SELECT id, 0, office_id, day, to_char(day, 'IYYY-"W"IW'), to_char(day, 'YYYY-MM'),
       extract(isodow FROM day)::int, extract(hour FROM arrived AT TIME ZONE 'Europe/Tallinn')::int,
       service, counter, 'adviser' || (1 + (counter + day_n) % 10), true, false,
       (extract(epoch FROM arrived) * 1000000)::bigint,
       (extract(epoch FROM arrived) * 1000000)::bigint + wait_us,
       (extract(epoch FROM arrived) * 1000000)::bigint + wait_us + handle_us,
       (extract(epoch FROM (day + 1)::timestamp AT TIME ZONE 'Europe/Tallinn') * 1000000)::bigint,
       CASE WHEN r < 0.05 THEN 'no_show' ELSE 'finished' END,
       CASE WHEN r < 0.05 THEN NULL WHEN r < 0.8 THEN 'served' ELSE 'referred' END,
       CASE WHEN r < 0.05 THEN NULL ELSE handle_us END
FROM (
    SELECT 't' || lpad(o::text, 6, '0') || lpad(d.n::text, 5, '0') || lpad(i::text, 24, '0')
               AS id,
           'o' || lpad(o::text, 35, '0') AS office_id, d.day, d.n AS day_n,
           (d.day + time '08:00') AT TIME ZONE 'Europe/Tallinn'
               + (i * interval '72 seconds') AS arrived,
           chr(65 + (i * 7 + o) % 3) AS service, 1 + (i * 13 + o) % 8 AS counter,
           ((hashint4(i * 31 + o * 7 + d.n::int) & 2047)::bigint * 1000000) AS wait_us,
           ((120 + (hashint4(i + o * 3 + d.n::int * 11) & 767))::bigint * 1000000)
               AS handle_us,
           ((hashint4(i * 17 + d.n::int) & 1023) / 1023.0) AS r
    FROM generate_series(1, :offices) o, bench_days d, generate_series(1, :per_day) i
) g;
"""

PG_TICKETS = """
INSERT INTO tickets (id, office_id, visit_id, service_id, issued_service_id, day, seq, number,
                     status, priority, lang, source, issued_at, arrived_at, queue_key,
                     call_count, hlc, device_id)
SELECT r.ticket_id, r.office_id, 'v' || substr(r.office_id, 2), s.id, s.id, r.day,
       row_number() OVER (PARTITION BY r.office_id, r.day, r.service ORDER BY r.queued_us),
       r.service || 'x', 'done', 0, 'et', 'desk',
       to_timestamp(r.queued_us / 1e6), to_timestamp(r.queued_us / 1e6),
       to_timestamp(r.queued_us / 1e6), 1, 0, ''
FROM report_steps r JOIN services s ON s.office_id = r.office_id AND s.code = r.service;
"""


def bench_pg(args) -> None:
    import psycopg

    from tests.server.stores import fresh_pg_database

    with fresh_pg_database(args.database) as url:
        db = open_database(url)
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        t0 = time.perf_counter()
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("SET session_replication_role = replica")  # no triggers: bulk data
            params = {"offices": args.offices, "days": args.days, "per_day": args.per_day}
            for sql in (PG_SQL, PG_DAYS, PG_STEPS, PG_TICKETS):
                for statement in sql.split(";"):
                    if statement.strip():
                        q = statement
                        for k, v in params.items():
                            q = q.replace(f":{k}", str(int(v)))
                        conn.execute(q)
            conn.execute("VACUUM ANALYZE report_steps")
        n = args.offices * args.days * args.per_day
        print(f"PostgreSQL: {args.offices} offices, {n:,} tickets and their steps generated "
              f"in {time.perf_counter() - t0:.0f} s")
        t1 = time.perf_counter()
        with db.write() as s:  # each day's totals, as counting the steps keeps them
            pairs = s.execute(text("SELECT DISTINCT office_id, day FROM report_steps")).all()
            reports.count_day_totals(s.connection(), [(o, d) for o, d in pairs])
        print(f"  the totals of {len(pairs):,} office-days counted in "
              f"{time.perf_counter() - t1:.0f} s")
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE report_totals")
            conn.execute("VACUUM ANALYZE tickets")
        with db.read() as s:
            offices = list(s.scalars(text("SELECT id FROM offices ORDER BY code")))
            first_day, last_day = s.execute(text(
                "SELECT min(day), max(day) FROM report_steps")).one()
        now = datetime.combine(last_day + timedelta(days=30), clock_time(12), tzinfo=UTC)
        one = offices[len(offices) // 2]
        month = (date(last_day.year, last_day.month, 1), last_day)

        def bare(office_ids: list[str], first: date, last: date) -> Callable[[], object]:
            def run() -> object:
                with db.read() as s:
                    return s.execute(
                        select(Ticket.service_id, text("count(*)"))
                        .where(Ticket.office_id.in_(office_ids), Ticket.day >= first,
                               Ticket.day <= last)
                        .group_by(Ticket.service_id)).all()
            return run

        figures = [
            ("one office-month by service", median_ms(lambda: reports.report(
                db, [one], *month, by=("service",), now=now)),
             median_ms(bare([one], *month)), 200),
            ("one office-month by service and staff", median_ms(lambda: reports.report(
                db, [one], *month, by=("service", "staff"), now=now)),
             median_ms(bare([one], *month)), 200),
            ("all offices' year by month", median_ms(lambda: reports.report(
                db, offices, first_day, last_day, by=("month",), now=now), times=3),
             median_ms(bare(offices, first_day, last_day), times=3), 3000),
            ("all offices' year by office and month", median_ms(lambda: reports.report(
                db, offices, first_day, last_day, by=("office", "month"), now=now), times=3),
             median_ms(bare(offices, first_day, last_day), times=3), 3000),
        ]
        for name, ms, base, target in figures:
            verdict = "OK" if ms < target else "OVER TARGET"
            print(f"  {name:<40} {ms:8.1f} ms   bare GROUP BY {base:7.1f} ms   "
                  f"ratio {ms / base:5.1f}   (target < {target} ms: {verdict})")
        db.dispose()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--days", type=int, default=250)
    p.add_argument("--per-day", type=int, default=400)
    p.add_argument("--contacts", type=int, default=50_000)
    p.add_argument("--offices", type=int, default=50)
    p.add_argument("--database", default=os.environ.get(
        "LETT_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    p.add_argument("--skip-pg", action="store_true")
    p.add_argument("--skip-sqlite", action="store_true")
    args = p.parse_args()
    if not args.skip_sqlite:
        bench_sqlite(args)
    if not args.skip_pg:
        bench_pg(args)


if __name__ == "__main__":
    main()
