"""office configuration: letterhead fields and office-wide settings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 01:00:00

The office gets its letterhead (address, registry code, logo). Office-wide settings (kiosk,
display, opening days, retention) live in `office_settings`, one row per key, so they reach
every PC of the office by sync and merge key by key. On SQLite the offices' outbox triggers
are made again with the new columns; on PostgreSQL the change-log trigger copies whole rows.
"""

import importlib

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_v1 = importlib.import_module("app.store.migrations.versions.0001_queue_tables")
OFFICE_COLUMNS_BEFORE: list[str] = list(_v1.SYNC_COLUMNS["offices"])
OFFICE_COLUMNS: list[str] = [*OFFICE_COLUMNS_BEFORE, "address", "registry_code", "logo"]
SYNC_COLUMNS: dict[str, list[str]] = {
    "office_settings": ["id", "office_id", "hlc", "device_id", "deleted_at", "key", "value"],
}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("offices", sa.Column("address", sa.String(length=300), nullable=False,
                                       server_default=""))
    op.add_column("offices", sa.Column("registry_code", sa.String(length=16), nullable=False,
                                       server_default=""))
    op.add_column("offices", sa.Column("logo", sa.Text(), nullable=True))
    op.create_table(
        "office_settings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office_id", "key"),
    )
    if sqlite:
        for statement in drop_trigger_sql("offices"):
            op.execute(statement)
        for statement in trigger_sql("offices", OFFICE_COLUMNS):
            op.execute(statement)
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns):
                op.execute(statement)
    else:
        for table in SYNC_COLUMNS:
            for statement in pg_trigger_sql(table):
                op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SYNC_COLUMNS:
        for statement in drop_trigger_sql(table) if sqlite else pg_drop_trigger_sql(table):
            op.execute(statement)
    op.drop_table("office_settings")
    if sqlite:
        for statement in drop_trigger_sql("offices"):
            op.execute(statement)
        with op.batch_alter_table("offices") as batch:
            for column in ("logo", "registry_code", "address"):
                batch.drop_column(column)
        for statement in trigger_sql("offices", OFFICE_COLUMNS_BEFORE):
            op.execute(statement)
    else:
        for column in ("logo", "registry_code", "address"):
            op.drop_column("offices", column)
