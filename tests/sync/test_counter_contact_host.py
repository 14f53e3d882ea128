"""A counter PC connected to its queue host: the counter contact that calling next makes at
the host records the person signed in at the PC (not the PC), so it is in their "my contacts
today" once synced; a name that is not one line of text, or one sent by a kiosk, is not
taken."""

import httpx
from sqlalchemy import select

from app.core.permissions import Actor, Role
from app.operations import contacts as c
from app.operations import queue as q
from app.operations.context import open_context
from app.operations.hosting import HOST_UNREACHABLE
from app.server.devices.service import add_device
from app.store.models import Contact, TicketEvent
from app.sync.engine import sync_once
from app.sync.host import STAFF_NAME_HEADER, RemoteHost
from app.sync.link import ServerLink

PERSON = "Mari Mägi"


def test_the_host_records_the_person_at_the_counter_pc(office):
    pc, link = office.pc("counter1", Role.COUNTER)
    assert sync_once(pc, link).online
    actor = Actor(PERSON, frozenset({Role.COUNTER}))
    ctx = open_context(pc, actor)
    ctx.host = RemoteHost(ServerLink(office.live.url, link.token, unreachable=HOST_UNREACHABLE),
                          staff=PERSON)
    try:
        q.issue_ticket(ctx, "A")
        called = q.call_next(ctx, 1)
        assert q.counter_desk(ctx, 1).current.number == called.number
    finally:
        ctx.host.close()
    with office.db.read() as s:
        [contact] = s.scalars(select(Contact)).all()
        actors = {e.actor for e in s.scalars(select(TicketEvent).where(
            TicketEvent.kind == "called"))}
    assert contact.served_by == PERSON and actors == {PERSON}
    assert sync_once(pc, link).online
    mine = c.list_contacts(open_context(pc, actor), c.ContactQuery(mine=True))
    assert [m.id for m in mine] == [contact.id]


def test_a_name_that_is_not_one_line_or_comes_from_a_kiosk_is_not_taken(office):
    kiosk_token = add_device(office.db, office.office_id, Role.KIOSK, "k" * 8, "kiosk1")
    _pc, link = office.pc("counter2", Role.COUNTER)
    names = ("Mari%0AMaasikas", "%00", "x" * 300, "%FF%FE")
    with httpx.Client(base_url=office.live.url, timeout=30) as http:
        for _ in names:
            made = http.post("/queue/tickets", json={"service_code": "A", "source": "kiosk"},
                             headers={"Authorization": f"Bearer {kiosk_token}",
                                      STAFF_NAME_HEADER: "Kiosk%20Person"})
            assert made.status_code == 201, made.text
        for name in names:
            answer = http.post("/queue/counters/1/call-next",
                               headers={"Authorization": f"Bearer {link.token}",
                                        STAFF_NAME_HEADER: name})
            assert answer.status_code == 200, answer.text
    with office.db.read() as s:
        served = {r.served_by for r in s.scalars(select(Contact))}
        actors = {e.actor for e in s.scalars(select(TicketEvent))}
    assert served == {"counter2"}
    assert "Kiosk Person" not in actors
