"""How often one address may ask for ticket pages: a phone opens its page, its live updates and
now and then its "stepped out", so a few dozen requests a minute is plenty; keys that open
nothing are counted apart and far fewer are allowed, so nobody can try keys for long.

Counts are kept per address in this process only, in fixed windows; an address's entry goes
once its window is over, so memory stays bounded by the addresses of the last minutes."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Limits:
    # Requests of one address within WINDOW_S.
    requests: int = 300
    # Keys that open nothing (wrong or expired) of one address within WINDOW_S.
    misses: int = 20
    window_s: float = 60.0
    # Addresses remembered at most; beyond it the oldest windows are forgotten first.
    addresses: int = 100_000
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, list[float]] = field(default_factory=dict)

    def _entry(self, address: str) -> list[float]:
        now = self.clock()
        entry = self._seen.get(address)
        if entry is None or now - entry[0] >= self.window_s:
            if entry is None and len(self._seen) >= self.addresses:
                self._forget(now)
            entry = [now, 0, 0]
            self._seen[address] = entry
        return entry

    def _forget(self, now: float) -> None:
        for key in [k for k, e in self._seen.items() if now - e[0] >= self.window_s]:
            del self._seen[key]
        while len(self._seen) >= self.addresses:
            del self._seen[next(iter(self._seen))]

    def allow(self, address: str) -> bool:
        """Count a request of `address`; whether it may be answered."""
        entry = self._entry(address)
        entry[1] += 1
        return entry[1] <= self.requests and entry[2] < self.misses

    def missed(self, address: str) -> None:
        """`address` gave a key that opens nothing."""
        self._entry(address)[2] += 1
