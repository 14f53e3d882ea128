"""Scan intake output: 50 scanned A4 pages at 300 dpi made into one PDF/A-2b document.

Figure: seconds for `make_pdf` (img2pdf with the JPEGs passed through, each page's size from
its resolution, the review's rotations, then the PDF/A-2b output intent and XMP metadata added
to the same pikepdf document before it is written once). Baseline, in the same run and on the
same images: img2pdf alone (`img2pdf.convert` at the same fixed resolution, no PDF/A). Target:
ratio below 1.5. The pages are made once in a temporary folder: grey JPEGs of a letter's text
with scanner noise, dust and a slight skew, as a scanner sends them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import img2pdf  # noqa: E402

from app.scan.output import make_pdf  # noqa: E402
from app.scan.pages import Page  # noqa: E402
from tests.scan.scanned import letter, save, scanned  # noqa: E402


def make_pages(folder: Path, count: int, dpi: int) -> list[Page]:
    return [save(scanned(letter(dpi, n), skew=0.3 * (n % 3 - 1), dust=30, noise=4, seed=n),
                 folder / f"{n:03d}.jpg", dpi)
            for n in range(count)]


def timed(function) -> tuple[float, int]:
    start = time.perf_counter()
    data = function()
    return time.perf_counter() - start, len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        made = time.perf_counter()
        pages = make_pages(folder, args.pages, args.dpi)
        made = time.perf_counter() - made
        size = sum(p.image.stat().st_size for p in pages)
        # Every other page turned in review, as pages of a two-sided original often are.
        pages = [p.rotated(180) if n % 2 else p for n, p in enumerate(pages)]
        paths = [str(p.image) for p in pages]
        layout = img2pdf.get_fixed_dpi_layout_fun((args.dpi, args.dpi))

        def lett() -> bytes:
            return make_pdf(pages, title="Kiri 1-2/26-21")

        def plain() -> bytes:
            return make_pdf(pages, title="Kiri 1-2/26-21", pdfa=False)

        def baseline() -> bytes:
            return img2pdf.convert(paths, layout_fun=layout)

        for f in (lett, plain, baseline):  # imports and caches warmed before timing
            f()
        runs: dict[str, list[float]] = {"lett": [], "plain": [], "baseline": []}
        sizes: dict[str, int] = {}
        for _ in range(args.rounds):  # interleaved, so a busy moment hits all three alike
            for name, f in (("lett", lett), ("plain", plain), ("baseline", baseline)):
                seconds, sizes[name] = timed(f)
                runs[name].append(seconds)

    def line(name: str, key: str) -> str:
        times = runs[key]
        return (f"{name:<40} median {statistics.median(times):6.3f} s   "
                f"min {min(times):6.3f} s   {sizes[key] / 1e6:6.1f} MB")

    print(f"{args.pages} A4 pages at {args.dpi} dpi, grey JPEG, {size / 1e6:.1f} MB "
          f"(made in {made:.1f} s); {args.rounds} rounds")
    print(line("lett make_pdf (PDF/A-2b)", "lett"))
    print(line("lett make_pdf (pdfa=False)", "plain"))
    print(line("baseline: img2pdf.convert alone", "baseline"))
    ratio = statistics.median(runs["lett"]) / statistics.median(runs["baseline"])
    print(f"ratio lett/baseline (median): {ratio:.2f}   (target < 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
