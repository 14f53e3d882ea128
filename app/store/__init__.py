"""The local store: SQLAlchemy models, sessions, outbox triggers and migrations."""
