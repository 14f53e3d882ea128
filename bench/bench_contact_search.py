"""Search of the contact journal over 200,000 contacts in this PC's SQLite store.

Figure: p50/p95 of `list_contacts` with a search text (the whole operation: the SQL search
over the note and the client's name, organisation and e-mail, the folded match over the
newest contacts, and the access-log records of the clients found, committed), over a mix of
queries: a word of old notes, a client's name, a personal code, a word found nowhere.
Baseline: the same words as one plain `LIKE '%...%'` scan of the notes alone, in the same
run on the same file. Target: p95 < 300 ms and a ratio < 2, the search finding
contacts of any age.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.ids import uuid7  # noqa: E402
from app.operations import contacts as c  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402

WORDS = ("pension", "toetus", "volikiri", "elukoht", "tõend", "avaldus", "pank", "arve",
         "haigekassa", "lapsetoetus", "puue", "ehitusluba", "maks", "dokument", "kinnitus")
NAMES = ("Mari Tamm", "Olga Ivanova", "Jaan Saar", "Sergei Petrov", "Kati Kask",
         "Irina Smirnova", "Peeter Mägi", "Anna Volkova")


def load(path: Path, count: int, seed: int) -> str:
    db = open_database(f"sqlite:///{path}")
    office_id = create_demo_office(db, staff_actor())
    db.dispose()
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, 7, 0, tzinfo=UTC)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    # Loaded rows are not changes to send: the outbox triggers stay quiet, as for pulled rows.
    con.execute("INSERT OR REPLACE INTO local_meta (key, value) VALUES ('applying_pull', '1')")
    rows = []
    for i in range(count):
        at = start + timedelta(minutes=5 * i)
        note = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
        if i == 10:
            note += " kaugkülaline"  # one old contact the search must find
        client = rng.random() < 0.3
        rows.append((uuid7(), office_id, 0, "", None, "phone", None, note, "served", "mari",
                     at.isoformat(sep=" "), at.isoformat(sep=" "), "et",
                     rng.choice(NAMES) if client else "", None, "", "", "",
                     (at + timedelta(days=3650)).isoformat(sep=" ")))
        if len(rows) == 10_000:
            _insert(con, rows)
            rows = []
    _insert(con, rows)
    con.execute("DELETE FROM local_meta WHERE key = 'applying_pull'")
    con.commit()
    con.close()
    return office_id


def _insert(con: sqlite3.Connection, rows: list[tuple]) -> None:
    con.executemany(
        "INSERT INTO contacts (id, office_id, hlc, device_id, deleted_at, channel, topic_id, "
        "note, outcome, served_by, started_at, ended_at, lang, client_name, client_code, "
        "client_organisation, client_email, client_phone, retain_until) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.sqlite3"
    began = time.perf_counter()
    load(path, args.contacts, 7)
    print(f"loaded {args.contacts} contacts in {time.perf_counter() - began:.1f} s")
    db = open_database(f"sqlite:///{path}")
    ctx = open_context(db, staff_actor())
    queries = ["kaugkülaline", "Olga Ivanova", "ehitusluba volikiri", "zzzz-nowhere"]
    found = c.list_contacts(ctx, c.ContactQuery(text="kaugkülaline"))
    assert len(found) == 1, "the oldest contacts must be found"
    ours: list[float] = []
    base: list[float] = []
    each: dict[str, list[float]] = {q: [] for q in queries}
    con = sqlite3.connect(path)
    for _ in range(args.rounds):
        for text in queries:
            t = time.perf_counter()
            c.list_contacts(ctx, c.ContactQuery(text=text))
            ours.append((time.perf_counter() - t) * 1000)
            each[text].append(ours[-1])
            t = time.perf_counter()
            con.execute("SELECT id FROM contacts WHERE note LIKE ? ORDER BY started_at DESC "
                        "LIMIT 200", (f"%{text.split()[0]}%",)).fetchall()
            base.append((time.perf_counter() - t) * 1000)
    con.close()
    db.dispose()
    p50, p95 = statistics.median(ours), percentile(ours, 0.95)
    b50, b95 = statistics.median(base), percentile(base, 0.95)
    for text, times in each.items():
        print(f"  {text!r}: median {statistics.median(times):.1f} ms")
    print(f"list_contacts(text): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    print(f"baseline LIKE over the notes: p50 {b50:.1f} ms, p95 {b95:.1f} ms")
    print(f"ratio p95: {p95 / b95:.2f}  (target p95 < 300 ms: "
          f"{'met' if p95 < 300 else 'NOT met'}; ratio < 2: "
          f"{'met' if p95 / b95 < 2 else 'NOT met'})")


if __name__ == "__main__":
    main()
