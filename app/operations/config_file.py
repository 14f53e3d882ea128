"""The whole office configuration in one file (TOML or JSON, by the file's suffix), so a
second office starts from the first one's.

The file holds the office (name, address, registry code, logo as base64, highest priority,
no-show count), every office-wide setting, the services with their hours and the counters
with their services, under a format version. It does not hold the office's code or id (the
office that imports it keeps its own), nor staff accounts: people and their passwords stay
in the office that has them, and each office makes its own. It does hold the kiosks' admin
PIN (an office-wide setting), so keep the file where only admins read it.

An import reads and checks the whole file first (its shape, unknown keys, and every value by
the same rules as the configuration dialog), then sets the configuration in one unit of work;
a file that is broken or not valid changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from app.core import config as rules
from app.core.errors import Invalid, LettError, NotFound
from app.core.permissions import Action
from app.operations.config import (
    CounterSpec,
    OfficeConfig,
    OfficeInfo,
    ServiceSpec,
    apply_config,
    check_counter,
    check_service,
    office_config,
)
from app.operations.context import Context

FORMAT = 1
SUFFIXES = (".toml", ".json")
FILE_FIELD = "configuration file"

# key in the file -> the field's name in messages (app.core.config.FIELDS)
OFFICE_KEYS = {"name": "office name", "address": "address", "registry_code": "registry code",
               "logo": "logo", "priority_cap": "highest priority",
               "noshow_after": "no-show after"}
SERVICE_KEYS = {"code": "service letter", "name_et": "service name (Estonian)",
                "name_ru": "service name (Russian)", "name_en": "service name (English)",
                "colour": "colour", "target_wait_min": "target wait",
                "daily_limit": "daily limit", "hours": "service hours",
                "priority_aging_min": "priority aging", "active": "service"}
COUNTER_KEYS = {"number": "counter number", "name": "counter name", "label": "display label",
                "services": "counter services"}
_TEXT_KEYS = {"name", "address", "registry_code", "logo", "code", "name_et", "name_ru",
              "name_en", "colour", "label"}
_OPTIONAL_KEYS = {"address", "registry_code", "logo", "colour", "target_wait_min",
                  "daily_limit", "hours", "priority_aging_min", "active"}


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise Invalid("config_file_type", field=FILE_FIELD, path=str(path))
    return suffix


# -- writing --------------------------------------------------------------------------------


def config_data(config: OfficeConfig) -> dict[str, Any]:
    """The configuration as the file holds it (no empty values: TOML has no null)."""
    info = config.office
    office: dict[str, Any] = {"name": info.name, "address": info.address,
                              "registry_code": info.registry_code,
                              "priority_cap": info.priority_cap,
                              "noshow_after": info.noshow_after}
    if info.logo:
        office["logo"] = base64.b64encode(info.logo).decode("ascii")
    settings: dict[str, dict[str, Any]] = {}
    for key, value in config.settings.items():
        group, name = key.split(".", 1)
        settings.setdefault(group, {})[name] = value
    services = []
    for spec in config.services:
        service = {key: getattr(spec, key) for key in SERVICE_KEYS}
        services.append({k: v for k, v in service.items() if v is not None})
    counters = [{"number": c.number, "name": c.name, "label": c.label,
                 "services": list(c.services)} for c in config.counters]
    return {"format": FORMAT, "office": office, "settings": settings, "services": services,
            "counters": counters}


def export_config(ctx: Context, path: Path) -> Path:
    """Write the office's configuration to `path` (.toml or .json); the path written. The file
    is written whole or not at all (a new file, then renamed over the old one)."""
    path = Path(path)
    suffix = _suffix(path)
    data = config_data(office_config(ctx))
    if suffix == ".toml":
        text = tomli_w.dumps(data)
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


# -- reading --------------------------------------------------------------------------------


def _table(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise Invalid("config_file_table", field=FILE_FIELD, key=where)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid("config_file_list", field=FILE_FIELD, key=where)
    return value


def _fields(table: Mapping[str, Any], keys: Mapping[str, str], where: str) -> dict[str, Any]:
    """The table's values by key, every key known and every required one there, texts being
    text; the values themselves are checked by the configuration's rules."""
    for key in table:
        if key not in keys:
            raise Invalid("config_file_key", field=FILE_FIELD, key=f"{where}.{key}")
    out: dict[str, Any] = {}
    for key, field in keys.items():
        value = table.get(key)
        if value is None:
            if key not in _OPTIONAL_KEYS:
                raise Invalid("config_file_missing", field=FILE_FIELD, key=f"{where}.{key}")
            continue
        if key in _TEXT_KEYS and not isinstance(value, str):
            raise Invalid("config_text", field=field)
        out[key] = value
    return out


def _logo(text: str | None) -> bytes | None:
    if not text:
        return None
    try:
        return rules.logo(base64.b64decode(text, validate=True))
    except (binascii.Error, ValueError):
        raise Invalid("config_logo", field="logo", limit=rules.MAX_LOGO_BYTES // 1024) from None


def _settings(value: Any) -> dict[str, Any]:
    """Every office-wide setting: the file's (checked), the default where the file has none."""
    settings = {key: spec.default for key, spec in rules.OFFICE_SETTINGS.items()}
    for group, table in _table(value, "settings").items():
        for name, item in _table(table, f"settings.{group}").items():
            key = f"{group}.{name}"
            settings[key] = rules.check_setting(key, item)
    return settings


def config_from_data(data: Any) -> OfficeConfig:
    """The configuration a file's contents hold, every value checked (Invalid naming the first
    fault); what a file should hold is `config_data`."""
    top = _table(data, "file")
    for key in top:
        if key not in ("format", "office", "settings", "services", "counters"):
            raise Invalid("config_file_key", field=FILE_FIELD, key=key)
    version = top.get("format")
    if type(version) is not int or version != FORMAT:
        if version is None:
            raise Invalid("config_file_missing", field=FILE_FIELD, key="format")
        raise Invalid("config_file_version", field=FILE_FIELD, version=str(version)[:20],
                      supported=FORMAT)
    office = _fields(_table(top.get("office"), "office"), OFFICE_KEYS, "office")
    info = OfficeInfo(
        id="", code="",
        name=rules.need_text("office name", office["name"]),
        address=rules.optional_text("address", office.get("address", ""), 300),
        registry_code=rules.registry_code(office.get("registry_code", "")),
        logo=_logo(office.get("logo")),
        timezone="",
        priority_cap=rules.need_int("highest priority", office["priority_cap"], 0, 9),
        noshow_after=rules.need_int("no-show after", office["noshow_after"], 1, 9),
    )
    settings = _settings(top.get("settings", {}))
    services = []
    seen: dict[str, str] = {}
    for n, item in enumerate(_list(top.get("services"), "services"), 1):
        values = _fields(_table(item, f"services[{n}]"), SERVICE_KEYS, f"services[{n}]")
        spec = check_service(ServiceSpec(**values))
        if spec.code in seen:
            raise Invalid("config_duplicate_letter", field="service letter", letter=spec.code,
                          service=seen[spec.code])
        seen[spec.code] = spec.name_et
        services.append(spec)
    counters = []
    numbers: set[int] = set()
    for n, item in enumerate(_list(top.get("counters"), "counters"), 1):
        values = _fields(_table(item, f"counters[{n}]"), COUNTER_KEYS, f"counters[{n}]")
        values["services"] = tuple(_list(values["services"], f"counters[{n}].services"))
        spec_c = check_counter(CounterSpec(**values))
        if spec_c.number in numbers:
            raise Invalid("config_duplicate_counter", field="counter number",
                          number=spec_c.number)
        numbers.add(spec_c.number)
        for code in spec_c.services:
            if code not in seen:
                raise NotFound("config_unknown_service", letter=code)
        counters.append(spec_c)
    return OfficeConfig(info, settings, tuple(services), tuple(counters))


def read_config_file(path: Path) -> OfficeConfig:
    """The configuration in the file at `path`, checked whole. Invalid "config_file_broken"
    for a file that cannot be read or parsed, "config_file_invalid" (the first fault as its
    detail) for one whose contents are not a valid configuration."""
    path = Path(path)
    suffix = _suffix(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
        data = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
    except OSError as exc:
        raise Invalid("config_file_broken", field=FILE_FIELD, path=str(path),
                      detail=exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise Invalid("config_file_broken", field=FILE_FIELD, path=str(path),
                      detail=str(exc)) from exc
    try:
        return config_from_data(data)
    except (Invalid, NotFound) as exc:
        raise Invalid("config_file_invalid", field=FILE_FIELD, path=str(path),
                      detail=exc) from exc


def import_config(ctx: Context, path: Path) -> OfficeConfig:
    """Make the office's configuration the one in the file at `path` (.toml or .json): the
    office's name, address, registry code, logo, highest priority and no-show count, every
    office-wide setting, services and counters (those the file does not list are removed).
    Staff accounts and the office's code stay as they are. Nothing changes when the file is
    broken or any value in it is not valid. The configuration as it is now."""
    ctx.require(Action.CONFIGURE)
    config = read_config_file(path)
    try:
        apply_config(ctx, config)
    except (Invalid, NotFound) as exc:
        if isinstance(exc, LettError) and exc.code.startswith("config_file"):
            raise
        raise Invalid("config_file_invalid", field=FILE_FIELD, path=str(path),
                      detail=exc) from exc
    return office_config(ctx)
