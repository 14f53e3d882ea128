"""The office's document number counters at the server.

One counter per office, number sequence and year (`number_counters`) hands out each number of
a register series ("register:<series id>") or of the issuances ("issuances") once: to a
connected PC for the document it is writing (`take`), or as a block leased to a PC in advance,
to give while it cannot reach the server (`lease`). Both move the same counter on in one
statement of one transaction: an upsert that takes the counter's row lock (PostgreSQL) inside
SQLite's `BEGIN IMMEDIATE` write lock, so two requests at once never read the same value.

A counter that does not exist yet starts at one past the highest number already in the server's
rows of that sequence and year, and a counter never hands out a number at or below them, so an
office that numbered on its PCs before (or a PC that numbered alone and synced later) gets no
repeats. Numbers given and never used are gaps; a number is never given twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, ScalarSelect, case, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from app.core.errors import NotFound, Rejected
from app.core.ids import uuid7
from app.operations.context import Context
from app.operations.numbers import MAX_LEASE, LeaseView, action_for, series_id_of
from app.store.models import (
    Issuance,
    NumberCounter,
    NumberLease,
    RegisterEntry,
    RegisterSeries,
)

NC = NumberCounter.__table__
# The years a number may be asked for: those the register's and the issuances' numbers show.
FIRST_YEAR, LAST_YEAR = 2000, 2999


def _check(conn: Connection, ctx: Context, sequence: str, year: int) -> str | None:
    """The series id of a register sequence of the device's office (None for the issuances),
    after the device's right to number it. NotFound for any other name, and for a series of
    another office or none."""
    ctx.require(action_for(sequence))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Rejected("bad_request", detail=f"year: {FIRST_YEAR} to {LAST_YEAR}")
    series_id = series_id_of(sequence)
    if series_id is not None and conn.scalar(select(RegisterSeries.id).where(
            RegisterSeries.id == series_id, RegisterSeries.office_id == ctx.office_id,
            RegisterSeries.deleted_at.is_(None))) is None:
        raise NotFound("number_sequence_unknown", sequence=sequence)
    return series_id


def _highest(ctx: Context, series_id: str | None, year: int) -> ScalarSelect[Any]:
    """The highest number of the sequence's year in the server's rows (removed ones too: their
    numbers were given)."""
    if series_id is None:
        query = select(func.max(Issuance.seq)).where(Issuance.office_id == ctx.office_id,
                                                    Issuance.year == year)
    else:
        query = select(func.max(RegisterEntry.seq)).where(
            RegisterEntry.office_id == ctx.office_id, RegisterEntry.series_id == series_id,
            RegisterEntry.year == year)
    return query.scalar_subquery()


def _advance(conn: Connection, ctx: Context, sequence: str, year: int, count: int) -> int:
    """Move the counter on by `count`; the first of the numbers taken. The caller holds the
    write transaction."""
    series_id = _check(conn, ctx, sequence, year)
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(NC).values(
        office_id=ctx.office_id, sequence=sequence, year=year,
        next_seq=func.coalesce(_highest(ctx, series_id, year), 0) + 1 + count)
    # excluded.next_seq: one past the rows' highest, plus count. The counter takes the larger.
    moved = NC.c.next_seq + count
    stmt = stmt.on_conflict_do_update(
        index_elements=[NC.c.office_id, NC.c.sequence, NC.c.year],
        set_={"next_seq": case((moved >= stmt.excluded.next_seq, moved),
                               else_=stmt.excluded.next_seq)},
    ).returning(NC.c.next_seq)
    return int(conn.execute(stmt).scalar_one()) - count


def take(ctx: Context, sequence: str, year: int) -> int:
    """The next number of the sequence's year, for a document the requesting PC is writing."""
    with ctx.db.write_connection() as conn:
        return _advance(conn, ctx, sequence, year, 1)


def lease(ctx: Context, sequence: str, year: int, count: int) -> LeaseView:
    """`count` numbers of the sequence's year leased to the requesting device, recorded at the
    server; nobody else is given them."""
    if not 1 <= count <= MAX_LEASE:
        raise Rejected("bad_request", detail=f"count: 1 to {MAX_LEASE}")
    now = ctx.now()
    with ctx.db.write_connection() as conn:
        first = _advance(conn, ctx, sequence, year, count)
        view = LeaseView(uuid7(), sequence, year, first, first + count - 1, now)
        conn.execute(insert(NumberLease), {
            "id": view.id, "office_id": ctx.office_id, "sequence": sequence, "year": year,
            "device_id": ctx.acting_device, "first_seq": view.first_seq,
            "last_seq": view.last_seq, "leased_at": now,
        })
    return view
