import time

from sqlalchemy import select, update

from app.core.clock import HybridLogicalClock
from app.core.permissions import Role
from app.operations import queue as q
from app.operations.context import open_context, staff_actor
from app.operations.hosting import HOST_UNREACHABLE
from app.operations.queue import blocks
from app.store.models import Counter, Ticket
from app.sync.engine import pending, sync_once
from app.sync.host import RemoteHost
from app.sync.link import ServerLink
from tests.server.hosts import closed_port_url


def tickets(db):
    with db.read() as s:
        return sorted((t.number, t.status) for t in s.scalars(select(Ticket)))


def test_a_pc_gets_the_office_configuration_by_pull(office):
    pc, link = office.pc("desk1")
    report = sync_once(pc, link)
    assert report.online and report.pulled > 0 and report.waiting == 0
    ctx = open_context(pc, staff_actor())
    assert ctx.office_id == office.office_id
    assert [s.code for s in q.list_services(ctx)] == ["A", "B", "C"]


def test_two_pcs_change_data_offline_and_converge(office):
    pc1, link1 = office.pc("desk1")
    pc2, link2 = office.pc("desk2")
    sync_once(pc1, link1)
    sync_once(pc2, link2)
    ctx1 = open_context(pc1, staff_actor())
    ctx2 = open_context(pc2, staff_actor())
    # while connected, each leases numbers for the day; then the host is away
    for ctx, link in ((ctx1, link1), (ctx2, link2)):
        ctx.host = RemoteHost(ServerLink(office.live.url, link.token,
                                         unreachable=HOST_UNREACHABLE))
        blocks.keep_blocks(ctx, size=3)
        ctx.host.close()
        ctx.host = RemoteHost(ServerLink(closed_port_url(), link.token,
                                         unreachable=HOST_UNREACHABLE))
    # offline: each issues its own service's tickets from its numbers and closes a counter
    for _ in range(3):
        q.issue_ticket(ctx1, "A", "et")
        q.issue_ticket(ctx2, "B", "ru")
    q.set_counter_open(open_context(pc1, staff_actor()), 1, False)
    q.set_counter_open(open_context(pc2, staff_actor()), 2, False)
    assert pending(pc1).waiting > 0
    for _ in range(2):  # the second round brings each the other's changes
        r1 = sync_once(pc1, link1)
        r2 = sync_once(pc2, link2)
        assert r1.online and r2.online and not r1.rejected and not r2.rejected
    expected = sorted([(f"A{n}", "waiting") for n in (900, 901, 902)]
                      + [(f"B{n}", "waiting") for n in (903, 904, 905)])
    assert tickets(pc1) == tickets(pc2) == tickets(office.db) == expected
    for db in (pc1, pc2, office.db):
        with db.read() as s:
            open_ = {c.number: c.is_open for c in s.scalars(select(Counter))}
        assert open_ == {1: False, 2: False, 3: True}
    assert pending(pc1).waiting == 0 and pending(pc2).waiting == 0
    for ctx in (ctx1, ctx2):
        ctx.host.close()


def test_the_later_change_of_a_field_wins_whatever_the_order_of_sync(office):
    pc1, link1 = office.pc("desk1")
    pc2, link2 = office.pc("desk2")
    sync_once(pc1, link1)
    sync_once(pc2, link2)
    with pc1.write() as s:
        s.execute(update(Counter).where(Counter.number == 3)
                  .values(is_open=False, **pc1.stamp()))
    time.sleep(0.005)
    for is_open in (False, True):  # later: pc2 closes it and opens it again
        with pc2.write() as s:
            s.execute(update(Counter).where(Counter.number == 3)
                      .values(is_open=is_open, **pc2.stamp()))
    sync_once(pc2, link2)  # the later change arrives first
    sync_once(pc1, link1)  # the earlier one must not win
    sync_once(pc2, link2)
    for db in (pc1, pc2, office.db):
        with db.read() as s:
            assert s.scalars(select(Counter.is_open).where(Counter.number == 3)).one() is True


def test_a_kiosk_may_not_change_the_configuration_and_keeps_the_refused_change(office):
    kiosk, link = office.pc("kiosk1", Role.KIOSK)
    sync_once(kiosk, link)
    with kiosk.write() as s:
        s.execute(update(Counter).where(Counter.number == 1)
                  .values(name="Hacked", **kiosk.stamp()))
    report = sync_once(kiosk, link)
    assert report.rejected == 1 and report.rejections == 1 and report.waiting == 0
    state = pending(kiosk, with_rejections=True)
    assert state.rejected[0]["reason"] == "sync_not_allowed"
    with office.db.read() as s:
        assert s.scalars(select(Counter.name).where(Counter.number == 1)).one() != "Hacked"


def skewed(minutes: float) -> HybridLogicalClock:
    return HybridLogicalClock(lambda: time.time_ns() // 1_000_000 + int(minutes * 60_000))


def test_pcs_whose_clocks_are_ten_minutes_apart_order_changes_by_what_they_saw(office):
    ahead, link_ahead = office.pc("ahead")
    behind, link_behind = office.pc("behind")
    # (the server refuses a clock more than a minute ahead of its own)
    ahead.clock = skewed(+0.5)
    behind.clock = skewed(-9.5)
    sync_once(ahead, link_ahead)
    sync_once(behind, link_behind)
    # The PC whose clock is ahead closes counter 3 and syncs ...
    with ahead.write() as s:
        s.execute(update(Counter).where(Counter.number == 3)
                  .values(is_open=False, **ahead.stamp()))
    sync_once(ahead, link_ahead)
    # ... the one ten minutes behind sees that, then opens it again: its change is the later one.
    sync_once(behind, link_behind)
    with behind.read() as s:
        assert s.scalars(select(Counter.is_open).where(Counter.number == 3)).one() is False
    with behind.write() as s:
        s.execute(update(Counter).where(Counter.number == 3)
                  .values(is_open=True, **behind.stamp()))
    sync_once(behind, link_behind)
    sync_once(ahead, link_ahead)
    for db in (ahead, behind, office.db):
        with db.read() as s:
            assert s.scalars(select(Counter.is_open).where(Counter.number == 3)).one() is True
