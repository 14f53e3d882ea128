"""Report an IT problem: what a person writes, with this PC's diagnostics attached, so IT
support sees at once what Lett knows: its version, the ticket printer's status, the sync
status and the last errors of the log. Given to an escalation to the IT support target (a
Jira issue's description, or an e-mail's text)."""

from __future__ import annotations

import platform
import re
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

import app
from app.i18n import translate
from app.integrations.jira import adf
from app.logfile import LOG_FILE
from app.store.db import Database
from app.store.models import LocalMeta, Outbox, SyncRejection

# The sync client's stamp of its last successful sync (app.sync.engine.LAST_SYNC).
LAST_SYNC_KEY = "last_sync_at"
LOG_LINES = 20
_ERROR_LINE = re.compile(r"\b(ERROR|CRITICAL|Traceback)\b")


@dataclass(frozen=True)
class Diagnostics:
    version: str
    computer: str
    printer: str
    sync: str
    log_errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ItReport:
    summary: str
    text: str

    @property
    def adf(self) -> dict[str, Any]:
        return adf.document(self.text)


def last_log_errors(path: Path, limit: int = LOG_LINES) -> list[str]:
    """The last `limit` error lines of a log file (none if there is no file)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as log:
            return list(deque((line.rstrip() for line in log if _ERROR_LINE.search(line)),
                              maxlen=limit))
    except OSError:
        return []


def printer_text(uri: str, lang: str, problem: str | None = None, reported: bool = False,
                 error: str = "") -> str:
    """The ticket printer's line: its address and what it said (or why it could not)."""
    if not uri:
        return translate("it_report", "no ticket printer set", lang)
    if error:
        state = translate("it_report", "cannot be reached: {detail}", lang).format(
            detail=error)
    elif not reported:
        state = translate("it_report", "does not report its status", lang)
    elif problem:
        state = translate("it_report", "not ready: {problem}", lang).format(problem=problem)
    else:
        state = translate("it_report", "ready", lang)
    return f"{uri}: {state}"


def sync_text(db: Database, lang: str, server: str = "") -> str:
    """This PC's sync state from its store: the server, changes waiting, refused changes and
    the last sync."""
    with db.read() as s:
        waiting = s.scalar(select(func.count()).select_from(Outbox)) or 0
        refused = s.scalar(select(func.count()).select_from(SyncRejection)) or 0
        last = s.scalar(select(LocalMeta.value).where(LocalMeta.key == LAST_SYNC_KEY))
    if not server:
        return translate("it_report", "not connected to a server", lang)
    last_text = last or translate("it_report", "never", lang)
    return translate(
        "it_report", "server {server}; {waiting} changes waiting, {refused} refused; "
        "last sync {last}", lang,
    ).format(server=server, waiting=waiting, refused=refused, last=last_text)


def diagnostics(db: Database, home: Path, lang: str, *, printer: str,
                server: str = "") -> Diagnostics:
    """This PC's diagnostics; `printer` as printer_text gives it (the caller asks the
    printer)."""
    return Diagnostics(app.__version__, f"{platform.node()} ({platform.platform()})",
                       printer, sync_text(db, lang, server), last_log_errors(home / LOG_FILE))


def it_problem(description: str, diag: Diagnostics, lang: str,
               now: datetime | None = None) -> ItReport:
    """The report: the first line of the description as its summary, then the description
    and the diagnostics."""
    first = next((line.strip() for line in description.splitlines() if line.strip()), "")
    summary = first[:200] or translate("it_report", "IT problem on {computer}", lang).format(
        computer=platform.node())
    lines = [
        description.strip(),
        "",
        translate("it_report", "Diagnostics", lang),
        translate("it_report", "Lett version: {version}", lang).format(version=diag.version),
        translate("it_report", "Computer: {computer}", lang).format(computer=diag.computer),
        translate("it_report", "Ticket printer: {printer}", lang).format(printer=diag.printer),
        translate("it_report", "Sync: {sync}", lang).format(sync=diag.sync),
    ]
    if now is not None:
        lines.append(translate("it_report", "Reported at: {time}", lang).format(
            time=now.isoformat(timespec="seconds")))
    lines.append("")
    if diag.log_errors:
        lines.append(translate("it_report", "Last errors of the log", lang))
        lines += diag.log_errors
    else:
        lines.append(translate("it_report", "No errors in the log.", lang))
    return ItReport(summary, "\n".join(lines))
