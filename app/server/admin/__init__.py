"""The office's configuration and staff accounts, changed at the server by a signed-in person."""
