"""Change capture for sync, by triggers, so every code path is caught in the same transaction
as the change itself.

On a PC (SQLite) every insert, update and delete of a synced table writes an `outbox` row; an
update also lists the columns it changed, for per-field last-writer-wins at the server. While
the sync client applies rows pulled from the server it sets `local_meta.applying_pull`, and the
triggers stay quiet, so pulled rows are not sent back.

At a server (PostgreSQL, or SQLite at an office host) every change of a synced row is appended
to `change_log` instead, numbered without gaps per office: the office's `change_log_heads` row
is bumped in the same transaction, which serialises numbering per office until commit, so a
reader never sees seq N+1 committed before seq N.
"""

from __future__ import annotations

from collections.abc import Sequence

QUIET = "NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'applying_pull' AND value = '1')"
# Columns every synced row has that say who changed it when, not what changed.
STAMP_COLUMNS = ("hlc", "device_id")


def _value(ref: str, column: str, json_columns: Sequence[str]) -> str:
    return f"json({ref}.\"{column}\")" if column in json_columns else f"{ref}.\"{column}\""


def _row_json(ref: str, columns: Sequence[str], json_columns: Sequence[str]) -> str:
    pairs = ", ".join(f"'{c}', {_value(ref, c, json_columns)}" for c in columns)
    return f"json_object({pairs})"


def _changed_columns(columns: Sequence[str]) -> str:
    """A JSON array of the columns whose value an UPDATE changed."""
    picks = " UNION ALL ".join(
        f"SELECT '{c}' AS c WHERE OLD.\"{c}\" IS NOT NEW.\"{c}\""
        for c in columns
        if c not in STAMP_COLUMNS and c != "id"
    )
    return f"(SELECT json_group_array(c) FROM ({picks}))"


def trigger_sql(
    table: str,
    columns: Sequence[str],
    json_columns: Sequence[str] = (),
    with_fields: bool = True,
) -> list[str]:
    """CREATE TRIGGER statements capturing `table`'s changes into the outbox. JSON columns are
    embedded as JSON, not as strings holding JSON. `with_fields=False` gives the triggers of
    revision 0001, whose outbox had no `fields` column."""
    now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    statements = []
    for op, ref in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        fields = _changed_columns(columns) if op == "update" else "NULL"
        names, values = ("fields, ", f"{fields}, ") if with_fields else ("", "")
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS outbox_{table}_{op} AFTER {op.upper()} ON \"{table}\" "
            f"WHEN {QUIET} BEGIN "
            f"INSERT INTO outbox (table_name, row_id, op, row, {names}created_at) "
            f"VALUES ('{table}', {ref}.id, '{op}', {_row_json(ref, columns, json_columns)}, "
            f"{values}{now}); END"
        )
    return statements


def drop_trigger_sql(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS outbox_{table}_{op}" for op in ("insert", "update", "delete")]


def changelog_trigger_sql_sqlite(
    table: str, columns: Sequence[str], json_columns: Sequence[str] = ()
) -> list[str]:
    """An office host on SQLite: triggers appending `table`'s changes to the change log."""
    statements = []
    for op, ref in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS changelog_{table}_{op} AFTER {op.upper()} "
            f"ON \"{table}\" BEGIN "
            f"INSERT OR IGNORE INTO change_log_heads (office_id, last_seq) "
            f"VALUES ({ref}.office_id, 0); "
            f"UPDATE change_log_heads SET last_seq = last_seq + 1 "
            f"WHERE office_id = {ref}.office_id; "
            f"INSERT INTO change_log (office_id, seq, table_name, row_id, op, row, device_id, hlc) "
            f"VALUES ({ref}.office_id, "
            f"(SELECT last_seq FROM change_log_heads WHERE office_id = {ref}.office_id), "
            f"'{table}', {ref}.id, '{op}', {_row_json(ref, columns, json_columns)}, "
            f"{ref}.device_id, {ref}.hlc); END"
        )
    return statements


def drop_changelog_trigger_sql_sqlite(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS changelog_{table}_{op}" for op in ("insert", "update", "delete")
    ]


# PostgreSQL: one function for every synced table. The row goes in as JSON text; one
# notification per office per transaction (equal payloads fold into one) wakes the live feeds.
PG_CAPTURE_FUNCTION = """
CREATE OR REPLACE FUNCTION lett_capture() RETURNS trigger AS $$
DECLARE
    r record;
    s bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    INSERT INTO change_log_heads AS h (office_id, last_seq) VALUES (r.office_id, 1)
        ON CONFLICT (office_id) DO UPDATE SET last_seq = h.last_seq + 1
        RETURNING h.last_seq INTO s;
    INSERT INTO change_log (office_id, seq, table_name, row_id, op, row, device_id, hlc)
        VALUES (r.office_id, s, TG_TABLE_NAME, r.id, lower(TG_OP), row_to_json(r)::text,
                r.device_id, r.hlc);
    PERFORM pg_notify('lett_changes', r.office_id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def pg_trigger_sql(table: str) -> list[str]:
    return [
        f'DROP TRIGGER IF EXISTS changelog_{table} ON "{table}"',
        f'CREATE TRIGGER changelog_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION lett_capture()",
    ]


def pg_drop_trigger_sql(table: str) -> list[str]:
    return [f'DROP TRIGGER IF EXISTS changelog_{table} ON "{table}"']
