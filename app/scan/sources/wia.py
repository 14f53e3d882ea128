"""Scanners on Windows through WIA 2.0 (Windows Image Acquisition), by its automation objects
(`WIA.DeviceManager`, reached with pywin32's COM client).

A feeder gives pages until WIA says the feeder is empty; the flatbed gives one page. Each page is
written into the batch's folder as a PNG and handed to `on_page` at once. A jam, an open cover,
a busy scanner or one that stops answering raises ScanFailed with the pages scanned before, the
same messages as a SANE scanner's.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import ScanFailed
from app.scan.pages import Page

# WIA's own numbers (wiadef.h).
SCANNER_DEVICE_TYPE = 1
FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"
DOCUMENT_HANDLING_SELECT = "3088"  # WIA_DPS_DOCUMENT_HANDLING_SELECT
FEEDER, FLATBED = 1, 2
PAGES = "3096"  # WIA_DPS_PAGES: 0 = every page in the feeder
CURRENT_INTENT = "6146"  # WIA_IPS_CUR_INTENT
INTENT_COLOR, INTENT_GRAYSCALE = 1, 2
X_RESOLUTION, Y_RESOLUTION = "6147", "6148"
# HRESULTs of WIA_ERROR_… as pywin32 reports them (signed 32-bit).
PAPER_JAM = -2145320958  # 0x80210002
PAPER_EMPTY = -2145320957  # 0x80210003
PAPER_PROBLEM = -2145320956  # 0x80210004
OFFLINE = -2145320955  # 0x80210005
BUSY = -2145320954  # 0x80210006
DEVICE_COMMUNICATION = -2145320950  # 0x8021000A
COVER_OPEN = -2145320938  # 0x80210016
NO_DEVICE = -2145320939  # 0x80210015
FAILURES = {
    PAPER_JAM: "scan_jammed", PAPER_PROBLEM: "scan_jammed", COVER_OPEN: "scan_cover_open",
    OFFLINE: "scan_gone", DEVICE_COMMUNICATION: "scan_gone", NO_DEVICE: "scan_gone",
    BUSY: "scan_busy",
}


@dataclass(frozen=True)
class WiaScanner:
    device_id: str
    name: str


def device_manager() -> Any:
    """WIA's device manager; ScanFailed scan_no_wia where Windows' WIA or pywin32 is missing."""
    try:
        import win32com.client  # type: ignore[import-not-found]
    except ImportError:
        raise ScanFailed("scan_no_wia") from None
    try:
        return win32com.client.Dispatch("WIA.DeviceManager")
    except Exception as exc:  # noqa: BLE001 - COM says why in its own words
        raise ScanFailed("scan_no_wia") from exc


def _hresult(exc: BaseException) -> int | None:
    """The HRESULT of a COM error: pywin32 gives it as the first argument, and the one WIA
    itself raised in the exception information (the fifth field of the third argument)."""
    args = getattr(exc, "args", ())
    if len(args) >= 3 and isinstance(args[2], tuple) and len(args[2]) >= 6 \
            and isinstance(args[2][5], int):
        return args[2][5]
    if args and isinstance(args[0], int):
        return args[0]
    return None


def _set(properties: Any, key: str, value: int) -> None:
    """Set a WIA property the device has; one it lacks is left as the device keeps it."""
    with contextlib.suppress(Exception):  # a property the device does not have
        properties(key).Value = value


def list_scanners(manager: Any = None) -> list[WiaScanner]:
    """The scanners WIA knows on this PC."""
    manager = manager if manager is not None else device_manager()
    found = []
    infos = manager.DeviceInfos
    for i in range(1, infos.Count + 1):
        info = infos.Item(i)
        if info.Type == SCANNER_DEVICE_TYPE:
            found.append(WiaScanner(str(info.DeviceID), str(info.Properties("Name").Value)))
    return found


def scan(device_id: str, work: Path, *, resolution: int = 300, color: bool = False,
         feeder: bool = True, cancel: threading.Event | None = None,
         on_page: Callable[[Page], None] | None = None, manager: Any = None) -> list[Page]:
    """Scan from the WIA scanner `device_id` into `work`: every page in the feeder, or one
    from the flatbed. Setting `cancel` stops after the page being scanned."""
    manager = manager if manager is not None else device_manager()
    infos = manager.DeviceInfos
    info = next((infos.Item(i) for i in range(1, infos.Count + 1)
                 if str(infos.Item(i).DeviceID) == device_id), None)
    if info is None:
        raise ScanFailed("scan_gone", [], scanner=device_id)
    name = str(info.Properties("Name").Value)
    pages: list[Page] = []
    try:
        device = info.Connect()
        _set(device.Properties, DOCUMENT_HANDLING_SELECT, FEEDER if feeder else FLATBED)
        _set(device.Properties, PAGES, 0 if feeder else 1)
        item = device.Items(1)
        _set(item.Properties, CURRENT_INTENT, INTENT_COLOR if color else INTENT_GRAYSCALE)
        _set(item.Properties, X_RESOLUTION, resolution)
        _set(item.Properties, Y_RESOLUTION, resolution)
    except Exception as exc:  # noqa: BLE001 - COM's error, told in the person's words
        raise _failed(exc, pages, name) from exc
    work.mkdir(parents=True, exist_ok=True)
    while cancel is None or not cancel.is_set():
        try:
            image = item.Transfer(FORMAT_PNG)
        except Exception as exc:  # noqa: BLE001 - COM's error, told in the person's words
            if _hresult(exc) == PAPER_EMPTY and pages:
                break  # an empty feeder after some pages: the job is done
            if _hresult(exc) == PAPER_EMPTY:
                raise ScanFailed("scan_feeder_empty", pages, scanner=name) from exc
            raise _failed(exc, pages, name) from exc
        path = work / f"wia-{uuid.uuid4().hex[:12]}.png"
        image.SaveFile(str(path))
        page = Page(path, dpi=resolution, source=name)
        pages.append(page)
        if on_page is not None:
            on_page(page)
        if not feeder:
            break
    return pages


def _failed(exc: BaseException, pages: list[Page], name: str) -> ScanFailed:
    code = FAILURES.get(_hresult(exc) or 0)
    if code is not None:
        return ScanFailed(code, pages, scanner=name)
    return ScanFailed("scan_device_failed", pages, scanner=name,
                      detail=str(exc) or type(exc).__name__)
