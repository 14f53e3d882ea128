"""The office queue host: every queue operation over HTTP."""
