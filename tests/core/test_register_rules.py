from datetime import date

import pytest

from app.core.errors import Invalid
from app.core.register import (
    DEADLINE_RULES,
    DEFAULT_DOCUMENT_TYPES,
    DeadlineRule,
    DocumentType,
    Start,
    Term,
    Unit,
    add_months,
    check_document_types,
    check_series_index,
    check_term,
    deadline,
    deadline_rules,
    parse_pattern,
    register_calendar,
    registry_number,
    take_number,
)

CAL = register_calendar((), (2023, 2024, 2025, 2026))
RFI = DEADLINE_RULES[DocumentType.REQUEST_FOR_INFORMATION]
MEMO = DEADLINE_RULES[DocumentType.MEMORANDUM]
EXPLANATION = DEADLINE_RULES[DocumentType.REQUEST_FOR_EXPLANATION]


# --- registry numbers --------------------------------------------------------------------


def test_the_estonian_pattern_pads_the_running_number_with_zeros():
    assert registry_number("{S}/{DA}-{3DN}", "1-2", 2025, 21) == "1-2/25-021"
    assert registry_number("{S}/{DA}-{3DN}", "1-2", 2025, 1) == "1-2/25-001"
    assert registry_number("{S}/{DA}-{3DN}", "1-2", 2025, 1234) == "1-2/25-1234"


def test_tokens_without_a_digit_are_written_as_they_are():
    assert registry_number("{S}/{DN}", "7.1", 2026, 5) == "7.1/5"
    assert registry_number("{DA}-{DN}", "x", 2009, 12) == "09-12"
    assert registry_number("{S}-{DA}/{5DN}", "3", 2100, 7) == "3-00/00007"
    assert registry_number("K {DN}", "1", 2025, 3) == "K 3"


def test_the_running_number_restarts_each_year():
    counters: dict[str, int] = {}
    first, counters = take_number(counters, 2025)
    second, counters = take_number(counters, 2025)
    assert (first, second) == (1, 2)
    new_year, counters = take_number(counters, 2026)
    assert new_year == 1
    assert counters == {"2025": 3, "2026": 2}
    late, counters = take_number(counters, 2025)
    assert late == 3
    assert registry_number("{S}/{DA}-{3DN}", "1-2", 2026, new_year) == "1-2/26-001"


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        ("{S}/{DA}-{X}", "register_pattern_token"),
        ("{S}/{YY}-{DN}", "register_pattern_token"),
        ("{S}/{0DN}", "register_pattern_token"),
        ("{S}/{10DN}", "register_pattern_token"),
        ("{s}/{dn}", "register_pattern_token"),
        ("{S}/{DA}", "register_pattern_no_number"),
        ("1-2/25", "register_pattern_no_number"),
        ("{DN}-{3DN}", "register_pattern_repeated"),
        ("{S}/{DN", "register_pattern_bracket"),
        ("S}/{DN}", "register_pattern_bracket"),
        ("", "register_pattern_empty"),
        ("   ", "register_pattern_empty"),
        ("{DN}\t", "register_pattern_characters"),
        ("{DN}" + "-" * 60, "register_pattern_too_long"),
    ],
)
def test_a_bad_pattern_is_refused_with_its_reason(pattern, code):
    with pytest.raises(Invalid) as err:
        parse_pattern(pattern)
    assert err.value.code == code


def test_the_unknown_token_is_named_in_the_message():
    with pytest.raises(Invalid) as err:
        registry_number("{S}/{DA}-{NR}", "1-2", 2025, 1)
    assert "{NR}" in str(err.value)
    assert "{S}/{DA}-{NR}" in str(err.value)


def test_series_indexes_are_one_short_word():
    assert check_series_index(" 1-2 ") == "1-2"
    assert check_series_index("7.1") == "7.1"
    for bad in ("", "1 2", "1/2", "{S}", "x" * 21):
        with pytest.raises(Invalid) as err:
            check_series_index(bad)
        assert err.value.code == "register_series_index"


# --- deadlines ---------------------------------------------------------------------------


def test_a_request_for_information_counts_five_working_days_from_the_next_working_day():
    # Friday 21 Nov 2025: Mon 24 is day 1, Fri 28 day 5.
    assert deadline(RFI, date(2025, 11, 21), CAL) == date(2025, 11, 28)
    # Registered on a Saturday: the working day after it is Monday.
    assert deadline(RFI, date(2025, 11, 22), CAL) == date(2025, 11, 28)
    # Registered on a Monday: Tue to Fri are days 1 to 4, the next Monday day 5.
    assert deadline(RFI, date(2025, 11, 24), CAL) == date(2025, 12, 1)


def test_a_request_for_information_skips_christmas_and_new_year():
    # Mon 22 Dec 2025: Tue 23 (1); 24-26 Dec are holidays, 27-28 a weekend; Mon 29 (2),
    # Tue 30 (3), Wed 31 (4); Thu 1 Jan is New Year; Fri 2 Jan (5).
    assert deadline(RFI, date(2025, 12, 22), CAL) == date(2026, 1, 2)
    assert deadline(RFI, date(2025, 12, 23), CAL) == date(2026, 1, 5)
    # Registered on Christmas Eve itself.
    assert deadline(RFI, date(2025, 12, 24), CAL) == date(2026, 1, 5)


def test_a_request_for_information_skips_midsummer():
    # Fri 20 Jun 2025; Victory Day (Mon 23) and Midsummer Day (Tue 24) are holidays.
    assert deadline(RFI, date(2025, 6, 20), CAL) == date(2025, 7, 1)


def test_an_extended_request_for_information_has_fifteen_working_days_from_registration():
    assert deadline(RFI, date(2025, 12, 22), CAL, extended=True) == date(2026, 1, 16)
    assert deadline(RFI, date(2025, 11, 21), CAL, extended=True) == date(2025, 12, 12)


def test_a_memorandum_has_thirty_calendar_days_moved_off_closed_days():
    # 25 Nov 2025 + 30 days = Thu 25 Dec: Christmas, then 26 Dec and a weekend: Mon 29 Dec.
    assert deadline(MEMO, date(2025, 11, 25), CAL) == date(2025, 12, 29)
    # 2 Dec 2025 + 30 = 1 Jan 2026 (New Year): Fri 2 Jan.
    assert deadline(MEMO, date(2025, 12, 2), CAL) == date(2026, 1, 2)
    # Sat 24 May 2025 + 30 = Mon 23 Jun (Victory Day), Tue 24 Jun (Midsummer): Wed 25 Jun.
    assert deadline(EXPLANATION, date(2025, 5, 24), CAL) == date(2025, 6, 25)
    # 1 Oct 2025 + 30 = Fri 31 Oct, a working day: stays.
    assert deadline(MEMO, date(2025, 10, 1), CAL) == date(2025, 10, 31)
    # Registered on a Sunday (5 Oct 2025): the days count from the registration itself,
    # to Tue 4 Nov.
    assert deadline(MEMO, date(2025, 10, 5), CAL) == date(2025, 11, 4)


def test_a_calendar_day_deadline_on_a_weekend_moves_to_monday():
    # 30 Oct 2025 + 30 = Sat 29 Nov: Mon 1 Dec.
    assert deadline(MEMO, date(2025, 10, 30), CAL) == date(2025, 12, 1)


def test_an_extended_memorandum_runs_two_calendar_months():
    # 24 Oct + 2 months = Wed 24 Dec (Christmas Eve): after Christmas and the weekend, Mon 29.
    assert deadline(MEMO, date(2025, 10, 24), CAL, extended=True) == date(2025, 12, 29)
    # 31 Dec 2025 + 2 months: February has no 31st, so Sat 28 Feb 2026; then Mon 2 Mar.
    assert deadline(MEMO, date(2025, 12, 31), CAL, extended=True) == date(2026, 3, 2)
    # In a leap year the last day of February is the 29th (Thu 29 Feb 2024).
    assert deadline(EXPLANATION, date(2023, 12, 31), CAL, extended=True) == date(2024, 2, 29)
    # 15 Sep + 2 months = Sat 15 Nov: Mon 17 Nov.
    assert deadline(MEMO, date(2025, 9, 15), CAL, extended=True) == date(2025, 11, 17)


def test_months_are_calendar_months():
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 30), 2) == date(2026, 1, 30)
    assert add_months(date(2025, 12, 15), 12) == date(2026, 12, 15)


def test_the_offices_own_closed_day_is_not_a_working_day():
    cal = register_calendar([date(2025, 11, 26)], (2025, 2026))
    # Working days after Fri 21 Nov: 24, 25, (26 closed), 27, 28, Mon 1 Dec.
    assert deadline(RFI, date(2025, 11, 21), cal) == date(2025, 12, 1)
    # 27 Oct + 30 = Wed 26 Nov, the office's closed day: Thu 27 Nov.
    assert deadline(MEMO, date(2025, 10, 27), cal) == date(2025, 11, 27)
    assert deadline(MEMO, date(2025, 10, 27), CAL) == date(2025, 11, 26)


def test_types_without_a_rule_have_no_deadline_and_some_cannot_be_extended():
    assert deadline(DEADLINE_RULES.get(DocumentType.LETTER), date(2025, 11, 21), CAL) is None
    fixed = DeadlineRule(Term(10, Unit.WORKING_DAYS))
    assert deadline(fixed, date(2025, 11, 21), CAL) == date(2025, 12, 5)
    with pytest.raises(Invalid) as err:
        deadline(fixed, date(2025, 11, 21), CAL, extended=True)
    assert err.value.code == "register_not_extendable"


def test_a_configured_term_is_checked():
    assert check_term(10, "working_days") == Term(10, Unit.WORKING_DAYS)
    assert check_term(2, "months") == Term(2, Unit.MONTHS)
    for amount, unit, code in ((0, "working_days", "register_term_amount"),
                               (13, "months", "register_term_amount"),
                               (5, "weeks", "register_term_unit")):
        with pytest.raises(Invalid) as err:
            check_term(amount, unit)
        assert err.value.code == code


# --- the office's document types ---------------------------------------------------------


def rule_of(amount, unit, start):
    return DeadlineRule(Term(amount, Unit(unit)), None, Start(start))


def test_the_built_in_types_are_the_default_configuration():
    rules = deadline_rules(DEFAULT_DOCUMENT_TYPES)
    assert list(rules) == ["request_for_information", "memorandum", "request_for_explanation",
                           "letter", "application", "other"]
    assert rules["request_for_information"] == DeadlineRule(
        Term(5, Unit.WORKING_DAYS), Term(15, Unit.WORKING_DAYS), Start.NEXT_WORKING_DAY)
    assert rules["memorandum"] == DeadlineRule(
        Term(30, Unit.CALENDAR_DAYS), Term(2, Unit.MONTHS), Start.REGISTRATION)
    assert rules["letter"] is None


def test_calendar_days_from_the_next_working_day_start_after_christmas():
    cal = register_calendar((), (2026, 2027))
    # Wed 23 Dec 2026: the next working day is Mon 28 Dec (24-26 Dec holidays, 27 a Sunday),
    # so ten days run from it to Wed 6 Jan 2027.
    assert deadline(rule_of(10, "calendar_days", "next_working_day"), date(2026, 12, 23),
                    cal) == date(2027, 1, 6)
    # From registration: 23 Dec + 10 = Sat 2 Jan, moved to Mon 4 Jan.
    assert deadline(rule_of(10, "calendar_days", "registration"), date(2026, 12, 23),
                    cal) == date(2027, 1, 4)


def test_calendar_days_from_the_next_working_day_across_midsummer():
    cal = register_calendar((), (2026,))
    # Fri 19 Jun 2026: the next working day is Mon 22; day 3 is Wed 24 Jun (Midsummer Day,
    # after Victory Day on Tue 23): Thu 25 Jun.
    assert deadline(rule_of(3, "calendar_days", "next_working_day"), date(2026, 6, 19),
                    cal) == date(2026, 6, 25)
    assert deadline(rule_of(3, "calendar_days", "registration"), date(2026, 6, 19),
                    cal) == date(2026, 6, 22)
    # Five working days from Fri 19 Jun: 22, 25, 26, 29, 30 Jun.
    assert deadline(RFI, date(2026, 6, 19), cal) == date(2026, 6, 30)


def test_months_from_the_next_working_day_across_new_year():
    cal = register_calendar((), (2026, 2027))
    # Thu 31 Dec 2026: New Year (Fri) and a weekend; the count starts on Mon 4 Jan 2027, so
    # one month ends on Wed 3 Feb. From registration: Sun 31 Jan, moved to Mon 1 Feb.
    assert deadline(rule_of(1, "months", "next_working_day"), date(2026, 12, 31),
                    cal) == date(2027, 2, 3)
    assert deadline(rule_of(1, "months", "registration"), date(2026, 12, 31),
                    cal) == date(2027, 2, 1)


def test_working_days_with_the_offices_closed_day_after_new_year():
    closed = register_calendar([date(2027, 1, 5)], (2026, 2027))
    # Thu 31 Dec 2026: Mon 4 Jan (1), Tue 5 closed, 6 (2), 7 (3), 8 (4), Mon 11 Jan (5).
    assert deadline(RFI, date(2026, 12, 31), closed) == date(2027, 1, 11)
    assert deadline(RFI, date(2026, 12, 31), register_calendar((), (2026, 2027))) == date(
        2027, 1, 8)
    # Working days give the same day counted either way.
    assert deadline(rule_of(5, "working_days", "registration"), date(2026, 12, 31),
                    closed) == date(2027, 1, 11)


def test_an_office_adds_its_own_type_and_changes_a_built_in_one():
    setting = [
        {"code": "complaint", "name": "Kaebus", "term": "10", "unit": "working_days",
         "start": "registration", "extension": 20},
        {"code": "request_for_information", "term": 5, "unit": "working_days",
         "start": "next_working_day"},
        {"code": "letter", "name": "  Kiri  "},
    ]
    stored = check_document_types(setting)
    assert stored == [
        {"code": "complaint", "name": "Kaebus", "term": 10, "unit": "working_days",
         "start": "registration", "extension": 20, "extension_unit": "working_days"},
        {"code": "request_for_information", "term": 5, "unit": "working_days",
         "start": "next_working_day"},
        {"code": "letter", "name": "Kiri"},
    ]
    rules = deadline_rules(stored)
    # Mon 22 Dec 2025: 23 (1), 29-31 Dec (4), Fri 2 Jan (5), 5-9 Jan (10).
    assert deadline(rules["complaint"], date(2025, 12, 22), CAL) == date(2026, 1, 9)
    with pytest.raises(Invalid) as err:
        deadline(rules["request_for_information"], date(2025, 12, 22), CAL, extended=True)
    assert err.value.code == "register_not_extendable"
    assert check_document_types(stored) == stored


@pytest.mark.parametrize(
    ("item", "code", "field"),
    [
        ({"code": "Kaebus"}, "config_document_type_code", "document type"),
        ({"code": ""}, "config_document_type_code", "document type"),
        ({"code": "x", "name": "n" * 101}, "config_too_long", "document type name"),
        ({"code": "x", "term": 0, "extension": 3}, "config_extension_without_deadline",
         "extension"),
        ({"code": "x", "term": 300, "unit": "working_days"}, "config_number", "deadline"),
        ({"code": "x", "term": "viis"}, "config_number", "deadline"),
        ({"code": "x", "term": 5, "unit": "weeks"}, "config_choice", "deadline unit"),
        ({"code": "x", "term": 5, "start": "tomorrow"}, "config_choice",
         "deadline counted from"),
        ({"code": "x", "term": 5, "extension": 13, "extension_unit": "months"},
         "config_number", "extension"),
        ({"code": "x", "term": 5, "extension": 2, "extension_unit": "fortnights"},
         "config_choice", "extension unit"),
        ({"code": "x", "term": 30, "unit": "calendar_days", "extension": 20},
         "config_extension_short", "extension"),
        ({"code": "x", "term": 1, "unit": "months", "extension": 20,
          "extension_unit": "working_days"}, "config_extension_short", "extension"),
        ("letter", "config_document_types", "document type"),
    ],
)
def test_a_bad_document_type_names_its_field(item, code, field):
    with pytest.raises(Invalid) as err:
        check_document_types([item])
    assert (err.value.code, err.value.params["field"]) == (code, field)


def test_the_list_of_types_is_checked_as_a_whole():
    for value, code in (([], "config_empty"), ("letter", "config_document_types"),
                        ([{"code": "a"}, {"code": "a"}], "config_duplicate_document_type")):
        with pytest.raises(Invalid) as err:
            check_document_types(value)
        assert err.value.code == code
    assert "a" in str(err.value) and "twice" in str(err.value)
