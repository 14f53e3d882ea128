"""The office queue host: every queue operation of app.operations.queue over HTTP.

Each endpoint runs the same operation a PC runs on its own store, with the context of the
requesting device: its office (every query is scoped to it) and its role, which the operation's
permission check holds against the action (refused as 403). Answers are the views' JSON, which
the PC turns back into the same views (app.sync.host).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Security
from fastapi.responses import Response
from fastapi.security import HTTPBearer

from app.operations import queue
from app.operations.context import Context
from app.server.deps import device_context
from app.server.queue.schemas import (
    PRINTABLE,
    CallOut,
    CancelIn,
    CounterDeskOut,
    CounterNumber,
    CounterOpenIn,
    CounterOut,
    ErrorOut,
    FinishIn,
    IssueIn,
    LeaseIn,
    NumberBlockOut,
    OfficeOut,
    PrintedIn,
    ReturnIn,
    ServiceOut,
    ServiceQueueOut,
    TicketEventOut,
    TicketOut,
    TransferIn,
    UndoCallIn,
    VoidIn,
)

# Documents the device token in the OpenAPI schema; device_context checks it.
_bearer = HTTPBearer(auto_error=False, description="The device token given at enrollment")

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (401, "No device token, or one the server does not accept"),
        (403, "The device's role may not do this"),
        (404, "No such service, counter or ticket in the device's office"),
        (409, "The queue rules refuse it (empty queue, closed service, wrong ticket state)"),
        (422, "The request is not valid"),
    )
}

router = APIRouter(prefix="/queue", tags=["queue"], responses=_ERRORS,
                   dependencies=[Security(_bearer)])

Device = Annotated[Context, Depends(device_context)]
Counter = Annotated[CounterNumber, Path(description="The counter's number")]
Number = Annotated[str, Path(max_length=16, pattern=PRINTABLE,
                             description="A ticket number of today, e.g. A012")]
TicketId = Annotated[str, Path(max_length=36, pattern=PRINTABLE, description="A ticket's id")]


def json_answer(payload: Any, status: int = 200) -> Response:
    """The view's JSON as it is: the response models only document it."""
    return Response(json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
                    status_code=status, media_type="application/json")


# -- what the windows show -----------------------------------------------------------------


@router.get("/office", response_model=OfficeOut)
def office(ctx: Device) -> Response:
    """The device's office."""
    return json_answer({"id": ctx.office_id, "name": queue.office_name(ctx),
                    "timezone": ctx.timezone.key})


@router.get("/services", response_model=list[ServiceOut])
def services(ctx: Device) -> Response:
    """The office's active services, with whether each takes visitors now."""
    return json_answer([s.to_json() for s in queue.list_services(ctx)])


@router.get("/counters", response_model=list[CounterOut])
def counters(ctx: Device) -> Response:
    """The office's counters and the services each serves."""
    return json_answer([c.to_json() for c in queue.list_counters(ctx)])


@router.get("/overview", response_model=list[ServiceQueueOut])
def overview(ctx: Device) -> Response:
    """Per service: how many wait, the longest wait, how many counters serve it now."""
    return json_answer([line.to_json() for line in queue.queue_overview(ctx)])


@router.get("/waiting", response_model=list[TicketOut])
def waiting(
    ctx: Device,
    service_code: Annotated[str | None, Query(max_length=8, pattern=PRINTABLE)] = None,
) -> Response:
    """Waiting tickets in the order they would be called, of one service or all."""
    return json_answer([t.to_json() for t in queue.waiting_tickets(ctx, service_code)])


@router.get("/calls", response_model=list[CallOut])
def calls(ctx: Device, limit: Annotated[int, Query(ge=1, le=50)] = 6) -> Response:
    """The latest calls, newest first, one per ticket, for the waiting-room display."""
    return json_answer([c.to_json() for c in queue.recent_calls(ctx, limit)])


@router.get("/counters/{counter_number}/desk", response_model=CounterDeskOut)
def desk(ctx: Device, counter_number: Counter) -> Response:
    """What a counter has in hand: the current ticket and the parked ones."""
    return json_answer(queue.counter_desk(ctx, counter_number).to_json())


@router.get("/tickets/by-number/{number}/history", response_model=list[TicketEventOut])
def history(ctx: Device, number: Number) -> Response:
    """A ticket's events, oldest first."""
    return json_answer(queue.ticket_history(ctx, number))


# -- issuing -------------------------------------------------------------------------------


@router.post("/tickets", response_model=TicketOut, status_code=201)
def issue(ctx: Device, body: IssueIn) -> Response:
    """Issue the next number of a service."""
    ticket = queue.issue_ticket(ctx, body.service_code, body.lang, body.priority, body.source,
                                body.dedupe_seconds)
    return json_answer(ticket.to_json(), 200 if ticket.duplicate else 201)


@router.post("/tickets/{ticket_id}/void", response_model=TicketOut)
def void(ctx: Device, ticket_id: TicketId, body: VoidIn) -> Response:
    """Take back a waiting ticket the visitor never got (its print failed)."""
    return json_answer(queue.void_ticket(ctx, ticket_id, body.reason).to_json())


@router.post("/tickets/{ticket_id}/printed", status_code=204, response_class=Response)
def printed(ctx: Device, ticket_id: TicketId, body: PrintedIn) -> Response:
    """Note that a ticket was printed."""
    queue.record_printed(ctx, ticket_id, body.printer, body.size)
    return Response(status_code=204)


@router.post("/number-blocks", response_model=NumberBlockOut, status_code=201)
def lease(ctx: Device, body: LeaseIn) -> Response:
    """Lease numbers of a service for today to this kiosk, to issue while it cannot reach
    the host."""
    return json_answer(queue.lease_number_block(ctx, body.service_code, body.size).to_json(), 201)


@router.post("/tickets/by-number/{number}/cancel", response_model=TicketOut)
def cancel(ctx: Device, number: Number, body: CancelIn) -> Response:
    """Cancel a wrongly taken ticket; with `reissue_service`, the new ticket in its place."""
    return json_answer(queue.cancel(ctx, number, body.reissue_service).to_json())


# -- the counter ---------------------------------------------------------------------------


@router.post("/counters/{counter_number}/call-next", response_model=TicketOut)
def call_next(ctx: Device, counter_number: Counter) -> Response:
    """Call the next visitor to the counter (the ticket in hand is finished first)."""
    return json_answer(queue.call_next(ctx, counter_number).to_json())


@router.post("/counters/{counter_number}/recall", response_model=TicketOut)
def recall(ctx: Device, counter_number: Counter) -> Response:
    """Call the current visitor again; too many calls make it a no-show."""
    return json_answer(queue.recall(ctx, counter_number).to_json())


@router.post("/counters/{counter_number}/no-show", response_model=TicketOut)
def no_show(ctx: Device, counter_number: Counter) -> Response:
    """The current visitor did not come."""
    return json_answer(queue.no_show(ctx, counter_number).to_json())


@router.post("/counters/{counter_number}/park", response_model=TicketOut)
def park(ctx: Device, counter_number: Counter) -> Response:
    """Set the current visitor aside."""
    return json_answer(queue.park(ctx, counter_number).to_json())


@router.post("/counters/{counter_number}/return", response_model=TicketOut)
def return_parked(ctx: Device, counter_number: Counter, body: ReturnIn) -> Response:
    """Take a parked visitor back to the counter."""
    return json_answer(queue.return_parked(ctx, counter_number, body.number).to_json())


@router.post("/counters/{counter_number}/transfer", response_model=TicketOut)
def transfer(ctx: Device, counter_number: Counter, body: TransferIn) -> Response:
    """Send the current visitor to another service's queue and/or a given counter."""
    return json_answer(queue.transfer(ctx, counter_number, body.to_service, body.to_counter,
                                  body.place).to_json())


@router.post("/counters/{counter_number}/finish", response_model=TicketOut)
def finish(ctx: Device, counter_number: Counter, body: FinishIn) -> Response:
    """Finish the current visitor with an outcome."""
    return json_answer(queue.finish(ctx, counter_number, body.outcome).to_json())


@router.post("/counters/{counter_number}/undo-call", response_model=TicketOut)
def undo_call(ctx: Device, counter_number: Counter, body: UndoCallIn) -> Response:
    """Undo the call next that called `number` here moments ago: the ticket goes back to the
    queue, the visitor it finished is back at the counter (the answer: the ticket now at the
    counter, or else the one put back). Refused (409) when either ticket changed since."""
    return json_answer(queue.undo_call_next(ctx, counter_number, body.number).to_json())


@router.get("/no-shows", response_model=list[TicketOut])
def no_shows(ctx: Device) -> Response:
    """Today's no-shows, the latest first."""
    return json_answer([t.to_json() for t in queue.no_shows_today(ctx)])


@router.post("/tickets/by-number/{number}/bring-back", response_model=TicketOut)
def bring_back(ctx: Device, number: Number) -> Response:
    """Put today's no-show back in the queue, at its place by arrival. Refused (409) for a
    ticket that is not a no-show or was one on another day."""
    return json_answer(queue.bring_back(ctx, number).to_json())


@router.post("/counters/{counter_number}/open", response_model=CounterOut)
def set_open(ctx: Device, counter_number: Counter, body: CounterOpenIn) -> Response:
    """Open or close the counter."""
    return json_answer(queue.set_counter_open(ctx, counter_number, body.is_open_now).to_json())
