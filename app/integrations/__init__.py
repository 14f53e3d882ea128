"""Outside systems Lett talks to over their APIs. Beside app.operations: they import the
store and the core, never Qt."""
