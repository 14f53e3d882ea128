"""The dates of tickets a kiosk issued while it could not reach the server.

Such tickets join the server's queue by the moments they carry: when they were issued, when
the visitor arrived, and their place in the line. A kiosk dates them by the server's clock as
it last measured it (app.sync.engine), so two kiosks whose own clocks are off still queue
their visitors in the order they came; one that never measured, or whose clock jumped since,
may date them ahead. The server never queues a ticket dated in its own future: such a moment
becomes the moment the server receives the ticket.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

TICKET_MOMENTS = ("issued_at", "arrived_at", "queue_key")


def bound_ticket_moments(table: str, values: dict[str, Any], now: datetime) -> None:
    """Bring a pushed ticket's moments that lie after `now` (the server's time) back to it."""
    if table != "tickets":
        return
    for name in TICKET_MOMENTS:
        moment = values.get(name)
        if isinstance(moment, datetime) and moment > now:
            values[name] = now
