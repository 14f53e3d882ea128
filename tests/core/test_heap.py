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


def test_a_start_runs_without_collections_and_has_them_back_after_it():
    import gc
    import threading

    from app.core.heap import starting

    assert gc.isenabled()
    with starting():
        assert not gc.isenabled()
    assert gc.isenabled()

    gc.disable()  # a collector someone turned off stays off
    try:
        with starting():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()

    before = set(threading.enumerate())
    with starting(seconds=0.01):  # a command that runs long has collections again
        timers = [t for t in threading.enumerate()
                  if t not in before and isinstance(t, threading.Timer)]
        assert len(timers) == 1
        timers[0].join(5)
        assert gc.isenabled()
    assert gc.isenabled()


def test_settle_ends_a_start_without_collections():
    probe = ("import gc\nfrom app.core.heap import settle, starting\n"
             "with starting():\n    settle()\n    print(gc.isenabled())\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.split() == ["True"]


def test_at_exit_after_a_start_the_heap_is_frozen_so_the_last_collection_walks_nothing():
    probe = ("import atexit, gc\n"
             "atexit.register(lambda: print(gc.get_freeze_count() > 10_000))  # runs last\n"
             "from app.core.heap import starting\n"
             "with starting():\n    import sqlalchemy.orm\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.split() == ["True"]
