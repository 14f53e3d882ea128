"""The host's numbering of a service's tickets, and the numbers it leases to kiosks.

The host numbers a service's day one after another; a kiosk leases a block of numbers past
every number issued or leased, to issue while it cannot reach the host (app.operations.queue.
blocks). Numbering and leasing of one service are serialized, so no number is issued twice."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Row

from app.core.errors import Refused, Rejected
from app.core.ids import uuid7
from app.core.permissions import Action
from app.core.queue import OFFLINE_FIRST_SEQ, block_range, next_seq
from app.operations.context import Context
from app.operations.hosting import hosted
from app.operations.queue.lookups import find_service, service_name
from app.operations.queue.statements import (
    INSERT_BLOCK,
    LEASED_TOP,
    LOCK_SERVICE,
    NUMBERING,
    SERVICE_BY_CODE,
)
from app.operations.views import NumberBlockView

# The most numbers one lease gives a kiosk.
MAX_BLOCK = 500


def lock_numbering(conn: Connection, service_id: str) -> None:
    """Serialize numbering and leasing of one service (SQLite's write lock already does)."""
    if conn.dialect.name != "sqlite":
        conn.execute(LOCK_SERVICE, {"service_id": service_id})


def next_host_seq(
    conn: Connection, ctx: Context, service: Row, lang: str, day: date, check_limit: bool
) -> int:
    """The host's next number of the service today (see app.core.queue.next_seq)."""
    lock_numbering(conn, service.id)
    own_last, last, issued, voided = conn.execute(
        NUMBERING, {"service_id": service.id, "day": day}).one()
    if check_limit and service.daily_limit is not None and issued - voided >= service.daily_limit:
        raise Refused("daily_limit", service=service_name(service, lang),
                      limit=service.daily_limit)
    if (own_last or 0) + 1 < OFFLINE_FIRST_SEQ:
        return next_seq(own_last, last)
    leased = conn.scalar(LEASED_TOP, {"service_id": service.id, "day": day})
    return next_seq(own_last, max(last or 0, leased or 0))


@hosted()
def lease_number_block(ctx: Context, service_code: str, size: int = 30) -> NumberBlockView:
    """Lease `size` numbers of a service for today to the acting kiosk, to issue while it
    cannot reach the host. The block starts past every number issued or leased (at least at
    OFFLINE_FIRST_SEQ) and the host's numbering never enters it, so no number is issued twice."""
    ctx.require(Action.ISSUE_TICKET)
    if not 1 <= size <= MAX_BLOCK:
        raise Rejected("bad_value", field="size", detail=f"1 to {MAX_BLOCK} numbers")
    now = ctx.now()
    day = ctx.local(now).date()
    with ctx.db.write_connection() as conn:
        service = conn.execute(
            SERVICE_BY_CODE, {"office_id": ctx.office_id, "code": service_code.strip().upper()}
        ).first()
        if service is None:
            with ctx.db.read() as s:
                find_service(s, ctx, service_code)  # raises NotFound naming the services
        assert service is not None
        lock_numbering(conn, service.id)
        _own, last, _issued, _voided = conn.execute(
            NUMBERING, {"service_id": service.id, "day": day}).one()
        leased = conn.scalar(LEASED_TOP, {"service_id": service.id, "day": day})
        first, final = block_range(max(last or 0, leased or 0), size)
        block = NumberBlockView(uuid7(), service.code, service.id, day, first, final, now)
        conn.execute(INSERT_BLOCK, {
            "id": block.id, "office_id": ctx.office_id, "service_id": service.id, "day": day,
            "device_id": ctx.acting_device, "first_seq": first, "last_seq": final,
            "leased_at": now,
        })
    return block
