"""Applying a PC's pushed changes, and reading the office's change log for a pull.

A push is applied in one transaction together with the device's `pushed_seq`, the highest
mutation seq applied, and the digest of each change received (`pushed_changes`): a PC pushes
its outbox in order, so a repeated batch (the answer was lost) finds its mutations at or below
that mark with the same digests, and nothing is applied twice (a change refused before is
refused again). A change at or below the mark with another digest, or none kept, comes from a
store that went back in time (put back from a copy) or that two PCs share (a cloned disk): the
whole batch is refused, the PC keeps every change and connects again as a new device, never
losing its new changes as duplicates. Each change is checked
(table, office, role, column types, then app.server.sync.validation: clock, ranges, sizes,
text, file names, references, ticket numbers) and a refused one is answered with its table,
row, field and reason; the PC keeps it and shows it, and the rest of the batch applies. Rows
merge per field, last writer wins by (hlc, device id): a row's per-field clocks are kept in
`row_clocks` once fields of it have been merged separately. A stored stamp further ahead than
any pushed one may be (written before the server bounded them) counts as older than every
change, so such a row takes changes again. Every change applied, won or lost, touches its row,
so the change log carries the merged row back to the PC that pushed it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, text, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError

from app.core.clock import utcnow
from app.core.errors import Refused, Rejected
from app.core.permissions import Role
from app.server.deps import DeviceAuth
from app.server.numbers.ticket_dates import bound_ticket_moments
from app.server.sync import stored_clock, validation
from app.server.sync.validation import RowRefused
from app.store.db import Database
from app.store.models import ChangeLog, Device, PushedChange, RowClock
from app.store.outbox import STAMP_COLUMNS
from app.store.rows import SPECS, TABLE_ORDER, TABLES, BadRow, parse_row

ALL = "*"
# What each device role may change by sync: table -> columns ("*": any) and whether it may
# also create rows. Configuration (offices, services, counter setup, staff accounts and the
# record of admin changes) flows down only. A staff PC counts wrong passwords where they are
# typed, and sends those counts up, so a lock-out holds at every PC of the office; no device
# may change a password, a role or an account's state.
SIGN_IN_COUNTS = frozenset({"failed_attempts", "locked_until"})
# Visitor registration: desk and counter PCs register visitors and record each use of their
# data (append-only); the directory, the purposes and the watch list are kept by admins, who
# work at a desk PC. Kiosks and displays neither send nor receive any of it.
VISITOR_RIGHTS: dict[str, tuple[frozenset[str], bool]] = {
    "visitor_registrations": (frozenset({ALL}), True),
    "expected_visitors": (frozenset({ALL}), True),
    "personal_data_access": (frozenset(), True),
    "specialists": (frozenset({ALL}), True),
    "visit_purposes": (frozenset({ALL}), True),
    "watch_list": (frozenset({ALL}), True),
}
# The document register: desk and counter PCs register documents, number them in a series and
# follow their status; kiosks and displays neither send nor receive any of it.
REGISTER_RIGHTS: dict[str, tuple[frozenset[str], bool]] = {
    "register_series": (frozenset({ALL}), True),
    "register_entries": (frozenset({ALL}), True),
    # The files of registered documents and issued notices: only ever added.
    "stored_files": (frozenset(), True),
}
# The contact journal: desk and counter PCs record contacts and what they produced; the topic
# tree is kept by admins, who work at a desk PC. Kiosks and displays neither send nor receive
# any of it.
CONTACT_RIGHTS: dict[str, tuple[frozenset[str], bool]] = {
    "contact_topics": (frozenset({ALL}), True),
    "contacts": (frozenset({ALL}), True),
    "contact_links": (frozenset({ALL}), True),
    # A counter opened or closed: only ever added.
    "counter_events": (frozenset(), True),
    # Escalations to level 2: made, sent and followed by one PC, closed at any.
    "escalations": (frozenset({ALL}), True),
}
# Employees' results: the supervisor (at a desk PC) keeps scorecards and goals and evaluates;
# a person may score their own work first. Kiosks and displays neither send nor receive them.
RESULTS_RIGHTS: dict[str, tuple[frozenset[str], bool]] = {
    "scorecards": (frozenset({ALL}), True),
    "evaluations": (frozenset({ALL}), True),
    "goals": (frozenset({ALL}), True),
}
PUSH_RIGHTS: dict[Role, dict[str, tuple[frozenset[str], bool]]] = {
    Role.DESK: {
        "visits": (frozenset({ALL}), True),
        "issuances": (frozenset({ALL}), True),
        "tickets": (frozenset({ALL}), True),
        "ticket_events": (frozenset({ALL}), True),
        "counters": (frozenset({"is_open"}), False),
        "staff_accounts": (SIGN_IN_COUNTS, False),
        **VISITOR_RIGHTS,
        **REGISTER_RIGHTS,
        **CONTACT_RIGHTS,
        **RESULTS_RIGHTS,
    },
    Role.COUNTER: {
        "visits": (frozenset({ALL}), True),
        "issuances": (frozenset({ALL}), True),
        "tickets": (frozenset({ALL}), True),
        "ticket_events": (frozenset({ALL}), True),
        "counters": (frozenset({"is_open"}), False),
        "staff_accounts": (SIGN_IN_COUNTS, False),
        **VISITOR_RIGHTS,
        **REGISTER_RIGHTS,
        **CONTACT_RIGHTS,
        **RESULTS_RIGHTS,
    },
    # A kiosk without its host issues tickets from leased numbers: it only ever adds them.
    Role.KIOSK: {
        "visits": (frozenset(), True),
        "tickets": (frozenset(), True),
        "ticket_events": (frozenset(), True),
    },
    Role.DISPLAY: {},
}
# What each role receives by pull. Kiosks and displays get the configuration only: no visits,
# and no staff accounts (desk and counter PCs get those, so staff sign in while offline).
CONFIG_TABLES = ("offices", "services", "counters", "counter_services", "office_settings")
PULL_TABLES: dict[Role, tuple[str, ...] | None] = {
    Role.DESK: None,
    Role.COUNTER: None,
    Role.KIOSK: CONFIG_TABLES,
    Role.DISPLAY: CONFIG_TABLES,
}
MAX_BATCH = 1000
MAX_PULL = 5000
# How long the digests of a device's changes are kept once it has pushed past them: a batch is
# sent again within moments of its lost answer; a digest no longer kept makes a change sent
# again count as one from a store that went back in time, which loses nothing.
KEEP_DIGESTS = timedelta(days=1)


@dataclass
class Mutation:
    seq: int
    table: str
    row_id: str
    op: str
    row: dict[str, Any]
    fields: list[str] | None = None


@dataclass
class Refusal:
    """A change the server did not take: the change's seq, its table and row, the field at
    fault (None when it is the row as a whole) and the reason (an error code, and its
    parameters for the message the PC shows)."""

    seq: int
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    table: str = ""
    row_id: str = ""
    field: str | None = None

    @classmethod
    def of(cls, seq: int, table: str, row_id: str, exc: RowRefused) -> Refusal:
        params = {"table": table, **exc.params}
        if exc.column is not None:
            params.setdefault("column", exc.column)
        return cls(seq, exc.reason, params, table, row_id, exc.column)


@dataclass
class PushResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: list[Refusal] = field(default_factory=list)
    pushed_seq: int = 0


@dataclass
class _Change:
    """One accepted mutation, its values parsed, ready to merge."""

    seq: int
    table: str
    row_id: str
    values: dict[str, Any]
    fields: tuple[str, ...]
    hlc: int
    device: str
    full: bool
    office_id: str
    role: str
    # False for a device that may add rows to this table but not change existing ones.
    may_update: bool


class _Conflict(Exception):
    """A change that cannot be applied to the row as the server has it."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


def check_schema(schema: str) -> None:
    """The current data version and the one before it are accepted."""
    from app.server.store import schema_versions

    current, previous = schema_versions()
    if schema in (current, previous):
        return
    if schema.isdigit() and current.isdigit() and int(schema) > int(current):
        raise SchemaMismatch("client_too_new", schema=schema, server=current)
    raise SchemaMismatch("client_too_old", schema=schema, server=current)


class SchemaMismatch(Rejected):
    """A PC whose data version the server does not speak (426 Upgrade Required)."""


def _refuse(m: Mutation, auth: DeviceAuth, hlc_limit: int, wall_ms: int) -> Refusal | _Change:
    table, row_id = validation.printable(m.table, 64), validation.printable(m.row_id, 36)
    rights = PUSH_RIGHTS[auth.role].get(m.table)
    if m.table not in SPECS:
        return Refusal(m.seq, "sync_bad_row", {"table": table, "detail": "unknown table"},
                       table, row_id)
    if rights is None:
        return Refusal(m.seq, "sync_not_allowed", {"role": str(auth.role), "table": m.table},
                       table, row_id)
    columns, may_create = rights
    try:
        validation.check_raw(m.table, m.row, m.row_id, m.fields)
        if m.op not in ("insert", "update", "delete"):
            raise BadRow(f"unknown operation {m.op[:16]!r}")
        if m.row.get("id") != m.row_id:
            raise validation.bad("id", "the row's id differs from the change's")
        values = parse_row(m.table, m.row, partial=m.op != "insert")
        hlc = values.get("hlc")
        device = values.get("device_id")
        if not isinstance(hlc, int) or hlc <= 0 or not isinstance(device, str):
            raise validation.bad("hlc", "no clock (hlc, device_id)")
        validation.check_values(m.table, values, hlc_limit, wall_ms)
        if m.op == "update" and m.fields is not None:
            unknown = [f for f in m.fields if f not in SPECS[m.table]]
            if unknown:
                raise BadRow(f"unknown columns: {', '.join(unknown)[:200]}")
            fields = tuple(f for f in m.fields if f not in STAMP_COLUMNS and f != "id")
        elif m.op == "delete":
            fields = ("deleted_at",)
            values["deleted_at"] = values.get("deleted_at") or utcnow()
        else:
            fields = tuple(c for c in values if c not in STAMP_COLUMNS and c != "id")
    except BadRow as exc:
        column = _column_of(m.table, str(exc))
        return Refusal(m.seq, "sync_bad_row",
                       {"table": table, "detail": validation.printable(str(exc))},
                       table, row_id, column)
    except RowRefused as exc:
        return Refusal.of(m.seq, table, row_id, exc)
    if values.get("office_id", auth.office_id) != auth.office_id:
        return Refusal(m.seq, "sync_other_office", {"table": table}, table, row_id, "office_id")
    may_update = ALL in columns or (m.op != "delete" and set(fields) <= columns)
    if not may_update and (m.op != "insert" or not may_create):
        return Refusal(m.seq, "sync_not_allowed", {"role": str(auth.role), "table": m.table},
                       table, row_id)
    return _Change(m.seq, m.table, m.row_id, values, fields, hlc, device, m.op == "insert",
                   auth.office_id, str(auth.role), may_update)


def _column_of(table: str, message: str) -> str | None:
    """The column a message of app.store.rows names first ("name: longer than ...")."""
    head = message.split(":", 1)[0]
    return head if head in SPECS[table] else None


def push(db: Database, auth: DeviceAuth, schema: str, mutations: Sequence[Mutation]) -> PushResult:
    """Apply one batch from one device in one transaction; see the module's notes."""
    check_schema(schema)
    if len(mutations) > MAX_BATCH:
        raise Rejected("bad_request", detail=f"at most {MAX_BATCH} changes in one batch")
    seqs = [m.seq for m in mutations]
    if any(b <= a for a, b in zip(seqs, seqs[1:], strict=False)):
        raise Rejected("bad_request", detail="changes must be in increasing seq order")
    try:
        return _push(db, auth, mutations, savepoints=False)
    except _Conflict:
        return _push(db, auth, mutations, savepoints=True)
    except StatementError as exc:
        if not _row_fault(exc):
            raise
        # One change breaks a constraint or holds a value the database does not take: apply
        # the batch again change by change, refusing only the ones that fail.
        return _push(db, auth, mutations, savepoints=True)


def _row_fault(exc: StatementError) -> bool:
    """Whether the database refused what a row holds (a constraint, a value), rather than
    being unable to work (a lost connection, a lock, a serialization failure: those fail
    the batch, and the PC sends it again)."""
    if isinstance(exc, IntegrityError | DataError):
        return True
    if isinstance(exc, DBAPIError):
        return "violat" in str(exc.orig)
    return True  # a value the driver could not send


def _push(
    db: Database, auth: DeviceAuth, mutations: Sequence[Mutation], savepoints: bool
) -> PushResult:
    result = PushResult()
    wall_ms = db.clock.wall_ms()
    limit = validation.hlc_limit(wall_ms)
    future: dict[str, int] = {}
    with db.write_connection() as conn:
        query = select(Device.pushed_seq).where(Device.id == auth.device_id)
        if db.dialect == "postgresql":
            query = query.with_for_update()
        done = conn.execute(query).scalar_one()
        result.pushed_seq = done
        earlier = _earlier_answers(conn, auth.device_id, mutations, done)
        received = utcnow()
        changes: list[_Change] = []
        for m in mutations:
            if m.seq <= done:
                answer = earlier[m.seq]
                if answer is None:
                    result.duplicates += 1
                else:
                    result.rejected.append(answer)
                continue
            verdict = _refuse(m, auth, limit, wall_ms)
            if isinstance(verdict, Refusal):
                result.rejected.append(verdict)
            else:
                bound_ticket_moments(verdict.table, verdict.values, received)
                changes.append(verdict)
        checked = validation.check_batch(
            conn, auth.office_id, auth.device_id,
            [validation.Pushed(c.seq, c.table, c.row_id, c.values) for c in changes])
        if checked:
            result.rejected.extend(Refusal.of(c.seq, c.table, c.row_id, checked[c.seq])
                                   for c in changes if c.seq in checked)
            changes = [c for c in changes if c.seq not in checked]
        if changes:
            db.clock.observe(max(c.hlc for c in changes))
        if savepoints:
            for change in changes:
                try:
                    with conn.begin_nested():
                        _apply(conn, [change], limit, future)
                    result.accepted += 1
                except _Conflict as exc:
                    result.rejected.append(exc.refusal)
                except StatementError as exc:
                    if not _row_fault(exc):
                        raise
                    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                    result.rejected.append(Refusal(
                        change.seq, "sync_bad_row",
                        {"table": change.table, "detail": validation.printable(detail)},
                        change.table, change.row_id))
        else:
            _apply(conn, changes, limit, future)
            result.accepted = len(changes)
        result.rejected.sort(key=lambda r: r.seq)
        _scrub_anonymised(conn, auth.office_id, changes)
        _keep_digests(conn, auth.device_id, mutations, done, result.rejected)
        new_mark = max([done, *(m.seq for m in mutations)])
        if new_mark != done:
            conn.execute(
                update(Device).where(Device.id == auth.device_id).values(pushed_seq=new_mark)
            )
        result.pushed_seq = new_mark
    for table_name, hlc in future.items():
        stored_clock.noticed(db, table_name, hlc, wall_ms)
    return result


def change_digest(m: Mutation) -> str:
    """The digest of one change as a device sent it: its table, row, operation and content."""
    body = json.dumps([m.table, m.row_id, m.op, m.row, m.fields], sort_keys=True,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode()).hexdigest()


def _earlier_answers(
    conn: Connection, device_id: str, mutations: Sequence[Mutation], done: int
) -> dict[int, Refusal | None]:
    """For each change at or below the device's mark, the answer it had (None: applied).
    Refused("sync_store_copied", seq=...) for the first whose digest is not the one kept: the
    device's store is not the one that sent that seq before."""
    seen = [m for m in mutations if m.seq <= done]
    if not seen:
        return {}
    kept: dict[int, tuple[str, str | None]] = {}
    for start in range(0, len(seen), 500):
        chunk = [m.seq for m in seen[start:start + 500]]
        for seq, digest, refusal in conn.execute(
            select(PushedChange.seq, PushedChange.digest, PushedChange.refusal).where(
                PushedChange.device_id == device_id, PushedChange.seq.in_(chunk))
        ):
            kept[seq] = (digest, refusal)
    answers: dict[int, Refusal | None] = {}
    for m in seen:
        digest, refusal = kept.get(m.seq, ("", None))
        if digest != change_digest(m):
            raise Refused("sync_store_copied", seq=m.seq)
        answer = json.loads(refusal) if refusal else None
        answers[m.seq] = Refusal(m.seq, answer["reason"], answer["params"], m.table, m.row_id,
                                 answer.get("field")) if answer else None
    return answers


def _keep_digests(
    conn: Connection, device_id: str, mutations: Sequence[Mutation], done: int,
    refused: list[Refusal],
) -> None:
    """Keep the digest and the answer of each change received for the first time, and let go
    of those the device has pushed past long enough ago."""
    new = [m for m in mutations if m.seq > done]
    if not new:
        return
    reasons = {r.seq: json.dumps({"reason": r.reason, "params": r.params, "field": r.field},
                                 default=str)
               for r in refused}
    now = utcnow()
    conn.execute(insert(PushedChange), [
        {"device_id": device_id, "seq": m.seq, "digest": change_digest(m),
         "refusal": reasons.get(m.seq), "pushed_at": now} for m in new])
    conn.execute(delete(PushedChange).where(
        PushedChange.device_id == device_id, PushedChange.seq < mutations[0].seq,
        PushedChange.pushed_at < now - KEEP_DIGESTS))


# Tables whose rows lose their personal data when their retention ends (anonymised_at set).
ANONYMISED_TABLES = ("visitor_registrations", "expected_visitors", "contacts")


def _scrub_anonymised(conn: Connection, office_id: str, changes: list[_Change]) -> None:
    """When a PC sends the anonymisation of a visitor's row, the office's change log keeps
    the row's personal data no longer either: every earlier entry of that row takes the
    row as it is now (the last entry, written by the change-log trigger in this
    transaction), so a PC that pulls later never receives the data that was removed."""
    rows = {(c.table, c.row_id) for c in changes
            if (c.table in ANONYMISED_TABLES and c.values.get("anonymised_at") is not None)
            # an escalation's description goes with its contact's note (never otherwise)
            or (c.table == "escalations" and c.values.get("description") == "")}
    for table_name, row_id in sorted(rows):
        conn.execute(_SCRUB, {"office": office_id, "table": table_name, "row": row_id})


_SCRUB = text(
    "UPDATE change_log SET row = (SELECT last.row FROM change_log AS last "
    "WHERE last.office_id = :office AND last.table_name = :table AND last.row_id = :row "
    "ORDER BY last.seq DESC LIMIT 1) "
    "WHERE office_id = :office AND table_name = :table AND row_id = :row"
)


def _apply(conn: Connection, changes: list[_Change], limit: int, future: dict[str, int]
           ) -> None:
    by_table: dict[str, list[_Change]] = {}
    for c in changes:
        by_table.setdefault(c.table, []).append(c)
    for table_name in TABLE_ORDER:
        batch = by_table.get(table_name)
        if batch:
            _apply_table(conn, table_name, batch, limit, future)


def _apply_table(conn: Connection, table_name: str, changes: list[_Change], limit: int,
                 future: dict[str, int]) -> None:
    table = TABLES[table_name]
    ids = list(dict.fromkeys(c.row_id for c in changes))
    existing: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            existing[row["id"]] = _void_future(dict(row), limit, table_name, future)
    clocks: dict[str, dict[str, list[Any]]] = {}
    if existing:
        keys = list(existing)
        for start in range(0, len(keys), 500):
            for rc in conn.execute(
                select(RowClock.row_id, RowClock.clocks).where(
                    RowClock.table_name == table_name,
                    RowClock.row_id.in_(keys[start:start + 500]),
                )
            ):
                clocks[rc.row_id] = {
                    f: stamp if stamp[0] <= limit else [0, ""]
                    for f, stamp in json.loads(rc.clocks).items()
                }

    new_rows: dict[str, dict[str, Any]] = {}
    merged: dict[str, dict[str, Any]] = {}
    for c in changes:
        if c.row_id in existing or c.row_id in merged:
            row = merged.setdefault(c.row_id, dict(existing[c.row_id]))
            if row["office_id"] != c.office_id:
                raise _Conflict(Refusal(c.seq, "sync_other_office", {"table": table_name},
                                        table_name, c.row_id, "office_id"))
            if not c.may_update:
                raise _Conflict(Refusal(c.seq, "sync_not_allowed",
                                        {"role": c.role, "table": table_name},
                                        table_name, c.row_id))
            row_clocks = clocks.setdefault(
                c.row_id, {ALL: [row["hlc"], row["device_id"]]}
            )
            _merge(row, row_clocks, c)
        elif c.row_id in new_rows:
            row = new_rows[c.row_id]
            for f in c.fields:
                if f in c.values and (c.hlc, c.device) >= (row["hlc"], row["device_id"]):
                    row[f] = c.values[f]
            if (c.hlc, c.device) > (row["hlc"], row["device_id"]):
                row["hlc"], row["device_id"] = c.hlc, c.device
        else:
            if not c.full:
                missing = _missing_for_insert(table_name, c.values)
                if missing:
                    raise _Conflict(Refusal(c.seq, "sync_bad_row", {
                        "table": table_name,
                        "detail": f"a change to a row the server does not have ({missing})"},
                        table_name, c.row_id, missing.split(", ")[0]))
            new_rows[c.row_id] = dict(c.values)

    if new_rows:
        conn.execute(table.insert(), _complete(table_name, list(new_rows.values())))
    for row_id, row in merged.items():
        values = {k: v for k, v in row.items() if k != "id"}
        conn.execute(update(table).where(table.c.id == row_id).values(**values))
    if clocks:
        _save_clocks(conn, table_name, {k: v for k, v in clocks.items() if k in merged})


def _void_future(row: dict[str, Any], limit: int, table_name: str, future: dict[str, int]
                 ) -> dict[str, Any]:
    """A stored row stamped further ahead than a push may be (written before the server
    bounded clocks) counts as stamped at no time, so the next change of each field wins."""
    if row["hlc"] > limit:
        future[table_name] = max(future.get(table_name, 0), row["hlc"])
        row["hlc"], row["device_id"] = 0, ""
    return row


def _merge(row: dict[str, Any], row_clocks: dict[str, list[Any]], c: _Change) -> None:
    stamp = (c.hlc, c.device)
    for f in c.fields:
        if f not in c.values:
            continue
        current = tuple(row_clocks.get(f, row_clocks[ALL]))
        if stamp > current:
            row[f] = c.values[f]
            row_clocks[f] = [c.hlc, c.device]
    if stamp > (row["hlc"], row["device_id"]):
        row["hlc"], row["device_id"] = c.hlc, c.device


def _missing_for_insert(table_name: str, values: dict[str, Any]) -> str:
    return ", ".join(
        s.name for s in SPECS[table_name].values()
        if s.name not in values and not s.nullable and not s.has_default
    )


def _complete(table_name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """executemany needs the same keys in every row: fill a missing column with its default."""
    table = TABLES[table_name]
    keys = set().union(*rows)
    out = []
    for row in rows:
        full = dict(row)
        for k in keys - row.keys():
            default = table.c[k].default
            full[k] = default.arg if default is not None and not callable(default.arg) else None
        out.append(full)
    return out


def _save_clocks(
    conn: Connection, table_name: str, clocks: dict[str, dict[str, list[Any]]]
) -> None:
    if not clocks:
        return
    rc = RowClock.__table__
    ids = list(clocks)
    conn.execute(rc.delete().where(rc.c.table_name == table_name, rc.c.row_id.in_(ids)))
    conn.execute(
        rc.insert(),
        [{"table_name": table_name, "row_id": k, "clocks": json.dumps(v)}
         for k, v in clocks.items()],
    )


@dataclass
class PullPage:
    changes: list[tuple[int, str, str, str, str]]
    last_seq: int
    more: bool


_PULL = (
    select(ChangeLog.seq, ChangeLog.table_name, ChangeLog.row_id, ChangeLog.op, ChangeLog.row)
    .where(ChangeLog.office_id == bindparam("office"), ChangeLog.seq > bindparam("after"))
    .order_by(ChangeLog.seq)
    .limit(bindparam("limit"))
)


def pull(db: Database, auth: DeviceAuth, after: int, limit: int) -> PullPage:
    """The office's changes after `after`, at most `limit`, those the role may read. The
    cursor moves past unreadable rows too, so a kiosk does not fetch them again."""
    limit = max(1, min(limit, MAX_PULL))
    readable = PULL_TABLES[auth.role]
    with db.read_connection() as conn:
        rows = conn.execute(
            _PULL, {"office": auth.office_id, "after": after, "limit": limit + 1}
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1][0] if rows else after
    kept = [tuple(r) for r in rows if readable is None or r[1] in readable]
    return PullPage(kept, last, more)  # type: ignore[arg-type]


def head(db: Database, office_id: str) -> int:
    from app.store.models import ChangeLogHead

    with db.read_connection() as conn:
        value = conn.execute(
            select(ChangeLogHead.last_seq).where(ChangeLogHead.office_id == office_id)
        ).scalar()
    return int(value or 0)
