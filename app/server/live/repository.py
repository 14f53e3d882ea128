"""Reading the change log for live events. Every read is for one office, or for offices named
one by one; nothing here can return another office's rows."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from app.store.db import Database
from app.store.models import ChangeLog, ChangeLogHead, Device

# Rows read for one office in one go by the feed; a longer run is read in several goes.
PAGE = 500
# A client that missed more than this many changes reloads everything instead of replaying.
MAX_BACKLOG = 5000


@dataclass(frozen=True)
class Change:
    """One change of a synced row, as a live event tells it: which row, not what it holds."""

    seq: int
    table: str
    row_id: str
    op: str

    def message(self) -> dict[str, Any]:
        return {"type": "change", "seq": self.seq, "table": self.table,
                "row_id": self.row_id, "op": self.op}


@dataclass(frozen=True)
class CatchUp:
    """What a client that saw everything up to some seq has missed, up to `head`. With
    `reset`, it missed too much (or the log is behind it) and must reload instead."""

    head: int
    changes: list[Change]
    reset: bool = False


def _head(conn: Connection, office_id: str) -> int:
    value = conn.execute(
        select(ChangeLogHead.last_seq).where(ChangeLogHead.office_id == office_id)
    ).scalar()
    return int(value or 0)


def _changes(
    conn: Connection,
    office_id: str,
    after: int,
    upto: int | None = None,
    tables: Collection[str] | None = None,
    limit: int = PAGE,
) -> list[Change]:
    query = (
        select(ChangeLog.seq, ChangeLog.table_name, ChangeLog.row_id, ChangeLog.op)
        .where(ChangeLog.office_id == office_id, ChangeLog.seq > after)
        .order_by(ChangeLog.seq)
        .limit(limit)
    )
    if upto is not None:
        query = query.where(ChangeLog.seq <= upto)
    if tables is not None:
        query = query.where(ChangeLog.table_name.in_(sorted(tables)))
    return [Change(int(seq), table, row_id, op) for seq, table, row_id, op in conn.execute(query)]


def heads(db: Database, office_ids: Collection[str]) -> dict[str, int]:
    """The last seq of each of these offices' change logs (offices without changes: absent)."""
    if not office_ids:
        return {}
    with db.read_connection() as conn:
        rows = conn.execute(
            select(ChangeLogHead.office_id, ChangeLogHead.last_seq)
            .where(ChangeLogHead.office_id.in_(sorted(office_ids)))
        )
        return {office_id: int(seq) for office_id, seq in rows}


def enrolled(db: Database, token_hashes: Collection[str]) -> set[str]:
    """Those of `token_hashes` whose device is still enrolled (neither revoked nor removed)."""
    found: set[str] = set()
    wanted = sorted(token_hashes)
    with db.read_connection() as conn:
        for start in range(0, len(wanted), PAGE):
            found.update(conn.scalars(
                select(Device.token_hash).where(Device.token_hash.in_(wanted[start:start + PAGE]),
                                                Device.revoked_at.is_(None))))
    return found


def changes_after(db: Database, cursors: Mapping[str, int]) -> dict[str, list[Change]]:
    """For each office, up to PAGE changes after its cursor, in order."""
    with db.read_connection() as conn:
        return {office_id: _changes(conn, office_id, after)
                for office_id, after in cursors.items()}


def catch_up(
    db: Database, office_id: str, after: int | None, tables: Collection[str] | None
) -> CatchUp:
    """The changes of `tables` (None: all) after `after` (None: nothing to replay).

    The head is read first: every seq up to it is committed (numbering is serialised per
    office until commit), so the rows read after it are the whole run up to it, even on
    PostgreSQL where each statement sees its own snapshot."""
    with db.read_connection() as conn:
        head = _head(conn, office_id)
        if after is None or after == head:
            return CatchUp(head, [])
        if after > head or head - after > MAX_BACKLOG:
            return CatchUp(head, [], reset=True)
        return CatchUp(head, _changes(conn, office_id, after, head, tables, MAX_BACKLOG))
