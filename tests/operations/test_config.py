"""The office configuration operations: checks with the messages a person sees, the admin
role enforced here (not only by hidden buttons), and every change recorded."""

import pytest
from sqlalchemy import select

from app import i18n
from app.core.errors import Invalid, NotFound, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.operations import config as c
from app.operations import queue as q
from app.operations.context import Context
from app.store.models import AdminChange

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


def as_role(ctx: Context, *roles: Role) -> Context:
    return Context(ctx.db, Actor("kati", frozenset(roles)), ctx.office_id, ctx.timezone,
                   ctx.clock)


def changes(ctx: Context) -> list[tuple[str, str, str | None, str | None]]:
    with ctx.db.read() as s:
        rows = s.scalars(select(AdminChange).order_by(AdminChange.at, AdminChange.id))
        return [(r.table_name, r.field, r.old_value, r.new_value) for r in rows]


@pytest.mark.parametrize("role", [Role.DESK, Role.COUNTER, Role.SUPERVISOR])
def test_only_an_admin_changes_or_reads_the_configuration(ctx, role):
    staff = as_role(ctx, role)
    spec = c.ServiceSpec("D", "Elamislubad", "Виды на жительство", "Residence permits")
    for call in (
        lambda: c.office_config(staff),
        lambda: c.update_office(staff, name="Tartu büroo"),
        lambda: c.update_settings(staff, {"display.calls_shown": 4}),
        lambda: c.save_service(staff, spec),
        lambda: c.remove_service(staff, "A"),
        lambda: c.save_counter(staff, c.CounterSpec(9, "Lett 9", "9", ("A",))),
        lambda: c.remove_counter(staff, 1),
    ):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert "change the office configuration" in str(err.value)
    assert c.office_config(ctx).office.name == "Tallinna teenindusbüroo"
    assert changes(ctx) == []
    # Kiosks and displays read the office-wide settings without any role.
    assert c.office_settings(as_role(ctx, Role.KIOSK))["display.calls_shown"] == 6


def test_office_fields_change_and_are_recorded(ctx):
    info = c.update_office(ctx, name="Tartu teenindusbüroo", address="Riia 15, Tartu",
                           registry_code="70000001", logo=PNG)
    assert (info.name, info.address, info.registry_code, info.logo) == (
        "Tartu teenindusbüroo", "Riia 15, Tartu", "70000001", PNG)
    recorded = changes(ctx)
    assert ("offices", "name", "Tallinna teenindusbüroo", "Tartu teenindusbüroo") in recorded
    assert ("offices", "logo", None, "(image)") in recorded
    c.update_office(ctx, name="Tartu teenindusbüroo")  # unchanged: nothing recorded
    assert len(changes(ctx)) == len(recorded)


@pytest.mark.parametrize(
    ("changes_", "code", "english"),
    [
        ({"name": "  "}, "config_empty", "Office name cannot be empty."),
        ({"registry_code": "1234"}, "config_registry_code",
         "\u201c1234\u201d is not a registry code: an Estonian registry code has 8 digits."),
        ({"logo": b"GIF89a..."}, "config_logo",
         "The logo must be a PNG or JPEG image of at most 512 KB."),
        ({"name": "x" * 201}, "config_too_long", "Office name may have at most 200 characters."),
    ],
)
def test_bad_office_values_are_refused_with_a_message(ctx, changes_, code, english):
    with pytest.raises(Invalid) as err:
        c.update_office(ctx, address="Uus 1", **changes_)
    assert err.value.code == code
    assert i18n.error_text(err.value, "en") == english
    assert i18n.error_text(err.value, "et") != english  # said in Estonian too
    info = c.office_config(ctx).office
    assert (info.name, info.address) == ("Tallinna teenindusbüroo", "")  # nothing changed


def test_a_duplicate_service_letter_is_refused(ctx):
    with pytest.raises(Invalid) as err:
        c.save_service(ctx, c.ServiceSpec("b", "Uus", "Новая", "New"))
    assert i18n.error_text(err.value, "en") == (
        "The letter B is already used by the service \u201cToetused ja hüvitised\u201d. "
        "Choose another letter.")
    assert "B" in i18n.error_text(err.value, "ru")


def test_hours_that_end_before_they_start_are_refused(ctx):
    spec = c.ServiceSpec("D", "Elamislubad", "Виды на жительство", "Residence permits",
                         hours={"mon": ["16:00-09:00"]})
    with pytest.raises(Invalid) as err:
        c.save_service(ctx, spec)
    assert i18n.error_text(err.value, "en") == (
        "Service hours of mon: \u201c16:00-09:00\u201d ends before it starts. "
        "Give the opening time first.")
    with pytest.raises(Invalid) as err:
        c.update_settings(ctx, {"office.hours": {"tue": ["08:00-12:00", "11:00-15:00"]}})
    assert err.value.code == "config_hours_overlap"
    assert c.office_settings(ctx)["office.hours"] == {}


def test_a_new_service_is_offered_and_its_letter_numbers_tickets(ctx):
    c.save_service(ctx, c.ServiceSpec("D", "Elamislubad", "Виды на жительство",
                                      "Residence permits", colour="#AA3300", daily_limit=40,
                                      hours={"mon": ["09:00-12:00"]}))
    c.save_counter(ctx, c.CounterSpec(4, "Teeninduslett 4", "4", ("D", "A")))
    config = c.office_config(ctx)
    d = config.services[-1]
    assert (d.code, d.colour, d.daily_limit, d.hours) == ("D", "#aa3300", 40,
                                                         {"mon": ["09:00-12:00"]})
    assert config.counters[-1] == c.CounterSpec(4, "Teeninduslett 4", "4", ("A", "D"))
    assert q.issue_ticket(ctx, "D").number == "D001"  # Monday 10:00 local
    assert q.call_next(ctx, 4).number == "D001"


def test_changing_a_letter_keeps_the_service_and_its_counters(ctx):
    old = c.office_config(ctx).services[0]
    c.save_service(ctx, c.ServiceSpec("P", old.name_et, old.name_ru, old.name_en), "A")
    config = c.office_config(ctx)
    assert [s.code for s in config.services] == ["P", "B", "C"]
    assert config.counters[0].services == ("B", "P")
    assert ("services", "code", "A", "P") in changes(ctx)


def test_a_service_with_waiting_visitors_is_not_removed(ctx):
    q.issue_ticket(ctx, "C")
    with pytest.raises(Refused) as err:
        c.remove_service(ctx, "C")
    assert "1 visitors waiting" in str(err.value)
    q.call_next(ctx, 2)
    q.finish(ctx, 2)
    c.remove_service(ctx, "C")
    config = c.office_config(ctx)
    assert [s.code for s in config.services] == ["A", "B"]
    assert config.counters[1].services == ("B",)
    with pytest.raises(NotFound):
        q.issue_ticket(ctx, "C")
    # Its letter stays with the tickets it numbered; adding it anew takes the row up again.
    c.save_service(ctx, c.ServiceSpec("C", "Dokumendid", "Документы", "Documents"))
    assert q.issue_ticket(ctx, "C").number == "C002"


def test_counters_need_a_free_number_and_a_service(ctx):
    with pytest.raises(Invalid) as err:
        c.save_counter(ctx, c.CounterSpec(2, "Lett", "2", ("A",)))
    assert err.value.code == "config_duplicate_counter"
    with pytest.raises(Invalid) as err:
        c.save_counter(ctx, c.CounterSpec(5, "Lett", "5", ()))
    assert i18n.error_text(err.value, "en") == "Counter services: choose at least one service."
    with pytest.raises(NotFound):
        c.save_counter(ctx, c.CounterSpec(5, "Lett", "5", ("Z",)))
    c.save_counter(ctx, c.CounterSpec(7, "Lett seitse", "7", ("A",)), 3)
    assert [x.number for x in c.office_config(ctx).counters] == [1, 2, 7]


def test_a_counter_with_a_called_visitor_is_not_removed(ctx):
    q.issue_ticket(ctx, "A")
    q.call_next(ctx, 1)
    with pytest.raises(Refused):
        c.remove_counter(ctx, 1)
    q.finish(ctx, 1)
    c.remove_counter(ctx, 1)
    assert [x.number for x in c.office_config(ctx).counters] == [2, 3]


def test_settings_are_checked_stored_and_recorded(ctx):
    settings = c.update_settings(ctx, {"kiosk.languages": ["ru", "et"], "kiosk.idle_seconds": 30,
                                       "display.calls_shown": 4, "kiosk.admin_pin": "2468",
                                       "office.closed_days": ["2026-12-31", "2026-12-24"]})
    assert settings["kiosk.languages"] == ["ru", "et"]
    assert settings["office.closed_days"] == ["2026-12-24", "2026-12-31"]
    assert c.office_settings(ctx)["display.calls_shown"] == 4
    recorded = changes(ctx)
    assert ("office_settings", "display.calls_shown", "6", "4") in recorded
    # The PIN itself is never written to the record.
    assert ("office_settings", "kiosk.admin_pin", None, "(changed)") in recorded
    for bad, code in [({"kiosk.idle_seconds": 2}, "config_number"),
                      ({"kiosk.admin_pin": "12a4"}, "config_pin"),
                      ({"office.closed_days": ["2026-02-30"]}, "config_date"),
                      ({"kiosk.languages": ["fi"]}, "config_languages"),
                      ({"no.such": 1}, "config_unknown_setting")]:
        with pytest.raises(Invalid) as err:
            c.update_settings(ctx, {"display.chime": False, **bad})
        assert err.value.code == code
    assert c.office_settings(ctx)["display.chime"] is True  # nothing of a refused change


def test_apply_config_sets_everything_at_once_or_nothing(ctx):
    config = c.office_config(ctx)
    services = (*config.services[1:],
                c.ServiceSpec("D", "Elamislubad", "Виды на жительство", "Residence permits"))
    new = c.OfficeConfig(
        office=c.OfficeInfo(config.office.id, config.office.code, "Narva büroo", "Narva 1",
                            "70000002", None, "Europe/Tallinn", 2, 3),
        settings={**config.settings, "display.layout": "calls_only"},
        services=services,
        counters=(c.CounterSpec(1, "Lett 1", "1", ("B", "D")), c.CounterSpec(8, "Lett 8", "8",
                                                                            ("C",))),
    )
    bad = c.OfficeConfig(new.office, new.settings, new.services,
                         (*new.counters, c.CounterSpec(9, "Lett 9", "9", ("A",))))
    with pytest.raises(NotFound):
        c.apply_config(ctx, bad)
    assert c.office_config(ctx) == config
    c.apply_config(ctx, new)
    after = c.office_config(ctx)
    assert after.office.name == "Narva büroo"
    assert [s.code for s in after.services] == ["B", "C", "D"]
    assert after.counters == new.counters
    assert after.settings["display.layout"] == "calls_only"


def test_office_hours_and_closed_days_govern_services_without_hours(ctx, clock):
    from datetime import UTC, datetime

    c.update_settings(ctx, {"office.hours": {"mon": ["08:30-12:00"], "wed": ["09:00-16:00"]},
                            "office.closed_days": ["2026-11-25"]})
    ctx.cache.clear()
    assert q.issue_ticket(ctx, "A").number == "A001"  # Monday 10:00 in Tallinn
    clock.at = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 13:00: closed, not again today
    with pytest.raises(Refused) as err:
        q.issue_ticket(ctx, "A")
    assert err.value.code == "service_closed_today"
    views = {v.code: v for v in q.list_services(ctx)}
    # Wednesday the 25th is an extra closed day: the next opening is Monday the 30th.
    assert views["A"].open_now is False
    assert views["A"].opens_at is not None and views["A"].opens_at.day == 30
    clock.at = datetime(2026, 12, 24, 8, 0, tzinfo=UTC)  # Christmas Eve, a public holiday
    c.update_settings(ctx, {"office.hours": {}})
    ctx.cache.clear()
    with pytest.raises(Refused):
        q.issue_ticket(ctx, "B")
    c.update_settings(ctx, {"office.public_holidays": False})
    ctx.cache.clear()
    assert q.issue_ticket(ctx, "B").number == "B001"
