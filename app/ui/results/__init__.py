"""My results: a person's own figures against their goals and the office (a tab), and the
supervisor's goals editor."""
