"""Search of past and present visits by name, personal code, organisation and date, through
the word index of names and organisations; each person found is recorded as a search use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, literal, or_, select
from sqlalchemy.orm import Session

from app.core import idcode
from app.core import visitors as rules
from app.core.ids import uuid7
from app.core.permissions import Action
from app.core.visitors import Use
from app.operations.context import Context
from app.operations.visitors.records import (
    PURPOSE_SEARCH,
    SYSTEM_ACTOR,
    load_names,
    registration_view,
)
from app.operations.visitors.views import RegistrationView
from app.store.models import PersonalDataAccess, VisitorRegistration, VisitorSearchToken

# The most registrations one search answers.
SEARCH_LIMIT = 100


@dataclass(frozen=True)
class SearchQuery:
    """What the desk searches visits by; a field left empty does not narrow the search."""

    name: str = ""
    id_code: str = ""
    organisation: str = ""
    day_from: date | None = None
    day_to: date | None = None
    limit: int = 50

    def empty(self) -> bool:
        return not (self.name.strip() or self.id_code.strip() or self.organisation.strip()
                    or self.day_from or self.day_to)


def search_visits(ctx: Context, query: SearchQuery) -> list[RegistrationView]:
    """Past and present visits by name, personal code, organisation and date, newest first.
    Each person found is recorded as a search use of their data."""
    ctx.require(Action.VIEW_VISITORS)
    if query.empty():
        return []
    with ctx.db.write() as s:
        rows = find_registrations(s, ctx.office_id, query, ctx)
        if rows:  # one statement for the whole page of results
            record = {"query": _query_record(query)}
            now = ctx.now()
            s.execute(insert(PersonalDataAccess.__table__), [
                {"id": uuid7(), "office_id": ctx.office_id, "at": now,
                 "actor": ctx.actor.name or SYSTEM_ACTOR, "action": Use.SEARCH.value,
                 "subject_code": row.id_code, "registration_id": row.id, "expected_id": None,
                 "purpose": PURPOSE_SEARCH, "legal_basis": rules.LEGAL_BASIS, "data": record,
                 "deleted_at": None, **ctx.db.stamp()}
                for row in rows
            ])
        names = load_names(s, ctx)
        return [registration_view(r, names) for r in rows]


def _query_record(query: SearchQuery) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if query.name.strip():
        record["name"] = query.name.strip()
    if query.id_code.strip():
        record["id_code"] = idcode.mask(query.id_code)
    if query.organisation.strip():
        record["organisation"] = query.organisation.strip()
    if query.day_from:
        record["from"] = query.day_from.isoformat()
    if query.day_to:
        record["to"] = query.day_to.isoformat()
    return record


def _upper(word: str) -> str:
    """The first string after every string starting with `word` (folded words are a-z0-9)."""
    return word[:-1] + chr(ord(word[-1]) + 1)


def _has_word(column: Any, word: str) -> Any:
    """A folded column has a word starting with `word`."""
    return or_(column.like(f"{word}%"), column.like(f"% {word}%"))


# Words are compared by how many registrations they match, counted up to this many.
COUNT_CAP = 2_000
# A prefix matching more different words than this is read as one range (unordered).
MAX_WORDS_OF_PREFIX = 200


def find_registrations(s: Session, office_id: str, query: SearchQuery,
                       ctx: Context | None = None) -> list[VisitorRegistration]:
    """The registrations a query finds (no permission check, no record: the search itself).
    Newest first, at most query.limit (and SEARCH_LIMIT).

    A search starts from its narrowest part: the personal code (an index), else the word of
    the name or organisation with the fewest registrations, read newest first from the word
    index (on SQLite; the triggers keep it) word by word of the words it is a prefix of, each
    registration checked there for the query's other words; without words, the dates."""
    R = VisitorRegistration
    limit = max(1, min(query.limit, SEARCH_LIMIT))
    tz = ctx.timezone if ctx is not None else UTC
    since = (datetime.combine(query.day_from, time(0), tz) if query.day_from else None)
    until = (datetime.combine(query.day_to + timedelta(days=1), time(0), tz)
             if query.day_to else None)
    words = [("n", w) for w in rules.fold(query.name).split()]
    words += [("o", w) for w in rules.fold(query.organisation).split()]
    code = idcode.normalise(query.id_code)
    base = select(R).where(R.office_id == office_id, R.deleted_at.is_(None))
    if since is not None:
        base = base.where(R.arrived_at >= since)
    if until is not None:
        base = base.where(R.arrived_at < until)
    newest = R.arrived_at.desc()
    if code or not words or s.get_bind().dialect.name != "sqlite":
        q = base.where(R.id_code == code) if code else base
        for kind, word in words:
            q = q.where(_has_word(R.name_key if kind == "n" else R.org_key, word))
        return list(s.scalars(q.order_by(newest).limit(limit)))
    ids = _word_search(s, words, since, until, limit)
    if not ids:
        return []
    return list(s.scalars(base.where(R.id.in_(ids)).order_by(newest)))


def _word_search(s: Session, words: list[tuple[str, str]], since: datetime | None,
                 until: datetime | None, limit: int) -> list[str]:
    """The ids of the newest registrations having every word, through the word index."""
    T = VisitorSearchToken

    def dated(q: Any, table: Any = T) -> Any:
        if since is not None:
            q = q.where(table.arrived_at >= since)
        if until is not None:
            q = q.where(table.arrived_at < until)
        return q

    def in_range(kind: str, word: str) -> Any:
        return dated(select(T.registration_id).where(
            T.kind == kind, T.token >= word, T.token < _upper(word)))

    # Counted without the dates: a word's index is not in date order across its words, so a
    # dated count would read all of a common word's entries.
    counts = {w: s.scalar(select(func.count()).select_from(
        select(T.registration_id).where(T.kind == w[0], T.token >= w[1],
                                        T.token < _upper(w[1])).limit(COUNT_CAP).subquery()))
        or 0 for w in words}
    if min(counts.values()) == 0:
        return []
    driver = min(words, key=lambda w: (counts[w], -len(w[1])))
    kind, word = driver

    def having_the_others(q: Any) -> Any:
        """The other words, checked on the folded name and organisation in the entry."""
        for other_kind, other_word in words:
            if (other_kind, other_word) != driver:
                column = T.name_key if other_kind == "n" else T.org_key
                q = q.where((literal(" ") + column).like(f"% {other_word}%"))
        return q

    # The different words the driver is a prefix of, each read newest first (the index's
    # order for one word), so each read stops at `limit`.
    tokens: list[str] = []
    after = None
    while len(tokens) <= MAX_WORDS_OF_PREFIX:
        q = select(T.token).where(T.kind == kind, T.token < _upper(word))
        q = q.where(T.token > after) if after is not None else q.where(T.token >= word)
        token = s.scalar(q.order_by(T.token).limit(1))
        if token is None:
            break
        tokens.append(token)
        after = token
    if len(tokens) > MAX_WORDS_OF_PREFIX:
        q = having_the_others(in_range(kind, word).add_columns(T.arrived_at))
        found = list(s.execute(q.order_by(T.arrived_at.desc()).limit(limit)))
    else:
        found = []
        for token in tokens:
            q = dated(select(T.registration_id, T.arrived_at).where(T.kind == kind,
                                                                     T.token == token))
            q = having_the_others(q).order_by(T.arrived_at.desc()).limit(limit)
            found += s.execute(q).all()
    found.sort(key=lambda row: row[1], reverse=True)
    seen: dict[str, None] = {}
    for registration_id, _at in found:
        seen.setdefault(registration_id)
        if len(seen) == limit:
            break
    return list(seen)
