"""reports: the steps of tickets kept for counting, and counters' opening and closing

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 13:00:00

- `counter_events` (synced): a counter opened or closed, when and by whom, so a counter's
  occupancy and its idle time count from the time it really stood open.
- `report_steps` (each store's own, not synced): one row per step of a ticket (its pass
  through one service's line) with the times its measures are counted from, in whole
  microseconds since 1970, and the keys reports group by. Kept exact by
  app.operations.reports: the triggers below name every ticket whose row or events changed
  in `report_dirty`, and a report first counts those tickets' steps again.
- `report_totals` (each store's own): the sums of a day's steps per service, way of ending and
  outcome, counted again with the day's steps; reports of ended days by day, week, month,
  weekday, service or office read these.
- `report_dirty`: the tickets whose steps are to be counted again; `n` grows with each change,
  so a change made while they are being counted is not lost.

Every ticket already stored is named dirty, so the first report counts them all.
"""

import sqlalchemy as sa
from alembic import op

from app.store.outbox import drop_trigger_sql, pg_drop_trigger_sql, pg_trigger_sql, trigger_sql

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SYNC_COLUMNS = {
    "counter_events": ["id", "office_id", "hlc", "device_id", "deleted_at", "counter_id", "kind",
                       "at", "actor"],
}
# (trigger, table, the ticket's id in the row, when) on SQLite.
_SQLITE_MARKS = (
    ("report_dirty_event_insert", "ticket_events", "NEW.ticket_id", "AFTER INSERT"),
    ("report_dirty_event_update", "ticket_events", "NEW.ticket_id", "AFTER UPDATE"),
    ("report_dirty_event_delete", "ticket_events", "OLD.ticket_id", "AFTER DELETE"),
    ("report_dirty_ticket_insert", "tickets", "NEW.id", "AFTER INSERT"),
    ("report_dirty_ticket_update", "tickets",  "NEW.id",
     "AFTER UPDATE OF deleted_at, arrived_at, replaces_id, day, issued_service_id, office_id"),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "counter_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("counter_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"]),
        sa.ForeignKeyConstraint(["counter_id"], ["counters.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_counter_events_office", "counter_events", ["office_id", "at"])
    op.create_table(
        "report_steps",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=1), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=True),
        sa.Column("staff", sa.String(length=200), nullable=True),
        sa.Column("arrival", sa.Boolean(), nullable=False),
        sa.Column("corrected", sa.Boolean(), nullable=False),
        sa.Column("queued_us", sa.BigInteger(), nullable=False),
        sa.Column("called_us", sa.BigInteger(), nullable=True),
        sa.Column("ended_us", sa.BigInteger(), nullable=True),
        sa.Column("day_end_us", sa.BigInteger(), nullable=False),
        sa.Column("end", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("handling_us", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("ticket_id", "step"),
    )
    op.create_index("ix_report_steps_day", "report_steps", ["office_id", "day"])
    op.create_table(
        "report_totals",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=1), nullable=False),
        sa.Column("end", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("target_us", sa.BigInteger(), nullable=False),
        *[sa.Column(name, sa.BigInteger(), nullable=name in ("wait_sum", "longest",
                                                               "handling_sum"))
          for name in ("steps", "arrivals", "called", "wait_sum", "longest", "met", "counted",
                       "corrections", "left_uncalled", "handled", "handling_sum")],
        sa.PrimaryKeyConstraint("office_id", "day", "service", "end", "outcome"),
    )
    op.create_table(
        "report_dirty",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("ticket_id"),
    )
    op.create_index("ix_tickets_replaces", "tickets", ["replaces_id"])
    if sqlite:
        for name, table, ticket, when in _SQLITE_MARKS:
            op.execute(
                f"CREATE TRIGGER {name} {when} ON {table} BEGIN "
                f"INSERT INTO report_dirty (ticket_id, n) VALUES ({ticket}, 1) "
                f"ON CONFLICT (ticket_id) DO UPDATE SET n = report_dirty.n + 1; END")
        for table, columns in SYNC_COLUMNS.items():
            for statement in trigger_sql(table, columns):
                op.execute(statement)
        op.execute("DELETE FROM local_meta WHERE key = 'pull_cursor'")
    else:
        op.execute("""
            CREATE FUNCTION lett_report_dirty() RETURNS trigger AS $$
            DECLARE ticket text;
            BEGIN
                IF TG_TABLE_NAME = 'tickets' THEN
                    ticket := NEW.id;
                ELSIF TG_OP = 'DELETE' THEN
                    ticket := OLD.ticket_id;
                ELSE
                    ticket := NEW.ticket_id;
                END IF;
                INSERT INTO report_dirty (ticket_id, n) VALUES (ticket, 1)
                ON CONFLICT (ticket_id) DO UPDATE SET n = report_dirty.n + 1;
                RETURN NULL;
            END $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER report_dirty_events AFTER INSERT OR UPDATE OR DELETE ON "
                   "ticket_events FOR EACH ROW EXECUTE FUNCTION lett_report_dirty()")
        op.execute("CREATE TRIGGER report_dirty_tickets AFTER INSERT OR UPDATE OF deleted_at, "
                   "arrived_at, replaces_id, day, issued_service_id, office_id ON tickets "
                   "FOR EACH ROW EXECUTE FUNCTION lett_report_dirty()")
        for table in SYNC_COLUMNS:
            for statement in pg_trigger_sql(table):
                op.execute(statement)
    op.execute("INSERT INTO report_dirty (ticket_id, n) SELECT id, 1 FROM tickets")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SYNC_COLUMNS:
        for statement in drop_trigger_sql(table) if sqlite else pg_drop_trigger_sql(table):
            op.execute(statement)
    if sqlite:
        for name, *_ in _SQLITE_MARKS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS report_dirty_events ON ticket_events")
        op.execute("DROP TRIGGER IF EXISTS report_dirty_tickets ON tickets")
        op.execute("DROP FUNCTION IF EXISTS lett_report_dirty()")
    op.drop_index("ix_tickets_replaces", table_name="tickets")
    op.drop_table("report_dirty")
    op.drop_table("report_totals")
    op.drop_index("ix_report_steps_day", table_name="report_steps")
    op.drop_table("report_steps")
    op.drop_index("ix_counter_events_office", table_name="counter_events")
    op.drop_table("counter_events")
