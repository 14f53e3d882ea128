"""The domain of Lett: queue rules, ids, clocks, settings. Plain Python, no Qt, no I/O libraries."""
