"""eSCL network scanners against a real small eSCL server on 127.0.0.1: capabilities, a feeder
job page by page, a busy scanner, a jam and a scanner that goes away mid-job, cancel, addresses
typed by a person, and discovery through mDNS."""

import socket
import threading
import uuid

import pytest
from PIL import Image
from zeroconf import ServiceInfo, Zeroconf

from app.core.errors import ScanFailed
from app.scan.sources import escl
from app.scan.sources.escl import EsclScanner, discover, scanner_url, service_scanner
from tests.scan.escl_server import EsclScannerServer


@pytest.fixture
def server():
    started = []

    def start(**options) -> EsclScannerServer:
        s = EsclScannerServer(**options).start()
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


def test_the_capabilities_name_the_scanner_and_what_it_offers(server):
    with EsclScanner(server().url) as scanner:
        caps = scanner.capabilities()
    assert caps.make_and_model == "Lett Test MFP 400"
    assert list(caps.sources) == ["Platen", "Feeder"]
    assert caps.resolutions == (100, 200, 300)
    assert caps.color_modes == ("BlackAndWhite1", "Grayscale8", "RGB24")
    assert caps.sources["Feeder"].max_height == 4200


def test_a_feeder_job_gives_every_page_then_ends(server, tmp_path):
    s = server(pages=4)
    seen = []
    with EsclScanner(s.url, name="MFP") as scanner:
        pages = scanner.scan(tmp_path / "batch", resolution=100, color_mode="Grayscale8",
                             source="Feeder", on_page=seen.append)
    assert len(pages) == 4 and seen == pages
    assert [p.source for p in pages] == [f"eSCL MFP p. {n}" for n in range(1, 5)]
    settings = s.settings[0]
    assert (settings["InputSource"], settings["ColorMode"], settings["XResolution"]) == (
        "Feeder", "Grayscale8", "100")
    # an A4 area in three-hundredths of an inch
    assert (settings["Width"], settings["Height"]) == ("2480", "3508")
    for page in pages:
        with Image.open(page.image) as image:
            assert image.format == "JPEG" and image.size == (827, 1169)
        assert page.dpi == 100


def test_the_platen_gives_one_colour_page_as_png_when_the_scanner_has_no_jpeg(server,
                                                                             tmp_path):
    s = server(pages=5, image_format="image/png")
    with EsclScanner(s.url) as scanner:
        pages = scanner.scan(tmp_path / "batch", resolution=200, color_mode="RGB24")
    assert len(pages) == 1
    with Image.open(pages[0].image) as image:
        assert image.format == "PNG" and image.mode == "RGB"
    assert s.settings[0]["DocumentFormat"] == "image/png"


def test_a_scanner_busy_for_a_moment_is_waited_for(server, tmp_path, monkeypatch):
    monkeypatch.setattr(escl, "BUSY_RETRY_S", 0.05)
    s = server(pages=2, busy_answers=3)
    with EsclScanner(s.url) as scanner:
        pages = scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    assert len(pages) == 2


def test_a_scanner_busy_too_long_says_so(server, tmp_path, monkeypatch):
    monkeypatch.setattr(escl, "BUSY_RETRY_S", 0.05)
    monkeypatch.setattr(escl, "BUSY_WAIT_S", 0.3)
    s = server(pages=2, busy_answers=1000)
    with EsclScanner(s.url, name="MFP") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    assert str(caught.value) == ("The scanner MFP is busy with another job. Wait until it is "
                                 "done and scan again. Pages scanned before: 0, all kept.")


def test_a_jam_after_two_pages_keeps_them_and_says_to_scan_the_rest(server, tmp_path):
    s = server(pages=5, jam_after=2)
    work = tmp_path / "batch"
    with EsclScanner(s.url, name="MFP") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.scan(work, resolution=100, source="Feeder")
    error = caught.value
    assert str(error) == ("The scanner MFP has a paper jam. Pages scanned before it: 2, all "
                          "kept. Clear the jam and scan the rest.")
    assert sorted(work.iterdir()) == [p.image for p in error.pages]


def test_a_feeder_door_opened_mid_job_says_to_close_it(server, tmp_path):
    s = server(pages=5, jam_after=1, jam_state="ScannerAdfDoorOpen")
    with EsclScanner(s.url, name="MFP") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    assert str(caught.value) == ("The scanner MFP's cover is open. Pages scanned before: 1, "
                                 "all kept. Close the cover and scan the rest.")


def test_a_scanner_that_goes_away_mid_job_keeps_the_pages_before(server, tmp_path):
    s = server(pages=5, gone_after=3)
    with EsclScanner(s.url, name="MFP", timeout=5) as scanner, \
            pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    error = caught.value
    assert error.code == "scan_gone"
    assert "Pages scanned before: 3, all kept. Check the scanner's cable (or network)" in str(
        error)
    assert all(p.image.exists() for p in error.pages) and len(error.pages) == 3


def test_a_damaged_page_keeps_the_pages_before_it(server, tmp_path):
    s = server(pages=4, damaged_page=3)
    with EsclScanner(s.url, name="MFP") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    assert str(caught.value) == ("The scanner MFP sent a damaged page. Pages scanned before: "
                                 "2, all kept. Scan the rest again.")
    assert sorted((tmp_path / "batch").iterdir()) == [p.image for p in caught.value.pages]


def test_a_source_the_scanner_lacks_says_which_to_use(server, tmp_path):
    with EsclScanner(server(feeder=False).url, name="MFP") as scanner, \
            pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    assert str(caught.value) == ("The scanner MFP has no document feeder. Put the page on the "
                                 "glass and scan without the feeder.")
    with EsclScanner(server(platen=False).url, name="MFP") as scanner, \
            pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Platen")
    assert str(caught.value) == ("The scanner MFP has no glass to scan from. Put the pages in "
                                 "its document feeder and scan with the feeder.")


def test_an_empty_feeder_says_to_put_the_pages_in(server, tmp_path):
    s = server(pages=0)
    with EsclScanner(s.url, name="MFP") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.scan(tmp_path / "batch", resolution=100, source="Feeder")
    assert caught.value.code == "scan_feeder_empty"


def test_a_cancel_ends_the_job_on_the_scanner_and_keeps_the_pages(server, tmp_path):
    s = server(pages=6)
    cancel = threading.Event()

    def after_page(page):
        if page.source.endswith("p. 2"):
            cancel.set()

    with EsclScanner(s.url) as scanner:
        pages = scanner.scan(tmp_path / "batch", resolution=100, source="Feeder",
                             cancel=cancel, on_page=after_page)
    assert len(pages) == 2
    assert s.cancelled == list(s.jobs)


def test_settings_the_scanner_refuses_are_said_plainly(server, tmp_path):
    s = server()
    with EsclScanner(s.url, name="MFP") as scanner:
        with pytest.raises(ScanFailed) as caught:
            scanner.scan(tmp_path / "batch", resolution=100, color_mode="CMYK32")
        assert str(caught.value) == ("The scanner MFP refused the scan settings (HTTP 409). "
                                     "Choose another resolution, colour mode or source.")
        with pytest.raises(ScanFailed) as caught:
            scanner.scan(tmp_path / "batch", resolution=100, source="Duplex")
        assert str(caught.value) == ("The scanner MFP refused the scan settings (Duplex). "
                                     "Choose another resolution, colour mode or source.")


def test_an_address_where_no_scanner_answers_is_said_plainly(tmp_path):
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with EsclScanner(f"127.0.0.1:{port}") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.capabilities()
    assert str(caught.value) == (
        f"The network scanner at http://127.0.0.1:{port}/eSCL does not answer. Check that it "
        "is switched on and that the address is right.")


def test_a_web_server_that_is_no_scanner_is_said_plainly(server):
    s = server()
    with EsclScanner(s.url + "/nothing") as scanner, pytest.raises(ScanFailed) as caught:
        scanner.capabilities()
    assert str(caught.value) == (f"{s.url}/nothing does not answer as a network (eSCL, "
                                 "AirScan) scanner: HTTP 404, text/xml.")


@pytest.mark.parametrize("typed,url", [
    ("192.168.1.20", "http://192.168.1.20/eSCL"),
    (" 192.168.1.20:8080 ", "http://192.168.1.20:8080/eSCL"),
    ("http://scanner.office.local/", "http://scanner.office.local/eSCL"),
    ("https://10.0.0.5/escl/", "https://10.0.0.5/escl"),
    ("fe80::1", None),
    ("[fd00::5]", "http://[fd00::5]/eSCL"),
])
def test_an_address_typed_by_a_person_becomes_the_scanner_url(typed, url):
    if url is None:
        # a bare IPv6 address needs its brackets, or its port cannot be told apart
        with pytest.raises(ScanFailed):
            scanner_url(typed)
    else:
        assert scanner_url(typed) == url


@pytest.mark.parametrize("typed", ["", "   ", "ftp://10.0.0.5", "my scanner", "http://",
                                   "10.0.0.5:99999", "sc@nner"])
def test_what_is_no_address_is_refused_with_an_example(typed):
    with pytest.raises(ScanFailed) as caught:
        scanner_url(typed)
    assert str(caught.value) == (
        f"\u201c{typed}\u201d is not a scanner's address. Type an IP address like 192.168.1.20 "
        "or an address like http://192.168.1.20/eSCL.")


def test_a_found_service_record_gives_the_model_and_url():
    assert service_scanner("_uscans._tcp.local.", "HP LaserJet MFP._uscans._tcp.local.",
                           ["fe80::1", "192.168.1.30"], 443,
                           {b"ty": b"HP LaserJet MFP M234", b"rs": b"/eSCL"}) == (
        "HP LaserJet MFP M234", "https://192.168.1.30:443/eSCL")
    assert service_scanner("_uscan._tcp.local.", "Brother MFC._uscan._tcp.local.",
                           ["192.168.1.31"], 80, {}) == ("Brother MFC",
                                                         "http://192.168.1.31:80/eSCL")
    assert service_scanner("_uscan._tcp.local.", "X._uscan._tcp.local.", [], 80, {}) is None


def test_a_scanner_announced_by_mdns_is_found_and_scans(server, tmp_path):
    s = server(pages=1)
    port = int(s.url.split(":")[2].split("/")[0])
    instance = f"Lett Test {uuid.uuid4().hex[:8]}"
    announcer = Zeroconf()
    info = ServiceInfo("_uscan._tcp.local.", f"{instance}._uscan._tcp.local.",
                       addresses=[socket.inet_aton("127.0.0.1")], port=port,
                       properties={"rs": "eSCL", "ty": instance},
                       server=f"{instance.replace(' ', '-')}.local.")
    announcer.register_service(info)
    try:
        found = dict(discover(timeout=2.0))
    finally:
        announcer.unregister_service(info)
        announcer.close()
    assert found[instance] == s.url
    with EsclScanner(found[instance], name=instance) as scanner:
        assert len(scanner.scan(tmp_path / "batch", resolution=100)) == 1
