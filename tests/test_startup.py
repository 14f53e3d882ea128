"""What `lett` loads before it answers: `lett queue call` without the web server's, the
migrations', the documents' or Qt's libraries, and the staff sign-in dialog painted before
SQLAlchemy, the store, the setup wizard or the staff window's modules are loaded.
(bench/bench_startup.py measures the times.)"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Run as `lett …`, then print the modules the process loaded.
LETT = """
import atexit, sys
atexit.register(lambda: print("MODULES", " ".join(sorted(sys.modules))))
from app.cli import main
raise SystemExit(main(sys.argv[1:]))
"""

# Libraries no queue command and no sign-in needs.
HEAVY = ("fastapi", "starlette", "pydantic", "uvicorn", "alembic", "mako", "reportlab", "pikepdf",
         "pypdfium2", "PIL", "qrcode", "escpos", "keyring", "holidays", "httpx", "zeroconf",
         "openpyxl", "ocrmypdf", "img2pdf", "websockets", "psycopg")


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    from app.operations.bootstrap import open_local
    from app.operations.context import staff_actor
    from app.operations.queue import issue_ticket
    from app.operations.setup import create_demo_office

    home = tmp_path_factory.mktemp("startup") / "lett-home"
    local = open_local(home)
    create_demo_office(local.db, staff_actor())
    issue_ticket(local.context(staff_actor()), "A", "et", 0, "desk")
    local.close()
    return home


def run_lett(home: Path, *args: str, **env: str) -> tuple[str, set[str]]:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "LETT_HOME": str(home), "LETT_LANG": "en",
               **env}
    environ.pop("LETT_USER", None)
    out = subprocess.run([sys.executable, "-c", LETT, *args], env=environ, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    text, _, modules = out.stdout.rpartition("MODULES ")
    return text, set(modules.split())


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in names or m.startswith(tuple(n + "." for n in names)))


def test_queue_call_loads_no_heavy_library(demo_home):
    text, modules = run_lett(demo_home, "queue", "call", "--counter", "1")
    assert "A001" in text
    assert loaded(modules, HEAVY + ("PySide6",)) == []


def test_sign_in_dialog_paints_before_the_store_and_the_staff_window_load(demo_home):
    text, modules = run_lett(demo_home, LETT_EXIT_AT_SIGN_IN="1", QT_QPA_PLATFORM="offscreen")
    assert "sign-in shown " in text
    assert "app.ui.sign_in" in modules
    later = ("sqlalchemy", "app.store.db", "app.store.models", "app.operations.accounts",
             "app.sync.staff", "app.ui.main_window", "app.ui.setup_wizard")
    assert loaded(modules, HEAVY + later) == []


def test_a_store_with_an_office_is_told_without_opening_it(demo_home, tmp_path):
    from app.core.paths import database_path
    from app.operations.bootstrap import open_local
    from app.store.peek import has_office

    assert has_office(database_path(demo_home))
    assert open_local(demo_home).surely_set_up()

    new = open_local(tmp_path / "new")
    assert not new.surely_set_up()  # no store yet: the setup wizard asks
    new.db.dispose()  # a store made and migrated, without an office
    assert not has_office(database_path(new.home))
    assert not new.surely_set_up()

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    assert not has_office(broken)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert not has_office(empty)


def test_a_connected_pc_is_set_up_before_its_first_sync(tmp_path):
    from app.operations.bootstrap import open_local

    local = open_local(tmp_path / "connected")
    local.settings.set("server.url", "https://lett.example.org")
    assert local.surely_set_up()


def test_the_store_opens_while_the_sign_in_dialog_waits_for_the_person(qtbot, demo_home):
    from app.operations.bootstrap import open_local
    from app.ui.app import application
    from app.ui.sign_in import SignInDialog, sign_in
    from tests.ui.windows import when_shown

    application()
    local = open_local(demo_home)  # its store not yet opened
    opened = []

    def wait_for_the_store(dialog):
        qtbot.waitUntil(lambda: dialog.runner._ctx is not None, timeout=20_000)
        opened.append(dialog.runner._ctx.office_id)
        dialog.reject()

    when_shown(SignInDialog, wait_for_the_store)
    try:
        assert sign_in(local) is None  # nobody typed anything
    finally:
        local.close()
    assert len(opened) == 1 and opened[0]


def test_a_connected_pcs_sign_in_dialog_paints_before_the_sync_loads(tmp_path):
    from app.operations.bootstrap import open_local

    home = tmp_path / "connected"
    local = open_local(home)  # a new PC, connected, before its first sync: no store yet
    local.settings.set("server.url", "https://127.0.0.1:9")
    local.settings.save()
    text, modules = run_lett(home, LETT_EXIT_AT_SIGN_IN="1", QT_QPA_PLATFORM="offscreen")
    assert "sign-in shown " in text
    assert "app.sync.worker" in modules and "app.ui.sync_status" in modules
    later = ("sqlalchemy", "app.store.models", "app.sync.engine", "app.sync.link")
    assert loaded(modules, HEAVY + later) == []


def test_each_command_group_adds_just_the_commands_it_is_listed_with():
    import argparse
    import importlib

    from app.cli import GROUPS, _named_command, _parser

    for module, adder, commands in GROUPS:
        sub = argparse.ArgumentParser().add_subparsers(dest="command")
        getattr(importlib.import_module(module), adder)(sub)
        assert tuple(sub.choices) == commands, module
    everything = _parser()._subparsers._group_actions[0].choices
    assert list(everything) == [c for _m, _a, commands in GROUPS for c in commands]
    for argv, named in ((["queue", "call"], "queue"), (["--home", "x", "connect"], "connect"),
                        (["--user=mari", "--home=y", "report"], "report"),
                        (["--help"], None), (["nothing"], None), ([], None)):
        assert _named_command(argv) == named, argv


def test_a_command_parses_alike_with_its_group_alone_and_with_all(capfd):
    from app.cli import _parser

    for argv in (["queue", "call", "--counter", "2"], ["--home", "h", "report", "queue",
                                                       "--from", "2026-12-01"]):
        assert vars(_parser(argv).parse_args(argv)) == vars(_parser().parse_args(argv))
    for argv in (["queue", "--help"], ["register", "search", "--help"]):
        texts = []
        for parser in (_parser(argv), _parser()):
            with pytest.raises(SystemExit):
                parser.parse_args(argv)
            sys.stdout.flush()
            texts.append(capfd.readouterr().out)
        assert texts[0] == texts[1] and "usage: lett" in texts[0]
