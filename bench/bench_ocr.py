"""Scan intake OCR: pages per minute with two text-layer jobs at once.

Figure: pages per minute through `OcrQueue(workers=2)` with two documents given at once (each
a few scanned A4 pages at 300 dpi: a letter's text in Estonian, Russian and English, scanner
noise and a slight skew), OCRmyPDF and tesseract with est+rus+eng, one thread per job, PDF/A-2b
out. Baseline, in the same run: one job alone (`add_text_layer` on one of the documents).
With two cores free, two jobs should come close to twice the baseline's rate.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.scan.ocr import OcrQueue, OcrResult, add_text_layer  # noqa: E402
from app.scan.output import make_pdf  # noqa: E402
from tests.scan.scanned import letter, save, scanned  # noqa: E402


def document(folder: Path, name: str, pages: int, dpi: int) -> Path:
    images = [save(scanned(letter(dpi, n), skew=0.3, dust=20, noise=4, seed=n),
                   folder / f"{name}-{n}.jpg", dpi) for n in range(pages)]
    path = folder / f"{name}.pdf"
    path.write_bytes(make_pdf(images, title=name))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=3, help="pages per job")
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources = [document(folder, f"doc{n}", args.pages, args.dpi) for n in range(2)]

        start = time.perf_counter()
        alone = add_text_layer(sources[0], folder / "alone.pdf")
        one_job = time.perf_counter() - start
        if not alone.ok:
            print(f"OCR failed: {alone.error}")
            return 1

        results: list[OcrResult] = []
        finished = threading.Event()

        def done(result: OcrResult) -> None:
            results.append(result)
            if len(results) == len(sources):
                finished.set()

        queue = OcrQueue(workers=2)
        start = time.perf_counter()
        for n, src in enumerate(sources):
            queue.submit(src, folder / f"out{n}.pdf", done)
        finished.wait()
        two_jobs = time.perf_counter() - start
        queue.shutdown(finish=True)
        failed = [r for r in results if not r.ok]
        if failed:
            print(f"OCR failed: {failed[0].error}")
            return 1

    one_rate = args.pages / one_job * 60
    two_rate = 2 * args.pages / two_jobs * 60
    print(f"{args.pages} A4 pages per job at {args.dpi} dpi, est+rus+eng, "
          f"{os.cpu_count()} CPUs (shared)")
    print(f"two jobs at once (OcrQueue, 2 workers)   {two_rate:6.1f} pages/min   "
          f"({2 * args.pages} pages in {two_jobs:5.1f} s)")
    print(f"baseline: one job alone                   {one_rate:6.1f} pages/min   "
          f"({args.pages} pages in {one_job:5.1f} s)")
    print(f"ratio two jobs/one job: {two_rate / one_rate:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
