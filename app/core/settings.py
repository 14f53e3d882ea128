"""The device settings registry: every key with its type, default and title, in one place.

Device settings (this PC's printer, counter, language, server) live in `settings.toml` in the
data folder. The office's configuration (services, counters, the kiosk's and the display's
settings, opening days) lives in the database and reaches every PC by sync
(app.core.config).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from app.core.errors import SettingsError

LANGUAGES: tuple[str, ...] = ("et", "ru", "en")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str
    check: Callable[[Any], str | None] | None = None


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in choices else f"use one of {', '.join(choices)}"

    return check


def _window_place(value: Any) -> str | None:
    if value == "":
        return None
    parts = str(value).split(",")
    if len(parts) != 4 or not all(p.strip().lstrip("-").isdigit() for p in parts):
        return "use x,y,width,height in pixels, e.g. 40,30,1280,720 (empty: fit the screen)"
    return None


def _at_least(low: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value >= low else f"must be at least {low}"

    return check


def _between(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if low <= value <= high else f"must be from {low} to {high}"

    return check


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("ui.language", str, "et", "Language of the staff window", _one_of(*LANGUAGES)),
        Setting("ui.window", str, "", "Place and size of the staff window (x,y,width,height; "
                "empty: fit the screen)", _window_place),
        Setting("ui.window_maximized", bool, False, "Open the staff window maximised"),
        Setting("office.code", str, "", "Office of this PC (its code)"),
        Setting("counter.number", int, 0, "Counter of this PC (0: ask)", _at_least(0)),
        Setting("printer.uri", str, "", "Ticket printer (tcp://, usb://, serial://, file://, cups://)"),
        Setting("printer.profile", str, "80mm", "Ticket printer paper", _one_of(
            "58mm", "80mm", "58mm-basic", "80mm-basic")),
        Setting("printer.timeout", float, 5.0, "Ticket printer time-out (seconds)"),
        Setting("printer.qr", bool, True, "Print the QR code of the ticket's page on tickets "
                "(where the office has a public address; off for a printer without QR)"),
        Setting("printer.desk_tickets", bool, True, "Print the tickets issued at this PC's "
                "desk (a visitor registered, a ticket reissued) on its ticket printer"),
        Setting("kiosk.double_tap_seconds", float, 3.0, "Same-service presses within (seconds) "
                "give one ticket"),
        Setting("display.language", str, "et", "Display language", _one_of(*LANGUAGES)),
        Setting("display.speech", bool, True, "Say each call aloud on this display (the "
                "chime sounds either way)"),
        Setting("display.volume", int, 80, "Volume of the chime and the voice on this display "
                "(0-100)", _between(0, 100)),
        Setting("display.voice_folder", str, "", "Folder of the office's recorded call "
                "fragments, a subfolder per language (empty: the built-in voice)"),
        Setting("kiosk.read_aloud", bool, True, "Offer visitors to hear their number read "
                "aloud at the kiosk"),
        Setting("kiosk.volume", int, 80, "Volume of the kiosk's voice (0-100)", _between(0, 100)),
        Setting("server.url", str, "", "Server of this PC (empty: none, work alone)"),
        Setting("server.ca", str, "", "Certificate authority file that vouches for the server"),
        Setting("server.role", str, "", "Role of this PC at the server", _one_of(
            "", "desk", "counter", "kiosk", "display")),
        Setting("sync.interval_seconds", int, 10, "Sync with the server every (seconds)",
                _at_least(2)),
        Setting("notices.printer", str, "", "Printer of notices (a CUPS queue; empty: the "
                "system's default printer)"),
        Setting("mail.host", str, "", "Mail server that sends notices (empty: no e-mail)"),
        Setting("mail.port", int, 25, "Mail server port", _at_least(1)),
        Setting("mail.security", str, "starttls", "Mail server connection", _one_of(
            "none", "starttls", "tls")),
        Setting("mail.user", str, "", "Mail server user (empty: none)"),
        Setting("mail.sender", str, "", "Sender address of notices sent by e-mail"),
        Setting("scan.scanner", str, "", "Scanner of this PC (sane:DEVICE or an eSCL address "
                "such as escl:http://192.168.1.20/eSCL; empty: choose when scanning)"),
        Setting("scan.resolution", int, 300, "Scanning resolution (dpi)", _at_least(75)),
        Setting("scan.color", str, "gray", "Scan in", _one_of("gray", "color")),
        Setting("scan.source", str, "feeder", "Scan from", _one_of("feeder", "flatbed")),
        Setting("scan.watch_folder", str, "", "Folder a multifunction printer scans into "
                "(empty: none)"),
        Setting("scan.ocr", bool, True, "Add a text layer to registered documents (OCR)"),
        Setting("register.slip_printer", str, "", "Printer of registration slips (a CUPS queue; "
                "empty: the system's default printer)"),
    )
}


class Settings:
    """Values of the registry read from a TOML file; unknown keys are kept and written back."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read the file. A missing file gives the defaults; a broken one raises SettingsError
        and is never overwritten."""
        if not path.exists():
            return cls(path)
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError("settings_broken", path=str(path), detail=str(exc)) from exc
        except OSError as exc:
            raise SettingsError("settings_broken", path=str(path), detail=exc.strerror) from exc
        values: dict[str, Any] = {}
        _flatten(raw, "", values)
        settings = cls(path, values)
        for key, value in values.items():
            if key in REGISTRY:
                settings._check(key, value)
        return settings

    def _check(self, key: str, value: Any) -> Any:
        spec = REGISTRY[key]
        if spec.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
            raise SettingsError("settings_invalid", key=key, path=str(self.path),
                                detail=f"expected {spec.type.__name__}, got {value!r}")
        if spec.check and (problem := spec.check(value)):
            raise SettingsError("settings_invalid", key=key, path=str(self.path), detail=problem)
        return value

    def get(self, key: str) -> Any:
        spec = REGISTRY[key]
        if key in self._values:
            return self._check(key, self._values[key])
        return spec.default

    def set(self, key: str, value: Any) -> None:
        self._values[key] = self._check(key, value)

    def save(self) -> None:
        """Write atomically: a crash mid-write leaves the old file."""
        nested: dict[str, Any] = {}
        for key, value in sorted(self._values.items()):
            node = nested
            *parents, leaf = key.split(".")
            for p in parents:
                node = node.setdefault(p, {})
            node[leaf] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".toml.tmp")
        tmp.write_text(tomli_w.dumps(nested), encoding="utf-8")
        os.replace(tmp, self.path)


def _flatten(node: dict[str, Any], prefix: str, out: dict[str, Any]) -> None:
    for key, value in node.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, full + ".", out)
        else:
            out[full] = value
