"""UUIDv7 identifiers: time-ordered, so rows made on different PCs sort by creation time."""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> str:
    """A new UUIDv7 as its canonical string.

    Within one millisecond a 12-bit counter keeps ids from one process strictly increasing.
    """
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _seq += 1
            if _seq > 0xFFF:
                _last_ms += 1
                _seq = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _seq = 0
        seq = _seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= seq << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The creation time (Unix ms) encoded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


def page_token() -> str:
    """The key of a ticket's page on the visitor's phone: 128 random bits, URL-safe. It says
    nothing of the ticket (not its number, id or day), so it cannot be guessed from another."""
    return secrets.token_urlsafe(16)
