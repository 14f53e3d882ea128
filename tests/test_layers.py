"""The arrows of DESIGN.md: core and store import nothing above them."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "app/core": ("PySide6", "shiboken6", "escpos", "printers", "app.ui", "app.operations",
                 "app.store", "app.cli", "app.server", "app.sync", "sqlalchemy", "alembic",
                 "fastapi", "httpx", "serial", "usb"),
    "app/store": ("PySide6", "shiboken6", "escpos", "printers", "app.ui", "app.operations",
                  "app.cli", "app.server", "app.sync", "fastapi", "httpx", "serial", "usb"),
    "printers": ("PySide6", "shiboken6", "app.ui", "app.operations", "app.cli", "app.store"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offending_imports(folder: str, root: Path = ROOT) -> list[str]:
    bad = []
    for path in sorted((root / folder).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[folder]):
                bad.append(f"{path.relative_to(root).as_posix()} imports {name}")
    return bad


def test_core_imports_nothing_above_it():
    assert offending_imports("app/core") == []


def test_store_imports_no_qt_printer_or_ui():
    assert offending_imports("app/store") == []


def test_printers_import_no_qt_or_ui():
    assert offending_imports("printers") == []


def test_the_check_catches_a_qt_import(tmp_path):
    core = tmp_path / "app/core"
    core.mkdir(parents=True)
    (core / "probe.py").write_text("from PySide6.QtCore import QObject\nimport escpos\n")
    assert sorted(offending_imports("app/core", tmp_path)) == [
        "app/core/probe.py imports PySide6.QtCore",
        "app/core/probe.py imports escpos",
    ]
