"""The garbage collector in a process that runs all day.

Python's full collection walks every object the process holds; with the web server or Qt,
SQLAlchemy and the models loaded, that is well over 100,000 objects and 60-300 ms in which
nothing else in the process runs: a counter's call waits that long at the server, a window
stops answering. Nearly all of them are built at start and live as long as the process.
`settle()` takes them out of the collector's walks (gc.freeze), so later full collections walk
only what was built since (measured at the server: 7 ms instead of 65-95 ms). It is called
once, when the process has started: by the server as it begins to serve, by the windows once
shown. Frozen objects are still freed when nothing refers to them; only a cycle among them
would be kept, and what exists at start is kept anyway.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# How long a start may run without collections (on a busy machine a start takes seconds):
# a command that runs longer has them again.
START_SECONDS = 10.0

_lock = threading.Lock()
_start: threading.Timer | None = None  # while a start runs without collections
_frozen_before = 0  # objects frozen when it began (the interpreter freezes a few of its own)


@contextmanager
def starting(seconds: float = START_SECONDS) -> Iterator[None]:
    """Run a process's start without the cyclic collector. Importing the libraries makes
    hundreds of thousands of objects that live as long as the process, and collections while
    they are made walk them over and over for nothing to free (a seventh of `lett queue
    call`'s time). Collections are back at `settle()`, when the block ends, or after
    `seconds`, whichever comes first. Left alone when the collector was off already.

    And at the process's exit, what it holds is frozen: the interpreter's last collection
    would walk it all (a third of `lett queue call`'s time) only to find what the end of the
    process frees anyway."""
    global _start, _frozen_before
    with _lock:
        if not gc.isenabled() or _start is not None:
            timer = None
        else:
            gc.disable()
            _frozen_before = gc.get_freeze_count()
            atexit.unregister(gc.freeze)  # once, however many starts
            atexit.register(gc.freeze)
            timer = _start = threading.Timer(seconds, _started)
            timer.daemon = True
            timer.start()
    try:
        yield
    finally:
        if timer is not None:
            _started()


def _started() -> None:
    """End the start without collections, if one runs. What it made goes to the oldest
    generation unwalked (left young, the first collection would walk it all at once) and
    collections run again; a full one, when it comes, still frees what it can."""
    global _start
    with _lock:
        timer, _start = _start, None
        if timer is None:
            return
        timer.cancel()
        if gc.get_freeze_count() == _frozen_before:  # nothing frozen since for good
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def settle() -> None:
    """Collect what start-up left behind, then keep the rest out of later collections (which
    run from now on, also after a start without them)."""
    global _start
    with _lock:
        if _start is not None:
            _start.cancel()
            _start = None
    gc.collect()
    gc.freeze()
    gc.enable()
