"""Scanning through Windows Image Acquisition. WIA's automation objects exist only on Windows,
so here a stand-in plays WIA.DeviceManager at that boundary, with WIA's own property numbers
and error HRESULTs; everything on Lett's side (settings, pages, errors) runs for real."""

import sys

import pytest
from PIL import Image

from app.core.errors import ScanFailed
from app.i18n import error_text
from app.scan.sources import wia


class ComError(Exception):
    """The shape of pywintypes.com_error: (hresult, text, (wcode, source, description,
    helpfile, helpcontext, scode), argerror)."""

    def __init__(self, scode):
        super().__init__(-2147352567, "Exception occurred.",
                         (0, "WIA", "WIA error", None, 0, scode), None)


class Property:
    def __init__(self, value=None):
        self.Value = value


class Properties:
    def __init__(self, **values):
        self.values = {k: Property(v) for k, v in values.items()}

    def __call__(self, key):
        if key not in self.values:
            raise ComError(-2147352565)
        return self.values[key]


class Image_:
    def __init__(self, shade):
        self.shade = shade

    def SaveFile(self, path):  # noqa: N802 - WIA's name
        Image.new("L", (85, 110), self.shade).save(path)


class Item:
    def __init__(self, device):
        self.device = device
        self.Properties = Properties(**{wia.CURRENT_INTENT: 4, wia.X_RESOLUTION: 100,
                                        wia.Y_RESOLUTION: 100})

    def Transfer(self, fmt):  # noqa: N802
        assert fmt == wia.FORMAT_PNG
        if not self.device.paper:
            raise ComError(wia.PAPER_EMPTY)
        outcome = self.device.paper.pop(0)
        if isinstance(outcome, int) and outcome < 0:
            raise ComError(outcome)
        return Image_(outcome)


class Device:
    def __init__(self, paper):
        self.paper = list(paper)
        self.Properties = Properties(**{wia.DOCUMENT_HANDLING_SELECT: 2, wia.PAGES: 1})
        self.item = Item(self)

    def Items(self, index):  # noqa: N802
        assert index == 1
        return self.item


class Info:
    def __init__(self, device_id, name, device, kind=wia.SCANNER_DEVICE_TYPE):
        self.DeviceID = device_id
        self.Type = kind
        self.Properties = Properties(Name=name)
        self.device = device

    def Connect(self):  # noqa: N802
        return self.device


class Infos:
    def __init__(self, infos):
        self.infos = infos
        self.Count = len(infos)

    def Item(self, index):  # noqa: N802
        return self.infos[index - 1]


class Manager:
    def __init__(self, *infos):
        self.DeviceInfos = Infos(list(infos))


def test_the_scanners_wia_knows_are_listed_and_cameras_left_out():
    manager = Manager(Info("{6BDD1FC6}\\0000", "Canon DR-C225", Device([])),
                      Info("{6BDD1FC6}\\0001", "Webcam", Device([]), kind=2))
    assert wia.list_scanners(manager) == [wia.WiaScanner("{6BDD1FC6}\\0000", "Canon DR-C225")]


def test_a_feeder_gives_every_page_with_the_settings_asked_for(tmp_path):
    device = Device([250, 200, 150])
    manager = Manager(Info("dev-1", "Canon DR-C225", device))
    seen = []
    pages = wia.scan("dev-1", tmp_path, resolution=300, color=True, feeder=True,
                     on_page=seen.append, manager=manager)
    assert len(pages) == 3 and seen == pages
    assert all(p.image.exists() and p.dpi == 300 and p.source == "Canon DR-C225"
               for p in pages)
    assert device.Properties(wia.DOCUMENT_HANDLING_SELECT).Value == wia.FEEDER
    assert device.item.Properties(wia.CURRENT_INTENT).Value == wia.INTENT_COLOR
    assert device.item.Properties(wia.X_RESOLUTION).Value == 300


def test_the_flatbed_gives_one_page_in_grey(tmp_path):
    device = Device([250, 200])
    pages = wia.scan("dev-1", tmp_path, feeder=False,
                     manager=Manager(Info("dev-1", "HP ScanJet", device)))
    assert len(pages) == 1
    assert device.Properties(wia.DOCUMENT_HANDLING_SELECT).Value == wia.FLATBED
    assert device.item.Properties(wia.CURRENT_INTENT).Value == wia.INTENT_GRAYSCALE


@pytest.mark.parametrize(("hresult", "code"), [
    (wia.PAPER_JAM, "scan_jammed"), (wia.COVER_OPEN, "scan_cover_open"),
    (wia.OFFLINE, "scan_gone"), (wia.BUSY, "scan_busy"),
])
def test_a_fault_mid_feeder_keeps_the_pages_before_and_says_what_to_do(tmp_path, hresult,
                                                                        code):
    manager = Manager(Info("dev-1", "Canon DR-C225", Device([250, 240, hresult, 200])))
    with pytest.raises(ScanFailed) as failed:
        wia.scan("dev-1", tmp_path, manager=manager)
    assert failed.value.code == code
    assert len(failed.value.pages) == 2 and all(p.image.exists() for p in failed.value.pages)
    assert "Canon DR-C225" in error_text(failed.value, "en")
    assert "2" in error_text(failed.value, "et")


def test_an_empty_feeder_and_a_scanner_that_is_gone_are_told(tmp_path):
    manager = Manager(Info("dev-1", "Canon DR-C225", Device([])))
    with pytest.raises(ScanFailed) as empty:
        wia.scan("dev-1", tmp_path, manager=manager)
    assert empty.value.code == "scan_feeder_empty"
    with pytest.raises(ScanFailed) as gone:
        wia.scan("dev-2", tmp_path, manager=manager)
    assert gone.value.code == "scan_gone"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has WIA")
def test_without_windows_image_acquisition_the_message_says_so():
    with pytest.raises(ScanFailed) as missing:
        wia.device_manager()
    assert missing.value.code == "scan_no_wia"
