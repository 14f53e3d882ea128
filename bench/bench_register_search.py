"""Full-text search of the document register over 100,000 registered documents with 2 pages of
Estonian or Russian text each, in a PC's SQLite store (FTS5), and with `--postgresql URL` also
in a fresh PostgreSQL database there (tsvector + GIN).

Figure: p50/p95 of the whole `register_search.search` operation (the queue check, the match,
ranking, snippets, the entries read) over a mix of queries: inflected Estonian and Russian
words, names, two and three words, a registration number, a word found nowhere and words found
in many documents. Baseline: the same words as a plain `LIKE '%…%'` scan over the same
titles, parties and texts (each word in any of them, first 100 rows, no ranking), in the same
run on the same store. Target: p95 < 100 ms.
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

from app.core.ids import uuid7  # noqa: E402
from app.operations import register as r  # noqa: E402
from app.operations import register_search as rs  # noqa: E402
from app.operations.context import open_context, staff_actor  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402

FIRST = ("Mari", "Jaan", "Kati", "Peeter", "Liis", "Andres", "Tiina", "Toomas", "Kadri", "Rein",
         "Anne", "Jüri", "Maria", "Mart", "Eva", "Priit", "Kristi", "Tõnu", "Helen", "Margus",
         "Siim", "Kertu", "Märt", "Ülle", "Õie", "Aivar", "Triin", "Urmas", "Merike", "Heiki")
LAST = ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel",
        "Lepik", "Kallas", "Vaher", "Lepp", "Kuusk", "Karu", "Luik", "Kivi", "Mets", "Maasikas",
        "Õunapuu", "Jõgi", "Ots", "Raudsepp", "Laur", "Järv", "Org", "Paju", "Hein", "Põder")
RU_FIRST = ("Александр", "Ольга", "Сергей", "Ирина", "Дмитрий", "Наталья", "Андрей", "Елена",
            "Владимир", "Татьяна", "Михаил", "Светлана", "Игорь", "Марина", "Николай", "Анна")
RU_LAST = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
           "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев")
PLACES = ("Tallinn", "Tartu", "Narva", "Pärnu", "Kohtla-Järve", "Viljandi", "Rakvere",
          "Maardu", "Kuressaare", "Sillamäe", "Valga", "Võru", "Jõhvi", "Haapsalu", "Keila")
ORGS = ("Põhja Ehitus OÜ", "Lõuna Logistika AS", "MTÜ Kesklinna Selts", "Tartu Kinnisvara OÜ",
        "Balti Energia AS", "SA Narva Haigla", "ООО Ромашка", "Viru Metsa OÜ", "Harju Turva AS")
UNITS = ("Sotsiaalosakond", "Ehitusosakond", "Linnamajandus", "Kantselei", "Rahandusosakond",
         "Haridusosakond", "Пенсионный отдел", "Juriidiline osakond")

# Topics: (title, words of the topic in their forms) - a document is about one of them.
ET_TOPICS = (
    ("Taotlus töötutoetuse saamiseks", "töötu töötuks töötuna töötutoetus töötutoetuse "
     "töötuskindlustus töötukassa töötukassale tööotsing tööotsijana"),
    ("Ehitusloa taotlus", "ehitusluba ehitusloa ehitusloaga ehitusprojekt ehitusprojekti "
     "krunt krundil naaber naabritega detailplaneering detailplaneeringu"),
    ("Elukoha registreerimine", "elukoht elukoha elukohana elukohta rahvastikuregister "
     "rahvastikuregistris korter korteris üürileping üürilepingu"),
    ("Kaebus prügiveo kohta", "kaebus kaebuse kaebusega prügivedu prügiveo jäätmed "
     "jäätmeveo konteiner konteinerit hoov hoovis"),
    ("Toetuse taotlus", "toetus toetuse toetusena lasterikas lasterikka pere perele "
     "sissetulek sissetuleku toimetulekutoetus toimetulekutoetuse"),
    ("Teabenõue", "teabenõue teabenõude dokument dokumendi dokumentide koopia koopiat "
     "asutusesiseseks kasutamiseks juurdepääsupiirang"),
    ("Märgukiri tänavavalgustuse kohta", "tänavavalgustus tänavavalgustuse valgusti "
     "valgustid pimedus pimedas kõnnitee kõnniteel ohutus ohutuse"),
    ("Avaldus kalmistukoha saamiseks", "kalmistu kalmistul kalmistukoht hauaplats "
     "hauaplatsi matmine matmise lähedane lähedase"),
)
RU_TOPICS = (
    ("Заявление о назначении пенсии", "пенсия пенсии пенсию пенсией пенсионер пенсионера "
     "стаж стажа назначение назначении возраст возраста"),
    ("Заявление безработного", "безработный безработного безработным пособие пособия "
     "работа работы работу поиск трудоустройство трудоустройства"),
    ("Жалоба на шум", "жалоба жалобу жалобой шум шума соседи соседей ночью квартира "
     "квартире квартиры полиция"),
    ("Заявление на субсидию", "субсидия субсидии субсидию жильё жилья коммунальные "
     "расходы расходов оплата оплаты семья семьи"),
    ("Запрос информации", "запрос запроса информация информации документ документа "
     "документов копия копии ответ ответа"),
)
ET_SENTENCES = (
    "Palun {topic} seoses minu olukorraga, mis on muutunud alates {day}.",
    "Lisan avaldusele vajalikud dokumendid ja {topic} kohta käivad tõendid.",
    "Olen {place} elanik ja pöördun teie poole {topic} küsimuses.",
    "Eelmisel aastal esitasin samasisulise taotluse, kuid vastust ei ole saanud.",
    "Palun vastata kirjalikult aadressil {place}, {street} {number}.",
    "Minu kontaktandmed on toodud allpool, vajadusel palun helistada tööpäeviti.",
    "Kinnitan, et esitatud andmed on õiged ja {topic} asjaolud on kirjeldatud täielikult.",
    "Küsimus puudutab ka {topic} menetlust ning sellega seotud tähtaegu.",
    "Pöördumine on saadetud ka {org} teadmiseks.",
    "Lugupidamisega, {name}.",
)
RU_SENTENCES = (
    "Прошу рассмотреть моё заявление по вопросу {topic} в установленный срок.",
    "Проживаю в городе {place} по адресу {street} {number} с {day}.",
    "К заявлению прилагаю копии документов, подтверждающих {topic}.",
    "Ранее я уже обращался по этому вопросу, однако ответа не получил.",
    "Прошу направить ответ по почте или на электронный адрес, указанный ниже.",
    "Подтверждаю, что сведения верны, и даю согласие на обработку данных о {topic}.",
    "Вопрос также касается организации {org} и сроков рассмотрения.",
    "С уважением, {name}.",
)
STREETS = ("Pärnu mnt", "Narva mnt", "Tartu mnt", "Lai tn", "Pikk tn", "Kesk tn", "Rüütli tn",
           "Jaama tn", "Posti tn", "Kooli tn")
PAGE_CHARS = 1800

QUERIES = (
    "töötuna", "töötukassale", "ehitusloaga", "elukohta", "kaebusega", "toimetulekutoetust",
    "kalmistukohta", "tänavavalgustust", "Maasikas", "Jaan Tamm", "Kohtla-Järvel",
    "заявлением", "пенсионеру", "безработным", "субсидией", "Иванова", "жалобы на шум",
    "Põhja Ehitus", "ehitusloa naabritega detailplaneering", "krokodill", "taotlus",
    "документов", "1-2/25-00457",
)


def _fill(rng: random.Random, template: str, words: list[str], russian: bool) -> str:
    name = (f"{rng.choice(RU_FIRST)} {rng.choice(RU_LAST)}" if russian
            else f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    day = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}"
    return template.format(topic=rng.choice(words), day=day,
                           place=rng.choice(PLACES), street=rng.choice(STREETS),
                           number=rng.randint(1, 120), org=rng.choice(ORGS), name=name)


def document(rng: random.Random) -> tuple[str, str, str, str]:
    """A document's title, sender, organisation and two pages of text."""
    russian = rng.random() < 0.3
    title, words = rng.choice(RU_TOPICS if russian else ET_TOPICS)
    topic_words = words.split()
    sentences = RU_SENTENCES if russian else ET_SENTENCES
    pages = []
    for _page in range(2):
        out: list[str] = []
        size = 0
        while size < PAGE_CHARS:
            line = _fill(rng, rng.choice(sentences), topic_words, russian)
            if rng.random() < 0.5:
                line += " " + " ".join(rng.sample(topic_words, 3)) + "."
            out.append(line)
            size += len(line) + 1
        pages.append(" ".join(out))
    sender = (f"{rng.choice(RU_FIRST)} {rng.choice(RU_LAST)}" if russian
              else f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    organisation = rng.choice(ORGS) if rng.random() < 0.25 else ""
    return title, sender, organisation, "\n".join(pages)


def load(ctx, count: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    """`count` registered documents with their texts, written in bulk (the register's
    triggers run; the outbox's stay quiet, as for pulled rows)."""
    from sqlalchemy import text

    from app.store.models import RegisterSeries

    rng = random.Random(seed)
    with ctx.db.read() as s:
        series = s.query(RegisterSeries).filter_by(series_index="1-2").one()
    start = datetime(2025, 1, 2, 7, 0, tzinfo=UTC)
    entry_sql = text(
        "INSERT INTO register_entries (id, hlc, device_id, office_id, direction, series_id, "
        "registry_number, year, seq, registered_on, registered_at, registered_by, sender_name, "
        "sender_organisation, sender_address, sender_number, addressee, document_type, title, "
        "transmittal, access_basis, status, extended, addressee_address, forwarded_to) VALUES "
        "(:id, 1, '', :office, 'incoming', :series, :number, :year, :seq, :day, :at, 'bench', "
        ":sender, :org, '', '', :unit, 'application', :title, 'post', '', 'registered', "
        "false, '', '')")
    text_sql = text(
        "INSERT INTO register_texts (entry_id, office_id, file_id, title, parties, body) "
        "VALUES (:id, :office, :file, :indexed_title, :parties, :body)")
    batch = 2000
    made = 0
    while made < count:
        entries = []
        for i in range(made, min(count, made + batch)):
            at = start + timedelta(minutes=7 * i)
            year = at.year
            title, sender, org, body = document(rng)
            number = f"1-2/{year % 100:02d}-{i + 1:05d}"
            unit = rng.choice(UNITS)
            entries.append({
                "id": uuid7(), "office": ctx.office_id, "series": series.id, "number": number,
                "year": year, "seq": i + 1, "day": at.date(), "at": at.replace(tzinfo=None)
                if ctx.db.dialect == "sqlite" else at, "sender": sender, "org": org,
                "unit": unit, "title": title, "file": uuid7(),
                "indexed_title": f"{number} {title}",
                "parties": " \u00b7 ".join(p for p in (sender, org, unit) if p), "body": body})
        with ctx.db.write() as s:
            if ctx.db.dialect == "sqlite":
                s.execute(text("INSERT OR REPLACE INTO local_meta (key, value) "
                               "VALUES ('applying_pull', '1')"))
            s.execute(entry_sql, entries)
            s.execute(text_sql, entries)
            s.execute(text("DELETE FROM register_text_queue"))
            if ctx.db.dialect == "sqlite":
                s.execute(text("DELETE FROM local_meta WHERE key = 'applying_pull'"))
        made += len(entries)
        print(f"\r  {made:,} documents", end="", flush=True)
    print()


def like_scan(ctx, query: str) -> int:  # type: ignore[no-untyped-def]
    """The baseline: each word anywhere in the title, parties or text, in any letter case."""
    from sqlalchemy import text

    words = query.split()
    where = " AND ".join(
        f"(lower(title) LIKE :w{i} OR lower(parties) LIKE :w{i} OR lower(body) LIKE :w{i})"
        for i in range(len(words)))
    params = {f"w{i}": f"%{w.lower()}%" for i, w in enumerate(words)}
    with ctx.db.read() as s:
        return len(s.execute(text(
            f"SELECT entry_id FROM register_texts WHERE office_id = :office AND {where} "
            "LIMIT 100"), {"office": ctx.office_id, **params}).all())


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(ctx, rounds: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times: list[float] = []
    per_query: dict[str, tuple[float, int]] = {}
    rs.search(ctx, "soojendus")  # warm the caches once, as a PC in use has them
    for _round in range(rounds):
        for q in QUERIES:
            t0 = time.perf_counter()
            found = rs.search(ctx, q)
            took = (time.perf_counter() - t0) * 1000
            times.append(took)
            per_query[q] = (max(took, per_query.get(q, (0.0, 0))[0]), len(found.hits))
    like_times: list[float] = []
    like_hits: dict[str, int] = {}
    for q in QUERIES:
        t0 = time.perf_counter()
        like_hits[q] = like_scan(ctx, q)
        like_times.append((time.perf_counter() - t0) * 1000)
    print(f"  {'query':<40} {'search max ms':>13} {'hits':>5} {'LIKE hits':>9}")
    for q in QUERIES:
        took, hits = per_query[q]
        print(f"  {q:<40} {took:>13.1f} {hits:>5} {like_hits[q]:>9}")
    figures = {
        "p50": statistics.median(times), "p95": pct(times, 95), "max": max(times),
        "like_p50": statistics.median(like_times), "like_p95": pct(like_times, 95)}
    print(f"  search: p50 {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms, "
          f"max {figures['max']:.1f} ms over {len(times)} searches")
    print(f"  LIKE '%…%' scan: p50 {figures['like_p50']:.1f} ms, "
          f"p95 {figures['like_p95']:.1f} ms over {len(like_times)} scans")
    print(f"  ratio LIKE/search: p50 {figures['like_p50'] / figures['p50']:.0f}x, "
          f"p95 {figures['like_p95'] / figures['p95']:.0f}x")
    verdict = "met" if figures["p95"] < 100 else "NOT met"
    print(f"  target p95 < 100 ms: {verdict}")
    return figures


def run(url: str, count: int, rounds: int, seed: int, label: str, reuse: bool = False) -> None:
    db = open_database(url)
    try:
        if reuse:
            ctx = open_context(db, staff_actor())
            print(f"{label}: the documents loaded before")
            measure(ctx, rounds)
            return
        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor())
        r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}")
        print(f"{label}: loading {count:,} documents (2 pages of text each)")
        t0 = time.perf_counter()
        load(ctx, count, seed)
        print(f"  loaded and indexed in {time.perf_counter() - t0:.0f} s")
        if db.dialect == "sqlite":
            with db.write_connection() as conn:
                conn.exec_driver_sql("INSERT INTO register_texts_fts (register_texts_fts) "
                                     "VALUES ('optimize')")
        else:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE register_texts, register_text_queue")
        measure(ctx, rounds)
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--postgresql", default="",
                        help="a PostgreSQL server URL: also run on a fresh database there")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--pg-database", default="",
                        help="keep the PostgreSQL database under this name, and measure one "
                             "made before")
    parser.add_argument("--store", default="",
                        help="keep the SQLite store in this file, and measure one made before")
    args = parser.parse_args()
    if args.store:
        path = Path(args.store)
        run(f"sqlite:///{path}", args.documents, args.rounds, args.seed, "SQLite (FTS5)",
            reuse=path.exists())
    elif not args.skip_sqlite:
        with tempfile.TemporaryDirectory(prefix="lett-bench-") as folder:
            path = Path(folder) / "lett.sqlite3"
            run(f"sqlite:///{path}", args.documents, args.rounds, args.seed, "SQLite (FTS5)")
            print(f"  store size {path.stat().st_size / 1e6:.0f} MB")
    if args.postgresql and args.pg_database:
        import psycopg

        admin = args.postgresql.replace("postgresql+psycopg://", "postgresql://", 1)
        with psycopg.connect(admin, autocommit=True) as conn:
            there = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                 (args.pg_database,)).fetchone() is not None
            if not there:
                conn.execute(f'CREATE DATABASE "{args.pg_database}"')
        run(args.postgresql.rsplit("/", 1)[0] + f"/{args.pg_database}", args.documents,
            args.rounds, args.seed, "PostgreSQL (tsvector, GIN)", reuse=there)
    elif args.postgresql:
        import uuid

        import psycopg

        admin = args.postgresql.replace("postgresql+psycopg://", "postgresql://", 1)
        name = f"lett_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            run(args.postgresql.rsplit("/", 1)[0] + f"/{name}", args.documents, args.rounds,
                args.seed, "PostgreSQL (tsvector, GIN)")
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    sqlite3.register_adapter(date, lambda d: d.isoformat())
    main()
