"""System printing of documents (A4 notices): a PDF handed to CUPS with `lp`.

CUPS turns the PDF into what the printer speaks (a driverless or PPD queue), or passes it on
as it is (a PDF printer, a raw queue). The job's id is returned once CUPS has taken the job.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from app.core.errors import LettError

LP_TIMEOUT_S = 30
JOB_ID = re.compile(r"request id is (\S+)")

# What CUPS's `lp` says (in English: it runs with LC_ALL=C) and the error a person is shown.
CUPS_SAYS: tuple[tuple[str, str], ...] = (
    ("no default destination", "print_no_default"),
    ("does not exist", "print_no_printer"),
    ("unknown destination", "print_no_printer"),
    ("not accepting jobs", "print_not_accepting"),
    ("scheduler is not running", "print_cups_down"),
    ("unable to connect", "print_cups_down"),
    ("connection refused", "print_cups_down"),
    ("forbidden", "print_forbidden"),
    ("not authorized", "print_forbidden"),
)


def cups_error(said: str, printer: str) -> LettError:
    """The error for what `lp` said on failing: a sentence in the person's language naming
    what failed and what to do; CUPS's own words only when Lett does not know them."""
    detail = said.strip()
    for prefix in ("lp: ", "Error - ", "lp: Error - "):
        detail = detail.removeprefix(prefix)
    detail = detail.split(": Error - ", 1)[-1].strip().rstrip(".")
    lowered = said.lower()
    for words, code in CUPS_SAYS:
        if words in lowered:
            return LettError(code, printer=printer)
    return LettError("print_refused", printer=printer, detail=detail or "lp failed")


def print_pdf(path: Path, printer: str = "", title: str = "", copies: int = 1) -> str:
    """Send the PDF at `path` to the CUPS queue `printer` (empty: the default printer);
    the job's id, or a LettError saying in the person's words why it was not printed."""
    lp = shutil.which("lp")
    if lp is None:
        raise LettError("print_no_cups")
    command = [lp, "-n", str(max(1, copies)), "-o", "media=A4"]
    if printer:
        command += ["-d", printer]
    if title:
        command += ["-t", title]
    command += ["--", str(path)]
    english = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=LP_TIMEOUT_S,
                              env=english)
    except subprocess.TimeoutExpired as exc:
        raise LettError("print_timeout", printer=printer, seconds=LP_TIMEOUT_S) from exc
    except OSError as exc:
        raise LettError("print_refused", printer=printer, detail=str(exc)) from exc
    if done.returncode != 0:
        raise cups_error(done.stderr or done.stdout, printer)
    found = JOB_ID.search(done.stdout)
    return found.group(1) if found else ""
