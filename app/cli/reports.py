"""`lett report KIND --from --to --by … --format table|csv|json|xlsx|pdf [--out FILE]`: the
office's reports (app.operations.reports) from this PC's store, for a supervisor or an admin
(`--user`)."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.cli.common import acting_user
from app.i18n import translate

CONTEXT = "cli"


def add_report_parser(sub: Any) -> None:
    from app.core.report_kinds import FORMATS, GROUPINGS, KINDS, MEASURES

    p = sub.add_parser("report", help="the office's figures over a range of days (supervisor)")
    p.add_argument("kind", choices=KINDS, help=", ".join(KINDS))
    p.add_argument("--from", dest="first", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="last", default="",
                   help="last day, YYYY-MM-DD (default: the first day)")
    p.add_argument("--by", default="day",
                   help="groupings, comma-separated: " + "; ".join(
                       f"{k}: {', '.join(v)}" for k, v in GROUPINGS.items()))
    p.add_argument("--measures", default="",
                   help="measures, comma-separated (default: all of the kind's): " + "; ".join(
                       f"{k}: {', '.join(v)}" for k, v in MEASURES.items()))
    p.add_argument("--format", dest="fmt", default="table", choices=FORMATS)
    p.add_argument("--out", type=Path, default=None,
                   help="write to this file (needed for xlsx and pdf)")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def report_command(args: argparse.Namespace, local: Any, lang: str) -> int:
    from app.operations import report_export, reports

    first = reports.parse_day(args.first)
    last = reports.parse_day(args.last) if args.last else first
    ctx = local.context(acting_user(args, local, lang))
    if args.fmt in ("xlsx", "pdf") and args.out is None:
        print(translate(CONTEXT, "Give the file to write with --out.", lang), file=sys.stderr)
        return 2
    report = reports.office_report(ctx, first, last, by=_split(args.by) or ["day"],
                                   measures=_split(args.measures) or None, kind=args.kind)
    text = report_export.write(report, args.fmt, lang, args.out)
    if text is not None:
        sys.stdout.write(text)
    else:
        days = (last - first) // timedelta(days=1) + 1
        print(translate(CONTEXT, "Wrote {path}: {rows} rows over {days} days.", lang).format(
            path=args.out, rows=len(report.rows), days=days))
    return 0
