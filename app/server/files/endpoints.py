"""Stored files' content: a desk or counter PC sends a file it kept, and fetches the files
other PCs of its office kept, each by its SHA-256."""

from __future__ import annotations

import tempfile
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from app.core.errors import Rejected
from app.server.app_errors import error_response
from app.server.deps import DeviceAuth, current_device
from app.server.files import service

router = APIRouter(prefix="/files", tags=["files"])

Device = Annotated[DeviceAuth, Depends(current_device)]
Sha256 = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="the file's SHA-256, hex")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No device token, or an unknown or revoked one"},
    403: {"description": "A kiosk or a display: it exchanges no files"},
    404: {"description": "No record of the office names the file, or its content has not "
                         "arrived"},
    422: {"description": "The SHA-256 is not 64 hex digits"},
}


class StoredOut(BaseModel):
    sha256: str
    size: int
    # False when the server had the file already.
    created: bool


@router.put(
    "/{sha256}",
    response_model=StoredOut,
    responses={**_ERRORS,
               400: {"description": "The content does not hash to the SHA-256 given"},
               409: {"description": "No record of the office names the file yet"},
               413: {"description": f"Larger than {service.MAX_FILE_BYTES} bytes"}},
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
)
async def put_file(sha256: Sha256, request: Request, device: Device) -> Any:
    """Send the content of a file of the office whose record the server has (idempotent).

    The device's role and the office's record of the file are checked before the content is
    read, and the content goes to a temporary file as it arrives, hashed on the way."""
    db = request.app.state.db
    await run_in_threadpool(service.check_sender, db, device, sha256)
    with tempfile.TemporaryFile(prefix="lett-file-") as spool:
        received = service.Receiver(spool)
        try:
            await _receive(request, received)
        except Rejected as exc:
            return error_response(exc, status=413)
        try:
            created = await run_in_threadpool(service.store_blob, db, device, sha256, received)
        except Rejected as exc:
            return error_response(exc, status=400)
    return StoredOut(sha256=sha256, size=received.size, created=created)


async def _receive(request: Request, received: service.Receiver) -> None:
    """The request's body into `received`, a part at a time, written off the event loop."""
    pending: list[bytes] = []
    waiting = 0
    async for chunk in request.stream():
        pending.append(chunk)
        waiting += len(chunk)
        if waiting >= service.PART_BYTES:
            await run_in_threadpool(_take, received, pending)
            pending, waiting = [], 0
    await run_in_threadpool(_take, received, pending)


def _take(received: service.Receiver, chunks: list[bytes]) -> None:
    for chunk in chunks:
        received.take(chunk)


@router.get(
    "/{sha256}",
    response_class=Response,
    responses={**_ERRORS, 200: {"content": {"application/octet-stream": {}},
                                "description": "The file's content"}},
)
def get_file(sha256: Sha256, request: Request, device: Device) -> Response:
    """The content of a file that a record of the device's office names."""
    db = request.app.state.db
    size = service.blob_size(db, device, sha256)
    return StreamingResponse(service.blob_parts(db, device, sha256),
                             media_type="application/octet-stream",
                             headers={"ETag": f'"{sha256}"', "Content-Length": str(size)})
