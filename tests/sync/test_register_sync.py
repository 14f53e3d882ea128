"""The document register travels between desk and counter PCs through the server, numbered
as it was; kiosks and displays never receive it."""

import pytest
from sqlalchemy import select

from app.core.permissions import Role
from app.operations import register as r
from app.operations.context import open_context, staff_actor
from app.store.models import RegisterEntry, RegisterSeries
from app.sync.engine import sync_once

DOCUMENT = r.NewDocument("1-2", "incoming", "request_for_information", "Teabenõue",
                         "email", sender_name="Mari Maasikas", addressee="Ehitusosakond")


def rows(db, model):
    with db.read() as s:
        return list(s.scalars(select(model)))


@pytest.fixture
def registered(office):
    """A desk PC that set up a series, registered a document and synced."""
    desk, link = office.pc("desk1")
    sync_once(desk, link)
    ctx = open_context(desk, staff_actor())
    r.save_series(ctx, "1-2", "{S}/{DA}-{3DN}", "Teabenõuded")
    entry = r.register_document(ctx, DOCUMENT)
    report = sync_once(desk, link)
    assert report.online and report.rejected == 0
    return entry


def test_a_registered_document_reaches_a_counter_pc_which_numbers_on(office, registered):
    other, link = office.pc("counter1", Role.COUNTER)
    assert sync_once(other, link).online
    [row] = rows(other, RegisterEntry)
    assert (row.registry_number, row.deadline) == (registered.registry_number,
                                                  registered.deadline)
    ctx = open_context(other, staff_actor())
    following = r.register_document(ctx, DOCUMENT)
    assert following.registry_number.endswith("-002")
    r.set_status(ctx, registered.id, "forwarded")
    report = sync_once(other, link)
    assert report.online and report.rejected == 0
    with office.db.read() as s:
        assert s.get(RegisterEntry, registered.id).status == "forwarded"
        assert len(list(s.scalars(select(RegisterEntry)))) == 2


@pytest.mark.parametrize("role", [Role.KIOSK, Role.DISPLAY])
def test_a_kiosk_or_display_never_receives_the_register(office, registered, role):
    device, link = office.pc("device1", role)
    report = sync_once(device, link)
    assert report.online and report.pulled > 0
    assert rows(device, RegisterEntry) == []
    assert rows(device, RegisterSeries) == []
