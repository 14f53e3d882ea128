"""Notices: templates, preview, issuing with the issuance register, reprints, printing, e-mail
and the signing hand-off (ASiC-E out, the signed container back).

Issuing is one unit of work: the next number of the office's yearly series is taken, the PDF
rendered and written (whole, never over another file) and the issuance recorded; if the record
cannot be written, the new file is removed again. A PC connected to a server takes the number
from the server just before (app.operations.numbers), so no two PCs issue the same one. The
PDFs are kept in the data folder under `notices/<year>/` (signed containers under
`signed/<year>/`) as the issuance's stored files (app.operations.files), which sync carries to
the office's other desk and counter PCs, and checked against their SHA-256 whenever they are
used again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from app.core.errors import LettError, NotFound, Refused
from app.core.ids import uuid7
from app.core.notices import (
    LANGUAGES,
    NOT_DELIVERED,
    PRINTED,
    Delivery,
    Template,
    check_values,
    file_stem,
    intended_delivery,
    registry_number,
    verification_code,
)
from app.core.permissions import Action
from app.documents import files
from app.operations import files as stored
from app.operations import numbers
from app.operations.context import Context
from app.operations.notice_templates import find_template
from app.store.models import Issuance, Office, RegisterEntry, VisitorRegistration

if TYPE_CHECKING:  # rendering, PDF/A and mail are loaded where used: listing needs none
    from app.documents import render
    from app.documents.mail import MailServer

PDF = "application/pdf"
ASICE = "application/vnd.etsi.asic-e+zip"
# Why a visitor's registration (and personal code) is read when a notice is filled in from it
# (app.operations.notice_filling).
PURPOSE_NOTICE = "issuing a notice"


@dataclass(frozen=True)
class IssuanceView:
    id: str
    registry_number: str
    template_id: str
    template_version: int
    lang: str
    recipient: str
    issued_by: str
    issued_at: datetime
    delivery: str
    pdf_path: str
    pdf_sha256: str
    is_copy: bool
    copy_of_id: str | None
    verification_code: str
    signed_path: str | None
    # The register entry or the visitor's registration the notice was filled in from.
    register_entry_id: str | None = None
    visitor_registration_id: str | None = None

    @classmethod
    def of(cls, row: Issuance) -> IssuanceView:
        return cls(row.id, row.registry_number, row.template_id, row.template_version, row.lang,
                   row.recipient, row.issued_by, row.issued_at, row.delivery, row.pdf_path,
                   row.pdf_sha256, row.is_copy, row.copy_of_id, row.verification_code,
                   row.signed_path, row.register_entry_id, row.visitor_registration_id)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "registry_number": self.registry_number,
            "template": self.template_id, "template_version": self.template_version,
            "lang": self.lang, "recipient": self.recipient, "issued_by": self.issued_by,
            "issued_at": self.issued_at.isoformat(), "delivery": self.delivery,
            "pdf": self.pdf_path, "sha256": self.pdf_sha256, "copy": self.is_copy,
            "copy_of": self.copy_of_id, "verification_code": self.verification_code,
            "signed": self.signed_path, "register_entry": self.register_entry_id,
            "visitor_registration": self.visitor_registration_id,
        }


def home_of(ctx: Context) -> Path:
    """The data folder of this PC: the folder of its SQLite store (LETT_HOME's otherwise)."""
    return files.data_folder(ctx.db)


# -- rendering ------------------------------------------------------------------------------


def _letterhead(s: Session, ctx: Context) -> render.Letterhead:
    from app.documents import render

    office = s.get(Office, ctx.office_id)
    if office is None:
        raise NotFound("unknown_office", office=ctx.office_id)
    return render.Letterhead(
        name=office.name,
        address=getattr(office, "address", "") or "",
        registry_code=getattr(office, "registry_code", "") or "",
        logo=getattr(office, "logo", None),
    )


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise Refused("bad_value", field="lang", detail=f"use one of {', '.join(LANGUAGES)}")
    return lang


def _document(ctx: Context, head: render.Letterhead, template: Template, lang: str,
              values: dict[str, str], number: str, day: date, code: str) -> render.NoticeDocument:
    from app.documents import render

    return render.NoticeDocument(template, lang, values, head, number, day, ctx.actor.name, code)


def preview_notice(ctx: Context, template: Template | str, lang: str,
                   values: dict[str, str]) -> bytes:
    """The notice as it would be issued now, without a number (a draft); nothing is stored.
    `template` is an id or a template being edited (then an admin's preview)."""
    from app.documents import render

    ctx.require(Action.ISSUE_NOTICE)
    _check_lang(lang)
    with ctx.db.read() as s:
        if isinstance(template, str):
            template = find_template(s, ctx, template)
            values = check_values(template, values, lang)
        head = _letterhead(s, ctx)
    draft = render.draft_number(lang)
    return render.render_notice(_document(ctx, head, template, lang, values, draft,
                                          ctx.local().date(), draft))


def _record(s: Session, row: Issuance) -> IssuanceView:
    s.add(row)
    s.flush()
    return IssuanceView.of(row)


def issue_notice(ctx: Context, template_id: str, lang: str, values: dict[str, str],
                 delivery: str = Delivery.HANDED_OVER, *, register_entry_id: str | None = None,
                 visitor_registration_id: str | None = None) -> IssuanceView:
    """Issue a notice: number, PDF/A kept in the data folder, a row in the register. It is
    made from the template's current version (the issuance names it), and about the register
    entry or the visitor's registration it was filled in from, when given."""
    from app.documents import render

    ctx.require(Action.ISSUE_NOTICE)
    _check_lang(lang)
    delivery = _delivery(delivery)
    with ctx.db.read() as s:
        template = find_template(s, ctx, template_id)
        _check_links(s, ctx, register_entry_id, visitor_registration_id)
    values = check_values(template, values, lang)
    now = ctx.now()
    local = ctx.local(now)
    # Asked before the write: the server is never waited for inside this PC's write lock.
    taken = numbers.next_number(ctx, numbers.ISSUANCES, local.year)
    with ctx.db.write() as s:
        head = _letterhead(s, ctx)
        seq = taken if taken is not None else numbers.number_here(
            s, ctx, numbers.ISSUANCES, local.year)
        number = registry_number(local.year, seq)
        code = verification_code()
        pdf = render.render_notice(_document(ctx, head, template, lang, values, number,
                                             local.date(), code))
        issuance_id = uuid7()
        relative = stored.keep_file(s, ctx, "issuances", issuance_id, "notice",
                                    f"{file_stem(number)}.pdf", pdf, PDF).path
        row = Issuance(
            id=issuance_id,
            office_id=ctx.office_id, registry_number=number, year=local.year, seq=seq,
            template_id=template.id, template_version=template.version, lang=lang,
            recipient=values.get(template.recipient_field, "")[:300],
            issued_by=ctx.actor.name[:200], issued_at=now, delivery=delivery,
            pdf_path=relative, pdf_sha256=files.sha256_of(pdf), is_copy=False,
            verification_code=code, register_entry_id=register_entry_id,
            visitor_registration_id=visitor_registration_id)
        view = _record(s, row)
    return view


def _check_links(s: Session, ctx: Context, register_entry_id: str | None,
                 visitor_registration_id: str | None) -> None:
    """Refuse a link to a register entry or a registration this office does not have."""
    if register_entry_id is not None:
        entry = s.get(RegisterEntry, register_entry_id)
        if entry is None or entry.office_id != ctx.office_id or entry.deleted_at is not None:
            raise NotFound("register_unknown_entry", entry=register_entry_id)
    if visitor_registration_id is not None:
        visit = s.get(VisitorRegistration, visitor_registration_id)
        if visit is None or visit.office_id != ctx.office_id or visit.deleted_at is not None:
            raise NotFound("unknown_visit")


def _delivery(value: str) -> str:
    try:
        return Delivery(value).value
    except ValueError:
        raise Refused("bad_value", field="delivery", detail="use one of "
                      + ", ".join(d.value for d in Delivery)) from None


def _find(s: Session, ctx: Context, key: str) -> Issuance:
    """An issuance by id, or the first issuance (not a copy) with this registration number."""
    row = s.get(Issuance, key)
    if row is not None and row.office_id == ctx.office_id and row.deleted_at is None:
        return row
    row = s.scalars(select(Issuance).where(
        Issuance.office_id == ctx.office_id, Issuance.registry_number == key.strip().upper(),
        Issuance.deleted_at.is_(None)).order_by(Issuance.is_copy, Issuance.issued_at)).first()
    if row is None:
        raise NotFound("unknown_issuance", issuance=key)
    return row


def _pdf_file(home: Path, row: Issuance) -> Path:
    """Where this PC keeps the notice's PDF: its stored file, written here when the notice was
    issued here and fetched by sync otherwise; for a notice issued before its files travelled,
    where the issuing PC wrote it."""
    s = object_session(row)
    kept = stored.kept_with(s, row.office_id, "issuances", row.id, "notice") if s else None
    if kept is None:
        return home / row.pdf_path
    if kept.path is None:
        raise NotFound("notice_file_missing", number=row.registry_number,
                       path=str(home / row.pdf_path))
    return home / kept.path


def _read_pdf(home: Path, row: Issuance) -> bytes:
    path = _pdf_file(home, row)
    try:
        data = path.read_bytes()
    except OSError:
        raise NotFound("notice_file_missing", number=row.registry_number, path=str(path)) from None
    if files.sha256_of(data) != row.pdf_sha256:
        raise Refused("notice_file_changed", number=row.registry_number, path=str(path))
    return data


def get_issuance(ctx: Context, key: str) -> IssuanceView:
    ctx.require(Action.ISSUE_NOTICE)
    with ctx.db.read() as s:
        return IssuanceView.of(_find(s, ctx, key))


def notice_pdf(ctx: Context, key: str) -> tuple[IssuanceView, bytes]:
    """An issuance and its PDF, checked against the register's SHA-256."""
    ctx.require(Action.ISSUE_NOTICE)
    with ctx.db.read() as s:
        row = _find(s, ctx, key)
        return IssuanceView.of(row), _read_pdf(home_of(ctx), row)


def notice_path(ctx: Context, key: str) -> tuple[IssuanceView, Path]:
    """An issuance and the path of its checked PDF (for printing)."""
    ctx.require(Action.ISSUE_NOTICE)
    home = home_of(ctx)
    with ctx.db.read() as s:
        row = _find(s, ctx, key)
        _read_pdf(home, row)
        return IssuanceView.of(row), _pdf_file(home, row)


def reprint_notice(ctx: Context, key: str, delivery: str = Delivery.HANDED_OVER
                   ) -> IssuanceView:
    """A copy of an issued notice: the kept PDF marked COPY on every page, registered as a
    copy of the first issuance under the same registration number."""
    from app.documents import pdfa, render

    ctx.require(Action.ISSUE_NOTICE)
    delivery = _delivery(delivery)
    home = home_of(ctx)
    now = ctx.now()
    with ctx.db.write() as s:
        first = _find(s, ctx, key)
        if first.copy_of_id is not None:
            first = _find(s, ctx, first.copy_of_id)
        original = _read_pdf(home, first)
        pdf = pdfa.mark_as_copy(original, render.copy_mark_overlay(first.lang), first.lang)
        copies = s.scalar(select(func.count()).select_from(Issuance).where(
            Issuance.copy_of_id == first.id)) or 0
        issuance_id = uuid7()
        relative = stored.keep_file(
            s, ctx, "issuances", issuance_id, "notice",
            f"{file_stem(first.registry_number)}-copy-{copies + 1}.pdf", pdf, PDF).path
        row = Issuance(
            id=issuance_id,
            office_id=ctx.office_id, registry_number=first.registry_number,
            year=first.year, seq=first.seq, template_id=first.template_id,
            template_version=first.template_version, lang=first.lang,
            recipient=first.recipient, issued_by=ctx.actor.name[:200], issued_at=now,
            delivery=delivery, pdf_path=relative, pdf_sha256=files.sha256_of(pdf),
            is_copy=True, copy_of_id=first.id, verification_code=first.verification_code,
            register_entry_id=first.register_entry_id,
            visitor_registration_id=first.visitor_registration_id)
        view = _record(s, row)
    return view


def list_issuances(ctx: Context, limit: int = 500, search: str = "") -> list[IssuanceView]:
    """The register, newest first; `search` matches the number or the recipient."""
    ctx.require(Action.ISSUE_NOTICE)
    query = select(Issuance).where(Issuance.office_id == ctx.office_id,
                                   Issuance.deleted_at.is_(None))
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(Issuance.registry_number.ilike(like)
                            | Issuance.recipient.ilike(like))
    with ctx.db.read() as s:
        rows = s.scalars(query.order_by(Issuance.issued_at.desc(), Issuance.id.desc())
                         .limit(limit))
        return [IssuanceView.of(r) for r in rows]


# -- delivery -------------------------------------------------------------------------------


def print_notice(ctx: Context, key: str, printer: str = "", copies: int = 1) -> str:
    """Send an issued notice's PDF to the system printer; the CUPS job id.

    The issuance's delivery then says what happened: a notice to be handed over or posted that
    could not be printed is recorded as not handed over (not posted), never as gone out; once
    it is printed (again), as handed over (posted)."""
    from printers.documents import print_pdf

    view, path = notice_path(ctx, key)
    try:
        job = print_pdf(path, printer, title=view.registry_number, copies=copies)
    except LettError as err:  # says why; the message says what became of the notice
        _record_delivery(ctx, view.id, PRINTED, done=False)
        raise LettError("notice_not_printed", number=view.registry_number,
                        detail=err) from err
    _record_delivery(ctx, view.id, PRINTED, done=True)
    return job


def _record_delivery(ctx: Context, key: str, kinds: frozenset[str], *, done: bool) -> None:
    """Record whether the issuance went out, when it was to go out by one of `kinds`."""
    with ctx.db.write() as s:
        row = _find(s, ctx, key)
        intended = intended_delivery(row.delivery)
        if intended not in kinds:
            return
        recorded = intended if done else NOT_DELIVERED[intended]
        if row.delivery != recorded:
            row.delivery = recorded
            s.flush()


def save_notice_as(ctx: Context, key: str, target: Path) -> Path:
    """Save a copy of an issued notice's PDF where the person chose (replacing that file)."""
    _view, data = notice_pdf(ctx, key)
    files.replace_file(target, data)
    return target


def email_notice(ctx: Context, key: str, to: str, server: MailServer) -> None:
    """E-mail an issued notice to `to`, its PDF attached, in the notice's language."""
    from app.documents import mail as mailing
    from app.documents import render

    view, data = notice_pdf(ctx, key)
    with ctx.db.read() as s:
        office = _letterhead(s, ctx).name
    subject, text = render.mail_text(view.lang, view.registry_number, office)
    message = mailing.build_message(server.sender, to.strip(), subject, text,
                                    f"{file_stem(view.registry_number)}.pdf", data)
    try:
        mailing.send(server, message)
    except LettError:  # a notice issued to be e-mailed is not recorded as e-mailed
        _record_delivery(ctx, view.id, frozenset({Delivery.EMAILED.value}), done=False)
        raise
    _record_delivery(ctx, view.id, frozenset({Delivery.EMAILED.value}), done=True)


# -- signing hand-off ----------------------------------------------------------------------


def export_asice(ctx: Context, key: str, target: Path) -> Path:
    """Write an ASiC-E container holding the notice's PDF, to be signed in DigiDoc4."""
    from app.documents import asice

    view, data = notice_pdf(ctx, key)
    container = asice.build_container(f"{file_stem(view.registry_number)}.pdf", data)
    files.replace_file(target, container)
    return target


def attach_signed(ctx: Context, key: str, source: Path) -> IssuanceView:
    """Take a signed container back: it must hold this notice's PDF and a signature. It is
    kept in the data folder and attached to the issuance."""
    from app.documents import asice

    ctx.require(Action.ISSUE_NOTICE)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise Refused("container_not_asice", path=str(source),
                      detail=exc.strerror or str(exc)) from exc
    with ctx.db.write() as s:
        row = _find(s, ctx, key)
        if row.signed_path:
            raise Refused("already_signed", number=row.registry_number)
        asice.check_signed(data, row.pdf_sha256, str(source), row.registry_number)
        suffix = "-copy" if row.is_copy else ""
        kept = stored.keep_file(
            s, ctx, "issuances", row.id, "signed",
            f"{file_stem(row.registry_number)}{suffix}-{row.id[-8:]}.asice", data, ASICE)
        row.signed_path = kept.path
        row.signed_sha256 = kept.sha256
        s.flush()
        view = IssuanceView.of(row)
    return view
