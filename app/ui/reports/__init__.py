"""The Reports tab (supervisors and admins)."""
