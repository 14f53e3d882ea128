"""staff sessions at the server

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 02:00:00

A person signed in at the server through an enrolled desk or counter PC holds a staff session:
the PC changes the office's configuration and accounts there as that person. A server-only
table, never synced; only a hash of each session token is kept.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["staff_accounts.id"]),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"]),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_staff_sessions_device", "staff_sessions", ["device_id"])
    op.create_index("ix_staff_sessions_account", "staff_sessions", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_staff_sessions_account", table_name="staff_sessions")
    op.drop_index("ix_staff_sessions_device", table_name="staff_sessions")
    op.drop_table("staff_sessions")
