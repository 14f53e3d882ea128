"""the document register

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 03:00:00

The register's series (index, number pattern, name, each year's next running number) and its
entries: incoming and outgoing documents with their registration number, sender, addressee,
document type, title, transmittal mode, pages, access restriction, status and deadline. Both
synced: outbox triggers on SQLite, change-log triggers on PostgreSQL. Desk and counter PCs push
and pull them; kiosks and displays never receive them. A PC pulls the change log again from its
start, for the rows of these tables it passed over before.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STAMPS = ["id", "office_id", "hlc", "device_id", "deleted_at"]
# The tables made here and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "register_series": [*STAMPS, "series_index", "pattern", "name", "next_numbers", "active"],
    "register_entries": [
        *STAMPS, "direction", "series_id", "registry_number", "year", "seq", "registered_on",
        "registered_at", "registered_by", "sender_name", "sender_organisation",
        "sender_address", "sender_number", "sender_date", "addressee", "document_type", "title",
        "transmittal", "pages", "access_basis", "access_from", "access_until", "status",
        "deadline", "extended",
    ],
}
JSON_COLUMNS = {"register_series": ("next_numbers",)}


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=False),
    ]


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False)


def upgrade() -> None:
    op.create_table(
        "register_series",
        *_stamps(),
        _text("series_index", 20),
        _text("pattern", 60),
        _text("name", 200),
        sa.Column("next_numbers", sa.JSON(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_register_series_index", "register_series", ["office_id", "series_index"])
    op.create_table(
        "register_entries",
        *_stamps(),
        _text("direction", 8),
        sa.Column("series_id", sa.String(length=36), nullable=False),
        _text("registry_number", 64),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        _text("registered_by", 200),
        _text("sender_name", 200),
        _text("sender_organisation", 200),
        _text("sender_address", 300),
        _text("sender_number", 64),
        sa.Column("sender_date", sa.Date(), nullable=True),
        _text("addressee", 200),
        _text("document_type", 40),
        _text("title", 500),
        _text("transmittal", 8),
        sa.Column("pages", sa.Integer(), nullable=True),
        _text("access_basis", 300),
        sa.Column("access_from", sa.Date(), nullable=True),
        sa.Column("access_until", sa.Date(), nullable=True),
        _text("status", 16),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["series_id"], ["register_series.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_register_entries_series", "register_entries",
                    ["office_id", "series_id", "year", "seq"])
    op.create_index("ix_register_entries_number", "register_entries",
                    ["office_id", "registry_number"])
    op.create_index("ix_register_entries_deadline", "register_entries",
                    ["office_id", "status", "deadline"])
    if op.get_bind().dialect.name == "sqlite":
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
    for index in ("ix_register_entries_deadline", "ix_register_entries_number",
                  "ix_register_entries_series"):
        op.drop_index(index, table_name="register_entries")
    op.drop_table("register_entries")
    op.drop_index("ix_register_series_index", table_name="register_series")
    op.drop_table("register_series")
