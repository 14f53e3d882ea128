"""One round of sync between this PC's store and its server: push, then pull (each followed by
the content of stored files, app.sync.files).

Push sends the outbox in order, in batches; each change is named `<device id>:<seq>` by its
outbox seq (never reused), and the server records the highest seq applied and each change's
digest, so a batch sent again after a lost answer is applied once. The outbox rows go only once
the server has answered; a change it refused moves to `sync_rejections`, kept and shown, never
dropped.

A store put back from an earlier copy, or one two PCs share (a cloned disk), numbers new
changes with seqs the server already has from this device. The server refuses them
(`sync_store_copied`), or its mark shows seqs this store never gave: the PC marks its store as
copied, keeps every unsent change, stops pushing and says it must connect again; connecting
gives it a new device identity (app.sync.connection), under which the changes go.

Every round also keeps how far the server's clock runs ahead of this PC's, read from the
server's answers (app.sync.link), so work done while the server cannot be reached is dated by
the server's time (app.store.db, Context.now).

Pull reads the office's change log from the cursor kept in `local_meta`, and applies each page
in one transaction together with the new cursor, with the outbox triggers quiet. A row that
still has unsent local changes is not overwritten: it comes back, merged, after its push.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from app.core.clock import MAX_DRIFT_MS, hlc_wall_ms, utcnow
from app.core.errors import LettError, Refused, Rejected
from app.store.db import HEAD, SERVER_OFFSET, Database
from app.store.models import LocalMeta, Outbox, SyncRejection
from app.store.rows import TABLES, BadRow, parse_row
from app.sync.files import fetch_files, files_waiting, send_files

PUSH_BATCH = 500
PULL_PAGE = 2000
CURSOR = "pull_cursor"
LAST_SYNC = "last_sync_at"
# A clock offset smaller than this is no offset: not worth a shift of the PC's times, nor a
# write of the store at every round for the readings' jitter.
SMALL_OFFSET_MS = 100
# The device id under which this store was found restored or copied (see the module's notes).
STORE_COPIED = "store_copied"


@dataclass
class SyncReport:
    """What one round did, and what is left: the status bar and `lett sync` show it."""

    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    skipped: int = 0
    waiting: int = 0
    rejections: int = 0
    cursor: int = 0
    last_sync: datetime | None = None
    error: LettError | None = None
    # Stored files' content: sent to the server, fetched from it, and still to go either way;
    # the last file that could not go this round and why (it is tried again next round).
    files_sent: int = 0
    files_fetched: int = 0
    files_waiting: int = 0
    file_error: LettError | None = None
    # How far ahead of the server's clock this PC's clock was, in minutes, when the server
    # refused changes of this round for it (0: none was); the status bar says the clock is
    # wrong.
    clock_ahead_minutes: int = 0
    # Changes once refused for a clock ahead, put back in the outbox this round (their stamp is
    # no longer ahead of the server's time).
    resent: int = 0

    @property
    def online(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        return {
            "online": self.online,
            "pushed": self.pushed,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "pulled": self.pulled,
            "skipped": self.skipped,
            "waiting": self.waiting,
            "rejections": self.rejections,
            "cursor": self.cursor,
            "last_sync": self.last_sync.isoformat() if self.last_sync else None,
            "error": self.error.code if self.error else None,
            "files_sent": self.files_sent,
            "files_fetched": self.files_fetched,
            "files_waiting": self.files_waiting,
            "file_error": self.file_error.code if self.file_error else None,
            "clock_ahead_minutes": self.clock_ahead_minutes,
            "resent": self.resent,
        }


@dataclass
class Pending:
    """A local change that has not reached the server, as the status shows it."""

    waiting: int
    rejections: int
    last_sync: datetime | None
    cursor: int
    rejected: list[dict[str, Any]] = field(default_factory=list)


def _meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(LocalMeta.value).where(LocalMeta.key == key)).scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(LocalMeta.__table__).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def pending(db: Database, with_rejections: bool = False) -> Pending:
    with db.read_connection() as conn:
        waiting = conn.execute(select(func.count()).select_from(Outbox)).scalar_one()
        rejections = conn.execute(select(func.count()).select_from(SyncRejection)).scalar_one()
        last = _meta(conn, LAST_SYNC)
        cursor = int(_meta(conn, CURSOR) or 0)
        rejected = []
        if with_rejections:
            for r in conn.execute(select(SyncRejection).order_by(SyncRejection.seq)).mappings():
                rejected.append({
                    "seq": r["seq"], "table": r["table_name"], "row_id": r["row_id"],
                    "op": r["op"], "reason": r["reason"], "params": json.loads(r["detail"] or "{}"),
                    "rejected_at": r["rejected_at"].isoformat(),
                })
    return Pending(waiting, rejections, datetime.fromisoformat(last) if last else None, cursor,
                   rejected)


def store_copied(db: Database) -> bool:
    """Whether this store was found restored or copied under its present device identity."""
    with db.read_connection() as conn:
        return _meta(conn, STORE_COPIED) == db.device_id


def push(db: Database, link: Any, report: SyncReport) -> None:
    """Send the outbox, batch by batch, until it is empty."""
    if store_copied(db):
        raise Refused("sync_store_copied")
    report.resent += resend_clock_refused(db)
    while True:
        with db.read_connection() as conn:
            rows = conn.execute(
                select(Outbox).order_by(Outbox.seq).limit(PUSH_BATCH)
            ).mappings().all()
        if not rows:
            return
        try:
            answer = _send(db, link, rows, report)
        except Refused as exc:
            if exc.code != "sync_store_copied":
                raise
            # The changes before the first one the server does not recognise are ones it
            # has: they are settled as usual (duplicates, or refused again), the rest kept.
            first = exc.params.get("seq")
            settled = [r for r in rows if isinstance(first, int) and r["seq"] < first]
            if settled:
                _send(db, link, settled, report)
            _mark_copied(db)
            raise Refused("sync_store_copied") from exc
        if int(answer.get("pushed_seq", 0)) > _highest_seq(db):
            _mark_copied(db)
            raise Refused("sync_store_copied")


def resend_clock_refused(db: Database) -> int:
    """Put the changes the server refused for a clock ahead of its own back in the outbox, once
    their stamp is no longer ahead of the server's time as this PC knows it (the PC's clock was
    put right, or time caught up): nothing made while the clock was wrong is lost. Each goes
    back under a new seq, after the changes made since, which the last-writer rule orders by
    their stamps. The number put back."""
    now_ms = int(db.wall() * 1000) + db.server_offset_ms
    moment = utcnow().isoformat()
    back = 0
    with db.write_connection() as conn:
        refused = conn.execute(select(SyncRejection).where(
            SyncRejection.reason == "sync_clock_ahead").order_by(SyncRejection.seq)).mappings()
        for r in refused.all():
            stamp = int((json.loads(r["row"]) if r["row"] else {}).get("hlc") or 0)
            if hlc_wall_ms(stamp) - now_ms > MAX_DRIFT_MS:
                continue
            conn.execute(Outbox.__table__.insert().values(
                table_name=r["table_name"], row_id=r["row_id"], op=r["op"], row=r["row"],
                fields=r["fields"], created_at=moment))
            conn.execute(delete(SyncRejection).where(SyncRejection.seq == r["seq"]))
            back += 1
    return back


def _send(db: Database, link: Any, rows: Sequence[Any], report: SyncReport) -> dict[str, Any]:
    """Push `rows` (outbox rows in order) in one batch; drop them from the outbox once the
    server has answered, keeping the refused ones as rejections. The server's answer."""
    mutations = []
    for r in rows:
        mutations.append({
            "seq": r["seq"],
            "table": r["table_name"],
            "row_id": r["row_id"],
            "op": r["op"],
            "row": json.loads(r["row"]) if r["row"] else {"id": r["row_id"]},
            "fields": json.loads(r["fields"]) if r["fields"] else None,
        })
    answer: dict[str, Any] = link.post(
        "/sync/push", {"schema": HEAD, "device_id": db.device_id, "mutations": mutations}
    )
    refused = {int(x["seq"]): x for x in answer.get("rejected", [])}
    last = rows[-1]["seq"]
    moment = utcnow()
    with db.write_connection() as conn:
        for r in rows:
            x = refused.get(r["seq"])
            if x is not None:
                conn.execute(SyncRejection.__table__.insert().values(
                    seq=r["seq"], table_name=r["table_name"], row_id=r["row_id"],
                    op=r["op"], row=r["row"], fields=r["fields"],
                    reason=str(x.get("reason", ""))[:64],
                    detail=json.dumps(x.get("params") or {}), rejected_at=moment,
                ))
        conn.execute(delete(Outbox).where(Outbox.seq <= last))
    report.pushed += int(answer.get("accepted", 0))
    report.duplicates += int(answer.get("duplicates", 0))
    report.rejected += len(refused)
    for x in refused.values():
        if x.get("reason") == "sync_clock_ahead":
            minutes = (x.get("params") or {}).get("minutes")
            if isinstance(minutes, int):
                report.clock_ahead_minutes = max(report.clock_ahead_minutes, minutes)
    return answer


def _highest_seq(db: Database) -> int:
    """The highest outbox seq this store ever gave (SQLite's AUTOINCREMENT keeps it)."""
    with db.read_connection() as conn:
        value = conn.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")).scalar()
    return int(value or 0)


def _mark_copied(db: Database) -> None:
    with db.write_connection() as conn:
        _set_meta(conn, STORE_COPIED, db.device_id)


def pull(db: Database, link: Any, report: SyncReport) -> None:
    """Apply the office's change log from the stored cursor until the server has no more."""
    while True:
        with db.read_connection() as conn:
            cursor = int(_meta(conn, CURSOR) or 0)
        page = link.get("/sync/pull", after=cursor, limit=PULL_PAGE, schema=HEAD)
        # Before the clock observes the pulled rows' stamps: against this PC's clock alone, a
        # clock running ahead would carry every later stamp ahead with it.
        keep_server_offset(db, link)
        changes = page.get("changes", [])
        new_cursor = int(page.get("last_seq", cursor))
        if new_cursor < cursor:
            raise Rejected("bad_request", detail="the server's change log is behind this PC")
        if changes or new_cursor != cursor:
            applied, skipped, newest = apply_page(db, changes, new_cursor)
            report.pulled += applied
            report.skipped += skipped
            if newest:
                db.clock.observe(newest)
        report.cursor = new_cursor
        if not page.get("more"):
            return


def apply_page(db: Database, changes: list[dict[str, Any]], cursor: int) -> tuple[int, int, int]:
    """Apply pulled rows and store the cursor, in one transaction: (applied, skipped, max hlc).
    A row refused as invalid is skipped and counted; the cursor moves on. A row naming a row
    this store does not have ends the page, which keeps nothing, naming its table."""
    try:
        return _apply_page(db, changes, cursor, find_broken=False)
    except IntegrityError:
        # The references are checked at the commit; only a page that broke one is applied
        # again, and checked table by table before that, to say which.
        _apply_page(db, changes, cursor, find_broken=True)
        raise


def _apply_page(db: Database, changes: list[dict[str, Any]], cursor: int,
                find_broken: bool) -> tuple[int, int, int]:
    applied = skipped = newest = 0
    with db.write_connection() as conn:
        conn.execute(text("PRAGMA defer_foreign_keys = ON"))
        _set_meta(conn, "applying_pull", "1")
        unsent = {
            (t, r) for t, r in conn.execute(select(Outbox.table_name, Outbox.row_id)).all()
        }
        run: list[dict[str, Any]] = []
        run_table = ""
        touched: set[str] = set()
        for change in changes:
            table = change.get("table")
            if table not in TABLES:
                skipped += 1
                continue
            if (table, change.get("row_id")) in unsent:
                skipped += 1
                continue
            try:
                values = parse_row(table, change.get("row"))
            except BadRow:
                skipped += 1
                continue
            if table != run_table and run:
                _upsert_named(conn, run_table, run)
                run = []
            run_table = table
            touched.add(table)
            run.append(values)
            newest = max(newest, values.get("hlc") or 0)
            applied += 1
        if run:
            _upsert_named(conn, run_table, run)
        if find_broken:
            _check_references(conn, touched)
        _set_meta(conn, CURSOR, str(cursor))
        _set_meta(conn, LAST_SYNC, utcnow().isoformat())
        _set_meta(conn, "applying_pull", "0")
    return applied, skipped, newest


def _upsert_named(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    """Upsert pulled rows; a row the store's constraints refuse ends the page naming its table."""
    try:
        _upsert(conn, table_name, rows)
    except IntegrityError as exc:
        raise Rejected("sync_bad_row", table=table_name, detail=_constraint(exc)) from exc


def _check_references(conn: Connection, tables: set[str]) -> None:
    """The page's references, checked before it is kept (they are deferred while it is applied,
    as a row may come before the row it names): a broken one ends the page naming its table."""
    for name in sorted(tables):
        broken = conn.execute(text(f'PRAGMA foreign_key_check("{name}")')).first()
        if broken is not None:
            raise Rejected("sync_bad_row", table=str(broken[0]),
                           detail=f"{broken[2]}: no such row")


def _constraint(exc: IntegrityError) -> str:
    return str(exc.orig).splitlines()[0][:200] if exc.orig else "constraint"


def _upsert(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    table = TABLES[table_name]
    by_keys: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(frozenset(row), []).append(row)
    for keys, group in by_keys.items():
        stmt = sqlite_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={k: stmt.excluded[k] for k in keys if k != "id"},
        )
        conn.execute(stmt, group)


def keep_server_offset(db: Database, link: Any) -> None:
    """Adopt, and keep in the store, the server clock's offset from this PC's clock as the
    link's answers gave it, where it moved by SMALL_OFFSET_MS or more."""
    measure = getattr(link, "server_offset_ms", None)
    offset = measure(db.wall) if measure is not None else None
    if offset is None:
        return
    if abs(offset) < SMALL_OFFSET_MS:
        offset = 0
    if offset == db.server_offset_ms or (
            offset and abs(offset - db.server_offset_ms) < SMALL_OFFSET_MS):
        return
    with db.write_connection() as conn:
        _set_meta(conn, SERVER_OFFSET, str(offset))
    db.server_offset_ms = offset


def sync_once(db: Database, link: Any) -> SyncReport:
    """Push, send the content of stored files, pull, fetch the content of stored files. A
    failure (no connection, refused) ends the round; what was done stays done, and the report
    says what happened."""
    report = SyncReport()
    try:
        push(db, link, report)
        send_files(db, link, report)
        pull(db, link, report)
        fetch_files(db, link, report)
    except LettError as exc:
        report.error = exc
    except IntegrityError as exc:
        report.error = Rejected("sync_bad_row", table="?", detail=_constraint(exc))
    keep_server_offset(db, link)
    state = pending(db)
    report.waiting = state.waiting
    report.rejections = state.rejections
    report.last_sync = state.last_sync
    report.cursor = state.cursor
    report.files_waiting = files_waiting(db)
    return report
