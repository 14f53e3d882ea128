"""A ticket issued at the desk printed on the desk's ticket printer (a real TCP socket): the
number on the paper, and a failure that leaves the ticket issued and says so."""

import pytest

from app.core.errors import PrintFailed
from app.i18n import error_text
from app.operations import queue as q
from app.operations.printing import print_desk_ticket
from printers.decode import decode_escpos
from tests.printer_fake import FakePrinter


@pytest.fixture
def printer():
    p = FakePrinter()
    yield p
    p.close()


def test_a_reissued_ticket_is_printed_with_its_number(ctx, printer):
    q.issue_ticket(ctx, "A", lang="ru")
    new = q.cancel(ctx, "A001", reissue_service="B")
    sent = print_desk_ticket(ctx, new, printer.uri, "80mm", 2.0)
    printer.wait_closed()
    listing = decode_escpos(bytes(printer.received))
    texts = [line for line in listing if line.startswith("TEXT")]
    assert any("'B001'" in line for line in texts), listing
    assert not any("A001" in line for line in texts)
    assert sent > 0
    assert q.ticket_history(ctx, "B001")[-1]["kind"] == "printed"


def test_a_failed_print_leaves_the_ticket_issued_and_says_what_to_do(ctx):
    out_of_paper = FakePrinter(status={4: 0x72})
    try:
        ticket = q.issue_ticket(ctx, "A")
        with pytest.raises(PrintFailed) as err:
            print_desk_ticket(ctx, ticket, out_of_paper.uri, "80mm", 2.0)
    finally:
        out_of_paper.close()
    assert err.value.code == "desk_print_paper_out"
    text = error_text(err.value, "et")
    assert "A001" in text and "paper" not in text
    assert [t.number for t in q.waiting_tickets(ctx)] == ["A001"]
    assert "printed" not in [e["kind"] for e in q.ticket_history(ctx, "A001")]


def test_no_printer_and_a_bad_printer_setting_are_said_plainly(ctx):
    ticket = q.issue_ticket(ctx, "A")
    with pytest.raises(PrintFailed) as err:
        print_desk_ticket(ctx, ticket, "")
    assert err.value.code == "desk_print_no_printer"
    with pytest.raises(PrintFailed) as err:
        print_desk_ticket(ctx, ticket, "tcp://127.0.0.1:notaport")
    assert err.value.code == "desk_print_setting"
    assert q.waiting_tickets(ctx)[0].status == "waiting"
