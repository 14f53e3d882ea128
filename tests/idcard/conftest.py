"""A PC/SC service with vsmartcard's virtual reader: pcscd is started for the tests when it is
installed and not running (and stopped after), and the tests skip, saying why, without it."""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")


def _running() -> bool:
    return subprocess.run(["pgrep", "-x", "pcscd"], capture_output=True, timeout=10).returncode == 0


@pytest.fixture
def pcscd():
    """The PC/SC service with the virtual reader, to this test alone: tests in parallel
    processes take turns (one reader, one card at a time)."""
    import fcntl

    pytest.importorskip("smartcard", reason="pyscard is not installed")
    if not VPCD_DRIVER.exists() and not list(Path("/usr/lib").glob("**/libifdvpcd.so*")):
        pytest.skip("vsmartcard's vpcd driver is not installed (packaging/debian-deps.sh)")
    with open("/tmp/lett-test-pcsc.lock", "w") as lock:
        deadline = time.monotonic() + 120
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    pytest.fail("another test process has held the card reader for 2 minutes")
                time.sleep(0.1)
        started = None
        if _running() and _reader_names(5) is None and os.geteuid() == 0:
            # A PC/SC service that no longer answers (left stuck by an earlier run) would
            # hold every card test: it is ended and a new one started.
            subprocess.run(["pkill", "-KILL", "-x", "pcscd"], capture_output=True, timeout=10)
            deadline = time.monotonic() + 5
            while _running() and time.monotonic() < deadline:
                time.sleep(0.1)
        if not _running():
            binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
            if not os.path.exists(binary):
                pytest.skip("pcscd is not installed (packaging/debian-deps.sh)")
            if os.geteuid() != 0:
                pytest.skip("pcscd is not running and only root starts it here")
            started = subprocess.Popen([binary, "--foreground"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        try:
            _wait_for_reader()
            yield
        finally:
            if started is not None:
                started.terminate()
                started.wait(10)


def _wait_for_reader() -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        names = _reader_names(deadline - time.monotonic())
        if names is None:
            pytest.skip("pcscd is running but does not answer (a PC/SC service left stuck)")
        if any(name.startswith("Virtual PCD") for name in names):
            return
        time.sleep(0.2)
    pytest.skip("pcscd shows no vpcd reader")


def _reader_names(timeout: float) -> list[str] | None:
    """The readers pcscd lists, [] when it cannot list them, None when it gives no answer
    in `timeout` seconds."""
    from smartcard.System import readers

    from app.core.errors import IdCardError
    from app.idcard.reader import answered_within

    try:
        return [str(r) for r in answered_within(max(timeout, 0.5), readers)]
    except IdCardError:
        return None
    except Exception:  # pcscd not there
        return []


def wait_for(check, timeout=10.0):
    """Call `check` until it does not raise a 'no card' error; its result."""
    from app.core.errors import IdCardError

    deadline = time.monotonic() + timeout
    while True:
        try:
            return check()
        except IdCardError as err:
            if err.code != "idcard_no_card" or time.monotonic() > deadline:
                raise
        time.sleep(0.2)
