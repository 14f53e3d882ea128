"""Requests and answers of the queue host, as the OpenAPI document shows them.

Answers are the views' own JSON (`to_json()` in app.operations.views), which the PC turns back
into the same views; the models here describe that JSON. Every text a request carries is
bounded and free of control characters, and every number fits the store's columns, so no input
reaches the database in a form it would refuse.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.queue import TransferPlace
from app.operations.queue.numbering import MAX_BLOCK

# Printable text: control characters (NUL above all) never reach the store.
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"

ServiceCode = Annotated[str, StringConstraints(max_length=8, pattern=PRINTABLE)]
TicketNumber = Annotated[str, StringConstraints(max_length=16, pattern=PRINTABLE)]
TicketId = Annotated[str, StringConstraints(max_length=36, pattern=PRINTABLE)]
# Counter numbers as the store keeps them (a 32-bit integer); unknown ones are answered 404.
CounterNumber = Annotated[int, Field(ge=-(2**31), le=2**31 - 1)]
Language = Literal["et", "ru", "en"]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IssueIn(Request):
    """A ticket to issue."""

    service_code: ServiceCode = Field(description="The service's letter, e.g. A")
    lang: Language = "et"
    priority: int = Field(default=0, ge=0, le=9)
    source: str = Field(default="desk", min_length=1, max_length=16, pattern=r"^[a-z][a-z-]*$")
    dedupe_seconds: float = Field(
        default=0.0, ge=0, le=3600, allow_inf_nan=False,
        description="A press of the same device for the same service within this many "
                    "seconds gives back the ticket just issued (duplicate: true)")


class ReturnIn(Request):
    number: TicketNumber = Field(description="The parked ticket's number, e.g. A012")


class TransferIn(Request):
    to_service: ServiceCode | None = None
    to_counter: CounterNumber | None = None
    place: TransferPlace = TransferPlace.BACK


class FinishIn(Request):
    outcome: Annotated[str, StringConstraints(max_length=32, pattern=PRINTABLE)] = "served"


class CancelIn(Request):
    reissue_service: ServiceCode | None = Field(
        default=None, description="Issue this service's ticket in the cancelled one's place")


class VoidIn(Request):
    reason: Annotated[str, StringConstraints(max_length=500, pattern=PRINTABLE)]


class PrintedIn(Request):
    printer: Annotated[str, StringConstraints(max_length=500, pattern=PRINTABLE)]
    size: int = Field(ge=0, le=2**31 - 1, description="Bytes sent to the printer")


class CounterOpenIn(Request):
    is_open_now: bool


class LeaseIn(Request):
    service_code: ServiceCode
    size: int = Field(default=30, ge=1, le=MAX_BLOCK)


# -- answers -------------------------------------------------------------------------------


class Names(BaseModel):
    et: str
    ru: str
    en: str


class TicketOut(BaseModel):
    id: str
    number: str
    service: str
    service_names: Names
    status: str
    priority: int
    lang: str
    arrived_at: datetime
    issued_at: datetime
    queue_key: datetime
    counter: int | None
    counter_label: str | None
    call_count: int
    called_at: datetime | None
    finished_at: datetime | None
    outcome: str | None
    people_ahead: int | None
    wait_low_min: int | None
    wait_high_min: int | None
    visit_id: str
    duplicate: bool


class ServiceOut(BaseModel):
    id: str
    code: str
    names: Names
    colour: str
    target_wait_min: int
    daily_limit: int | None
    open_now: bool
    opens_at: datetime | None


class CounterOut(BaseModel):
    id: str
    number: int
    name: str
    label: str
    is_open: bool
    service_codes: list[str]


class ServiceQueueOut(BaseModel):
    service: ServiceOut
    waiting: int
    longest_wait_min: int
    open_counters: int


class CounterDeskOut(BaseModel):
    counter: CounterOut
    current: TicketOut | None
    parked: list[TicketOut]


class CallOut(BaseModel):
    ticket_id: str
    number: str
    counter_label: str
    at: datetime
    recall: bool
    event_id: str


class TicketEventOut(BaseModel):
    kind: str
    at: datetime
    actor: str
    data: dict[str, Any]


class OfficeOut(BaseModel):
    id: str
    name: str
    timezone: str


class NumberBlockOut(BaseModel):
    id: str
    service: str
    service_id: str
    day: date
    first_seq: int
    last_seq: int
    leased_at: datetime


class ErrorOut(BaseModel):
    """An error a client shows in its user's language: the code picks the message."""

    error: str
    message: str
    params: dict[str, Any]
