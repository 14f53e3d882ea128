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

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# How long a start may run without collections: a command that runs longer has them again.
START_SECONDS = 2.0


@contextmanager
def starting(seconds: float = START_SECONDS) -> Iterator[None]:
    """Run a process's start without the cyclic collector. Importing the libraries makes
    hundreds of thousands of objects that live as long as the process, and collections while
    they are made walk them over and over for nothing to free (a tenth of `lett queue call`'s
    time). Collections are back at `settle()`, when the block ends, or after `seconds`,
    whichever comes first. Left alone when the collector was off already."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    timer = threading.Timer(seconds, gc.enable)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        gc.enable()


def settle() -> None:
    """Collect what start-up left behind, then keep the rest out of later collections (which
    run from now on, also after a start without them)."""
    gc.collect()
    gc.freeze()
    gc.enable()
