"""Staff sessions over HTTP: sign in at the server through a desk or counter PC, sign out,
and change one's own password there.

Every request carries the PC's device token (Authorization: Bearer); those made in a session
also carry its token in the X-Lett-Staff-Session header.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, Security
from fastapi.security import APIKeyHeader, HTTPBearer

from app.operations import accounts as acc
from app.operations.context import Context
from app.server.admin.schemas import AccountOut, PasswordIn, SessionOut, SignInIn
from app.server.deps import DeviceAuth, current_device
from app.server.queue.schemas import ErrorOut
from app.server.staff import service

STAFF_HEADER = "X-Lett-Staff-Session"

_bearer = HTTPBearer(auto_error=False, description="The device token given at enrollment")
_staff_header = APIKeyHeader(name=STAFF_HEADER, auto_error=False,
                             description="The staff session token given at sign-in")

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in (
        (400, "A value the configuration's checks refused: `params.field` names it"),
        (401, "No device token or staff session, or one the server does not accept"),
        (403, "The person's roles, or the device's, do not allow this"),
        (404, "No such account, service or counter in the device's office"),
        (409, "Refused by the rules (wrong password, locked account, last admin, in use)"),
        (422, "The request is not valid"),
    )
}


@dataclass(frozen=True)
class Staff:
    """The person of a live staff session, acting in their device's office."""

    ctx: Context
    session: service.Session
    device: DeviceAuth


def staff(
    request: Request,
    device: Annotated[DeviceAuth, Depends(current_device)],
    token: Annotated[str | None, Security(_staff_header)],
) -> Staff:
    """FastAPI dependency: the signed-in person of the request's staff session (401 without
    one that is live and opened through this device)."""
    db = request.app.state.db
    session = service.find_session(db, device, token or "")
    return Staff(service.device_context(db, device, service.person(session)), session, device)


def admin(person: Annotated[Staff, Depends(staff)]) -> Context:
    """FastAPI dependency: the context of a signed-in person who has chosen their own
    password (the operation itself checks their roles)."""
    service.require_own_password(person.session)
    return person.ctx


router = APIRouter(prefix="/staff", tags=["staff"], responses=ERRORS,
                   dependencies=[Security(_bearer)])


@router.post("/sessions", response_model=SessionOut, status_code=201)
def sign_in(body: SignInIn, request: Request,
            device: Annotated[DeviceAuth, Depends(current_device)]) -> SessionOut:
    """Sign a person in at the server with their password, as on a PC: wrong passwords count
    toward a lock-out. Only desk and counter PCs may. The session token is shown once."""
    opened = service.open_session(request.app.state.db, device, body.user_name, body.password)
    return SessionOut(token=opened.token, expires_at=opened.expires_at,
                      account=AccountOut.of(opened.account))


@router.get("/sessions/current", response_model=AccountOut)
def who(person: Annotated[Staff, Depends(staff)]) -> AccountOut:
    """The signed-in person's account as the server has it now."""
    return AccountOut.of(person.session.account)


@router.delete("/sessions/current", status_code=204, response_class=Response)
def sign_out(person: Annotated[Staff, Depends(staff)], request: Request) -> Response:
    """End this staff session."""
    service.close_session(request.app.state.db, person.session)
    return Response(status_code=204)


@router.post("/password", response_model=AccountOut)
def change_password(body: PasswordIn,
                    person: Annotated[Staff, Depends(staff)]) -> AccountOut:
    """The signed-in person chooses a new password; the current one proves it is them."""
    return AccountOut.of(acc.change_password(person.ctx, body.old_password, body.new_password))
