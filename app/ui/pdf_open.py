"""Showing a document in Lett's own viewer (app.ui.page_viewer), and knowing whether the PC also
has a program of its own for PDF files, for "Open in another program".

Qt hands a file to `xdg-open` and reports success as soon as that starts, even when no
program shows PDF files; so the desktop is asked first (off the UI thread). Lett's viewer needs
nothing installed: a document is always shown."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.qt import Qt, QWidget

if TYPE_CHECKING:
    from app.ui.page_viewer import PageSource, ViewerWindow

QUERY_TIMEOUT_S = 5


@functools.cache
def has_pdf_viewer() -> bool:
    """Whether this PC has a program that opens PDF files."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    if shutil.which("xdg-open") is None:
        return False
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return False
    try:
        done = subprocess.run([xdg_mime, "query", "default", "application/pdf"],
                              capture_output=True, text=True, timeout=QUERY_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout.strip())


def show_document(owner: QWidget, source: PageSource, page: int = 0) -> ViewerWindow:
    """Show `source` in the viewer window of `owner` (one for each: opening another document
    there replaces the one shown), from page `page`."""
    from app.ui.page_viewer import ViewerWindow

    window = owner.findChild(ViewerWindow, "page_viewer_window",
                             Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = ViewerWindow(owner)
    window.show_document(source, page)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def show_pdf(owner: QWidget, pdf: Path | bytes, title: str = "") -> ViewerWindow:
    """Show a PDF file (or a PDF's bytes) in `owner`'s viewer window."""
    from app.ui.page_viewer import PdfPages

    return show_document(owner, PdfPages(pdf, title), 0)
