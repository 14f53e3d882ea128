"""Enrollment (the one request without a token) and a device's view of itself."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from app.server.deps import DeviceAuth, current_device
from app.server.devices import service
from app.server.devices.schemas import (
    DeviceOut,
    EnrolledOut,
    EnrollIn,
    EnrollmentIn,
    EnrollmentOut,
    ErrorOut,
    OfficeOut,
)

router = APIRouter(prefix="/devices", tags=["devices"])

_REFUSED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "No, a wrong, used or expired code or token"},
    422: {"model": ErrorOut, "description": "The request is not valid"},
}

Device = Annotated[DeviceAuth, Depends(current_device)]


@router.post("/enroll/check", response_model=EnrollmentOut, responses=_REFUSED)
def check_enrollment(body: EnrollmentIn, request: Request) -> EnrollmentOut:
    """The office and role an enrollment code is for; the code stays unused."""
    office, role = service.check_enrollment(request.app.state.db, body.code)
    return EnrollmentOut(role=str(role), office=OfficeOut.of(office))


@router.post("/enroll", response_model=EnrolledOut, responses=_REFUSED)
def enroll(body: EnrollIn, request: Request) -> EnrolledOut:
    """Trade a one-time enrollment code for this device's token."""
    done = service.enroll(request.app.state.db, body.code, body.device_id, body.name)
    return EnrolledOut(token=done.token, device_id=done.device_id, name=done.name,
                       role=str(done.role), office=OfficeOut.of(done.office))


@router.get("/me", response_model=DeviceOut, responses=_REFUSED)
def who_am_i(device: Device, request: Request) -> DeviceOut:
    """The device the token belongs to, and its office."""
    record = service.device_record(request.app.state.db, device.device_id)
    return DeviceOut(device_id=record.id, name=record.name, role=str(record.role),
                     office=OfficeOut.of(record.office), enrolled_at=record.enrolled_at,
                     last_seen_at=record.last_seen_at)


@router.delete("/me", status_code=204, response_class=Response, responses=_REFUSED)
def leave(device: Device, request: Request) -> Response:
    """Revoke this device's own token (a PC that disconnects)."""
    service.revoke_device(request.app.state.db, device.device_id)
    request.app.state.auth.forget()
    return Response(status_code=204)
