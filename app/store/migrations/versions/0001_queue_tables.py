"""queue tables

Revision ID: 0001
Revises:
Create Date: 2026-11-23 19:02:59.656386
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, trigger_sql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# The synced tables and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS = {
    "offices": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "code",
        "name",
        "timezone",
        "priority_cap",
        "noshow_after",
        "default_handling_min",
    ],
    "services": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "code",
        "name_et",
        "name_ru",
        "name_en",
        "colour",
        "target_wait_min",
        "daily_limit",
        "hours",
        "priority_aging_min",
        "position",
        "active",
    ],
    "counters": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "number",
        "name",
        "label",
        "is_open",
    ],
    "counter_services": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "counter_id",
        "service_id",
    ],
    "visits": ["id", "office_id", "hlc", "device_id", "deleted_at", "arrived_at", "left_at"],
    "tickets": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "visit_id",
        "service_id",
        "day",
        "seq",
        "number",
        "status",
        "priority",
        "lang",
        "source",
        "issued_at",
        "arrived_at",
        "queue_key",
        "counter_id",
        "target_counter_id",
        "call_count",
        "called_at",
        "first_called_at",
        "finished_at",
        "outcome",
        "est_wait_low_min",
        "est_wait_high_min",
        "people_ahead",
        "replaces_id",
    ],
    "ticket_events": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "ticket_id",
        "kind",
        "at",
        "actor",
        "counter_id",
        "data",
    ],
}
JSON_COLUMNS = {"services": ("hours",), "ticket_events": ("data",)}


def upgrade() -> None:

    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "offices",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("priority_cap", sa.Integer(), nullable=False),
        sa.Column("noshow_after", sa.Integer(), nullable=False),
        sa.Column("default_handling_min", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("row", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "counters",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office_id", "number"),
    )
    op.create_table(
        "services",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=1), nullable=False),
        sa.Column("name_et", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("target_wait_min", sa.Integer(), nullable=False),
        sa.Column("daily_limit", sa.Integer(), nullable=True),
        sa.Column("hours", sa.JSON(), nullable=True),
        sa.Column("priority_aging_min", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office_id", "code"),
    )
    op.create_table(
        "visits",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "counter_services",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["counter_id"],
            ["counters.id"],
        ),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("counter_id", "service_id"),
    )
    op.create_table(
        "tickets",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("issued_service_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("queue_key", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=True),
        sa.Column("target_counter_id", sa.String(length=36), nullable=True),
        sa.Column("call_count", sa.Integer(), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("est_wait_low_min", sa.Integer(), nullable=True),
        sa.Column("est_wait_high_min", sa.Integer(), nullable=True),
        sa.Column("people_ahead", sa.Integer(), nullable=True),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["counter_id"],
            ["counters.id"],
        ),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["tickets.id"],
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
        ),
        sa.ForeignKeyConstraint(
            ["issued_service_id"],
            ["services.id"],
        ),
        sa.ForeignKeyConstraint(
            ["target_counter_id"],
            ["counters.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("issued_service_id", "day", "seq"),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_counter", ["counter_id", "status"], unique=False)
        batch_op.create_index("ix_tickets_day_number", ["office_id", "day", "number"], unique=False)
        batch_op.create_index(
            "ix_tickets_queue",
            ["office_id", "status", "service_id", "priority", "target_counter_id", "queue_key"],
            unique=False,
        )

    op.create_table(
        "ticket_events",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=True),
        sa.Column("data", sa.JSON(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["counter_id"],
            ["counters.id"],
        ),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_events_counter", ["counter_id", "kind", "at"], unique=False
        )
        batch_op.create_index("ix_ticket_events_ticket", ["ticket_id", "at"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(
                table, columns, JSON_COLUMNS.get(table, ()), with_fields=False
            ):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SYNC_COLUMNS:
            for statement in drop_trigger_sql(table):
                op.execute(statement)

    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_ticket")
        batch_op.drop_index("ix_ticket_events_counter")

    op.drop_table("ticket_events")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_queue")
        batch_op.drop_index("ix_tickets_day_number")
        batch_op.drop_index("ix_tickets_counter")

    op.drop_table("tickets")
    op.drop_table("counter_services")
    op.drop_table("visits")
    op.drop_table("services")
    op.drop_table("counters")
    op.drop_table("outbox")
    op.drop_table("offices")
    op.drop_table("local_meta")
