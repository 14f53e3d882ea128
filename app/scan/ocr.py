"""A text layer for scanned documents: OCRmyPDF with tesseract (Estonian, Russian, English)
adds searchable text under the page images and keeps the document PDF/A-2b.

OCR takes seconds a page, so it runs in the background (`OcrQueue`) and never holds up the
desk. Each job is its own `ocrmypdf` process with one worker (and tesseract on one thread),
not a call of OCRmyPDF's Python API in a thread: the API changes interpreter-wide state (its
plugin set, and Pillow's decompression-bomb limit that Lett's file intake relies on), jobs in
one process overlap only under its lock, a process can be stopped when Lett closes, and a crash
in it costs that job only. A failed job leaves the document as it was and says why in a message
for a person; it never raises.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from app.core.errors import LettError

LANGUAGES = ("est", "rus", "eng")
DONE = "done"
FAILED = "failed"
CANCELLED = "cancelled"
# A job that runs longer than this (plus a minute) is stopped: tesseract that hangs on a page
# must not hold the queue for ever.
SECONDS_PER_PAGE = 120
# OCRmyPDF's exit status for a program or language pack that is not installed.
MISSING_DEPENDENCY = 3


@dataclass(frozen=True)
class OcrResult:
    """How a text-layer job ended: DONE (dst holds the document with its text), FAILED (`error`
    says why for a person; dst was not written) or CANCELLED (Lett closed first)."""

    src: Path
    dst: Path
    status: str
    error: LettError | None = None
    # Whether dst is PDF/A-2b (else a plain PDF: the PDF/A validator did not approve it).
    pdfa: bool = False

    @property
    def ok(self) -> bool:
        return self.status == DONE


def ocrmypdf_command() -> list[str]:
    """How to start OCRmyPDF: the `ocrmypdf` module of the Python that runs Lett, or in the
    frozen app the app itself (packaging/lett_main.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--ocrmypdf"]
    return [sys.executable, "-m", "ocrmypdf"]


def add_text_layer(src: Path, dst: Path, languages: Sequence[str] = LANGUAGES) -> OcrResult:
    """`src` (a PDF) with a text layer by OCR, written to `dst` (which may be `src`) whole or
    not at all: PDF/A-2b when OCRmyPDF's PDF/A validator approves it (`result.pdfa`), else a
    plain PDF. Pages that have text already are left as they are. Blocks until done: call it
    off the UI thread, or use OcrQueue."""
    return _Job(src, dst, tuple(languages)).run()


class _Job:
    """One run of ocrmypdf, which another thread may stop."""

    def __init__(self, src: Path, dst: Path, languages: tuple[str, ...]) -> None:
        self.src = src
        self.dst = dst
        self.languages = languages
        self.process: subprocess.Popen[bytes] | None = None
        self.stopped = threading.Event()
        self.lock = threading.Lock()

    def run(self) -> OcrResult:
        if self.stopped.is_set():
            return OcrResult(self.src, self.dst, CANCELLED)
        part = self.dst.with_name(f".{self.dst.name}.ocr-part")
        try:
            limit = 60 + SECONDS_PER_PAGE * _page_count(self.src)
            return self._run(part, limit)
        except OSError as error:
            return self._failed(str(error))
        except pikepdf.PdfError as error:
            return self._failed(f"{self.src.name}: {error}")
        finally:
            part.unlink(missing_ok=True)

    def _run(self, part: Path, limit: float) -> OcrResult:
        # PDF/A by OCRmyPDF's own means (pikepdf, JPEGs passed through): a file its validator
        # does not approve stays a plain PDF rather than going through Ghostscript, whose
        # 10.0 to 10.2 releases damage PDFs that keep their existing text.
        command = [*ocrmypdf_command(), "--jobs", "1", "--output-type", "auto",
                   "--pdfa-backend", "internal", "--mode", "skip", "--optimize", "0", "--quiet",
                   "--language", "+".join(self.languages), str(self.src), str(part)]
        # tesseract on one thread: one job, one core.
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        with self.lock:
            if self.stopped.is_set():
                return OcrResult(self.src, self.dst, CANCELLED)
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                            env=env)
        try:
            _, stderr = self.process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            return self._failed(f"stopped after {round(limit / 60)} minutes")
        if self.stopped.is_set():
            return OcrResult(self.src, self.dst, CANCELLED)
        text = stderr.decode("utf-8", "replace")
        if self.process.returncode == MISSING_DEPENDENCY or "No module named" in text:
            return OcrResult(self.src, self.dst, FAILED, LettError(
                "ocr_missing", program=_missing_program(text, self.languages),
                name=self.src.name))
        if self.process.returncode != 0:
            return self._failed(_last_line(text) or f"exit status {self.process.returncode}")
        pdfa = _claims_pdfa(part)
        os.replace(part, self.dst)
        return OcrResult(self.src, self.dst, DONE, pdfa=pdfa)

    def stop(self) -> None:
        with self.lock:
            self.stopped.set()
            if self.process is not None and self.process.poll() is None:
                self.process.kill()

    def _failed(self, detail: str) -> OcrResult:
        return OcrResult(self.src, self.dst, FAILED,
                         LettError("ocr_failed", name=self.src.name, detail=detail))


def has_text_layer(path: Path) -> bool:
    """Whether the PDF has text on any page (its own, or a text layer added before): a
    document without one is what to queue for OCR again after a restart."""
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            # OCRmyPDF puts its text in a form drawn on the page: look into forms too.
            todo = [page.obj]
            seen = set()
            while todo:
                holder = todo.pop()
                resources = holder.get("/Resources")
                if resources is None or holder.objgen in seen:
                    continue
                seen.add(holder.objgen)
                if resources.get("/Font"):
                    return True
                todo.extend(x for x in (resources.get("/XObject") or {}).values()
                            if x.get("/Subtype") == "/Form")
    return False


def _page_count(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def _claims_pdfa(path: Path) -> bool:
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        return meta.get("pdfaid:part") == "2" and meta.get("pdfaid:conformance") == "B"


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _missing_program(stderr: str, languages: tuple[str, ...]) -> str:
    """What to install, as far as OCRmyPDF's words tell."""
    lowered = stderr.lower()
    if "no module named" in lowered:
        return "OCRmyPDF"
    if "language data" in lowered:
        # OCRmyPDF lists the languages it lacks on the line after "...requested languages:".
        after = lowered.split("languages:", 1)[-1].split()
        wanted = [lang for lang in languages if lang in after]
        return ", ".join(f"tesseract-ocr-{lang}" for lang in wanted) or "tesseract language data"
    for program in ("tesseract", "ghostscript"):
        if program in lowered:
            return program
    return _last_line(stderr) or "OCRmyPDF's helper programs"


class OcrQueue:
    """Text-layer jobs in the background, `workers` at a time (each a single-threaded process).

    `submit` returns at once; `on_done(result)` is called on the queue's worker thread when the
    job ends, whether it succeeded or not (a Qt caller hands it on through a signal).
    `shutdown` stops taking jobs, cancels those still waiting and stops those running; every
    job's `on_done` is still called once, with CANCELLED.
    """

    def __init__(self, workers: int = 1, languages: Sequence[str] = LANGUAGES) -> None:
        self.languages = tuple(languages)
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers),
                                        thread_name_prefix="lett-ocr")
        self._jobs: set[_Job] = set()
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, src: Path, dst: Path,
               on_done: Callable[[OcrResult], None]) -> Future[OcrResult]:
        job = _Job(src, dst, self.languages)
        with self._lock:
            if self._closed:
                raise RuntimeError("the OCR queue is shut down")
            self._jobs.add(job)
            return self._pool.submit(self._work, job, on_done)

    def _work(self, job: _Job, on_done: Callable[[OcrResult], None]) -> OcrResult:
        try:
            result = job.run()
        finally:
            with self._lock:
                self._jobs.discard(job)
        on_done(result)
        return result

    def pending(self) -> int:
        """Jobs waiting or running."""
        with self._lock:
            return len(self._jobs)

    def shutdown(self, *, finish: bool = False) -> None:
        """Stop the queue. With `finish`, the jobs already given are done first; without, they
        are stopped at once (their documents keep no text layer until queued again)."""
        with self._lock:
            self._closed = True
            jobs = list(self._jobs)
        if not finish:
            for job in jobs:
                job.stop()
        self._pool.shutdown(wait=True)
