"""Clocks: wall time for the office and the hybrid logical clock that orders changes for sync."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1


def utcnow() -> datetime:
    """Timezone-aware current UTC time."""
    return datetime.now(UTC)


class HybridLogicalClock:
    """A hybrid logical clock packed into one integer: wall milliseconds << 16 | counter.

    Timestamps from one clock strictly increase even when the wall clock steps back, and
    `observe` folds in a timestamp seen from another device, so a change made after seeing
    another one always sorts after it, whatever the two PCs' clocks say.
    """

    def __init__(self, wall_ms: Callable[[], int] | None = None) -> None:
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = 0
        self._lock = threading.Lock()

    def now(self) -> int:
        with self._lock:
            wall = self._wall_ms() << COUNTER_BITS
            self._last = wall if wall > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> int:
        with self._lock:
            wall = self._wall_ms() << COUNTER_BITS
            self._last = max(wall, remote + 1, self._last + 1)
            return self._last

    @property
    def last(self) -> int:
        return self._last


def hlc_wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def hlc_counter(hlc: int) -> int:
    return hlc & _COUNTER_MASK
