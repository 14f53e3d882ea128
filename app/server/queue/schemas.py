"""Requests and answers of the queue host, as the OpenAPI document shows them.

Answers are the views' own JSON (`to_json()` in app.operations.views), which the PC turns back
into the same views; the answers' models are built from those views. Every text a request
carries is bounded and free of control characters, and every number fits the store's columns,
so no input reaches the database in a form it would refuse.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Annotated, Any, Literal, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from app.core.queue import TransferPlace
from app.operations.queue.numbering import MAX_BLOCK
from app.operations.views import (
    TICKET_JSON_FIELDS,
    CallView,
    CounterDesk,
    CounterView,
    NumberBlockView,
    ServiceQueue,
    ServiceView,
    TicketView,
)

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


class UndoCallIn(Request):
    number: TicketNumber = Field(description="The number call next called, e.g. B004")


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


# The answers are built from the views themselves, field by field, so what the OpenAPI
# document says and what to_json() sends cannot drift apart; only where the JSON's type is not
# the view's own (a tuple travels as a list, names by language as Names) is it said here.


def _answer(view: type, name: str, only: tuple[str, ...] | None = None,
            **json_types: Any) -> type[BaseModel]:
    """The model of `view`'s JSON: its fields (or `only` these), in its order, all required."""
    hints = get_type_hints(view)
    return create_model(name, **{
        f.name: (json_types.get(f.name, hints[f.name]), ...)
        for f in fields(view) if only is None or f.name in only
    })


TicketOut = _answer(TicketView, "TicketOut", TICKET_JSON_FIELDS, service_names=Names)
ServiceOut = _answer(ServiceView, "ServiceOut", names=Names)
CounterOut = _answer(CounterView, "CounterOut", service_codes=list[str])
ServiceQueueOut = _answer(ServiceQueue, "ServiceQueueOut", service=ServiceOut)
CounterDeskOut = _answer(CounterDesk, "CounterDeskOut", counter=CounterOut,
                         current=TicketOut | None, parked=list[TicketOut])
CallOut = _answer(CallView, "CallOut")


class TicketEventOut(BaseModel):
    kind: str
    at: datetime
    actor: str
    data: dict[str, Any]


class OfficeOut(BaseModel):
    id: str
    name: str
    timezone: str


NumberBlockOut = _answer(NumberBlockView, "NumberBlockOut")


class ErrorOut(BaseModel):
    """An error a client shows in its user's language: the code picks the message."""

    error: str
    message: str
    params: dict[str, Any]
