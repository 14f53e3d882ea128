from datetime import date

import pytest

from app.core import idcode
from app.core.errors import MESSAGES, InvalidInput


@pytest.mark.parametrize(
    ("code", "born", "sex"),
    [
        ("37605030299", date(1976, 5, 3), "M"),  # the example code of the population register
        ("49403136515", date(1994, 3, 13), "F"),
        ("60001019906", date(2000, 1, 1), "F"),
        ("39912310174", date(1999, 12, 31), "M"),
        ("50002290013", date(2000, 2, 29), "M"),  # a leap day
        ("18001010007", date(1880, 1, 1), "M"),
    ],
)
def test_valid_codes_give_date_of_birth_and_sex(code, born, sex):
    parsed = idcode.parse(code)
    assert parsed.code == code
    assert parsed.birth_date == born
    assert parsed.sex == sex


def test_spaces_typed_around_and_inside_a_code_are_ignored():
    assert idcode.parse(" 376 0503 0299 ").code == "37605030299"


def test_second_weight_round_decides_when_the_first_gives_ten():
    # 3760503006: first round 87 % 11 == 10, second round 147 % 11 == 4.
    assert idcode.check_digit("3760503006") == 4
    assert idcode.parse("37605030064").birth_date == date(1976, 5, 3)
    assert not idcode.is_valid("37605030060")


def test_ten_in_both_rounds_gives_a_zero_check_digit():
    # 3760503092: first round 164 % 11 == 10, second round 153 % 11 == 10.
    assert idcode.check_digit("3760503092") == 0
    assert idcode.is_valid("37605030920")


def _fault(code, today=None):
    with pytest.raises(InvalidInput) as info:
        idcode.parse(code, today)
    return info.value


def test_letters_are_refused():
    err = _fault("3760503O299")
    assert err.code == "idcode_digits"


def test_wrong_length_says_how_many_digits_were_given():
    err = _fault("3760503029")
    assert err.code == "idcode_length"
    assert "has 10" in str(err)
    assert _fault("376050302991").code == "idcode_length"


@pytest.mark.parametrize("first", ["0", "9"])
def test_first_digit_outside_one_to_eight_is_refused(first):
    err = _fault(first + "7605030299")
    assert err.code == "idcode_century"
    assert first in str(err)


@pytest.mark.parametrize(
    "first_ten",
    ["3760230029",  # 30 February
     "5010229001",  # 29 February 2001, not a leap year
     "3761303029",  # month 13
     "3760500029"],  # day 0
)
def test_impossible_date_of_birth_is_refused_even_with_a_right_check_digit(first_ten):
    code = first_ten + str(idcode.check_digit(first_ten))
    assert _fault(code).code == "idcode_date"


def test_date_of_birth_in_the_future_is_refused():
    code = idcode.make(6, date(2030, 1, 1), 1)
    assert _fault(code, today=date(2026, 11, 24)).code == "idcode_future"
    assert idcode.parse(code).birth_date == date(2030, 1, 1)


def test_wrong_check_digit_is_refused():
    err = _fault("37605030298")
    assert err.code == "idcode_check"
    assert "37605030298" in str(err)


def test_each_fault_has_a_message():
    for code in ("idcode_digits", "idcode_length", "idcode_century", "idcode_date",
                 "idcode_future", "idcode_check"):
        assert code in MESSAGES


def test_mask_shows_only_the_last_four_digits():
    assert idcode.mask("37605030299") == "\u2022" * 7 + "0299"
    assert idcode.parse("37605030299").masked() == idcode.mask("37605030299")
    assert "376050" not in idcode.mask("37605030299")


def test_make_builds_codes_that_parse_back():
    for digit in range(1, 9):
        code = idcode.make(digit, date(1999, 12, 31) if digit < 7 else date(2101, 1, 2), 123)
        parsed = idcode.parse(code)
        assert parsed.sex == ("M" if digit % 2 else "F")
