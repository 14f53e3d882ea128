"""Sync endpoints: push a batch of a PC's changes, pull the office's change log."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from app.server.app_errors import error_response
from app.server.deps import DeviceAuth, current_device
from app.server.store import schema_versions
from app.server.sync import service
from app.store.db import HEAD

router = APIRouter(prefix="/sync", tags=["sync"])

# The data versions the server speaks, as the schema tells them; any other is answered 426.
SCHEMAS = {"enum": [version for version in schema_versions() if version]}


# The highest outbox seq taken: the largest integer that every JSON reader holds exactly
# (past it, a schema's reader cannot tell the bound from the values just beyond it).
MAX_SEQ = 2**53 - 1


class MutationIn(BaseModel):
    """One change from a PC's outbox; its id is `<device id>:<seq>`."""

    model_config = ConfigDict(extra="forbid")

    seq: int = Field(ge=1, le=MAX_SEQ)
    table: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    op: str = Field(pattern="^(insert|update|delete)$")
    row: dict[str, Any]
    fields: list[Annotated[str, Field(max_length=64)]] | None = Field(default=None,
                                                                      max_length=100)


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: str = Field(alias="schema", max_length=16, json_schema_extra=SCHEMAS)
    device_id: str = Field(max_length=36)
    mutations: list[MutationIn] = Field(max_length=service.MAX_BATCH)


class RefusalOut(BaseModel):
    """A change the server did not take, alone: the rest of its batch applied."""

    seq: int
    table: str
    row_id: str
    field: str | None = Field(description="the field at fault; null when it is the whole row")
    reason: str = Field(description="an error code; `params` fill its message")
    params: dict[str, Any]


class PushOut(BaseModel):
    accepted: int
    duplicates: int
    rejected: list[RefusalOut]
    pushed_seq: int


class ChangeOut(BaseModel):
    seq: int
    table: str
    row_id: str
    op: str
    row: dict[str, Any]


class PullOut(BaseModel):
    changes: list[ChangeOut]
    last_seq: int
    head: int
    more: bool
    schema_version: str = Field(alias="schema")


def _mismatch(exc: service.SchemaMismatch) -> JSONResponse:
    return error_response(exc, status=426)


@router.post("/push", response_model=PushOut, responses={
    400: {"description": "A batch that names another device than the token, or whose "
                         "changes are not in increasing seq order"},
    426: {}, 422: {}, 401: {}, 409: {}})
def push(body: PushIn, request: Request,
         auth: DeviceAuth = Depends(current_device)) -> Any:  # noqa: B008
    """Apply a batch of this device's changes, in order, once."""
    from app.core.errors import Rejected

    # What the schema cannot say of a batch that fits it: answered 400, as documented.
    if body.device_id != auth.device_id:
        return error_response(Rejected(
            "bad_request", detail="the batch names another device than the token"), status=400)
    seqs = [m.seq for m in body.mutations]
    if any(b <= a for a, b in zip(seqs, seqs[1:], strict=False)):
        return error_response(Rejected(
            "bad_request", detail="changes must be in increasing seq order"), status=400)
    mutations = [
        service.Mutation(m.seq, m.table, m.row_id, m.op, m.row, m.fields) for m in body.mutations
    ]
    try:
        result = service.push(request.app.state.db, auth, body.schema_version, mutations)
    except service.SchemaMismatch as exc:
        return _mismatch(exc)
    return PushOut(
        accepted=result.accepted,
        duplicates=result.duplicates,
        rejected=[RefusalOut(seq=r.seq, table=r.table, row_id=r.row_id, field=r.field,
                             reason=r.reason, params=r.params)
                  for r in result.rejected],
        pushed_seq=result.pushed_seq,
    )


@router.get("/pull", response_model=PullOut, responses={426: {}, 401: {}})
def pull(
    request: Request,
    after: int = Query(0, ge=0, le=2**63 - 1),  # noqa: B008
    limit: int = Query(1000, ge=1, le=service.MAX_PULL),  # noqa: B008
    schema: str = Query(HEAD, max_length=16, json_schema_extra=SCHEMAS),  # noqa: B008
    auth: DeviceAuth = Depends(current_device),  # noqa: B008
) -> Any:
    """The office's changes after the cursor `after`, in order, at most `limit`."""
    try:
        service.check_schema(schema)
    except service.SchemaMismatch as exc:
        return _mismatch(exc)
    db = request.app.state.db
    page = service.pull(db, auth, after, limit)
    # The rows are JSON already (the change log keeps them as the triggers wrote them): they
    # are spliced in, not parsed and written again.
    parts = [
        f'{{"seq":{seq:d},"table":{json.dumps(table)},"row_id":{json.dumps(row_id)},'
        f'"op":{json.dumps(op)},"row":{row}}}'
        for seq, table, row_id, op, row in page.changes
    ]
    more = "true" if page.more else "false"
    body = (
        f'{{"changes":[{",".join(parts)}],"last_seq":{page.last_seq:d},'
        f'"head":{service.head(db, auth.office_id):d},"more":{more},"schema":{json.dumps(HEAD)}}}'
    )
    return Response(body, media_type="application/json")
