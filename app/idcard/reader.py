"""The holder's name and personal identification code from an Estonian ID card (the cards
issued since December 2018) in a PC/SC reader, through pyscard.

Only the personal data file's three fields are read: surname, given names and personal code.
They are open to read without a PIN; nothing else on the card is touched. A reader with no
card, a card that is not an ID card, a reader that cannot be used and one that does not
answer each give their own message.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core import idcode
from app.core.errors import IdCardError

# SELECT FILE (by file id, no answer data) and READ BINARY (the whole file).
SELECT_MF = [0x00, 0xA4, 0x00, 0x0C]
SELECT_DF = [0x00, 0xA4, 0x01, 0x0C, 0x02]
SELECT_EF = [0x00, 0xA4, 0x02, 0x0C, 0x02]
READ_BINARY = [0x00, 0xB0, 0x00, 0x00, 0x00]
# The personal data folder and its files.
PERSONAL_DATA = (0x50, 0x00)
SURNAME = (0x50, 0x01)
GIVEN_NAMES = (0x50, 0x02)
PERSONAL_CODE = (0x50, 0x06)
OK = (0x90, 0x00)
# A card is read in well under a second. PC/SC calls have no time-out of their own, and a
# PC/SC service or reader driver that has stopped answering would hold the desk forever.
READ_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class CardHolder:
    surname: str
    given_names: str
    id_code: str

    @property
    def name(self) -> str:
        """The name as the desk writes it: given names, then surname, in title case."""
        return " ".join(part.strip().title() for part in (self.given_names, self.surname)
                        if part.strip())


def _reader(name: str | None) -> object:
    from smartcard.Exceptions import ListReadersException
    from smartcard.System import readers

    try:
        found = readers()
    except ListReadersException as exc:
        raise IdCardError("idcard_no_reader") from exc
    except Exception as exc:  # pcscd not running: pyscard raises its own errors
        raise IdCardError("idcard_no_reader") from exc
    if not found:
        raise IdCardError("idcard_no_reader")
    if name:
        for reader in found:
            if str(reader) == name or str(reader).startswith(name):
                return reader
        raise IdCardError("idcard_no_reader")
    return found[0]


def _transmit(connection: object, apdu: list[int]) -> bytes:
    data, sw1, sw2 = connection.transmit(apdu)  # type: ignore[attr-defined]
    if (sw1, sw2) != OK:
        raise IdCardError("idcard_unknown_card")
    return bytes(data)


def read_card(reader_name: str | None = None, timeout: float = READ_TIMEOUT_S) -> CardHolder:
    """Read the card in the reader (the first reader unless `reader_name`); IdCardError
    'idcard_no_answer' when the reader or the PC/SC service gives no answer in `timeout`
    seconds."""
    return answered_within(timeout, lambda: _read_card(reader_name))


def answered_within[T](timeout: float, call: Callable[[], T]) -> T:
    """`call()`'s result or error, or IdCardError 'idcard_no_answer' when it has not returned
    in `timeout` seconds: PC/SC calls cannot be interrupted, so it goes on in the background
    and what it returns then is dropped."""
    outcome: list[Any] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the caller
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="PC/SC call", daemon=True).start()
    if not done.wait(timeout):
        raise IdCardError("idcard_no_answer")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _read_card(reader_name: str | None) -> CardHolder:
    from smartcard.Exceptions import CardConnectionException, NoCardException

    reader = _reader(reader_name)
    connection = reader.createConnection()  # type: ignore[attr-defined]
    try:
        connection.connect()
    except (NoCardException, CardConnectionException) as exc:
        with contextlib.suppress(CardConnectionException, AttributeError):
            connection.release()
        raise IdCardError("idcard_no_card", reader=str(reader)) from exc
    try:
        _transmit(connection, SELECT_MF)
        _transmit(connection, SELECT_DF + list(PERSONAL_DATA))
        fields = []
        for file_id in (SURNAME, GIVEN_NAMES, PERSONAL_CODE):
            _transmit(connection, SELECT_EF + list(file_id))
            fields.append(_transmit(connection, READ_BINARY).decode("utf-8", "replace")
                          .strip("\x00 "))
    except CardConnectionException as exc:
        raise IdCardError("idcard_failed", detail=str(exc)) from exc
    finally:
        with contextlib.suppress(CardConnectionException):
            connection.disconnect()
        with contextlib.suppress(CardConnectionException, AttributeError):
            connection.release()  # its PC/SC context, now rather than when collected
    surname, given, code = fields
    if not idcode.is_valid(code):
        raise IdCardError("idcard_unknown_card")
    return CardHolder(surname, given, code)
