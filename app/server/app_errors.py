"""Errors as the server answers them: JSON a client turns back into the same error, to show
in its user's language."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from app.core.errors import (
    ConnectionFailed,
    LettError,
    NotFound,
    PermissionDenied,
    Refused,
    Rejected,
    SettingsError,
    StoreError,
)

STATUS: list[tuple[type[LettError], int]] = [
    (ConnectionFailed, 401),
    (PermissionDenied, 403),
    (NotFound, 404),
    (Refused, 409),
    (Rejected, 422),
    (SettingsError, 422),
    (StoreError, 503),
]


def error_body(code: str, message: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": code, "message": message, "params": params or {}}


def lett_error_response(exc: LettError) -> JSONResponse:
    return error_response(exc)


def error_response(exc: LettError, status: int | None = None) -> JSONResponse:
    status = status or next((s for cls, s in STATUS if isinstance(exc, cls)), 400)
    params = {k: v if isinstance(v, str | int | float | bool) or v is None else str(v)
              for k, v in exc.params.items()}
    return JSONResponse(error_body(exc.code, exc.english(), params), status_code=status)
