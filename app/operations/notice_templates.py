"""Notice templates: the built-in ones (files in resources/templates) and the versions admins
save, kept whole as TOML text in the office's store (`notice_templates`), so that a version
saved at one PC is offered at every desk and counter PC of the office.

Versions are only ever added: saving a template adds the next version of its key, checked as
the editor checks it (an unknown or missing placeholder is refused, the language named). The
version offered and used for new notices is, per key, the highest active version in the store,
else the built-in file (a stored version numbered below a newer built-in file gives way to the
file). Withdrawing a stored version makes the one before it current again; restoring brings it
back. Every version stays readable by its number, as an issuance names it.

Saving, withdrawing and restoring are the office's configuration: on a connected PC they run
at the server as the signed-in admin (app.operations.central) and come down to every PC by
sync; no PC may send these rows itself.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import NotFound, Refused
from app.core.notices import Template, check_template
from app.core.permissions import Action
from app.documents import templates as files
from app.operations.central import central
from app.operations.context import Context
from app.store.models import NoticeTemplate, Office

# Where an admin's version of a template was kept as a file, once it is in the store.
IMPORTED_FOLDER = "templates-imported"


@dataclass(frozen=True)
class TemplateVersion:
    """One version of a template as the admin's page lists it: built in, or saved by whom and
    when, and whether it is offered (a withdrawn version is not)."""

    template: Template
    built_in: bool
    active: bool
    saved_by: str = ""
    saved_at: datetime | None = None
    # Whether this is the version offered for new notices.
    current: bool = False

    @property
    def key(self) -> str:
        return self.template.id

    @property
    def version(self) -> int:
        return self.template.version


def saved_source(version: int) -> str:
    """Where a saved version comes from, as its Template.source says."""
    return f"saved v{version}"


def _parsed(row: NoticeTemplate) -> Template:
    return files.template_from_text(row.source, saved_source(row.version))


def _stored(s: Session, ctx: Context, key: str | None = None) -> list[NoticeTemplate]:
    query = select(NoticeTemplate).where(NoticeTemplate.office_id == ctx.office_id,
                                         NoticeTemplate.deleted_at.is_(None))
    if key is not None:
        query = query.where(NoticeTemplate.template_key == key)
    return list(s.scalars(query.order_by(NoticeTemplate.template_key, NoticeTemplate.version)))


def current_templates(s: Session, ctx: Context) -> dict[str, Template]:
    """Each key's template offered for new notices, by key (no permission check: the
    operations that issue and preview notices check theirs)."""
    newest: dict[str, NoticeTemplate] = {}
    for row in _stored(s, ctx):
        if row.active and row.version > getattr(newest.get(row.template_key), "version", 0):
            newest[row.template_key] = row
    chosen = dict(files.built_in_templates())
    for key, row in newest.items():
        built_in = chosen.get(key)
        if built_in is None or row.version >= built_in.version:
            chosen[key] = _parsed(row)
    return dict(sorted(chosen.items()))


def find_template(s: Session, ctx: Context, key: str, version: int | None = None) -> Template:
    """A key's current template, or the given version of it (stored or built in, withdrawn or
    not)."""
    if version is None:
        found = current_templates(s, ctx).get(key)
        if found is None:
            raise NotFound("unknown_template", template=key)
        return found
    row = s.scalars(select(NoticeTemplate).where(
        NoticeTemplate.office_id == ctx.office_id, NoticeTemplate.template_key == key,
        NoticeTemplate.version == version, NoticeTemplate.deleted_at.is_(None))).first()
    if row is not None:
        return _parsed(row)
    built_in = files.built_in_templates().get(key)
    if built_in is not None and built_in.version == version:
        return built_in
    raise NotFound("unknown_template", template=f"{key} v{version}")


def list_templates(ctx: Context) -> list[Template]:
    """The templates offered for new notices, in order of their keys."""
    ctx.require(Action.ISSUE_NOTICE)
    with ctx.db.read() as s:
        return list(current_templates(s, ctx).values())


def get_template(ctx: Context, key: str, version: int | None = None) -> Template:
    """A template as it is offered now, or the version an issuance names."""
    ctx.require(Action.ISSUE_NOTICE)
    with ctx.db.read() as s:
        return find_template(s, ctx, key, version)


def _version_of(row: NoticeTemplate, current: bool = False) -> TemplateVersion:
    return TemplateVersion(_parsed(row), False, row.active, row.saved_by, row.saved_at,
                           current)


def template_versions(ctx: Context) -> list[TemplateVersion]:
    """Every version of every template, built in and saved, withdrawn ones too, each marked
    whether it is the one offered now: by key, then version."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.read() as s:
        current = {(t.id, t.version, t.source) for t in current_templates(s, ctx).values()}
        found = [TemplateVersion(t, True, True) for t in files.built_in_templates().values()]
        found += [_version_of(row) for row in _stored(s, ctx)]
    found = [replace(v, current=(v.key, v.version, v.template.source) in current)
             for v in found]
    return sorted(found, key=lambda v: (v.key, v.version, not v.built_in))


def _record(s: Session, ctx: Context, row: NoticeTemplate, field_name: str, old: object,
            new: object) -> None:
    from app.operations.config import record

    record(s, ctx, NoticeTemplate.__tablename__, row.id, field_name, old, new)


@central
def save_template(ctx: Context, template: Template) -> TemplateVersion:
    """Keep `template` as the next version of its key (refused, the reason named, when a
    placeholder is unknown or missing); it is offered for new notices from now on."""
    ctx.require(Action.CONFIGURE)
    check_template(template)
    with ctx.db.write() as s:
        # One admin's save at a time per office, so two never get the same number.
        s.get(Office, ctx.office_id, with_for_update=True)
        highest = s.scalar(select(func.max(NoticeTemplate.version)).where(
            NoticeTemplate.office_id == ctx.office_id,
            NoticeTemplate.template_key == template.id)) or 0
        built_in = files.built_in_templates().get(template.id)
        version = max(highest, built_in.version if built_in is not None else 0) + 1
        kept = Template(template.id, version, template.titles, template.bodies, template.fields,
                        template.recipient_field)
        row = NoticeTemplate(office_id=ctx.office_id, template_key=kept.id, version=version,
                             source=files.template_text(kept), saved_by=ctx.actor.name[:200],
                             saved_at=ctx.now(), active=True)
        s.add(row)
        s.flush()
        _record(s, ctx, row, "version", None, f"{kept.id} v{version}")
        return _version_of(row, current=True)


@central
def set_template_active(ctx: Context, key: str, version: int, active: bool) -> TemplateVersion:
    """Withdraw a saved version (the one before it, or the built-in file, is offered again) or
    restore it. A built-in version cannot be withdrawn: a new version takes its place."""
    ctx.require(Action.CONFIGURE)
    with ctx.db.write() as s:
        row = s.scalars(select(NoticeTemplate).where(
            NoticeTemplate.office_id == ctx.office_id, NoticeTemplate.template_key == key,
            NoticeTemplate.version == version, NoticeTemplate.deleted_at.is_(None))).first()
        if row is None:
            built_in = files.built_in_templates().get(key)
            if built_in is not None and built_in.version == version:
                raise Refused("template_built_in_kept", template=key, version=version)
            raise NotFound("unknown_template", template=f"{key} v{version}")
        if row.active != active:
            _record(s, ctx, row, "active", row.active, active)
            row.active = active
            s.flush()
        now = current_templates(s, ctx).get(key)
        return _version_of(row, now is not None and now.source == saved_source(version))


def _content(t: Template) -> str:
    """A template's text whatever its version number."""
    return files.template_text(replace(t, version=1))


def import_saved_files(ctx: Context, home: Path) -> list[TemplateVersion]:
    """Take the versions an admin saved as files in `home`'s `templates` folder (before
    versions were kept in the store) into the store, once: each becomes the next version of
    its key, unless the store already holds the same template, and the folder is then kept
    as `templates-imported`. Nothing is changed when a file cannot be read (the message
    names it)."""
    ctx.require(Action.CONFIGURE)
    paths = files.legacy_saved_files(home)
    if not paths:
        return []
    read = [files.read_template_file(path) for path in paths]
    with ctx.db.read() as s:
        kept = {_content(_parsed(row)) for row in _stored(s, ctx)}
    made = []
    for template in read:
        if _content(template) in kept:
            continue
        saved = save_template(ctx, template)
        kept.add(_content(saved.template))
        made.append(saved)
    folder = home / files.LEGACY_FOLDER
    target = home / IMPORTED_FOLDER
    with contextlib.suppress(FileExistsError):
        target.mkdir()
    for path in paths:
        path.replace(target / path.name)
    with contextlib.suppress(OSError):
        folder.rmdir()
    return made
