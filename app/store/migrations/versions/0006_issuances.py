"""the issuance register of notices

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 02:00:00

Every notice handed over, posted or e-mailed is a row of `issuances`: its registration number
in the office's yearly series, template and version, recipient, who issued it and when, how it
was delivered, the kept PDF and its SHA-256, whether it is a copy, its verification code and
the signed container attached later. Synced: outbox triggers on SQLite, change-log triggers on
PostgreSQL. A PC pulls the change log again from its start, for the rows of this table it
passed over before.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The table made here and its columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "issuances": [
        "id", "office_id", "hlc", "device_id", "deleted_at",
        "registry_number", "year", "seq", "template_id", "template_version", "lang",
        "recipient", "issued_by", "issued_at", "delivery", "pdf_path", "pdf_sha256",
        "is_copy", "copy_of_id", "verification_code", "signed_path", "signed_sha256",
    ],
}


def upgrade() -> None:
    utc = sa.DateTime(timezone=True)
    op.create_table(
        "issuances",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("registry_number", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.String(length=40), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("issued_at", utc, nullable=False),
        sa.Column("delivery", sa.String(length=16), nullable=False),
        sa.Column("pdf_path", sa.String(length=500), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("is_copy", sa.Boolean(), nullable=False),
        sa.Column("copy_of_id", sa.String(length=36), nullable=True),
        sa.Column("verification_code", sa.String(length=32), nullable=False),
        sa.Column("signed_path", sa.String(length=500), nullable=True),
        sa.Column("signed_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["copy_of_id"], ["issuances.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_issuances_series", "issuances", ["office_id", "year", "seq"])
    op.create_index("ix_issuances_number", "issuances", ["office_id", "registry_number"])
    if op.get_bind().dialect.name == "sqlite":
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns):
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
    op.drop_index("ix_issuances_number", table_name="issuances")
    op.drop_index("ix_issuances_series", table_name="issuances")
    op.drop_table("issuances")
