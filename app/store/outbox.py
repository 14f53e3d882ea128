"""Change capture for sync: SQLite triggers that write an outbox row in the same transaction as
every insert, update and delete of a synced table, whatever code path made the change.

While the sync client applies rows pulled from the server it sets `local_meta.applying_pull`,
and the triggers stay quiet, so pulled rows are not sent back.
"""

from __future__ import annotations

from collections.abc import Sequence

QUIET = "NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'applying_pull' AND value = '1')"


def trigger_sql(
    table: str, columns: Sequence[str], json_columns: Sequence[str] = ()
) -> list[str]:
    """CREATE TRIGGER statements capturing `table`'s changes into the outbox. JSON columns are
    embedded as JSON, not as strings holding JSON."""

    def value(ref: str, column: str) -> str:
        return f"json({ref}.\"{column}\")" if column in json_columns else f"{ref}.\"{column}\""

    def row(ref: str) -> str:
        pairs = ", ".join(f"'{c}', {value(ref, c)}" for c in columns)
        return f"json_object({pairs})"

    now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    statements = []
    for op, ref in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS outbox_{table}_{op} AFTER {op.upper()} ON \"{table}\" "
            f"WHEN {QUIET} BEGIN "
            f"INSERT INTO outbox (table_name, row_id, op, row, created_at) "
            f"VALUES ('{table}', {ref}.id, '{op}', {row(ref)}, {now}); END"
        )
    return statements


def drop_trigger_sql(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS outbox_{table}_{op}" for op in ("insert", "update", "delete")]
