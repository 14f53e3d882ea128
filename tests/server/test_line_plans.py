"""Call next reads a line's head from the partial indexes of waiting tickets (migration 0010),
in calling order, and a counter's newest calls without sorting them all, on SQLite and on
PostgreSQL: with a morning's tickets behind it, a database without statistics (autovacuum
off), planning the statement once for any parameters (a prepared statement's generic plan)."""

import contextlib
import re

from sqlalchemy import text

from app.core.errors import Refused
from app.operations import queue as q
from app.operations.context import open_context, staff_actor
from app.operations.queue.statements import LINE_HEAD, LINE_HEAD_AT_COUNTER, RECENT_CALLS
from app.operations.setup import create_demo_office
from app.server.store import open_server_store


def _office_with_a_day_behind_it(url: str):
    db = open_server_store(url)
    office_id = create_demo_office(db, staff_actor())
    ctx = open_context(db, staff_actor())
    for i in range(300):
        q.issue_ticket(ctx, "ABC"[i % 3])
    for n in range(250):
        with contextlib.suppress(Refused):
            q.call_next(ctx, 1 + n % 3)
    return db, office_id


def _plan(db, stmt) -> str:
    compiled = stmt.compile(dialect=db.engine.dialect)
    sql = str(compiled)
    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, (None,) * sql.count("?"))
            return "\n".join(str(r[-1]) for r in rows)
        # A prepared statement planned for any parameters, as psycopg's are after a few runs.
        names: list[str] = []

        def number(match: re.Match) -> str:
            if match[1] not in names:
                names.append(match[1])
            return f"${names.index(match[1]) + 1}"

        conn.exec_driver_sql("PREPARE head AS " + re.sub(r"%\((\w+)\)s", number, sql))
        conn.execute(text("SET plan_cache_mode = force_generic_plan"))
        args = ", ".join("NULL" for _ in names)
        return "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN EXECUTE head({args})"))


def test_call_next_reads_the_waiting_tickets_index_and_the_newest_calls_without_sorting(
        server_db_url):
    db, _office = _office_with_a_day_behind_it(server_db_url)
    try:
        for stmt, index in ((LINE_HEAD, "ix_tickets_line"),
                            (LINE_HEAD_AT_COUNTER, "ix_tickets_line_at_counter"),
                            (RECENT_CALLS, "ix_ticket_events_counter")):
            plan = _plan(db, stmt)
            assert re.search(rf"\b{index}\b", plan), plan
            assert "Sort" not in plan and "TEMP B-TREE" not in plan, plan
    finally:
        db.dispose()
