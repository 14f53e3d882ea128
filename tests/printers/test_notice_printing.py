"""An issued notice printed on the system printer: a real CUPS queue whose device is a socket
printer on 127.0.0.1, which receives the PDF as CUPS sends it."""

import hashlib
import time
import uuid

import pytest

from app.core.errors import LettError
from app.operations import notices
from printers.documents import print_pdf
from tests.documents.notice_values import VALUES
from tests.printers.cups_queues import socket_queue
from tests.printers.test_printer_cups import scheduler_running

pytestmark = pytest.mark.skipif(
    not scheduler_running(), reason="no CUPS scheduler running here (cupsd, lpadmin, lpstat)"
)


@pytest.fixture
def pdf_queue():
    with socket_queue() as queue:
        yield queue


def test_an_issued_notice_reaches_the_cups_queue_whole(ctx, pdf_queue):
    name, received, done = pdf_queue
    made = notices.issue_notice(ctx, "certificate", "ru", VALUES["certificate"])
    job = notices.print_notice(ctx, made.registry_number, printer=name)
    assert job.startswith(name)
    deadline = time.monotonic() + 30
    while not done.is_set() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert done.is_set(), "CUPS did not deliver the job"
    assert bytes(received[:5]) == b"%PDF-"
    assert hashlib.sha256(bytes(received)).hexdigest() == made.pdf_sha256


def test_an_unknown_printer_is_a_clear_error(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    with pytest.raises(LettError) as err:
        print_pdf(pdf, printer=f"lett-missing-{uuid.uuid4().hex[:8]}")
    assert err.value.code == "print_no_printer"
    assert "lett-missing-" in str(err.value)
