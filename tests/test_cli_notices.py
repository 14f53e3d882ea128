"""`lett notice …` as a person or a script uses it."""

import io
import json
import zipfile

import pytest

from app.cli import main
from tests.documents.notice_values import VALUES


@pytest.fixture
def home(lett_home, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "et")
    assert main(["demo"]) == 0
    return lett_home


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def fields(template_id):
    return [arg for name, value in VALUES[template_id].items()
            for arg in ("--field", f"{name}={value}")]


def test_templates_are_listed_with_their_fields(home, capsys):
    code, out, _ = run(capsys, "notice", "templates", "--json")
    assert code == 0
    listed = {t["id"]: t for t in json.loads(out)["templates"]}
    assert len(listed) == 7
    assert listed["certificate"]["title"] == "TÕEND"
    assert [f["id"] for f in listed["decision"]["fields"]][-1] == "outcome"
    code, out, _ = run(capsys, "notice", "templates", "--lang", "ru")
    assert "СПРАВКА" in out and "granted, partly_granted, refused" in out


def test_issue_list_export_and_attach(home, capsys, tmp_path):
    code, out, err = run(capsys, "notice", "issue", "poa_main_user", "--lang", "ru",
                         *fields("poa_main_user"), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["registry_number"].endswith("/0001")
    assert (home / made["pdf"]).read_bytes().startswith(b"%PDF-")
    code, out, _ = run(capsys, "notice", "list", "--json")
    assert [i["id"] for i in json.loads(out)["issuances"]] == [made["id"]]
    code, out, _ = run(capsys, "notice", "list")
    assert made["registry_number"] in out and "Ülle Käär" in out
    container = tmp_path / "v.asice"
    code, out, _ = run(capsys, "notice", "export-asice", made["registry_number"], str(container))
    assert code == 0 and str(container) in out
    with zipfile.ZipFile(container) as z:
        names = z.namelist()
        entries = {n: z.read(n) for n in names}
    code, _, err = run(capsys, "notice", "attach-signed", made["registry_number"],
                       str(container))
    assert code == 1 and "allkirja" in err
    signed = tmp_path / "signed.asice"
    out_zip = io.BytesIO()
    with zipfile.ZipFile(out_zip, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), entries["mimetype"])
        for name in names[1:]:
            z.writestr(name, entries[name], compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/signatures0.xml", b"<asic:XAdESSignatures/>")
    signed.write_bytes(out_zip.getvalue())
    code, out, err = run(capsys, "notice", "attach-signed", made["registry_number"],
                         str(signed), "--json")
    assert code == 0, err
    assert json.loads(out)["signed"].endswith(".asice")


def test_a_bad_field_is_refused_in_the_users_language(home, capsys):
    code, out, err = run(capsys, "notice", "issue", "certificate", *fields("certificate"),
                         "--field", "recipient_code=123")
    assert code == 1 and out == ""
    assert "ei ole korrektne isikukood" in err
    code, _, err = run(capsys, "notice", "issue", "certificate", "--field", "oops")
    assert code == 1 and "NAME=VALUE" in err
    code, out, _ = run(capsys, "notice", "list", "--json")
    assert json.loads(out)["issuances"] == []


def test_a_notice_is_filled_in_from_a_register_entry_and_registered_as_its_answer(
        home, capsys):
    from datetime import date

    from app.operations import register as r
    from app.operations.bootstrap import open_local
    from app.operations.context import open_context, staff_actor

    local = open_local(home)
    try:
        ctx = open_context(local.db, staff_actor())
        r.save_series(ctx, "7", "{S}-{DN}/{DA}", "Märgukirjad")
        r.save_series(ctx, "8", "{S}-{DN}/{DA}", "Väljaminevad kirjad")
        letter = r.register_document(ctx, r.NewDocument(
            "7", "incoming", "memorandum", "Märgukiri: pargi valgustus", "post",
            sender_name="Mari Õunapuu", sender_date=date(2026, 11, 19)))
    finally:
        local.close()
    code, out, err = run(capsys, "notice", "issue", "decision", "--entry", letter.registry_number,
                         "--answer-in", "8", "--field", "recipient_code=49403136526",
                         "--field", "reasons=Taotlus vastab tingimustele.",
                         "--field", "outcome=granted", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert (made["recipient"], made["register_entry"]) == ("Mari Õunapuu", letter.id)
    assert made["answer"].startswith("8-1/")
    code, out, err = run(capsys, "notice", "issue", "decision", "--entry", "7-99/20")
    assert code != 0 and "7-99/20" in err


def _unknown_printer():
    import uuid

    return f"lett-missing-{uuid.uuid4().hex[:8]}"


def test_a_notice_that_did_not_print_is_printed_again_from_the_command_line(home, capsys):
    from tests.printers.cups_queues import socket_queue
    from tests.printers.test_printer_cups import scheduler_running

    if not scheduler_running():
        pytest.skip("no CUPS scheduler running here (cupsd, lpadmin, lpstat)")
    missing = _unknown_printer()
    code, out, err = run(capsys, "notice", "issue", "notice", *fields("notice"),
                         "--delivery", "posted", "--print", "--printer", missing)
    # issued and kept, recorded as not posted; the message names the command that prints it
    assert code == 1 and out == ""
    [made] = json.loads(run(capsys, "notice", "list", "--json")[1])["issuances"]
    number = made["registry_number"]
    assert made["delivery"] == "not_posted"
    assert missing in err and f"lett notice print-again {number}" in err
    assert "väljastamiste registris" not in err
    # printing again on a printer that still is not there: the same words, nothing changed
    code, _, err = run(capsys, "notice", "print-again", number, "--printer", missing)
    assert code == 1 and f"lett notice print-again {number}" in err
    with socket_queue() as (queue, received, done):
        code, out, err = run(capsys, "notice", "print-again", number, "--printer", queue,
                             "--json")
        assert code == 0, err
        again = json.loads(out)
        assert (again["id"], again["delivery"]) == (made["id"], "posted")
        assert again["print_job"].startswith(queue)
        assert done.wait(30) and bytes(received[:5]) == b"%PDF-"
    # the notice itself was printed, no copy registered
    listed = json.loads(run(capsys, "notice", "list", "--json")[1])["issuances"]
    assert [(i["id"], i["delivery"], i["copy"]) for i in listed] == \
        [(made["id"], "posted", False)]
    # once it has gone out, another paper is a copy: the message says how
    code, out, err = run(capsys, "notice", "print-again", number, "--printer", queue)
    assert code == 1 and out == "" and f"lett notice reprint {number} --print" in err


def test_a_copy_that_did_not_print_is_printed_again_by_the_notices_number(home, capsys):
    from tests.printers.cups_queues import socket_queue
    from tests.printers.test_printer_cups import scheduler_running

    if not scheduler_running():
        pytest.skip("no CUPS scheduler running here (cupsd, lpadmin, lpstat)")
    code, out, err = run(capsys, "notice", "issue", "certificate", *fields("certificate"),
                         "--json")
    number = json.loads(out)["registry_number"]
    code, _, err = run(capsys, "notice", "reprint", number, "--print", "--printer",
                       _unknown_printer())
    assert code == 1 and f"lett notice print-again {number}" in err
    with socket_queue() as (queue, received, done):
        code, out, err = run(capsys, "notice", "print-again", number, "--printer", queue)
        assert code == 0, err
        assert number in out and "kättetoimetatuks" in out
        assert done.wait(30) and bytes(received[:5]) == b"%PDF-"
    listed = json.loads(run(capsys, "notice", "list", "--json")[1])["issuances"]
    assert sorted((i["copy"], i["delivery"]) for i in listed) == \
        [(False, "handed_over"), (True, "handed_over")]


def test_a_notice_that_was_not_emailed_is_emailed_again(home, capsys, monkeypatch):
    from aiosmtpd.controller import Controller

    from app.core.settings import Settings
    from tests.operations.test_visitor_mail import Inbox, free_port

    port = free_port()  # nothing listens there yet
    settings = Settings.load(home / "settings.toml")
    for key, value in (("mail.host", "127.0.0.1"), ("mail.port", port),
                       ("mail.security", "none"), ("mail.sender", "teated@example.ee")):
        settings.set(key, value)
    settings.save()
    monkeypatch.setenv("LETT_LANG", "ru")
    code, out, err = run(capsys, "notice", "issue", "certificate", *fields("certificate"),
                         "--email", "mari@example.ee")
    assert code == 1 and out == ""
    [made] = json.loads(run(capsys, "notice", "list", "--json")[1])["issuances"]
    number = made["registry_number"]
    assert made["delivery"] == "not_emailed"
    assert f"lett notice email {number} mari@example.ee" in err and "Уведомление" in err
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        code, out, err = run(capsys, "notice", "email", number, "mari@example.ee", "--json")
    finally:
        controller.stop()
    assert code == 0, err
    assert (json.loads(out)["delivery"], json.loads(out)["emailed_to"]) == \
        ("emailed", "mari@example.ee")
    [(to, raw)] = inbox.messages
    assert to == ["mari@example.ee"] and b"application/pdf" in raw
