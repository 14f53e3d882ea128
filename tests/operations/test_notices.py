"""Issuing notices: the register, numbering, files kept whole, copies, permissions, and the
signing hand-off."""

import hashlib
import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.core.errors import NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.documents.asice import MIMETYPE
from app.operations import notice_templates, notices
from app.store.models import Issuance, Office
from tests.documents.notice_values import VALUES
from tests.documents.pdf_checks import pdf_text, pdfa_problems


def home(ctx):
    return notices.home_of(ctx)


def test_issuing_numbers_the_year_keeps_the_pdf_and_records_it(ctx, clock):
    first = notices.issue_notice(ctx, "certificate", "et", VALUES["certificate"])
    second = notices.issue_notice(ctx, "notice", "ru", VALUES["notice"], "posted")
    assert (first.registry_number, second.registry_number) == ("V-26/0001", "V-26/0002")
    assert first.recipient == "Jüri Šmidt"
    assert first.issued_by == ctx.actor.name
    assert (first.template_id, first.template_version, first.delivery) == (
        "certificate", 1, "handed_over")
    pdf = (home(ctx) / first.pdf_path).read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == first.pdf_sha256
    text = pdf_text(pdf)
    assert "V-26/0001" in text and first.verification_code in text and "TÕEND" in text
    assert pdfa_problems(pdf) == []
    clock.at = datetime(2027, 1, 2, 9, 0, tzinfo=UTC)
    assert notices.issue_notice(ctx, "notice", "en", VALUES["notice"]).registry_number == (
        "V-27/0001")
    listed = notices.list_issuances(ctx)
    assert [i.registry_number for i in listed] == ["V-27/0001", "V-26/0002", "V-26/0001"]
    assert [i.registry_number for i in notices.list_issuances(ctx, search="Šmidt")] == [
        "V-26/0001"]


def test_the_register_row_is_synced_through_the_outbox(ctx):
    from sqlalchemy import text

    made = notices.issue_notice(ctx, "notice", "et", VALUES["notice"])
    with ctx.db.read() as s:
        ops = s.execute(text("SELECT op FROM outbox WHERE table_name = 'issuances' "
                             "AND row_id = :id"), {"id": made.id}).scalars().all()
    assert ops == ["insert"]


def test_bad_values_are_refused_and_nothing_is_kept(ctx):
    with pytest.raises(Refused) as err:
        notices.issue_notice(ctx, "certificate", "et",
                             {**VALUES["certificate"], "recipient_code": "12345678901"})
    assert err.value.code == "field_bad_personal_code"
    with pytest.raises(NotFound):
        notices.issue_notice(ctx, "no_such", "et", {})
    with pytest.raises(Refused):
        notices.issue_notice(ctx, "notice", "fi", VALUES["notice"])
    with pytest.raises(Refused):
        notices.issue_notice(ctx, "notice", "et", VALUES["notice"], "pigeon")
    assert notices.list_issuances(ctx) == []
    assert not (home(ctx) / "notices").exists() or not any((home(ctx) / "notices").rglob("*"))


def test_a_file_in_the_way_is_never_overwritten_and_no_row_is_left(ctx):
    target = home(ctx) / "notices/2026/V-26-0001.pdf"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"somebody's file")
    with pytest.raises(Refused) as err:
        notices.issue_notice(ctx, "notice", "et", VALUES["notice"])
    assert err.value.code == "file_exists"
    assert target.read_bytes() == b"somebody's file"
    assert notices.list_issuances(ctx) == []
    assert [p.name for p in target.parent.iterdir()] == ["V-26-0001.pdf"]


def test_a_failed_record_removes_the_new_file(ctx, monkeypatch):
    def broken(s, row):
        raise RuntimeError("disk full")

    monkeypatch.setattr(notices, "_record", broken)
    with pytest.raises(RuntimeError):
        notices.issue_notice(ctx, "notice", "et", VALUES["notice"])
    assert list((home(ctx) / "notices").rglob("*.pdf")) == []


def test_a_reprint_is_a_marked_copy_under_the_same_number(ctx):
    first = notices.issue_notice(ctx, "decision", "en", VALUES["decision"])
    copy = notices.reprint_notice(ctx, first.registry_number)
    again = notices.reprint_notice(ctx, copy.id)
    assert copy.is_copy and copy.copy_of_id == first.id
    assert again.copy_of_id == first.id
    assert copy.registry_number == first.registry_number
    assert copy.verification_code == first.verification_code
    assert copy.pdf_path != first.pdf_path != again.pdf_path
    text = pdf_text((home(ctx) / copy.pdf_path).read_bytes())
    assert "COPY" in text and "DECISION" in text
    assert notices.get_issuance(ctx, first.registry_number).id == first.id


def test_a_changed_pdf_is_not_used_again(ctx):
    first = notices.issue_notice(ctx, "notice", "et", VALUES["notice"])
    path = home(ctx) / first.pdf_path
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"%tampered")
    with pytest.raises(Refused) as err:
        notices.reprint_notice(ctx, first.id)
    assert err.value.code == "notice_file_changed"
    path.unlink()
    with pytest.raises(NotFound) as err:
        notices.notice_pdf(ctx, first.id)
    assert err.value.code == "notice_file_missing"


def test_who_may_issue(ctx):
    for role in (Role.DESK, Role.COUNTER, Role.ADMIN):
        notice_templates.list_templates(replace(ctx, actor=Actor("x", frozenset({role}))))
    for role in (Role.KIOSK, Role.DISPLAY, Role.SUPERVISOR):
        other = replace(ctx, actor=Actor("x", frozenset({role})))
        with pytest.raises(PermissionDenied):
            notices.issue_notice(other, "notice", "et", VALUES["notice"])
        with pytest.raises(PermissionDenied):
            notices.list_issuances(other)
    desk = replace(ctx, actor=Actor("x", frozenset({Role.DESK})))
    template = notice_templates.get_template(desk, "notice")
    with pytest.raises(PermissionDenied):
        notice_templates.save_template(desk, template)


def test_the_letterhead_comes_from_the_office(ctx):
    with ctx.db.write() as s:
        office = s.get(Office, ctx.office_id)
        office.name = "Narva teenindusbüroo"
        if hasattr(office, "address"):
            office.address = "Peetri plats 1, Narva"
    pdf = notices.preview_notice(ctx, "notice", "ru", VALUES["notice"])
    text = pdf_text(pdf)
    assert "Narva teenindusbüroo" in text
    if hasattr(Office, "address"):
        assert "Peetri plats 1, Narva" in text
    with ctx.db.read() as s:
        assert s.query(Issuance).count() == 0


def asice_entries(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.infolist(), {i.filename: z.read(i) for i in z.infolist()}


def signed_copy(container: bytes, signature: bytes = b"<XAdESSignatures/>") -> bytes:
    infos, contents = asice_entries(container)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in infos:
            z.writestr(info, contents[info.filename], compress_type=info.compress_type)
        z.writestr("META-INF/signatures0.xml", signature)
    return out.getvalue()


def test_asice_export_has_the_mimetype_first_and_stored(ctx, tmp_path):
    made = notices.issue_notice(ctx, "poa_main_user", "et", VALUES["poa_main_user"])
    target = notices.export_asice(ctx, made.registry_number, tmp_path / "volikiri.asice")
    raw = target.read_bytes()
    assert raw[30:38] == b"mimetype" and raw[38:38 + len(MIMETYPE)] == MIMETYPE.encode()
    infos, contents = asice_entries(raw)
    assert [i.filename for i in infos] == ["mimetype", "V-26-0001.pdf", "META-INF/manifest.xml"]
    assert infos[0].compress_type == zipfile.ZIP_STORED and not infos[0].extra
    assert hashlib.sha256(contents["V-26-0001.pdf"]).hexdigest() == made.pdf_sha256
    manifest = contents["META-INF/manifest.xml"].decode()
    assert 'manifest:full-path="V-26-0001.pdf" manifest:media-type="application/pdf"' in manifest
    assert "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" in manifest


def test_a_signed_container_is_checked_and_attached(ctx, tmp_path):
    made = notices.issue_notice(ctx, "poa_withdrawal", "en", VALUES["poa_withdrawal"])
    other = notices.issue_notice(ctx, "notice", "en", VALUES["notice"])
    unsigned = notices.export_asice(ctx, made.id, tmp_path / "a.asice")
    with pytest.raises(Refused) as err:
        notices.attach_signed(ctx, made.id, unsigned)
    assert err.value.code == "container_not_signed"
    wrong = tmp_path / "other.asice"
    wrong.write_bytes(signed_copy(notices.export_asice(ctx, other.id, tmp_path / "b.asice")
                                  .read_bytes()))
    with pytest.raises(Refused) as err:
        notices.attach_signed(ctx, made.id, wrong)
    assert err.value.code == "container_other_document"
    not_zip = tmp_path / "x.asice"
    not_zip.write_bytes(b"%PDF-1.7 not a container")
    with pytest.raises(Refused) as err:
        notices.attach_signed(ctx, made.id, not_zip)
    assert err.value.code == "container_not_asice"
    signed = tmp_path / "signed.asice"
    signed.write_bytes(signed_copy(unsigned.read_bytes()))
    attached = notices.attach_signed(ctx, made.registry_number, signed)
    assert attached.signed_path and (home(ctx) / attached.signed_path).read_bytes() == (
        signed.read_bytes())
    with pytest.raises(Refused) as err:
        notices.attach_signed(ctx, made.id, signed)
    assert err.value.code == "already_signed"
