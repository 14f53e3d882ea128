"""One lock for every call into PDFium (pypdfium2): PDFium may not be called from two threads at
once, not even for two documents, or the process crashes. The page viewer's drawing thread,
the previews drawn on the runner's threads and the scan intake's imports all take it."""

from __future__ import annotations

import threading

# Re-entrant: a helper that takes it may call another that takes it too.
PDFIUM = threading.RLock()
