"""Scan intake: a reviewed document registered with its PDF, and its text layer added later.

`register_scanned` makes the document's PDF (PDF/A-2b) from its pages, registers it and keeps
the PDF under its registration number in one unit of work. The text layer (OCR) takes a while,
so it never holds up the desk: `TextLayers` runs it in the background, one thread per job, and
keeps the searchable PDF as the entry's newer document file when it is done; the scanned PDF
stays as it was. Documents registered on this PC whose text layer was not finished (Lett was
closed meanwhile) are queued again at start (`resume`).
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from app.core.errors import Invalid
from app.core.permissions import Action
from app.operations.context import Context
from app.operations.register import EntryView, NewDocument, document_file_name, register_document
from app.scan.pages import Page
from app.store.models import RegisterEntry, StoredFile

log = logging.getLogger(__name__)

TEXT_SUFFIX = " (OCR)"
# A document whose text layer is still missing after this long is left as it is.
RESUME_WITHIN = timedelta(days=14)


def register_scanned(ctx: Context, doc: NewDocument, pages: Sequence[Page], *,
                     ocr: bool = False) -> EntryView:
    """Register a scanned document: its pages as one PDF/A-2b, kept with the entry under its
    registration number. The page count is the scan's unless the person gave one. With `ocr`,
    the text layer is queued (`text_layers`)."""
    from app.scan.output import make_pdf

    ctx.require(Action.REGISTER_DOCUMENTS)
    if not pages:
        raise Invalid("intake_no_pages")
    pdf = make_pdf(list(pages), title=" ".join(doc.title.split())[:200])
    entry = register_document(ctx, replace(doc, pages=doc.pages or len(pages)), pdf)
    if ocr:
        text_layers.queue(ctx, entry.id)
    return entry


def keep_text_layer(ctx: Context, entry_id: str, pdf: bytes) -> None:
    """Keep the searchable PDF made from an entry's scanned PDF as its newer document file."""
    from app.operations.files import keep_file
    from app.operations.register import _entry

    with ctx.db.write() as s:
        row = _entry(s, ctx, entry_id)
        keep_file(s, ctx, "register_entries", row.id, "document",
                  document_file_name(row.registry_number, TEXT_SUFFIX), pdf, "application/pdf",
                  rename=True)


def waiting_for_text(ctx: Context) -> list[str]:
    """Entries registered on this PC lately whose document has no text layer yet."""
    since = ctx.now() - RESUME_WITHIN
    with ctx.db.read() as s:
        rows = s.execute(
            select(StoredFile.owner_id, StoredFile.file_name)
            .join(RegisterEntry, RegisterEntry.id == StoredFile.owner_id)
            .where(StoredFile.office_id == ctx.office_id,
                   StoredFile.owner_table == "register_entries",
                   StoredFile.purpose == "document", StoredFile.deleted_at.is_(None),
                   StoredFile.device_id == ctx.db.device_id, StoredFile.created_at >= since))
        scanned: dict[str, bool] = {}
        for owner, name in rows:
            has_text = name.endswith(f"{TEXT_SUFFIX}.pdf")
            scanned[owner] = scanned.get(owner, False) or has_text
    return [owner for owner, done in scanned.items() if not done]


class TextLayers:
    """The background OCR of registered documents: at most `workers` at once, each job on its
    own thread (OCRmyPDF with one thread per job), never on the caller's thread."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._lock = threading.Lock()
        self._queue: list[tuple[Context, str]] = []
        self._busy: set[str] = set()
        self._running = 0
        self._idle = threading.Condition(self._lock)
        # Told of each finished job: (entry id, None) or (entry id, the error).
        self.on_done: Callable[[str, Exception | None], None] | None = None

    def queue(self, ctx: Context, entry_id: str) -> None:
        with self._lock:
            if entry_id in self._busy:
                return
            self._busy.add(entry_id)
            self._queue.append((ctx, entry_id))
            if self._running < self.workers:
                self._running += 1
                threading.Thread(target=self._work, name="text-layer", daemon=True).start()

    def resume(self, ctx: Context) -> int:
        """Queue the documents registered here whose text layer is missing; how many."""
        waiting = waiting_for_text(ctx)
        for entry_id in waiting:
            self.queue(ctx, entry_id)
        return len(waiting)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued job is done (for tests and closing)."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._busy, timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._running -= 1
                    return
                ctx, entry_id = self._queue.pop(0)
            error: Exception | None = None
            try:
                self._one(ctx, entry_id)
            except Exception as exc:  # noqa: BLE001 - one document's failure stops no other
                log.warning("text layer of %s not made: %s", entry_id, exc)
                error = exc
            with self._idle:
                self._busy.discard(entry_id)
                self._idle.notify_all()
            if self.on_done is not None:
                self.on_done(entry_id, error)

    @staticmethod
    def _one(ctx: Context, entry_id: str) -> None:
        from app.operations.files import file_path, latest_file
        from app.scan.ocr import add_text_layer

        found = latest_file(ctx, "register_entries", entry_id, "document")
        if found is None or found.file_name.endswith(f"{TEXT_SUFFIX}.pdf"):
            return
        source = file_path(ctx, found.id)
        with tempfile.TemporaryDirectory(prefix="lett-ocr-") as work:
            target = Path(work) / "text.pdf"
            done = add_text_layer(source, target)
            if not done.ok:
                if done.error is not None:
                    raise done.error
                return
            keep_text_layer(ctx, entry_id, target.read_bytes())


text_layers = TextLayers()
