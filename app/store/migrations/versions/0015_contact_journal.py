"""the contact journal: topics, contacts and what they produced

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 10:00:00

- `contact_topics` (synced): the office's topic tree, in three languages, with the service
  whose counter contacts take a topic by default.
- `contacts` (synced): one conversation with a client on one channel, with its topic, note,
  outcome, who served, times, language and the client's data until `retain_until`.
- `contact_links` (synced): the visit, ticket, register entry or notice a contact produced.

All three flow to desk and counter PCs only. A PC pulls the change log again from the start,
so rows of these tables a newer PC sent before this one was upgraded reach it.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

STAMPS = ["id", "office_id", "hlc", "device_id", "deleted_at"]
# The tables made here and their columns as of this revision (the outbox triggers copy them).
SYNC_COLUMNS: dict[str, list[str]] = {
    "contact_topics": [*STAMPS, "code", "name_et", "name_ru", "name_en", "parent_id",
                       "service_id", "position", "active"],
    "contacts": [*STAMPS, "channel", "topic_id", "note", "outcome", "served_by", "started_at",
                 "ended_at", "lang", "counter_id", "ticket_id", "client_name", "client_code",
                 "client_organisation", "client_email", "client_phone", "retain_until",
                 "anonymised_at"],
    "contact_links": [*STAMPS, "contact_id", "kind", "registration_id", "ticket_id",
                      "register_entry_id", "issuance_id", "label", "linked_at", "linked_by"],
}


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


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "contact_topics",
        *_stamps(),
        _text("code", 32),
        _text("name_et", 200),
        _text("name_ru", 200),
        _text("name_en", 200),
        _text("parent_id", 36, nullable=True),
        _text("service_id", 36, nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["parent_id"], ["contact_topics.id"]),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office_id", "code"),
    )
    op.create_table(
        "contacts",
        *_stamps(),
        _text("channel", 16),
        _text("topic_id", 36, nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _text("outcome", 32, nullable=True),
        _text("served_by", 200),
        _when("started_at", nullable=False),
        _when("ended_at"),
        _text("lang", 2),
        _text("counter_id", 36, nullable=True),
        _text("ticket_id", 36, nullable=True),
        _text("client_name", 200),
        _text("client_code", 11, nullable=True),
        _text("client_organisation", 200),
        _text("client_email", 254),
        _text("client_phone", 32),
        _when("retain_until", nullable=False),
        _when("anonymised_at"),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["topic_id"], ["contact_topics.id"]),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contacts_started", "contacts", ["office_id", "started_at"])
    op.create_index("ix_contacts_served_by", "contacts", ["office_id", "served_by", "started_at"])
    op.create_index("ix_contacts_topic", "contacts", ["office_id", "topic_id", "started_at"])
    op.create_index("ix_contacts_ticket", "contacts", ["ticket_id"])
    op.create_index("ix_contacts_retain", "contacts", ["retain_until"])
    op.create_table(
        "contact_links",
        *_stamps(),
        _text("contact_id", 36),
        _text("kind", 16),
        _text("registration_id", 36, nullable=True),
        _text("ticket_id", 36, nullable=True),
        _text("register_entry_id", 36, nullable=True),
        _text("issuance_id", 36, nullable=True),
        _text("label", 64),
        _when("linked_at", nullable=False),
        _text("linked_by", 200),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contact_links_contact", "contact_links", ["contact_id"])
    if sqlite:
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
    op.drop_index("ix_contact_links_contact", table_name="contact_links")
    op.drop_table("contact_links")
    for index in ("ix_contacts_retain", "ix_contacts_ticket", "ix_contacts_topic",
                  "ix_contacts_served_by", "ix_contacts_started"):
        op.drop_index(index, table_name="contacts")
    op.drop_table("contacts")
    op.drop_table("contact_topics")
