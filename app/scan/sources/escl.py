"""Network scanners that speak eSCL (AirScan, Mopria): found by mDNS or typed in by address.

eSCL is plain HTTP: GET ScannerCapabilities says what the scanner offers; POST ScanJobs with the
scan settings starts a job (201 with its Location); GET {Location}/NextDocument gives one page
after the other until 404; 503 means "busy, ask again". When a job stops early, ScannerStatus
tells why (a jammed feeder, an open cover). Pages already fetched are kept in every case.
"""

from __future__ import annotations

import ipaddress
import re
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from PIL import Image
from zeroconf import ServiceBrowser, ServiceListener, Zeroconf

from app.core.errors import ScanFailed
from app.scan.pages import Page

PWG = "http://www.pwg.org/schemas/2010/12/sm"
SCAN = "http://schemas.hp.com/imaging/escl/2011/05/03"
NS = {"pwg": PWG, "scan": SCAN}
SERVICE_TYPES = ("_uscan._tcp.local.", "_uscans._tcp.local.")
# Sources as Lett names them -> the input caps element in ScannerCapabilities.
SOURCE_CAPS = {
    "Platen": "scan:Platen/scan:PlatenInputCaps",
    "Feeder": "scan:Adf/scan:AdfSimplexInputCaps",
    "Duplex": "scan:Adf/scan:AdfDuplexInputCaps",
}
# An A4 page in eSCL's unit, three-hundredths of an inch.
A4_300THS = (2480, 3508)
# A scanner warming up or feeding answers 503 for a while; this long is waited before it counts
# as busy with another person's job.
BUSY_WAIT_S = 60.0
BUSY_RETRY_S = 1.0
# The largest page image taken from a scanner (the same bound as for imported files).
MAX_PIXELS = 120_000_000
ADF_FAULTS = {
    "ScannerAdfJam": "scan_jammed",
    "ScannerAdfMispick": "scan_jammed",
    "ScannerAdfDoorOpen": "scan_cover_open",
    "ScannerAdfHatchOpen": "scan_cover_open",
}


@dataclass(frozen=True)
class EsclSource:
    """One source of a scanner: "Platen" (flatbed), "Feeder" or "Duplex"."""

    name: str
    resolutions: tuple[int, ...]
    color_modes: tuple[str, ...]
    formats: tuple[str, ...]
    max_width: int
    max_height: int


@dataclass(frozen=True)
class EsclCapabilities:
    make_and_model: str
    sources: dict[str, EsclSource]

    @property
    def resolutions(self) -> tuple[int, ...]:
        return tuple(sorted({r for s in self.sources.values() for r in s.resolutions}))

    @property
    def color_modes(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for source in self.sources.values():
            seen.update(dict.fromkeys(source.color_modes))
        return tuple(seen)


def scanner_url(address: str) -> str:
    """The eSCL base URL for what a person typed: "192.168.1.20", "scanner.local:8080",
    "http://192.168.1.20/eSCL". Raises ScanFailed("scan_address") for anything else."""
    text = address.strip()
    if not text or any(c.isspace() for c in text):
        raise ScanFailed("scan_address", address=address)
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
        port = parts.port
    except ValueError as error:
        raise ScanFailed("scan_address", address=address) from error
    if (parts.scheme not in ("http", "https") or not host or not _is_host(host)
            or "@" in parts.netloc or parts.query or parts.fragment):
        raise ScanFailed("scan_address", address=address)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = parts.path.rstrip("/") or "/eSCL"
    return f"{parts.scheme}://{netloc}{path}"


def _is_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                            r"(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?", host) is not None


class EsclScanner:
    """One eSCL scanner at `base_url` (e.g. http://192.168.1.20/eSCL)."""

    def __init__(self, base_url: str, *, name: str | None = None,
                 timeout: float = 120.0) -> None:
        self.base_url = scanner_url(base_url)
        self.name = name or (urlsplit(self.base_url).hostname or self.base_url)
        # Scanners serve eSCL over HTTPS with a certificate they made themselves, which no
        # authority signs; the LAN address the person chose is what is trusted.
        # A scanner may hold NextDocument until the sheet is scanned (long at 600 dpi in
        # colour); a wrong address should fail fast.
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                                   verify=False)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> EsclScanner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        if path.startswith("/"):
            parts = urlsplit(self.base_url)
            return f"{parts.scheme}://{parts.netloc}{path}"
        return f"{self.base_url}/{path}"

    def capabilities(self) -> EsclCapabilities:
        """What the scanner offers. Raises ScanFailed when it cannot be reached or is no eSCL
        scanner."""
        url = self._url("ScannerCapabilities")
        try:
            response = self.client.get(url)
        except httpx.HTTPError as error:
            raise ScanFailed("scan_unreachable", url=self.base_url) from error
        # The detail is for whoever sets the scanner up: what answered instead.
        detail = f"HTTP {response.status_code}, {response.headers.get('content-type', '-')}"
        if response.status_code != 200:
            raise ScanFailed("scan_not_escl", url=self.base_url, detail=detail)
        try:
            return parse_capabilities(response.content)
        except ValueError as error:
            raise ScanFailed("scan_not_escl", url=self.base_url, detail=detail) from error

    def status(self) -> tuple[str, str | None, dict[str, list[str]]]:
        """The scanner's state ("Idle", "Processing", "Stopped"), its feeder's state (e.g.
        "ScannerAdfJam") and each job's state reasons by job path."""
        response = self.client.get(self._url("ScannerStatus"))
        response.raise_for_status()
        root = _xml(response.content)
        state = root.findtext("pwg:State", "", NS)
        adf = root.findtext("scan:AdfState", None, NS)
        jobs = {}
        for job in root.iterfind(".//scan:JobInfo", NS):
            uri = job.findtext("pwg:JobUri", "", NS)
            reasons = [r.text or "" for r in job.iterfind(".//pwg:JobStateReason", NS)]
            jobs[urlsplit(uri).path.rstrip("/")] = reasons
        return state, adf, jobs

    def scan(self, work: Path, *, resolution: int = 300, color_mode: str = "Grayscale8",
             source: str = "Platen", cancel: threading.Event | None = None,
             on_page: Callable[[Page], None] | None = None) -> list[Page]:
        """Scan into `work`: the page on the platen, or all pages in the feeder (either way
        until NextDocument says 404, which also ends the job on the scanner).

        `color_mode` is an eSCL mode ("Grayscale8", "RGB24", "BlackAndWhite1"), `source` one of
        "Platen", "Feeder", "Duplex". Setting `cancel` ends the job and returns the pages so
        far; a jam, an open cover or a scanner that goes away raises ScanFailed with them.
        """
        capabilities = self.capabilities()
        caps = capabilities.sources.get(source)
        if caps is None:
            if source == "Platen":
                raise ScanFailed("scan_no_flatbed", scanner=self.name)
            if "Feeder" not in capabilities.sources:
                raise ScanFailed("scan_no_feeder", scanner=self.name)
            raise ScanFailed("scan_settings_refused", scanner=self.name, detail=source)
        work.mkdir(parents=True, exist_ok=True)
        document_format = "image/jpeg" if "image/jpeg" in caps.formats or not caps.formats \
            else "image/png" if "image/png" in caps.formats else caps.formats[0]
        job = self._start(settings_xml(caps, resolution, color_mode, document_format))
        pages: list[Page] = []
        stem = f"escl-{uuid.uuid4().hex[:8]}-p"
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    self._cancel(job)
                    return pages
                content = self._next_document(job, pages, cancel)
                if content is None:
                    break
                if not content:
                    # cancelled while the scanner was still busy with the sheet
                    self._cancel(job)
                    return pages
                page = self._save(content, work, stem, len(pages) + 1, resolution, pages)
                pages.append(page)
                if on_page is not None:
                    on_page(page)
        except httpx.TransportError as error:
            raise ScanFailed("scan_gone", pages, scanner=self.name) from error
        if not pages:
            fault = self._fault(job)
            if fault is None and source == "Platen":
                raise ScanFailed("scan_no_page", scanner=self.name)
            raise ScanFailed(fault or "scan_feeder_empty", scanner=self.name)
        return pages

    def _start(self, settings: bytes) -> str:
        deadline = time.monotonic() + BUSY_WAIT_S / 6
        while True:
            try:
                response = self.client.post(self._url("ScanJobs"), content=settings,
                                            headers={"Content-Type": "text/xml"})
            except httpx.HTTPError as error:
                raise ScanFailed("scan_unreachable", url=self.base_url) from error
            if response.status_code == 201 and response.headers.get("Location"):
                return urlsplit(self._url(response.headers["Location"])).path.rstrip("/")
            if response.status_code == 503 and time.monotonic() < deadline:
                time.sleep(BUSY_RETRY_S)
                continue
            if response.status_code == 503:
                raise ScanFailed("scan_busy", scanner=self.name)
            raise ScanFailed("scan_settings_refused", scanner=self.name,
                             detail=f"HTTP {response.status_code}")

    def _next_document(self, job: str, pages: list[Page],
                       cancel: threading.Event | None) -> bytes | None:
        """The next page's bytes, None when the job has no more pages (b"" when cancelled)."""
        deadline = time.monotonic() + BUSY_WAIT_S
        while True:
            response = self.client.get(self._url(f"{job}/NextDocument"))
            if response.status_code == 200:
                return response.content
            if response.status_code == 503 and time.monotonic() < deadline:
                if cancel is not None and cancel.wait(BUSY_RETRY_S):
                    return b""
                if cancel is None:
                    time.sleep(BUSY_RETRY_S)
                continue
            fault = self._fault(job) if response.status_code in (404, 409, 410, 500, 503) \
                else None
            if fault:
                raise ScanFailed(fault, pages, scanner=self.name)
            if response.status_code == 404:
                return None
            if response.status_code == 503:
                raise ScanFailed("scan_busy", pages, scanner=self.name)
            raise ScanFailed("scan_device_failed", pages, scanner=self.name,
                             detail=f"HTTP {response.status_code}")

    def _fault(self, job: str) -> str | None:
        """Why a job stopped, from ScannerStatus: a message code, or None for no fault."""
        try:
            _, adf, jobs = self.status()
        except (httpx.HTTPError, ValueError):
            return None
        if adf in ADF_FAULTS:
            return ADF_FAULTS[adf]
        reasons = " ".join(jobs.get(job, []))
        if "Jam" in reasons:
            return "scan_jammed"
        if "Open" in reasons:
            return "scan_cover_open"
        return None

    def _cancel(self, job: str) -> None:
        try:
            self.client.delete(self._url(job))
        except httpx.HTTPError:
            # The job ends by itself on the scanner after its timeout; nothing here to keep.
            return

    def _save(self, content: bytes, work: Path, stem: str, number: int, resolution: int,
              pages: list[Page]) -> Page:
        try:
            with Image.open(BytesIO(content)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValueError("page image too large")
                image.load()
                kind = image.format
                dpi = image.info.get("dpi")
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            raise ScanFailed("scan_page_damaged", pages, scanner=self.name) from error
        suffix = {"JPEG": ".jpg", "PNG": ".png", "TIFF": ".tif"}.get(kind or "", ".png")
        target = work / f"{stem}{number:03d}{suffix}"
        target.write_bytes(content)
        try:
            page_dpi = round(float(dpi[0])) if dpi else resolution
        except (TypeError, ValueError, IndexError):
            page_dpi = resolution
        return Page(image=target, dpi=page_dpi if 50 <= page_dpi <= 2400 else resolution,
                    source=f"eSCL {self.name} p. {number}")


def parse_capabilities(content: bytes) -> EsclCapabilities:
    """ScannerCapabilities XML -> EsclCapabilities. Raises ValueError when it is not one."""
    root = _xml(content)
    if root.tag != f"{{{SCAN}}}ScannerCapabilities":
        raise ValueError(f"the answer is {root.tag.rsplit('}', 1)[-1]}, not ScannerCapabilities")
    sources = {}
    for name, path in SOURCE_CAPS.items():
        caps = root.find(path, NS)
        if caps is None:
            continue
        resolutions = sorted({int(r.text or 0) for r in caps.iterfind(
            ".//scan:DiscreteResolution/scan:XResolution", NS) if (r.text or "").isdigit()})
        modes = list(dict.fromkeys(m.text or "" for m in caps.iterfind(".//scan:ColorMode", NS)))
        formats = list(dict.fromkeys(
            f.text or "" for f in caps.iter()
            if f.tag in (f"{{{PWG}}}DocumentFormat", f"{{{SCAN}}}DocumentFormatExt")))
        sources[name] = EsclSource(
            name=name, resolutions=tuple(resolutions), color_modes=tuple(modes),
            formats=tuple(formats),
            max_width=_int(caps.findtext("scan:MaxWidth", "", NS), A4_300THS[0]),
            max_height=_int(caps.findtext("scan:MaxHeight", "", NS), A4_300THS[1]))
    return EsclCapabilities(make_and_model=root.findtext("pwg:MakeAndModel", "", NS).strip(),
                            sources=sources)


def settings_xml(source: EsclSource, resolution: int, color_mode: str,
                 document_format: str) -> bytes:
    """The ScanSettings of a job: an A4 area (or the scanner's largest, if smaller)."""
    ET.register_namespace("pwg", PWG)
    ET.register_namespace("scan", SCAN)
    root = ET.Element(f"{{{SCAN}}}ScanSettings")

    def add(parent: ET.Element, ns: str, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ns}}}{tag}")
        if text is not None:
            element.text = text
        return element

    add(root, PWG, "Version", "2.0")
    region = add(add(root, PWG, "ScanRegions"), PWG, "ScanRegion")
    add(region, PWG, "Height", str(min(A4_300THS[1], source.max_height)))
    add(region, PWG, "Width", str(min(A4_300THS[0], source.max_width)))
    add(region, PWG, "XOffset", "0")
    add(region, PWG, "YOffset", "0")
    add(region, PWG, "ContentRegionUnits", "escl:ThreeHundredthsOfInches")
    add(root, PWG, "InputSource", "Platen" if source.name == "Platen" else "Feeder")
    if source.name != "Platen":
        add(root, SCAN, "Duplex", "true" if source.name == "Duplex" else "false")
    add(root, SCAN, "ColorMode", color_mode)
    add(root, SCAN, "XResolution", str(resolution))
    add(root, SCAN, "YResolution", str(resolution))
    add(root, PWG, "DocumentFormat", document_format)
    add(root, SCAN, "DocumentFormatExt", document_format)
    return ET.tostring(root, xml_declaration=True, encoding="utf-8")


def _xml(content: bytes) -> ET.Element:
    try:
        return ET.fromstring(content)
    except ET.ParseError as error:
        raise ValueError(f"the answer is not XML ({error})") from error


def _int(text: str, default: int) -> int:
    return int(text) if text.strip().isdigit() else default


def service_scanner(service_type: str, name: str, addresses: list[str], port: int,
                    properties: dict[bytes, bytes | None]) -> tuple[str, str] | None:
    """(name, base URL) of a scanner from its mDNS service record, or None without an address.

    The TXT record's "ty" names the model, "rs" the path of eSCL (usually "eSCL"); a
    _uscans service is HTTPS.
    """
    if not addresses:
        return None
    # IPv4 first: IPv6 link-local addresses need an interface that a URL cannot carry.
    address = sorted(addresses, key=lambda a: ":" in a)[0]
    host = f"[{address}]" if ":" in address else address
    text = {k.decode("utf-8", "replace").lower(): (v or b"").decode("utf-8", "replace")
            for k, v in properties.items()}
    path = text.get("rs", "eSCL").strip("/")
    scheme = "https" if service_type.startswith("_uscans.") else "http"
    label = text.get("ty") or name.split("." + service_type)[0].split("._")[0]
    return label, f"{scheme}://{host}:{port}/{path}" if path else f"{scheme}://{host}:{port}"


def discover(timeout: float = 2.0) -> list[tuple[str, str]]:
    """eSCL scanners announced on the LAN by mDNS within `timeout` seconds: (name, base URL),
    one per URL. Empty when none answered or multicast cannot be used on this PC."""
    found: list[tuple[str, str]] = []
    names: dict[tuple[str, str], None] = {}

    class Listener(ServiceListener):
        # Zeroconf's own thread calls these; they only note the name, resolving comes after.
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            names[(type_, name)] = None

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            names[(type_, name)] = None

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            names.pop((type_, name), None)

    try:
        zeroconf = Zeroconf()
    except OSError:
        return []
    try:
        browser = ServiceBrowser(zeroconf, list(SERVICE_TYPES), Listener())
        time.sleep(timeout)
        browser.cancel()
        for type_, name in list(names):
            info = zeroconf.get_service_info(type_, name, timeout=1000)
            if info is None or info.port is None:
                continue
            scanner = service_scanner(type_, name, info.parsed_addresses(), info.port,
                                      info.properties)
            if scanner is not None and scanner[1] not in {url for _, url in found}:
                found.append(scanner)
    finally:
        zeroconf.close()
    return sorted(found)

