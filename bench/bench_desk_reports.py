"""The desks' reports over a year of one office on a PC's SQLite: 25,000 register entries
(incoming ones with deadlines, most answered by an outgoing letter), 50,000 visitors
registered at the desk (six purposes) and 30,000 notices issued (five templates, three
deliveries, one in ten a copy). Figures, each the median of 7 runs of
`app.operations.reports.report`:
  - documents: the year by month, and one month by document type;
  - visitors: the year by month and purpose, and one month by hour;
  - notices: the year by month and template.
Baseline: one bare `SELECT key, count(*) … GROUP BY key` over the same table in the same run.

    .venv/bin/python bench/bench_desk_reports.py [--entries 25000] [--visitors 50000]
        [--notices 30000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from app.core.ids import uuid7  # noqa: E402
from app.operations import reports  # noqa: E402
from app.operations.context import staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import (  # noqa: E402
    Issuance,
    RegisterEntry,
    RegisterSeries,
    Visit,
    VisitorRegistration,
    VisitPurpose,
)

FIRST = date(2026, 1, 1)
LAST = date(2026, 12, 31)
NOW = datetime(2027, 1, 10, 8, 0, tzinfo=UTC)


def median_ms(run: Callable[[], object], times: int = 7) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append((time.perf_counter() - start) * 1000)
    return statistics.median(spent)


def fill(db, office: str, entries: int, visitors: int, notices: int, rng: random.Random) -> None:
    def moment(day_index: int) -> datetime:
        return datetime.combine(FIRST + timedelta(days=day_index), datetime.min.time(),
                                tzinfo=UTC) + timedelta(minutes=rng.randint(300, 960))

    with db.write() as s:
        series = [RegisterSeries(office_id=office, series_index=f"1-{n}", pattern="{index}/{seq}")
                  for n in range(1, 5)]
        purposes = [VisitPurpose(office_id=office, code=f"P{n}", name_et="x", name_ru="x",
                                 name_en="x", route="waiting") for n in range(6)]
        s.add_all(series + purposes)
        s.flush()
        series_ids = [x.id for x in series]
        purpose_ids = [x.id for x in purposes]
    rows = []
    outgoing: list[tuple[str, date]] = []
    for n in range(entries):
        day = rng.randrange(365)
        at = moment(day)
        incoming = n % 2 == 0
        row = {"id": uuid7(), "office_id": office, "direction": "incoming" if incoming
               else "outgoing", "series_id": rng.choice(series_ids),
               "registry_number": f"R/{n}", "year": 2026, "seq": n + 1,
               "registered_on": at.date(), "registered_at": at, "registered_by": "mari",
               "document_type": rng.choice(("application", "complaint", "request", "letter")),
               "title": "Letter", "transmittal": "post", "status": "registered",
               "deadline": at.date() + timedelta(days=30) if incoming else None,
               "answer_id": None}
        if not incoming:
            outgoing.append((row["id"], row["registered_on"]))
        rows.append(row)
    outgoing.sort(key=lambda x: x[1])
    for row in rows:
        if row["direction"] == "incoming" and outgoing and rng.random() < 0.8:
            letter, day = outgoing[rng.randrange(len(outgoing))]
            if day >= row["registered_on"]:
                row["status"], row["answer_id"] = "answered", letter
    visits, regs = [], []
    for _ in range(visitors):
        at = moment(rng.randrange(365))
        vid = uuid7()
        visits.append({"id": vid, "office_id": office, "arrived_at": at})
        regs.append({"id": uuid7(), "office_id": office, "visit_id": vid, "name": "Mari",
                     "purpose_id": rng.choice(purpose_ids), "arrived_at": at,
                     "left_at": at + timedelta(minutes=40) if rng.random() < 0.9 else None,
                     "badge_token": uuid7().replace("-", "")[:32],
                     "retain_until": at + timedelta(days=30)})
    issued = [{"id": uuid7(), "office_id": office, "registry_number": f"T/{n}", "year": 2026,
               "seq": n + 1, "template_id": rng.choice(("decision", "certificate", "summons",
                                                        "reminder", "receipt")),
               "template_version": 1, "lang": "et", "recipient": "Mari", "issued_by": "mari",
               "issued_at": moment(rng.randrange(365)),
               "delivery": rng.choice(("handed_over", "posted", "emailed")),
               "pdf_path": f"n{n}.pdf", "pdf_sha256": "0" * 64, "is_copy": n % 10 == 9,
               "verification_code": f"V{n}"} for n in range(notices)]
    with db.write() as s:
        conn = s.connection()
        conn.execute(insert(RegisterEntry.__table__), rows)
        conn.execute(insert(Visit.__table__), visits)
        conn.execute(insert(VisitorRegistration.__table__), regs)
        conn.execute(insert(Issuance.__table__), issued)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=25_000)
    parser.add_argument("--visitors", type=int, default=50_000)
    parser.add_argument("--notices", type=int, default=30_000)
    args = parser.parse_args()
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        office = create_demo_office(db, staff_actor())
        start = time.perf_counter()
        fill(db, office, args.entries, args.visitors, args.notices, rng)
        print(f"filled {args.entries} entries, {args.visitors} visitors, {args.notices} notices "
              f"in {time.perf_counter() - start:.1f} s")
        june = (date(2026, 6, 1), date(2026, 6, 30))

        def bare(sql: str) -> float:
            def run() -> None:
                with db.read() as s:
                    s.execute(text(sql)).all()
            return median_ms(run)

        cases = [
            ("documents, year by month", "documents", (FIRST, LAST), ("month",),
             "SELECT document_type, count(*) FROM register_entries GROUP BY document_type"),
            ("documents, June by type", "documents", june, ("document_type",),
             "SELECT document_type, count(*) FROM register_entries GROUP BY document_type"),
            ("visitors, year by month and purpose", "visitors", (FIRST, LAST),
             ("month", "purpose"),
             "SELECT purpose_id, count(*) FROM visitor_registrations GROUP BY purpose_id"),
            ("visitors, June by hour", "visitors", june, ("hour",),
             "SELECT purpose_id, count(*) FROM visitor_registrations GROUP BY purpose_id"),
            ("notices, year by month and template", "notices", (FIRST, LAST),
             ("month", "template"),
             "SELECT template_id, count(*) FROM issuances GROUP BY template_id"),
        ]
        for name, kind, (first, last), by, sql in cases:
            figure = median_ms(lambda f=first, t=last, b=by, k=kind: reports.report(
                db, [office], f, t, b, None, k, NOW))
            base = bare(sql)
            print(f"{name}: {figure:.1f} ms; bare GROUP BY {base:.1f} ms; "
                  f"ratio {figure / base:.1f}")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
