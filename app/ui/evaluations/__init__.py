"""Quality evaluations: the tab, the evaluation form and the supervisor's scorecard editor."""
