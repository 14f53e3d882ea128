"""Files kept with the office's records: written with their record in one unit of work, never
over another file, gone again when the unit of work does not commit, and checked whenever
they are opened."""

import hashlib
from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from app.core.errors import NotFound, PermissionDenied, Refused
from app.core.ids import uuid7
from app.core.permissions import Actor, Role
from app.operations import files as stored
from app.store.models import LocalFile, StoredFile

PDF = b"%PDF-1.7\n" + b"scanned page " * 200
ENTRY = "register_entries"


def home(ctx):
    return stored.files.data_folder(ctx.db)


def keep(ctx, data=PDF, name="1-2-26-0001.pdf", owner_id="entry-1", **kwargs):
    with ctx.db.write() as s:
        return stored.keep_file(s, ctx, ENTRY, owner_id, "document", name, data,
                                "application/pdf", **kwargs)


def count(ctx, model):
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_kept_file_is_written_recorded_and_synced(ctx):
    view = keep(ctx)
    assert view.path == "register/2026/1-2-26-0001.pdf"
    assert (home(ctx) / view.path).read_bytes() == PDF
    assert (view.size, view.sha256) == (len(PDF), hashlib.sha256(PDF).hexdigest())
    assert (view.owner_table, view.owner_id, view.purpose) == (ENTRY, "entry-1", "document")
    assert view.created_by == ctx.actor.name and not view.uploaded
    assert stored.files_of(ctx, ENTRY, "entry-1") == [view]
    assert stored.latest_file(ctx, ENTRY, "entry-1", "document") == view
    assert stored.latest_file(ctx, ENTRY, "entry-2", "document") is None
    assert stored.file_path(ctx, view.id) == home(ctx) / view.path
    assert stored.file_content(ctx, view.id) == PDF
    with ctx.db.read() as s:
        ops = s.execute(text("SELECT op FROM outbox WHERE table_name = 'stored_files' "
                             "AND row_id = :id"), {"id": view.id}).scalars().all()
    assert ops == ["insert"]


def test_the_newest_file_of_a_record_is_its_latest(ctx, clock):
    keep(ctx, name="first.pdf")
    clock.advance(minutes=5)
    second = keep(ctx, data=PDF + b"2", name="second.pdf")
    assert stored.latest_file(ctx, ENTRY, "entry-1", "document") == second
    assert [f.file_name for f in stored.files_of(ctx, ENTRY, "entry-1")] == [
        "first.pdf", "second.pdf"]


def test_a_unit_of_work_that_fails_leaves_no_file_and_no_record(ctx):
    with pytest.raises(RuntimeError), ctx.db.write() as s:
        view = stored.keep_file(s, ctx, ENTRY, "entry-1", "document", "a.pdf", PDF,
                                "application/pdf")
        assert (home(ctx) / view.path).exists()
        raise RuntimeError("the register entry could not be written")
    assert not (home(ctx) / view.path).exists()
    assert count(ctx, StoredFile) == count(ctx, LocalFile) == 0


def test_a_commit_that_fails_leaves_no_file(ctx):
    first = keep(ctx, name="first.pdf")
    with pytest.raises(Exception), ctx.db.write() as s:  # noqa: B017 (the flush's own error)
        view = stored.keep_file(s, ctx, ENTRY, "entry-1", "document", "b.pdf", PDF + b"b",
                                "application/pdf")
        # Refused by the database only when the unit of work commits.
        s.execute(text("CREATE TEMP TRIGGER refuse BEFORE INSERT ON stored_files "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
        s.add(StoredFile(office_id=ctx.office_id, owner_table=ENTRY, owner_id="x",
                         purpose="document", file_name="x", content_type="", size=0,
                         sha256="0", created_at=ctx.now()))
    assert not (home(ctx) / view.path).exists()
    assert (home(ctx) / first.path).read_bytes() == PDF
    assert [f.id for f in stored.files_of(ctx, ENTRY, "entry-1")] == [first.id]


def test_a_savepoint_rolled_back_takes_its_file_only(ctx):
    with ctx.db.write() as s:
        kept = stored.keep_file(s, ctx, ENTRY, "entry-1", "document", "kept.pdf", PDF,
                                "application/pdf")
        try:
            with s.begin_nested():
                undone = stored.keep_file(s, ctx, ENTRY, "entry-1", "document", "undone.pdf",
                                          PDF + b"u", "application/pdf")
                raise RuntimeError("one document of the batch is refused")
        except RuntimeError:
            pass
    assert not (home(ctx) / undone.path).exists()
    assert stored.file_content(ctx, kept.id) == PDF
    assert [f.file_name for f in stored.files_of(ctx, ENTRY, "entry-1")] == ["kept.pdf"]


def test_a_name_taken_is_never_written_over(ctx):
    first = keep(ctx)
    with pytest.raises(Refused) as err:
        keep(ctx, data=b"another document")
    assert err.value.code == "file_exists"
    assert (home(ctx) / first.path).read_bytes() == PDF
    assert count(ctx, StoredFile) == 1
    second = keep(ctx, data=b"another document", rename=True)
    third = keep(ctx, data=b"a third", rename=True)
    assert (second.file_name, third.file_name) == ("1-2-26-0001 (2).pdf",
                                                   "1-2-26-0001 (3).pdf")
    assert stored.file_content(ctx, second.id) == b"another document"
    assert (home(ctx) / first.path).read_bytes() == PDF


@pytest.mark.parametrize(("field", "kwargs"), [
    ("file_name", {"file_name": "../../settings.toml"}),
    ("file_name", {"file_name": ".hidden.pdf"}),
    ("file_name", {"file_name": "a\nb.pdf"}),
    ("file_name", {"file_name": "x" * 191}),
    ("file_name", {"file_name": " "}),
    ("purpose", {"purpose": "photo"}),
    ("owner_table", {"owner_table": "visits"}),
])
def test_bad_values_are_refused_and_nothing_is_written(ctx, field, kwargs):
    args = {"owner_table": ENTRY, "owner_id": "entry-1", "purpose": "document",
            "file_name": "a.pdf", "data": PDF, "content_type": "application/pdf", **kwargs}
    with pytest.raises(Refused) as err, ctx.db.write() as s:
        stored.keep_file(s, ctx, **args)
    assert (err.value.code, err.value.params["field"]) == ("bad_value", field)
    assert count(ctx, StoredFile) == 0
    assert not any(p.is_file() for p in home(ctx).rglob("*.pdf"))
    assert not (home(ctx).parent / "settings.toml").exists()


def test_a_changed_or_missing_file_is_not_used(ctx):
    view = keep(ctx)
    path = home(ctx) / view.path
    path.chmod(0o644)
    path.write_bytes(PDF + b"%changed")
    with pytest.raises(Refused) as err:
        stored.file_path(ctx, view.id)
    assert err.value.code == "file_changed"
    assert "1-2-26-0001.pdf" in str(err.value) and "checksum" in str(err.value)
    path.unlink()
    with pytest.raises(NotFound) as err:
        stored.file_content(ctx, view.id)
    assert err.value.code == "file_missing"


def test_a_file_whose_record_came_without_its_content_says_it_comes_with_sync(ctx):
    with ctx.db.write() as s:
        row = StoredFile(office_id=ctx.office_id, owner_table=ENTRY, owner_id="entry-9",
                         purpose="document", file_name="elsewhere.pdf",
                         content_type="application/pdf", size=3, sha256="ab" * 32,
                         created_at=ctx.now(), created_by="someone")
        s.add(row)
    view = stored.latest_file(ctx, ENTRY, "entry-9", "document")
    assert view is not None and not view.here
    with pytest.raises(NotFound) as err:
        stored.file_path(ctx, row.id)
    assert err.value.code == "file_not_here"
    assert "next sync" in str(err.value)
    with pytest.raises(NotFound) as err:
        stored.file_path(ctx, uuid7())
    assert err.value.code == "file_unknown"


def test_who_may_keep_and_open_files(ctx):
    view = keep(ctx)
    supervisor = replace(ctx, actor=Actor("s", frozenset({Role.SUPERVISOR})))
    assert stored.file_content(supervisor, view.id) == PDF
    with pytest.raises(PermissionDenied):
        keep(supervisor, name="other.pdf")
    for role in (Role.KIOSK, Role.DISPLAY):
        device = replace(ctx, actor=Actor("k", frozenset({role})))
        with pytest.raises(PermissionDenied):
            stored.file_path(device, view.id)
        with pytest.raises(PermissionDenied):
            stored.files_of(device, ENTRY, "entry-1")
    assert count(ctx, StoredFile) == 1
