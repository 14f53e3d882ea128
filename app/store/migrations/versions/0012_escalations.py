"""escalations to level 2

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 11:00:00

`escalations` (each PC's own, not synced): the problems a PC sent to level 2 (a Jira
project, a Jira Service Management request type or an e-mail address), their outbox state
and attempts, and the Jira issue's state as last followed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False)


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "escalations",
        _text("id", 36),
        _text("office_id", 36),
        _text("contact_id", 36),
        _text("target", 32),
        _text("summary", 255),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        _text("created_by", 200),
        _when("created_at", nullable=False),
        _text("state", 8),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _when("last_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=False),
        _text("issue_key", 64),
        _text("issue_url", 500),
        sa.Column("linked", sa.Boolean(), nullable=False),
        _text("status", 200),
        _text("status_category", 32),
        _text("resolution", 200),
        _text("assignee", 200),
        _when("updated_at"),
        _when("followed_at"),
        _when("closed_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_escalations_state", "escalations", ["office_id", "state"])


def downgrade() -> None:
    op.drop_index("ix_escalations_state", table_name="escalations")
    op.drop_table("escalations")
