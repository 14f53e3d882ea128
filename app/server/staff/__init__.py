"""Staff sessions: a person signed in at the server through a desk or counter PC."""
