"""sync and server tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 09:30:00

The outbox gets a `fields` column (an update's changed columns) and, on SQLite, AUTOINCREMENT,
so a sequence number is never reused; the client keeps the changes the server refused; the
server keeps devices, enrollment codes, the per-office change log, per-field row clocks and
leased number blocks. On PostgreSQL (always a server) every synced table feeds the change log.
"""

import importlib

import sqlalchemy as sa
from alembic import op

from app.store.outbox import (
    PG_CAPTURE_FUNCTION,
    drop_trigger_sql,
    pg_drop_trigger_sql,
    pg_trigger_sql,
    trigger_sql,
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The synced tables and their columns as of this revision: 0001's, whose ticket triggers left
# out `issued_service_id`; the triggers made here copy every column.
_v1 = importlib.import_module("app.store.migrations.versions.0001_queue_tables")
SYNC_COLUMNS: dict[str, list[str]] = {
    table: [*columns, "issued_service_id"] if table == "tickets" else list(columns)
    for table, columns in _v1.SYNC_COLUMNS.items()
}
JSON_COLUMNS: dict[str, tuple[str, ...]] = _v1.JSON_COLUMNS


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for table in SYNC_COLUMNS:
            for statement in drop_trigger_sql(table):
                op.execute(statement)
        op.create_table(
            "outbox_new",
            sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("table_name", sa.String(length=64), nullable=False),
            sa.Column("row_id", sa.String(length=36), nullable=False),
            sa.Column("op", sa.String(length=8), nullable=False),
            sa.Column("row", sa.Text(), nullable=True),
            sa.Column("fields", sa.Text(), nullable=True),
            sa.Column("created_at", sa.String(length=32), nullable=False),
            sa.PrimaryKeyConstraint("seq"),
            sqlite_autoincrement=True,
        )
        op.execute(
            "INSERT INTO outbox_new (seq, table_name, row_id, op, row, created_at) "
            "SELECT seq, table_name, row_id, op, row, created_at FROM outbox ORDER BY seq"
        )
        op.drop_table("outbox")
        op.rename_table("outbox_new", "outbox")
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns, JSON_COLUMNS.get(table, ())):
                op.execute(statement)
    else:
        op.add_column("outbox", sa.Column("fields", sa.Text(), nullable=True))

    op.create_table(
        "sync_rejections",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("row", sa.Text(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("rejected_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", _utc(), nullable=False),
        sa.Column("last_seen_at", _utc(), nullable=True),
        sa.Column("revoked_at", _utc(), nullable=True),
        sa.Column("pushed_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "enrollments",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("expires_at", _utc(), nullable=False),
        sa.Column("used_at", _utc(), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "change_log",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("row", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "seq"),
    )
    op.create_table(
        "change_log_heads",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("office_id"),
    )
    op.create_table(
        "row_clocks",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("clocks", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_table(
        "number_blocks",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("leased_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_number_blocks_service_day", "number_blocks", ["service_id", "day"])

    if not sqlite:
        op.execute(PG_CAPTURE_FUNCTION)
        for table in SYNC_COLUMNS:
            for statement in pg_trigger_sql(table):
                op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        for table in SYNC_COLUMNS:
            for statement in pg_drop_trigger_sql(table):
                op.execute(statement)
        op.execute("DROP FUNCTION IF EXISTS lett_capture()")
    op.drop_index("ix_number_blocks_service_day", table_name="number_blocks")
    for table in ("number_blocks", "row_clocks", "change_log_heads", "change_log", "enrollments",
                  "devices", "sync_rejections"):
        op.drop_table(table)
    if sqlite:
        for table in SYNC_COLUMNS:
            for statement in drop_trigger_sql(table):
                op.execute(statement)
        with op.batch_alter_table("outbox", recreate="always") as batch:
            batch.drop_column("fields")
        for table, columns in _v1.SYNC_COLUMNS.items():
            for statement in trigger_sql(
                table, columns, JSON_COLUMNS.get(table, ()), with_fields=False
            ):
                op.execute(statement)
    else:
        op.drop_column("outbox", "fields")
