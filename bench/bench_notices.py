"""Rendering notices: 1,000 notices as A4 PDF/A-2b, ms per notice.

Figure: ms per notice for `render_notice` (reportlab with the embedded DejaVu fonts, the
letterhead, wrapped text, the QR code, then the PDF/A post-processing with pikepdf), over the
seven built-in templates in the three languages in turn. Baseline, in the same run: a bare
reportlab page with the same title and text drawn line by line in the same fonts (no layout,
no QR code, no PDF/A). Also: issuing 100 notices end to end (`issue_notice`: number, render,
the PDF written and flushed to disk, the register row committed) on SQLite.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.core.notices import LANGUAGES, check_values  # noqa: E402
from app.documents import render  # noqa: E402
from app.documents.templates import built_in_templates  # noqa: E402
from tests.documents.notice_values import VALUES  # noqa: E402

HEAD = render.Letterhead("Tartu teenindusbüroo", "Riia 15, 50411 Tartu", "70001234")


def documents(count: int) -> list[render.NoticeDocument]:
    templates = list(built_in_templates().values())
    made = []
    for n in range(count):
        t = templates[n % len(templates)]
        lang = LANGUAGES[(n // len(templates)) % len(LANGUAGES)]
        values = check_values(t, VALUES[t.id], lang)
        made.append(render.NoticeDocument(t, lang, values, HEAD, f"V-26/{n + 1:04d}",
                                          date(2026, 11, 24), "Kati Karu", "ABCD-EFGH-JKMN"))
    return made


def bare_page(doc: render.NoticeDocument) -> bytes:
    """The same title and text on a reportlab page, one line per source line."""
    render.register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, initialFontName=render.REGULAR, pageCompression=1)
    c.setFont(render.BOLD, 16)
    c.drawString(70, 760, doc.template.title(doc.lang))
    c.setFont(render.REGULAR, 11)
    y = 730.0
    for line in doc.body_text().splitlines():
        c.drawString(70, y, line[:110])
        y -= 15
    c.showPage()
    c.save()
    return out.getvalue()


def timed(function, docs) -> list[float]:
    times = []
    for doc in docs:
        start = time.perf_counter()
        function(doc)
        times.append((time.perf_counter() - start) * 1000)
    return times


def issue_end_to_end(count: int) -> list[float]:
    from app.operations.context import open_context, staff_actor
    from app.operations.notices import issue_notice
    from app.operations.setup import create_demo_office
    from app.store.db import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'lett.sqlite3'}")
        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor())
        ids = list(VALUES)
        times = []
        for n in range(count):
            template_id = ids[n % len(ids)]
            start = time.perf_counter()
            issue_notice(ctx, template_id, LANGUAGES[n % 3], VALUES[template_id])
            times.append((time.perf_counter() - start) * 1000)
        db.dispose()
        return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--issue", type=int, default=100)
    args = parser.parse_args()
    docs = documents(args.count)
    render.render_notice(docs[0])  # fonts and imports loaded before timing
    bare_page(docs[0])
    lett = timed(render.render_notice, docs)
    bare = timed(bare_page, docs)
    issued = issue_end_to_end(args.issue) if args.issue else []

    def line(name: str, times: list[float]) -> str:
        q = statistics.quantiles(times, n=20)
        return (f"{name:<38} mean {statistics.fmean(times):6.2f} ms   p50 {q[9]:6.2f} ms   "
                f"p95 {q[18]:6.2f} ms")

    print(f"{args.count} notices, 7 templates x 3 languages")
    print(line("lett render_notice (PDF/A-2b)", lett))
    print(line("baseline: bare reportlab page", bare))
    print(f"ratio lett/baseline (mean): {statistics.fmean(lett) / statistics.fmean(bare):.2f}")
    if issued:
        print(line(f"issue_notice end to end ({args.issue})", issued))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
