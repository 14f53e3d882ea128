"""results and quality evaluations: scorecards, evaluations, goals

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 13:00:00

- `scorecards` (synced): the supervisor's evaluation forms, their questions as JSON.
- `evaluations` (synced): a filled form about a person's served ticket or contact, by the
  supervisor or by the person first.
- `goals` (synced): targets per measure and period, for a person or the team.

All three flow to desk and counter PCs only. A supervisor's reading of another person's
results is recorded in `personal_data_access`, like the reading of a visitor's data. A PC
pulls the change log again from the start, so rows of these tables a newer PC sent before
this one was upgraded reach it.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

STAMPS = ["id", "office_id", "hlc", "device_id", "deleted_at"]
# The tables made here and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "scorecards": [*STAMPS, "title", "card", "active", "saved_by", "saved_at"],
    "evaluations": [*STAMPS, "scorecard_id", "staff", "kind", "evaluator", "ticket_id",
                    "contact_id", "subject", "answers", "score", "failed", "comment",
                    "evaluated_at"],
    "goals": [*STAMPS, "staff", "measure", "period", "target", "set_by", "set_at"],
}
JSON_COLUMNS = {"scorecards": ["card"], "evaluations": ["answers"]}


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=False),
    ]


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "scorecards",
        *_stamps(),
        _text("title", 500),
        sa.Column("card", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _text("saved_by", 200),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "evaluations",
        *_stamps(),
        _text("scorecard_id", 36),
        _text("staff", 64),
        _text("kind", 16),
        _text("evaluator", 200),
        _text("ticket_id", 36, nullable=True),
        _text("contact_id", 36, nullable=True),
        _text("subject", 64),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("failed", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evaluated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["scorecard_id"], ["scorecards.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_evaluations_staff", "evaluations", ["office_id", "staff", "evaluated_at"])
    op.create_table(
        "goals",
        *_stamps(),
        _text("staff", 64),
        _text("measure", 32),
        _text("period", 8),
        sa.Column("target", sa.Float(), nullable=False),
        _text("set_by", 200),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    if sqlite:
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns, JSON_COLUMNS.get(table, ())):
                op.execute(statement)
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
    op.drop_table("goals")
    op.drop_index("ix_evaluations_staff", table_name="evaluations")
    op.drop_table("evaluations")
    op.drop_table("scorecards")
