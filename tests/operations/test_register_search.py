"""Full-text search of the document register: titles, parties and the documents' text, found
in their inflected forms, with the hit in context; on SQLite (FTS5) and PostgreSQL."""

import contextlib
import io
import json
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from app.core.errors import Invalid, PermissionDenied
from app.core.permissions import Actor, Role
from app.operations import register as r
from app.operations import register_follow as f
from app.operations import register_search as rs
from app.store.models import RegisterEntry, RegisterText, RegisterTextQueue
from tests.server.stores import STORES, fresh_pg_database

BENEFIT = r.NewDocument("1-2", "incoming", "application", "Taotlus töötutoetuse saamiseks",
                        "counter", sender_name="Mari Maasikas", addressee="Sotsiaalosakond")
LETTER = r.NewDocument("1-2", "incoming", "letter", "Письмо о пенсии", "post",
                       sender_name="Иван Петров", sender_organisation="ООО Ромашка",
                       addressee="Пенсионный отдел")

PAGE_ONE = ("Palun arvata mind töötuks alates 1. detsembrist. Olen olnud töötuna registreeritud "
            "varem ja soovin töötutoetust.")
PAGE_TWO = "Прошу рассмотреть моё заявление о назначении пенсии по старости."


def text_pdf(*pages: str) -> bytes:
    """A PDF with a text layer, one page per string (DejaVu: Estonian and Russian letters)."""
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.render import REGULAR, register_fonts

    register_fonts()
    out = io.BytesIO()
    c = Canvas(out)
    for page in pages:
        c.setFont(REGULAR, 11)
        y = 800
        words = page.split()
        while words:
            line, words = words[:10], words[10:]
            c.drawString(40, y, " ".join(line))
            y -= 16
        c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture(params=STORES)
def store(request, tmp_path, lett_home, clock):
    yield from _store(request, request.param, tmp_path, clock)


@pytest.fixture
def here(request, tmp_path, lett_home, clock):
    """A PC's store alone (SQLite)."""
    yield from _store(request, "sqlite", tmp_path, clock)


def _store(request, kind, tmp_path, clock):
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office
    from app.store.db import open_database

    with contextlib.ExitStack() as stack:
        url = (f"sqlite:///{tmp_path / 'lett.sqlite3'}" if kind == "sqlite" else
               stack.enter_context(fresh_pg_database(request.getfixturevalue("pg_url"))))
        db = open_database(url)
        stack.callback(db.dispose)
        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor(), clock=clock)
        r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}")
        yield ctx


def numbers(found):
    return [h.entry.registry_number for h in found.hits]


def test_words_are_found_in_their_inflected_forms_with_the_hit_marked(store):
    ctx = store
    benefit = r.register_document(ctx, BENEFIT, text_pdf(PAGE_ONE, PAGE_TWO))
    letter = r.register_document(ctx, LETTER)
    assert rs.waiting(ctx) == 2
    rs.index_entry(ctx, benefit.id)
    assert rs.waiting(ctx) == 1
    found = rs.search(ctx, "töötuna")
    assert numbers(found) == [benefit.registry_number] and found.waiting == 0
    snippet = found.hits[0].marked("[", "]")
    assert "[töötuks]" in snippet, snippet
    assert rs.MARK_START not in snippet
    # Russian: the stem of "заявлением" is that of "заявление" in the text.
    hit = rs.search(ctx, "заявлением").hits
    assert [h.entry.id for h in hit] == [benefit.id]
    assert "[заявление]" in hit[0].marked("[", "]")
    # Title, parties (sender, organisation, addressee), registration number.
    assert numbers(rs.search(ctx, "пенсионного")) == [letter.registry_number]
    assert numbers(rs.search(ctx, "Ромашки")) == [letter.registry_number]
    assert numbers(rs.search(ctx, "Maasikale")) == [benefit.registry_number]
    assert numbers(rs.search(ctx, letter.registry_number)) == [letter.registry_number]
    # Every word must be found; the title weighs more than the text.
    assert numbers(rs.search(ctx, "пенсии Maasikas")) == [benefit.registry_number]
    assert set(numbers(rs.search(ctx, "пенсия"))) == {benefit.registry_number,
                                                     letter.registry_number}
    assert numbers(rs.search(ctx, "пенсия"))[0] == letter.registry_number
    assert rs.search(ctx, "ehitusluba").hits == []


def test_bad_searches_find_nothing_and_say_why(here):
    ctx = here
    r.register_document(ctx, BENEFIT, text_pdf(PAGE_ONE))
    for query in ('"', "*", "NEAR(", "töötu OR", "a:b", "'); DROP TABLE register_texts; --",
                  "\x00", "  ", "-", "töö\u0000tu", "&|!"):
        rs.search(ctx, query)
    assert numbers(rs.search(ctx, "töötu OR")) == []
    with pytest.raises(Invalid) as err:
        rs.search(ctx, "töötu " * 200)
    assert err.value.code == "register_search_long"
    with pytest.raises(PermissionDenied):
        rs.search(replace(ctx, actor=Actor("Kiosk", frozenset({Role.KIOSK}))), "töötu")


def test_another_offices_documents_are_never_found(store):
    ctx = store
    r.register_document(ctx, BENEFIT, text_pdf(PAGE_ONE))
    with ctx.db.write() as s:
        entry = s.scalar(select(RegisterEntry))
        other = "0190b1c4-0000-7000-8000-00000000beef"
        s.add(RegisterText(entry_id="0190b1c4-0000-7000-8000-00000000cafe", office_id=other,
                           file_id="", title="Töötu teise asutuse dokument",
                           parties="Mari Maasikas", body="töötuks töötuna"))
        assert entry.office_id != other
    assert len(rs.search(ctx, "töötu").hits) == 1
    assert rs.search(ctx, "teise asutuse").hits == []


def test_a_pdf_kept_later_and_its_text_layer_are_indexed(store):
    ctx = store
    entry = r.register_document(ctx, BENEFIT)
    assert rs.search(ctx, "заявление").hits == []
    f.keep_document_pdf(ctx, entry.id, text_pdf(PAGE_TWO))
    assert numbers(rs.search(ctx, "заявлением")) == [entry.registry_number]
    # A newer file (as the OCR's) is what is searched: the older text goes.
    f.keep_document_pdf(ctx, entry.id, text_pdf(PAGE_ONE))
    assert rs.search(ctx, "заявлением").hits == []
    assert numbers(rs.search(ctx, "töötuna")) == [entry.registry_number]


def test_a_damaged_pdf_is_registered_and_its_words_still_found(here):
    ctx = here
    entry = r.register_document(ctx, BENEFIT, b"%PDF-1.7\n garbage that is no PDF")
    assert numbers(rs.search(ctx, "töötutoetuse")) == [entry.registry_number]
    with ctx.db.read() as s:
        assert s.scalar(select(RegisterText.body)) == ""


def test_a_changed_or_deleted_entry_is_indexed_again(here):
    ctx = here
    entry = r.register_document(ctx, BENEFIT)
    with ctx.db.write() as s:
        s.get(RegisterEntry, entry.id).title = "Avaldus elukoha registreerimiseks"
    assert rs.search(ctx, "töötutoetus").hits == []
    assert numbers(rs.search(ctx, "elukohta")) == [entry.registry_number]
    with ctx.db.write() as s:
        s.get(RegisterEntry, entry.id).deleted_at = ctx.now()
    assert rs.search(ctx, "elukohta").hits == []
    with ctx.db.read() as s:
        assert s.scalar(select(RegisterText).where(RegisterText.entry_id == entry.id)) is None


def test_reindex_reads_every_document_again(store):
    ctx = store
    for _ in range(3):
        r.register_document(ctx, BENEFIT, text_pdf(PAGE_ONE))
    assert rs.index_waiting(ctx) == 0
    with ctx.db.write() as s:
        s.execute(text("UPDATE register_texts SET body = ''"))
    assert rs.search(ctx, "detsembrist").hits == []
    told = []
    assert rs.reindex(ctx, told.append) == 3
    assert told[-1] == 0
    assert len(rs.search(ctx, "detsembrist").hits) == 3


def test_entries_pulled_by_sync_are_indexed_at_the_next_search(ctx):
    from app.store.models import Outbox
    from app.sync.engine import apply_page

    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}")
    entry = r.register_document(ctx, BENEFIT)
    with ctx.db.read() as s:
        row = json.loads(s.scalar(select(Outbox.row).where(
            Outbox.table_name == "register_entries", Outbox.op == "insert")))
    pulled = dict(row, id="0190b1c4-0000-7000-8000-00000000f00d",
                  registry_number="1-2/26-777", seq=777, title="Заявление безработного",
                  device_id="0190b1c4-0000-7000-8000-0000000000aa")
    apply_page(ctx.db, [{"table": "register_entries", "row_id": pulled["id"],
                         "row": pulled}], 5)
    with ctx.db.read() as s:
        assert s.get(RegisterTextQueue, pulled["id"]) is not None
    assert numbers(rs.search(ctx, "безработным")) == ["1-2/26-777"]
    assert rs.waiting(ctx) == 0 and entry.registry_number == "1-2/26-001"


def test_entries_registered_before_the_upgrade_are_indexed(tmp_path, lett_home, clock):
    from alembic import command
    from alembic.config import Config

    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office
    from app.store.db import MIGRATIONS, open_database

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    db = open_database(url)
    create_demo_office(db, staff_actor())
    ctx = open_context(db, staff_actor(), clock=clock)
    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}")
    entry = r.register_document(ctx, BENEFIT, text_pdf(PAGE_ONE))
    db.dispose()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.downgrade(cfg, "0016")
    db = open_database(url)
    try:
        ctx = open_context(db, staff_actor(), clock=clock)
        assert rs.waiting(ctx) == 1
        found = rs.search(ctx, "töötuna")
        assert numbers(found) == [entry.registry_number] and found.waiting == 0
    finally:
        db.dispose()


def test_very_many_matches_show_the_newest_with_their_snippets(store, monkeypatch):
    ctx = store
    made = [r.register_document(ctx, replace(BENEFIT, title=f"Taotlus {word}"),
                                text_pdf(PAGE_ONE)) for word in ("alfa", "beeta", "gamma", "delta")]
    monkeypatch.setattr(rs, "RANKED", 2)
    found = rs.search(ctx, "töötuna", limit=3)
    assert found.many
    assert numbers(found) == [e.registry_number for e in reversed(made)][:3]
    for hit in found.hits:
        assert "[töötuks]" in hit.marked("[", "]") and "[töötuna]" in hit.marked("[", "]")
    # On a server, the newest matches not all among the office's newest rows: the same.
    monkeypatch.setattr(rs, "NEWEST_ROWS", 2)
    assert numbers(rs.search(ctx, "töötuna", limit=3)) == numbers(found)
    # Few enough to rank: best first, no note.
    few = rs.search(ctx, "beeta")
    assert not few.many and numbers(few) == [made[1].registry_number]


def test_a_pdf_whose_content_arrives_after_its_record_is_indexed_then(here):
    from app.store.models import LocalFile

    ctx = here
    entry = r.register_document(ctx, BENEFIT)
    kept = f.keep_document_pdf(ctx, entry.id, text_pdf(PAGE_TWO))
    with ctx.db.write() as s:
        # As on a PC the file's record has reached by sync before its content.
        local = s.get(LocalFile, kept.id)
        path = local.path
        s.delete(local)
    rs.reindex(ctx)
    assert rs.search(ctx, "заявлением").hits == []
    with ctx.db.write() as s:
        s.add(LocalFile(file_id=kept.id, path=path, uploaded=True))
    assert rs.waiting(ctx) == 1
    assert numbers(rs.search(ctx, "заявлением")) == [entry.registry_number]


def test_a_server_indexes_a_pdf_whose_content_arrives_as_a_blob(store):
    import hashlib

    from app.store.models import FileBlob, FileBlobPart, StoredFile

    ctx = store
    if ctx.db.dialect == "sqlite":
        pytest.skip("a PC keeps file contents in its data folder, not as blobs")
    entry = r.register_document(ctx, BENEFIT)
    data = text_pdf(PAGE_TWO)
    sha = hashlib.sha256(data).hexdigest()
    with ctx.db.write() as s:
        s.add(StoredFile(office_id=ctx.office_id, owner_table="register_entries",
                         owner_id=entry.id, purpose="document", file_name="1-2_26-001.pdf",
                         content_type="application/pdf", size=len(data), sha256=sha,
                         created_at=ctx.now()))
    assert rs.search(ctx, "заявлением").hits == []
    with ctx.db.write() as s:
        s.add(FileBlob(office_id=ctx.office_id, sha256=sha, size=len(data),
                       stored_at=ctx.now()))
        s.flush()
        s.add(FileBlobPart(office_id=ctx.office_id, sha256=sha, part=0, content=data))
    assert rs.waiting(ctx) == 1
    assert numbers(rs.search(ctx, "заявлением")) == [entry.registry_number]
