"""Search of past visits over 1,000,000 registrations in this PC's SQLite store.

Figure: p50/p95 of `find_registrations` (the search itself) and of the whole `search_visits`
operation (which also records each person found in the access log), over a mix of queries by
name (whole words, prefixes, two words), personal code, organisation, organisation with a date
range, and a date alone. Baseline: the same queries as a plain `LIKE '%...%'` scan of the
registrations (what a search without the word index does), in the same run on the same file.
Target: p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import idcode  # noqa: E402
from app.core import visitors as rules  # noqa: E402
from app.core.ids import uuid7  # noqa: E402
from app.operations import visitors as v  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402

FIRST = (
    "Mari", "Jaan", "Kati", "Peeter", "Liis", "Andres", "Tiina", "Toomas", "Kadri", "Rein",
    "Anne", "Jüri", "Maria", "Mart", "Eva", "Priit", "Kristi", "Tõnu", "Helen", "Margus",
    "Aleksandr", "Olga", "Sergei", "Irina", "Dmitri", "Natalia", "Andrei", "Jelena", "Vladimir",
    "Tatjana", "Mihhail", "Svetlana", "Igor", "Marina", "Nikolai", "Anna", "Pavel", "Julia",
    "Ivan", "Ljudmila", "Siim", "Kertu", "Märt", "Ülle", "Õie", "Aivar", "Triin", "Urmas",
    "Merike", "Heiki"
)
LAST = (
    "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel",
    "Lepik", "Kallas", "Ivanov", "Vaher", "Lepp", "Kuusk", "Karu", "Luik", "Kivi", "Mets",
    "Õunapuu", "Jõgi", "Ots", "Raudsepp", "Laur", "Smirnov", "Kuznetsov", "Popov", "Vassiljev",
    "Petrov", "Sokolov", "Mihhailov", "Novikov", "Fjodorov", "Morozov", "Volkov", "Aleksejev",
    "Lebedev", "Semjonov", "Jegorov", "Pavlov", "Kozlov", "Stepanov", "Nikolajev", "Orlov",
    "Andrejev", "Makarov", "Nikitin", "Zahharov", "Zaitsev"
)
ORG_WORDS = (
    "Näide", "Põhja", "Lõuna", "Ida", "Lääne", "Kesk", "Balti", "Tallinna", "Tartu", "Pärnu",
    "Narva", "Viru", "Harju", "Saare", "Ehitus", "Transport", "Logistika", "Kinnisvara",
    "Tarkvara", "Energia", "Metsa", "Kala", "Piima", "Meditsiin", "Haridus", "Konsult",
    "Disain", "Turva", "Puhastus", "Kaubandus"
)
ORG_KINDS = ("OÜ", "AS", "MTÜ", "SA")
SPAN_DAYS = 3 * 365


def names(rng: random.Random) -> tuple[str, str]:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}", (
        f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}"
        if rng.random() < 0.6 else "")


def load(path: Path, count: int, seed: int) -> tuple[list[str], datetime]:
    """A store with `count` registrations (and their visits) over three years; the codes."""
    db = open_database(f"sqlite:///{path}")
    office_id = create_demo_office(db, staff_actor())
    db.dispose()
    rng = random.Random(seed)
    start = datetime(2023, 11, 24, 7, 0, tzinfo=UTC)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    # Rows loaded in bulk are not changes to send: the outbox triggers stay quiet, as they do
    # for rows a PC pulls. The search triggers run, as they do for every row.
    con.execute("INSERT OR REPLACE INTO local_meta (key, value) VALUES ('applying_pull', '1')")
    codes = []
    batch_v, batch_r = [], []

    def flush() -> None:
        con.executemany("INSERT INTO visits (id, office_id, hlc, device_id, deleted_at, "
                        "arrived_at, left_at) VALUES (?, ?, 0, '', NULL, ?, ?)", batch_v)
        con.executemany(
            "INSERT INTO visitor_registrations (id, office_id, hlc, device_id, deleted_at, "
            "visit_id, name, name_key, id_code, document, organisation, org_key, phone, email, "
            "purpose_id, host_id, lang, arrived_at, left_at, badge_token, ticket_id, "
            "ticket_number, notes, registered_by, retain_until, anonymised_at) VALUES "
            "(?, ?, 0, '', NULL, ?, ?, ?, ?, '', ?, ?, '', '', NULL, NULL, 'et', ?, ?, ?, "
            "NULL, '', '', 'bench', ?, NULL)", batch_r)
        batch_v.clear()
        batch_r.clear()

    for i in range(count):
        arrived = start + timedelta(seconds=int(i * SPAN_DAYS * 86400 / count))
        left = arrived + timedelta(minutes=rng.randint(5, 90))
        name, org = names(rng)
        code = None
        if rng.random() < 0.6:
            born = date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
            code = idcode.make(rng.choice((3, 4, 5, 6)), born, rng.randint(0, 999))
            codes.append(code)
        visit_id = uuid7()
        at, out = arrived.strftime("%Y-%m-%d %H:%M:%S.000000"), left.strftime(
            "%Y-%m-%d %H:%M:%S.000000")
        batch_v.append((visit_id, office_id, at, out))
        batch_r.append((uuid7(), office_id, visit_id, name, rules.fold(name), code, org,
                        rules.fold(org), at, out, f"{i:032x}",
                        (arrived + timedelta(days=10 * 365)).strftime("%Y-%m-%d %H:%M:%S.000000")))
        if len(batch_r) >= 20_000:
            flush()
            con.commit()
    flush()
    con.execute("DELETE FROM local_meta WHERE key = 'applying_pull'")
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return codes, start + timedelta(days=SPAN_DAYS)


def queries(rng: random.Random, codes: list[str], end: datetime, n: int) -> list[v.SearchQuery]:
    out = []
    for i in range(n):
        kind = i % 8
        day = (end - timedelta(days=rng.randint(1, SPAN_DAYS - 10))).date()
        if kind == 0:
            q = v.SearchQuery(name=rng.choice(LAST))
        elif kind == 1:
            q = v.SearchQuery(name=rng.choice(LAST)[:3])
        elif kind == 2:
            q = v.SearchQuery(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        elif kind == 3:
            q = v.SearchQuery(name=f"{rng.choice(FIRST)[:2]} {rng.choice(LAST)[:4]}")
        elif kind == 4:
            q = v.SearchQuery(id_code=rng.choice(codes))
        elif kind == 5:
            q = v.SearchQuery(organisation=f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)}")
        elif kind == 6:
            q = v.SearchQuery(organisation=rng.choice(ORG_WORDS), day_from=day,
                              day_to=day + timedelta(days=30))
        else:
            q = v.SearchQuery(day_from=day, day_to=day)
        out.append(q)
    return out


def like_sql(q: v.SearchQuery) -> tuple[str, list[object]]:
    """The same query as a plain LIKE scan of the registrations, without the word index."""
    where, args = ["office_id = ?"], []
    for word in q.name.split():
        where.append("name LIKE ?")
        args.append(f"%{word}%")
    if q.id_code:
        where.append("id_code LIKE ?")
        args.append(f"%{q.id_code}%")
    for word in q.organisation.split():
        where.append("organisation LIKE ?")
        args.append(f"%{word}%")
    if q.day_from:
        where.append("arrived_at >= ?")
        args.append(f"{q.day_from} 00:00:00")
    if q.day_to:
        where.append("arrived_at < ?")
        args.append(f"{q.day_to + timedelta(days=1)} 00:00:00")
    sql = (f"SELECT * FROM visitor_registrations WHERE {' AND '.join(where)} "
           f"ORDER BY arrived_at DESC LIMIT {q.limit}")
    return sql, args


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--baseline-queries", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="reuse (or make) the store at this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "lett.sqlite3"
        t0 = time.perf_counter()
        codes_made = not (args.keep and path.exists())
        if not codes_made:
            con = sqlite3.connect(path)
            codes = [r[0] for r in con.execute(
                "SELECT id_code FROM visitor_registrations WHERE id_code IS NOT NULL LIMIT 50000")]
            end = datetime(2023, 11, 24, 7, 0, tzinfo=UTC) + timedelta(days=SPAN_DAYS)
            con.close()
        else:
            codes, end = load(path, args.visits, args.seed)
        how = ("reused" if args.keep and t0 and not codes_made else
               f"loaded in {time.perf_counter() - t0:.0f} s")
        print(f"store: {args.visits:,} registrations {how}, "
              f"{path.stat().st_size / 1e6:.0f} MB")
        db = open_database(f"sqlite:///{path}")
        ctx = open_context(db, staff_actor())
        rng = random.Random(args.seed + 1)
        qs = queries(rng, codes, end, args.queries)
        for q in qs[:16]:  # warm the page cache like a desk PC that has been searching
            with db.read() as s:
                v.find_registrations(s, ctx.office_id, q, ctx)
        found, search, op = [], [], []
        for q in qs:
            with db.read() as s:
                t = time.perf_counter()
                rows = v.find_registrations(s, ctx.office_id, q, ctx)
                search.append((time.perf_counter() - t) * 1000)
            found.append(len(rows))
            t = time.perf_counter()
            v.search_visits(ctx, q)
            op.append((time.perf_counter() - t) * 1000)
        like = []
        con = sqlite3.connect(path)
        for q in qs[: args.baseline_queries]:
            sql, params = like_sql(q)
            t = time.perf_counter()
            con.execute(sql, [ctx.office_id, *params]).fetchall()
            like.append((time.perf_counter() - t) * 1000)
        con.close()
        db.dispose()
    kinds = ("surname", "surname prefix", "first and last name", "prefixes of both names",
             "personal code", "organisation", "organisation word + 30 days", "one day")
    print(f"queries: {len(qs)} ({', '.join(kinds)}, in turn); results per query: "
          f"median {statistics.median(found):.0f}, max {max(found)}")
    print(f"lett search (find_registrations):  p50 {pct(search, 50):6.1f} ms  "
          f"p95 {pct(search, 95):6.1f} ms  max {max(search):6.1f} ms")
    print(f"lett search_visits (with the log): p50 {pct(op, 50):6.1f} ms  "
          f"p95 {pct(op, 95):6.1f} ms  max {max(op):6.1f} ms")
    print(f"baseline LIKE scan ({len(like)} queries): p50 {pct(like, 50):6.1f} ms  "
          f"p95 {pct(like, 95):6.1f} ms")
    print(f"ratio LIKE/lett at p95: {pct(like, 95) / pct(search, 95):.1f}x "
          f"(p50: {pct(like, 50) / pct(search, 50):.1f}x)")
    print(f"target p95 < 50 ms: {'met' if pct(op, 95) < 50 else 'NOT met'} "
          f"(search_visits p95 {pct(op, 95):.1f} ms)")


if __name__ == "__main__":
    main()
