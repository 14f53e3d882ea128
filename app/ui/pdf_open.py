"""Showing a PDF in the PC's own PDF viewer, and knowing beforehand whether there is one.

Qt hands a file to `xdg-open` and reports success as soon as that starts, even when no
program shows PDF files; the window then says nothing happened. So the desktop is asked
first (off the UI thread: `viewer_of` runs in the runner), and the window says it when there is
no viewer, with where the file is."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from pathlib import Path

from app.ui.qt import QDesktopServices, QUrl

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


def viewer_of(path: Path) -> tuple[Path, bool]:
    """The file and whether the PC can show it (for a runner's worker thread)."""
    return path, has_pdf_viewer()


def show_pdf(path: Path, viewer: bool) -> bool:
    """Open the PDF in the PC's viewer; False when there is none (or it would not start)."""
    return viewer and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
