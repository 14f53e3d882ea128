"""Live events: every committed change of an office's synced rows, pushed over a WebSocket."""
