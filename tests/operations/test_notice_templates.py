"""Template versions in the office's store: saving adds the next version, the highest active one
is used for new notices, a withdrawn version gives way to the one before it, every version stays
readable, and the versions an admin once saved as files are taken into the store once."""

from dataclasses import replace

import pytest
import tomli_w
from sqlalchemy import select

from app.core.errors import NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.documents.templates import built_in_templates, template_data
from app.operations import notice_templates as nt
from app.operations import notices
from app.store.models import AdminChange, NoticeTemplate
from tests.documents.notice_values import VALUES
from tests.documents.pdf_checks import pdf_text


def retitled(template, en):
    return replace(template, titles={**template.titles, "en": en})


def test_a_saved_version_is_used_for_new_notices_and_the_old_one_stays_readable(ctx):
    built_in = nt.get_template(ctx, "notice")
    assert built_in.version == 1 and built_in.source.endswith("notice.toml")
    saved = nt.save_template(ctx, retitled(built_in, "NOTIFICATION"))
    assert (saved.key, saved.version, saved.active, saved.built_in) == ("notice", 2, True, False)
    assert saved.saved_by == ctx.actor.name and saved.saved_at == ctx.now()
    current = nt.get_template(ctx, "notice")
    assert (current.version, current.titles["en"]) == (2, "NOTIFICATION")
    assert [t.version for t in nt.list_templates(ctx) if t.id == "notice"] == [2]

    made = notices.issue_notice(ctx, "notice", "en", VALUES["notice"])
    assert made.template_version == 2
    assert "NOTIFICATION" in pdf_text(notices.notice_pdf(ctx, made.id)[1])
    assert nt.get_template(ctx, "notice", 1).titles["en"] == "NOTICE"

    nt.save_template(ctx, retitled(built_in, "NOTE"))
    copy = notices.reprint_notice(ctx, made.id)
    assert copy.template_version == 2  # the copy is the kept PDF of version 2
    assert "NOTIFICATION" in pdf_text(notices.notice_pdf(ctx, copy.id)[1])
    assert nt.get_template(ctx, "notice", 2).titles["en"] == "NOTIFICATION"
    with pytest.raises(NotFound) as err:
        nt.get_template(ctx, "notice", 9)
    assert err.value.params["template"] == "notice v9"


def test_a_template_with_an_unknown_placeholder_is_refused_and_nothing_is_kept(ctx):
    t = nt.get_template(ctx, "certificate")
    with pytest.raises(Refused) as err:
        nt.save_template(ctx, replace(t, bodies={**t.bodies, "ru": t.bodies["ru"] + " {nobody}"}))
    assert (err.value.code, err.value.params) == (
        "template_unknown_placeholder", {"language": "русский", "placeholder": "nobody"})
    with pytest.raises(Refused) as err:
        nt.save_template(ctx, replace(t, bodies={**t.bodies, "en": "{recipient_name}"}))
    assert err.value.code == "template_missing_placeholder"
    with ctx.db.read() as s:
        assert s.scalars(select(NoticeTemplate)).all() == []


def test_withdrawing_a_version_brings_back_the_one_before_and_restoring_undoes_it(ctx):
    t = nt.get_template(ctx, "notice")
    nt.save_template(ctx, retitled(t, "SECOND"))
    nt.save_template(ctx, retitled(t, "THIRD"))
    withdrawn = nt.set_template_active(ctx, "notice", 3, False)
    assert not withdrawn.active
    assert nt.get_template(ctx, "notice").titles["en"] == "SECOND"
    assert notices.issue_notice(ctx, "notice", "et", VALUES["notice"]).template_version == 2
    nt.set_template_active(ctx, "notice", 2, False)
    assert nt.get_template(ctx, "notice").version == 1
    nt.set_template_active(ctx, "notice", 3, True)
    assert nt.get_template(ctx, "notice").titles["en"] == "THIRD"
    assert [(v.version, v.built_in, v.active) for v in nt.template_versions(ctx)
            if v.key == "notice"] == [(1, True, True), (2, False, False), (3, False, True)]
    with ctx.db.read() as s:
        changes = [(c.field, c.old_value, c.new_value) for c in s.scalars(
            select(AdminChange).where(AdminChange.table_name == "notice_templates"))]
    assert ("active", "true", "false") in changes and ("active", "false", "true") in changes
    assert ("version", None, "notice v3") in changes
    with pytest.raises(Refused) as err:
        nt.set_template_active(ctx, "notice", 1, False)
    assert err.value.code == "template_built_in_kept"
    with pytest.raises(NotFound):
        nt.set_template_active(ctx, "notice", 7, False)


def test_a_new_template_of_the_admins_own_is_offered_until_withdrawn(ctx):
    base = nt.get_template(ctx, "notice")
    own = replace(base, id="reminder", version=1)
    assert nt.save_template(ctx, own).version == 1
    assert "reminder" in [t.id for t in nt.list_templates(ctx)]
    nt.set_template_active(ctx, "reminder", 1, False)
    assert "reminder" not in [t.id for t in nt.list_templates(ctx)]
    with pytest.raises(NotFound):
        notices.issue_notice(ctx, "reminder", "et", VALUES["notice"])


def test_only_an_admin_saves_or_withdraws(ctx):
    t = nt.get_template(ctx, "notice")
    for role in (Role.DESK, Role.COUNTER, Role.SUPERVISOR):
        other = replace(ctx, actor=Actor("x", frozenset({role})))
        with pytest.raises(PermissionDenied):
            nt.save_template(other, t)
        with pytest.raises(PermissionDenied):
            nt.set_template_active(other, "notice", 1, False)
        with pytest.raises(PermissionDenied):
            nt.template_versions(other)


def write_version(folder, template, version, en):
    folder.mkdir(parents=True, exist_ok=True)
    data = template_data(replace(template, version=version,
                                 titles={**template.titles, "en": en}))
    (folder / f"{template.id}.v{version}.toml").write_text(tomli_w.dumps(data), "utf-8")


def test_versions_once_saved_as_files_are_taken_into_the_store_once(ctx, tmp_path):
    folder = tmp_path / "templates"
    notice = built_in_templates()["notice"]
    write_version(folder, notice, 2, "FROM A FILE")
    write_version(folder, notice, 3, "NEWER FILE")
    write_version(folder, built_in_templates()["decision"], 2, "DECISION FILE")
    made = nt.import_saved_files(ctx, tmp_path)
    assert [(v.key, v.version) for v in made] == [("decision", 2), ("notice", 2), ("notice", 3)]
    assert nt.get_template(ctx, "notice").titles["en"] == "NEWER FILE"
    assert nt.get_template(ctx, "notice", 2).titles["en"] == "FROM A FILE"
    assert not folder.exists()
    assert sorted(p.name for p in (tmp_path / "templates-imported").iterdir()) == [
        "decision.v2.toml", "notice.v2.toml", "notice.v3.toml"]
    assert nt.import_saved_files(ctx, tmp_path) == []

    # a file put back (a restored backup) is not taken in twice
    write_version(folder, notice, 3, "NEWER FILE")
    assert nt.import_saved_files(ctx, tmp_path) == []
    assert nt.get_template(ctx, "notice").version == 3


def test_a_broken_saved_file_stops_the_import_and_is_named(ctx, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "notice.v2.toml").write_text('id = "notice"\nversion = ', "utf-8")
    with pytest.raises(Refused) as err:
        nt.import_saved_files(ctx, tmp_path)
    assert err.value.code == "template_file_broken"
    assert err.value.params["path"].endswith("notice.v2.toml")
    assert (folder / "notice.v2.toml").exists()
    assert nt.get_template(ctx, "notice").version == 1
