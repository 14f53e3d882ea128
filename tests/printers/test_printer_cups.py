"""A ticket through a real raw CUPS queue to a network printer on loopback."""

import shutil
import socket
import subprocess
import threading
import time
import uuid

import pytest

from printers.decode import decode_escpos
from printers.service import print_ticket
from printers.ticket import TicketSlip


def scheduler_running() -> bool:
    if shutil.which("lpstat") is None or shutil.which("lpadmin") is None:
        return False
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=60)
    return "is running" in result.stdout and "not" not in result.stdout


pytestmark = pytest.mark.skipif(
    not scheduler_running(), reason="no CUPS scheduler running here (cupsd, lpadmin, lpstat)"
)


@pytest.fixture
def raw_queue():
    """A raw CUPS queue whose device is a socket printer on 127.0.0.1."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    received = bytearray()
    done = threading.Event()

    def serve():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)
        done.set()

    threading.Thread(target=serve, daemon=True).start()
    name = f"lett-test-{uuid.uuid4().hex[:8]}"
    subprocess.run(["lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}"],
                   check=True, capture_output=True, timeout=60)
    yield name, received, done
    subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=60)
    server.close()


def test_a_ticket_printed_through_cups_arrives_byte_for_byte(raw_queue):
    name, received, done = raw_queue
    slip = TicketSlip("Tallinna teenindusbüroo", "A014", "Pensionid", "23.11.2026 10:15",
                      ("Teie ees: 3", "Eeldatav ooteaeg: 10–20 min"))
    result = print_ticket(f"cups://{name}", slip, profile="80mm")
    deadline = time.monotonic() + 20
    while not done.is_set() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert done.is_set(), "CUPS did not deliver the job"
    assert len(received) == result.bytes_sent
    listing = "\n".join(decode_escpos(bytes(received)))
    assert "A014" in listing and "Eeldatav ooteaeg" in listing
    assert "CUT" in listing
