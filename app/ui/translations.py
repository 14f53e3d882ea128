"""Keeping the Qt Linguist catalogues (resources/translations/lett_*.ts) in step with the code.

    python -m app.ui.translations update   # add new strings (unfinished), keep translations
    python -m app.ui.translations check    # list strings without a finished translation
    python -m app.ui.translations fill ru FILE.json  # take translations from a JSON list of
                                           # [context, source, translation]; marks them finished

The strings are found by reading the source, not by running it: every `self.tr("…")` (context:
the class it is written in, as Qt uses it) and every `translate(context, "…")` in app/ and
printers/ whose context is a literal or a module-level string constant (the windows, the command
line, the printed ticket), plus every error template of `app.core.errors.MESSAGES` (context
"errors") and the codes shown by name: ticket statuses ("status") and outcomes ("outcomes").
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from app.core.config import FIELDS
from app.core.contacts import CHANNELS, CONTACT_OUTCOMES
from app.core.errors import MESSAGES
from app.core.permissions import Action
from app.core.queue import TicketStatus
from app.i18n import ERRORS_CONTEXT, SOURCE_LANGUAGE, catalogue_path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = (ROOT / "app", ROOT / "printers")
TRANSLATED = ("et", "ru")
TS_LANGUAGE = {"et": "et_EE", "ru": "ru_RU"}

# Codes translated by name: the source text is the code itself (English shows it readably).
CODE_CONTEXTS: dict[str, tuple[str, ...]] = {
    "status": tuple(s.value for s in TicketStatus),
    # a ticket's outcomes and a contact's (a counter contact ends with its ticket's)
    "outcomes": CONTACT_OUTCOMES,
    # the channels a contact with a client comes by
    "channels": CHANNELS,
    # what an error says could not be done: the roles' actions and a ticket's
    "error_actions": (*(a.value for a in Action), "cancelled", "voided"),
    # the fields named in the configuration's messages
    "config_fields": FIELDS,
    # staff roles as the admin dialog names them
    "roles": ("administrator", "supervisor", "desk", "counter"),
}

# Lines of the printed ticket, including the ones the current layout does not use yet.
TICKET_CONTEXT = "ticket"
PRINTED_TICKET = (
    "Ticket",
    "People ahead: {n}",
    "Estimated wait: {low}\u2013{high} min",
    "Thank you for waiting",
)

# Qt's own words in the dialogs Lett opens (the file chooser, the message boxes' buttons, the
# fields' context menus), by Qt's context. Qt ships no Estonian catalogue: Lett's fills it (and
# the Russian one says the same as Qt's, and fills the few Qt's lacks).
QT_STRINGS: dict[str, tuple[str, ...]] = {
    "QFileDialog": (
        "&Look in:", "Look in:", "File &name:", "Files of &type:", "Files of type:", "&Open",
        "&Save", "Open", "Save As",
        "&Choose", "Back", "Forward", "Parent Directory", "Create New Folder", "List View",
        "Detail View", "Sidebar", "Recent Places", "All Files (*)", "New Folder", "&New Folder",
        "&Delete", "&Rename", "Show &hidden files", "Directory:", "Directories", "File",
        "File Folder", "Unknown", "My Computer", "Go back", "Go forward",
        "Go to the parent directory", "Create a New Folder", "Change to list view mode",
        "Change to detail view mode", "Find Directory",
        "%1 already exists.\nDo you want to replace it?",
        "Are you sure you want to delete '%1'?",
    ),
    "QFileSystemModel": ("Name", "Size", "Type", "Date Modified", "Kind", "Computer",
                         "My Computer"),
    "QPlatformTheme": ("OK", "Cancel", "Save", "&Yes", "&No", "Close", "Apply", "Reset",
                       "Help", "Discard", "Yes to &All", "N&o to All", "Abort", "Retry",
                       "Ignore", "Open", "Save All", "Restore Defaults"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete",
                           "Select All", "Copy &Link Location"),
    "QAbstractSpinBox": ("&Select All", "&Step up", "Step &down"),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


# -- extraction ----------------------------------------------------------------------------


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = "text"` assignments (e.g. a module's translation CONTEXT)."""
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            value = _literal(node.value)
            if isinstance(target, ast.Name) and value is not None:
                constants[target.id] = value
    return constants


class _Finder(ast.NodeVisitor):
    def __init__(self, constants: dict[str, str]) -> None:
        self.constants = constants
        self.classes: list[str] = []
        self.found: list[tuple[str, str]] = []

    def _context(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return _literal(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        args = node.args
        func = node.func
        on_self = (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                   and func.value.id == "self")
        if name == "tr" and on_self and args and self.classes:
            source = _literal(args[0])
            if source is not None:
                self.found.append((self.classes[-1], source))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context, source = self._context(args[0]), _literal(args[1])
            if context is not None and source is not None:
                self.found.append((context, source))
        self.generic_visit(node)


def scan_file(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    finder = _Finder(_constants(tree))
    finder.visit(tree)
    return finder.found


def extract(folders: tuple[Path, ...] = SCANNED) -> dict[str, list[str]]:
    """context -> source strings, in the order they are first met."""
    found: dict[str, list[str]] = {}

    def add(context: str, source: str) -> None:
        sources = found.setdefault(context, [])
        if source not in sources:
            sources.append(source)

    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            for context, source in scan_file(path):
                add(context, source)
    for context, codes in CODE_CONTEXTS.items():
        for code in codes:
            add(context, code)
    for template in MESSAGES.values():
        add(ERRORS_CONTEXT, template)
    for line in PRINTED_TICKET:
        add(TICKET_CONTEXT, line)
    for context, sources in QT_STRINGS.items():
        for source in sources:
            add(context, source)
    return found


# -- the .ts files ---------------------------------------------------------------------------


@dataclass
class Message:
    source: str
    translation: str = ""
    state: str = "unfinished"  # "" (finished), "unfinished" or "vanished"


@dataclass
class Catalogue:
    language: str
    contexts: dict[str, dict[str, Message]] = field(default_factory=dict)

    def finished(self) -> dict[tuple[str, str], str]:
        return {
            (context, m.source): m.translation
            for context, messages in self.contexts.items()
            for m in messages.values()
            if m.state == "" and m.translation
        }


def read_ts(path: Path) -> Catalogue:
    """Read a TS file (raises ET.ParseError or ValueError when it is not one)."""
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path}: the root element is <{root.tag}>, not <TS>")
    catalogue = Catalogue(root.get("language", ""))
    for context in root.findall("context"):
        name = context.findtext("name")
        if name is None:
            raise ValueError(f"{path}: a <context> without a <name>")
        messages = catalogue.contexts.setdefault(name, {})
        for message in context.findall("message"):
            source = message.find("source")
            translation = message.find("translation")
            if source is None or translation is None:
                raise ValueError(f"{path}: a message in {name} lacks <source> or <translation>")
            state = translation.get("type", "")
            if state == "obsolete":
                state = "vanished"
            messages[source.text or ""] = Message(source.text or "", translation.text or "",
                                                  state)
    return catalogue


def merge(old: Catalogue, found: dict[str, list[str]]) -> Catalogue:
    """The catalogue for the strings found: old translations kept, new strings unfinished,
    strings no longer in the code kept as vanished."""
    new = Catalogue(old.language)
    for context in sorted(set(found) | set(old.contexts)):
        before = old.contexts.get(context, {})
        messages: dict[str, Message] = {}
        for source in found.get(context, []):
            kept = before.get(source)
            if kept is None:
                messages[source] = Message(source)
            elif kept.state == "vanished":
                messages[source] = Message(source, kept.translation,
                                           "" if kept.translation else "unfinished")
            else:
                messages[source] = Message(source, kept.translation, kept.state)
        for source, kept in before.items():
            if source not in messages:
                messages[source] = Message(source, kept.translation, "vanished")
        if messages:
            new.contexts[context] = messages
    return new


def write_ts(catalogue: Catalogue, path: Path) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{catalogue.language}" '
        f'sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for name, messages in catalogue.contexts.items():
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for m in messages.values():
            state = f' type="{m.state}"' if m.state else ""
            lines += [
                "    <message>",
                f"        <source>{escape(m.source)}</source>",
                f"        <translation{state}>{escape(m.translation)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load(lang: str) -> Catalogue:
    path = catalogue_path(lang)
    return read_ts(path) if path.exists() else Catalogue(TS_LANGUAGE[lang])


def missing(lang: str, found: dict[str, list[str]] | None = None) -> list[tuple[str, str]]:
    """(context, source) of every string in the code without a finished translation."""
    done = load(lang).finished()
    found = extract() if found is None else found
    return [(c, s) for c, sources in found.items() for s in sources if (c, s) not in done]


def update() -> dict[str, int]:
    """Merge the strings of the code into every catalogue; the number of unfinished ones."""
    found = extract()
    unfinished = {}
    for lang in TRANSLATED:
        merged = merge(load(lang), found)
        write_ts(merged, catalogue_path(lang))
        unfinished[lang] = sum(
            1 for messages in merged.contexts.values() for m in messages.values()
            if m.state == "unfinished"
        )
    return unfinished


def fill(lang: str, entries: list[list[str]]) -> list[tuple[str, str]]:
    """Set the given translations (finished) in one catalogue; the (context, source) pairs
    that are not in it, left out. Placeholders must match the source's."""
    catalogue = load(lang)
    unknown = []
    for context, source, text in entries:
        message = catalogue.contexts.get(context, {}).get(source)
        if message is None:
            unknown.append((context, source))
            continue
        if placeholders(text) != placeholders(source):
            raise ValueError(f"{lang} {context}: placeholders of {text!r} differ from {source!r}")
        message.translation, message.state = text, ""
    write_ts(catalogue, catalogue_path(lang))
    return unknown


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        for lang, count in update().items():
            print(f"{catalogue_path(lang).name}: {count} unfinished")
        return 0
    if args == ["check"]:
        gaps = {lang: missing(lang) for lang in TRANSLATED}
        for lang, items in gaps.items():
            for context, source in items:
                print(f"{lang}\t{context}\t{source}")
        return 1 if any(gaps.values()) else 0
    if len(args) == 3 and args[0] == "fill" and args[1] in TRANSLATED:
        import json

        entries = json.loads(Path(args[2]).read_text(encoding="utf-8"))
        for context, source in fill(args[1], entries):
            print(f"not in the catalogue: {context}\t{source}", file=sys.stderr)
        return 0
    print("usage: python -m app.ui.translations update|check|fill LANG FILE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
