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
from app.documents.templates import built_in_templates, template_from_text, template_text

BUILT_IN = {"notice", "certificate", "decision", "usage_contract", "poa_main_user",
            "poa_regular_user", "poa_withdrawal"}


def test_the_seven_built_in_templates_have_every_field_in_every_language():
    templates = built_in_templates()
    assert set(templates) == BUILT_IN
    for t in templates.values():
        assert t.version == 1
        for lang in LANGUAGES:
            assert t.title(lang) and t.body(lang)
            for f in t.fields:
                assert "{" + f.id + "}" in t.body(lang)
                assert f.label(lang) != f.id


def test_an_unknown_placeholder_is_refused_naming_it_and_the_language():
    t = built_in_templates()["certificate"]
    broken = replace(t, bodies={**t.bodies, "ru": t.bodies["ru"] + " {valid_unitl}"})
    with pytest.raises(Refused) as err:
        check_template(broken)
    assert err.value.code == "template_unknown_placeholder"
    assert err.value.params == {"language": "русский", "placeholder": "valid_unitl"}


def test_a_field_missing_from_one_text_is_refused():
    t = built_in_templates()["certificate"]
    broken = replace(t, bodies={**t.bodies, "en": t.bodies["en"].replace("{purpose}", "x")})
    with pytest.raises(Refused) as err:
        check_template(broken)
    assert (err.value.code, err.value.params) == (
        "template_missing_placeholder", {"language": "English", "name": "purpose"})


def test_an_unclosed_bracket_is_refused():
    t = built_in_templates()["notice"]
    broken = replace(t, bodies={**t.bodies, "et": t.bodies["et"] + " {subject"})
    with pytest.raises(Refused) as err:
        check_template(broken)
    assert err.value.code == "template_bad_bracket"
    assert err.value.params["language"] == "eesti"


def test_built_in_placeholders_need_no_field():
    t = built_in_templates()["notice"]
    extra = " ".join("{" + name + "}" for name in BUILT_INS)
    check_template(replace(t, bodies={k: v + extra for k, v in t.bodies.items()}))


def test_values_are_checked_by_kind():
    t = built_in_templates()["decision"]
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


def test_a_template_kept_as_text_reads_back_the_same():
    for t in built_in_templates().values():
        again = template_from_text(template_text(t), "kept")
        assert again == t
        assert again.source == "kept"


def test_broken_text_is_refused_with_the_reason():
    with pytest.raises(Refused) as err:
        template_from_text('id = "x"\nversion = ', "v2 of x")
    assert err.value.code == "template_file_broken"
    assert err.value.params["path"] == "v2 of x"


def test_field_kinds_cover_the_templates():
    kinds = {f.kind for t in built_in_templates().values() for f in t.fields}
    assert {FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.DATE, FieldKind.PERSONAL_CODE,
            FieldKind.CHOICE, FieldKind.EMAIL} <= kinds


@pytest.mark.parametrize("text", [
    'id = "x"\nversion = 2\nfields = [{id = "a", choices = 5}]',
    'id = "x"\nversion = 2\nfields = [{id = "a", choices = [1]}]',
    'id = "x"\nversion = 2\nfields = [{id = "a", label = {et = "A"}, choices = [{}]}]',
    'id = "x"\nversion = 2\ntitle = "plain"',
])
def test_values_of_the_wrong_shape_are_refused(text):
    with pytest.raises(Refused) as err:
        template_from_text(text, "sent")
    assert err.value.code == "template_file_broken"
