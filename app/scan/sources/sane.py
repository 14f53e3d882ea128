"""Scanners through SANE (Linux), by the `scanimage` program of sane-utils.

`scanimage` runs as a child process, so a backend that crashes or hangs cannot take Lett with it,
and the pages it has written stay in the batch's folder whatever happens. A feeder is scanned in
one `--batch` job, page after page until it is empty (the normal end of a feeder job); a flatbed
gives one page. When the scanner jams, has its cover open or goes away mid-job, the pages
scanned before are kept and handed over in the `ScanFailed` error with the message for the
person.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.core.errors import ScanFailed
from app.scan.pages import Page

# SANE_Status values, as scanimage reports them per page and as its exit status.
STATUS_GOOD = 0
STATUS_CANCELLED = 2
STATUS_DEVICE_BUSY = 3
STATUS_INVAL = 4
STATUS_EOF = 5
STATUS_JAMMED = 6
STATUS_NO_DOCS = 7
STATUS_COVER_OPEN = 8
STATUS_IO_ERROR = 9
FAILURES = {
    STATUS_JAMMED: "scan_jammed",
    STATUS_COVER_OPEN: "scan_cover_open",
    STATUS_IO_ERROR: "scan_gone",
    STATUS_DEVICE_BUSY: "scan_busy",
}
# Listing scanners may wait for network backends; a page of a slow scanner at 600 dpi can take
# a minute, so a job has no overall limit, only the listing and the option query have.
LIST_TIMEOUT_S = 60
# After a cancel, the scanner gets this long to stop the sheet it feeds; then scanimage is told
# to end at once, and is ended if it does not within the grace time.
STOP_WAIT_S = 0.5
CANCEL_GRACE_S = 10
# Once scanimage has reported the end of the job it gets this long to close the scanner.
END_WAIT_S = 10
# Resolutions offered when the scanner takes any value in a range.
COMMON_RESOLUTIONS = (75, 100, 150, 200, 300, 400, 600, 1200)

SCANNED = re.compile(r"^Scanned page (\d+)\. \(scanner status = (\d+)\)")
FAILED = re.compile(r"^scanimage: (?:sane_start|sane_read|sane_get_parameters): (.+)$")
OPEN_FAILED = re.compile(r"^scanimage: open of device .* failed: (.+)$")
OPTION_FAILED = re.compile(r"^scanimage: (setting of option --\S+ failed.*)$")
OPTION_LINE = re.compile(r"^\s+--(source|mode|resolution)\s+(.*?)\s+\[(.*)\]\s*$")


@dataclass(frozen=True)
class Scanner:
    """A scanner as SANE lists it."""

    device: str
    vendor: str
    model: str
    kind: str

    @property
    def name(self) -> str:
        return f"{self.vendor} {self.model}".strip() or self.device


@dataclass(frozen=True)
class ScannerOptions:
    """What a scanner offers: its sources (flatbed, feeder), modes and resolutions."""

    sources: tuple[str, ...]
    source: str | None
    modes: tuple[str, ...]
    mode: str | None
    resolutions: tuple[int, ...]


def is_feeder(source: str) -> bool:
    """Whether a SANE source name is a document feeder ("ADF", "ADF Duplex",
    "Automatic Document Feeder"), which gives pages until it is empty."""
    return re.search(r"\badf\b|feeder|duplex", source, re.IGNORECASE) is not None


def scanimage() -> str:
    program = shutil.which("scanimage")
    if program is None:
        raise ScanFailed("scan_no_scanimage")
    return program


def _environment() -> dict[str, str]:
    # scanimage's messages are parsed, so they must come in English whatever the desk's locale.
    return {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}


def list_scanners() -> list[Scanner]:
    """The scanners SANE finds now (USB and, through its network backends, on the LAN)."""
    try:
        done = subprocess.run([scanimage(), "-f", "%d\t%v\t%m\t%t%n"], capture_output=True,
                              text=True, timeout=LIST_TIMEOUT_S, env=_environment())
    except subprocess.TimeoutExpired:
        return []
    scanners = []
    for line in done.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0]:
            scanners.append(Scanner(*parts))
    return scanners


def scanner_options(device: str) -> ScannerOptions:
    """The sources, modes and resolutions `device` offers, with the ones it is set to."""
    try:
        done = subprocess.run([scanimage(), "-d", device, "-A"], capture_output=True,
                              text=True, timeout=LIST_TIMEOUT_S, env=_environment())
    except subprocess.TimeoutExpired as error:
        raise ScanFailed("scan_gone", scanner=device) from error
    if done.returncode != 0:
        raise _open_failed(device, done.stderr)
    found: dict[str, tuple[list[str], str | None]] = {}
    for line in done.stdout.splitlines():
        match = OPTION_LINE.match(line)
        if match and match.group(1) not in found:
            current = match.group(3)
            found[match.group(1)] = (match.group(2).split("|"),
                                     None if current == "inactive" else current)
    sources, source = found.get("source", ([], None))
    modes, mode = found.get("mode", ([], None))
    values, _ = found.get("resolution", ([], None))
    return ScannerOptions(tuple(sources), source, tuple(modes), mode, _resolutions(values))


def _resolutions(values: list[str]) -> tuple[int, ...]:
    text = "|".join(values).replace("dpi", "")
    if ".." in text:
        low, high = (float(part.split()[0]) for part in text.split("..", 1))
        return tuple(r for r in COMMON_RESOLUTIONS if low <= r <= high)
    return tuple(int(float(value)) for value in text.split("|") if value.strip())


def _open_failed(device: str, stderr: str) -> ScanFailed:
    for line in stderr.splitlines():
        match = OPEN_FAILED.match(line)
        if match:
            return ScanFailed("scan_open_failed", scanner=device, detail=match.group(1))
    lines = stderr.strip().splitlines()
    return ScanFailed("scan_open_failed", scanner=device,
                      detail=lines[-1] if lines else "scanimage -A")


def scan(device: str, work: Path, *, resolution: int = 300, mode: str = "Gray",
         source: str | None = None, cancel: threading.Event | None = None,
         on_page: Callable[[Page], None] | None = None) -> list[Page]:
    """Scan from `device` into `work`: every page in the feeder, or one from the flatbed.

    `on_page` is called with each page as soon as it is written (from this thread). Setting
    `cancel` stops the scanner; the pages scanned until then are returned. A jam, an open cover
    or a scanner that goes away raises ScanFailed with the pages scanned before in `.pages`.
    """
    program = scanimage()
    work.mkdir(parents=True, exist_ok=True)
    feeder = is_feeder(source if source is not None
                       else scanner_options(device).source or "")
    stem = f"scan-{uuid.uuid4().hex[:8]}-p"
    extension = "jpg" if mode.lower().startswith("colo") else "png"
    command = [program, "-d", device, f"--format={'jpeg' if extension == 'jpg' else 'png'}",
               f"--batch={work / stem}%03d.{extension}", "--resolution", str(resolution),
               "--mode", mode]
    if source is not None:
        command += ["--source", source]
    if not feeder:
        command.append("--batch-count=1")
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=_environment())
    stopper = _Stopper(process, cancel)
    pages: list[Page] = []
    last_status = STATUS_GOOD
    messages: list[str] = []
    # scanimage says a page is scanned just before it renames the page's file from its partial
    # name; the page is taken when the next line (or the end) shows the rename is done.
    pending: Path | None = None

    def take_pending() -> None:
        nonlocal pending
        if pending is not None and pending.exists():
            page = Page(image=pending, dpi=resolution, source=f"{device} p. {len(pages) + 1}")
            pages.append(page)
            if on_page is not None:
                on_page(page)
        pending = None

    lines: queue.Queue[str | None] = queue.Queue()
    assert process.stderr is not None
    threading.Thread(target=_read_lines, args=(process.stderr, lines), daemon=True,
                     name="scanimage-output").start()
    # Set once scanimage has said how the job ended; it should exit at once then.
    ended = False
    hung = False
    try:
        while True:
            try:
                line = lines.get(timeout=END_WAIT_S if ended else None)
            except queue.Empty:
                # The end is known but scanimage does not exit: some backends hang closing the
                # device after a fault. Nothing more can come from it.
                hung = True
                process.kill()
                ended = False
                continue
            if line is None:
                break
            take_pending()
            line = line.rstrip("\n")
            ended = line.startswith("Batch terminated")
            match = SCANNED.match(line)
            if match is None:
                if line.startswith("scanimage:"):
                    messages.append(line)
                continue
            number, last_status = int(match.group(1)), int(match.group(2))
            if last_status == STATUS_EOF:
                pending = work / f"{stem}{number:03d}.{extension}"
            else:
                ended = True
        returncode = process.wait()
        if hung:
            returncode = STATUS_GOOD if last_status == STATUS_EOF else last_status
        take_pending()
    finally:
        stopper.finish()
        if process.poll() is None:
            process.kill()
            process.wait()
        # A page cut off mid-way is left by scanimage as a partial file: it is no page.
        for partial in work.glob(f"{stem}*.part"):
            partial.unlink(missing_ok=True)
    if stopper.cancelled:
        return pages
    _raise_for(device, returncode, last_status, messages, pages)
    return pages


def _read_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _raise_for(device: str, returncode: int, last_status: int, messages: list[str],
               pages: list[Page]) -> None:
    """Turn how scanimage ended into the person's message, or nothing for a good end."""
    status = returncode if returncode > 0 else last_status
    if returncode < 0:
        # Ended by a signal nobody here sent: the backend crashed, as when a USB scanner is
        # pulled out mid-page.
        raise ScanFailed("scan_gone", pages, scanner=device)
    if status in (STATUS_GOOD, STATUS_EOF, STATUS_CANCELLED):
        return
    if status == STATUS_NO_DOCS:
        # An empty feeder after some pages is how a feeder job ends.
        if pages:
            return
        raise ScanFailed("scan_feeder_empty", pages, scanner=device)
    if status in FAILURES:
        raise ScanFailed(FAILURES[status], pages, scanner=device)
    for line in messages:
        if OPEN_FAILED.match(line):
            raise _open_failed(device, line)
        option = OPTION_FAILED.match(line)
        if option:
            raise ScanFailed("scan_settings_refused", pages, scanner=device,
                             detail=option.group(1))
    detail = next((m.group(1) for line in reversed(messages) if (m := FAILED.match(line))),
                  f"SANE status {status}")
    raise ScanFailed("scan_device_failed", pages, scanner=device, detail=detail)


class _Stopper:
    """Stops scanimage when `cancel` is set: first asks it to stop the scanner (SIGINT, as
    Ctrl+C would), and ends it if the scanner does not stop in time."""

    def __init__(self, process: subprocess.Popen[str], cancel: threading.Event | None) -> None:
        self.process = process
        self.cancel = cancel
        self.cancelled = False
        self.done = threading.Event()
        self.thread: threading.Thread | None = None
        if cancel is not None:
            self.thread = threading.Thread(target=self._watch, daemon=True,
                                           name="scanimage-cancel")
            self.thread.start()

    def _watch(self) -> None:
        assert self.cancel is not None
        while not self.done.is_set():
            if self.cancel.wait(0.1):
                self.cancelled = True
                self._stop()
                return

    def _stop(self) -> None:
        # scanimage's first SIGINT cancels the page being read, but in a feeder job it may go
        # on to the next sheet; its second SIGINT ends it at once. Pages finished meanwhile
        # are kept: their paper has gone through the scanner.
        for signum, wait in ((signal.SIGINT, STOP_WAIT_S), (signal.SIGINT, CANCEL_GRACE_S)):
            if self.process.poll() is not None:
                return
            self.process.send_signal(signum)
            try:
                self.process.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue
        self.process.kill()

    def finish(self) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()
