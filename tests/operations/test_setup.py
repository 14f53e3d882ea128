"""Setting up a new office: office, services, a counter and the first administrator in one
unit of work, every value checked first, and only on an empty data folder."""

import pytest
from sqlalchemy import func, select

from app import i18n
from app.core.errors import Invalid, LettError, PermissionDenied, Refused
from app.core.permissions import Actor, Role
from app.operations import accounts as acc
from app.operations import config as c
from app.operations.context import open_context, signed_out_actor, staff_actor
from app.operations.setup import OfficeSetup, has_office, set_up_office
from app.store.models import Office, Service, StaffAccount

SERVICES = (
    c.ServiceSpec("A", "Pensionid", "Пенсии", "Pensions"),
    c.ServiceSpec("B", "Toetused", "Пособия", "Benefits", "#2da44e"),
)


def setup(**changes):
    values = dict(code="tartu", name="Tartu teenindusbüroo", address="Riia 15, Tartu",
                  registry_code="70000001", services=SERVICES, admin_user="Mari",
                  admin_name="Mari Maasikas", admin_password="üks-kaks-kolm-neli")
    values.update(changes)
    return OfficeSetup(**values)


def count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_new_office_with_its_services_counter_and_admin(db, clock):
    assert not has_office(db)
    office_id = set_up_office(db, staff_actor(), setup())
    assert has_office(db)
    ctx = open_context(db, staff_actor(), clock=clock)
    assert ctx.office_id == office_id
    config = c.office_config(ctx)
    assert (config.office.code, config.office.name, config.office.address,
            config.office.registry_code) == ("TARTU", "Tartu teenindusbüroo", "Riia 15, Tartu",
                                             "70000001")
    assert [(s.code, s.name_en, s.colour) for s in config.services] == [
        ("A", "Pensions", "#1f6feb"), ("B", "Benefits", "#2da44e")]
    assert config.counters == (c.CounterSpec(1, "Teeninduslett 1", "1", ("A", "B")),)
    signed = acc.sign_in(open_context(db, signed_out_actor()), "mari", "üks-kaks-kolm-neli")
    assert not signed.must_change_password
    assert signed.account.display_name == "Mari Maasikas"
    assert signed.actor.roles == {Role.ADMIN, Role.SUPERVISOR, Role.DESK, Role.COUNTER}
    # The admin may do what an admin does: the configuration is theirs to change.
    c.update_office(open_context(db, signed.actor, clock=clock), name="Tartu büroo")


def test_counters_may_be_given(db):
    set_up_office(db, staff_actor(), setup(counters=(
        c.CounterSpec(1, "Lett 1", "1", ("A",)), c.CounterSpec(2, "Lett 2", "2", ("A", "B")))))
    config = c.office_config(open_context(db, staff_actor()))
    assert [(k.number, k.services) for k in config.counters] == [(1, ("A",)), (2, ("A", "B"))]


@pytest.mark.parametrize(
    ("changes", "english"),
    [
        ({"name": " "}, "Office name cannot be empty."),
        ({"code": "tartu büroo"}, "\u201ctartu büroo\u201d cannot be an office code. Use 1 to "
                                  "32 characters of A\u2013Z, 0\u20139, \u201c-\u201d and "
                                  "\u201c_\u201d."),
        ({"registry_code": "123"}, "\u201c123\u201d is not a registry code: an Estonian "
                                   "registry code has 8 digits."),
        ({"services": SERVICES + (c.ServiceSpec("a", "Dokumendid", "Документы", "Documents"),)},
         "The letter A is already used by the service \u201cPensionid\u201d. Choose another "
         "letter."),
        ({"services": (c.ServiceSpec("A", "Pensionid", "", "Pensions"),)},
         "Service name (Russian) cannot be empty."),
        ({"services": ()}, "Add at least one service: without one the kiosk has no ticket to "
                           "give."),
        ({"admin_password": "lühike"}, "The new password must have at least 10 characters."),
        ({"admin_user": "mari maasikas"}, "A user name has 1 to 64 characters and no spaces."),
        ({"counters": (c.CounterSpec(1, "Lett 1", "1", ("A", "D")),)},
         "There is no service with the letter D."),
    ],
)
def test_a_bad_value_is_refused_and_nothing_is_made(db, changes, english):
    with pytest.raises(LettError) as err:
        set_up_office(db, staff_actor(), setup(**changes))
    assert i18n.error_text(err.value, "en") == english
    assert not has_office(db)
    assert count(db, Service) == count(db, StaffAccount) == 0


def test_a_data_folder_with_an_office_is_not_set_up_again(db):
    set_up_office(db, staff_actor(), setup())
    with pytest.raises(Refused) as err:
        set_up_office(db, staff_actor(), setup(code="NARVA", name="Narva büroo"))
    assert i18n.error_text(err.value, "en").startswith(
        "This data folder already has an office, \u201cTartu teenindusbüroo\u201d")
    assert count(db, Office) == 1 and count(db, StaffAccount) == 1


def test_only_a_local_administrator_sets_up_an_office(db):
    with pytest.raises(PermissionDenied):
        set_up_office(db, Actor("kati", frozenset({Role.DESK})), setup())
    assert not has_office(db)


def test_a_printer_address_is_checked_by_the_printers_rules():
    from app.operations.setup import check_printer

    assert check_printer(" tcp://192.168.1.50 ", "58mm") == ("tcp://192.168.1.50", "58mm")
    assert check_printer("", "80mm") == ("", "80mm")
    with pytest.raises(Invalid) as err:
        check_printer("192.168.1.50", "80mm")
    assert i18n.error_text(err.value, "en").startswith(
        "Printer address: \u201c192.168.1.50\u201d is not a printer address. Write it like "
        "tcp://192.168.1.50:9100")
    with pytest.raises(Invalid) as err:
        check_printer("tcp://printer:99999", "80mm")
    with pytest.raises(Invalid) as err:
        check_printer("tcp://printer", "100mm")
    assert i18n.error_text(err.value, "en") == (
        "Paper must be one of: 80mm, 58mm, 80mm-basic, 58mm-basic.")
