"""System printing of documents (A4 notices): a PDF handed to CUPS with `lp`.

CUPS turns the PDF into what the printer speaks (a driverless or PPD queue), or passes it on
as it is (a PDF printer, a raw queue). The job's id is returned once CUPS has taken the job.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from app.core.errors import LettError

LP_TIMEOUT_S = 30
JOB_ID = re.compile(r"request id is (\S+)")


def print_pdf(path: Path, printer: str = "", title: str = "", copies: int = 1) -> str:
    """Send the PDF at `path` to the CUPS queue `printer` (empty: the default printer);
    the job's id, or LettError notice_print_failed with CUPS's words."""
    lp = shutil.which("lp")
    if lp is None:
        raise LettError("notice_print_failed", detail="no CUPS client (lp) on this PC")
    command = [lp, "-n", str(max(1, copies)), "-o", "media=A4"]
    if printer:
        command += ["-d", printer]
    if title:
        command += ["-t", title]
    command += ["--", str(path)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=LP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LettError("notice_print_failed", detail=str(exc)) from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().removeprefix("lp: ") or "lp failed"
        raise LettError("notice_print_failed", detail=detail)
    found = JOB_ID.search(done.stdout)
    return found.group(1) if found else ""
