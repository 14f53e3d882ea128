"""Notice templates as TOML files: the built-in ones in resources/templates, and the versions an
admin saved, in the data folder's `templates` folder.

A saved version is a new file `<id>.v<version>.toml` next to the earlier ones, never written
over: an issuance names its template's id and version, and that version stays readable. The
newest version of a template, built-in or saved, is the one offered for new notices.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

import resources
from app.core.errors import NotFound, Refused
from app.core.notices import LANGUAGES, Choice, Field, FieldKind, Template, check_template

BUILT_IN_DIR = resources.path("templates")
SAVED_NAME = re.compile(r"^([a-z][a-z0-9_]*)\.v(\d+)\.toml$")


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


def saved_dir(home: Path) -> Path:
    return home / "templates"


def _saved_files(home: Path | None) -> list[tuple[str, int, Path]]:
    if home is None or not saved_dir(home).is_dir():
        return []
    found = []
    for path in saved_dir(home).iterdir():
        m = SAVED_NAME.match(path.name)
        if m:
            found.append((m[1], int(m[2]), path))
    return sorted(found)


def all_templates(home: Path | None) -> dict[str, Template]:
    """Every template's newest version: a saved version overrides the built-in one."""
    newest = dict(built_in_templates())
    for template_id, version, path in _saved_files(home):
        if template_id not in newest or version > newest[template_id].version:
            newest[template_id] = read_template_file(path)
    return dict(sorted(newest.items()))


def find_template(home: Path | None, template_id: str, version: int | None = None) -> Template:
    """A template's newest version, or the given one (built-in or saved)."""
    if version is None:
        found = all_templates(home).get(template_id)
        if found is None:
            raise NotFound("unknown_template", template=template_id)
        return found
    built_in = built_in_templates().get(template_id)
    if built_in is not None and built_in.version == version:
        return built_in
    for saved_id, saved_version, path in _saved_files(home):
        if saved_id == template_id and saved_version == version:
            return read_template_file(path)
    raise NotFound("unknown_template", template=f"{template_id} v{version}")


def save_template(home: Path, template: Template) -> Template:
    """Write `template` as the next version of its id; earlier versions are kept."""
    check_template(template)
    current = all_templates(home).get(template.id)
    version = (current.version if current is not None else 0) + 1
    saved = Template(template.id, version, template.titles, template.bodies, template.fields,
                     template.recipient_field)
    folder = saved_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{saved.id}.v{version}.toml"
    data = tomli_w.dumps(template_data(saved), multiline_strings=True).encode("utf-8")
    from app.documents.files import write_new_file

    write_new_file(path, data)
    return Template(saved.id, version, saved.titles, saved.bodies, saved.fields,
                    saved.recipient_field, str(path))


def template_from_text(text: str, source: str = "") -> Template:
    """A template from TOML text (the admin's editor); refused with the reason when broken."""
    try:
        template = parse_template(tomllib.loads(text), source)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        raise Refused("template_file_broken", path=source or "-", detail=str(exc)) from exc
    check_template(template)
    return template

