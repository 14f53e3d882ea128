import time

import pytest

from printers.connection import open_connection
from printers.status import (
    STATUS_REQUESTS,
    UNREPORTED,
    PrinterStatus,
    exchange_status,
    parse_status,
    query_status,
)

OK = 0x12


@pytest.mark.parametrize(
    ("answers", "expected", "problem"),
    [
        ((OK, OK, OK), PrinterStatus(True, True, False, False, False), None),
        ((0x16, OK, OK), PrinterStatus(True, True, False, False, False), None),  # drawer pin
        ((0x1A, OK, OK), PrinterStatus(True, False, False, False, False), "offline"),
        ((0x1A, 0x16, OK), PrinterStatus(True, False, False, False, True), "cover_open"),
        ((0x1A, 0x32, 0x72), PrinterStatus(True, False, True, False, False), "paper_out"),
        ((0x1A, 0x32, OK), PrinterStatus(True, False, True, False, False), "paper_out"),
        ((OK, OK, 0x1E), PrinterStatus(True, True, False, True, False), None),
        ((0x1A, 0x36, 0x7E), PrinterStatus(True, False, True, True, True), "paper_out"),
    ],
)
def test_status_bits(answers, expected, problem):
    status = parse_status(*answers)
    assert status == expected
    assert status.problem == problem


@pytest.mark.parametrize(
    "answers", [(0x00, OK, OK), (OK, 0xFF, OK), (OK, OK, 0x13), (0x92, OK, OK)]
)
def test_bytes_without_the_fixed_bits_are_not_a_status(answers):
    assert parse_status(*answers) == UNREPORTED
    assert UNREPORTED.problem is None
    assert UNREPORTED.online is None


def test_query_status_of_a_network_printer(fake_printer):
    printer = fake_printer(status={4: 0x7E, 2: 0x32, 1: 0x1A})
    started = time.monotonic()
    status = query_status(printer.uri)
    assert time.monotonic() - started < 0.3, "an answering printer is not waited for"
    assert status.reported and status.paper_out and status.paper_near_end
    assert status.problem == "paper_out"
    printer.wait_closed()
    assert bytes(printer.received) == STATUS_REQUESTS


def test_a_silent_printer_is_unreported_after_the_timeout(fake_printer):
    printer = fake_printer(silent=True)
    started = time.monotonic()
    assert query_status(printer.uri, timeout=0.2) == UNREPORTED
    assert 0.15 < time.monotonic() - started < 1.0


def test_one_way_printers_are_not_asked(tmp_path):
    target = tmp_path / "out.bin"
    assert query_status(f"file://{target}") == UNREPORTED
    assert not target.exists()
    assert query_status("cups://Nowhere") == UNREPORTED
    assert query_status("usb://04b8:0202") == UNREPORTED


def test_status_after_data_is_read_once_the_data_is_through(fake_printer):
    # Before the cut the paper is fine; after it the paper is out.
    printer = fake_printer(status_after_cut={4: 0x72})
    with open_connection(printer.uri) as connection:
        assert exchange_status(connection).paper_out is False
        status = exchange_status(connection, 1.0, b"\x1b@ticket\n\x1dV\x01")
    assert status.paper_out is True
    printer.wait_closed()
    assert bytes(printer.received) == STATUS_REQUESTS + b"\x1b@ticket\n\x1dV\x01" + STATUS_REQUESTS
    assert printer.requests == 6


def test_a_printer_that_answers_rubbish_is_unreported(fake_printer):
    printer = fake_printer(status={1: 0x41, 2: 0x42, 4: 0x43})
    assert query_status(printer.uri) == UNREPORTED


def test_a_silent_printer_is_asked_only_once(fake_printer):
    printer = fake_printer(silent=True)
    query_status(printer.uri, timeout=0.1)
    printer.wait_closed()
    assert bytes(printer.received) == b"\x10\x04\x01"
