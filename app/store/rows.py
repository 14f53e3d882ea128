"""Synced rows as JSON and back: the shape in which changes travel between a PC and the server.

A row arrives as the JSON object a trigger made (SQLite's json_object or PostgreSQL's
row_to_json), so a timestamp may be "2026-11-23 08:00:00.000000" (SQLite, UTC) or
"2026-11-23T08:00:00+00:00" (PostgreSQL), a flag 0/1 or false/true. `parse_row` turns either
into Python values checked against the column's type, length and nullability, so a bad row is
refused with a reason instead of failing in the database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, String, Table, Text

from app.store.models import SYNCED_TABLES, UTCDateTime

INT32 = 2**31 - 1
INT64 = 2**63 - 1


class BadRow(ValueError):
    """A row that does not fit its table; the message says which column and why."""


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str
    nullable: bool
    has_default: bool
    length: int | None


def _kind(column: Any) -> tuple[str, int | None]:
    t = column.type
    if isinstance(t, UTCDateTime):
        return "datetime", None
    if isinstance(t, Date):
        return "date", None
    if isinstance(t, Boolean):
        return "bool", None
    if isinstance(t, JSON):
        return "json", None
    if isinstance(t, BigInteger):
        return "int64", None
    if isinstance(t, Integer):
        return "int32", None
    if isinstance(t, Float):
        return "float", None
    if isinstance(t, String | Text):
        return "str", getattr(t, "length", None)
    raise TypeError(f"no sync conversion for {t!r}")


def _specs(table: Table) -> dict[str, ColumnSpec]:
    specs = {}
    for c in table.columns:
        kind, length = _kind(c)
        specs[c.name] = ColumnSpec(
            c.name, kind, bool(c.nullable), c.default is not None, length
        )
    return specs


TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in SYNCED_TABLES}  # type: ignore[attr-defined]
SPECS: dict[str, dict[str, ColumnSpec]] = {name: _specs(t) for name, t in TABLES.items()}
# Parents before children: the order in which a batch's tables are applied.
TABLE_ORDER: tuple[str, ...] = tuple(TABLES)


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise BadRow("not a date and time")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadRow(f"not a date and time: {value[:40]!r}") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _holds_nul(value: Any) -> bool:
    """Whether a JSON value has a NUL in any string, keys included (its repr would show it
    escaped, never as the character itself)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


def parse_value(spec: ColumnSpec, value: Any) -> Any:
    if value is None:
        if not spec.nullable:
            raise BadRow(f"{spec.name}: must not be empty")
        return None
    kind = spec.kind
    if kind == "datetime":
        return _datetime(value)
    if kind == "date":
        if not isinstance(value, str):
            raise BadRow(f"{spec.name}: not a date")
        try:
            return date.fromisoformat(value[:10])
        except ValueError as exc:
            raise BadRow(f"{spec.name}: not a date: {value[:20]!r}") from exc
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise BadRow(f"{spec.name}: not true or false")
    if kind in ("int32", "int64"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadRow(f"{spec.name}: not a whole number")
        limit = INT32 if kind == "int32" else INT64
        if not -limit <= value <= limit:
            raise BadRow(f"{spec.name}: number out of range")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadRow(f"{spec.name}: not a number")
        if not math.isfinite(value):
            raise BadRow(f"{spec.name}: not a finite number")
        return float(value)
    if kind == "json":
        if not isinstance(value, dict | list):
            raise BadRow(f"{spec.name}: not a JSON object")
        if _holds_nul(value):
            raise BadRow(f"{spec.name}: contains a NUL character")
        return value
    if not isinstance(value, str):
        raise BadRow(f"{spec.name}: not text")
    if spec.length is not None and len(value) > spec.length:
        raise BadRow(f"{spec.name}: longer than {spec.length} characters")
    if "\x00" in value:
        raise BadRow(f"{spec.name}: contains a NUL character")
    return value


def parse_row(table: str, row: Any, partial: bool = False) -> dict[str, Any]:
    """Python values of `row` for `table`'s columns. Unknown columns are refused; a missing
    column is refused too unless `partial` (then only the columns given are returned)."""
    specs = SPECS.get(table)
    if specs is None:
        raise BadRow(f"no synced table {table!r}")
    if not isinstance(row, dict):
        raise BadRow("the row is not a JSON object")
    unknown = set(row) - set(specs)
    if unknown:
        raise BadRow(f"unknown columns: {', '.join(sorted(map(str, unknown)))[:200]}")
    values = {}
    for name, spec in specs.items():
        if name in row:
            values[name] = parse_value(spec, row[name])
        elif not partial and not spec.nullable and not spec.has_default:
            raise BadRow(f"{name}: missing")
    return values
