import os
import shutil
import stat
import sys
import threading

import pytest

from printers.connection import SerialConnection, open_connection, send
from printers.errors import PrinterError
from printers.service import print_ticket
from printers.status import STATUS_REQUESTS, exchange_status
from printers.ticket import TicketSlip, render_ticket

SLIP = TicketSlip("Office", "A014", "Service", "10:15", ("Teie ees: 3",))


def fake_lp(monkeypatch, folder, script):
    """Put a shell script called lp first on PATH."""
    folder.mkdir(exist_ok=True)
    lp = folder / "lp"
    lp.write_text("#!/bin/sh\n" + script)
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def test_tcp_send_delivers_every_byte(fake_printer):
    printer = fake_printer()
    send(printer.uri, b"\x1b@hello\n")
    printer.wait_closed()
    assert bytes(printer.received) == b"\x1b@hello\n"


def test_file_printer_writes_and_appends(tmp_path):
    target = tmp_path / "tickets.bin"
    send(f"file://{target}", b"first")
    send(f"file://{target}", b"second")
    assert target.read_bytes() == b"firstsecond"


def test_file_printer_in_a_missing_folder_is_a_clear_error(tmp_path):
    target = tmp_path / "no-such-folder" / "tickets.bin"
    with pytest.raises(PrinterError) as caught:
        send(f"file://{target}", b"x")
    assert caught.value.kind == "unreachable"
    assert str(tmp_path / "no-such-folder") in str(caught.value)
    assert "does not exist" in str(caught.value)
    assert not target.parent.exists()


def test_file_printer_that_is_a_folder(tmp_path):
    with pytest.raises(PrinterError) as caught:
        send(f"file://{tmp_path}/x/..", b"x")
    assert caught.value.kind == "unreachable"


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as lp")
def test_cups_without_lp_is_not_supported(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterError) as caught:
        send("cups://Tickets", b"x")
    assert caught.value.kind == "not_supported"
    assert "lp command" in str(caught.value)


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as lp")
def test_cups_when_lp_fails(tmp_path, monkeypatch):
    fake_lp(
        monkeypatch,
        tmp_path / "bin",
        'echo "lp: The printer or class does not exist." >&2\nexit 1\n',
    )
    with pytest.raises(PrinterError) as caught:
        print_ticket("cups://Tickets", SLIP)
    assert caught.value.kind == "failed"
    assert "does not exist" in str(caught.value) and "Tickets" in str(caught.value)


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as lp")
def test_cups_job_goes_to_lp_raw(tmp_path, monkeypatch):
    job = tmp_path / "job.bin"
    arguments = tmp_path / "arguments.txt"
    fake_lp(monkeypatch, tmp_path / "bin", f'echo "$@" > "{arguments}"\ncat > "{job}"\n')
    result = print_ticket("cups://Tickets", SLIP, "58mm")
    assert job.read_bytes() == render_ticket(SLIP, "58mm")
    assert arguments.read_text().split() == ["-d", "Tickets", "-o", "raw"]
    assert not result.status_before.reported


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as lp")
def test_cups_lp_that_hangs_times_out(tmp_path, monkeypatch):
    fake_lp(monkeypatch, tmp_path / "bin", "exec sleep 5\n")
    with pytest.raises(PrinterError) as caught:
        send("cups://Tickets", b"x", timeout=0.3)
    assert caught.value.kind == "failed"
    assert "within 0.3 s" in str(caught.value)


@pytest.mark.skipif(shutil.which("lp") is None, reason="CUPS's lp command is not installed here")
def test_real_lp_refuses_a_queue_that_does_not_exist():
    with pytest.raises(PrinterError) as caught:
        send("cups://lett-test-no-such-queue", b"\x1b@")
    assert caught.value.kind == "failed"


def test_usb_without_pyusb_is_not_supported(monkeypatch):
    usb_module = pytest.importorskip("escpos.printer.usb")
    monkeypatch.setattr(usb_module, "_DEP_USB", False)
    with pytest.raises(PrinterError) as caught:
        send("usb://04b8:0202", b"x")
    assert caught.value.kind == "not_supported"
    assert "pyusb" in str(caught.value)


def test_usb_printer_that_is_not_there():
    with pytest.raises(PrinterError) as caught:
        send("usb://04b8:0e27", b"x", timeout=0.5)
    assert caught.value.kind in ("not_supported", "unreachable")


def test_missing_serial_port_is_unreachable(tmp_path):
    with pytest.raises(PrinterError) as caught:
        send(f"serial://{tmp_path}/ttyUSB9", b"x")
    assert caught.value.kind == "unreachable"
    assert "ttyUSB9" in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo terminal")
def test_serial_printer_answers_status_through_a_pseudo_terminal():
    controller, device = os.openpty()
    received = bytearray()

    def printer():
        while len(received) < len(STATUS_REQUESTS) * 2 + 5:
            chunk = os.read(controller, 1024)
            received.extend(chunk)
            for _ in range(chunk.count(b"\x10\x04")):
                os.write(controller, b"\x12")

    thread = threading.Thread(target=printer, daemon=True)
    thread.start()
    try:
        with open_connection(f"serial://{os.ttyname(device)}?baudrate=19200") as connection:
            assert isinstance(connection, SerialConnection)
            assert exchange_status(connection).online is True
            after = exchange_status(connection, 1.0, b"hello")
        assert after.reported and after.problem is None
        thread.join(2)
        assert bytes(received) == STATUS_REQUESTS + b"hello" + STATUS_REQUESTS
    finally:
        os.close(controller)
        os.close(device)
