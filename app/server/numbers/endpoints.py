"""Document numbers over HTTP: the next number of a sequence's year for a document a connected
PC is writing, and blocks leased to a PC for the time it cannot reach the server.

Desk and counter devices only (kiosks and displays are refused with 403), each scoped to its
office: a register sequence must name a series of the device's office.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Security
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.operations.context import Context
from app.operations.numbers import MAX_LEASE
from app.server.deps import device_context
from app.server.numbers import service
from app.server.queue.schemas import ErrorOut

_bearer = HTTPBearer(auto_error=False, description="The device token given at enrollment")

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (401, "No device token, or one the server does not accept"),
        (403, "The device's role may not number documents"),
        (404, "No such number sequence in the device's office"),
        (422, "The request is not valid"),
    )
}

router = APIRouter(prefix="/numbers", tags=["numbers"], responses=_ERRORS,
                   dependencies=[Security(_bearer)])

Device = Annotated[Context, Depends(device_context)]
Sequence = Annotated[str, StringConstraints(min_length=1, max_length=80,
                                            pattern=r"^[A-Za-z0-9:_-]+$")]
Year = Annotated[int, Field(ge=service.FIRST_YEAR, le=service.LAST_YEAR)]


class NextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sequence: Sequence = Field(description='"register:<series id>" or "issuances"')
    year: Year


class NextOut(BaseModel):
    seq: int


class LeaseIn(NextIn):
    count: int = Field(ge=1, le=MAX_LEASE)


class LeaseOut(BaseModel):
    id: str
    sequence: str
    year: int
    first_seq: int
    last_seq: int
    leased_at: datetime


@router.post("/next", response_model=NextOut)
def next_number(ctx: Device, body: NextIn) -> dict[str, int]:
    """The next number of the sequence's year, given to nobody else."""
    return {"seq": service.take(ctx, body.sequence, body.year)}


@router.post("/lease", response_model=LeaseOut, status_code=201)
def lease(ctx: Device, body: LeaseIn) -> dict[str, Any]:
    """`count` numbers of the sequence's year leased to this device, to give while it cannot
    reach the server; given to nobody else."""
    return service.lease(ctx, body.sequence, body.year, body.count).to_json()
