"""Reports over HTTP: `GET /reports/{kind}` answers the same report as `lett report` on a PC
(app.operations.reports), from the server's PostgreSQL, for a supervisor or an admin signed in
through a desk or counter PC (a staff session).

A person sees the office of their session and, while a supervisor or admin, the offices the
server's administrator granted their account (app.server.reports.grants). Naming any
other office (or one that does not exist) is refused alike with 403 `report_office`, so the
answer does not tell which offices exist. Bad dates are refused with 400, a range longer than
the longest report or a grouping or measure the report does not have with 409.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Response, Security
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field

from app.core.errors import PermissionDenied
from app.core.permissions import Action
from app.operations import report_export, reports
from app.operations.context import Context
from app.server.reports import grants
from app.server.staff.endpoints import ERRORS, admin

_bearer = HTTPBearer(auto_error=False, description="The device token given at enrollment")

router = APIRouter(prefix="/reports", tags=["reports"], responses=ERRORS,
                   dependencies=[Security(_bearer)])

Person = Annotated[Context, Depends(admin)]
_MEDIA = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
_LIST = r"^[A-Za-z0-9_,\-]*$"


class ReportOut(BaseModel):
    """A report: each row maps the groupings to their keys and the measures to their values
    (counts; lengths of time in seconds; shares from 0 to 1; null where nothing was there to
    count)."""

    kind: str
    from_: str = Field(alias="from")
    to: str
    by: list[str]
    measures: list[str]
    offices: list[str]
    rows: list[dict[str, Any]]


def visible_offices(ctx: Context) -> dict[str, str]:
    """code -> id of the offices the person may see: their session's office and the ones
    granted to their account."""
    return grants.visible_offices(ctx.db, ctx.office_id, ctx.actor.name)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


@router.get(
    "/{kind}",
    response_model=ReportOut,
    responses={200: {"content": {media: {} for media in list(_MEDIA.values())[1:]},
                     "description": "The report as JSON, or as the file `format` names"}},
)
def get_report(
    ctx: Person,
    kind: Literal["queue", "counters", "contacts", "escalations", "documents", "visitors",
                  "notices"],
    first: Annotated[str, Query(alias="from", max_length=10,
                                description="The first local day, YYYY-MM-DD")],
    last: Annotated[str, Query(alias="to", max_length=10,
                               description="The last local day, YYYY-MM-DD")],
    by: Annotated[str, Query(max_length=100, pattern=_LIST,
                             description="Groupings, comma-separated (day, week, month, "
                                         "weekday, hour, service, counter, staff, office, "
                                         "channel, topic, target, document_type, "
                                         "series, direction, purpose, template, "
                                         "delivery)")] = "day",
    measures: Annotated[str, Query(max_length=400, pattern=_LIST,
                                   description="Measures, comma-separated; all when empty")
                        ] = "",
    offices: Annotated[str, Query(max_length=400, pattern=_LIST,
                                  description="Office codes, comma-separated: the "
                                              "person's own office and those granted "
                                              "to them; their own office when empty")] = "",
    format: Annotated[Literal["json", "csv", "xlsx", "pdf"], Query()] = "json",
    lang: Annotated[Literal["et", "ru", "en"], Query(
        description="The language of a file's titles")] = "et",
) -> Any:
    """The `kind` report of the offices over the local days `from`..`to` (at most three
    years), grouped by `by`. Supervisors and admins only; every office named must be one the
    person may see."""
    ctx.require(Action.VIEW_REPORTS)
    day_from, day_to = reports.parse_day(first), reports.parse_day(last)
    groups, chosen = reports.check(kind, day_from, day_to, _split(by) or ["day"],
                                   _split(measures) or None)
    visible = visible_offices(ctx)
    codes = list(dict.fromkeys(_split(offices))) or [
        code for code, oid in visible.items() if oid == ctx.office_id]
    for code in codes:
        if code not in visible:
            raise PermissionDenied("report_office", office=code[:40])
    result = reports.report(ctx.db, [visible[c] for c in codes], day_from, day_to, groups,
                            chosen, kind, ctx.now())
    if format == "json":
        return {**report_export.to_json(result), "offices": codes}
    if format == "csv":
        return Response(report_export.to_csv(result, lang).encode("utf-8"),
                        media_type=_MEDIA["csv"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report.{format}"
        report_export.write(result, format, lang, path)
        body = path.read_bytes()
    name = f"{kind}-{day_from.isoformat()}-{day_to.isoformat()}.{format}"
    return Response(body, media_type=_MEDIA[format],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
