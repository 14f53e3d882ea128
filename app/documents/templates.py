"""Notice templates as TOML: the built-in ones are files in resources/templates; the versions an
admin saves are kept whole as TOML text in the office's store (app.operations.notice_templates),
read and written here by template_from_text and template_text.

Before saved versions were kept in the store, they were files `<id>.v<version>.toml` in the data
folder's `templates` folder; legacy_saved_files finds them, to be taken into the store once.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

import resources
from app.core.errors import Refused
from app.core.notices import LANGUAGES, Choice, Field, FieldKind, Template, check_template

BUILT_IN_DIR = resources.path("templates")
SAVED_NAME = re.compile(r"^([a-z][a-z0-9_]*)\.v(\d+)\.toml$")
LEGACY_FOLDER = "templates"


def _texts(raw: Any, what: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise ValueError(f"{what} must be a table of et, ru and en")
    return {lang: str(raw.get(lang, "")) for lang in LANGUAGES}


def parse_template(raw: dict[str, Any], source: str) -> Template:
    """A template from a TOML file's data; raises ValueError saying what is wrong."""
    fields = []
    for item in raw.get("fields", []):
        if not isinstance(item, dict) or "id" not in item:
            raise ValueError("every field needs an id")
        try:
            kind = FieldKind(item.get("kind", "text"))
        except ValueError:
            raise ValueError(f"field {item['id']}: unknown kind {item.get('kind')!r}") from None
        choices = tuple(
            Choice(str(c["value"]), _texts(c.get("label", {}), f"choice {c.get('value')}"))
            for c in item.get("choices", [])
        )
        fields.append(Field(str(item["id"]), kind, _texts(item.get("label", {}), "a label"),
                            bool(item.get("required", True)), choices))
    try:
        version = int(raw["version"])
        template_id = str(raw["id"])
    except (KeyError, TypeError, ValueError):
        raise ValueError("id and a whole-number version are required") from None
    return Template(
        id=template_id,
        version=version,
        titles=_texts(raw.get("title", {}), "title"),
        bodies=_texts(raw.get("body", {}), "body"),
        fields=tuple(fields),
        recipient_field=str(raw.get("recipient_field", "recipient_name")),
        source=source,
    )


def template_data(t: Template) -> dict[str, Any]:
    """The TOML data of a template (what parse_template reads back)."""
    fields = []
    for f in t.fields:
        item: dict[str, Any] = {"id": f.id, "kind": f.kind.value, "required": f.required,
                                "label": dict(f.labels)}
        if f.choices:
            item["choices"] = [{"value": c.value, "label": dict(c.labels)} for c in f.choices]
        fields.append(item)
    return {
        "id": t.id,
        "version": t.version,
        "recipient_field": t.recipient_field,
        "title": dict(t.titles),
        "body": dict(t.bodies),
        "fields": fields,
    }


def read_template_file(path: Path) -> Template:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        template = parse_template(raw, str(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise Refused("template_file_broken", path=str(path), detail=str(exc)) from exc
    check_template(template)
    return template


@functools.cache
def built_in_templates() -> dict[str, Template]:
    return {t.id: t for t in map(read_template_file, sorted(BUILT_IN_DIR.glob("*.toml")))}


def template_text(t: Template) -> str:
    """A template as the TOML text it is kept in (what template_from_text reads back)."""
    return tomli_w.dumps(template_data(t), multiline_strings=True)


def legacy_saved_files(home: Path) -> list[Path]:
    """The versions an admin saved as files in the data folder's `templates` folder, before
    saved versions were kept in the store: in order of id and version."""
    folder = home / LEGACY_FOLDER
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        m = SAVED_NAME.match(path.name)
        if m and path.is_file():
            found.append((m[1], int(m[2]), path))
    return [path for _id, _version, path in sorted(found)]


def template_from_text(text: str, source: str = "") -> Template:
    """A template from TOML text (the admin's editor); refused with the reason when broken."""
    try:
        template = parse_template(tomllib.loads(text), source)
    # Text from anywhere (the server's endpoint): a value of the wrong shape is refused too.
    except (tomllib.TOMLDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise Refused("template_file_broken", path=source or "-", detail=str(exc)) from exc
    check_template(template)
    return template

