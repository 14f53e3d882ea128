"""Templates: the built-in seven in three languages, and templates that are refused."""

from dataclasses import replace

import pytest

from app.core.errors import NotFound, Refused
from app.core.notices import (
    BUILT_INS,
    LANGUAGES,
    FieldKind,
    check_template,
    check_values,
)
from app.documents.templates import all_templates, find_template, save_template

BUILT_IN = {"notice", "certificate", "decision", "usage_contract", "poa_main_user",
            "poa_regular_user", "poa_withdrawal"}


def test_the_seven_built_in_templates_have_every_field_in_every_language():
    templates = all_templates(None)
    assert set(templates) == BUILT_IN
    for t in templates.values():
        assert t.version == 1
        for lang in LANGUAGES:
            assert t.title(lang) and t.body(lang)
            for f in t.fields:
                assert "{" + f.id + "}" in t.body(lang)
                assert f.label(lang) != f.id


def test_an_unknown_placeholder_is_refused_naming_it_and_the_language():
    t = find_template(None, "certificate")
    broken = replace(t, bodies={**t.bodies, "ru": t.bodies["ru"] + " {valid_unitl}"})
    with pytest.raises(Refused) as err:
        check_template(broken)
    assert err.value.code == "template_unknown_placeholder"
    assert err.value.params == {"language": "русский", "placeholder": "valid_unitl"}


def test_a_field_missing_from_one_text_is_refused():
    t = find_template(None, "certificate")
    broken = replace(t, bodies={**t.bodies, "en": t.bodies["en"].replace("{purpose}", "x")})
    with pytest.raises(Refused) as err:
        check_template(broken)
    assert (err.value.code, err.value.params) == (
        "template_missing_placeholder", {"language": "English", "name": "purpose"})


def test_an_unclosed_bracket_is_refused():
    t = find_template(None, "notice")
    broken = replace(t, bodies={**t.bodies, "et": t.bodies["et"] + " {subject"})
    with pytest.raises(Refused) as err:
        check_template(broken)
    assert err.value.code == "template_bad_bracket"
    assert err.value.params["language"] == "eesti"


def test_built_in_placeholders_need_no_field():
    t = find_template(None, "notice")
    extra = " ".join("{" + name + "}" for name in BUILT_INS)
    check_template(replace(t, bodies={k: v + extra for k, v in t.bodies.items()}))


def test_values_are_checked_by_kind():
    t = find_template(None, "decision")
    good = {"recipient_name": " Mari  Maasikas ", "recipient_code": "49403136526",
            "application_date": "2026-11-02", "matter": "toetus", "reasons": "x",
            "outcome": "granted"}
    cleaned = check_values(t, good, "et")
    assert cleaned["recipient_name"] == "Mari Maasikas"
    assert cleaned["application_date"] == "02.11.2026"
    for field, bad, code in (("recipient_code", "49403136527", "field_bad_personal_code"),
                             ("application_date", "31.02.2026", "field_bad_date"),
                             ("outcome", "maybe", "field_bad_choice"),
                             ("matter", "  ", "field_required")):
        with pytest.raises(Refused) as err:
            check_values(t, {**good, field: bad}, "et")
        assert err.value.code == code
        assert err.value.params["label"] == t.field(field).label("et")
    with pytest.raises(NotFound):
        check_values(t, {**good, "nonsense": "1"}, "et")


def test_a_saved_version_overrides_the_built_in_and_keeps_the_old_one(tmp_path):
    t = find_template(None, "notice")
    changed = replace(t, titles={**t.titles, "en": "NOTIFICATION"})
    saved = save_template(tmp_path, changed)
    assert saved.version == 2
    assert find_template(tmp_path, "notice").titles["en"] == "NOTIFICATION"
    assert find_template(tmp_path, "notice", 1).titles["en"] == "NOTICE"
    again = save_template(tmp_path, replace(changed, titles={**t.titles, "en": "NOTE"}))
    assert again.version == 3
    assert sorted(p.name for p in (tmp_path / "templates").iterdir()) == [
        "notice.v2.toml", "notice.v3.toml"]
    assert find_template(tmp_path, "notice", 2).titles["en"] == "NOTIFICATION"


def test_a_broken_template_is_not_saved(tmp_path):
    t = find_template(None, "notice")
    with pytest.raises(Refused):
        save_template(tmp_path, replace(t, bodies={**t.bodies, "et": "{nobody}"}))
    assert not (tmp_path / "templates").exists()


def test_field_kinds_cover_the_templates():
    kinds = {f.kind for t in all_templates(None).values() for f in t.fields}
    assert {FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.DATE, FieldKind.PERSONAL_CODE,
            FieldKind.CHOICE, FieldKind.EMAIL} <= kinds
