"""Document numbers that no two PCs give twice: the register's series and the issuances.

A number sequence is one of an office's yearly series of document numbers: a series of the
document register ("register:<series id>") or the issuance register ("issuances"). Where the
next number comes from depends on the PC:

- A PC working alone numbers in its own store, inside the unit of work that writes the
  document (`number_here`), as it always has: the series' counter for the register, one past
  the year's highest issuance for notices.
- A PC connected to a server (its context has the server, `ctx.host`) takes each number from
  the server (`next_number`), where one counter per office, sequence and year hands every
  number out once. The number is taken before the document is written, so the call to the
  server never waits inside this PC's write lock. A number taken whose document then cannot
  be written is a gap in the series: gaps are acceptable, repeats are not.
- While the server cannot be reached, the connected PC numbers from the blocks it leased in
  advance (`keep_leases`, a step of every sync round): the server took them off the same
  counter, so nobody else gives them. The next unused leased number is taken inside the unit
  of work that writes the document, so two documents written at once on this PC never share
  one. When none is left, nothing is written and the person is told to reconnect: a number is
  never made up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core import register as rules
from app.core.errors import ConnectionFailed, LettError, NotFound, Refused, StoreError
from app.core.permissions import Action
from app.operations.context import Context
from app.operations.hosting import HOST_UNREACHABLE
from app.store.models import Issuance, NumberLease, RegisterEntry, RegisterSeries

ISSUANCES = "issuances"
REGISTER = "register:"
# Numbers leased per sequence at a time: a desk's documents of a few hours without the server.
LEASE_SIZE = 10
# A new block is leased when fewer numbers than this are left of a sequence's year.
LOW_WATER = 5
MAX_LEASE = 100
# From this day (month, day) on, next year's numbers are leased too, so a PC that cannot reach
# the server in the first days of January still has numbers of the new year.
NEXT_YEAR_FROM = (12, 20)
# The issuances' series as people know it, from their numbers (V-26/0001).
ISSUANCE_SERIES = "V"
# Errors of the server that leave a number unknown to it: the PC numbers from its leases.
_SERVER_AWAY = frozenset({HOST_UNREACHABLE, "server_unreachable", "server_error"})


def register_sequence(series_id: str) -> str:
    """The number sequence of a register series."""
    return f"{REGISTER}{series_id}"


def series_id_of(sequence: str) -> str | None:
    """The series id of a register sequence; None for the issuances. NotFound for a name that
    is neither."""
    if sequence == ISSUANCES:
        return None
    if sequence.startswith(REGISTER) and len(sequence) > len(REGISTER):
        return sequence[len(REGISTER):]
    raise NotFound("number_sequence_unknown", sequence=sequence)


def action_for(sequence: str) -> Action:
    """What the acting person or device must be allowed to number in `sequence`."""
    return Action.ISSUE_NOTICE if series_id_of(sequence) is None else Action.REGISTER_DOCUMENTS


@dataclass(frozen=True)
class LeaseView:
    """Numbers of a sequence's year leased to a PC, to give while it cannot reach the server."""

    id: str
    sequence: str
    year: int
    first_seq: int
    last_seq: int
    leased_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "leased_at": self.leased_at.isoformat()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LeaseView:
        return cls(str(data["id"]), str(data["sequence"]), int(data["year"]),
                   int(data["first_seq"]), int(data["last_seq"]),
                   datetime.fromisoformat(data["leased_at"]))


def _server_away(exc: LettError) -> bool:
    return exc.code in _SERVER_AWAY or isinstance(exc, StoreError)


def next_number(ctx: Context, sequence: str, year: int) -> int | None:
    """The next number of `sequence` in `year` from the server, on a PC connected to one.
    Called before the unit of work that writes the document opens, so the request never waits
    inside this PC's write lock; a number whose document is then not written is a gap, never
    given again.

    None when the number is to be taken in this PC's store, inside the unit of work that writes
    the document (`number_here`): on a PC working alone, and on a connected PC while the
    server cannot be reached (then from its leased numbers). Raises the server's refusals."""
    ctx.require(action_for(sequence))
    if ctx.host is None:
        return None
    try:
        return int(ctx.host.call("next_number", sequence=sequence, year=year))
    except NotFound as exc:
        if exc.code != "number_sequence_unknown":
            raise
        series = _series_index(ctx, sequence)
        if series is None:
            raise
        # A series added on this PC goes to the server with the next sync.
        raise Refused("register_series_not_at_server", series=series) from exc
    except LettError as exc:
        if not _server_away(exc):
            raise
        return None


def number_here(s: Session, ctx: Context, sequence: str, year: int) -> int:
    """The next number of `sequence` in `year` taken in this PC's store, inside the caller's
    write unit of work (`s`) that writes the document with it, when `next_number` gave None.

    A PC working alone counts on from its own counter: a register series' yearly counter, never
    below one past the highest number of the year already in the register; the issuances one
    past the year's highest. A connected PC that cannot reach the server takes its next unused
    leased number; ConnectionFailed('no_offline_document_numbers') when none is left."""
    if ctx.host is not None:
        return _leased_number(s, ctx, sequence, year)
    series_id = series_id_of(sequence)
    if series_id is None:
        return (_highest(s, ctx, sequence, year) or 0) + 1
    series = s.get_one(RegisterSeries, series_id)
    number, counters = rules.take_number(series.next_numbers or {}, year)
    highest = _highest(s, ctx, sequence, year) or 0
    if number <= highest:
        number = highest + 1
        counters[str(year)] = number + 1
    series.next_numbers = counters
    return number


def _numbered(ctx: Context, sequence: str, year: int
              ) -> tuple[InstrumentedAttribute[int], list[ColumnElement[bool]]]:
    """The number column of the sequence's documents and the filter of its year's rows."""
    series_id = series_id_of(sequence)
    if series_id is None:
        return Issuance.seq, [Issuance.office_id == ctx.office_id, Issuance.year == year]
    return RegisterEntry.seq, [RegisterEntry.office_id == ctx.office_id,
                               RegisterEntry.series_id == series_id, RegisterEntry.year == year]


def _highest(s: Session, ctx: Context, sequence: str, year: int,
             within: tuple[int, int] | None = None) -> int | None:
    seq, where = _numbered(ctx, sequence, year)
    if within is not None:
        where.append(seq.between(*within))
    return s.scalar(select(func.max(seq)).where(*where))


def _leases(s: Session, ctx: Context, sequence: str, year: int
            ) -> Iterator[tuple[int, int, int | None]]:
    """This PC's leases of the sequence's year, oldest numbers first: first, last, and the
    highest number of the lease already given (None when none is)."""
    rows = s.execute(select(NumberLease.first_seq, NumberLease.last_seq).where(
        NumberLease.office_id == ctx.office_id, NumberLease.sequence == sequence,
        NumberLease.year == year, NumberLease.device_id == ctx.db.device_id,
    ).order_by(NumberLease.first_seq)).all()
    for first, last in rows:
        yield first, last, _highest(s, ctx, sequence, year, (first, last))


def _leased_number(s: Session, ctx: Context, sequence: str, year: int) -> int:
    for first, last, used in _leases(s, ctx, sequence, year):
        following = first if used is None else used + 1
        if following <= last:
            return following
    raise ConnectionFailed("no_offline_document_numbers",
                           series=_series_label(s, sequence), year=year)


def _series_label(s: Session, sequence: str) -> str:
    """The series as people know it: the register series' index, or V for the issuances."""
    series_id = series_id_of(sequence)
    if series_id is None:
        return ISSUANCE_SERIES
    series = s.get(RegisterSeries, series_id)
    return series.series_index if series is not None else sequence


def _series_index(ctx: Context, sequence: str) -> str | None:
    series_id = series_id_of(sequence)
    if series_id is None:
        return None
    with ctx.db.read() as s:
        series = s.get(RegisterSeries, series_id)
        return series.series_index if series is not None else None


def numbers_left(ctx: Context, sequence: str, year: int) -> int:
    """Unused leased numbers of the sequence's year on this PC."""
    with ctx.db.read() as s:
        return sum(last - (first - 1 if used is None else used)
                   for first, last, used in _leases(s, ctx, sequence, year))


def sequences_in_use(ctx: Context, today: date) -> list[tuple[str, int]]:
    """The sequences and years this PC keeps leases of: each active register series and the
    issuances (those the acting device may number), for this year, and from NEXT_YEAR_FROM on
    for the next year too."""
    years = [today.year]
    if (today.month, today.day) >= NEXT_YEAR_FROM:
        years.append(today.year + 1)
    sequences: list[str] = []
    if ctx.actor.may(Action.REGISTER_DOCUMENTS):
        with ctx.db.read() as s:
            sequences += [register_sequence(series_id) for series_id in s.scalars(
                select(RegisterSeries.id).where(
                    RegisterSeries.office_id == ctx.office_id,
                    RegisterSeries.deleted_at.is_(None), RegisterSeries.active.is_(True),
                ).order_by(RegisterSeries.series_index))]
    if ctx.actor.may(Action.ISSUE_NOTICE):
        sequences.append(ISSUANCES)
    return [(sequence, year) for year in years for sequence in sequences]


def keep_leases(ctx: Context, size: int = LEASE_SIZE, low: int = LOW_WATER) -> list[LeaseView]:
    """Lease from the server a block of `size` numbers for each sequence in use that has fewer
    than `low` left on this PC (see `sequences_in_use`); the leases taken. Nothing on a PC
    working alone. Raises the server's error; leases taken before it are kept."""
    if ctx.host is None:
        return []
    leased = []
    for sequence, year in sequences_in_use(ctx, ctx.local().date()):
        if numbers_left(ctx, sequence, year) >= low:
            continue
        lease = ctx.host.call("lease_numbers", sequence=sequence, year=year, count=size)
        with ctx.db.write_connection() as conn:
            conn.execute(insert(NumberLease), {
                "id": lease.id, "office_id": ctx.office_id, "sequence": lease.sequence,
                "year": lease.year, "device_id": ctx.db.device_id,
                "first_seq": lease.first_seq, "last_seq": lease.last_seq,
                "leased_at": lease.leased_at,
            })
        leased.append(lease)
    return leased
