"""stored files, document number sequences, saved notice templates, register follow-up

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 04:00:00

- `stored_files` (synced): a file kept with a register entry or an issuance, by name, size and
  SHA-256; `local_files` (each PC's own): where this PC keeps it and whether the server has it;
  `file_blobs` (the server): the content, by office and SHA-256.
- `number_counters` (the server) and `number_leases` (the server and the PC holding them): the
  register's series and the issuances are numbered at the server while a PC reaches it, and
  from numbers leased in advance while it does not, so two PCs never give the same number.
- `notice_templates` (synced): versions of notice templates saved by an admin.
- `register_entries` gains the outgoing letter's address, where and when it was forwarded,
  the answering entry and when it was posted; `issuances` the register entry and the visitor
  registration it was issued about. On SQLite both tables' outbox triggers are made again with
  the new columns; on PostgreSQL the change-log trigger copies whole rows.
"""

import importlib

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_v6 = importlib.import_module("app.store.migrations.versions.0006_issuances")
_v8 = importlib.import_module("app.store.migrations.versions.0008_document_register")
STAMPS = ["id", "office_id", "hlc", "device_id", "deleted_at"]
ENTRY_COLUMNS_BEFORE: list[str] = list(_v8.SYNC_COLUMNS["register_entries"])
ENTRY_COLUMNS = [*ENTRY_COLUMNS_BEFORE, "addressee_address", "forwarded_to", "forwarded_at",
                 "answer_id", "posted_at"]
ISSUANCE_COLUMNS_BEFORE: list[str] = list(_v6.SYNC_COLUMNS["issuances"])
ISSUANCE_COLUMNS = [*ISSUANCE_COLUMNS_BEFORE, "register_entry_id", "visitor_registration_id"]
# The tables made here and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "stored_files": [*STAMPS, "owner_table", "owner_id", "purpose", "file_name",
                     "content_type", "size", "sha256", "created_at", "created_by"],
    "notice_templates": [*STAMPS, "template_key", "version", "source", "saved_by", "saved_at",
                         "active"],
}


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


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "stored_files",
        *_stamps(),
        _text("owner_table", 40),
        _text("owner_id", 36),
        _text("purpose", 16),
        _text("file_name", 200),
        _text("content_type", 80),
        sa.Column("size", sa.BigInteger(), nullable=False),
        _text("sha256", 64),
        _when("created_at", nullable=False),
        _text("created_by", 200),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stored_files_owner", "stored_files",
                    ["office_id", "owner_table", "owner_id"])
    op.create_index("ix_stored_files_sha256", "stored_files", ["office_id", "sha256"])
    op.create_table(
        "notice_templates",
        *_stamps(),
        _text("template_key", 40),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        _text("saved_by", 200),
        _when("saved_at", nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_notice_templates_key", "notice_templates",
                    ["office_id", "template_key", "version"])
    op.create_table(
        "local_files",
        sa.Column("file_id", sa.String(length=36), nullable=False),
        _text("path", 500),
        sa.Column("uploaded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("file_id"),
    )
    op.create_table(
        "file_blobs",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        _text("sha256", 64),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        _when("stored_at", nullable=False),
        sa.PrimaryKeyConstraint("office_id", "sha256"),
    )
    op.create_table(
        "number_counters",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        _text("sequence", 80),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "sequence", "year"),
    )
    op.create_table(
        "number_leases",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        _text("sequence", 80),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        _when("leased_at", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_number_leases_holder", "number_leases",
                    ["office_id", "sequence", "year", "device_id"])
    with op.batch_alter_table("register_entries") as batch:
        batch.add_column(sa.Column("addressee_address", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("forwarded_to", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(_when("forwarded_at"))
        batch.add_column(sa.Column("answer_id", sa.String(length=36), nullable=True))
        batch.add_column(_when("posted_at"))
    with op.batch_alter_table("issuances") as batch:
        batch.add_column(sa.Column("register_entry_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("visitor_registration_id", sa.String(length=36),
                                   nullable=True))
    if sqlite:
        for table, columns in (("register_entries", ENTRY_COLUMNS),
                               ("issuances", ISSUANCE_COLUMNS)):
            for statement in drop_trigger_sql(table):
                op.execute(statement)
            for statement in trigger_sql(table, columns):
                op.execute(statement)
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
    if sqlite:
        for table in ("register_entries", "issuances"):
            for statement in drop_trigger_sql(table):
                op.execute(statement)
    with op.batch_alter_table("issuances") as batch:
        batch.drop_column("visitor_registration_id")
        batch.drop_column("register_entry_id")
    with op.batch_alter_table("register_entries") as batch:
        for column in ("posted_at", "answer_id", "forwarded_at", "forwarded_to",
                       "addressee_address"):
            batch.drop_column(column)
    if sqlite:
        for table, columns in (("register_entries", ENTRY_COLUMNS_BEFORE),
                               ("issuances", ISSUANCE_COLUMNS_BEFORE)):
            for statement in trigger_sql(table, columns):
                op.execute(statement)
    op.drop_index("ix_number_leases_holder", table_name="number_leases")
    op.drop_table("number_leases")
    op.drop_table("number_counters")
    op.drop_table("file_blobs")
    op.drop_table("local_files")
    op.drop_index("ix_notice_templates_key", table_name="notice_templates")
    op.drop_table("notice_templates")
    op.drop_index("ix_stored_files_sha256", table_name="stored_files")
    op.drop_index("ix_stored_files_owner", table_name="stored_files")
    op.drop_table("stored_files")
