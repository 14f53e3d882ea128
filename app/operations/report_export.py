"""A report as a person reads it: a text table, CSV, JSON, an XLSX workbook with the data and
a native chart of it (openpyxl), and a PDF with a chart of each measure and the table
(reportlab). Titles are in the person's language; lengths of time are in minutes, shares in
per cent (JSON keeps seconds and shares 0..1)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.core.report_kinds import FORMATS  # noqa: F401  (the export's formats)
from app.i18n import code_name, translate
from app.operations.reports import DURATIONS, SHARES, Report

CONTEXT = "reports"
# The time groupings a chart draws as a line; the others as bars.
_TIMELINE = ("day", "week", "month", "hour")


def titles(lang: str) -> dict[str, str]:
    """Column titles: the groupings and the measures."""
    return {
        "day": translate(CONTEXT, "Day", lang),
        "week": translate(CONTEXT, "Week", lang),
        "month": translate(CONTEXT, "Month", lang),
        "weekday": translate(CONTEXT, "Weekday", lang),
        "hour": translate(CONTEXT, "Hour", lang),
        "service": translate(CONTEXT, "Service", lang),
        "counter": translate(CONTEXT, "Counter", lang),
        "staff": translate(CONTEXT, "Staff member", lang),
        "office": translate(CONTEXT, "Office", lang),
        "channel": translate(CONTEXT, "Channel", lang),
        "topic": translate(CONTEXT, "Topic", lang),
        "target": translate(CONTEXT, "Level 2", lang),
        "steps": translate(CONTEXT, "Tickets in line", lang),
        "arrivals": translate(CONTEXT, "Arrivals", lang),
        "called": translate(CONTEXT, "Called", lang),
        "served": translate(CONTEXT, "Served", lang),
        "mean_wait": translate(CONTEXT, "Mean wait, min", lang),
        "longest_wait": translate(CONTEXT, "Longest wait, min", lang),
        "service_level": translate(CONTEXT, "Service level, %", lang),
        "no_shows": translate(CONTEXT, "No-shows", lang),
        "transfers": translate(CONTEXT, "Transfers", lang),
        "corrections": translate(CONTEXT, "Wrong tickets corrected", lang),
        "left_uncalled": translate(CONTEXT, "Left uncalled at closing", lang),
        "mean_handling": translate(CONTEXT, "Mean handling time, min", lang),
        "outcome_served": translate(CONTEXT, "Outcome: served", lang),
        "outcome_referred": translate(CONTEXT, "Outcome: referred", lang),
        "outcome_documents_missing": translate(CONTEXT, "Outcome: documents missing", lang),
        "outcome_not_our_service": translate(CONTEXT, "Outcome: not our service", lang),
        "outcome_other": translate(CONTEXT, "Outcome: other", lang),
        "time_open": translate(CONTEXT, "Time open, min", lang),
        "occupancy": translate(CONTEXT, "Occupancy, %", lang),
        "idle_while_waiting": translate(CONTEXT, "Idle while people waited, min", lang),
        "contacts": translate(CONTEXT, "Contacts", lang),
        "ongoing": translate(CONTEXT, "Still going on", lang),
        "opened": translate(CONTEXT, "Escalations opened", lang),
        "solved": translate(CONTEXT, "Solved", lang),
        "overdue": translate(CONTEXT, "Overdue now", lang),
        "document_type": translate(CONTEXT, "Document type", lang),
        "series": translate(CONTEXT, "Series", lang),
        "direction": translate(CONTEXT, "Incoming or outgoing", lang),
        "registered": translate(CONTEXT, "Registered", lang),
        "answered_on_time": translate(CONTEXT, "Answered on time", lang),
        "answered_late": translate(CONTEXT, "Answered late", lang),
        "purpose": translate(CONTEXT, "Purpose of visit", lang),
        "visits": translate(CONTEXT, "Visitors", lang),
        "inside": translate(CONTEXT, "Not signed out", lang),
        "template": translate(CONTEXT, "Notice template", lang),
        "delivery": translate(CONTEXT, "Delivery", lang),
        "issued": translate(CONTEXT, "Notices issued", lang),
        "copies": translate(CONTEXT, "Copies", lang),
    }


def report_title(report: Report, lang: str) -> str:
    kinds = {
        "queue": translate(CONTEXT, "Queue", lang),
        "counters": translate(CONTEXT, "Counters", lang),
        "contacts": translate(CONTEXT, "Contacts", lang),
        "escalations": translate(CONTEXT, "Escalations", lang),
        "documents": translate(CONTEXT, "Documents", lang),
        "visitors": translate(CONTEXT, "Visitors", lang),
        "notices": translate(CONTEXT, "Notices", lang),
    }
    return translate(CONTEXT, "Report: {kind}, {first}\u2013{last}", lang).format(
        kind=kinds[report.kind], first=report.first.isoformat(), last=report.last.isoformat())


def _weekday(n: int, lang: str) -> str:
    names = (translate(CONTEXT, "Monday", lang), translate(CONTEXT, "Tuesday", lang),
             translate(CONTEXT, "Wednesday", lang), translate(CONTEXT, "Thursday", lang),
             translate(CONTEXT, "Friday", lang), translate(CONTEXT, "Saturday", lang),
             translate(CONTEXT, "Sunday", lang))
    return names[n - 1]


def _code_text(code: str, lang: str) -> str:
    """A register entry's direction or a notice's delivery in words."""
    words = {
        "incoming": translate(CONTEXT, "Incoming", lang),
        "outgoing": translate(CONTEXT, "Outgoing", lang),
        "handed_over": translate(CONTEXT, "Handed over", lang),
        "posted": translate(CONTEXT, "Posted", lang),
        "emailed": translate(CONTEXT, "E-mailed", lang),
    }
    return words.get(code, code)


def key_text(group: str, key: Any, lang: str) -> str:
    """A grouping's key as a person reads it."""
    if key is None:
        return "\u2014"
    if group == "weekday":
        return _weekday(int(key), lang)
    if group == "hour":
        return f"{int(key):02d}:00"
    if group == "channel":
        return code_name("channels", str(key), lang)
    if group in ("direction", "delivery"):
        return _code_text(str(key), lang)
    if group == "document_type":
        from app.operations.register_follow import type_name

        return type_name(str(key), lang)
    if isinstance(key, date):
        return key.isoformat()
    return str(key)


def cell(measure: str, value: Any) -> float | int | None:
    """A measure's value for a sheet: minutes with two decimals, per cent with one."""
    if value is None:
        return None
    if measure in DURATIONS:
        return round(value / timedelta(minutes=1), 2)
    if measure in SHARES:
        return round(value * 100, 1)
    return int(value)


def _cell_text(measure: str, value: Any) -> str:
    shown = cell(measure, value)
    if shown is None:
        return "\u2014"
    if measure in DURATIONS:
        return f"{shown:.1f}"
    return str(shown)


def table_rows(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    """The header and the rows as text."""
    names = titles(lang)
    header = [names.get(c, c) for c in report.columns]
    rows = [[key_text(b, r[b], lang) for b in report.by]
            + [_cell_text(m, r[m]) for m in report.measures] for r in report.rows]
    return header, rows


def to_table(report: Report, lang: str) -> str:
    header, rows = table_rows(report, lang)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    keys = len(report.by)

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) if i < keys else v.rjust(w)
                         for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    out = [report_title(report, lang), line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    if not rows:
        out.append(translate(CONTEXT, "Nothing to count in these days.", lang))
    return "\n".join(out) + "\n"


def to_csv(report: Report, lang: str) -> str:
    names = titles(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([names.get(c, c) for c in report.columns])
    for r in report.rows:
        writer.writerow([key_text(b, r[b], lang) if b in ("weekday",) else
                         ("" if r[b] is None else r[b]) for b in report.by]
                        + ["" if cell(m, r[m]) is None else cell(m, r[m])
                           for m in report.measures])
    return buffer.getvalue()


def json_value(measure: str, value: Any) -> Any:
    if isinstance(value, timedelta):
        return round(value.total_seconds(), 6)
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_json(report: Report) -> dict[str, Any]:
    """The report as JSON: lengths of time in seconds, shares 0..1."""
    return {
        "kind": report.kind, "from": report.first.isoformat(), "to": report.last.isoformat(),
        "by": list(report.by), "measures": list(report.measures),
        "rows": [{c: json_value(c, r[c]) for c in report.columns} for r in report.rows],
    }


def chart_measures(report: Report) -> list[str]:
    """The measures drawn: the report's first few, the outcomes left to the table."""
    return [m for m in report.measures if not m.startswith("outcome_")][:4]


def to_xlsx(report: Report, lang: str, path: Path) -> None:
    """A workbook: the data on one sheet, with a native chart of its first measure (and of
    the second, when there is one) next to it."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    names = titles(lang)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate(CONTEXT, "Report", lang)[:31]
    sheet.append([report_title(report, lang)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([names.get(c, c) for c in report.columns])
    for c in sheet[2]:
        c.font = Font(bold=True)
    for r in report.rows:
        sheet.append([" / ".join(key_text(b, r[b], lang) for b in report.by)
                      if i == 0 and len(report.by) > 1 else key_text(b, r[b], lang)
                      for i, b in enumerate(report.by)]
                     + [cell(m, r[m]) for m in report.measures])
    for i, column in enumerate(report.columns, start=1):
        sheet.column_dimensions[sheet.cell(2, i).column_letter].width = max(
            10, min(36, len(names.get(column, column)) + 2))
    last_row = len(report.rows) + 2
    if report.rows and report.measures and report.by:
        anchor_col = len(report.columns) + 2
        for n, measure in enumerate(chart_measures(report)[:2]):
            col = len(report.by) + report.measures.index(measure) + 1
            chart = (LineChart() if report.by[0] in _TIMELINE and len(report.by) == 1
                     else BarChart())
            chart.title = names.get(measure, measure)
            chart.y_axis.title = names.get(measure, measure)
            chart.x_axis.title = names.get(report.by[0], report.by[0])
            chart.height, chart.width = 8, 16
            data = Reference(sheet, min_col=col, min_row=2, max_row=last_row)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(Reference(sheet, min_col=1, min_row=3, max_row=last_row))
            chart.legend = None
            sheet.add_chart(chart, f"{sheet.cell(1, anchor_col).column_letter}{2 + n * 17}")
    book.save(path)


def to_pdf(report: Report, lang: str, path: Path) -> None:
    """A PDF: the title, a chart of each of the report's first measures, and the table."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font, bold = _pdf_fonts()
    names = titles(lang)
    styles = getSampleStyleSheet()
    styles["Title"].fontName = bold
    styles["Normal"].fontName = font
    page = landscape(A4)
    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title=report_title(report, lang))
    story: list[Any] = [Paragraph(report_title(report, lang), styles["Title"])]
    labels = [" / ".join(key_text(b, r[b], lang) for b in report.by) for r in report.rows]
    width = page[0] - 28 * mm
    for measure in chart_measures(report) if report.rows and report.by else []:
        values = [cell(measure, r[measure]) or 0 for r in report.rows]
        drawing = Drawing(width, 62 * mm)
        drawing.add(String(0, 58 * mm, names.get(measure, measure), fontName=bold,
                           fontSize=10))
        chart = VerticalBarChart()
        chart.x, chart.y = 14 * mm, 12 * mm
        chart.width, chart.height = width - 20 * mm, 40 * mm
        chart.data = [values]
        chart.bars[0].fillColor = colors.HexColor("#1f6feb")
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = font
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 7 if len(labels) > 12 else 8
        if len(labels) > 12:
            chart.categoryAxis.labels.angle = 45
            chart.categoryAxis.labels.boxAnchor = "ne"
        drawing.add(chart)
        story += [drawing, Spacer(1, 3 * mm)]
    # The outcomes get a table of their own, so every column has room for its title.
    main = [m for m in report.measures if not m.startswith("outcome_")]
    outcomes = [m for m in report.measures if m.startswith("outcome_")]
    for part in (main, outcomes):
        if part:
            story += [_pdf_table(replace(report, measures=tuple(part)), lang, width, styles,
                                 font, bold), Spacer(1, 4 * mm)]
    doc.build(story)


def _pdf_table(report: Report, lang: str, width: float, styles: Any, font: str,
               bold: str) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    header, rows = table_rows(report, lang)
    if not rows:
        rows = [[translate(CONTEXT, "Nothing to count in these days.", lang)]
                + [""] * (len(header) - 1)]
    head_style = styles["Normal"].clone("head", fontName=bold, fontSize=7, leading=8.5)
    keys = len(report.by)
    key_width = 30 * mm
    rest = max(len(header) - keys, 1)
    measure_width = min(28 * mm, (width - key_width * keys) / rest)
    table = Table([[Paragraph(h, head_style) for h in header], *rows], repeatRows=1,
                  colWidths=[key_width] * keys + [measure_width] * (len(header) - keys),
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 7), ("ALIGN", (keys, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]))
    return table




def _pdf_fonts() -> tuple[str, str]:
    """DejaVu Sans from the program's resources: Estonian and Cyrillic letters on every PC."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    import resources

    if "LettReport" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LettReport",
                                       str(resources.path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont("LettReport-Bold",
                                       str(resources.path("fonts", "DejaVuSans-Bold.ttf"))))
    return "LettReport", "LettReport-Bold"


def write(report: Report, fmt: str, lang: str, out: Path | None) -> str | None:
    """Write the report in `fmt` to `out`; the text itself for a text format without `out`."""
    import json

    from app.core.errors import Refused

    if fmt not in FORMATS:
        raise Refused("report_format", format=fmt, choices=", ".join(FORMATS))
    if fmt in ("xlsx", "pdf"):
        if out is None:
            raise Refused("report_format", format=fmt, choices="table, csv, json")
        (to_xlsx if fmt == "xlsx" else to_pdf)(report, lang, out)
        return None
    text = (to_table(report, lang) if fmt == "table" else to_csv(report, lang) if fmt == "csv"
            else json.dumps(to_json(report), ensure_ascii=False, indent=1) + "\n")
    if out is None:
        return text
    out.write_text(text, encoding="utf-8")
    return None
