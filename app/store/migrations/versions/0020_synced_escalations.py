"""escalations sync between desk and counter PCs

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 13:00:00

`escalations` becomes a synced table (the stamps `hlc`, `device_id`, `deleted_at`, and the
outbox triggers): an adviser sees their escalations at any desk or counter PC and may close
one there. `made_on` names the PC that made it, which alone sends and follows it; the
escalations already on a PC are that PC's own.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

TABLE = "escalations"
# The table's columns as of this revision (the outbox triggers copy them).
COLUMNS = ["id", "office_id", "hlc", "device_id", "deleted_at", "made_on", "contact_id",
           "target", "summary", "description", "promised_on", "created_by", "created_at",
           "state", "attempts", "last_attempt_at", "last_error", "issue_key", "issue_url",
           "linked", "status", "status_category", "resolution", "assignee", "updated_at",
           "followed_at", "closed_at"]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table(TABLE) as table:
        table.add_column(sa.Column("hlc", sa.BigInteger(), nullable=False, server_default="0"))
        table.add_column(sa.Column("device_id", sa.String(length=36), nullable=False,
                                   server_default=""))
        table.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
        table.add_column(sa.Column("made_on", sa.String(length=36), nullable=False,
                                   server_default=""))
    op.execute("UPDATE escalations SET made_on = COALESCE((SELECT value FROM local_meta "
               "WHERE key = 'device_id'), ''), device_id = COALESCE((SELECT value FROM "
               "local_meta WHERE key = 'device_id'), '')")
    if sqlite:
        for statement in trigger_sql(TABLE, COLUMNS):
            op.execute(statement)
    else:
        for statement in pg_trigger_sql(TABLE):
            op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in drop_trigger_sql(TABLE) if sqlite else pg_drop_trigger_sql(TABLE):
        op.execute(statement)
    with op.batch_alter_table(TABLE) as table:
        for column in ("made_on", "deleted_at", "device_id", "hlc"):
            table.drop_column(column)
