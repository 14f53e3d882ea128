"""Scanning through SANE with its `test` backend: a real scanimage, real pages, and the faults
the backend can report (jam, open cover, I/O error, busy) as a person would meet them."""

import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import ScanFailed
from app.scan.sources import sane
from app.scan.sources.sane import is_feeder, list_scanners, scan, scanner_options

FEEDER = "Automatic Document Feeder"


def test_the_test_backend_lists_its_two_scanners(sane_test_backend):
    scanners = list_scanners()
    assert [s.device for s in scanners] == ["test:0", "test:1"]
    assert scanners[0].name == "Noname frontend-tester"


def test_the_options_of_a_scanner_name_its_sources_modes_and_resolutions(sane_test_backend):
    options = scanner_options("test:0")
    assert options.sources == ("Flatbed", FEEDER)
    assert options.source == "Flatbed"
    assert options.modes == ("Gray", "Color")
    assert options.resolutions == (75, 100, 150, 200, 300, 400, 600, 1200)
    assert is_feeder(FEEDER) and not is_feeder("Flatbed")


def test_the_feeder_gives_all_ten_pages_in_one_job(sane_test_backend, tmp_path):
    seen = []
    pages = scan("test:0", tmp_path / "batch", resolution=100, source=FEEDER,
                 on_page=seen.append)
    assert len(pages) == 10 and seen == pages
    assert [p.source for p in pages] == [f"test:0 p. {n}" for n in range(1, 11)]
    assert all(p.dpi == 100 and p.image.exists() for p in pages)
    with Image.open(pages[0].image) as image:
        assert image.mode == "L"
        # the test backend's default area: 80 mm x 100 mm
        assert image.size == (int(80 / 25.4 * 100), int(100 / 25.4 * 100))


def test_the_flatbed_gives_one_colour_page(sane_test_backend, tmp_path):
    pages = scan("test:0", tmp_path / "batch", resolution=75, mode="Color")
    assert len(pages) == 1
    with Image.open(pages[0].image) as image:
        assert image.format == "JPEG" and image.mode == "RGB"


def test_a_cancel_stops_the_feeder_and_keeps_the_pages_scanned(sane_test_backend, tmp_path,
                                                               monkeypatch):
    # The test backend at the pace of a real feeder: about a page in 0.4 s.
    scanimage_wrapper(tmp_path, monkeypatch,
                      'exec "$SCANIMAGE" "$@" --read-delay=yes --read-delay-duration=200000')
    cancel = threading.Event()

    def after_page(page):
        if page.source.endswith("p. 2"):
            cancel.set()

    work = tmp_path / "batch"
    pages = scan("test:1", work, resolution=100, source=FEEDER, cancel=cancel,
                 on_page=after_page)
    assert 2 <= len(pages) <= 5
    # the page cut off by the cancel leaves nothing behind
    assert sorted(work.iterdir()) == sorted(p.image for p in pages)


@pytest.mark.parametrize("status,message", [
    ("SANE_STATUS_JAMMED", "The scanner test:0 has a paper jam. Pages scanned before it: 0, "
                           "all kept. Clear the jam and scan the rest."),
    ("SANE_STATUS_COVER_OPEN", "The scanner test:0's cover is open. Pages scanned before: 0, "
                               "all kept. Close the cover and scan the rest."),
    ("SANE_STATUS_IO_ERROR", "The scanner test:0 stopped answering. Pages scanned before: 0, "
                             "all kept. Check the scanner's cable (or network) and power, then "
                             "scan the rest."),
    ("SANE_STATUS_DEVICE_BUSY", "The scanner test:0 is busy with another job. Wait until it "
                                "is done and scan again. Pages scanned before: 0, all kept."),
    ("SANE_STATUS_NO_DOCS", "The document feeder of the scanner test:0 is empty. Put the pages "
                            "in and scan again."),
])
def test_a_fault_on_the_first_page_is_said_plainly(sane_test_backend, tmp_path, monkeypatch,
                                                   status, message):
    # The backend's own option makes every read of the job end with `status`.
    feeder_with_fault(tmp_path, monkeypatch, good_pages=0, status=status)
    work = tmp_path / "batch"
    with pytest.raises(ScanFailed) as caught:
        scan("test:0", work, resolution=50, source=FEEDER)
    assert str(caught.value) == message
    assert caught.value.pages == []
    assert list(work.iterdir()) == []


def scanimage_wrapper(tmp_path: Path, monkeypatch, body: str) -> None:
    """Put a `scanimage` first on PATH that runs the real one ("$SCANIMAGE") as `body` says, on
    SANE's test backend; its output and exit status are the real scanimage's own."""
    real = shutil.which("scanimage")
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "scanimage"
    script.write_text(f'#!/bin/sh\nSCANIMAGE="{real}"\n{body}\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{Path(real).parent}")


def feeder_with_fault(tmp_path: Path, monkeypatch, good_pages: int, status: str) -> None:
    """A feeder that scans `good_pages` pages and then reports `status` (a jam, a lost
    scanner): the real scanimage runs a job of the good pages, then the rest of the job with
    the backend's option that makes every read end with `status`."""
    first = f'"$SCANIMAGE" "$@" --batch-count={good_pages} || exit $?\n' if good_pages else ""
    scanimage_wrapper(tmp_path, monkeypatch, first + (
        f'exec "$SCANIMAGE" "$@" --batch-start={good_pages + 1} --read-return-value {status}'))


def test_a_jam_after_three_pages_keeps_them_and_says_to_scan_the_rest(sane_test_backend,
                                                                       tmp_path, monkeypatch):
    feeder_with_fault(tmp_path, monkeypatch, good_pages=3, status="SANE_STATUS_JAMMED")
    work = tmp_path / "batch"
    seen = []
    with pytest.raises(ScanFailed) as caught:
        scan("test:0", work, resolution=50, source=FEEDER, on_page=seen.append)
    error = caught.value
    assert str(error) == ("The scanner test:0 has a paper jam. Pages scanned before it: 3, all "
                          "kept. Clear the jam and scan the rest.")
    assert len(error.pages) == 3 and seen == error.pages
    assert sorted(work.iterdir()) == [p.image for p in error.pages]
    for page in error.pages:
        with Image.open(page.image) as image:
            image.load()


def test_a_scanner_gone_after_two_pages_keeps_them(sane_test_backend, tmp_path, monkeypatch):
    feeder_with_fault(tmp_path, monkeypatch, good_pages=2, status="SANE_STATUS_IO_ERROR")
    with pytest.raises(ScanFailed) as caught:
        scan("test:0", tmp_path / "batch", resolution=50, source=FEEDER)
    assert caught.value.code == "scan_gone"
    assert [p.image.exists() for p in caught.value.pages] == [True, True]
    assert "Pages scanned before: 2, all kept. Check the scanner's cable" in str(caught.value)


def test_a_scanimage_that_hangs_after_reporting_a_fault_is_ended(sane_test_backend, tmp_path,
                                                                 monkeypatch):
    # Some backends hang closing the device after a fault (the test backend does, now and
    # then): the real scanimage reports an open cover, then its process does not end.
    monkeypatch.setattr(sane, "END_WAIT_S", 0.5)
    scanimage_wrapper(tmp_path, monkeypatch,
                      '"$SCANIMAGE" "$@" --read-return-value SANE_STATUS_COVER_OPEN\n'
                      "exec sleep 600")
    with pytest.raises(ScanFailed) as caught:
        scan("test:0", tmp_path / "batch", resolution=50, source=FEEDER)
    assert caught.value.code == "scan_cover_open"


def test_a_scanner_that_is_not_there_cannot_be_opened(sane_test_backend, tmp_path):
    with pytest.raises(ScanFailed) as caught:
        scan("test:7", tmp_path / "batch", source="Flatbed")
    assert str(caught.value) == ("The scanner test:7 cannot be opened (Invalid argument). Check "
                                 "that it is switched on and connected, then scan again.")


def test_a_source_the_scanner_does_not_have_is_refused(sane_test_backend, tmp_path):
    with pytest.raises(ScanFailed) as caught:
        scan("test:0", tmp_path / "batch", source="Transparency Unit")
    assert caught.value.code == "scan_settings_refused"
    assert "(setting of option --source failed (Invalid argument))" in str(caught.value)


def test_without_scanimage_the_message_says_what_to_install(sane_test_backend, tmp_path,
                                                            monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    for attempt in (list_scanners, lambda: scan("test:0", tmp_path / "batch")):
        with pytest.raises(ScanFailed) as caught:
            attempt()
        assert str(caught.value) == (
            "Scanning needs the SANE program scanimage, which is not installed on this PC. "
            "Ask your IT support to install the package sane-utils.")
