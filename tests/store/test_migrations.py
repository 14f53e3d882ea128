import sqlite3
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.core.errors import StoreError
from app.store.db import HEAD, MIGRATIONS, Database, open_database
from app.store.models import REGISTER_SEARCH_OBJECTS, SYNCED_TABLES, Base


def schema_differences(db: Database) -> list:
    with db.engine.connect() as conn:
        # The register's search index (an FTS5 table, a tsvector column) is not modelled.
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, _type, _parent: name not in REGISTER_SEARCH_OBJECTS})
        return compare_metadata(ctx, Base.metadata)


def test_head_constant_is_the_chain_head():
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD


def test_sqlite_from_empty_matches_the_models(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert schema_differences(db) == []
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for model in SYNCED_TABLES:
        table = model.__tablename__
        assert {f"outbox_{table}_{op}" for op in ("insert", "update", "delete")} <= triggers


def test_sqlite_connections_have_foreign_keys_and_full_sync(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_reopening_keeps_the_device_id(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    first = open_database(url).device_id
    assert open_database(url).device_id == first


def test_a_database_from_a_newer_lett_is_refused(tmp_path):
    path = tmp_path / "a.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as err:
        open_database(f"sqlite:///{path}")
    assert err.value.code == "database_too_new"


def test_downgrade_to_empty_and_up_again(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    db = open_database(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.downgrade(cfg, "base")
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert "tickets" not in names and not any(n.startswith("outbox_") for n in names)
    con.close()
    db.dispose()
    assert schema_differences(open_database(url)) == []


@pytest.fixture
def pg_database(pg_url):
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    admin = create_engine(_psycopg(pg_url), isolation_level="AUTOCOMMIT")
    name = f"lett_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _psycopg(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@pytest.mark.postgres
def test_postgresql_from_empty_matches_the_models(pg_database):
    db = open_database(pg_database)
    try:
        assert schema_differences(db) == []
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert open_database(pg_database).device_id == db.device_id
    finally:
        db.dispose()


@pytest.mark.postgres
def test_queue_operations_run_on_postgresql(pg_database):
    from app.operations import queue as q
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office

    db = open_database(pg_database)
    try:
        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor())
        assert [q.issue_ticket(ctx, "A").number for _ in range(2)] == ["A001", "A002"]
        assert q.call_next(ctx, 1).number == "A001"
        assert q.cancel(ctx, "A002", reissue_service="B").number == "B001"
        assert q.call_next(ctx, 2).number == "B001"
    finally:
        db.dispose()


def _register_a_visitor(ctx):
    from datetime import timedelta

    from app.operations import visitors as v

    host = v.add_specialist(ctx, "Kati Karu", room="204")
    purpose = v.add_purpose(ctx, "meeting", {"et": "Kohtumine"}, "specialist",
                            specialist_id=host.id)
    v.add_watch_entry(ctx, "Jaan Tamm")
    v.add_expected(ctx, v.VisitorForm("Olga Ivanova"), ctx.now() + timedelta(hours=1))
    v.register_visit(ctx, v.VisitorForm("Mari Maasikas", purpose_id=purpose.id))


def _issue_a_notice(ctx):
    from app.operations.notices import issue_notice

    issue_notice(ctx, "notice", "et", {"recipient_name": "Mari Maasikas",
                                       "recipient_code": "49403136526", "subject": "Teade",
                                       "message": "Tekst."})


def _register_a_document(ctx):
    from datetime import date

    from app.operations import register as r

    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}", "Teabenõuded")
    r.register_document(ctx, r.NewDocument(
        "1-2", "incoming", "request_for_information", "Teabenõue", "email",
        sender_name="Mari Maasikas", sender_address="mari@example.ee", sender_number="7",
        sender_date=date(2026, 11, 20), addressee="Pensionid", pages=2,
        access_basis="AvTS § 35 lg 1 p 12", access_from=date(2026, 11, 24),
        access_until=date(2031, 11, 24)))


def _keep_a_file_and_a_template(db, ctx):
    from app.store.models import NoticeTemplate, StoredFile

    with db.write() as s:
        s.add(StoredFile(office_id=ctx.office_id, owner_table="register_entries",
                         owner_id="0" * 36, purpose="document", file_name="1-2_26-001.pdf",
                         content_type="application/pdf", size=3, sha256="a" * 64,
                         created_at=ctx.now(), created_by="Mari"))
        s.add(NoticeTemplate(office_id=ctx.office_id, template_key="notice", version=2,
                             source="[template]", saved_by="Mari", saved_at=ctx.now()))


def _record_a_contact(ctx):
    from app.operations import contacts as c

    c.save_topic(ctx, "pension", {"et": "Pension"}, service_code="A")
    contact = c.add_contact(ctx, c.ContactForm("phone", "pension", "Asked about the pension",
                                               client=c.Client("Mari Maasikas")))
    c.link_contact(ctx, contact.id, "ticket", "0" * 36, "A001")
    from app.integrations import escalations as esc

    esc.queue(ctx.db, ctx.office_id, [{"code": "post", "name": "Load", "kind": "email",
                                       "address": "load@linn.example.ee"}],
              "post", "Ehitusluba", "", now=ctx.now(), contact_id=contact.id)


def _evaluate_a_visit(ctx):
    from app.operations import evaluations, results
    from app.operations import queue as q

    q.finish(ctx, 1)
    card = evaluations.save_scorecard(ctx, {"title": "Visit", "sections": [
        {"title": "All", "questions": [{"key": "q1", "text": "Greeted"}]}]})
    served = evaluations.served_work(ctx)[0]
    evaluations.evaluate(ctx, card.id, ctx.actor.name, {"q1": "yes"}, ticket_id=served.id)
    results.set_goal(ctx, "served", "day", 30)


def test_the_outbox_triggers_copy_every_column_of_every_synced_table(tmp_path):
    import json

    from app.operations import queue as q
    from app.operations.accounts import create_account
    from app.operations.config import update_office, update_settings
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office

    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    create_demo_office(db, staff_actor())
    ctx = open_context(db, staff_actor())
    q.issue_ticket(ctx, "A", "et")
    q.call_next(ctx, 1)
    create_account(ctx, "mari", "Mari Maasikas", "admin", "kevad-2026-lumi")
    update_settings(ctx, {"display.calls_shown": 5})
    update_office(ctx, address="Pärnu mnt 1, Tallinn")
    _register_a_visitor(ctx)
    _issue_a_notice(ctx)
    _register_a_document(ctx)
    _keep_a_file_and_a_template(db, ctx)
    _record_a_contact(ctx)
    q.set_counter_open(ctx, 1, False)
    _evaluate_a_visit(ctx)
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    seen = {}
    for table, row in con.execute("SELECT table_name, row FROM outbox"):
        seen[table] = set(json.loads(row))
    for model in SYNCED_TABLES:
        assert seen[model.__tablename__] == set(model.__table__.columns.keys())


def test_a_pc_upgraded_to_accounts_pulls_the_change_log_again(tmp_path):
    """At 0002 a PC skipped the accounts in the change log; after 0003 it pulls from the start."""
    from alembic import command

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    open_database(url).dispose()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.downgrade(cfg, "0002")
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    con.execute("INSERT INTO local_meta (key, value) VALUES ('pull_cursor', '417')")
    con.commit()
    con.close()
    db = open_database(url)
    with db.engine.connect() as conn:
        assert conn.execute(
            text("SELECT value FROM local_meta WHERE key = 'pull_cursor'")).first() is None
    db.dispose()


def test_file_content_stored_whole_before_is_kept_as_its_one_part(tmp_path):
    from alembic import command

    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0010")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO file_blobs (office_id, sha256, size, content, stored_at) "
                "VALUES ('office', 'abc', 5, x'68656c6c6f', '2026-12-01 10:00:00')")
    con.commit()
    con.close()

    command.upgrade(cfg, "head")
    con = sqlite3.connect(path)
    assert con.execute("SELECT office_id, sha256, part, content FROM file_blob_parts").fetchall() \
        == [("office", "abc", 0, b"hello")]
    assert "content" not in {r[1] for r in con.execute("PRAGMA table_info(file_blobs)")}
    con.close()

    command.downgrade(cfg, "0010")
    con = sqlite3.connect(path)
    assert con.execute("SELECT content FROM file_blobs").fetchall() == [(b"hello",)]
    con.close()


def test_the_contact_journal_is_added_to_a_store_of_the_previous_revision(tmp_path):
    """A PC at 0014 with an office and tickets upgrades: the contact tables and their outbox
    triggers are made, the rest is kept, and the change log is pulled again from the start."""
    from alembic import command

    from app.operations import queue as q
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    db = open_database(url)
    create_demo_office(db, staff_actor())
    q.issue_ticket(open_context(db, staff_actor()), "A")
    db.dispose()
    command.downgrade(cfg, "0014")
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    assert "contacts" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.execute("INSERT INTO local_meta (key, value) VALUES ('pull_cursor', '417')")
    con.commit()
    con.close()
    db = open_database(url)
    try:
        assert schema_differences(db) == []
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tickets")).scalar() == 1
            assert conn.execute(
                text("SELECT value FROM local_meta WHERE key = 'pull_cursor'")).first() is None
        ctx = open_context(db, staff_actor())
        _record_a_contact(ctx)
        with db.engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text("SELECT table_name FROM outbox"))}
        assert {"contact_topics", "contacts", "contact_links"} <= tables
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgresql_upgrades_from_the_previous_revision_to_the_contact_journal(pg_database):
    from alembic import command

    db = open_database(pg_database)
    db.dispose()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", _psycopg(pg_database))
    command.downgrade(cfg, "0014")
    db = open_database(pg_database)
    try:
        assert schema_differences(db) == []
        from app.operations.context import open_context, staff_actor
        from app.operations.setup import create_demo_office

        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor())
        _record_a_contact(ctx)
        with db.engine.connect() as conn:
            logged = {r[0] for r in conn.execute(text("SELECT table_name FROM change_log"))}
        assert {"contact_topics", "contacts", "contact_links"} <= logged
        # Call next's one statement starts the counter contact and ends the one before.
        from app.operations import contacts as c
        from app.operations import queue as q

        first, second = q.issue_ticket(ctx, "A", "ru"), q.issue_ticket(ctx, "A")
        q.call_next(ctx, 1)
        q.call_next(ctx, 1)
        rows = [(x.ticket_number, x.topic_code, x.outcome)
                for x in c.list_contacts(ctx, c.ContactQuery(channel="counter"))]
        assert sorted(rows) == [(first.number, "pension", "served"),
                                (second.number, "pension", None)]
    finally:
        db.dispose()


def test_escalations_already_on_a_pc_stay_its_own_when_they_start_to_sync(tmp_path):
    """A PC at 0018 with an escalation upgrades: the escalation is made on this PC (it goes on
    sending and following it), and a change of it now reaches the outbox."""
    from alembic import command

    from app.integrations import escalations as esc
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    db = open_database(url)
    create_demo_office(db, staff_actor())
    office = open_context(db, staff_actor()).office_id
    device = db.device_id
    db.dispose()
    command.downgrade(cfg, "0019")
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    con.execute(
        "INSERT INTO escalations (id, office_id, contact_id, target, summary, description, "
        "created_by, created_at, state, attempts, last_error, issue_key, issue_url, linked, "
        "status, status_category, resolution, assignee) VALUES ('e1', ?, '', 'post', 'Old', "
        "'', 'mari', '2026-12-01 10:00:00.000000', 'queued', 0, '', '', '', 0, '', '', '', '')",
        (office,))
    con.commit()
    con.close()
    db = open_database(url)
    try:
        assert schema_differences(db) == []
        [row] = esc.escalations(db, office, made_here=True)
        assert (row.id, row.made_on) == ("e1", device)
        esc.close(db, "e1", row.created_at)
        with db.engine.connect() as conn:
            assert conn.execute(text(
                "SELECT count(*) FROM outbox WHERE table_name = 'escalations'")).scalar() == 1
    finally:
        db.dispose()
