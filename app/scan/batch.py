"""The intake batch of one PC: the documents scanned or imported and not registered yet.

A batch is a folder in the data folder with the page images and `batch.json`, the list of
documents and their pages in order (with each page's rotation). The list is written whole
(temporary file, fsync, rename) after every change, so a crash, a closed window or a restart
finds the batch as it was; a page image is removed only once no document of the batch uses it
(after its document was registered or a person deleted the page).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.scan.pages import ROTATIONS, Page

MANIFEST = "batch.json"


@dataclass
class Document:
    """Pages that will make one PDF, in order."""

    pages: list[Page]


class Batch:
    """The documents waiting in a batch folder. Methods are safe to call from two threads
    (a scan adding pages while the window reorders others)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.documents: list[Document] = []
        self._lock = threading.RLock()

    @classmethod
    def open(cls, folder: Path) -> Batch:
        """The batch kept in `folder` (made if missing). Pages whose image has gone are left
        out; images no document lists (a scan cut off before it was listed) are added as a
        document of their own at the end, so no scanned page is lost."""
        folder.mkdir(parents=True, exist_ok=True)
        batch = cls(folder)
        listed: set[str] = set()
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        for doc in data.get("documents", []) if isinstance(data, dict) else []:
            pages = []
            for p in doc.get("pages", []) if isinstance(doc, dict) else []:
                try:
                    image = folder / str(p["image"])
                    page = Page(image, int(p.get("rotation", 0)) % 360, int(p.get("dpi", 300)),
                                str(p.get("source", "")))
                except (KeyError, TypeError, ValueError):
                    continue
                if image.is_file() and image.parent == folder and page.rotation in ROTATIONS:
                    pages.append(page)
                    listed.add(image.name)
            if pages:
                batch.documents.append(Document(pages))
        loose = sorted(p for p in folder.iterdir()
                       if p.is_file() and p.suffix.lower() in (".png", ".jpg", ".jpeg", ".tif",
                                                                ".tiff")
                       and p.name not in listed and not p.name.startswith("."))
        if loose:
            batch.documents.append(Document([Page(p, source=p.name) for p in loose]))
        batch.save()
        return batch

    def save(self) -> None:
        with self._lock:
            data = {"documents": [
                {"pages": [{"image": p.image.name, "rotation": p.rotation, "dpi": p.dpi,
                            "source": p.source} for p in d.pages]}
                for d in self.documents]}
            tmp = self.folder / f".{MANIFEST}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.folder / MANIFEST)

    def page_path(self, suffix: str = ".png") -> Path:
        """A new, unused file name for a page image in the batch folder."""
        return self.folder / f"p-{uuid.uuid4().hex[:12]}{suffix}"

    def page_count(self) -> int:
        with self._lock:
            return sum(len(d.pages) for d in self.documents)

    def add_document(self, pages: list[Page]) -> int:
        """A new document at the end; its index."""
        with self._lock:
            if not pages:
                return len(self.documents) - 1
            self.documents.append(Document(list(pages)))
            self.save()
            return len(self.documents) - 1

    def set_pages(self, index: int, pages: list[Page]) -> None:
        """The document's pages after a person rotated, moved, deleted or added some. A
        document left without pages is taken out of the batch."""
        with self._lock:
            before = list(self.documents[index].pages)
            if pages:
                self.documents[index].pages = list(pages)
            else:
                del self.documents[index]
            self.save()
            self._forget(before)

    def replace_all(self, documents: list[list[Page]]) -> None:
        """The whole batch anew (after a split), with the same pages."""
        with self._lock:
            before = [p for d in self.documents for p in d.pages]
            self.documents = [Document(list(d)) for d in documents if d]
            self.save()
            self._forget(before)

    def take(self, index: int) -> None:
        """The document is registered: out of the batch, its images removed."""
        with self._lock:
            gone = self.documents.pop(index).pages
            self.save()
            self._forget(gone)

    def _forget(self, pages: list[Page]) -> None:
        used = {p.image for d in self.documents for p in d.pages}
        for page in pages:
            if page.image not in used:
                with contextlib.suppress(OSError):
                    page.image.unlink()
