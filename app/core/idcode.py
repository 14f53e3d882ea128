"""The Estonian personal identification code (isikukood): GYYMMDDSSSC.

G gives the century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s, 7/8: 2100s; odd male, even
female), YYMMDD the date of birth, SSS a serial number and C the check digit. The check digit
is the sum of the first ten digits weighted 1..9,1 modulo 11; a remainder of 10 is weighed
again with 3..9,1,2,3, and a second remainder of 10 gives 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.errors import InvalidInput

LENGTH = 11
WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
CENTURIES = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000, 7: 2100, 8: 2100}
# How much of a code is shown without asking: enough to tell two people apart at the desk.
SHOWN_DIGITS = 4
MASK = "\u2022"


@dataclass(frozen=True)
class PersonalCode:
    """A checked personal code and what it says."""

    code: str
    birth_date: date
    sex: str  # "M" or "F"

    def masked(self) -> str:
        return mask(self.code)


def check_digit(first_ten: str) -> int:
    """The check digit of the first ten digits of a code."""
    digits = [int(c) for c in first_ten]
    remainder = sum(d * w for d, w in zip(digits, WEIGHTS_1, strict=True)) % 11
    if remainder == 10:
        remainder = sum(d * w for d, w in zip(digits, WEIGHTS_2, strict=True)) % 11
        if remainder == 10:
            remainder = 0
    return remainder


def normalise(text: str) -> str:
    """The code as typed, without the spaces a person may put in or around it."""
    return "".join(text.split())


def parse(text: str, today: date | None = None) -> PersonalCode:
    """Check a personal code; raise InvalidInput with the first fault found:
    idcode_length, idcode_digits, idcode_century, idcode_date, idcode_future, idcode_check."""
    code = normalise(text)
    if not code.isascii() or not code.isdigit():
        raise InvalidInput("idcode_digits", value=code)
    if len(code) != LENGTH:
        raise InvalidInput("idcode_length", value=code, length=len(code))
    century = CENTURIES.get(int(code[0]))
    if century is None:
        raise InvalidInput("idcode_century", value=code, digit=code[0])
    try:
        born = date(century + int(code[1:3]), int(code[3:5]), int(code[5:7]))
    except ValueError as exc:
        raise InvalidInput("idcode_date", value=code) from exc
    if today is not None and born > today:
        raise InvalidInput("idcode_future", value=code, born=born.isoformat())
    if check_digit(code[:10]) != int(code[10]):
        raise InvalidInput("idcode_check", value=code)
    return PersonalCode(code, born, "M" if int(code[0]) % 2 else "F")


def is_valid(text: str, today: date | None = None) -> bool:
    try:
        parse(text, today)
    except InvalidInput:
        return False
    return True


def mask(code: str) -> str:
    """A code for display: only its last SHOWN_DIGITS digits, the rest hidden."""
    code = normalise(code)
    if len(code) <= SHOWN_DIGITS:
        return MASK * len(code)
    return MASK * (len(code) - SHOWN_DIGITS) + code[-SHOWN_DIGITS:]


def make(sex_century_digit: int, born: date, serial: int) -> str:
    """A valid code for the given first digit, date of birth and serial number (0..999)."""
    first_ten = f"{sex_century_digit}{born:%y%m%d}{serial:03d}"
    return first_ten + str(check_digit(first_ten))
