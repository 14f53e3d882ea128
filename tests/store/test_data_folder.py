"""The data folder holds visitors' personal data: the `lett` program makes it its owner's
alone (folder 0700, every file 0600, the store's WAL and shared-memory files too) under the
usual umask, and tightens a folder made looser before when it starts; and the read-only
commands read while another program holds the store's write lock."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN_LETT = "import sys; from app.cli import main; raise SystemExit(main(sys.argv[1:]))"


def lett(home: Path, *args: str, busy_timeout: float = 15) -> subprocess.CompletedProcess:
    """The `lett` program in a process of its own, under the usual umask of 022."""
    env = {**os.environ, "LETT_HOME": str(home), "LETT_LANG": "en", "PYTHONPATH": str(ROOT),
           "LETT_DB_BUSY_TIMEOUT": str(busy_timeout)}
    return subprocess.run([sys.executable, "-c", RUN_LETT, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: os.umask(0o022))


def ok(home: Path, *args: str, busy_timeout: float = 15) -> str:
    done = lett(home, *args, busy_timeout=busy_timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout


def modes(home: Path) -> dict[str, int]:
    """The permission bits of the folder ('.') and of everything in it."""
    found = {".": stat.S_IMODE(home.stat().st_mode)}
    for path in home.rglob("*"):
        found[str(path.relative_to(home))] = stat.S_IMODE(path.stat().st_mode)
    return found


def test_a_new_data_folder_and_every_file_in_it_are_the_owners_alone(tmp_path):
    home = tmp_path / "lett"
    ok(home, "demo")
    # Another program writing to the store: SQLite's WAL and shared-memory files appear.
    writer = sqlite3.connect(home / "lett.sqlite3", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE scratch (x)")
    try:
        found = modes(home)
    finally:
        writer.rollback()
        writer.close()

    assert found.pop(".") == 0o700
    assert {"lett.sqlite3", "lett.sqlite3-wal", "lett.sqlite3-shm", "settings.toml"} <= set(found)
    assert {name: mode for name, mode in found.items() if mode != 0o600} == {}


def test_the_servers_data_folder_is_its_owners_alone(tmp_path):
    home = tmp_path / "server"
    ok(tmp_path, "--home", str(home), "server", "office", "add", "TLN", "Tallinn")

    found = modes(home)
    assert found.pop(".") == 0o700
    assert "server.sqlite3" in found
    assert {name: mode for name, mode in found.items() if mode != 0o600} == {}


def test_a_folder_made_looser_before_is_tightened_when_lett_starts(tmp_path):
    home = tmp_path / "lett"
    ok(home, "demo")
    kept = home / "register" / "2026"
    kept.mkdir(parents=True)
    (kept / "1-2-26-0001.pdf").write_bytes(b"%PDF-1.7\n")
    for path in [home, home / "register", kept]:
        path.chmod(0o755)
    for path in [home / "lett.sqlite3", home / "settings.toml", kept / "1-2-26-0001.pdf"]:
        path.chmod(0o644)

    ok(home, "queue", "list")

    found = modes(home)
    assert {name: mode for name, mode in found.items()
            if mode != (0o700 if (home / name).is_dir() else 0o600)} == {}


def test_read_only_commands_read_while_another_program_holds_the_write_lock(tmp_path):
    home = tmp_path / "lett"
    ok(home, "demo")
    ticket = ok(home, "queue", "issue", "A", "--no-print").split()[0]
    ok(home, "visitor", "register", "Mari Maasikas")
    # The first listing logs that this person saw her; listing again soon after logs nothing
    # new, so it has nothing to write.
    assert "Mari Maasikas" in ok(home, "visitor", "in")

    other = sqlite3.connect(home / "lett.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        # A command that waited for the lock would give up after a second, saying the
        # database is busy.
        queue = ok(home, "queue", "list", busy_timeout=1)
        inside = ok(home, "visitor", "in", busy_timeout=1)
        register = lett(home, "register", "list", busy_timeout=1)
        issued = lett(home, "queue", "issue", "A", "--no-print", busy_timeout=1)
    finally:
        other.rollback()
        other.close()

    assert ticket in queue
    assert "Mari Maasikas" in inside
    assert register.returncode == 0, register.stderr
    # A write still waits for its turn, and says so when it does not come.
    assert issued.returncode == 1 and "busy in another program" in issued.stderr
