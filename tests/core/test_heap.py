"""settle(): what a process built to start stays out of the garbage collector's walks."""

import subprocess
import sys

# Run in a process of its own: a frozen heap stays frozen for the rest of the process.
PROBE = """
import gc, time
from app.core.heap import settle
from app.server.app import create_app
from app.store.db import Database

create_app(Database("sqlite://"), live=False)
loaded = len(gc.get_objects())

def full_walk():
    started = time.perf_counter()
    gc.collect()
    return time.perf_counter() - started

before = min(full_walk() for _ in range(3))
settle()
after = min(full_walk() for _ in range(3))
print(loaded, len(gc.get_objects()), gc.get_freeze_count(), before, after)
"""


def test_settle_leaves_later_full_collections_a_small_walk():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    loaded, walked, frozen = (int(x) for x in out[:3])
    before, after = (float(x) for x in out[3:])
    assert loaded > 50_000  # the server's modules, models and app
    assert frozen >= loaded * 0.9
    assert walked < loaded * 0.05
    assert after < before / 5
