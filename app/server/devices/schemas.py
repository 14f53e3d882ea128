"""What the device endpoints read and answer."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, StringConstraints

from app.server.offices.service import OfficeInfo

# Text without control characters (PostgreSQL refuses NUL in text, and a name is shown to
# people).
_PLAIN = r"^[^\x00-\x1f\x7f]*$"
# A device id is the id of the PC's store: a UUID as uuid7() writes it.
DeviceId = Annotated[str, StringConstraints(
    pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Code = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=_PLAIN)]
Name = Annotated[str, StringConstraints(max_length=200, pattern=_PLAIN)]


class EnrollmentIn(BaseModel):
    code: Code


class EnrollIn(BaseModel):
    code: Code
    device_id: DeviceId
    name: Name = ""


class OfficeOut(BaseModel):
    id: str
    code: str
    name: str
    timezone: str

    @classmethod
    def of(cls, office: OfficeInfo) -> OfficeOut:
        return cls(**office.to_json())


class EnrollmentOut(BaseModel):
    """What a code enrolls into."""

    role: str
    office: OfficeOut


class EnrolledOut(BaseModel):
    token: str
    device_id: str
    name: str
    role: str
    office: OfficeOut


class DeviceOut(BaseModel):
    device_id: str
    name: str
    role: str
    office: OfficeOut
    enrolled_at: datetime
    last_seen_at: datetime | None


class ErrorOut(BaseModel):
    """Every refusal: a code, its English message, and the values to fill into the message
    in the client's language."""

    error: str
    message: str
    params: dict[str, str | int | float | bool | None]
