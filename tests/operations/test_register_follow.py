"""What follows a registration: the office's own document types and deadlines, forwarding by
e-mail through a real SMTP server on 127.0.0.1 and into an export folder, the answer, the
outgoing post and its printed list, and the registration slip (text by pdftotext, QR code by
zxing-cpp, printed through a real CUPS queue)."""

import contextlib
import email
import hashlib
import io
import json
import os
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from reportlab.pdfgen.canvas import Canvas

from app.core.errors import Invalid, LettError, NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.documents.mail import MailServer
from app.operations import files
from app.operations import register as r
from app.operations import register_follow as f
from app.operations.config import office_settings, update_settings
from app.operations.visitors import add_specialist
from tests.documents.pdf_checks import pdf_text, qr_texts
from tests.operations.test_visitor_mail import Inbox, free_port
from tests.printers.cups_queues import socket_queue
from tests.printers.test_printer_cups import scheduler_running
from tests.server.stores import STORES, fresh_pg_database

RFI = r.NewDocument("1-2", "incoming", "request_for_information", "Teabenõue: ehitusload",
                    "email", sender_name="Mari Maasikas", sender_address="mari@example.ee",
                    addressee="Ehitusosakond")
RESTRICTED = replace(RFI, title="Selgitustaotlus: naabri ehitis",
                     document_type="request_for_explanation",
                     access_basis="AvTS § 35 lg 1 p 12", access_from=date(2026, 11, 23),
                     access_until=date(2031, 11, 23))
LETTER = r.NewDocument("1-2", "outgoing", "letter", "Vastus teabenõudele", "post",
                       addressee="Mari Maasikas",
                       addressee_address="Tähe 4-12, 50103 Tartu", pages=2)
SENDER = "register@linn.example.ee"
needs_cups = pytest.mark.skipif(not scheduler_running(), reason="no CUPS scheduler here")


def a_pdf(text: str = "Teabenõue") -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer)
    c.drawString(100, 700, text)
    c.showPage()
    c.save()
    return buffer.getvalue()


@pytest.fixture
def series(ctx):
    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}", "Kirjavahetus")
    return ctx


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield MailServer("127.0.0.1", controller.port, "none", sender=SENDER), inbox
    controller.stop()


def with_pdf(ctx, doc=RFI, text="Teabenõue"):
    entry = r.register_document(ctx, doc)
    data = a_pdf(text)
    kept = f.keep_document_pdf(ctx, entry.registry_number, data)
    return entry, kept, data


def as_role(ctx, *roles):
    return replace(ctx, actor=Actor("Test", frozenset(roles)))


# --- the office's document types and deadlines ---------------------------------------------


def test_the_built_in_types_and_deadlines_are_the_offices_defaults(series):
    types = office_settings(series)["register.document_types"]
    assert [t["code"] for t in types] == ["request_for_information", "memorandum",
                                          "request_for_explanation", "letter", "application",
                                          "other"]
    rules = r.deadline_rules(series)
    assert (rules["request_for_information"].term.amount,
            rules["request_for_information"].extended.amount) == (5, 15)
    assert rules["letter"] is None


def test_an_office_type_with_its_own_deadline_across_christmas(series, clock):
    ctx = series
    update_settings(ctx, {"register.document_types": [
        {"code": "complaint", "name": "Kaebus", "term": 10, "unit": "calendar_days",
         "start": "next_working_day", "extension": 1, "extension_unit": "months"},
        {"code": "request_for_information", "term": 5, "unit": "working_days",
         "start": "next_working_day", "extension": 15},
        {"code": "letter"},
    ], "office.closed_days": ["2027-01-04"]})
    ctx.cache.clear()
    clock.at = datetime(2026, 12, 23, 8, 0, tzinfo=UTC)
    # Wed 23 Dec 2026: the next working day is Mon 28 Dec; ten days run to Wed 6 Jan 2027.
    complaint = r.register_document(ctx, replace(RFI, document_type="complaint"))
    assert complaint.deadline == date(2027, 1, 6)
    # One month from Sun 27 Dec (the day before the count starts) is Wed 27 Jan.
    assert r.extend_deadline(ctx, complaint.id).deadline == date(2027, 1, 27)
    # Five working days: 28-31 Dec (4); 1 Jan New Year; Mon 4 Jan the office is closed; 5 Jan.
    assert r.register_document(ctx, RFI).deadline == date(2027, 1, 5)
    with pytest.raises(Invalid) as err:
        r.register_document(ctx, replace(RFI, document_type="memorandum"))
    assert err.value.code == "register_choice"
    assert "complaint, request_for_information, letter" in str(err.value)
    assert f.document_type_name(ctx, "complaint") == "Kaebus"
    assert f.document_type_name(ctx, "request_for_information") == "Teabenõue"
    assert f.document_type_name(ctx, "request_for_information", "ru") == "Запрос информации"
    assert f.document_type_name(ctx, "letter", "en") == "Letter"


def test_deadlines_across_midsummer_with_the_offices_closed_day(series, clock):
    ctx = series
    update_settings(ctx, {"office.closed_days": ["2027-06-25"]})
    ctx.cache.clear()
    # Mon 21 Jun 2027: Tue 22 (1); Wed 23 Victory Day, Thu 24 Midsummer Day; Fri 25 closed
    # by the office; Mon 28 (2) ... Thu 1 Jul (5).
    clock.at = datetime(2027, 6, 21, 8, 0, tzinfo=UTC)
    assert r.register_document(ctx, RFI).deadline == date(2027, 7, 1)
    # A memorandum: 21 Jun + 30 days = Wed 21 Jul 2027.
    assert r.register_document(ctx, replace(RFI, document_type="memorandum")).deadline == date(
        2027, 7, 21)


def test_the_offices_document_types_travel_in_the_configuration_file(series, tmp_path):
    from app.operations.config_file import export_config, import_config

    ctx = series
    types = [{"code": "complaint", "name": "Kaebus", "term": 10, "unit": "working_days",
              "start": "registration", "extension": 20, "extension_unit": "working_days"},
             {"code": "letter"}]
    update_settings(ctx, {"register.document_types": types})
    path = export_config(ctx, tmp_path / "office.toml")
    assert "complaint" in path.read_text(encoding="utf-8")
    update_settings(ctx, {"register.document_types": [{"code": "other"}]})
    import_config(ctx, path)
    assert office_settings(ctx)["register.document_types"] == types


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"code": "Kaebus!"}, "document type"),
        ({"code": "complaint", "term": 400, "unit": "calendar_days"}, "deadline"),
        ({"code": "complaint", "term": 5, "unit": "weeks"}, "deadline unit"),
        ({"code": "complaint", "term": 5, "start": "monday"}, "deadline counted from"),
        ({"code": "complaint", "term": 5, "extension": 3}, "extension"),
    ],
)
def test_a_bad_document_type_is_refused_with_its_field_and_nothing_changes(series, item, field):
    ctx = series
    with pytest.raises(Invalid) as err:
        update_settings(ctx, {"register.document_types": [item]})
    assert err.value.params["field"] == field
    assert [t["code"] for t in office_settings(ctx)["register.document_types"]][0] == (
        "request_for_information")


# --- forwarding by e-mail ------------------------------------------------------------------


def test_forwarding_by_e_mail_delivers_the_pdf_and_the_status_follows(series, smtp, clock):
    ctx = series
    server, inbox = smtp
    entry, kept, data = with_pdf(ctx)
    assert kept.file_name == "1-2_26-001.pdf"
    clock.advance(minutes=10)
    forwarded = f.forward_by_email(ctx, entry.registry_number, " ehitus@linn.example.ee ",
                                   server, note="Palun vastata tähtajaks.")
    assert (forwarded.status, forwarded.forwarded_to) == ("forwarded", "ehitus@linn.example.ee")
    assert forwarded.forwarded_at is not None and forwarded.forwarded_at > entry.registered_at
    [(recipients, raw)] = inbox.messages
    assert recipients == ["ehitus@linn.example.ee"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["From"] == SENDER
    assert "1-2/26-001" in message["Subject"] and "ehitusload" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Palun vastata tähtajaks." in body and "Mari Maasikas" in body
    assert "30.11.2026" in body  # the deadline
    assert "AK" not in body
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "1-2_26-001.pdf"
    content = attachment.get_content()
    assert hashlib.sha256(content).hexdigest() == hashlib.sha256(data).hexdigest() == kept.sha256
    assert r.get_entry(ctx, entry.id).status == "forwarded"


def test_a_restricted_document_goes_only_to_the_offices_own_addresses(series, smtp):
    ctx = series
    server, inbox = smtp
    add_specialist(ctx, "Kati Karu", unit="Õigusosakond", email="kati.karu@riik.example.ee")
    entry, _kept, _data = with_pdf(ctx, RESTRICTED)
    with pytest.raises(Refused) as err:
        f.forward_by_email(ctx, entry.id, "ajakirjanik@example.com", server)
    assert err.value.code == "register_restricted_outside"
    assert "AvTS § 35 lg 1 p 12" in str(err.value)
    assert inbox.messages == [] and r.get_entry(ctx, entry.id).status == "registered"
    f.forward_by_email(ctx, entry.id, "oigus@linn.example.ee", server)
    f.forward_by_email(ctx, entry.id, "kati.karu@riik.example.ee", server)
    for _to, raw in inbox.messages:
        message = email.message_from_bytes(raw, policy=policy.default)
        assert message["Subject"].startswith("AK")
        body = message.get_body(("plain",)).get_content()
        assert "(AK)" in body and "AvTS § 35 lg 1 p 12" in body and "23.11.2031" in body
    assert r.get_entry(ctx, entry.id).forwarded_to == "kati.karu@riik.example.ee"


def test_forwarding_that_fails_says_why_and_changes_nothing(series, smtp):
    ctx = series
    server, inbox = smtp
    bare = r.register_document(ctx, RFI)
    with pytest.raises(Refused) as err:
        f.forward_by_email(ctx, bare.id, "ehitus@linn.example.ee", server)
    assert err.value.code == "register_no_pdf" and "1-2/26-001" in str(err.value)
    entry, kept, _data = with_pdf(ctx)
    with pytest.raises(Invalid) as bad:
        f.forward_by_email(ctx, entry.id, "ehitus at linn", server)
    assert bad.value.code == "bad_email"
    gone = replace(server, port=free_port())
    with pytest.raises(LettError) as down:
        f.forward_by_email(ctx, entry.id, "ehitus@linn.example.ee", gone)
    assert down.value.code == "register_forward_failed"
    assert "ehitus@linn.example.ee" in str(down.value) and "1-2/26-002" in str(down.value)
    with pytest.raises(Refused) as unset:
        f.forward_by_email(ctx, entry.id, "ehitus@linn.example.ee", replace(server, host=""))
    assert unset.value.code == "mail_not_set_up"
    assert inbox.messages == []
    after = r.get_entry(ctx, entry.id)
    assert (after.status, after.forwarded_to, after.forwarded_at) == ("registered", "", None)
    assert files.file_content(ctx, kept.id).startswith(b"%PDF-")
    with pytest.raises(Invalid) as not_pdf:
        f.keep_document_pdf(ctx, entry.id, b"GIF89a")
    assert not_pdf.value.code == "register_not_pdf"


# --- forwarding to a folder ----------------------------------------------------------------


def test_forwarding_to_a_folder_writes_the_pdf_and_its_metadata(series, tmp_path, clock):
    ctx = series
    entry, kept, data = with_pdf(ctx, RESTRICTED)
    folder = tmp_path / "export"
    folder.mkdir()
    forwarded = f.forward_to_folder(ctx, entry.registry_number, folder)
    assert (forwarded.status, forwarded.forwarded_to) == ("forwarded", str(folder))
    assert sorted(p.name for p in folder.iterdir()) == ["1-2_26-001.json", "1-2_26-001.pdf"]
    copied = (folder / "1-2_26-001.pdf").read_bytes()
    assert copied == data
    meta = json.loads((folder / "1-2_26-001.json").read_text(encoding="utf-8"))
    assert meta["registry_number"] == "1-2/26-001"
    assert meta["registered_on"] == "2026-11-23"
    assert meta["sender"]["name"] == "Mari Maasikas"
    assert meta["addressee"] == "Ehitusosakond"
    assert meta["document_type"] == "request_for_explanation"
    assert meta["title"] == "Selgitustaotlus: naabri ehitis"
    assert meta["access_restriction"] == {"basis": "AvTS § 35 lg 1 p 12",
                                          "from": "2026-11-23", "until": "2031-11-23"}
    assert meta["deadline"] == "2026-12-23"
    assert meta["file"]["sha256"] == hashlib.sha256(copied).hexdigest() == kept.sha256
    # Forwarded there again: nothing is written over, and the first copy stays.
    with pytest.raises(Refused) as err:
        f.forward_to_folder(ctx, entry.id, folder)
    assert err.value.code == "file_exists"
    assert (folder / "1-2_26-001.pdf").read_bytes() == data


def read_only_folder(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        # root writes into any folder whose mode forbids it; sysfs refuses new files to all.
        return Path("/sys/kernel")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_a_folder_that_cannot_be_written_leaves_the_entry_as_it_was(series, tmp_path):
    ctx = series
    entry, _kept, _data = with_pdf(ctx)
    with pytest.raises(Refused) as missing:
        f.forward_to_folder(ctx, entry.id, tmp_path / "no-such-share")
    assert missing.value.code == "register_no_folder"
    folder = read_only_folder(tmp_path)
    with pytest.raises(Refused) as err:
        f.forward_to_folder(ctx, entry.id, folder)
    assert err.value.code == "file_unwritable" and "1-2_26-001.pdf" in str(err.value)
    assert not (folder / "1-2_26-001.pdf").exists()
    assert r.get_entry(ctx, entry.id).status == "registered"
    bare = r.register_document(ctx, RFI)
    with pytest.raises(Refused) as no_pdf:
        f.forward_to_folder(ctx, bare.id, tmp_path)
    assert no_pdf.value.code == "register_no_pdf"
    assert list(tmp_path.glob("*.json")) == []


# --- answered --------------------------------------------------------------------------------


def test_an_answer_links_the_outgoing_letter_and_closes_the_document(series, smtp):
    ctx = series
    server, _inbox = smtp
    entry, _kept, _data = with_pdf(ctx)
    f.forward_by_email(ctx, entry.id, "ehitus@linn.example.ee", server)
    answer = r.register_document(ctx, LETTER)
    with pytest.raises(Invalid) as err:
        f.mark_answered(ctx, entry.id, entry.id)
    assert err.value.code == "register_answer_not_outgoing"
    with pytest.raises(NotFound):
        f.mark_answered(ctx, entry.id, "1-2/26-999")
    assert r.get_entry(ctx, entry.id).status == "forwarded"
    done = f.mark_answered(ctx, entry.registry_number, answer.registry_number)
    assert (done.status, done.answer_id) == ("answered", answer.id)
    assert done.forwarded_to == "ehitus@linn.example.ee"
    assert entry.id not in [e.id for e in r.overdue(ctx) + r.due_soon(ctx, 30)]
    other = r.register_document(ctx, RFI)
    assert (f.mark_answered(ctx, other.id).status, f.mark_answered(ctx, other.id).answer_id) == (
        "answered", None)


# --- outgoing post -------------------------------------------------------------------------


def test_the_outgoing_post_lists_letters_not_yet_posted(series, clock):
    ctx = series
    first = r.register_document(ctx, LETTER)
    r.register_document(ctx, replace(LETTER, transmittal="email",
                                     addressee_address="mari@example.ee"))
    r.register_document(ctx, RFI)
    clock.at = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    second = r.register_document(ctx, replace(LETTER, addressee="OÜ Näide",
                                              addressee_address="Pikk 1, Tallinn"))
    assert [e.id for e in f.outgoing_post(ctx)] == [first.id, second.id]
    assert [e.id for e in f.outgoing_post(ctx, date(2026, 11, 24))] == [second.id]
    assert f.outgoing_post(ctx)[0].addressee_address == "Tähe 4-12, 50103 Tartu"
    with pytest.raises(Invalid) as err:
        f.mark_posted(ctx, [first.id, "1-2/26-003"])
    assert err.value.code == "register_not_post" and "1-2/26-003" in str(err.value)
    assert len(f.outgoing_post(ctx)) == 2
    [posted] = f.mark_posted(ctx, [first.registry_number])
    assert posted.posted_at is not None
    assert [e.id for e in f.outgoing_post(ctx)] == [second.id]
    with pytest.raises(Invalid):
        f.mark_posted(ctx, [])
    with pytest.raises(PermissionDenied):
        f.mark_posted(as_role(ctx, Role.SUPERVISOR), [second.id])


def test_the_post_list_pdf_has_the_letterhead_the_letters_and_a_signature_line(series):
    ctx = series
    r.register_document(ctx, LETTER)
    r.register_document(ctx, replace(LETTER, addressee="Юрий Смирнов",
                                     addressee_address="Narva mnt 5, Tallinn", pages=None,
                                     title="Teatis"))
    text = pdf_text(f.post_list_pdf(ctx))
    for part in ("Tallinna teenindusbüroo", "Väljasaadetav post", "Kirju: 2", "Reg nr",
                 "Lehti", "1-2/26-001",
                 "Mari Maasikas", "Tähe 4-12, 50103 Tartu", "Vastus teabenõudele", "Юрий Смирнов",
                 "Narva mnt 5", "Üle andis"):
        assert part in text, part
    empty = pdf_text(f.post_list_pdf(ctx, date(2026, 1, 1)))
    assert "Väljasaatmist ootavaid kirju ei ole." in empty


@needs_cups
def test_the_post_list_and_a_slip_print_through_cups(series):
    ctx = series
    r.register_document(ctx, LETTER)
    for make in (lambda name: f.print_post_list(ctx, name),
                 lambda name: f.print_slip(ctx, "1-2/26-001", name)):
        with socket_queue() as (name, received, done):
            job = make(name)
            assert job.startswith(name)
            deadline = time.monotonic() + 30
            while not done.is_set() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert done.is_set() and len(received) > 1000
    with pytest.raises(LettError) as err:
        f.print_slip(ctx, "1-2/26-001", "lett-no-such-queue")
    assert err.value.code == "print_no_printer"


# --- the registration slip -----------------------------------------------------------------


def test_the_slip_shows_the_number_big_and_as_a_qr_code(series):
    ctx = series
    entry = r.register_document(ctx, replace(RFI, sender_organisation="OÜ Näide",
                                             sender_number="12/3",
                                             sender_date=date(2026, 11, 19), pages=4))
    pdf = f.slip_pdf(ctx, entry.registry_number)
    text = pdf_text(pdf)
    for part in ("Tallinna teenindusbüroo", "REGISTREERIMISKAART", "1-2/26-001", "23.11.2026",
                 "Mari Maasikas, OÜ Näide", "12/3 / 19.11.2026", "Teabenõue: ehitusload",
                 "30.11.2026", "Teabenõue"):
        assert part in text, part
    assert qr_texts(pdf) == ["LETT-REG:1-2/26-001"]
    from app.documents.register_sheets import registry_number_of

    assert registry_number_of(qr_texts(pdf)[0]) == entry.registry_number
    assert "ASUTUSESISESEKS" not in text
    restricted = pdf_text(f.slip_pdf(ctx, r.register_document(ctx, RESTRICTED).id))
    assert "AK — AvTS § 35 lg 1 p 12" in restricted
    assert "ASUTUSESISESEKS KASUTAMISEKS" in restricted


# --- the same on PostgreSQL ----------------------------------------------------------------


@pytest.fixture(params=STORES)
def any_store(request, tmp_path, lett_home, clock):
    """A context over a SQLite file, or over a fresh PostgreSQL database of its own."""
    from app.operations.context import open_context, staff_actor
    from app.operations.setup import create_demo_office
    from app.store.db import open_database

    with contextlib.ExitStack() as stack:
        url = (f"sqlite:///{tmp_path / 'lett.sqlite3'}" if request.param == "sqlite" else
               stack.enter_context(fresh_pg_database(request.getfixturevalue("pg_url"))))
        db = open_database(url)
        stack.callback(db.dispose)
        create_demo_office(db, staff_actor())
        ctx = open_context(db, staff_actor(), clock=clock)
        r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}")
        yield ctx


def test_forwarding_answers_and_posting_on_each_store(any_store, tmp_path):
    ctx = any_store
    entry, kept, data = with_pdf(ctx)
    folder = tmp_path / "export"
    folder.mkdir()
    assert f.forward_to_folder(ctx, entry.id, folder).status == "forwarded"
    assert (folder / "1-2_26-001.pdf").read_bytes() == data
    letter = r.register_document(ctx, LETTER)
    assert [e.id for e in f.outgoing_post(ctx, date(2026, 11, 23))] == [letter.id]
    assert f.mark_answered(ctx, entry.id, letter.id).answer_id == letter.id
    f.mark_posted(ctx, [letter.id])
    assert f.outgoing_post(ctx) == []
    assert r.get_entry(ctx, letter.id).posted_at is not None


def test_a_pdf_not_on_this_pc_yet_is_named_and_nothing_is_sent(series, smtp, tmp_path):
    from app.store.models import LocalFile

    ctx = series
    server, inbox = smtp
    entry, kept, _data = with_pdf(ctx)
    export = tmp_path / "export"
    export.mkdir()
    with ctx.db.write() as s:
        # As on a PC the record has reached by sync before the file itself.
        s.delete(s.get(LocalFile, kept.id))
    for forward in (lambda: f.forward_by_email(ctx, entry.id, "ehitus@linn.example.ee", server),
                    lambda: f.forward_to_folder(ctx, entry.id, export)):
        with pytest.raises(NotFound) as err:
            forward()
        assert err.value.code == "file_not_here" and "1-2_26-001.pdf" in str(err.value)
    assert inbox.messages == [] and list(export.iterdir()) == []
    assert r.get_entry(ctx, entry.id).status == "registered"


def test_an_answered_document_forwarded_again_stays_answered(series, tmp_path):
    ctx = series
    entry, _kept, _data = with_pdf(ctx)
    f.mark_answered(ctx, entry.id)
    again = f.forward_to_folder(ctx, entry.id, tmp_path)
    assert (again.status, again.forwarded_to) == ("answered", str(tmp_path))


def test_the_demo_office_registers_a_document_at_once(ctx):
    """`lett demo` gives the office register series and document types to number in."""
    from app.operations.setup import create_demo_register_setup

    create_demo_register_setup(ctx)
    entry = r.register_document(ctx, LETTER)
    assert entry.registry_number.startswith("1-2/")
    assert "letter" in r.deadline_rules(ctx)
