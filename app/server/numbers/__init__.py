"""Document numbers at the server: the register's series and the issuances, numbered once."""
