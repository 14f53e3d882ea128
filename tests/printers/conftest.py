import pytest

from printers import service
from tests.printer_fake import FakePrinter


@pytest.fixture
def fake_printer():
    """Make a fake network printer: ``fake_printer(status={4: 0x72}, silent=False, ...)``."""
    printers = []

    def make(**kwargs):
        printer = FakePrinter(**kwargs)
        printers.append(printer)
        return printer

    yield make
    for printer in printers:
        printer.close()


@pytest.fixture(autouse=True)
def fresh_silent_printer_memory(monkeypatch):
    """Each test starts without remembered silent printers."""
    monkeypatch.setattr(service, "_silent_until", {})
