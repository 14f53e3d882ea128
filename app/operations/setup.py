"""Setting up an office: the demo office that `lett demo` creates, and a new office from the
first-run setup (its services, a counter and its first administrator)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.core import accounts as account_rules
from app.core import config as rules
from app.core.errors import Invalid, NotFound, PermissionDenied, Refused
from app.core.ids import uuid7
from app.core.permissions import Action, Actor
from app.core.settings import REGISTRY
from app.operations.config import (
    CounterSpec,
    ServiceSpec,
    check_counter,
    check_service,
    record,
)
from app.operations.context import Context
from app.store.db import Database
from app.store.models import Counter, CounterService, Office, Service, StaffAccount
from printers.errors import PrinterConfigError
from printers.profiles import PROFILES
from printers.uri import parse_printer_uri

DEMO_SERVICES = (
    ("A", "Pensionid", "Пенсии", "Pensions", "#1f6feb"),
    ("B", "Toetused ja hüvitised", "Пособия и компенсации", "Benefits", "#2da44e"),
    ("C", "Dokumendid ja tõendid", "Документы и справки", "Documents and certificates", "#bf8700"),
)
# counter number -> the services it serves
DEMO_COUNTERS = {1: "AB", 2: "BC", 3: "ABC"}
# The demo office's document register series (index, numbering pattern, name), so documents
# can be registered at once; the document types are the register's defaults.
DEMO_SERIES = (
    ("1-2", "{S}/{DA}-{3DN}", "Kirjavahetus"),
    ("7", "{S}-{DN}/{DA}", "Märgukirjad ja selgitustaotlused"),
)


def create_demo_office(db: Database, actor: Actor, code: str = "DEMO") -> str:
    """Create the demo office (services A, B, C; counters 1-3) unless it exists; its id."""
    if not actor.may(Action.CONFIGURE):
        raise PermissionDenied("permission_denied", actor=actor.name, action=str(Action.CONFIGURE))
    with db.write() as s:
        existing = s.scalars(select(Office).where(Office.code == code)).first()
        if existing is not None:
            return existing.id
        office_id = uuid7()
        office = Office(id=office_id, office_id=office_id, code=code,
                        name="Tallinna teenindusbüroo")
        s.add(office)
        services = {}
        for position, (letter, et, ru, en, colour) in enumerate(DEMO_SERVICES):
            service = Service(
                office_id=office.id, code=letter, name_et=et, name_ru=ru, name_en=en,
                colour=colour, target_wait_min=15, position=position,
            )
            s.add(service)
            services[letter] = service
        s.flush()
        for number, letters in DEMO_COUNTERS.items():
            counter = Counter(office_id=office.id, number=number, name=f"Teeninduslett {number}",
                              label=str(number))
            s.add(counter)
            s.flush()
            for letter in letters:
                s.add(CounterService(office_id=office.id, counter_id=counter.id,
                                     service_id=services[letter].id))
        return office.id



def create_demo_register_setup(ctx: Context) -> None:
    """The demo office's register series, unless it has series already, so `lett demo`
    can register documents at once (its document types are the register's defaults)."""
    from app.operations.register import list_series, save_series

    if not list_series(ctx):
        for index, pattern, name in DEMO_SERIES:
            save_series(ctx, index, pattern, name)


# -- a new office: the first-run setup --------------------------------------------------------

# The services a new office starts from, to be changed on the setup's services page.
SUGGESTED_SERVICES = tuple(
    ServiceSpec(letter, et, ru, en, colour) for letter, et, ru, en, colour in DEMO_SERVICES)
PAPER_PROFILES = tuple(name for name in PROFILES
                       if REGISTRY["printer.profile"].check is None
                       or REGISTRY["printer.profile"].check(name) is None)


@dataclass(frozen=True)
class OfficeSetup:
    """What the setup asks for: the office, its services, counters (none: one counter that
    serves every service) and its first administrator."""

    code: str
    name: str
    address: str
    registry_code: str
    services: tuple[ServiceSpec, ...]
    admin_user: str
    admin_name: str
    admin_password: str
    counters: tuple[CounterSpec, ...] = ()


def check_office(code: str, name: str, address: str = "",
                 registry_code: str = "") -> tuple[str, str, str, str]:
    """The office's code, name, address and registry code, cleaned; Invalid for the first
    bad one (the name first, as the setup asks for it first)."""
    clean_name = rules.need_text("office name", name)
    return (rules.office_code(code), clean_name, rules.optional_text("address", address, 300),
            rules.registry_code(registry_code))


def check_admin(user_name: str, display_name: str, password: str,
                again: str | None = None) -> tuple[str, str]:
    """The first administrator's user name and display name, cleaned; refused for a bad user
    name, a password too short, or (given `again`) two passwords that differ."""
    name = account_rules.check_user_name(user_name)
    account_rules.check_new_password(password)
    if again is not None and again != password:
        raise Refused("passwords_differ")
    return name, display_name.strip() or name


def check_services(services: Sequence[ServiceSpec]) -> tuple[ServiceSpec, ...]:
    """The services, each checked, no letter twice, at least one."""
    clean: list[ServiceSpec] = []
    seen: dict[str, str] = {}
    for spec in services:
        checked = check_service(spec)
        if checked.code in seen:
            raise Invalid("config_duplicate_letter", field="service letter",
                          letter=checked.code, service=seen[checked.code])
        seen[checked.code] = checked.name_et
        clean.append(checked)
    if not clean:
        raise Invalid("setup_no_services", field="service letter")
    return tuple(clean)


def check_printer(uri: str, profile: str) -> tuple[str, str]:
    """A ticket printer's address (by the printers' own address rules) and paper profile;
    an empty address (no printer yet) is allowed."""
    text = uri.strip()
    if text:
        try:
            parse_printer_uri(text)
        except PrinterConfigError as exc:
            if exc.code == "empty":
                raise Invalid("printer_address_empty", field="printer address") from exc
            raise Invalid("printer_address_bad", field="printer address",
                          value=text[:80]) from exc
    if profile not in PAPER_PROFILES:
        raise Invalid("config_choice", field="paper", choices=", ".join(PAPER_PROFILES))
    return text, profile


def has_office(db: Database) -> bool:
    """Whether this data folder has an office (then it needs no setup)."""
    with db.read() as s:
        return s.scalars(select(Office.id).where(Office.deleted_at.is_(None)).limit(1)
                         ).first() is not None


def set_up_office(db: Database, actor: Actor, setup: OfficeSetup) -> str:
    """Create a new office in an empty data folder, in one unit of work: the office, its
    services, its counters (without any given, counter 1 serving every service) and its first
    administrator, who signs in with the password chosen here. Every value is checked first;
    refused when the data folder has an office already. The new office's id."""
    if not (actor.may(Action.CONFIGURE) and actor.may(Action.MANAGE_ACCOUNTS)):
        raise PermissionDenied("permission_denied", actor=actor.name,
                               action=str(Action.CONFIGURE))
    code, name, address, registry = check_office(setup.code, setup.name, setup.address,
                                                 setup.registry_code)
    services = check_services(setup.services)
    letters = tuple(s.code for s in services)
    counters = tuple(check_counter(c) for c in setup.counters) or (
        check_counter(CounterSpec(1, "Teeninduslett 1", "1", letters)),)
    numbers = [c.number for c in counters]
    for counter in counters:
        if numbers.count(counter.number) > 1:
            raise Invalid("config_duplicate_counter", field="counter number",
                          number=counter.number)
        for letter in counter.services:
            if letter not in letters:
                raise NotFound("config_unknown_service", letter=letter)
    user, display = check_admin(setup.admin_user, setup.admin_name, setup.admin_password)
    password_hash = account_rules.hash_password(setup.admin_password)
    with db.write() as s:
        existing = s.scalars(select(Office).where(Office.deleted_at.is_(None)).limit(1)
                             ).first()
        if existing is not None:
            raise Refused("data_folder_has_office", office=existing.name)
        office_id = uuid7()
        s.add(Office(id=office_id, office_id=office_id, code=code, name=name, address=address,
                     registry_code=registry))
        s.flush()
        ctx = Context(db, actor, office_id)
        record(s, ctx, Office.__tablename__, office_id, "code", None, code)
        rows = {}
        for position, spec in enumerate(services):
            row = Service(office_id=office_id, code=spec.code, name_et=spec.name_et,
                          name_ru=spec.name_ru, name_en=spec.name_en, colour=spec.colour,
                          target_wait_min=spec.target_wait_min, daily_limit=spec.daily_limit,
                          hours=spec.hours, priority_aging_min=spec.priority_aging_min,
                          active=spec.active, position=position)
            s.add(row)
            rows[spec.code] = row
        s.flush()
        for counter in counters:
            row_c = Counter(office_id=office_id, number=counter.number, name=counter.name,
                            label=counter.label)
            s.add(row_c)
            s.flush()
            for letter in counter.services:
                s.add(CounterService(office_id=office_id, counter_id=row_c.id,
                                     service_id=rows[letter].id))
        admin = StaffAccount(office_id=office_id, user_name=user, display_name=display,
                             password_hash=password_hash,
                             roles=account_rules.format_roles(account_rules.STAFF_ROLES),
                             failed_attempts=0, must_change_password=False, active=True)
        s.add(admin)
        s.flush()
        for field_name in ("user_name", "display_name", "roles"):
            record(s, ctx, StaffAccount.__tablename__, admin.id, field_name, None,
                   getattr(admin, field_name))
        return office_id
