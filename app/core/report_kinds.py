"""The reports' kinds, what each can be grouped by and what it measures (app.operations.reports
makes them; the command line and the windows offer them)."""

from __future__ import annotations

from app.core.queue import OUTCOMES

KINDS = ("queue", "counters", "contacts", "escalations", "documents", "visitors", "notices")
TIME_GROUPS = ("day", "week", "month", "weekday", "hour")
GROUPINGS: dict[str, tuple[str, ...]] = {
    "queue": (*TIME_GROUPS, "service", "counter", "staff", "office"),
    "counters": ("day", "week", "month", "weekday", "counter", "office"),
    "contacts": (*TIME_GROUPS, "channel", "topic", "staff", "office"),
    "escalations": ("day", "week", "month", "weekday", "target", "office"),
    "documents": ("day", "week", "month", "weekday", "document_type", "series", "direction",
                  "office"),
    "visitors": (*TIME_GROUPS, "purpose", "office"),
    "notices": ("day", "week", "month", "weekday", "template", "delivery", "office"),
}
OUTCOME_MEASURES = tuple(f"outcome_{o}" for o in OUTCOMES)
MEASURES: dict[str, tuple[str, ...]] = {
    "queue": ("steps", "arrivals", "called", "served", "mean_wait", "longest_wait",
              "service_level", "no_shows", "transfers", "corrections", "left_uncalled",
              "mean_handling", *OUTCOME_MEASURES),
    "counters": ("served", "mean_handling", "time_open", "occupancy", "idle_while_waiting"),
    "contacts": ("contacts", "ongoing"),
    "escalations": ("opened", "solved", "overdue"),
    "documents": ("registered", "answered_on_time", "answered_late", "overdue"),
    "visitors": ("visits", "inside"),
    "notices": ("issued", "copies"),
}
# What each measure is: a count, a length of time, or a share (0..1).
DURATIONS = frozenset({"mean_wait", "longest_wait", "mean_handling", "time_open",
                       "idle_while_waiting"})
SHARES = frozenset({"service_level", "occupancy"})

FORMATS = ("table", "csv", "json", "xlsx", "pdf")
