"""A change the server refused because this PC's clock ran ahead is not lost: once the
server's time has reached its stamp, the PC sends it again and the server takes it."""

import json
import time

import pytest
from sqlalchemy import select, update

from app.core.clock import HybridLogicalClock, utcnow
from app.store.db import open_database
from app.store.models import Counter, SyncRejection
from app.sync.engine import pending, resend_clock_refused, sync_once


def _counter_open(db, office_id, number):
    with db.read() as s:
        return s.scalar(select(Counter.is_open).where(Counter.office_id == office_id,
                                                     Counter.number == number))


def test_a_change_refused_for_a_clock_ahead_is_sent_again_once_time_has_caught_up(office):
    pc, link = office.pc("fast")
    assert sync_once(pc, link).online
    pc.clock = HybridLogicalClock(lambda: time.time_ns() // 1_000_000 + 5 * 60_000)
    with pc.write() as s:
        s.execute(update(Counter).where(Counter.number == 2)
                  .values(is_open=False, **pc.stamp()))
    first = sync_once(pc, link)
    assert first.rejected == 1 and first.clock_ahead_minutes in (5, 6)
    # Still ahead: kept as refused, not sent again.
    again = sync_once(pc, link)
    assert again.resent == 0 and again.rejections == 1
    assert _counter_open(office.db, office.office_id, 2) is True
    # Five minutes on, for the server and the PC alike: the server's time has reached the
    # change's stamp, and the change goes through.
    real_time, real_ns = time.time, time.time_ns
    with pytest.MonkeyPatch.context() as later:
        later.setattr(time, "time", lambda: real_time() + 300)
        later.setattr(time, "time_ns", lambda: real_ns() + 300 * 10**9)
        later.setattr(pc, "wall", lambda: real_time() + 300)
        later.setattr(office.db, "wall", lambda: real_time() + 300)
        report = sync_once(pc, link)
    assert (report.resent, report.rejected, report.rejections, report.waiting) == (1, 0, 0, 0)
    assert _counter_open(office.db, office.office_id, 2) is False
    assert pending(pc, with_rejections=True).rejected == []


def test_only_changes_refused_for_the_clock_go_back(tmp_path):
    pc = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    with pc.write_connection() as conn:
        for seq, reason in ((1, "sync_clock_ahead"), (2, "sync_bad_row")):
            conn.execute(SyncRejection.__table__.insert().values(
                seq=seq, table_name="counters", row_id=f"r{seq}", op="update",
                row=json.dumps({"id": f"r{seq}", "hlc": 0}), fields=None, reason=reason,
                detail="{}", rejected_at=utcnow()))
    assert resend_clock_refused(pc) == 1
    kept = pending(pc, with_rejections=True)
    assert [r["reason"] for r in kept.rejected] == ["sync_bad_row"] and kept.waiting == 1
    pc.dispose()
