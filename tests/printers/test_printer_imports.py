"""The printers package imports in one direction: errors, then uri, then connection, then
status; no module imports one above it (not even for type hints only)."""

import ast
from pathlib import Path

PRINTERS = Path(__file__).resolve().parents[2] / "printers"
ORDER = ["errors", "uri", "connection", "status"]


def printers_imported_by(name: str) -> set[str]:
    tree = ast.parse((PRINTERS / f"{name}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                "printers."):
            found.add(node.module.removeprefix("printers."))
        elif isinstance(node, ast.Import):
            found.update(alias.name.removeprefix("printers.") for alias in node.names
                         if alias.name.startswith("printers."))
    return found


def test_each_module_imports_only_those_below_it():
    for level, name in enumerate(ORDER):
        above = set(ORDER[level:])
        assert printers_imported_by(name) & above == set(), name


def test_the_status_is_the_same_class_from_either_module():
    from printers import errors, status

    assert status.PrinterStatus is errors.PrinterStatus
    assert status.UNREPORTED is errors.UNREPORTED
