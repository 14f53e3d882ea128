"""Printing a document fails: the person reads what failed and what to do in their own
language, never CUPS's English."""

import os
import stat

import pytest

from app.core.errors import LettError
from app.i18n import error_text
from printers.documents import print_pdf


def fake_lp(folder, says):
    """An `lp` on the PATH that fails saying `says`, as CUPS's does."""
    script = folder / "lp"
    script.write_text(f"#!/bin/sh\necho '{says}' >&2\nexit 1\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "list.pdf"
    path.write_bytes(b"%PDF-1.7\n%%EOF\n")
    return path


@pytest.mark.parametrize(("says", "printer", "et_words"), [
    ("/usr/bin/lp: Error - No default destination.", "", "vaikeprinterit"),
    ("lp: Error - The printer or class does not exist.", "kontor-2", "kontor-2"),
    ("lp: Error - Destination \"kontor-2\" is not accepting jobs.", "kontor-2", "kontor-2"),
    ("lp: Error - Scheduler is not running.", "", "CUPS"),
])
def test_cups_errors_are_a_clear_sentence_in_the_persons_language(tmp_path, monkeypatch, pdf,
                                                                  says, printer, et_words):
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    fake_lp(bin_folder, says)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(LettError) as err:
        print_pdf(pdf, printer=printer)
    estonian, russian = error_text(err.value, "et"), error_text(err.value, "ru")
    assert et_words in estonian
    for text in (estonian, russian):
        assert "Error" not in text and "destination" not in text and "lp:" not in text
    assert "принтер" in russian.lower() or "CUPS" in russian


def test_without_cups_printing_says_so(tmp_path, monkeypatch, pdf):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LettError) as err:
        print_pdf(pdf)
    assert "CUPS" in error_text(err.value, "et")
    assert err.value.code == "print_no_cups"
