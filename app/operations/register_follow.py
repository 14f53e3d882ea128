"""What follows a document's registration: forwarding it to a unit (by e-mail with its PDF
attached, or into an export folder with a metadata JSON beside the PDF), marking it answered,
the outgoing post (letters to take to the post office, their list printed and signed), and the
registration slip (a cover sheet with the registration number and its QR code).

The status follows: registered, then forwarded (to where, and when), then answered (by which
outgoing letter). A forwarding that fails changes nothing: the entry keeps its status and the
PDF stays where it is kept. E-mails and printed sheets are in the office's working language.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import register as rules
from app.core.errors import Invalid, LettError, NotFound, Refused
from app.core.notices import EMAIL
from app.core.permissions import Action
from app.documents import files as file_io
from app.documents.mail import MailServer, send
from app.i18n import translate
from app.operations import files
from app.operations.context import Context
from app.operations.register import (
    EntryView,
    _entry,
    _index_of,
    document_file_name,
    get_entry,
)
from app.store.models import Office, RegisterEntry, RegisterSeries, Specialist

if TYPE_CHECKING:  # the PDF libraries load when a sheet is made
    from app.documents.render import Letterhead

CONTEXT = "register_follow"
# The register is kept in the office's working language.
LANG = "et"
OWNER = "register_entries"
PURPOSE = "document"
MAX_NOTE = 2000


def file_stem(registry_number: str) -> str:
    """The name a registered document's files go by, as its kept PDF: its registration
    number, with the characters a file name cannot hold (the slash of "1-2/26-001") as "_"."""
    return document_file_name(registry_number).removesuffix(".pdf")


def _date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "\u2014"


def type_name(code: str, lang: str = LANG) -> str:
    """A document type's name: the built-in types' names translated, an office's own type
    by the name it was given (else its code)."""
    built_in: dict[str, str] = {
        rules.DocumentType.REQUEST_FOR_INFORMATION: translate(
            CONTEXT, "Request for information", lang),
        rules.DocumentType.MEMORANDUM: translate(CONTEXT, "Memorandum", lang),
        rules.DocumentType.REQUEST_FOR_EXPLANATION: translate(
            CONTEXT, "Request for explanation", lang),
        rules.DocumentType.LETTER: translate(CONTEXT, "Letter", lang),
        rules.DocumentType.APPLICATION: translate(CONTEXT, "Application", lang),
        rules.DocumentType.OTHER: translate(CONTEXT, "Other document", lang),
    }
    return built_in.get(code, code.replace("_", " "))


def document_type_name(ctx: Context, code: str, lang: str = LANG) -> str:
    """A document type's name in `lang`: the name the office gave it, else the built-in
    type's name (`type_name`)."""
    from app.operations.config import office_settings

    for spec in rules.document_types(office_settings(ctx)["register.document_types"]):
        if spec.code == code and spec.name:
            return spec.name
    return type_name(code, lang)


def restricted(entry: EntryView, today: date) -> bool:
    """Whether the document's access restriction (AK) is in force on `today`."""
    return bool(entry.access_basis) and (entry.access_until is None
                                         or today <= entry.access_until)


def _sender(entry: EntryView) -> str:
    return ", ".join(p for p in (entry.sender_name, entry.sender_organisation) if p) or "\u2014"


# -- the document's PDF ----------------------------------------------------------------------


def check_pdf(data: bytes) -> None:
    """Invalid register_not_pdf unless `data` is a PDF file (by its first bytes)."""
    if not data.startswith(b"%PDF-"):
        raise Invalid("register_not_pdf", size=len(data))


def keep_document_pdf(ctx: Context, key: str, data: bytes) -> files.StoredFileView:
    """Keep a registered document's PDF with its entry, named by its registration number
    ("1-2_26-001.pdf"; a later version "1-2_26-001 (2).pdf"): a forwarding sends the newest."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    check_pdf(data)
    with ctx.db.write() as s:
        row = _entry(s, ctx, key)
        kept = files.keep_file(s, ctx, OWNER, row.id, PURPOSE,
                               document_file_name(row.registry_number), data,
                               "application/pdf", rename=True)
    from app.operations.register_search import index_entry

    index_entry(ctx, kept.owner_id)
    return kept


def latest_pdf(ctx: Context, key: str) -> files.StoredFileView | None:
    """The record of the newest PDF kept with an entry, or None."""
    return files.latest_file(ctx, OWNER, get_entry(ctx, key).id, PURPOSE)


def document_pdf(ctx: Context, key: str) -> tuple[EntryView, files.StoredFileView, bytes]:
    """The entry, its newest PDF's record and content (checked against its SHA-256), or
    Refused register_no_pdf when no PDF is kept with it yet."""
    entry = get_entry(ctx, key)
    kept = files.latest_file(ctx, OWNER, entry.id, PURPOSE)
    if kept is None:
        raise Refused("register_no_pdf", number=entry.registry_number)
    return entry, kept, files.file_content(ctx, kept.id)


# -- forwarding ------------------------------------------------------------------------------


def _own_address(s: Session, ctx: Context, address: str, sender: str) -> bool:
    """An address of the office's own: of its mail domain, or a specialist's in its
    directory."""
    domain = address.rpartition("@")[2].lower()
    if sender and domain == sender.rpartition("@")[2].lower():
        return True
    known = s.scalars(select(Specialist.email).where(
        Specialist.office_id == ctx.office_id, Specialist.deleted_at.is_(None)))
    return address.lower() in {e.strip().lower() for e in known if e}


def forward_message(sender: str, to: str, entry: EntryView, kind: str, note: str,
                    filename: str, pdf: bytes, restricted_now: bool) -> EmailMessage:
    """The e-mail that forwards a registered document to a unit, its PDF attached."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    subject = translate(CONTEXT, "Forwarded document {number}: {title}", LANG).format(
        number=entry.registry_number, title=entry.title)
    if restricted_now:
        subject = "AK \u2014 " + subject
    message["Subject"] = subject[:250]
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    lines = []
    if restricted_now:
        lines += [translate(CONTEXT, "FOR INTERNAL USE (AK). Basis: {basis}. Restricted until "
                                     "{until}. Do not pass it on outside the office.",
                            LANG).format(basis=entry.access_basis,
                                         until=_date(entry.access_until)), ""]
    if note:
        lines += [note, ""]
    lines += [
        translate(CONTEXT, "Registration number: {number}", LANG).format(
            number=entry.registry_number),
        translate(CONTEXT, "Registered: {date}", LANG).format(date=_date(entry.registered_on)),
        translate(CONTEXT, "Sender: {sender}", LANG).format(sender=_sender(entry)),
        translate(CONTEXT, "Document type: {type}", LANG).format(type=kind),
        translate(CONTEXT, "Title: {title}", LANG).format(title=entry.title),
        translate(CONTEXT, "Deadline: {date}", LANG).format(date=_date(entry.deadline)),
        "",
        translate(CONTEXT, "The document is attached as a PDF. This message was sent from the "
                           "office's document register.", LANG),
    ]
    message.set_content("\n".join(lines))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def _forwarded(ctx: Context, key: str, to: str) -> EntryView:
    with ctx.db.write() as s:
        row = _entry(s, ctx, key)
        if row.status != rules.Status.ANSWERED.value:
            row.status = rules.Status.FORWARDED.value
        row.forwarded_to = to[:300]
        row.forwarded_at = ctx.now()
        s.flush()
        return EntryView.of(row, _index_of(s, row))


def forward_by_email(ctx: Context, key: str, to: str, server: MailServer,
                     note: str = "") -> EntryView:
    """E-mail the document's newest PDF to a unit's address through the office's mail server;
    the entry is then forwarded (to that address, now). A document with an access restriction
    in force goes only to the office's own addresses, and the e-mail says so and why. When
    it cannot be sent the entry stays as it was."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    to = to.strip()
    if not EMAIL.match(to):
        raise Invalid("bad_email", address=to[:80])
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise Invalid("register_text_long", start=note[:30], length=len(note), limit=MAX_NOTE)
    if not server.host or not server.sender:
        raise Refused("mail_not_set_up", path=server.settings_path)
    entry, kept, pdf = document_pdf(ctx, key)
    limited = restricted(entry, ctx.local().date())
    if limited:
        with ctx.db.read() as s:
            if not _own_address(s, ctx, to, server.sender):
                raise Refused("register_restricted_outside", number=entry.registry_number,
                              address=to, basis=entry.access_basis)
    message = forward_message(server.sender, to, entry,
                              document_type_name(ctx, entry.document_type, LANG), note,
                              kept.file_name, pdf, limited)
    try:
        send(server, message)
    except LettError as err:
        raise LettError("register_forward_failed", number=entry.registry_number, address=to,
                        detail=str(err.params.get("detail", err))) from err
    return _forwarded(ctx, entry.id, to)


def metadata(entry: EntryView, kind: str, kept: files.StoredFileView,
             file_name: str) -> dict[str, object]:
    """The metadata JSON written beside a document forwarded to a folder."""
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "registry_number": entry.registry_number,
        "series": entry.series_index,
        "direction": entry.direction,
        "registered_on": entry.registered_on.isoformat(),
        "registered_at": entry.registered_at.isoformat(),
        "registered_by": entry.registered_by,
        "sender": {"name": entry.sender_name, "organisation": entry.sender_organisation,
                   "address": entry.sender_address, "number": entry.sender_number,
                   "date": day(entry.sender_date)},
        "addressee": entry.addressee,
        "document_type": entry.document_type,
        "document_type_name": kind,
        "title": entry.title,
        "transmittal": entry.transmittal,
        "pages": entry.pages,
        "access_restriction": ({"basis": entry.access_basis, "from": day(entry.access_from),
                                "until": day(entry.access_until)}
                               if entry.access_basis else None),
        "deadline": day(entry.deadline),
        "extended": entry.extended,
        "file": {"name": file_name, "sha256": kept.sha256, "size": kept.size},
    }


def forward_to_folder(ctx: Context, key: str, folder: Path) -> EntryView:
    """Copy the document's newest PDF into an export folder, with a metadata JSON beside it
    (both named by the registration number), each written whole and never over a file that
    is there; the entry is then forwarded (to that folder, now). When either cannot be
    written, neither is left behind and the entry stays as it was."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise Refused("register_no_folder", path=str(folder))
    entry, kept, pdf = document_pdf(ctx, key)
    stem = file_stem(entry.registry_number)
    pdf_path, json_path = folder / f"{stem}.pdf", folder / f"{stem}.json"
    for path in (pdf_path, json_path):
        if path.exists():
            raise Refused("file_exists", path=str(path))
    data = metadata(entry, document_type_name(ctx, entry.document_type, LANG), kept,
                    pdf_path.name)
    file_io.write_new_file(pdf_path, pdf)
    try:
        file_io.write_new_file(json_path, (json.dumps(data, ensure_ascii=False, indent=2)
                                           + "\n").encode("utf-8"))
    except LettError:
        with contextlib.suppress(OSError):
            os.unlink(pdf_path)
        raise
    try:
        return _forwarded(ctx, entry.id, str(folder))
    except Exception:
        # The register did not take the forwarding: take the copies back, so a second try
        # is not refused for files that are already there.
        for path in (pdf_path, json_path):
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise


def mark_answered(ctx: Context, key: str, answer_key: str | None = None) -> EntryView:
    """Mark an incoming document answered, with the outgoing letter that answers it when
    there is one in the register."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    with ctx.db.write() as s:
        row = _entry(s, ctx, key)
        if answer_key is not None:
            answer = _entry(s, ctx, answer_key.strip())
            if answer.id == row.id or answer.direction != rules.Direction.OUTGOING.value:
                raise Invalid("register_answer_not_outgoing", number=answer.registry_number)
            row.answer_id = answer.id
        row.status = rules.Status.ANSWERED.value
        s.flush()
        return EntryView.of(row, _index_of(s, row))


# -- outgoing post ---------------------------------------------------------------------------


def outgoing_post(ctx: Context, day: date | None = None) -> list[EntryView]:
    """Outgoing letters sent by post and not yet taken to the post office, in the order they
    were registered; `day`: only those registered that day."""
    ctx.require(Action.VIEW_REGISTER)
    query = (
        select(RegisterEntry, RegisterSeries.series_index)
        .join(RegisterSeries, RegisterSeries.id == RegisterEntry.series_id)
        .where(RegisterEntry.office_id == ctx.office_id, RegisterEntry.deleted_at.is_(None),
               RegisterEntry.direction == rules.Direction.OUTGOING.value,
               RegisterEntry.transmittal == rules.Transmittal.POST.value,
               RegisterEntry.posted_at.is_(None))
        .order_by(RegisterEntry.registered_at, RegisterEntry.registry_number))
    if day is not None:
        query = query.where(RegisterEntry.registered_on == day)
    with ctx.db.read() as s:
        return [EntryView.of(row, index) for row, index in s.execute(query).all()]


def mark_posted(ctx: Context, keys: Sequence[str]) -> list[EntryView]:
    """Record that these outgoing letters were taken to the post office now, all or none; a
    letter already posted keeps its first time."""
    ctx.require(Action.REGISTER_DOCUMENTS)
    if not keys:
        raise Invalid("register_nothing_chosen")
    now = ctx.now()
    out = []
    with ctx.db.write() as s:
        for key in keys:
            row = _entry(s, ctx, key.strip())
            if (row.direction != rules.Direction.OUTGOING.value
                    or row.transmittal != rules.Transmittal.POST.value):
                raise Invalid("register_not_post", number=row.registry_number)
            if row.posted_at is None:
                row.posted_at = now
            out.append(row)
        s.flush()
        return [EntryView.of(row, _index_of(s, row)) for row in out]


# -- printed sheets --------------------------------------------------------------------------


def _letterhead(ctx: Context) -> Letterhead:
    from app.documents.render import Letterhead

    with ctx.db.read() as s:
        office = s.get(Office, ctx.office_id)
        if office is None:
            raise NotFound("no_office")
        return Letterhead(office.name, office.address or "", office.registry_code or "",
                          office.logo)


def post_list_pdf(ctx: Context, day: date | None = None, lang: str = LANG) -> bytes:
    """The outgoing post list (`outgoing_post`) as an A4 PDF to print and sign."""
    from app.documents.register_sheets import PostList, PostRow
    from app.documents.register_sheets import post_list_pdf as render

    letters = outgoing_post(ctx, day)
    rows = tuple(PostRow(e.registry_number, e.addressee, e.addressee_address, e.title,
                         str(e.pages) if e.pages else "") for e in letters)
    sheet = PostList(
        letterhead=_letterhead(ctx),
        title=translate(CONTEXT, "Outgoing post", lang),
        made_at=ctx.local().strftime("%d.%m.%Y %H:%M"),
        count_line=translate(CONTEXT, "Letters: {count}", lang).format(count=len(rows)),
        headings=(translate(CONTEXT, "No.", lang),
                  translate(CONTEXT, "Reg. no.", lang),
                  translate(CONTEXT, "Addressee", lang), translate(CONTEXT, "Address", lang),
                  translate(CONTEXT, "Title", lang), translate(CONTEXT, "Pages", lang)),
        rows=rows,
        empty_text=translate(CONTEXT, "No letters are waiting to be posted.", lang),
        signature_lines=(translate(CONTEXT, "Handed over by (name, signature)", lang),
                         translate(CONTEXT, "Received by (name, signature)", lang)),
    )
    return render(sheet)


def slip_pdf(ctx: Context, key: str, lang: str = LANG) -> bytes:
    """A registered document's registration slip as an A4 PDF: the registration number large
    and as a QR code, the registration date, sender, title and deadline."""
    from app.documents.register_sheets import Slip
    from app.documents.register_sheets import slip_pdf as render

    entry = get_entry(ctx, key)
    due = _date(entry.deadline)
    if entry.deadline and entry.extended:
        due += " " + translate(CONTEXT, "(extended)", lang)
    lines = [
        (translate(CONTEXT, "Registered", lang), ctx.local(entry.registered_at).strftime(
            "%d.%m.%Y %H:%M")),
        (translate(CONTEXT, "Sender", lang), _sender(entry)),
    ]
    if entry.sender_number or entry.sender_date:
        lines.append((translate(CONTEXT, "Sender's number and date", lang),
                      " / ".join(p for p in (entry.sender_number,
                                             _date(entry.sender_date) if entry.sender_date
                                             else "") if p)))
    lines += [
        (translate(CONTEXT, "Addressee", lang), entry.addressee or "\u2014"),
        (translate(CONTEXT, "Document type", lang),
         document_type_name(ctx, entry.document_type, lang)),
        (translate(CONTEXT, "Title", lang), entry.title),
        (translate(CONTEXT, "Deadline", lang), due),
    ]
    if entry.pages:
        lines.append((translate(CONTEXT, "Pages", lang), str(entry.pages)))
    if entry.access_basis:
        lines.append((translate(CONTEXT, "Access restriction", lang),
                      f"AK \u2014 {entry.access_basis}"))
    slip = Slip(
        letterhead=_letterhead(ctx),
        title=translate(CONTEXT, "REGISTRATION SLIP", lang),
        registry_number=entry.registry_number,
        number_label=translate(CONTEXT, "Registration number", lang),
        lines=tuple(lines),
        footer=translate(CONTEXT, "Registered by {name}", lang).format(
            name=entry.registered_by),
        restriction=(translate(CONTEXT, "FOR INTERNAL USE", lang)
                     if restricted(entry, ctx.local().date()) else ""),
    )
    return render(slip)


def _print(pdf: bytes, printer: str, title: str) -> str:
    from printers.documents import print_pdf

    # CUPS has the whole file once lp returns, so the copy handed to it need not stay.
    with tempfile.TemporaryDirectory(prefix="lett-print-") as folder:
        path = Path(folder) / "sheet.pdf"
        path.write_bytes(pdf)
        return print_pdf(path, printer, title=title)


def print_post_list(ctx: Context, printer: str = "", day: date | None = None) -> str:
    """Print the outgoing post list on the CUPS queue `printer` (empty: the default); CUPS's
    job id."""
    return _print(post_list_pdf(ctx, day), printer, translate(CONTEXT, "Outgoing post", LANG))


def print_slip(ctx: Context, key: str, printer: str = "") -> str:
    """Print a document's registration slip on the CUPS queue `printer` (empty: the
    default); CUPS's job id."""
    entry = get_entry(ctx, key)
    return _print(slip_pdf(ctx, entry.id), printer, entry.registry_number)
