"""The office configuration in one file: an export imported into another office gives the same
configuration, and a broken or bad file is refused with the message a person sees, changing
nothing."""

import json
import tomllib
from dataclasses import replace

import pytest
import tomli_w

from app import i18n
from app.core.errors import Invalid, PermissionDenied
from app.core.permissions import Actor, Role
from app.operations import config as c
from app.operations.config_file import export_config, import_config
from app.operations.context import Context, open_context, staff_actor
from app.operations.setup import create_demo_office
from app.store.db import open_database

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def configured(ctx):
    """The demo office with every kind of value set: logo, hours, limits, settings."""
    c.update_office(ctx, name="Tartu teenindusbüroo", address="Riia 15, Tartu",
                    registry_code="70000001", logo=PNG, priority_cap=2, noshow_after=4)
    c.update_settings(ctx, {"display.calls_shown": 4, "kiosk.admin_pin": "4321",
                            "office.closed_days": ["2026-12-24"], "kiosk.services": ["A", "B"],
                            "office.hours": {"mon": ["08:00-12:00", "13:00-17:00"],
                                             "fri": ["08:00-14:00"]}})
    c.save_service(ctx, c.ServiceSpec("D", "Elamisload", "Виды на жительство",
                                      "Residence permits", "#8250df", 20, 40,
                                      {"tue": ["09:00-12:00"]}, 10))
    c.save_counter(ctx, c.CounterSpec(4, "Lett 4", "4", ("A", "D")))
    c.remove_counter(ctx, 2)
    return ctx


@pytest.fixture
def fresh(tmp_path, clock):
    """A second office in its own data folder, made from the demo with another code."""
    db = open_database(f"sqlite:///{tmp_path / 'second.sqlite3'}")
    create_demo_office(db, staff_actor(), code="TARTU")
    yield open_context(db, staff_actor(), clock=clock)
    db.dispose()


def without_identity(config: c.OfficeConfig) -> c.OfficeConfig:
    return replace(config, office=replace(config.office, id="", code=""))


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_an_exported_configuration_imported_into_another_office_is_the_same(
        configured, fresh, tmp_path, suffix):
    path = export_config(configured, tmp_path / f"office{suffix}")
    if suffix == ".toml":
        data = tomllib.loads(path.read_text("utf-8"))
    else:
        data = json.loads(path.read_text("utf-8"))
    assert data["format"] == 1
    assert "code" not in data["office"] and "id" not in data["office"]
    assert data["settings"]["display"]["calls_shown"] == 4
    before = c.office_config(fresh)
    assert without_identity(before) != without_identity(c.office_config(configured))

    after = import_config(fresh, path)

    assert without_identity(after) == without_identity(c.office_config(configured))
    assert after.office.code == "TARTU"
    assert after.office.id == before.office.id
    assert [s.code for s in after.services] == ["A", "B", "C", "D"]
    assert [k.number for k in after.counters] == [1, 3, 4]
    assert after.office.logo == PNG


def test_the_export_holds_no_staff_accounts(configured, tmp_path):
    from app.operations.accounts import create_account

    create_account(configured, "mari", "Mari Maasikas", "desk", "üks-kaks-kolm-neli")
    text = export_config(configured, tmp_path / "office.toml").read_text("utf-8")
    assert "mari" not in text and "Maasikas" not in text and "argon" not in text


def write(tmp_path, data, name="office.toml"):
    path = tmp_path / name
    if name.endswith(".toml"):
        path.write_text(tomli_w.dumps(data), "utf-8")
    else:
        path.write_text(json.dumps(data), "utf-8")
    return path


def exported(ctx, tmp_path):
    path = export_config(ctx, tmp_path / "good.toml")
    return tomllib.loads(path.read_text("utf-8"))


def _duplicate_letter(data):
    data["services"][1]["code"] = "a"


def _empty_name(data):
    data["services"][0]["name_ru"] = "  "


def _backwards_hours(data):
    data["services"][0]["hours"] = {"wed": ["16:00-09:00"]}


def _unknown_setting(data):
    data["settings"]["kiosk"]["sound"] = True


def _wrong_type(data):
    data["office"]["name"] = 42


def _unknown_key(data):
    data["services"][2]["colr"] = "#ffffff"


def _counter_of_no_service(data):
    data["counters"][0]["services"] = ["A", "Q"]


def _newer_format(data):
    data["format"] = 2


def _format_as_text(data):
    data["format"] = "1"


def _missing_letter(data):
    del data["services"][0]["code"]


def _bad_opening_hours(data):
    data["settings"]["office"]["hours"] = {"mon": "08:30-12:00,11:00-16:00"}


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_duplicate_letter, "The letter A is already used by the service \u201cPensionid\u201d. "
                            "Choose another letter."),
        (_empty_name, "Service name (Russian) cannot be empty."),
        (_backwards_hours, "Service hours of wed: \u201c16:00-09:00\u201d ends before it starts. "
                           "Give the opening time first."),
        (_unknown_setting, "Configuration file: there is no setting \u201ckiosk.sound\u201d."),
        (_wrong_type, "Office name must be text."),
        (_unknown_key, "\u201cservices[3].colr\u201d is not part of an office configuration. "
                       "Remove it or correct its name."),
        (_counter_of_no_service, "There is no service with the letter Q."),
        (_newer_format, "The file holds configuration format 2; this version of Lett reads "
                        "format 1. Export it again from a Lett of this version."),
        (_format_as_text, "The file holds configuration format 1; this version of Lett reads "
                          "format 1. Export it again from a Lett of this version."),
        (_missing_letter, "\u201cservices[1].code\u201d is missing."),
        (_bad_opening_hours, "Opening hours of mon: two ranges overlap. Join them into one."),
    ],
)
def test_a_file_with_a_bad_value_is_refused_and_nothing_changes(ctx, tmp_path, spoil, message):
    data = exported(ctx, tmp_path)
    data["office"]["name"] = "Narva teenindusbüroo"
    spoil(data)
    path = write(tmp_path, data)
    before = c.office_config(ctx)
    with pytest.raises(Invalid) as err:
        import_config(ctx, path)
    assert err.value.code == "config_file_invalid"
    assert i18n.error_text(err.value, "en") == (
        f"The configuration file {path} is not valid, so nothing was changed: {message}")
    assert c.office_config(ctx) == before


def test_the_message_of_a_bad_file_is_in_the_users_language(ctx, tmp_path):
    data = exported(ctx, tmp_path)
    _duplicate_letter(data)
    path = write(tmp_path, data, "office.json")
    with pytest.raises(Invalid) as err:
        import_config(ctx, path)
    et = i18n.error_text(err.value, "et")
    ru = i18n.error_text(err.value, "ru")
    assert str(path) in et and "Pensionid" in et and "already used" not in et
    assert str(path) in ru and "Pensionid" in ru and "already used" not in ru
    assert et != ru


def test_a_broken_file_is_refused_and_nothing_changes(ctx, tmp_path):
    before = c.office_config(ctx)
    path = tmp_path / "office.toml"
    path.write_text('format = 1\n[office]\nname = "Tartu\n', "utf-8")
    with pytest.raises(Invalid) as err:
        import_config(ctx, path)
    assert err.value.code == "config_file_broken"
    text = i18n.error_text(err.value, "en")
    assert text.startswith(f"The configuration file {path} cannot be read: ")
    assert "line 3" in text and text.endswith("Nothing was changed.")
    broken_json = tmp_path / "office.json"
    broken_json.write_text('{"format": 1, "office": ', "utf-8")
    with pytest.raises(Invalid) as err:
        import_config(ctx, broken_json)
    assert err.value.code == "config_file_broken"
    with pytest.raises(Invalid) as err:
        import_config(ctx, tmp_path / "missing.toml")
    assert err.value.code == "config_file_broken"
    assert "No such file" in i18n.error_text(err.value, "en")
    assert c.office_config(ctx) == before


def test_a_file_of_another_type_is_refused(ctx, tmp_path):
    path = tmp_path / "office.yaml"
    path.write_text("format: 1\n", "utf-8")
    for call in (lambda: import_config(ctx, path), lambda: export_config(ctx, path)):
        with pytest.raises(Invalid) as err:
            call()
        assert err.value.code == "config_file_type"
        assert i18n.error_text(err.value, "en") == (
            f"A configuration file ends in .toml or .json; \u201c{path}\u201d does not.")
    assert path.read_text("utf-8") == "format: 1\n"


def test_only_an_admin_exports_or_imports(ctx, tmp_path):
    path = export_config(ctx, tmp_path / "office.toml")
    desk = Context(ctx.db, Actor("kati", frozenset({Role.DESK, Role.SUPERVISOR})),
                   ctx.office_id, ctx.timezone, ctx.clock)
    for call in (lambda: export_config(desk, tmp_path / "other.toml"),
                 lambda: import_config(desk, path)):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "other.toml").exists()


def test_an_import_that_would_remove_a_service_with_waiting_visitors_changes_nothing(
        ctx, tmp_path):
    from app.core.errors import Refused
    from app.operations import queue as q

    data = exported(ctx, tmp_path)
    data["services"] = [s for s in data["services"] if s["code"] != "C"]
    data["counters"] = [{**k, "services": [x for x in k["services"] if x != "C"]}
                        for k in data["counters"]]
    data["office"]["name"] = "Narva teenindusbüroo"
    path = write(tmp_path, data)
    q.issue_ticket(ctx, "C")
    before = c.office_config(ctx)
    with pytest.raises(Refused) as err:
        import_config(ctx, path)
    assert i18n.error_text(err.value, "en").startswith(
        "The service \u201cDokumendid ja tõendid\u201d still has 1 visitors waiting")
    assert c.office_config(ctx) == before
