"""The office's configuration: the office itself, its services, counters and office-wide
settings. Reading the whole configuration and every change need the admin role; every change
is recorded in `admin_changes` (who, when, which field, old and new value).

Kiosks and displays read the office-wide settings they need with `office_settings`, which
needs no role: it holds nothing personal.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import config as rules
from app.core.errors import Invalid, NotFound, Refused
from app.core.permissions import Action
from app.operations.central import central
from app.operations.context import Context
from app.store.models import (
    AdminChange,
    Counter,
    CounterService,
    Office,
    OfficeSetting,
    Service,
    Ticket,
)


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    code: str
    name: str
    address: str
    registry_code: str
    logo: bytes | None
    timezone: str
    priority_cap: int
    noshow_after: int


@dataclass(frozen=True)
class ServiceSpec:
    """A service as an admin sets it up (letter, names, colour, target wait, limit, hours,
    priority aging). `hours` None: open whenever the office is."""

    code: str
    name_et: str
    name_ru: str
    name_en: str
    colour: str = "#1f6feb"
    target_wait_min: int = 15
    daily_limit: int | None = None
    hours: dict[str, list[str]] | None = None
    priority_aging_min: int | None = None
    active: bool = True


@dataclass(frozen=True)
class CounterSpec:
    number: int
    name: str
    label: str
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfficeConfig:
    office: OfficeInfo
    settings: dict[str, Any]
    services: tuple[ServiceSpec, ...]
    counters: tuple[CounterSpec, ...]
    extra: dict[str, Any] = field(default_factory=dict)


# -- checking -------------------------------------------------------------------------------


def check_service(spec: ServiceSpec) -> ServiceSpec:
    """The spec with its values cleaned, or Invalid naming the first bad field."""
    return ServiceSpec(
        code=rules.letter(spec.code),
        name_et=rules.need_text("service name (Estonian)", spec.name_et),
        name_ru=rules.need_text("service name (Russian)", spec.name_ru),
        name_en=rules.need_text("service name (English)", spec.name_en),
        colour=rules.colour(spec.colour),
        target_wait_min=rules.need_int("target wait", spec.target_wait_min, 1, 480),
        daily_limit=None if spec.daily_limit in (None, 0, "")
        else rules.need_int("daily limit", spec.daily_limit, 1, 999),
        hours=None if not spec.hours else rules.hours("service hours", spec.hours),
        priority_aging_min=None if spec.priority_aging_min in (None, 0, "")
        else rules.need_int("priority aging", spec.priority_aging_min, 1, 480),
        active=rules.need_bool("service", spec.active) if not isinstance(spec.active, bool)
        else spec.active,
    )


def check_counter(spec: CounterSpec) -> CounterSpec:
    services = tuple(dict.fromkeys(rules.letter(c) for c in spec.services))
    if not services:
        raise Invalid("config_no_services", field="counter services")
    return CounterSpec(
        number=rules.need_int("counter number", spec.number, 1, 999),
        name=rules.need_text("counter name", spec.name),
        label=rules.need_text("display label", spec.label, 32),
        services=services,
    )


# -- reading --------------------------------------------------------------------------------


def _office(s: Session, ctx: Context) -> Office:
    office = s.get(Office, ctx.office_id)
    assert office is not None
    return office


def _logo_bytes(text: str | None) -> bytes | None:
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _office_info(office: Office) -> OfficeInfo:
    return OfficeInfo(office.id, office.code, office.name, office.address,
                      office.registry_code, _logo_bytes(office.logo), office.timezone,
                      office.priority_cap, office.noshow_after)


def _stored_settings(s: Session, ctx: Context) -> dict[str, OfficeSetting]:
    rows = s.scalars(select(OfficeSetting).where(OfficeSetting.office_id == ctx.office_id,
                                                 OfficeSetting.deleted_at.is_(None)))
    return {row.key: row for row in rows}


def _settings(s: Session, ctx: Context) -> dict[str, Any]:
    stored = _stored_settings(s, ctx)
    values = {}
    for key in rules.OFFICE_SETTINGS:
        row = stored.get(key)
        try:
            raw = None if row is None else json.loads(row.value)
        except ValueError:
            raw = None
        values[key] = rules.setting_value(key, raw)
    return values


@functools.cache
def _public_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("EE", years=year))


def closed_days(settings: Mapping[str, Any], year: int) -> frozenset[date]:
    """The office's closed days around `year` (this one and the next, for "opens on ..."):
    its extra closed days and, where it keeps them, Estonia's public holidays."""
    days = {date.fromisoformat(d) for d in settings["office.closed_days"]}
    if settings["office.public_holidays"]:
        days |= _public_holidays(year) | _public_holidays(year + 1)
    return frozenset(days)


def office_settings(ctx: Context) -> dict[str, Any]:
    """The office-wide settings (every key of app.core.config.OFFICE_SETTINGS, defaults
    where unset). Open to every role: kiosks and displays follow them."""
    with ctx.db.read() as s:
        return _settings(s, ctx)


def _services(s: Session, ctx: Context) -> list[Service]:
    return list(s.scalars(
        select(Service).where(Service.office_id == ctx.office_id, Service.deleted_at.is_(None))
        .order_by(Service.position, Service.code)
    ))


def _service_spec(row: Service) -> ServiceSpec:
    return ServiceSpec(row.code, row.name_et, row.name_ru, row.name_en, row.colour,
                       row.target_wait_min, row.daily_limit,
                       dict(row.hours) if row.hours else None, row.priority_aging_min,
                       row.active)


def _counters(s: Session, ctx: Context) -> list[tuple[Counter, tuple[str, ...]]]:
    counters = list(s.scalars(
        select(Counter).where(Counter.office_id == ctx.office_id, Counter.deleted_at.is_(None))
        .order_by(Counter.number)
    ))
    letters = {row.id: row.code for row in _services(s, ctx)}
    links = s.execute(
        select(CounterService.counter_id, CounterService.service_id).where(
            CounterService.office_id == ctx.office_id, CounterService.deleted_at.is_(None))
    ).all()
    served: dict[str, list[str]] = {}
    for counter_id, service_id in links:
        if service_id in letters:
            served.setdefault(counter_id, []).append(letters[service_id])
    return [(c, tuple(sorted(served.get(c.id, [])))) for c in counters]


def office_config(ctx: Context) -> OfficeConfig:
    """The whole configuration of the office, for the admin dialog and the export."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.read() as s:
        return OfficeConfig(
            office=_office_info(_office(s, ctx)),
            settings=_settings(s, ctx),
            services=tuple(_service_spec(r) for r in _services(s, ctx)),
            counters=tuple(CounterSpec(c.number, c.name, c.label, letters)
                           for c, letters in _counters(s, ctx)),
        )


# -- changing -------------------------------------------------------------------------------


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def record(s: Session, ctx: Context, table: str, row_id: str, field_name: str, old: object,
           new: object) -> None:
    """Write one entry of the record of admin changes."""
    s.add(AdminChange(office_id=ctx.office_id, at=ctx.now(), actor=ctx.actor.name,
                      table_name=table, row_id=row_id, field=field_name,
                      old_value=_text(old), new_value=_text(new)))


def _set(s: Session, ctx: Context, row: Any, field_name: str, value: object,
         shown: object = None) -> bool:
    old = getattr(row, field_name)
    if old == value:
        return False
    setattr(row, field_name, value)
    if field_name == "logo":  # the record keeps that it changed, not the image
        record(s, ctx, row.__tablename__, row.id, field_name,
               None if old is None else "(image)", None if value is None else "(image)")
    else:
        record(s, ctx, row.__tablename__, row.id, field_name, old,
               value if shown is None else shown)
    return True


OFFICE_FIELDS = ("name", "address", "registry_code", "logo", "priority_cap", "noshow_after")


@central
def update_office(ctx: Context, **changes: Any) -> OfficeInfo:
    """Change the office's name, address, registry code, logo (bytes, or None to remove it),
    highest priority level or no-show count. Checks every value before changing any."""
    ctx.require(Action.CONFIGURE)
    clean = _clean_office(changes)
    with ctx.db.write() as s:
        office = _office(s, ctx)
        for name, value in clean.items():
            _set(s, ctx, office, name, value)
        s.flush()
        info = _office_info(office)
    ctx.cache.clear()
    return info


def _clean_office(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(OFFICE_FIELDS)
    if unknown:
        raise TypeError(f"not office fields: {sorted(unknown)}")
    clean: dict[str, Any] = {}
    if "name" in changes:
        clean["name"] = rules.need_text("office name", changes["name"])
    if "address" in changes:
        clean["address"] = rules.optional_text("address", changes["address"], 300)
    if "registry_code" in changes:
        clean["registry_code"] = rules.registry_code(changes["registry_code"])
    if "logo" in changes:
        image = rules.logo(changes["logo"])
        clean["logo"] = None if image is None else base64.b64encode(image).decode("ascii")
    if "priority_cap" in changes:
        clean["priority_cap"] = rules.need_int("highest priority", changes["priority_cap"], 0, 9)
    if "noshow_after" in changes:
        clean["noshow_after"] = rules.need_int("no-show after", changes["noshow_after"], 1, 9)
    return clean


@central
def save_office(ctx: Context, office: Mapping[str, Any],
                settings: Mapping[str, Any]) -> OfficeConfig:
    """The office page of the admin dialog: office fields and office-wide settings, checked
    together and changed in one unit of work. The configuration as it is now."""
    ctx.require(Action.CONFIGURE)
    clean = _clean_office(office)
    values = {key: rules.check_setting(key, value) for key, value in settings.items()}
    with ctx.db.write() as s:
        row = _office(s, ctx)
        for name, value in clean.items():
            _set(s, ctx, row, name, value)
        _write_settings(s, ctx, values)
    ctx.cache.clear()
    return office_config(ctx)


@central
def update_settings(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    """Change office-wide settings; every value is checked before any is changed. The
    settings as they are now."""
    ctx.require(Action.CONFIGURE)
    clean = {key: rules.check_setting(key, value) for key, value in values.items()}
    with ctx.db.write() as s:
        _write_settings(s, ctx, clean)
        s.flush()
        settings = _settings(s, ctx)
    ctx.cache.clear()
    return settings


def _write_settings(s: Session, ctx: Context, clean: Mapping[str, Any]) -> None:
    stored = _stored_settings(s, ctx)
    current = _settings(s, ctx)
    for key, value in clean.items():
        if current.get(key) == value and key in stored:
            continue
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        shown = "(changed)" if key == "kiosk.admin_pin" else value
        row = stored.get(key)
        if row is None:
            row = OfficeSetting(office_id=ctx.office_id, key=key, value=text)
            s.add(row)
            s.flush()
            record(s, ctx, OfficeSetting.__tablename__, row.id, key,
                   None if key == "kiosk.admin_pin" else current.get(key), shown)
        elif row.value != text:
            old = "(changed)" if key == "kiosk.admin_pin" else current.get(key)
            row.value = text
            record(s, ctx, OfficeSetting.__tablename__, row.id, key, old, shown)


def _service_row(
    s: Session, ctx: Context, code: str, with_removed: bool = False
) -> Service | None:
    query = select(Service).where(Service.office_id == ctx.office_id, Service.code == code)
    if not with_removed:
        query = query.where(Service.deleted_at.is_(None))
    return s.scalars(query).first()


SERVICE_FIELDS = ("code", "name_et", "name_ru", "name_en", "colour", "target_wait_min",
                  "daily_limit", "hours", "priority_aging_min", "active")


@central
def save_service(
    ctx: Context, spec: ServiceSpec, original_code: str | None = None
) -> ServiceSpec:
    """Add a service, or change the one whose letter was `original_code`. A letter in use by
    another service is refused."""
    ctx.require(Action.CONFIGURE)
    clean = check_service(spec)
    with ctx.db.write() as s:
        _save_service(s, ctx, clean, original_code)
        s.flush()
    ctx.cache.clear()
    return clean


def _save_service(
    s: Session, ctx: Context, clean: ServiceSpec, original_code: str | None
) -> None:
    row = None
    if original_code is not None:
        row = _service_row(s, ctx, original_code.strip().upper())
        if row is None:
            raise NotFound("config_unknown_service", letter=original_code)
    clash = _service_row(s, ctx, clean.code, with_removed=True)
    if clash is not None and clash is not row:
        if clash.deleted_at is None:
            raise Invalid("config_duplicate_letter", field="service letter",
                          letter=clean.code, service=clash.name_et)
        if row is None:  # a removed service's letter: take that row up again
            row = clash
            _set(s, ctx, row, "deleted_at", None)
        else:  # the removed service keeps its letter for the tickets it numbered
            raise Invalid("config_letter_retired", field="service letter", letter=clean.code,
                          service=clash.name_et)
    if row is None:
        position = s.scalar(select(func.coalesce(func.max(Service.position), -1) + 1).where(
            Service.office_id == ctx.office_id)) or 0
        row = Service(office_id=ctx.office_id, code=clean.code, name_et=clean.name_et,
                      name_ru=clean.name_ru, name_en=clean.name_en, position=position)
        s.add(row)
        s.flush()
        record(s, ctx, Service.__tablename__, row.id, "code", None, clean.code)
    for name in SERVICE_FIELDS:
        _set(s, ctx, row, name, getattr(clean, name))


@central
def remove_service(ctx: Context, code: str) -> None:
    """Remove a service: it is no longer offered, and counters stop serving it. Refused while
    visitors wait for it (call or transfer them first)."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.write() as s:
        _remove_service(s, ctx, code)
    ctx.cache.clear()


def _remove_service(s: Session, ctx: Context, code: str) -> None:
    row = _service_row(s, ctx, code.strip().upper())
    if row is None:
        raise NotFound("config_unknown_service", letter=code)
    waiting = s.scalar(select(func.count()).select_from(Ticket).where(
        Ticket.service_id == row.id, Ticket.status.in_(("waiting", "called", "parked"))))
    if waiting:
        raise Refused("config_service_in_use", service=row.name_et, count=waiting)
    now = ctx.now()
    _set(s, ctx, row, "deleted_at", now)
    row.active = False
    for link in s.scalars(select(CounterService).where(CounterService.service_id == row.id,
                                                       CounterService.deleted_at.is_(None))):
        link.deleted_at = now


def _counter_row(s: Session, ctx: Context, number: int,
                 with_removed: bool = False) -> Counter | None:
    query = select(Counter).where(Counter.office_id == ctx.office_id, Counter.number == number)
    if not with_removed:
        query = query.where(Counter.deleted_at.is_(None))
    return s.scalars(query).first()


@central
def save_counter(
    ctx: Context, spec: CounterSpec, original_number: int | None = None
) -> CounterSpec:
    """Add a counter, or change the one that had `original_number`: its number, name, display
    label and the services it serves."""
    ctx.require(Action.CONFIGURE)
    clean = check_counter(spec)
    with ctx.db.write() as s:
        _save_counter(s, ctx, clean, original_number)
        s.flush()
    ctx.cache.clear()
    return clean


def _save_counter(s: Session, ctx: Context, clean: CounterSpec,
                  original_number: int | None) -> None:
    services = {row.code: row for row in _services(s, ctx)}
    for code in clean.services:
        if code not in services:
            raise NotFound("config_unknown_service", letter=code)
    row = None
    if original_number is not None:
        row = _counter_row(s, ctx, original_number)
        if row is None:
            raise NotFound("config_unknown_counter", number=original_number)
    clash = _counter_row(s, ctx, clean.number, with_removed=True)
    if clash is not None and clash is not row:
        if clash.deleted_at is None:
            raise Invalid("config_duplicate_counter", field="counter number",
                          number=clean.number)
        if row is None:
            row = clash
            _set(s, ctx, row, "deleted_at", None)
        else:
            raise Invalid("config_duplicate_counter", field="counter number",
                          number=clean.number)
    if row is None:
        row = Counter(office_id=ctx.office_id, number=clean.number, name=clean.name,
                      label=clean.label)
        s.add(row)
        s.flush()
        record(s, ctx, Counter.__tablename__, row.id, "number", None, clean.number)
    for name in ("number", "name", "label"):
        _set(s, ctx, row, name, getattr(clean, name))
    links = {link.service_id: link for link in s.scalars(
        select(CounterService).where(CounterService.counter_id == row.id))}
    before = sorted(code for code, svc in services.items()
                    if svc.id in links and links[svc.id].deleted_at is None)
    wanted = {services[code].id for code in clean.services}
    for service_id in wanted:
        link = links.get(service_id)
        if link is None:
            s.add(CounterService(office_id=ctx.office_id, counter_id=row.id,
                                 service_id=service_id))
        elif link.deleted_at is not None:
            link.deleted_at = None
    for service_id, link in links.items():
        if service_id not in wanted and link.deleted_at is None:
            link.deleted_at = ctx.now()
    after = sorted(clean.services)
    if before != after:
        record(s, ctx, Counter.__tablename__, row.id, "services", ",".join(before),
               ",".join(after))


@central
def remove_counter(ctx: Context, number: int) -> None:
    """Remove a counter. Refused while it has a visitor called to it."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.write() as s:
        row = _counter_row(s, ctx, number)
        if row is None:
            raise NotFound("config_unknown_counter", number=number)
        busy = s.scalar(select(Ticket.number).where(
            Ticket.counter_id == row.id, Ticket.status.in_(("called", "parked"))).limit(1))
        if busy:
            raise Refused("counter_busy", counter=row.label, ticket=busy)
        now = ctx.now()
        _set(s, ctx, row, "deleted_at", now)
        for link in s.scalars(select(CounterService).where(CounterService.counter_id == row.id,
                                                           CounterService.deleted_at.is_(None))):
            link.deleted_at = now
    ctx.cache.clear()


@central
def apply_config(ctx: Context, config: OfficeConfig) -> None:
    """Make the office's configuration the given one, in one unit of work: office fields,
    settings, services (added, changed; those not listed are removed) and counters. Every
    value is checked before anything is changed; nothing changes when one is bad."""
    ctx.require(Action.CONFIGURE)
    info = config.office
    name = rules.need_text("office name", info.name)
    address = rules.optional_text("address", info.address, 300)
    registry = rules.registry_code(info.registry_code)
    image = rules.logo(info.logo)
    cap = rules.need_int("highest priority", info.priority_cap, 0, 9)
    noshow = rules.need_int("no-show after", info.noshow_after, 1, 9)
    settings = {key: rules.check_setting(key, value) for key, value in config.settings.items()}
    services = [check_service(spec) for spec in config.services]
    seen: dict[str, str] = {}
    for spec in services:
        if spec.code in seen:
            raise Invalid("config_duplicate_letter", field="service letter", letter=spec.code,
                          service=seen[spec.code])
        seen[spec.code] = spec.name_et
    counters = [check_counter(spec) for spec in config.counters]
    numbers: set[int] = set()
    for counter in counters:
        if counter.number in numbers:
            raise Invalid("config_duplicate_counter", field="counter number",
                          number=counter.number)
        numbers.add(counter.number)
        for code in counter.services:
            if code not in seen:
                raise NotFound("config_unknown_service", letter=code)
    with ctx.db.write() as s:
        office = _office(s, ctx)
        for field_name, value in (("name", name), ("address", address),
                                  ("registry_code", registry),
                                  ("logo", None if image is None
                                   else base64.b64encode(image).decode("ascii")),
                                  ("priority_cap", cap), ("noshow_after", noshow)):
            _set(s, ctx, office, field_name, value)
        _write_settings(s, ctx, settings)
        for present, _letters in _counters(s, ctx):
            if present.number not in numbers:
                remove = present
                _set(s, ctx, remove, "deleted_at", ctx.now())
                for link in s.scalars(select(CounterService).where(
                        CounterService.counter_id == remove.id,
                        CounterService.deleted_at.is_(None))):
                    link.deleted_at = ctx.now()
        s.flush()
        existing = {row.code for row in _services(s, ctx)}
        for position, spec in enumerate(services):
            _save_service(s, ctx, spec, spec.code if spec.code in existing else None)
            service = _service_row(s, ctx, spec.code)
            assert service is not None
            service.position = position
        s.flush()
        for code in existing - set(seen):
            _remove_service(s, ctx, code)
        s.flush()
        for counter in counters:
            found = _counter_row(s, ctx, counter.number)
            _save_counter(s, ctx, counter, counter.number if found is not None else None)
    ctx.cache.clear()
