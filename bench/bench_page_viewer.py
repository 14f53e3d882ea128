"""Drawing a page in the page viewer at fit width.

Figure: milliseconds to draw one A4 page full of text (and a scanned page image) as wide as the
viewer at 1366×768 (about 950 pixels) and at 1920×1080 on a 2× screen (about 1900 pixels),
median of several runs. Baseline, in the same run: the notice preview's way to draw a page
(`app.documents.preview.page_images`: PDFium to a PNG through PIL) at the same width.
Target: well under 200 ms a page.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents.preview import page_images  # noqa: E402
from app.scan.pages import Page  # noqa: E402
from app.ui.page_viewer import ImagePages, PdfPages  # noqa: E402
from app.ui.qt import QColor, QImage, QPainter  # noqa: E402

RUNS = 7


def text_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont("Helvetica", 9)
    for line in range(70):
        sheet.drawString(40, 800 - line * 11,
                         f"{line + 1}. Palun väljastada ehitusloa koopia, menetlus 1-2/{line} "
                         "ja selle lisad; taotleja Mari Maasikas, Tähe 4-12, Tartu.")
    sheet.showPage()
    sheet.save()
    return path


def scanned_page(path: Path) -> Page:
    image = QImage(2480, 3508, QImage.Format.Format_Grayscale8)  # A4 at 300 dpi
    image.fill(QColor("#f4f4f4"))
    painter = QPainter(image)
    for line in range(90):
        painter.drawText(200, 300 + line * 34, "Palun väljastada ehitusloa koopia " * 3)
    painter.end()
    image.save(str(path))
    return Page(path, dpi=300)


def median_ms(work) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    from app.ui.qt import QApplication

    QApplication.instance() or QApplication(["bench", "-platform", "offscreen"])
    folder = Path(tempfile.mkdtemp(prefix="lett-bench-viewer-"))
    pdf = text_pdf(folder / "text.pdf")
    source = PdfPages(pdf)
    width_pt = source.open()[0].width
    scans = ImagePages([scanned_page(folder / "scan.png")])
    scans.open()
    for label, pixels in (("1366x768, fit width", 950), ("1920x1080 at 2x, fit width", 1900)):
        ours = median_ms(lambda px=pixels: source.draw(0, px / width_pt))
        base = median_ms(lambda px=pixels: page_images(pdf.read_bytes(), px, max_pages=1))
        scan = median_ms(lambda px=pixels: scans.draw(0, px / width_pt))
        print(f"{label}: PDF page {ours:.1f} ms (baseline PNG preview {base:.1f} ms, "
              f"ratio {ours / base:.2f}); scanned page image {scan:.1f} ms")
    source.close()


if __name__ == "__main__":
    main()
