"""Full-text search of the document register: registration numbers and titles, parties and the
text of the documents' PDFs (the text layer OCR added, or the text an imported PDF had).

Each store keeps its own index (`register_texts`, app.store.models.RegisterText), never synced:
SQLite's FTS5 on a PC, PostgreSQL's full-text search (a tsvector with a GIN index) on a server.
Triggers queue an entry when it is registered or its words change (on this store or by sync)
and when a document file or its content arrives; `index_waiting` makes the queued entries'
texts, reading each newest document PDF once. It runs after a registration, before every
search (a few entries at a time, so a search never waits long) and in full by
`lett register reindex`.

A search word is found in its inflected forms by searching its stem as a prefix
(app.core.word_stems: "töötuna" finds "töötu" and "töötuks", "заявление" finds
"заявлением"); every word of the search must be found. Hits come best first (title, then
parties, then the text weighing most), each with a snippet: the words around the hit, the
found words between MARK_START and MARK_END.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from app.core import word_stems
from app.core.errors import Invalid, LettError
from app.core.permissions import Action
from app.operations.context import Context
from app.operations.register import EntryView
from app.store.models import (
    FileBlobPart,
    RegisterEntry,
    RegisterSeries,
    RegisterText,
    RegisterTextQueue,
)

log = logging.getLogger(__name__)

# The found words in a snippet are between these (private-use characters, never in a text).
MARK_START = word_stems.MARK_START
MARK_END = word_stems.MARK_END
ELLIPSIS = word_stems.ELLIPSIS
# A document's text is read from at most this many pages and kept up to this length.
MAX_PAGES = 500
MAX_TEXT = 300_000
# Entries indexed before a search, so a search never waits for many PDFs to be read.
BEFORE_SEARCH = 50
BATCH = 200
MAX_QUERY = 500
MAX_HITS = 500
# Hits shown at once: more than a screen holds.
PAGE = 30
# Words of context in a snippet.
SNIPPET_WORDS = 14


@dataclass(frozen=True)
class Hit:
    """A document found, with the words around the hit (the found words marked)."""

    entry: EntryView
    snippet: str

    def marked(self, start: str, end: str) -> str:
        """The snippet with the found words between `start` and `end`."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


@dataclass(frozen=True)
class Found:
    """The hits of a search, best first (or, when very many match, newest first), and how many
    entries are still waiting to be indexed (their words are not searched yet)."""

    hits: list[Hit]
    waiting: int
    # More than RANKED documents match: the newest are shown, not the best.
    many: bool = False


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages (its text layer), spaces collapsed; "" for a PDF without
    text or one that cannot be read."""
    import pypdfium2 as pdfium

    from app.documents.pdfium_lock import PDFIUM

    parts: list[str] = []
    size = 0
    # PDFium crashes when two threads call it at once (the page viewer, the previews).
    with PDFIUM:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            log.warning("the text of a PDF was not read: %s", err)
            return ""
        try:
            for index in range(min(len(doc), MAX_PAGES)):
                page = doc[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        words = " ".join(textpage.get_text_range().split())
                    finally:
                        textpage.close()
                finally:
                    page.close()
                if words:
                    parts.append(words)
                    size += len(words) + 1
                if size >= MAX_TEXT:
                    break
        finally:
            doc.close()
    return " ".join(parts)[:MAX_TEXT]


def entry_words(row: RegisterEntry) -> tuple[str, str]:
    """An entry's searched title (with its registration number) and parties."""
    title = f"{row.registry_number} {row.title}"
    parties = " \u00b7 ".join(p for p in (row.sender_name, row.sender_organisation,
                                           row.sender_number, row.addressee) if p)
    return title, parties


@dataclass
class _Waiting:
    entry_id: str
    turn: int
    row: RegisterEntry | None
    file_id: str = ""
    sha256: str = ""
    local_path: str | None = None
    indexed_file: str | None = None
    body: str | None = None


def _waiting_query(ctx: Context):  # type: ignore[no-untyped-def]
    return (select(RegisterTextQueue.entry_id, RegisterTextQueue.turn)
            .join(RegisterEntry, RegisterEntry.id == RegisterTextQueue.entry_id)
            .where(RegisterEntry.office_id == ctx.office_id)
            # Ids grow with time (UUIDv7): the oldest first, so the newest are indexed last
            # and come first where the newest matches are shown.
            .order_by(RegisterTextQueue.entry_id))


def waiting(ctx: Context) -> int:
    """How many of the office's entries wait to be indexed."""
    ctx.require(Action.VIEW_REGISTER)
    with ctx.db.read() as s:
        return _count_waiting(s, ctx)


def _count_waiting(s: Session, ctx: Context) -> int:
    return int(s.scalar(select(func.count()).select_from(_waiting_query(ctx).subquery())) or 0)


def _read_waiting(ctx: Context, limit: int, only: Sequence[str] | None) -> list[_Waiting]:
    from app.operations.files import kept_with

    with ctx.db.read() as s:
        query = _waiting_query(ctx)
        if only is not None:
            query = query.where(RegisterTextQueue.entry_id.in_(list(only)))
        found = [_Waiting(entry_id, turn, None)
                 for entry_id, turn in s.execute(query.limit(limit)).all()]
        for item in found:
            item.row = s.get(RegisterEntry, item.entry_id)
            indexed = s.scalar(select(RegisterText).where(
                RegisterText.entry_id == item.entry_id))
            if indexed is not None:
                item.indexed_file = indexed.file_id
                item.body = indexed.body
            kept = kept_with(s, ctx.office_id, "register_entries", item.entry_id, "document")
            if kept is not None:
                item.file_id, item.sha256, item.local_path = kept.id, kept.sha256, kept.path
    return found


def _document_bytes(ctx: Context, item: _Waiting) -> bytes | None:
    """The content of the entry's newest document: this PC's copy, or a server's blob; None
    while it is not on this store."""
    from app.operations.files import file_content

    if item.local_path is not None:
        try:
            return file_content(ctx, item.file_id)
        except LettError as err:
            log.warning("the document of %s was not read: %s", item.entry_id, err)
            return None
    with ctx.db.read() as s:
        parts = list(s.scalars(select(FileBlobPart.content).where(
            FileBlobPart.office_id == ctx.office_id, FileBlobPart.sha256 == item.sha256)
            .order_by(FileBlobPart.part)))
    return b"".join(parts) if parts else None


def index_waiting(ctx: Context, limit: int | None = BATCH,
                  only: Sequence[str] | None = None) -> int:
    """Make the search texts of up to `limit` of the office's waiting entries (all of them
    for None; `only`: of these entries alone); how many still wait. The PDFs are read before
    the write, and an entry queued again meanwhile stays queued."""
    ctx.require(Action.VIEW_REGISTER)
    with ctx.db.read() as s:
        if s.scalar(select(RegisterTextQueue.entry_id).limit(1)) is None:
            return 0
    while True:
        batch = BATCH if limit is None else max(0, min(limit, BATCH))
        found = _read_waiting(ctx, batch, only) if batch else []
        for item in found:
            if item.row is None or item.row.deleted_at is not None:
                continue
            if not item.file_id:
                item.body = ""
            elif item.file_id != item.indexed_file:
                data = _document_bytes(ctx, item)
                # Not here yet: its arrival queues the entry again.
                item.body = pdf_text(data) if data is not None else ""
                item.file_id = item.file_id if data is not None else ""
        if found:
            _write(ctx, found)
        if limit is not None:
            limit -= len(found)
        if not found or len(found) < batch or (limit is not None and limit <= 0):
            with ctx.db.read() as s:
                return _count_waiting(s, ctx)


def _write(ctx: Context, found: list[_Waiting]) -> None:
    with ctx.db.write() as s:
        for item in found:
            row = item.row
            existing = s.scalar(select(RegisterText).where(
                RegisterText.entry_id == item.entry_id))
            if row is None or row.deleted_at is not None:
                if existing is not None:
                    s.delete(existing)
            else:
                title, parties = entry_words(row)
                if existing is None:
                    existing = RegisterText(entry_id=item.entry_id, office_id=row.office_id)
                    s.add(existing)
                existing.title, existing.parties = title, parties
                existing.file_id = item.file_id
                existing.body = item.body or ""
            s.execute(delete(RegisterTextQueue).where(
                RegisterTextQueue.entry_id == item.entry_id,
                RegisterTextQueue.turn == item.turn))


def index_entry(ctx: Context, entry_id: str) -> None:
    """Index one entry now (after it was registered or its document kept), without failing:
    an entry not indexed stays queued for the next search."""
    try:
        index_waiting(ctx, limit=1, only=[entry_id])
    except Exception as err:  # noqa: BLE001 - the registration stands; the index catches up
        log.warning("register entry %s not indexed yet: %s", entry_id, err)


def reindex(ctx: Context, progress: Callable[[int], None] | None = None) -> int:
    """Read every entry's words and document again (after an upgrade, or to repair the index);
    how many entries were indexed. `progress` is told how many still wait after each batch."""
    ctx.require(Action.VIEW_REGISTER)
    with ctx.db.write() as s:
        s.execute(update(RegisterText).where(RegisterText.office_id == ctx.office_id)
                  .values(file_id=""))
        mine = select(RegisterEntry.id).where(RegisterEntry.office_id == ctx.office_id)
        s.execute(update(RegisterTextQueue).where(RegisterTextQueue.entry_id.in_(mine))
                  .values(turn=RegisterTextQueue.turn + 1))
        s.execute(text(
            "INSERT INTO register_text_queue (entry_id, turn) SELECT e.id, 1 "
            "FROM register_entries e WHERE e.office_id = :office AND NOT EXISTS "
            "(SELECT 1 FROM register_text_queue q WHERE q.entry_id = e.id)"),
            {"office": ctx.office_id})
        total = int(s.scalar(select(func.count()).select_from(mine.subquery())) or 0)
    left = total
    # An entry queued again while it is read stays queued: a few more rounds than batches.
    for _round in range(total // BATCH + 10):
        left = index_waiting(ctx, BATCH)
        if progress is not None:
            progress(left)
        if not left:
            break
    return total - left


# -- search ----------------------------------------------------------------------------------


def search(ctx: Context, query: str, limit: int = PAGE) -> Found:
    """The office's documents whose number, title, parties or text hold every word of `query`
    in one of its forms, best first, each with its snippet. Entries waiting to be indexed are
    indexed first, a few at a time (`Found.waiting`: how many are left)."""
    ctx.require(Action.VIEW_REGISTER)
    query = query.strip()
    if len(query) > MAX_QUERY:
        raise Invalid("register_search_long", length=len(query), limit=MAX_QUERY)
    left = index_waiting(ctx, BEFORE_SEARCH)
    limit = max(1, min(limit, MAX_HITS))
    if not word_stems.search_stems(query):
        return Found([], left)
    with ctx.db.read() as s:
        if ctx.db.dialect == "sqlite":
            found, many = _sqlite_hits(s, ctx, query, limit)
        else:
            found, many = _postgresql_hits(s, ctx, query, limit)
        views = _entries(s, ctx, [entry_id for entry_id, _snippet in found])
    return Found([Hit(views[entry_id], snippet) for entry_id, snippet in found
                  if entry_id in views], left, many)


# Up to this many matches are ranked (title, then parties, then text weighing most); a search
# that matches more shows the newest of them, as ranking them all would take too long.
RANKED = 1000

# The newest matches (by index order: entries are indexed oldest first), one more than are
# ranked: one pass over the index tells whether the matches are few enough to rank.
_SQLITE_NEWEST = text(
    "SELECT register_texts_fts.rowid FROM register_texts_fts "
    "JOIN register_texts t ON t.id = register_texts_fts.rowid "
    "WHERE register_texts_fts MATCH :match AND t.office_id = :office "
    "ORDER BY register_texts_fts.rowid DESC LIMIT :most")
_SQLITE_RANKED = text(
    "SELECT t.entry_id, snippet(register_texts_fts, -1, :start, :end, :dots, :words) "
    "FROM register_texts_fts JOIN register_texts t ON t.id = register_texts_fts.rowid "
    "WHERE register_texts_fts MATCH :match AND t.office_id = :office "
    "AND register_texts_fts.rank MATCH 'bm25(10.0, 5.0, 1.0)' "
    "ORDER BY register_texts_fts.rank LIMIT :limit")


def _sqlite_hits(s: Session, ctx: Context, query: str,
                 limit: int) -> tuple[list[tuple[str, str]], bool]:
    match = word_stems.fts5_query(query)
    newest = list(s.scalars(_SQLITE_NEWEST, {"match": match, "office": ctx.office_id,
                                             "most": RANKED + 1}))
    if len(newest) <= RANKED:
        rows = s.execute(_SQLITE_RANKED, {
            "start": MARK_START, "end": MARK_END, "dots": ELLIPSIS, "words": SNIPPET_WORDS,
            "match": match, "office": ctx.office_id, "limit": limit})
        return [(entry_id, snippet) for entry_id, snippet in rows], False
    return _made_snippets(s, newest[:limit], query), True


def _made_snippets(s: Session, ids: list[int], query: str) -> list[tuple[str, str]]:
    """Very many matches: the newest, their snippets made here by the same rule (a second
    pass over the index for the database's own would cost as much as the first)."""
    texts = {row.id: row for row in s.execute(
        select(RegisterText.id, RegisterText.entry_id, RegisterText.title,
               RegisterText.parties, RegisterText.body).where(RegisterText.id.in_(ids)))}
    return [(texts[i].entry_id, word_stems.snippet(
        [texts[i].body, f"{texts[i].title} \u00b7 {texts[i].parties}"], query, SNIPPET_WORDS))
        for i in ids if i in texts]


_HEADLINE = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS + 4}, "
             f"MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, FragmentDelimiter={ELLIPSIS}")

# The planner cannot tell how many documents a prefix ("tööt:*") matches: it misjudges by
# tens of times, then walks the newest rows reading each one's tsvector (kept out of line, a
# few µs a row) or reads them all. So the steps are chosen here, each with a plan of known
# cost: the GIN index gives the matches' row numbers, and the rows (narrow: the texts are out
# of line) their id and office, up to one more than are ranked (a few ms). Few: ranked by
# their ids. Many (at least one in a hundred documents matches): the newest are first looked
# for among the office's newest rows, which takes a few ms where they are; where they are not,
# from all matches (the GIN index again, ~30 ms when every document matches). JIT is off with
# the plans: one the settings made look costly would be compiled, which takes longer than the
# search.
_PLAN_SETTINGS = ("enable_seqscan", "enable_indexscan", "jit")
_POSTGRESQL_PLAN = text(
    "SELECT " + ", ".join(f"current_setting('{name}')" for name in _PLAN_SETTINGS) + ", "
    + ", ".join(f"set_config('{name}', 'off', true)" for name in _PLAN_SETTINGS))
_POSTGRESQL_PLAN_BACK = text(
    "SELECT " + ", ".join(f"set_config('{name}', :{name}, true)" for name in _PLAN_SETTINGS))
_POSTGRESQL_INDEX_SCAN = text("SELECT set_config('enable_indexscan', :on, true)")
_POSTGRESQL_MATCHES = text(
    "SELECT id FROM register_texts WHERE office_id = :office "
    "AND search_vector @@ to_tsquery('simple', :match) LIMIT :most")
# The office's newest rows searched for the newest matches (~5 µs a row).
NEWEST_ROWS = 1000
_POSTGRESQL_NEWEST_ROWS = text(
    "SELECT id FROM (SELECT id, search_vector FROM register_texts WHERE office_id = :office "
    "ORDER BY id DESC LIMIT :rows) newest "
    "WHERE search_vector @@ to_tsquery('simple', :match) ORDER BY id DESC LIMIT :limit")
_POSTGRESQL_NEWEST = text(
    "SELECT id FROM register_texts WHERE office_id = :office "
    "AND search_vector @@ to_tsquery('simple', :match) ORDER BY id DESC LIMIT :limit")
# Few matches: ranked by their ids (their tsvectors read once), the headline made for the
# page shown alone.
_POSTGRESQL_RANKED = text(
    "WITH q AS MATERIALIZED (SELECT to_tsquery('simple', :match) AS q), "
    "top AS (SELECT t.id, ts_rank(t.search_vector, q.q) AS rank FROM register_texts t, q"
    " WHERE t.id = ANY(:ids) ORDER BY rank DESC, t.id DESC LIMIT :limit) "
    "SELECT t.entry_id, ts_headline('simple', t.title || ' \u00b7 ' || t.parties || "
    "' \u00b7 ' || t.body, q.q, :options) "
    "FROM top JOIN register_texts t ON t.id = top.id, q ORDER BY top.rank DESC, t.id DESC")


def _postgresql_hits(s: Session, ctx: Context, query: str,
                     limit: int) -> tuple[list[tuple[str, str]], bool]:
    match = word_stems.tsquery(query)
    settings = s.execute(_POSTGRESQL_PLAN).one()[:len(_PLAN_SETTINGS)]
    found = _postgresql_found(s, ctx, match, limit)
    # The settings as they were, for what this transaction reads next (they end with it).
    s.execute(_POSTGRESQL_PLAN_BACK, dict(zip(_PLAN_SETTINGS, settings, strict=True)))
    if found is None:
        return [], False
    if isinstance(found, list):
        return _made_snippets(s, found, query), True
    rows = s.execute(_POSTGRESQL_RANKED, {
        "match": match, "ids": list(found), "limit": limit, "options": _HEADLINE})
    # ts_headline gives the whole text when it is short: keep a snippet's length.
    return [(entry_id, _shorten(snippet)) for entry_id, snippet in rows], False


def _postgresql_found(s: Session, ctx: Context, match: str,
                      limit: int) -> tuple[int, ...] | list[int] | None:
    """The ids of all matches when they are few enough to rank (a tuple), else the newest
    `limit` of them, newest first (a list); None for no match."""
    found = tuple(s.scalars(_POSTGRESQL_MATCHES, {"match": match, "office": ctx.office_id,
                                                  "most": RANKED + 1}))
    if not found:
        return None
    if len(found) <= RANKED:
        return found
    where = {"match": match, "office": ctx.office_id, "limit": limit}
    s.execute(_POSTGRESQL_INDEX_SCAN, {"on": "on"})
    newest = list(s.scalars(_POSTGRESQL_NEWEST_ROWS, {**where, "rows": NEWEST_ROWS}))
    s.execute(_POSTGRESQL_INDEX_SCAN, {"on": "off"})
    if len(newest) < limit:
        newest = list(s.scalars(_POSTGRESQL_NEWEST, where))
    return newest


def _shorten(snippet: str, around: int = SNIPPET_WORDS) -> str:
    words = snippet.split()
    if len(words) <= around + 4:
        return snippet
    first = next((i for i, w in enumerate(words) if MARK_START in w), 0)
    start = max(0, first - around // 2)
    cut = " ".join(words[start:start + around])
    return (ELLIPSIS if start else "") + cut + (ELLIPSIS if start + around < len(words) else "")


def _entries(s: Session, ctx: Context, ids: list[str]) -> dict[str, EntryView]:
    if not ids:
        return {}
    # Plain rows, not ORM objects: a page of hits is read at every search. Found by their
    # ids alone (the office and the tombstone checked here), so the key is what is used.
    rows = s.execute(
        select(*RegisterEntry.__table__.columns, RegisterSeries.series_index)
        .join(RegisterSeries, RegisterSeries.id == RegisterEntry.series_id)
        .where(RegisterEntry.id.in_(ids)))
    return {row.id: EntryView.of(row, row.series_index)  # type: ignore[arg-type]
            for row in rows if row.office_id == ctx.office_id and row.deleted_at is None}
