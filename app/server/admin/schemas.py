"""Requests and answers of the staff sessions and of the admin endpoints, as the OpenAPI
document shows them.

Each mirrors a value of the operation layer (app.operations.config and .accounts): the PC sends
the same values its own operation would take, and turns the answers back into the same types
(app.sync.staff). Every text is bounded and free of control characters; the operations check
the values themselves (letters, ranges, hours) and answer a bad one with its field.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core import accounts as rules
from app.operations.accounts import Account
from app.operations.config import CounterSpec, OfficeConfig, OfficeInfo, ServiceSpec
from app.operations.notice_templates import TemplateVersion

# Printable text: control characters (NUL above all) never reach the store.
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"

Text = Annotated[str, StringConstraints(max_length=500, pattern=PRINTABLE)]
Letter = Annotated[str, StringConstraints(max_length=8, pattern=PRINTABLE)]
UserName = Annotated[str, StringConstraints(max_length=200, pattern=PRINTABLE)]
# Passwords are checked against a hash only, never stored: any text up to a length.
Password = Annotated[str, StringConstraints(max_length=1024)]
Number = Annotated[int, Field(ge=-(2**31), le=2**31 - 1)]
Key = Annotated[str, StringConstraints(max_length=64, pattern=PRINTABLE)]


def _keys_match(schema: dict[str, Any]) -> None:
    """Pydantic writes the pattern of a mapping's keys as `patternProperties`, which by the
    schema lets any other key through; the server refuses those, so the pattern goes to the
    keys themselves (`propertyNames`)."""
    for pattern, values in schema.pop("patternProperties", {}).items():
        schema.setdefault("propertyNames", {})["pattern"] = pattern
        if values:
            schema["additionalProperties"] = values


# Settings by key (office, kiosk, display…), each the value its setting takes.
Settings = Annotated[dict[Key, Any], Field(json_schema_extra=_keys_match)]
# A logo as base64 text (a PNG or JPEG of at most a few hundred kilobytes).
Logo = Annotated[str, StringConstraints(max_length=4 * 1024 * 1024, pattern=r"^[A-Za-z0-9+/=\s]*$")]
Hours = Annotated[dict[Annotated[str, StringConstraints(max_length=16, pattern=PRINTABLE)],
                       list[Annotated[str, StringConstraints(max_length=16, pattern=PRINTABLE)]]],
                  Field(json_schema_extra=_keys_match)]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


def logo_text(image: bytes | None) -> str | None:
    return None if image is None else base64.b64encode(image).decode("ascii")


def logo_bytes(text: str | None) -> bytes | None:
    """The logo's bytes; text that is not base64 is refused by the logo check as not an
    image."""
    if text is None:
        return None
    try:
        return base64.b64decode(text, validate=False)
    except ValueError:
        return b"not base64"


# -- staff sessions ---------------------------------------------------------------------------


class SignInIn(Request):
    user_name: UserName
    password: Password


class AccountOut(BaseModel):
    id: str
    user_name: str
    display_name: str
    roles: list[str]
    active: bool
    must_change_password: bool
    failed_attempts: int
    locked_until: datetime | None

    @classmethod
    def of(cls, account: Account) -> AccountOut:
        return cls(id=account.id, user_name=account.user_name,
                   display_name=account.display_name,
                   roles=rules.format_roles(account.roles).split(",") if account.roles else [],
                   active=account.active, must_change_password=account.must_change_password,
                   failed_attempts=account.failed_attempts, locked_until=account.locked_until)


class SessionOut(BaseModel):
    token: str = Field(description="The staff session token: send it as X-Lett-Staff-Session")
    expires_at: datetime
    account: AccountOut


class PasswordIn(Request):
    old_password: Password
    new_password: Password


# -- configuration ---------------------------------------------------------------------------


class OfficeChangeIn(Request):
    """The office fields to change; those left out stay as they are, a null logo removes it."""

    name: Text | None = None
    address: Text | None = None
    registry_code: Text | None = None
    logo: Logo | None = None
    priority_cap: Number | None = None
    noshow_after: Number | None = None

    def changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in self.model_fields_set:
            value = getattr(self, name)
            if name == "logo":
                values[name] = logo_bytes(value)
            elif value is not None:
                values[name] = value
        return values


class OfficeOut(BaseModel):
    id: str
    code: str
    name: str
    address: str
    registry_code: str
    logo: str | None = Field(description="base64")
    timezone: str
    priority_cap: int
    noshow_after: int

    @classmethod
    def of(cls, info: OfficeInfo) -> OfficeOut:
        return cls(id=info.id, code=info.code, name=info.name, address=info.address,
                   registry_code=info.registry_code, logo=logo_text(info.logo),
                   timezone=info.timezone, priority_cap=info.priority_cap,
                   noshow_after=info.noshow_after)


class SettingsIn(Request):
    values: Settings


class ServiceIn(Request):
    code: Letter
    name_et: Text
    name_ru: Text
    name_en: Text
    colour: Text = "#1f6feb"
    target_wait_min: Number = 15
    daily_limit: Number | None = None
    hours: Hours | None = None
    priority_aging_min: Number | None = None
    active: bool = True

    def spec(self) -> ServiceSpec:
        return ServiceSpec(**self.model_dump())

    @classmethod
    def of(cls, spec: ServiceSpec) -> ServiceIn:
        return cls(code=spec.code, name_et=spec.name_et, name_ru=spec.name_ru,
                   name_en=spec.name_en, colour=spec.colour,
                   target_wait_min=spec.target_wait_min, daily_limit=spec.daily_limit,
                   hours=spec.hours, priority_aging_min=spec.priority_aging_min,
                   active=spec.active)


class ServiceSaveIn(Request):
    service: ServiceIn
    original_code: Letter | None = Field(
        default=None, description="The letter of the service to change; none adds one")


class CounterIn(Request):
    number: Number
    name: Text
    label: Text
    services: list[Letter] = Field(default_factory=list, max_length=64)

    def spec(self) -> CounterSpec:
        return CounterSpec(self.number, self.name, self.label, tuple(self.services))

    @classmethod
    def of(cls, spec: CounterSpec) -> CounterIn:
        return cls(number=spec.number, name=spec.name, label=spec.label,
                   services=list(spec.services))


class CounterSaveIn(Request):
    counter: CounterIn
    original_number: Number | None = Field(
        default=None, description="The number of the counter to change; none adds one")


class OfficePageIn(Request):
    """The office page of the admin dialog: office fields and settings, changed together."""

    office: OfficeChangeIn
    settings: Settings = Field(default_factory=dict)


class ConfigOut(BaseModel):
    """The whole configuration of the office, as it is now."""

    office: OfficeOut
    settings: dict[str, Any]
    services: list[ServiceIn]
    counters: list[CounterIn]

    @classmethod
    def of(cls, config: OfficeConfig) -> ConfigOut:
        return cls(office=OfficeOut.of(config.office), settings=dict(config.settings),
                   services=[ServiceIn.of(s) for s in config.services],
                   counters=[CounterIn.of(c) for c in config.counters])


class ConfigOfficeIn(Request):
    name: Text
    address: Text = ""
    registry_code: Text = ""
    logo: Logo | None = None
    priority_cap: Number = 0
    noshow_after: Number = 1


class ConfigIn(Request):
    """The whole configuration of the office, as it is to be."""

    office: ConfigOfficeIn
    settings: Settings = Field(default_factory=dict)
    services: list[ServiceIn] = Field(default_factory=list, max_length=64)
    counters: list[CounterIn] = Field(default_factory=list, max_length=999)

    def config(self, office_id: str, timezone: str) -> OfficeConfig:
        """The configuration for the operation (the office's id, code and time zone are not
        part of what an admin sets)."""
        o = self.office
        info = OfficeInfo(office_id, "", o.name, o.address, o.registry_code,
                          logo_bytes(o.logo), timezone, o.priority_cap, o.noshow_after)
        return OfficeConfig(info, dict(self.settings),
                            tuple(s.spec() for s in self.services),
                            tuple(c.spec() for c in self.counters))

    @classmethod
    def of(cls, config: OfficeConfig) -> ConfigIn:
        info = config.office
        return cls(
            office=ConfigOfficeIn(name=info.name, address=info.address,
                                  registry_code=info.registry_code, logo=logo_text(info.logo),
                                  priority_cap=info.priority_cap,
                                  noshow_after=info.noshow_after),
            settings=dict(config.settings),
            services=[ServiceIn.of(s) for s in config.services],
            counters=[CounterIn.of(c) for c in config.counters],
        )


# -- accounts ---------------------------------------------------------------------------------

Roles = Annotated[list[Annotated[str, StringConstraints(max_length=32, pattern=PRINTABLE)]],
                  Field(max_length=16)]


class AccountIn(Request):
    user_name: UserName
    display_name: Text = ""
    roles: Roles
    password: Password
    must_change_password: bool = True


class RolesIn(Request):
    roles: Roles


class ActiveIn(Request):
    active: bool


class ResetIn(Request):
    new_password: Password


# -- notice templates -------------------------------------------------------------------------

# A template's TOML text: printable, with its line breaks and tabs.
TemplateText = Annotated[str, StringConstraints(
    max_length=64 * 1024, pattern=r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$")]


class TemplateIn(Request):
    source: TemplateText = Field(description="The whole template as TOML: id, recipient "
                                 "field, fields, and the title and text in et, ru and en")


class TemplateActiveIn(Request):
    active: bool


class TemplateVersionOut(BaseModel):
    key: str
    version: int
    source: str = Field(description="The template as TOML")
    built_in: bool
    active: bool
    current: bool
    saved_by: str
    saved_at: datetime | None

    @classmethod
    def of(cls, v: TemplateVersion) -> TemplateVersionOut:
        from app.documents.templates import template_text

        return cls(key=v.key, version=v.version, source=template_text(v.template),
                   built_in=v.built_in, active=v.active, current=v.current,
                   saved_by=v.saved_by, saved_at=v.saved_at)
