"""`lett register …` as the mailroom or a script uses it: series, registering with a PDF, the
lists, forwarding by e-mail (a real SMTP server on 127.0.0.1) and to a folder, answers, the
outgoing post and the registration slip."""

import email
import hashlib
import io
import json
from email import policy

import pytest
from aiosmtpd.controller import Controller
from reportlab.pdfgen.canvas import Canvas

from app.cli import main
from app.core.settings import Settings
from tests.documents.pdf_checks import pdf_text, qr_texts
from tests.operations.test_visitor_mail import Inbox, free_port


@pytest.fixture
def home(lett_home, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "et")
    assert main(["demo"]) == 0
    assert main(["register", "series", "add", "1-2", "{S}/{DA}-{3DN}", "--name",
                 "Kirjavahetus"]) == 0
    return lett_home


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def run_json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def a_pdf(tmp_path):
    buffer = io.BytesIO()
    c = Canvas(buffer)
    c.drawString(100, 700, "Teabenõue")
    c.showPage()
    c.save()
    path = tmp_path / "scan.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def add(capsys, *extra):
    return run_json(capsys, "register", "add", "--series", "1-2", "--type",
                    "request_for_information", "--title", "Teabenõue: ehitusload",
                    "--transmittal", "email", "--sender-name", "Mari Maasikas",
                    "--addressee", "Ehitusosakond", *extra)


def test_series_add_and_list(home, capsys):
    code, out, _ = run(capsys, "register", "series", "list")
    assert code == 0 and "1-2" in out and "{S}/{DA}-{3DN}" in out and "Kirjavahetus" in out
    code, _, err = run(capsys, "register", "series", "add", "9", "{S}/{DA}")
    assert code == 1 and "{DN}" in err
    # The bad pattern added nothing: the demo office's series are as they were.
    assert [s["series_index"] for s in run_json(capsys, "register", "series", "list")[
        "series"]] == ["1-2", "7"]


def test_the_document_types_and_their_deadlines_are_listed(home, capsys):
    code, out, _ = run(capsys, "register", "types")
    assert code == 0
    lines = out.splitlines()
    assert "Teabenõue" in lines[0] and "5 tööpäeva" in lines[0]
    assert "järgmisest tööpäevast" in lines[0] and "pikendatav kuni 15 tööpäeva" in lines[0]
    assert "Märgukiri" in lines[1] and "30 kalendripäeva" in lines[1] and "kuni 2 kuud" in lines[1]
    assert "tähtajata" in lines[3]
    codes = [t["code"] for t in run_json(capsys, "register", "types")["document_types"]]
    assert codes[:2] == ["request_for_information", "memorandum"]


def test_add_with_a_pdf_list_due_and_the_slip(home, capsys, tmp_path):
    entry = add(capsys, "--file", str(a_pdf(tmp_path)))
    assert entry["registry_number"].startswith("1-2/") and entry["registry_number"].endswith(
        "-001")
    assert entry["file"]["file_name"].endswith("-001.pdf")
    assert (home / entry["file"]["path"]).read_bytes().startswith(b"%PDF-")
    code, out, _ = run(capsys, "register", "list", "--search", "ehitus")
    assert entry["registry_number"] in out and "registered" in out
    due = run_json(capsys, "register", "due", "--days", "10")["entries"]
    assert [e["id"] for e in due] == [entry["id"]]
    assert run_json(capsys, "register", "overdue")["entries"] == []
    code, out, _ = run(capsys, "register", "units")
    assert out.splitlines()[0] == "Ehitusosakond (1)" and entry["registry_number"] in out
    units = run_json(capsys, "register", "units")["units"]
    assert [e["id"] for e in units["Ehitusosakond"]] == [entry["id"]]
    slip = tmp_path / "slip.pdf"
    code, out, err = run(capsys, "register", "slip", entry["registry_number"], "--out",
                         str(slip))
    assert code == 0, err
    data = slip.read_bytes()
    assert entry["registry_number"] in pdf_text(data) and "REGISTREERIMISKAART" in pdf_text(data)
    assert qr_texts(data) == [f"LETT-REG:{entry['registry_number']}"]
    code, _, err = run(capsys, "register", "slip", entry["registry_number"], "--out",
                       str(slip))
    assert code == 1 and "slip.pdf" in err and slip.read_bytes() == data


def test_bad_input_is_refused_in_the_users_language(home, capsys, tmp_path):
    code, _, err = run(capsys, "register", "add", "--series", "1-2", "--type", "poem",
                       "--title", "X", "--transmittal", "post")
    assert code == 1 and "poem" in err and "request_for_information" in err
    code, _, err = run(capsys, "register", "add", "--series", "1-2", "--type", "letter",
                       "--title", "X", "--transmittal", "post", "--sender-date", "eile")
    assert code == 1 and "eile" in err and "2026-12-24" in err
    not_pdf = tmp_path / "photo.pdf"
    not_pdf.write_bytes(b"\x89PNG\r\n")
    code, _, err = run(capsys, "register", "add", "--series", "1-2", "--type", "letter",
                       "--title", "X", "--transmittal", "post", "--file", str(not_pdf))
    assert code == 1 and "PDF" in err
    assert run_json(capsys, "register", "list")["entries"] == []
    code, _, err = run(capsys, "register", "forward", "1-2/26-001", "--folder", str(tmp_path))
    assert code == 1 and "1-2/26-001" in err


def test_forward_by_email_and_to_a_folder_then_answered(home, capsys, tmp_path):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        settings = Settings.load(home / "settings.toml")
        for key, value in (("mail.host", "127.0.0.1"), ("mail.port", controller.port),
                           ("mail.security", "none"), ("mail.sender", "register@example.ee")):
            settings.set(key, value)
        settings.save()
        pdf = a_pdf(tmp_path)
        entry = add(capsys, "--file", str(pdf))
        number = entry["registry_number"]
        sent = run_json(capsys, "register", "forward", number, "--email",
                        "ehitus@example.ee", "--note", "Palun vastata.")
        assert (sent["status"], sent["forwarded_to"]) == ("forwarded", "ehitus@example.ee")
    finally:
        controller.stop()
    [(_to, raw)] = inbox.messages
    message = email.message_from_bytes(raw, policy=policy.default)
    [attachment] = list(message.iter_attachments())
    assert hashlib.sha256(attachment.get_content()).hexdigest() == hashlib.sha256(
        pdf.read_bytes()).hexdigest()
    export = tmp_path / "export"
    export.mkdir()
    code, out, err = run(capsys, "register", "forward", number, "--folder", str(export))
    assert code == 0, err
    assert sorted(p.suffix for p in export.iterdir()) == [".json", ".pdf"]
    letter = run_json(capsys, "register", "add", "--series", "1-2", "--direction", "outgoing",
                      "--type", "letter", "--title", "Vastus", "--transmittal", "email")
    done = run_json(capsys, "register", "answered", number, "--answer",
                    letter["registry_number"])
    assert (done["status"], done["answer_id"]) == ("answered", letter["id"])


def test_post_list_print_and_posted(home, capsys, tmp_path):
    letter = run_json(capsys, "register", "add", "--series", "1-2", "--direction", "outgoing",
                      "--type", "letter", "--title", "Vastus teabenõudele",
                      "--transmittal", "post", "--addressee", "Mari Maasikas",
                      "--addressee-address", "Tähe 4-12, 50103 Tartu", "--pages", "2")
    listed = run_json(capsys, "register", "post-list")["entries"]
    assert [e["id"] for e in listed] == [letter["id"]]
    out_pdf = tmp_path / "post.pdf"
    code, out, err = run(capsys, "register", "post-list", "--out", str(out_pdf))
    assert code == 0, err
    assert "Tähe 4-12, 50103 Tartu" in out and "Tähe 4-12" in pdf_text(out_pdf.read_bytes())
    code, _, err = run(capsys, "register", "post-list", "--print", "--printer",
                       "lett-no-such-queue")
    assert code == 1 and err.strip()
    code, out, err = run(capsys, "register", "posted", letter["registry_number"])
    assert code == 0 and letter["registry_number"] in out
    assert run_json(capsys, "register", "post-list")["entries"] == []


def test_search_finds_a_word_form_in_the_documents_text(home, capsys, tmp_path):
    from tests.operations.test_register_search import PAGE_ONE, text_pdf

    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(text_pdf(PAGE_ONE))
    entry = add(capsys, "--file", str(pdf))
    add(capsys)
    found = run_json(capsys, "register", "search", "töötu")
    assert [h["registry_number"] for h in found["hits"]] == [entry["registry_number"]]
    assert found["hits"][0]["found_words"] == ["töötuks", "töötuna"]
    assert "\ue000" not in found["hits"][0]["snippet"] and found["waiting"] == 0
    code, out, _err = run(capsys, "register", "search", "töötuna")
    assert code == 0 and "[töötuks]" in out and entry["registry_number"] in out
    code, out, _err = run(capsys, "register", "search", "krokodill")
    assert code == 0 and out.strip() == "Ühtegi dokumenti ei leitud."
    code, out, err = run(capsys, "register", "search", "x" * 600)
    assert code != 0 and "600" in err
    code, out, err = run(capsys, "register", "reindex")
    assert code == 0 and "2" in out
