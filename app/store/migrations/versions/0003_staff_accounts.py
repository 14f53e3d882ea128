"""staff accounts and the admin change record

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 22:40:00

Staff sign in with accounts of their office (roles, an argon2id password hash, lock-out after
failed attempts); every change an admin makes is recorded in `admin_changes`. Both tables are
synced: on SQLite they get outbox triggers, on PostgreSQL change-log triggers. A PC pulls the
change log again from its start, for the rows of these tables it passed over before.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The tables made here and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "staff_accounts": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "user_name",
        "display_name",
        "password_hash",
        "roles",
        "failed_attempts",
        "locked_until",
        "must_change_password",
        "active",
    ],
    "admin_changes": [
        "id",
        "office_id",
        "hlc",
        "device_id",
        "deleted_at",
        "at",
        "actor",
        "table_name",
        "row_id",
        "field",
        "old_value",
        "new_value",
    ],
}


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", _utc(), nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "staff_accounts",
        *_sync_columns(),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", _utc(), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office_id", "user_name"),
    )
    op.create_table(
        "admin_changes",
        *_sync_columns(),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_admin_changes_row", "admin_changes", ["table_name", "row_id", "at"])
    if op.get_bind().dialect.name == "sqlite":
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns):
                op.execute(statement)
        # A connected PC that pulled while at 0002 passed over these tables' rows in the
        # change log. Pulling it again from the start brings them; pulled rows are upserted
        # and rows with unsent local changes are left alone, so nothing else changes.
        op.execute("DELETE FROM local_meta WHERE key = 'pull_cursor'")
    else:
        for table in SYNC_COLUMNS:
            for statement in pg_trigger_sql(table):
                op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SYNC_COLUMNS:
        for statement in drop_trigger_sql(table) if sqlite else pg_drop_trigger_sql(table):
            op.execute(statement)
    op.drop_index("ix_admin_changes_row", table_name="admin_changes")
    op.drop_table("admin_changes")
    op.drop_table("staff_accounts")
