import socket
import time

import pytest

from printers import service
from printers.decode import Qr, Raster, Text, decode_escpos, decode_ops
from printers.errors import PrinterConfigError, PrinterError
from printers.status import STATUS_REQUESTS, UNREPORTED
from printers.ticket import TicketSlip, render_ticket

SLIP = TicketSlip(
    office_name="Tallinna teenindus",
    number="A014",
    service_name="Dokumendid",
    issued_at_text="23.11.2026 10:15",
    lines=("Teie ees: 3", "õäöüšž", "Eeldatav ooteaeg: 10–20 min", "Талон"),
    qr_data="https://lett.example.ee/t/A014",
)


def ticket_part(received):
    """The received bytes without the status requests around the ticket."""
    data = bytes(received)
    assert data.startswith(STATUS_REQUESTS) and data.endswith(STATUS_REQUESTS)
    return data[len(STATUS_REQUESTS) : -len(STATUS_REQUESTS)]


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_ticket_arrives_whole_between_two_status_checks(fake_printer):
    printer = fake_printer()
    result = service.print_ticket(printer.uri, SLIP, "80mm")
    printer.wait_closed()
    ticket = ticket_part(printer.received)
    assert ticket == render_ticket(SLIP, "80mm")
    assert result.bytes_sent == len(ticket)
    assert result.status_before.reported and result.status_before.online
    assert result.status_after.reported and result.status_after.problem is None
    assert printer.connections == 1

    listing = decode_escpos(ticket)
    assert listing[listing.index("TEXT 'A014'") - 2] == "SIZE 4x4"
    assert listing[listing.index("TEXT 'õäöüšž'") - 1] == "CODEPAGE 51 (cp1257)"
    assert "õäöüšž".encode("cp1257") + b"\n" in ticket
    assert "TEXT 'Eeldatav ooteaeg: 10–20 min'" in listing
    assert listing[listing.index("TEXT 'Талон'") - 1] == "CODEPAGE 17 (cp866)"
    assert "QR 'https://lett.example.ee/t/A014'" in listing
    assert listing[-1] == "CUT partial"
    assert ticket.endswith(b"\x1dV\x01")


def test_cp437_printer_gets_pictures_for_estonian_and_cyrillic(fake_printer):
    printer = fake_printer()
    service.print_ticket(printer.uri, SLIP, "58mm-basic")
    printer.wait_closed()
    ops = decode_ops(ticket_part(printer.received))
    texts = [op.text for op in ops if isinstance(op, Text)]
    assert texts == ["Tallinna teenindus", "A014", "Dokumendid", "23.11.2026 10:15", "Teie ees: 3"]
    rasters = [op for op in ops if isinstance(op, Raster)]
    assert len(rasters) == 3 and all(op.width == 384 for op in rasters)
    assert [op.data for op in ops if isinstance(op, Qr)] == ["https://lett.example.ee/t/A014"]


def test_paper_out_before_printing_sends_no_ticket(fake_printer):
    printer = fake_printer(status={1: 0x1A, 2: 0x32, 4: 0x72})
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(printer.uri, SLIP)
    assert caught.value.kind == "paper_out"
    assert caught.value.status.paper_out
    assert "out of paper" in str(caught.value) and "nothing was printed" in str(caught.value)
    printer.wait_closed()
    assert bytes(printer.received) == STATUS_REQUESTS


def test_cover_open_before_printing(fake_printer):
    printer = fake_printer(status={1: 0x1A, 2: 0x16})
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(printer.uri, SLIP)
    assert caught.value.kind == "cover_open"
    printer.wait_closed()
    assert bytes(printer.received) == STATUS_REQUESTS


def test_offline_without_a_cause(fake_printer):
    printer = fake_printer(status={1: 0x1A})
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(printer.uri, SLIP)
    assert caught.value.kind == "offline"


def test_paper_near_its_end_still_prints(fake_printer):
    printer = fake_printer(status={4: 0x1E})
    result = service.print_ticket(printer.uri, SLIP)
    assert result.status_before.paper_near_end and result.status_before.problem is None


def test_paper_running_out_during_the_print_is_an_error_after_it(fake_printer):
    printer = fake_printer(status_after_cut={1: 0x1A, 2: 0x32, 4: 0x72})
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(printer.uri, SLIP)
    assert caught.value.kind == "paper_out"
    assert "may be incomplete" in str(caught.value)
    printer.wait_closed()
    assert ticket_part(printer.received) == render_ticket(SLIP, "80mm")


def test_cover_opened_during_the_print(fake_printer):
    printer = fake_printer(status_after_cut={1: 0x1A, 2: 0x16})
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(printer.uri, SLIP)
    assert caught.value.kind == "cover_open"


def test_silent_printer_prints_without_status_and_is_not_waited_for_again(fake_printer):
    printer = fake_printer(silent=True)
    result = service.print_ticket(printer.uri, SLIP)
    assert result.status_before == UNREPORTED and result.status_after == UNREPORTED
    printer.wait_closed()
    assert bytes(printer.received) == b"\x10\x04\x01" + render_ticket(SLIP, "80mm")

    printer.received.clear()
    started = time.monotonic()
    second = service.print_ticket(printer.uri, SLIP)
    assert time.monotonic() - started < 0.3
    assert second.status_before == UNREPORTED
    printer.wait_closed()
    assert bytes(printer.received) == render_ticket(SLIP, "80mm")


def test_silent_printer_is_asked_again_later(fake_printer, monkeypatch):
    printer = fake_printer(silent=True)
    monkeypatch.setattr(service, "SILENT_RECHECK", 0.0)
    service.print_ticket(printer.uri, SLIP)
    printer.silent = False
    assert service.print_ticket(printer.uri, SLIP).status_before.reported


def test_printer_that_hangs_up_is_a_failure_not_a_silent_printer(fake_printer):
    printer = fake_printer(hang_up=True)
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(printer.uri, SLIP)
    assert caught.value.kind == "failed"
    # Closed or reset, depending on whether the hang-up beat the status request.
    assert "closed the connection" in str(caught.value) or "reset" in str(caught.value)
    assert service._silent_until == {}


def test_closed_port_is_unreachable_quickly():
    started = time.monotonic()
    with pytest.raises(PrinterError) as caught:
        service.print_ticket(f"tcp://127.0.0.1:{closed_port()}", SLIP, timeout=2.0)
    assert caught.value.kind == "unreachable"
    assert "127.0.0.1" in str(caught.value)
    assert time.monotonic() - started < 1.0


def test_bad_settings_are_config_errors_before_anything_is_sent(fake_printer):
    printer = fake_printer()
    with pytest.raises(PrinterConfigError) as caught:
        service.print_ticket("lpt1", SLIP)
    assert caught.value.code == "bad_scheme"
    with pytest.raises(PrinterConfigError) as caught:
        service.print_ticket(printer.uri, SLIP, profile="57mm")
    assert caught.value.code == "unknown_profile"
    assert printer.connections == 0


def test_file_printer_result(tmp_path):
    target = tmp_path / "tickets.bin"
    result = service.print_ticket(f"file://{target}", SLIP, "58mm")
    assert target.read_bytes() == render_ticket(SLIP, "58mm")
    assert result.bytes_sent == target.stat().st_size
    assert result.status_before == result.status_after == UNREPORTED


def test_test_print_has_estonian_and_russian_text(fake_printer):
    printer = fake_printer()
    result = service.test_print(printer.uri, "58mm")
    printer.wait_closed()
    ticket = ticket_part(printer.received)
    assert result.bytes_sent == len(ticket)
    texts = " ".join(op.text for op in decode_ops(ticket) if isinstance(op, Text))
    assert "tšellomängija" in texts and "garaažis" in texts
    assert "французских" in texts and "ещё" in texts
    assert printer.uri in texts
    assert "CUT partial" in decode_escpos(ticket)


def test_test_print_on_a_cp437_printer_uses_pictures(tmp_path):
    target = tmp_path / "test.bin"
    service.test_print(f"file://{target}", "80mm-basic")
    ops = decode_ops(target.read_bytes())
    assert len([op for op in ops if isinstance(op, Raster)]) >= 2
