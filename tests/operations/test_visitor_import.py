"""Expected visitors imported from CSV and iCalendar files: all or none, a bad line named."""

from datetime import UTC, datetime

import pytest

from app.core.errors import InvalidInput
from app.core.visitors import Route
from app.i18n import error_text
from app.operations import visitors as v
from app.store.models import ExpectedVisitor

CSV = """name;expected_at;organisation;id_code;purpose;lang
Mari Maasikas;2026-11-23 11:30;OÜ Näide;37605030299;meeting;et
Олег Петров;2026-11-23T14:00;;;;ru
"""

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Calendar//EN\r
BEGIN:VEVENT\r
UID:1@example.ee\r
DTSTART;TZID=Europe/Tallinn:20261123T150000\r
SUMMARY:Jaan Tamm\r
DESCRIPTION:Kohtumine\\, ruum 204\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@example.ee\r
DTSTART:20261123T080000Z\r
SUMMARY:Anna Virtanen (Helsingi\r
  linn)\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def meeting(ctx):
    host = v.add_specialist(ctx, "Kati Karu", room="204")
    return v.add_purpose(ctx, "meeting", {"et": "Kohtumine"}, Route.SPECIALIST,
                         specialist_id=host.id)


def expected(ctx):
    with ctx.db.read() as s:
        return [(e.name, e.expected_at, e.organisation, e.id_code, e.notes)
                for e in s.query(ExpectedVisitor).order_by(ExpectedVisitor.expected_at)]


def test_csv_with_semicolons_in_office_time(ctx, meeting):
    assert v.import_expected(ctx, "visitors.csv", CSV.encode("utf-8-sig")) == 2
    assert expected(ctx) == [
        ("Mari Maasikas", datetime(2026, 11, 23, 9, 30, tzinfo=UTC), "OÜ Näide", "37605030299",
         ""),
        ("Олег Петров", datetime(2026, 11, 23, 12, 0, tzinfo=UTC), "", None, ""),
    ]
    [first, _] = v.expected_on(ctx)
    assert first.host == "Kati Karu"  # from the purpose


def test_icalendar_events_with_time_zones_and_folded_lines(ctx):
    assert v.import_expected(ctx, "kalender.ics", ICS.encode()) == 2
    assert expected(ctx) == [
        ("Anna Virtanen (Helsingi linn)", datetime(2026, 11, 23, 8, 0, tzinfo=UTC), "", None,
         ""),
        ("Jaan Tamm", datetime(2026, 11, 23, 13, 0, tzinfo=UTC), "", None,
         "Kohtumine, ruum 204"),
    ]


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("a.csv", "name;expected_at\nMari;2026-11-23 11:30\nJaan;homme\n", "import_time",
         "Line 3"),
        ("a.csv", "name,expected_at,id_code\nMari,2026-11-23 11:30,37605030298\n", "import_row",
         "check digit"),
        ("a.csv", "name,expected_at,purpose\nMari,2026-11-23 11:30,dentist\n", "import_row",
         "dentist"),
        ("a.csv", "nimi;aeg\nMari;2026-11-23 11:30\n", "import_columns", "expected_at"),
        ("a.txt", "just some words\n", "import_format", "iCalendar"),
        ("a.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Mari\nEND:VEVENT\nEND:VCALENDAR\n",
         "import_event", "line 2"),
    ],
)
def test_a_bad_line_refuses_the_whole_file(ctx, meeting, name, data, code, words):
    with pytest.raises(InvalidInput) as info:
        v.import_expected(ctx, name, data.encode())
    assert info.value.code == code
    assert words in error_text(info.value, "en")
    assert expected(ctx) == []


def test_a_bad_line_is_named_in_estonian(ctx):
    with pytest.raises(InvalidInput) as info:
        v.import_expected(ctx, "a.csv",
                          b"name,expected_at,id_code\nMari,2026-11-23 11:30,37605030298\n")
    text = error_text(info.value, "et")
    assert text.startswith("Faili rida 2:") and "kontrollnumber on vale" in text
