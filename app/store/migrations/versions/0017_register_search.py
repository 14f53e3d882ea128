"""full-text search of the document register

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 13:00:00

- `register_texts` (not synced): each entry's registration number and title, parties and the
  text of its newest document PDF, made on each store from its own register and files.
- `register_text_queue` (not synced): the entries whose text is to be made again, filled by
  triggers when an entry is added or its words change (here or by sync), when a document file
  is kept with it, and when a file's content arrives (a PC's `local_files`, a server's
  `file_blobs`). Every entry there is at upgrade is queued, so the register is indexed on
  first search or by `lett register reindex`.
- The index: on SQLite the FTS5 table `register_texts_fts` with `register_texts` as its
  content (kept by triggers), tokenized by unicode61 with diacritics kept ("töö" is not
  "too"); on PostgreSQL the generated column `search_vector` ('simple': lower case, no
  stemming; title weighted A, parties B; the title's and parties' "-" and "/" split words,
  as in FTS5, so "1-2/26-001" is found by its parts) with a GIN index. Words are found in
  their inflected forms by searching their stem as a prefix (app.core.word_stems). The
  rows are kept narrow there (the texts out of line), and `ix_register_texts_office` is on
  (office, id): a search reads matching rows for their id and office, and the office's newest
  rows for the newest matches.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# The entry's columns whose words are searched: a change of one queues the entry again.
WORD_COLUMNS = ("registry_number", "title", "sender_name", "sender_organisation",
                "sender_number", "addressee", "deleted_at")

SQLITE_UP = [
    "CREATE VIRTUAL TABLE register_texts_fts USING fts5(title, parties, body, "
    "content='register_texts', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER register_texts_fts_insert AFTER INSERT ON register_texts BEGIN "
    "INSERT INTO register_texts_fts (rowid, title, parties, body) "
    "VALUES (NEW.id, NEW.title, NEW.parties, NEW.body); END",
    "CREATE TRIGGER register_texts_fts_delete AFTER DELETE ON register_texts BEGIN "
    "INSERT INTO register_texts_fts (register_texts_fts, rowid, title, parties, body) "
    "VALUES ('delete', OLD.id, OLD.title, OLD.parties, OLD.body); END",
    "CREATE TRIGGER register_texts_fts_update AFTER UPDATE ON register_texts BEGIN "
    "INSERT INTO register_texts_fts (register_texts_fts, rowid, title, parties, body) "
    "VALUES ('delete', OLD.id, OLD.title, OLD.parties, OLD.body); "
    "INSERT INTO register_texts_fts (rowid, title, parties, body) "
    "VALUES (NEW.id, NEW.title, NEW.parties, NEW.body); END",
]

_QUEUE_SQLITE = ("INSERT INTO register_text_queue (entry_id, turn) {values} "
                 "ON CONFLICT (entry_id) DO UPDATE SET turn = register_text_queue.turn + 1")

SQLITE_QUEUE = [
    "CREATE TRIGGER register_text_queue_entry_insert AFTER INSERT ON register_entries BEGIN "
    + _QUEUE_SQLITE.format(values="VALUES (NEW.id, 1)") + "; END",
    "CREATE TRIGGER register_text_queue_entry_update AFTER UPDATE OF "
    + ", ".join(WORD_COLUMNS) + " ON register_entries BEGIN "
    + _QUEUE_SQLITE.format(values="VALUES (NEW.id, 1)") + "; END",
    "CREATE TRIGGER register_text_queue_file AFTER INSERT ON stored_files "
    "WHEN NEW.owner_table = 'register_entries' BEGIN "
    + _QUEUE_SQLITE.format(values="VALUES (NEW.owner_id, 1)") + "; END",
    "CREATE TRIGGER register_text_queue_local_file AFTER INSERT ON local_files BEGIN "
    + _QUEUE_SQLITE.format(
        values="SELECT owner_id, 1 FROM stored_files WHERE id = NEW.file_id "
               "AND owner_table = 'register_entries' AND true") + "; END",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS register_text_queue_local_file",
    "DROP TRIGGER IF EXISTS register_text_queue_file",
    "DROP TRIGGER IF EXISTS register_text_queue_entry_update",
    "DROP TRIGGER IF EXISTS register_text_queue_entry_insert",
    "DROP TRIGGER IF EXISTS register_texts_fts_update",
    "DROP TRIGGER IF EXISTS register_texts_fts_delete",
    "DROP TRIGGER IF EXISTS register_texts_fts_insert",
    "DROP TABLE IF EXISTS register_texts_fts",
]

_QUEUE_PG = ("INSERT INTO register_text_queue (entry_id, turn) {values} "
             "ON CONFLICT (entry_id) DO UPDATE SET turn = register_text_queue.turn + 1;")

PG_UP = [
    # Narrow rows: the text and its tsvector always out of line (TOAST), the ids kept in the
    # row (never moved out, so checking a row's office reads no more), so a search reading
    # thousands of matching rows for their id and office reads few pages.
    "ALTER TABLE register_texts SET (toast_tuple_target = 256)",
    "ALTER TABLE register_texts ALTER COLUMN entry_id SET STORAGE MAIN, "
    "ALTER COLUMN office_id SET STORAGE MAIN, ALTER COLUMN file_id SET STORAGE MAIN",
    "ALTER TABLE register_texts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, translate(title, '-/', '  ')), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, translate(parties, '-/', '  ')), 'B') || "
    "to_tsvector('simple'::regconfig, body)) STORED",
    "CREATE INDEX ix_register_texts_search ON register_texts USING gin (search_vector)",
    "CREATE FUNCTION register_text_queue_entry() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN " + _QUEUE_PG.format(values="VALUES (NEW.id, 1)") + " RETURN NULL; END $$",
    "CREATE FUNCTION register_text_queue_file() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF NEW.owner_table = 'register_entries' THEN "
    + _QUEUE_PG.format(values="VALUES (NEW.owner_id, 1)") + " END IF; RETURN NULL; END $$",
    "CREATE FUNCTION register_text_queue_local_file() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN " + _QUEUE_PG.format(
        values="SELECT owner_id, 1 FROM stored_files WHERE id = NEW.file_id "
               "AND owner_table = 'register_entries'") + " RETURN NULL; END $$",
    "CREATE FUNCTION register_text_queue_blob() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN " + _QUEUE_PG.format(
        values="SELECT DISTINCT owner_id, 1 FROM stored_files WHERE office_id = NEW.office_id "
               "AND sha256 = NEW.sha256 AND owner_table = 'register_entries'")
    + " RETURN NULL; END $$",
    "CREATE TRIGGER register_text_queue_entry_insert AFTER INSERT ON register_entries "
    "FOR EACH ROW EXECUTE FUNCTION register_text_queue_entry()",
    "CREATE TRIGGER register_text_queue_entry_update AFTER UPDATE OF "
    + ", ".join(WORD_COLUMNS) + " ON register_entries "
    "FOR EACH ROW EXECUTE FUNCTION register_text_queue_entry()",
    "CREATE TRIGGER register_text_queue_file AFTER INSERT ON stored_files "
    "FOR EACH ROW EXECUTE FUNCTION register_text_queue_file()",
    "CREATE TRIGGER register_text_queue_local_file AFTER INSERT ON local_files "
    "FOR EACH ROW EXECUTE FUNCTION register_text_queue_local_file()",
    "CREATE TRIGGER register_text_queue_blob AFTER INSERT ON file_blobs "
    "FOR EACH ROW EXECUTE FUNCTION register_text_queue_blob()",
]

PG_DOWN = [
    "DROP TRIGGER IF EXISTS register_text_queue_blob ON file_blobs",
    "DROP TRIGGER IF EXISTS register_text_queue_local_file ON local_files",
    "DROP TRIGGER IF EXISTS register_text_queue_file ON stored_files",
    "DROP TRIGGER IF EXISTS register_text_queue_entry_update ON register_entries",
    "DROP TRIGGER IF EXISTS register_text_queue_entry_insert ON register_entries",
    "DROP FUNCTION IF EXISTS register_text_queue_blob()",
    "DROP FUNCTION IF EXISTS register_text_queue_local_file()",
    "DROP FUNCTION IF EXISTS register_text_queue_file()",
    "DROP FUNCTION IF EXISTS register_text_queue_entry()",
]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "register_texts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("file_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("parties", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_register_texts_entry", "register_texts", ["entry_id"], unique=True)
    op.create_index("ix_register_texts_office", "register_texts", ["office_id", "id"])
    op.create_table(
        "register_text_queue",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    for statement in (SQLITE_UP + SQLITE_QUEUE) if sqlite else PG_UP:
        op.execute(statement)
    # Every entry already in the register is indexed on first search or by a reindex.
    op.execute("INSERT INTO register_text_queue (entry_id, turn) "
               "SELECT id, 1 FROM register_entries")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else PG_DOWN:
        op.execute(statement)
    op.drop_table("register_text_queue")
    op.drop_index("ix_register_texts_office", table_name="register_texts")
    op.drop_index("ix_register_texts_entry", table_name="register_texts")
    op.drop_table("register_texts")
