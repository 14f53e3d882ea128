"""A notice filled in from what the office already has: a document in the register (the letter
the notice answers) or a visitor's registration (the person it is for); and an issued notice
registered in the document register as the outgoing letter that answers it.

Each fills the template's fields that have one of the names below, and names the register entry
or the registration, so the issuance is linked to it (app.operations.notices.issue_notice). A
visitor's registration is personal data: reading it, and their personal code where the template
asks for one, is recorded in the personal data access log with its purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.notices import (
    EMAIL,
    Delivery,
    FieldKind,
    Template,
    format_date,
    intended_delivery,
)
from app.core.permissions import Action
from app.core.register import Direction, DocumentType, Transmittal
from app.operations.context import Context
from app.operations.notice_templates import get_template
from app.operations.notices import PURPOSE_NOTICE
from app.operations.register import EntryView

# The field names a register entry fills, and the personal code field a registration fills.
ENTRY_FIELDS = ("recipient_name", "organisation_name", "recipient_address", "contact_email",
                "subject", "matter", "sender_number", "sender_date", "application_date",
                "entry_number", "entry_date")
CODE_FIELD = "recipient_code"


@dataclass(frozen=True)
class Filled:
    """Values for a template's fields (only those it has, and only known ones), and what they
    were taken from."""

    values: dict[str, str]
    register_entry_id: str | None = None
    visitor_registration_id: str | None = None
    # How the Notices tab names the source: a registration number, or the visitor's name.
    about: str = ""


def _day(value: date | None) -> str:
    return format_date(value) if value is not None else ""


def _fit(template: Template, known: dict[str, str]) -> dict[str, str]:
    """The known values of fields the template has (a choice is never guessed)."""
    return {f.id: known[f.id] for f in template.fields
            if known.get(f.id) and f.kind is not FieldKind.CHOICE}


def values_from_entry(ctx: Context, template_id: str, entry_key: str) -> Filled:
    """The fields of template `template_id` filled from a register entry (by id or
    registration number): the sender's name and organisation, their address (postal or
    e-mail), the document's title as the subject or matter, its sender's number and date, and
    its registration number and date in the register."""
    from app.operations.register import get_entry

    ctx.require(Action.ISSUE_NOTICE)
    template = get_template(ctx, template_id)
    entry = get_entry(ctx, entry_key.strip())
    address = entry.sender_address.strip()
    is_email = bool(EMAIL.match(address))
    known = {
        "recipient_name": entry.sender_name or entry.sender_organisation,
        "organisation_name": entry.sender_organisation,
        "recipient_address": "" if is_email else address,
        "contact_email": address if is_email else "",
        "subject": entry.title,
        "matter": entry.title,
        "sender_number": entry.sender_number,
        "sender_date": _day(entry.sender_date),
        "application_date": _day(entry.sender_date or entry.registered_on),
        "entry_number": entry.registry_number,
        "entry_date": _day(entry.registered_on),
    }
    return Filled(_fit(template, known), register_entry_id=entry.id,
                  about=entry.registry_number)


def values_from_visitor(ctx: Context, template_id: str, registration_id: str) -> Filled:
    """The fields of template `template_id` filled from a visitor's registration: name,
    organisation, e-mail address, and the full personal code where the template has a
    recipient's code. The reading (and the reveal of the code) is recorded with the purpose
    PURPOSE_NOTICE."""
    from app.operations.visitors import reveal_id_code, visit_details

    ctx.require(Action.ISSUE_NOTICE)
    template = get_template(ctx, template_id)
    visitor = visit_details(ctx, registration_id, PURPOSE_NOTICE)
    known = {"recipient_name": visitor.name, "organisation_name": visitor.organisation,
             "contact_email": visitor.email}
    wants_code = any(f.id == CODE_FIELD and f.kind is FieldKind.PERSONAL_CODE
                     for f in template.fields)
    if wants_code and visitor.has_id_code:
        known[CODE_FIELD] = reveal_id_code(ctx, registration_id, PURPOSE_NOTICE)
    return Filled(_fit(template, known), visitor_registration_id=visitor.id, about=visitor.name)


# How an outgoing letter went, by how the notice was delivered.
TRANSMITTALS = {Delivery.HANDED_OVER.value: Transmittal.COUNTER.value,
                Delivery.POSTED.value: Transmittal.POST.value,
                Delivery.EMAILED.value: Transmittal.EMAIL.value}


def register_as_answer(ctx: Context, issuance_key: str, series: str) -> EntryView:
    """Register an issued notice in the document register as an outgoing letter of `series`
    (its PDF kept with the entry): titled with the notice's title and number, addressed to its
    recipient, at the address of the incoming document it was filled in from, which is then
    marked answered by it."""
    from app.operations import notices
    from app.operations.register import NewDocument, get_entry, register_document
    from app.operations.register_follow import mark_answered

    ctx.require(Action.REGISTER_DOCUMENTS)
    issued, pdf = notices.notice_pdf(ctx, issuance_key)
    incoming = (get_entry(ctx, issued.register_entry_id)
                if issued.register_entry_id is not None else None)
    template = get_template(ctx, issued.template_id, issued.template_version)
    outgoing = register_document(ctx, NewDocument(
        series=series.strip(), direction=Direction.OUTGOING.value,
        document_type=DocumentType.LETTER.value,
        title=f"{template.title(issued.lang).capitalize()} {issued.registry_number}",
        transmittal=TRANSMITTALS[intended_delivery(issued.delivery)], addressee=issued.recipient,
        addressee_address=incoming.sender_address if incoming is not None else ""), pdf)
    if incoming is not None:
        mark_answered(ctx, incoming.id, outgoing.id)
    return outgoing
