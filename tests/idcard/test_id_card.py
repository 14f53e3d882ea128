"""The ID card through a real PC/SC service and vsmartcard's virtual reader, with a virtual
card of our own that answers as the Estonian ID card does."""

import os
import subprocess
import sys
import threading
import time

import pytest

from app.core.errors import IdCardError
from app.idcard.reader import read_card
from tests.idcard.conftest import wait_for
from tests.idcard.vcard import OTHER_ATR, VirtualCard

READER = "Virtual PCD 00 00"


@pytest.fixture
def card(pcscd):
    inserted = []

    def insert(c):
        inserted.append(c.insert())
        return c

    yield insert
    for c in inserted:
        c.remove()
    time.sleep(0.5)  # the reader notices the card is gone


def test_reads_name_and_personal_code_without_a_pin(card):
    vc = card(VirtualCard.esteid("ÕUNAPUU", "MARI-LIIS", "49403136515"))
    holder = wait_for(lambda: read_card(READER))
    assert (holder.surname, holder.given_names, holder.id_code) == (
        "ÕUNAPUU", "MARI-LIIS", "49403136515")
    assert holder.name == "Mari-Liis Õunapuu"
    # Only the three fields were read: no VERIFY (PIN), no other file.
    assert all(apdu[1] in (0xA4, 0xB0) for apdu in vc.apdus)
    selected = {bytes(apdu[5:7]) for apdu in vc.apdus if apdu[1] == 0xA4 and apdu[2] == 2}
    assert selected == {b"\x50\x01", b"\x50\x02", b"\x50\x06"}


def test_a_reader_without_a_card_says_so(pcscd):
    with pytest.raises(IdCardError) as info:
        read_card(READER)
    assert info.value.code == "idcard_no_card"
    assert READER in str(info.value)


def test_a_card_of_another_kind_is_refused(card):
    card(VirtualCard({}, atr=OTHER_ATR))
    with pytest.raises(IdCardError) as info:
        wait_for(lambda: read_card(READER))
    assert info.value.code == "idcard_unknown_card"


def test_a_card_with_a_broken_personal_code_is_refused(card):
    card(VirtualCard.esteid("TAMM", "JAAN", "37605030298"))
    with pytest.raises(IdCardError) as info:
        wait_for(lambda: read_card(READER))
    assert info.value.code == "idcard_unknown_card"


class SilentCard(VirtualCard):
    """A card that takes the commands and answers none, as a reader stuck in its driver."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.release = threading.Event()

    def answer(self, apdu: bytes) -> bytes:
        self.release.wait(30)
        return b"\x6f\x00"


def test_a_reader_that_does_not_answer_is_given_up_on(card):
    silent = card(SilentCard.esteid("ÕUNAPUU", "MARI-LIIS", "49403136515"))
    started = time.monotonic()
    try:
        with pytest.raises(IdCardError) as info:
            wait_for(lambda: read_card(READER, timeout=2))
        waited = time.monotonic() - started
    finally:
        silent.release.set()
    assert info.value.code == "idcard_no_answer"
    assert waited < 12
    assert "does not answer" in info.value.english()


def test_no_reader_at_all_says_so(pcscd, tmp_path):
    """A PC whose PC/SC service is not there (its socket elsewhere) has no reader."""
    code = ("from app.idcard.reader import read_card\n"
            "from app.core.errors import IdCardError\n"
            "try:\n    read_card()\nexcept IdCardError as e:\n    print(e.code)\n")
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60, cwd=os.path.dirname(os.path.dirname(
                             os.path.dirname(os.path.abspath(__file__)))))
    assert out.stdout.strip() == "idcard_no_reader", out.stderr
