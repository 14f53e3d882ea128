"""Statements of a hot path run on the raw sqlite3 cursor.

Each statement is still written with SQLAlchemy (one source of truth for both dialects) and
compiled once; running it then skips SQLAlchemy's per-execution work, which costs more than
SQLite's own on the queue's busiest path (call next holds the write lock meanwhile). Binds and
results are converted with the column types' own processors, exactly as SQLAlchemy would.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement, Executable


class Prepared:
    """One statement compiled for SQLite, with its bind and result conversions."""

    def __init__(self, stmt: Executable, dialect: Dialect, result_table: Table | None = None):
        assert isinstance(stmt, ClauseElement)
        compiled = stmt.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        self.sql = compiled.string
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        self.defaults = {n: compiled.binds[n].value for n in self.names}
        self.bind: list[Callable[[Any], Any] | None] = [
            compiled.binds[n].type.dialect_impl(dialect).bind_processor(dialect)
            for n in self.names
        ]
        types = {}
        if result_table is not None:
            types = {c.name: c.type for c in result_table.c}
        for column in getattr(stmt, "selected_columns", ()):
            types[column.name] = column.type
        self._types = types
        self._dialect = dialect
        self._row_classes: dict[tuple[str, ...], tuple[type, list[Any]]] = {}

    def args(self, params: Mapping[str, Any]) -> list[Any]:
        out = []
        for name, process in zip(self.names, self.bind, strict=True):
            value = params[name] if name in params else self.defaults[name]
            out.append(process(value) if process is not None else value)
        return out

    def rows(self, description: Sequence[Sequence[Any]], raw: list[tuple[Any, ...]]) -> list[Any]:
        names = tuple(d[0] for d in description)
        if names not in self._row_classes:
            processors = [
                self._types[n].dialect_impl(self._dialect).result_processor(self._dialect, None)
                if n in self._types
                else None
                for n in names
            ]
            self._row_classes[names] = (namedtuple("Row", names, rename=True), processors)
        row_class, processors = self._row_classes[names]
        return [
            row_class(*(p(v) if p is not None else v for p, v in zip(processors, r, strict=True)))
            for r in raw
        ]


class FastStatements:
    """Runs prepared statements on a connection's sqlite3 cursor; elsewhere (PostgreSQL) the
    same statements go through SQLAlchemy as usual."""

    def __init__(self) -> None:
        self._prepared: dict[int, Prepared] = {}

    def _prepare(self, conn: Connection, stmt: Executable, table: Table | None) -> Prepared:
        prepared = self._prepared.get(id(stmt))
        if prepared is None:
            prepared = Prepared(stmt, conn.dialect, table)
            self._prepared[id(stmt)] = prepared
        return prepared

    def all(
        self,
        conn: Connection,
        stmt: Executable,
        params: Mapping[str, Any],
        result_table: Table | None = None,
    ) -> list[Any]:
        if conn.dialect.name != "sqlite":
            return list(conn.execute(stmt, dict(params)).all())
        prepared = self._prepare(conn, stmt, result_table)
        cursor = _sqlite(conn).execute(prepared.sql, prepared.args(params))
        try:
            if cursor.description is None:
                return []
            return prepared.rows(cursor.description, cursor.fetchall())
        finally:
            cursor.close()

    def many(self, conn: Connection, stmt: Executable, rows: list[Mapping[str, Any]]) -> None:
        if conn.dialect.name != "sqlite":
            conn.execute(stmt, [dict(r) for r in rows])
            return
        prepared = self._prepare(conn, stmt, None)
        _sqlite(conn).executemany(
            prepared.sql, [prepared.args(r) for r in rows]
        )


def _sqlite(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under `conn`, inside the transaction `conn` began."""
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver
