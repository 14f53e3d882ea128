"""Showing a document in Lett's own viewer (app.ui.page_viewer): it needs nothing installed on
the PC, so a document is always shown; its window offers "Open in another program"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.qt import Qt, QWidget

if TYPE_CHECKING:
    from app.ui.page_viewer import PageSource, ViewerWindow


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
