"""A kiosk's leased numbers: issuing tickets while the office's queue host cannot be reached.

While connected, a kiosk keeps a block of numbers per service for the day, leased from the host
in advance (`keep_blocks`) and remembered in its own store. When the host cannot be reached,
`issue_ticket` issues from these numbers into the kiosk's store (source "kiosk-offline", the
visitor's arrival time kept as the ticket's place in the queue), the ticket is printed as
usual, and sync pushes the rows to the host, where they join the queue by arrival. The host
never issues a leased number (see app.core.queue.next_seq), so no number is issued twice.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Row, and_, bindparam, func, insert, select

from app.core.errors import ConnectionFailed
from app.core.permissions import Action
from app.core.queue import OFFLINE_SOURCE
from app.operations.context import Context
from app.operations.queue.numbering import lease_number_block
from app.operations.views import NumberBlockView
from app.store.models import NumberBlock, Service, Ticket

# Numbers leased per service at a time: about an hour of a busy service's visitors.
BLOCK_SIZE = 30
# A new block is leased when fewer numbers than this are left for a service today.
LOW_WATER = 10

NB = NumberBlock.__table__
T = Ticket.__table__

# This device's blocks of a service's day, each with the highest number used from it.
_BLOCKS = (
    select(
        NB.c.first_seq,
        NB.c.last_seq,
        select(func.max(T.c.seq))
        .where(
            T.c.issued_service_id == NB.c.service_id,
            T.c.day == NB.c.day,
            T.c.seq.between(NB.c.first_seq, NB.c.last_seq),
        )
        .scalar_subquery()
        .label("used"),
    )
    .where(
        NB.c.service_id == bindparam("service_id"),
        NB.c.day == bindparam("day"),
        NB.c.device_id == bindparam("device_id"),
    )
    .order_by(NB.c.first_seq)
)
_HOLDS = select(NB.c.id).where(
    and_(NB.c.office_id == bindparam("office_id"), NB.c.day == bindparam("day"),
         NB.c.device_id == bindparam("device_id"))
).limit(1)
_ISSUED_HERE = select(T.c.id).where(T.c.id == bindparam("ticket_id"),
                                    T.c.source == OFFLINE_SOURCE)


def holds_numbers(ctx: Context) -> bool:
    """Whether this PC leased numbers for today (it is a kiosk that reached its host)."""
    with ctx.db.read_connection() as conn:
        return conn.scalar(_HOLDS, {"office_id": ctx.office_id, "day": ctx.local().date(),
                                    "device_id": ctx.db.device_id}) is not None


def next_leased_seq(conn: Connection, ctx: Context, service: Row, day: date) -> int:
    """The next unused leased number of the service today; the caller holds this store's write
    transaction. Raises ConnectionFailed('no_offline_numbers') when all are used."""
    for block in conn.execute(_BLOCKS, {"service_id": service.id, "day": day,
                                        "device_id": ctx.db.device_id}):
        used = block.used if block.used is not None else block.first_seq - 1
        if used < block.last_seq:
            return used + 1
    raise ConnectionFailed("no_offline_numbers", service=service.code)


def issued_here(ctx: Context, ticket_id: str) -> bool:
    """Whether the ticket was issued on this PC while the host was away: until sync brings it
    there, only this PC's store has it, so voiding it or noting its print happens here."""
    with ctx.db.read_connection() as conn:
        return conn.scalar(_ISSUED_HERE, {"ticket_id": ticket_id}) is not None


def numbers_left(ctx: Context) -> dict[str, int]:
    """Unused leased numbers per service code for today, on this PC."""
    day = ctx.local().date()
    left: dict[str, int] = {}
    with ctx.db.read_connection() as conn:
        for service in conn.execute(_ACTIVE_SERVICES, {"office_id": ctx.office_id}):
            left[service.code] = sum(
                block.last_seq - (block.used if block.used is not None else block.first_seq - 1)
                for block in conn.execute(_BLOCKS, {"service_id": service.id, "day": day,
                                                    "device_id": ctx.db.device_id})
            )
    return left


_ACTIVE_SERVICES = select(Service.__table__.c.id, Service.__table__.c.code).where(
    Service.__table__.c.office_id == bindparam("office_id"),
    Service.__table__.c.active.is_(True),
    Service.__table__.c.deleted_at.is_(None),
)


def keep_blocks(ctx: Context, size: int = BLOCK_SIZE, low: int = LOW_WATER
                ) -> list[NumberBlockView]:
    """Lease from the host a block for each service (of those this PC has from sync) that has
    fewer than `low` numbers left today; the blocks leased. Nothing without a host. Raises
    ConnectionFailed when the host cannot be reached; blocks leased before that are kept."""
    ctx.require(Action.ISSUE_TICKET)
    if ctx.host is None:
        return []
    leased = []
    for code, left in numbers_left(ctx).items():
        if left >= low:
            continue
        block = lease_number_block(ctx, code, size)
        with ctx.db.write_connection() as conn:
            conn.execute(insert(NB), {
                "id": block.id, "office_id": ctx.office_id, "service_id": block.service_id,
                "day": block.day, "device_id": ctx.db.device_id, "first_seq": block.first_seq,
                "last_seq": block.last_seq, "leased_at": block.leased_at,
            })
        leased.append(block)
    return leased
