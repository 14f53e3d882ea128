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


def test_a_failed_print_is_recorded_as_not_delivered_until_printed_again(ctx, pdf_queue):
    name, received, done = pdf_queue
    missing = f"lett-missing-{uuid.uuid4().hex[:8]}"
    handed = notices.issue_notice(ctx, "certificate", "et", VALUES["certificate"])
    posted = notices.issue_notice(ctx, "notice", "et", VALUES["notice"], "posted")
    for made, failed in ((handed, "not_handed_over"), (posted, "not_posted")):
        with pytest.raises(LettError) as err:
            notices.print_notice(ctx, made.id, printer=missing)
        assert err.value.code == "notice_not_printed"
        assert err.value.params["number"] == made.registry_number
        assert err.value.params["detail"].code == "print_no_printer"
        assert notices.get_issuance(ctx, made.id).delivery == failed
    from app.i18n import error_text

    said = error_text(err.value, "et")
    assert posted.registry_number in said and missing in said and "Prindi uuesti" in said
    # printed again: now it has gone out as it was to
    notices.print_notice(ctx, handed.id, printer=name)
    assert notices.get_issuance(ctx, handed.id).delivery == "handed_over"
    assert notices.get_issuance(ctx, posted.id).delivery == "not_posted"
    # a copy that does not print is not recorded as handed over either
    copy = notices.reprint_notice(ctx, handed.id)
    with pytest.raises(LettError):
        notices.print_notice(ctx, copy.id, printer=missing)
    assert notices.get_issuance(ctx, copy.id).delivery == "not_handed_over"
    assert notices.get_issuance(ctx, handed.id).delivery == "handed_over"
    assert done.wait(30) and bytes(received[:5]) == b"%PDF-"


def test_an_emailed_notice_printed_stays_recorded_as_emailed(ctx):
    made = notices.issue_notice(ctx, "notice", "en", VALUES["notice"], "emailed")
    with pytest.raises(LettError):
        notices.print_notice(ctx, made.id, printer=f"lett-missing-{uuid.uuid4().hex[:8]}")
    assert notices.get_issuance(ctx, made.id).delivery == "emailed"
