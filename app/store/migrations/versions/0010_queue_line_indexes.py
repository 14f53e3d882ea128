"""indexes of the queue's lines

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 09:00:00

Call next takes the head of a line: the office's first waiting ticket of a service and
priority, for any counter or for one counter. Two partial indexes hold only waiting tickets,
in the order they are called, so the head is the first entry read however many tickets the
office has had that day. They are also the cheapest path by far, so a database without
statistics (autovacuum off, a new table) no longer takes the head by reading all of the
office's tickets through another index it could not tell apart.

A counter's recent calls (for the office's cap on priority calls in a row) are read newest
first: the counter's index gains the event's id, the order's tie-breaker, so reading the
newest few no longer sorts every call the counter has made.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

WAITING = sa.text("status = 'waiting' AND target_counter_id IS NULL")
WAITING_AT_COUNTER = sa.text("status = 'waiting' AND target_counter_id IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_tickets_line", "tickets",
        ["office_id", "service_id", "priority", "queue_key", "id"],
        postgresql_where=WAITING, sqlite_where=WAITING,
    )
    op.create_index(
        "ix_tickets_line_at_counter", "tickets",
        ["target_counter_id", "service_id", "priority", "queue_key", "id"],
        postgresql_where=WAITING_AT_COUNTER, sqlite_where=WAITING_AT_COUNTER,
    )
    op.drop_index("ix_ticket_events_counter", table_name="ticket_events")
    op.create_index("ix_ticket_events_counter", "ticket_events",
                    ["counter_id", "kind", "at", "id"])


def downgrade() -> None:
    op.drop_index("ix_ticket_events_counter", table_name="ticket_events")
    op.create_index("ix_ticket_events_counter", "ticket_events", ["counter_id", "kind", "at"])
    op.drop_index("ix_tickets_line_at_counter", table_name="tickets")
    op.drop_index("ix_tickets_line", table_name="tickets")
