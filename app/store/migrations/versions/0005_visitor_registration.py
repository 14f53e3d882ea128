"""visitor registration: purposes, the specialists' directory, registrations, expected
visitors, the personal data access log and the watch list

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 01:30:00

A visitor's personal data lives in `visitor_registrations`, linked to the visit the queue
already knows, so kiosks and displays (which sync visits) never receive it. Every table here
is synced; on SQLite they get outbox triggers, on PostgreSQL change-log triggers. On SQLite the
words of each registration's folded name and organisation are kept in the local table
`visitor_search_tokens` by triggers, for search by word prefix on large stores.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

STAMP = ["id", "office_id", "hlc", "device_id", "deleted_at"]
# The tables made here and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "specialists": [*STAMP, "name", "unit", "room", "phone", "email", "active"],
    "visit_purposes": [*STAMP, "code", "name_et", "name_ru", "name_en", "route", "service_code",
                       "specialist_id", "retention_days", "position", "active"],
    "visitor_registrations": [*STAMP, "visit_id", "name", "name_key", "id_code", "document",
                              "organisation", "org_key", "phone", "email", "purpose_id",
                              "host_id", "lang", "arrived_at", "left_at", "badge_token",
                              "ticket_id", "ticket_number", "notes", "registered_by",
                              "retain_until", "anonymised_at"],
    "expected_visitors": [*STAMP, "name", "id_code", "document", "organisation", "phone",
                          "email", "purpose_id", "host_id", "lang", "expected_at", "notes",
                          "created_by", "registration_id", "retain_until", "anonymised_at"],
    "personal_data_access": [*STAMP, "at", "actor", "action", "subject_code",
                             "registration_id", "expected_id", "purpose", "legal_basis", "data"],
    "watch_list": [*STAMP, "name", "name_key", "reason", "added_by", "added_at", "active"],
}
JSON_COLUMNS = {"personal_data_access": ("data",)}


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


def _text(name: str, length: int | None = None, nullable: bool = False) -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=nullable)


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, _utc(), nullable=nullable)


def _tables() -> None:
    office = sa.ForeignKeyConstraint(["office_id"], ["offices.id"])
    op.create_table(
        "specialists", *_sync_columns(),
        _text("name", 200), _text("unit", 200), _text("room", 32), _text("phone", 32),
        _text("email", 254), sa.Column("active", sa.Boolean(), nullable=False),
        office, sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "visit_purposes", *_sync_columns(),
        _text("code", 32), _text("name_et", 200), _text("name_ru", 200), _text("name_en", 200),
        _text("route", 16), _text("service_code", 1, nullable=True),
        _text("specialist_id", 36, nullable=True),
        sa.Column("retention_days", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["specialist_id"], ["specialists.id"]),
        sa.PrimaryKeyConstraint("id"), sa.UniqueConstraint("office_id", "code"),
    )
    op.create_table(
        "visitor_registrations", *_sync_columns(),
        _text("visit_id", 36), _text("name", 200), _text("name_key", 200),
        _text("id_code", 11, nullable=True), _text("document", 100), _text("organisation", 200),
        _text("org_key", 200), _text("phone", 32), _text("email", 254),
        _text("purpose_id", 36, nullable=True), _text("host_id", 36, nullable=True),
        _text("lang", 2), _when("arrived_at"), _when("left_at", nullable=True),
        _text("badge_token", 32), _text("ticket_id", 36, nullable=True),
        _text("ticket_number", 8), _text("notes"),
        _text("registered_by", 200), _when("retain_until"), _when("anonymised_at", nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"]),
        sa.ForeignKeyConstraint(["purpose_id"], ["visit_purposes.id"]),
        sa.ForeignKeyConstraint(["host_id"], ["specialists.id"]),
        sa.PrimaryKeyConstraint("id"), sa.UniqueConstraint("badge_token"),
    )
    op.create_index("ix_visitor_registrations_arrived", "visitor_registrations",
                    ["office_id", "arrived_at"])
    op.create_index("ix_visitor_registrations_in", "visitor_registrations",
                    ["office_id", "left_at"])
    op.create_index("ix_visitor_registrations_code", "visitor_registrations",
                    ["office_id", "id_code"])
    op.create_index("ix_visitor_registrations_retain", "visitor_registrations", ["retain_until"])
    op.create_table(
        "expected_visitors", *_sync_columns(),
        _text("name", 200), _text("id_code", 11, nullable=True), _text("document", 100),
        _text("organisation", 200), _text("phone", 32), _text("email", 254),
        _text("purpose_id", 36, nullable=True), _text("host_id", 36, nullable=True),
        _text("lang", 2), _when("expected_at"), _text("notes"), _text("created_by", 200),
        _text("registration_id", 36, nullable=True), _when("retain_until"),
        _when("anonymised_at", nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["purpose_id"], ["visit_purposes.id"]),
        sa.ForeignKeyConstraint(["host_id"], ["specialists.id"]),
        sa.ForeignKeyConstraint(["registration_id"], ["visitor_registrations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_expected_visitors_at", "expected_visitors", ["office_id", "expected_at"])
    op.create_table(
        "personal_data_access", *_sync_columns(),
        _when("at"), _text("actor", 200), _text("action", 16),
        _text("subject_code", 11, nullable=True), _text("registration_id", 36, nullable=True),
        _text("expected_id", 36, nullable=True), _text("purpose", 200),
        _text("legal_basis", 200), sa.Column("data", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_personal_data_access_code", "personal_data_access",
                    ["office_id", "subject_code", "at"])
    op.create_index("ix_personal_data_access_registration", "personal_data_access",
                    ["registration_id", "at"])
    op.create_table(
        "watch_list", *_sync_columns(),
        _text("name", 200), _text("name_key", 200), _text("reason"), _text("added_by", 200),
        _when("added_at"), sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "visitor_search_tokens",
        _text("kind", 1), _text("token", 200), _text("registration_id", 36), _when("arrived_at"),
        _text("name_key", 200), _text("org_key", 200),
        sa.PrimaryKeyConstraint("kind", "token", "registration_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_visitor_search_tokens_word", "visitor_search_tokens",
                    ["kind", "token", "arrived_at", "name_key", "org_key"])
    op.create_index("ix_visitor_search_tokens_registration", "visitor_search_tokens",
                    ["registration_id"])


def _words(ref: str, column: str, kind: str) -> str:
    """Insert the space-separated words of a folded column (only a-z, 0-9 and single spaces,
    so it makes a JSON array by replacing the spaces)."""
    return (
        f"INSERT OR IGNORE INTO visitor_search_tokens (kind, token, registration_id, arrived_at, "
        f"name_key, org_key) "
        f"SELECT '{kind}', value, {ref}.id, {ref}.arrived_at, {ref}.name_key, {ref}.org_key "
        f"FROM json_each("
        f"'[\"' || replace({ref}.{column}, ' ', '\",\"') || '\"]') "
        f"WHERE {ref}.{column} != '' AND value != '';"
    )


SEARCH_TRIGGERS = [
    "CREATE TRIGGER visitor_search_insert AFTER INSERT ON visitor_registrations BEGIN "
    + _words("NEW", "name_key", "n") + _words("NEW", "org_key", "o") + " END",
    "CREATE TRIGGER visitor_search_update AFTER UPDATE OF name_key, org_key, arrived_at "
    "ON visitor_registrations BEGIN "
    "DELETE FROM visitor_search_tokens WHERE registration_id = OLD.id; "
    + _words("NEW", "name_key", "n") + _words("NEW", "org_key", "o") + " END",
    "CREATE TRIGGER visitor_search_delete AFTER DELETE ON visitor_registrations BEGIN "
    "DELETE FROM visitor_search_tokens WHERE registration_id = OLD.id; END",
]


def upgrade() -> None:
    _tables()
    if op.get_bind().dialect.name == "sqlite":
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns, JSON_COLUMNS.get(table, ())):
                op.execute(statement)
        for statement in SEARCH_TRIGGERS:
            op.execute(statement)
    else:
        for table in SYNC_COLUMNS:
            for statement in pg_trigger_sql(table):
                op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS visitor_search_{name}")
    for table in SYNC_COLUMNS:
        for statement in drop_trigger_sql(table) if sqlite else pg_drop_trigger_sql(table):
            op.execute(statement)
    op.drop_index("ix_visitor_search_tokens_registration", table_name="visitor_search_tokens")
    op.drop_index("ix_visitor_search_tokens_word", table_name="visitor_search_tokens")
    op.drop_table("visitor_search_tokens")
    op.drop_table("watch_list")
    op.drop_index("ix_personal_data_access_registration", table_name="personal_data_access")
    op.drop_index("ix_personal_data_access_code", table_name="personal_data_access")
    op.drop_table("personal_data_access")
    op.drop_index("ix_expected_visitors_at", table_name="expected_visitors")
    op.drop_table("expected_visitors")
    for name in ("retain", "code", "in", "arrived"):
        op.drop_index(f"ix_visitor_registrations_{name}", table_name="visitor_registrations")
    op.drop_table("visitor_registrations")
    op.drop_table("visit_purposes")
    op.drop_table("specialists")
