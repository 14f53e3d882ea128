"""A visitor's personal data as the law asks it to be handled: a registration read or its
personal code revealed for a stated purpose (recorded), a person's own record of every use of
their data, and anonymisation once a visit's retention has passed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.core import idcode
from app.core.permissions import Action
from app.core.visitors import Use
from app.operations.context import Context
from app.operations.visitors.records import (
    PURPOSE_RECEPTION,
    PURPOSE_RETENTION,
    PURPOSE_SUBJECT_REQUEST,
    find_registration,
    load_names,
    log_use,
    registration_view,
)
from app.operations.visitors.views import RegistrationView
from app.store.models import ExpectedVisitor, PersonalDataAccess, VisitorRegistration


def visit_details(ctx: Context, registration_id: str,
                  purpose: str = PURPOSE_RECEPTION) -> RegistrationView:
    """One registration, read for `purpose` (recorded)."""
    ctx.require(Action.VIEW_VISITORS)
    with ctx.db.write() as s:
        row = find_registration(s, ctx, registration_id)
        log_use(s, ctx, Use.READ, purpose, registration=row)
        return registration_view(row, load_names(s, ctx))


def reveal_id_code(ctx: Context, registration_id: str, reason: str = PURPOSE_RECEPTION) -> str:
    """The full personal code of a registration, which staff asked to see. The reading is
    recorded in the same transaction that reads it, and only when there is a code to show:
    the access log holds the reads that happened, each once."""
    ctx.require(Action.VIEW_VISITORS)
    with ctx.db.write() as s:
        row = find_registration(s, ctx, registration_id)
        code = row.id_code or ""
        if code:
            log_use(s, ctx, Use.REVEAL, reason, registration=row)
        return code


def person_usage_records(ctx: Context, id_code: str) -> dict[str, Any]:
    """Every recorded use of one person's data, as Data Tracker (Andmejälgija) usage records,
    for the person's request: who used it, when, what was done, for what purpose and on what
    legal basis. The request itself is recorded too (and is part of the answer)."""
    ctx.require(Action.VIEW_VISITORS)
    code = idcode.parse(id_code).code
    with ctx.db.write() as s:
        log_use(s, ctx, Use.EXPORT, PURPOSE_SUBJECT_REQUEST, subject_code=code)
        s.flush()
        rows = list(s.scalars(select(PersonalDataAccess).where(
            PersonalDataAccess.office_id == ctx.office_id,
            PersonalDataAccess.subject_code == code,
        ).order_by(PersonalDataAccess.at.desc(), PersonalDataAccess.id.desc())))
        from app.store.models import Office

        office = s.get(Office, ctx.office_id)
        return usage_records(code, office.name if office else "",
                             office.registry_code if office else "", rows)


def usage_records(code: str, office: str, registry_code: str,
                  rows: Sequence[PersonalDataAccess]) -> dict[str, Any]:
    """The usage records of one person in the shape of the Data Tracker's (Andmejälgija)
    v3 findUsage answer, newest first: every use here is processing within the office's own
    system (internalProcessings), initiated by a staff member (initiatorPerson, by user
    name), with its purpose and legal basis; Lett's own detail of each use (the action, who
    received the data, which fields) is kept beside them under "lett"."""
    source: dict[str, Any] = {"type": "GOV", "name": office, "systemName": "Lett"}
    if len(registry_code) == 8 and registry_code.isdigit():
        source["code"] = registry_code
    usages = []
    for r in rows:
        lett: dict[str, Any] = {
            "action": r.action,
            "receiver": (r.data or {}).get("receiver", r.actor),
            "dataFields": _fields_of(r.action),
        }
        if r.data:
            lett["details"] = r.data
        usages.append({
            "logTime": r.at.isoformat().replace("+00:00", "Z"),
            "purpose": r.purpose,
            "legalBasis": r.legal_basis,
            "logSourceSystem": "Lett",
            "bulkProcessing": r.action == Use.ANONYMISE.value,
            "queryId": r.id,
            "initiatorPerson": {"alternativeCode": r.actor, "name": r.actor},
            "source": source,
            "lett": lett,
        })
    return {
        "userCode": f"EE{code}",
        "totalUsages": len(usages),
        "returnedUsages": len(usages),
        "dataRequests": None,
        "dataResponses": None,
        "dataProcessings": None,
        "internalProcessings": usages,
    }


def _fields_of(action: str) -> list[str]:
    if action == Use.REVEAL.value:
        return ["personal code"]
    if action == Use.NOTIFY.value:
        return ["name", "organisation", "purpose", "arrival time"]
    if action == Use.ANONYMISE.value:
        return ["name", "personal code", "document", "phone", "e-mail", "notes"]
    return ["name", "personal code (masked)", "organisation", "purpose", "host", "times"]


# -- retention -------------------------------------------------------------------------------


def anonymise_expired(ctx: Context) -> int:
    """Clear the personal data (name, personal code, document, contacts, notes) of every
    registration and expected visitor whose retention has passed. Runs at start and daily,
    whoever is signed in: it only removes data. The visit's times and purpose stay. The
    number of rows anonymised."""
    now = ctx.now()
    count = 0
    with ctx.db.write() as s:
        for row in s.scalars(select(VisitorRegistration).where(
                VisitorRegistration.office_id == ctx.office_id,
                VisitorRegistration.anonymised_at.is_(None),
                VisitorRegistration.retain_until <= now)):
            code = row.id_code
            if row.left_at is None:
                row.left_at = now
            row.name = ""
            row.name_key = ""
            row.id_code = None
            row.document = ""
            row.organisation = ""
            row.org_key = ""
            row.phone = ""
            row.email = ""
            row.notes = ""
            row.anonymised_at = now
            log_use(s, ctx, Use.ANONYMISE, PURPOSE_RETENTION, registration=row, subject_code=code)
            count += 1
        for e in s.scalars(select(ExpectedVisitor).where(
                ExpectedVisitor.office_id == ctx.office_id,
                ExpectedVisitor.anonymised_at.is_(None),
                ExpectedVisitor.retain_until <= now)):
            code = e.id_code
            e.name = ""
            e.id_code = None
            e.document = ""
            e.organisation = ""
            e.phone = ""
            e.email = ""
            e.notes = ""
            e.anonymised_at = now
            log_use(s, ctx, Use.ANONYMISE, PURPOSE_RETENTION, expected=e, subject_code=code)
            count += 1
    return count
