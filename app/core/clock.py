"""Clocks: wall time for the office and the hybrid logical clock that orders changes for sync."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1
# The largest value a clock may take: the columns that keep it are signed 64-bit integers.
HLC_MAX = 2**63 - 1
# How far ahead of the server's wall clock a clock value pushed by a PC may be (the server
# refuses a change stamped further ahead; app.server.sync.validation). PCs keep time by NTP
# or Windows time to within a second or two, the server's instances behind one database
# differ by less, and a batch waits on the network for seconds: a minute passes all of
# that with room to spare. It is also how far one wrong PC can move the office's clocks:
# a later change of a PC whose clock is right loses against a wrong stamp for at most a
# minute, instead of until the year 2527.
MAX_DRIFT_MS = 60_000
# A clock value seen from elsewhere that is further ahead of this clock's wall time than
# this is not true of any clock (a stamp written before the server bounded them, or a
# hostile one); it is not folded in, so it cannot carry this clock past what a signed
# 64-bit column holds. A PC whose own clock is slow by hours still follows the server.
MAX_OBSERVED_AHEAD_MS = 24 * 3600 * 1000


def utcnow() -> datetime:
    """Timezone-aware current UTC time."""
    return datetime.now(UTC)


def wall_hlc(wall_ms: int) -> int:
    """The highest clock value of the wall time `wall_ms`."""
    return (wall_ms << COUNTER_BITS) | _COUNTER_MASK


class HybridLogicalClock:
    """A hybrid logical clock packed into one integer: wall milliseconds << 16 | counter.

    Timestamps from one clock strictly increase even when the wall clock steps back, and
    `observe` folds in a timestamp seen from another device, so a change made after seeing
    another one always sorts after it, whatever the two PCs' clocks say. A timestamp more
    than `max_ahead_ms` ahead of this clock's wall time is not folded in (see
    MAX_OBSERVED_AHEAD_MS).
    """

    def __init__(self, wall_ms: Callable[[], int] | None = None,
                 max_ahead_ms: int = MAX_OBSERVED_AHEAD_MS) -> None:
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self.max_ahead_ms = max_ahead_ms
        self._last = 0
        self._lock = threading.Lock()

    def wall_ms(self) -> int:
        return self._wall_ms()

    def limit(self, ahead_ms: int | None = None) -> int:
        """The highest value a clock seen from elsewhere may have now: `ahead_ms` (this
        clock's `max_ahead_ms` unless given) past this clock's wall time."""
        ahead = self.max_ahead_ms if ahead_ms is None else ahead_ms
        return min(wall_hlc(self._wall_ms() + ahead), HLC_MAX)

    def now(self) -> int:
        with self._lock:
            wall = self._wall_ms() << COUNTER_BITS
            self._last = wall if wall > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> int:
        with self._lock:
            now_ms = self._wall_ms()
            wall = now_ms << COUNTER_BITS
            if remote > wall_hlc(now_ms + self.max_ahead_ms):
                remote = 0
            self._last = max(wall, remote + 1, self._last + 1)
            return self._last

    @property
    def last(self) -> int:
        return self._last


def hlc_wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def hlc_counter(hlc: int) -> int:
    return hlc & _COUNTER_MASK
