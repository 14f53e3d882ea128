"""the ticket's page on the visitor's phone

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 10:30:00

A ticket gets the key of its page on the visitor's phone (`page_token`, random, indexed for
the page's look-up) and the moment the visitor, having stepped out, said they will be back
(`away_until`). On SQLite the tickets' outbox triggers are made again with the new columns
(an office host makes its change-log triggers from the models at each start); on PostgreSQL
the change-log trigger copies whole rows. Tickets issued before have no page.
"""

import importlib

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, trigger_sql

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_v2 = importlib.import_module("app.store.migrations.versions.0002_sync_and_server")
TICKET_COLUMNS_BEFORE: list[str] = list(_v2.SYNC_COLUMNS["tickets"])
TICKET_COLUMNS: list[str] = [*TICKET_COLUMNS_BEFORE, "page_token", "away_until"]


def _triggers(columns: list[str]) -> None:
    for statement in drop_trigger_sql("tickets"):
        op.execute(statement)
    for statement in trigger_sql("tickets", columns):
        op.execute(statement)


def upgrade() -> None:
    op.add_column("tickets", sa.Column("page_token", sa.String(length=32), nullable=True))
    op.add_column("tickets", sa.Column("away_until", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_tickets_page_token", "tickets", ["page_token"])
    if op.get_bind().dialect.name == "sqlite":
        _triggers(TICKET_COLUMNS)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in drop_trigger_sql("tickets"):
            op.execute(statement)
    op.drop_index("ix_tickets_page_token", table_name="tickets")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("away_until")
        batch.drop_column("page_token")
    if sqlite:
        _triggers(TICKET_COLUMNS_BEFORE)
