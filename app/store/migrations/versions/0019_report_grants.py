"""report grants at the server

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 14:20:00

`report_grants` (server-only, never synced): the offices besides its own whose reports a
supervisor or admin account may see at the server (`GET /reports/…`), granted and revoked by
the server's administrator with `lett server reports grant|revoke`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_grants",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["staff_accounts.id"]),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("account_id", "office_id"),
    )


def downgrade() -> None:
    op.drop_table("report_grants")
