"""What the server checks in a pushed change before the database sees it.

A device is trusted with its own office and role only: every row it pushes is checked as if
hostile, and a row that fails is refused alone, with its table, its id, the field and the
reason, while the rest of its batch applies (app.server.sync.service).

Each row on its own (`check_raw` before its values are read, `check_values` after):
- no NUL and no lone surrogate in any text, the keys and strings inside JSON included (a lone
  surrogate cannot be written as UTF-8: it failed the whole batch in the database driver);
- the clock (`hlc`) at most MAX_DRIFT_MS ahead of the server's wall clock, so no device can
  carry the server's clock, and through it every office's stamps, into the future;
- whole numbers in their column's range (app.store.rows) and in the range the office's work
  gives them (a ticket's or a document's number, a year, a count), so a number the server
  goes on counting from can never run past its column;
- text within its column's length, or TEXT_LIMITS for unbounded text; JSON within
  MAX_JSON_CHARS;
- a stored file's name (no folder, no `..`), purpose, owner table and hash, and the paths of
  an issued notice's files (inside the data folder), as the PCs that fetch them will use them.

The batch together (`check_batch`, one query per table referred to, not one per row):
- every reference to another row (a service, counter, ticket, visit, purpose, specialist,
  registration, series, register entry, issuance, template, a file's owner) names a row of
  the device's office, at the server or added by the same batch, or a shared row (a built-in
  notice template); a reference no foreign key holds (LOOSE_REFERENCES, a file's owner) may
  also name a row the server does not have yet, never one of another office;
- a ticket a device adds carries a number from a block the server leased to that device for
  that service and day (app.operations.queue.blocks), written as that service's number; a ticket's
  number never changes once the server has it;
- an escalation a device adds names that device as the PC that made it (`made_on`, the one
  that sends it to level 2), and no change gives it to another PC.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from app.core.clock import MAX_DRIFT_MS, hlc_wall_ms, wall_hlc
from app.core.queue import ticket_number
from app.store.models import NoticeTemplate, NumberBlock
from app.store.rows import SPECS, TABLES

# Unbounded text columns: the most a row may carry in each (characters).
TEXT_LIMITS: dict[tuple[str, str], int] = {
    # The letterhead's logo: a PNG or JPEG of at most 512 KB, as base64.
    ("offices", "logo"): 700_000,
    ("notice_templates", "source"): 200_000,
    ("office_settings", "value"): 64_000,
    ("admin_changes", "old_value"): 64_000,
    ("admin_changes", "new_value"): 64_000,
    ("escalations", "description"): 20_000,
}
# Any other unbounded text: a visitor's notes, a watch-list reason.
DEFAULT_TEXT_LIMIT = 10_000
# A JSON value as text: the data of a ticket event or of a use of personal data, a
# service's opening hours, a series' next numbers. Every desk PC pulls them.
MAX_JSON_CHARS = 16_384
MAX_JSON_DEPTH = 16

# Whole numbers the office's work keeps well inside their column.
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("tickets", "seq"): (1, 999_999),
    ("tickets", "priority"): (0, 100),
    ("tickets", "call_count"): (0, 10_000),
    ("tickets", "people_ahead"): (0, 1_000_000),
    ("tickets", "est_wait_low_min"): (0, 100_000),
    ("tickets", "est_wait_high_min"): (0, 100_000),
    ("issuances", "year"): (2000, 2999),
    ("issuances", "seq"): (1, 9_999_999),
    ("issuances", "template_version"): (1, 1_000_000),
    ("register_entries", "year"): (2000, 2999),
    ("register_entries", "seq"): (1, 9_999_999),
    ("register_entries", "pages"): (0, 1_000_000),
    ("staff_accounts", "failed_attempts"): (0, 1_000_000),
    ("visit_purposes", "retention_days"): (0, 36_500),
    ("visit_purposes", "position"): (0, 1_000_000),
    ("notice_templates", "version"): (1, 1_000_000),
    ("contact_topics", "position"): (0, 1_000_000),
    ("escalations", "attempts"): (0, 1_000_000),
}

# Columns that name a row of another table without a foreign key in the schema (a PC may
# hold them before the row they name reaches it).
LOOSE_REFERENCES: dict[tuple[str, str], str] = {
    ("visitor_registrations", "ticket_id"): "tickets",
    ("issuances", "register_entry_id"): "register_entries",
    ("issuances", "visitor_registration_id"): "visitor_registrations",
    ("personal_data_access", "registration_id"): "visitor_registrations",
    ("personal_data_access", "expected_id"): "expected_visitors",
    ("register_entries", "answer_id"): "register_entries",
    # The contact journal: a counter contact's ticket, and what a contact produced.
    ("contacts", "ticket_id"): "tickets",
    ("contact_links", "registration_id"): "visitor_registrations",
    ("contact_links", "ticket_id"): "tickets",
    ("contact_links", "register_entry_id"): "register_entries",
    ("contact_links", "issuance_id"): "issuances",
    # A quality evaluation: the served ticket or the contact it is about.
    ("evaluations", "ticket_id"): "tickets",
    ("evaluations", "contact_id"): "contacts",
    # An escalation's contact ("" for a report of an IT problem).
    ("escalations", "contact_id"): "contacts",
}


def _references() -> dict[str, dict[str, str]]:
    """table -> {column: the table it names a row of}; office_id is checked on its own."""
    refs: dict[str, dict[str, str]] = {}
    for name, table in TABLES.items():
        refs[name] = {
            c.name: fk.column.table.name
            for c in table.columns if c.name != "office_id"
            for fk in c.foreign_keys
        }
    for (name, column), target in LOOSE_REFERENCES.items():
        refs[name][column] = target
    return refs


REFERENCES = _references()
# What a stored file may belong to, and what it is (app.operations.files).
FILE_OWNERS = ("register_entries", "issuances")
FILE_PURPOSES = ("document", "notice", "signed")
MAX_FILE_NAME = 200
MAX_FILE_BYTES = 100 * 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")
# Paths of an issued notice's files, relative to the data folder of each PC.
PATH_COLUMNS = {("issuances", "pdf_path"), ("issuances", "signed_path")}
HASH_COLUMNS = {("issuances", "pdf_sha256"), ("issuances", "signed_sha256"),
                ("stored_files", "sha256")}
# The numbering of a ticket: what a block leases, and what may not change afterwards.
TICKET_NUMBERING = ("issued_service_id", "day", "seq", "number")
# What the batch check reads of a row named by another, besides its office.
_EXTRA = {"tickets": ("issued_service_id", "day", "seq", "number"), "services": ("code",),
          "escalations": ("made_on",)}
_CHUNK = 500


class RowRefused(Exception):
    """A row the server does not take: the reason (an error code), the field, the values."""

    def __init__(self, reason: str, at: str | None = None, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.column = at
        self.params = params


def bad(column: str | None, detail: str) -> RowRefused:
    """A row that does not fit its table: sync_bad_row, naming the field."""
    return RowRefused("sync_bad_row", column, detail=f"{column}: {detail}" if column else detail)


def printable(text: str, limit: int = 300) -> str:
    """`text` made safe to send back in an answer: lone surrogates and NULs replaced."""
    text = text[:limit]
    if text.isascii() and "\x00" not in text:
        return text
    return "".join("\ufffd" if c == "\x00" or "\ud800" <= c <= "\udfff" else c for c in text)


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return "contains a NUL character"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return "contains a lone surrogate (not valid Unicode)"
    return None


def _walk(value: Any, depth: int = 0) -> str | None:
    """The first problem of a JSON value's strings (keys included), or its nesting."""
    if isinstance(value, str):
        return _text_problem(value)
    if depth > MAX_JSON_DEPTH:
        return f"nested deeper than {MAX_JSON_DEPTH} levels"
    if isinstance(value, dict):
        for k, v in value.items():
            problem = _text_problem(k) if isinstance(k, str) else None
            problem = problem or _walk(v, depth + 1)
            if problem:
                return problem
    elif isinstance(value, list):
        for v in value:
            problem = _walk(v, depth + 1)
            if problem:
                return problem
    return None


def check_raw(table: str, row: dict[str, Any], row_id: str, fields: Sequence[str] | None
              ) -> None:
    """Text as it arrived, before anything reads it: the ids, the field names and every
    string of the row, JSON included, without NUL or lone surrogates."""
    for name, what in (("id", row_id), ("table", table)):
        problem = _text_problem(what)
        if problem:
            raise bad(name, problem)
    for name in (*row, *(fields or ())):
        problem = _text_problem(name)
        if problem:
            raise bad(None, f"a field's name {problem}")
    for name, value in row.items():
        problem = _walk(value)
        if problem:
            raise bad(name, problem)


def check_values(table: str, values: dict[str, Any], hlc_limit: int, wall_ms: int) -> None:
    """The row's values (app.store.rows.parse_row made them) against the limits above."""
    hlc = values.get("hlc")
    if isinstance(hlc, int) and hlc > hlc_limit:
        ahead_ms = hlc_wall_ms(hlc) - wall_ms
        raise RowRefused("sync_clock_ahead", "hlc", table=table,
                         minutes=max(1, -(-ahead_ms // 60_000)))
    specs = SPECS[table]
    for name, value in values.items():
        if value is None:
            continue
        kind = specs[name].kind
        if kind in ("int32", "int64"):
            low, high = RANGES.get((table, name), (None, None))
            if low is not None and high is not None and not low <= value <= high:
                raise bad(name, f"must be from {low} to {high}")
        elif kind == "str":
            limit = specs[name].length or TEXT_LIMITS.get((table, name), DEFAULT_TEXT_LIMIT)
            if len(value) > limit:
                raise bad(name, f"longer than {limit} characters")
            if (table, name) in PATH_COLUMNS:
                _check_path(name, value)
            elif (table, name) in HASH_COLUMNS and not _SHA256.fullmatch(value):
                raise bad(name, "not a SHA-256 (64 lowercase hexadecimal digits)")
        elif kind == "json":
            size = len(json.dumps(value, ensure_ascii=False))
            if size > MAX_JSON_CHARS:
                raise bad(name, f"{size} characters of JSON; at most {MAX_JSON_CHARS}")
    if table == "stored_files":
        _check_stored_file(values)


def plain_name(name: str, limit: int) -> bool:
    """A file's own name, the same test as the PCs' (app.documents.files.plain_name): no
    folder, not hidden (so not `..`), no control characters, at most `limit` characters."""
    return (bool(name.strip()) and len(name) <= limit and not name.startswith(".")
            and name.isprintable() and not any(c in name for c in "/\\:"))


def _check_path(column: str, path: str) -> None:
    """A path inside the data folder: plain names joined by `/`, no `..`, not absolute."""
    if not path or not all(plain_name(part, MAX_FILE_NAME) for part in path.split("/")):
        raise bad(column, "not a path inside the data folder (plain names joined by /, no ..)")


def _check_stored_file(values: dict[str, Any]) -> None:
    name = values.get("file_name")
    if name is not None and not plain_name(name, MAX_FILE_NAME):
        raise bad("file_name", f"not a file's own name (no folder, no .., not hidden, at most "
                               f"{MAX_FILE_NAME} characters)")
    purpose = values.get("purpose")
    if purpose is not None and purpose not in FILE_PURPOSES:
        raise bad("purpose", "one of " + ", ".join(FILE_PURPOSES))
    owner = values.get("owner_table")
    if owner is not None and owner not in FILE_OWNERS:
        raise bad("owner_table", "one of " + ", ".join(FILE_OWNERS))
    size = values.get("size")
    if size is not None and not 0 <= size <= MAX_FILE_BYTES:
        raise bad("size", f"must be from 0 to {MAX_FILE_BYTES}")
    content_type = values.get("content_type")
    if content_type is not None and not content_type.isprintable():
        raise bad("content_type", "contains control characters")


@dataclass
class Pushed:
    """A change as the batch check sees it."""

    seq: int
    table: str
    row_id: str
    values: dict[str, Any]


@dataclass
class _Found:
    """The rows the batch names, as the server has them: table -> id -> row."""

    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def get(self, table: str, row_id: str) -> dict[str, Any] | None:
        return self.rows.get(table, {}).get(row_id)


def _references_of(change: Pushed) -> Iterable[tuple[str, str, str, bool]]:
    """(column, target table, id, loose) of each row this change names; `loose`: no foreign
    key holds it, so the row named may reach the server later."""
    for column, target in REFERENCES[change.table].items():
        value = change.values.get(column)
        if value is not None:
            yield column, target, value, (change.table, column) in LOOSE_REFERENCES
    if change.table == "stored_files":
        owner, owner_id = change.values.get("owner_table"), change.values.get("owner_id")
        if owner in FILE_OWNERS and owner_id is not None:
            yield "owner_id", owner, owner_id, True


def _read(conn: Connection, wanted: dict[str, set[str]]) -> _Found:
    found = _Found()
    for target, ids in wanted.items():
        table = TABLES[target]
        columns = [table.c.id, table.c.office_id, *(table.c[c] for c in _EXTRA.get(target, ()))]
        rows: dict[str, dict[str, Any]] = {}
        keys = sorted(ids)
        for start in range(0, len(keys), _CHUNK):
            query = select(*columns).where(table.c.id.in_(keys[start:start + _CHUNK]))
            for row in conn.execute(query).mappings():
                rows[row["id"]] = dict(row)
        found.rows[target] = rows
    return found


def check_batch(conn: Connection, office_id: str, device_id: str,
                changes: Sequence[Pushed]) -> dict[int, RowRefused]:
    """The batch's references and ticket numbers, with one query per table named (and one
    for the device's number blocks, one for the office's templates): seq -> why refused."""
    wanted: dict[str, set[str]] = {}
    for c in changes:
        for _column, target, value, _loose in _references_of(c):
            wanted.setdefault(target, set()).add(value)
        if c.table == "escalations" and "made_on" in c.values:
            wanted.setdefault("escalations", set()).add(c.row_id)
        if c.table == "tickets" and any(k in c.values for k in TICKET_NUMBERING):
            wanted.setdefault("tickets", set()).add(c.row_id)
            service = c.values.get("issued_service_id")
            if service is not None:
                wanted.setdefault("services", set()).add(service)
    if not wanted and not any(c.table == "issuances" for c in changes):
        return {}
    found = _read(conn, wanted)
    refused = _cascade(changes, office_id, found, _check_made_on(changes, device_id, found))
    # The numbers and templates of the rows whose references hold (a row naming another
    # office's service is refused for that, not for its number).
    rest = [c for c in changes if c.seq not in refused]
    more: dict[int, RowRefused] = {}
    numbering = [c for c in rest if c.table == "tickets"
                 and any(k in c.values for k in TICKET_NUMBERING)]
    if numbering:
        more.update(_check_numbers(conn, office_id, device_id, numbering, found))
    templates = [c for c in rest if c.table == "issuances" and "template_id" in c.values]
    if templates:
        more.update(_check_templates(conn, office_id, templates))
    return _cascade(changes, office_id, found, {**refused, **more}) if more else refused


def _check_made_on(changes: Sequence[Pushed], device_id: str, found: _Found
                   ) -> dict[int, RowRefused]:
    """Only the PC that made an escalation sends and follows it: a new escalation names the
    device that pushes it as its maker, and no change moves an escalation to another PC
    (which would make that PC send what it never made)."""
    refused: dict[int, RowRefused] = {}
    for c in changes:
        if c.table != "escalations" or "made_on" not in c.values:
            continue
        known = found.get("escalations", c.row_id)
        maker = known["made_on"] if known is not None else device_id
        if c.values["made_on"] != maker:
            refused[c.seq] = bad("made_on", "an escalation is made on the PC that sends it, "
                                            "and stays with it")
    return refused


def _cascade(changes: Sequence[Pushed], office_id: str, found: _Found,
             refused: dict[int, RowRefused]) -> dict[int, RowRefused]:
    """`refused` and the rows whose references fail. A row may name one the same batch
    adds; if that one is refused, so is the row naming it: repeat until nothing more is."""
    while True:
        adding = {(c.table, c.row_id) for c in changes if c.seq not in refused}
        more = False
        for c in changes:
            if c.seq in refused:
                continue
            problem = _reference_problem(c, office_id, found, adding)
            if problem is not None:
                refused[c.seq] = problem
                more = True
        if not more:
            return refused


def _reference_problem(c: Pushed, office_id: str, found: _Found,
                       adding: set[tuple[str, str]]) -> RowRefused | None:
    for column, target, value, loose in _references_of(c):
        row = found.get(target, value)
        if row is not None:
            if row["office_id"] != office_id:
                return RowRefused("sync_foreign_reference", column, table=c.table,
                                  column=column)
        elif not loose and (target, value) not in adding:
            return RowRefused("sync_missing_reference", column, table=c.table, column=column)
    return None


def _check_numbers(conn: Connection, office_id: str, device_id: str,
                   tickets: Sequence[Pushed], found: _Found) -> dict[int, RowRefused]:
    """A ticket the server has keeps its number; a new one takes a number from a block the
    server leased to this device for its service and day."""
    refused: dict[int, RowRefused] = {}
    services = {c.values.get("issued_service_id") for c in tickets} - {None}
    nb = NumberBlock.__table__
    blocks: dict[tuple[str, date], list[tuple[int, int]]] = {}
    if services:
        for row in conn.execute(select(nb.c.service_id, nb.c.day, nb.c.first_seq, nb.c.last_seq)
                                .where(nb.c.device_id == device_id,
                                       nb.c.service_id.in_(sorted(services)))):
            blocks.setdefault((row.service_id, row.day), []).append((row.first_seq, row.last_seq))
    for c in tickets:
        known = found.get("tickets", c.row_id)
        if known is not None:
            if known["office_id"] != office_id:
                continue  # refused as another office's row when it is applied
            changed = [k for k in TICKET_NUMBERING if k in c.values and c.values[k] != known[k]]
            if changed:
                refused[c.seq] = bad(changed[0], "a ticket's number cannot change")
            continue
        service = found.get("services", c.values.get("issued_service_id") or "")
        seq, day, number = c.values.get("seq"), c.values.get("day"), c.values.get("number")
        if service is None or seq is None or day is None:
            continue  # a missing service is refused as a reference; a missing column later
        if not any(first <= seq <= last for first, last in blocks.get((service["id"], day), ())):
            refused[c.seq] = RowRefused("sync_number_not_leased", "seq", table=c.table,
                                        number=ticket_number(service["code"], seq),
                                        day=day.isoformat())
        elif number is not None and number != ticket_number(service["code"], seq):
            refused[c.seq] = bad("number", f"ticket {seq} of service {service['code']} is "
                                           f"{ticket_number(service['code'], seq)}")
    return refused


def _check_templates(conn: Connection, office_id: str, issuances: Sequence[Pushed]
                     ) -> dict[int, RowRefused]:
    """An issuance names a built-in template or one saved for its own office."""
    from app.documents.templates import built_in_templates

    shared = set(built_in_templates())
    keys = {c.values["template_id"] for c in issuances} - shared
    own: set[str] = set()
    if keys:
        nt = NoticeTemplate.__table__
        own = set(conn.scalars(select(nt.c.template_key).distinct().where(
            nt.c.office_id == office_id, nt.c.template_key.in_(sorted(keys)))))
    return {
        c.seq: RowRefused("sync_missing_reference", "template_id", table=c.table,
                          column="template_id")
        for c in issuances if c.values["template_id"] not in shared | own
    }


def hlc_limit(wall_ms: int) -> int:
    """The highest clock value a pushed row may carry at the wall time `wall_ms`."""
    return wall_hlc(wall_ms + MAX_DRIFT_MS)
