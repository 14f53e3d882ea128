"""`lett report` and its exports: a table, CSV, JSON, the workbook opened back with openpyxl,
and the PDF drawn as a picture with pdftoppm."""

import csv
import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image

from app.cli import main
from app.operations import queue as q
from app.operations import report_export, reports
from app.operations.bootstrap import open_local
from app.operations.context import open_context, staff_actor
from tests.conftest import FakeClock


@pytest.fixture
def home(lett_home, monkeypatch):
    """The demo office with three days of work: 4, 5 and 6 tickets, each called after 2, 4
    or 6 minutes and served in 5."""
    monkeypatch.setenv("LETT_LANG", "en")
    assert main(["demo"]) == 0
    local = open_local(lett_home)
    clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    ctx = open_context(local.db, staff_actor(), clock=clock)
    for day in range(3):
        clock.at = datetime(2026, 11, 23 + day, 8, 0, tzinfo=UTC)
        numbers = [q.issue_ticket(ctx, "AB"[i % 2]).number for i in range(4 + day)]
        for i, _ in enumerate(numbers):
            clock.advance(minutes=2 * (1 + i % 3))
            q.call_next(ctx, 3)
            clock.advance(minutes=5)
            q.finish(ctx, 3)
    local.close()
    return lett_home


def run(capsys, *args):
    code = main(["report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_table_by_day(home, capsys):
    code, out, err = run(capsys, "queue", "--from", "2026-11-23", "--to", "2026-11-25",
                         "--by", "day", "--measures", "arrivals,served")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Report: Queue, 2026-11-23\u20132026-11-25"
    assert [line.split() for line in lines[3:]] == [
        ["2026-11-23", "4", "4"], ["2026-11-24", "5", "5"], ["2026-11-25", "6", "6"]]


def test_csv_and_json_carry_the_same_figures(home, capsys):
    code, out, _ = run(capsys, "queue", "--from", "2026-11-23", "--to", "2026-11-25",
                       "--by", "service", "--format", "csv")
    assert code == 0
    table = list(csv.reader(io.StringIO(out)))
    assert table[0][:3] == ["Service", "Tickets in line", "Arrivals"]
    code, out, _ = run(capsys, "queue", "--from", "2026-11-23", "--to", "2026-11-25",
                       "--by", "service", "--format", "json")
    data = json.loads(out)
    assert [r["steps"] for r in data["rows"]] == [int(row[1]) for row in table[1:]] == [8, 7]
    # Minutes in the CSV, seconds in the JSON.
    mean_wait = table[0].index("Mean wait, min")
    assert [float(row[mean_wait]) * 60 for row in table[1:]] == pytest.approx(
        [r["mean_wait"] for r in data["rows"]], abs=1)


def test_the_workbook_opens_back_with_its_data_and_a_chart(home, capsys, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "month.xlsx"
    code, said, err = run(capsys, "queue", "--from", "2026-11-01", "--to", "2026-11-30",
                          "--by", "day", "--format", "xlsx", "--out", str(out))
    assert code == 0, err
    assert "3 rows" in said
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "Report: Queue, 2026-11-01\u20132026-11-30"
    assert [sheet.cell(row, 1).value for row in (3, 4, 5)] == [
        "2026-11-23", "2026-11-24", "2026-11-25"]
    assert [sheet.cell(row, 2).value for row in (3, 4, 5)] == [4, 5, 6]
    charts = sheet._charts
    assert len(charts) == 2
    refs = charts[0].series[0].val.numRef.f
    assert refs.endswith("$B$3:$B$5")


def test_a_report_in_russian_and_estonian(home, capsys, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    monkeypatch.setenv("LETT_LANG", "ru")
    code, out, _ = run(capsys, "queue", "--from", "2026-11-23", "--by", "weekday",
                       "--measures", "served")
    assert out.splitlines()[:2] == ["Отчёт: Очередь, 2026-11-23\u20132026-11-23",
                                    "День недели  Обслужено"]
    assert "понедельник" in out
    monkeypatch.setenv("LETT_LANG", "et")
    out_file = tmp_path / "et.xlsx"
    assert run(capsys, "queue", "--from", "2026-11-23", "--by", "service",
               "--format", "xlsx", "--out", str(out_file))[0] == 0
    assert load_workbook(out_file).active["B2"].value == "Pileteid järjekorras"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_pdf_draws_its_charts(home, capsys, tmp_path):
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "queue", "--from", "2026-11-23", "--to", "2026-11-25",
                       "--by", "day", "--format", "pdf", "--out", str(out))
    assert code == 0, err
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    page = Image.open(tmp_path / "page-1.png").convert("RGB")
    # The bars are drawn in the chart's blue.
    blue = sum(1 for p in page.getdata() if p[2] > 200 and p[0] < 80 and p[1] < 150)
    assert blue > 500


@pytest.mark.parametrize("args, words", [
    (["--from", "2026-11-31"], "is not a date"),
    (["--from", "2026-11-25", "--to", "2026-11-23"], "Swap the dates"),
    (["--from", "2020-01-01", "--to", "2026-11-23"], "Choose a shorter range"),
    (["--from", "2026-11-23", "--by", "colour"], "cannot be grouped by"),
    (["--from", "2026-11-23", "--measures", "speed"], "has no measure"),
])
def test_bad_requests_say_what_to_do(home, capsys, args, words):
    code, out, err = run(capsys, "queue", *args)
    assert code == 1 and out == "" and words in err


def test_russian_errors(home, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "ru")
    code, _, err = run(capsys, "queue", "--from", "завтра")
    assert code == 1 and "не дата" in err


def test_a_file_format_needs_a_file(home, capsys):
    code, _, err = run(capsys, "queue", "--from", "2026-11-23", "--format", "pdf")
    assert code == 2 and "--out" in err


def test_an_empty_report_says_so():
    empty = reports.Report("queue", date(2026, 1, 1), date(2026, 1, 1) + timedelta(days=1),
                           ("day",), ("steps",), [])
    assert "Nothing to count" in report_export.to_table(empty, "en")


def test_the_desks_kinds_on_the_command_line(home, capsys, monkeypatch):
    from tests.operations.test_reports import desk_rows

    local = open_local(home)
    clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    desk_rows(open_context(local.db, staff_actor(), clock=clock), clock)
    local.close()
    code, out, err = run(capsys, "documents", "--from", "2026-11-23", "--by", "document_type",
                         "--format", "csv")
    assert code == 0, err
    assert list(csv.reader(io.StringIO(out)))[1:] == [
        ["application", "4", "0", "0", "0"], ["complaint", "1", "0", "0", "0"]]
    code, out, err = run(capsys, "notices", "--from", "2026-11-23", "--by", "delivery",
                         "--measures", "issued")
    assert code == 0, err
    assert [line.split() for line in out.splitlines()[3:]] == [
        ["E-mailed", "1"], ["Handed", "over", "1"], ["Posted", "1"]]
    monkeypatch.setenv("LETT_LANG", "et")
    code, out, err = run(capsys, "visitors", "--from", "2026-11-23", "--by", "purpose")
    assert code == 0, err
    assert out.splitlines()[0].startswith("Aruanne: Külastajad")
    assert [line.split() for line in out.splitlines()[3:]] == [["MEET", "2", "1"],
                                                               ["POST", "1", "1"]]
