"""The sync client: push the outbox, pull the office's change log, report status."""
