"""The arrows of DESIGN.md: core and store import nothing above them, and no two modules
import each other, directly or round a circle (not even inside a function or for type hints)."""

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


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Each module of app/ and printers/ (migrations aside) and the project modules it imports;
    `from package import module` counts as importing that module, not the package."""
    paths = {module_name(p, root): p for top in ("app", "printers")
             for p in (root / top).rglob("*.py") if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                targets += [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base
                            for a in node.names]
        graph[name] = set()
        for target in targets:
            while target and target not in paths:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_modules_import_each_other():
    assert circles(import_graph()) == []


def test_the_check_finds_a_circle_through_a_package(tmp_path):
    (tmp_path / "app/sync").mkdir(parents=True)
    (tmp_path / "printers").mkdir()
    (tmp_path / "app/sync/__init__.py").write_text("")
    (tmp_path / "app/sync/engine.py").write_text("from app.sync import files\n")
    (tmp_path / "app/sync/files.py").write_text(
        "def f():\n    from .engine import push\n")
    (tmp_path / "app/sync/link.py").write_text("import app.sync.files\n")
    assert circles(import_graph(tmp_path)) == [["app.sync.engine", "app.sync.files"]]
