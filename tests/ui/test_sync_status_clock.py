"""The status bar says when the server refuses this PC's changes because its clock is ahead,
and the refused list names each refused change and why."""

import time

from sqlalchemy import update

from app.core.clock import HybridLogicalClock
from app.core.permissions import Role
from app.store.models import Counter
from app.sync.worker import SyncWorker
from app.ui import sync_status
from app.ui.sync_status import SyncBridge, SyncStatus
from tests.ui.test_sync_status import connected_pc


def test_a_pc_whose_clock_is_ahead_is_told_and_keeps_its_changes(qtbot, tmp_path, monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: NoKeyring())
    keyring.set_keyring(NoKeyring())
    local, live, server_db = connected_pc(tmp_path, Role.DESK)
    bridge = SyncBridge()
    worker = SyncWorker(local, bridge, interval_s=60)
    status = SyncStatus(bridge, worker)
    qtbot.addWidget(status)
    status.show()
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        worker.start()
    assert "clock" not in status.text.text()

    # the PC's clock runs five minutes fast: its change is refused, kept, and it is told why
    local.db.clock = HybridLogicalClock(lambda: time.time_ns() // 1_000_000 + 5 * 60_000)
    with local.db.write() as s:
        s.execute(update(Counter).where(Counter.number == 2)
                  .values(is_open=False, **local.db.stamp()))
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        status.now_button.click()
    assert "clock wrong" in status.text.text()
    assert "clock is 5 min ahead of the server's" in status.toolTip()
    assert status.refused_button.text() == "refused: 1"
    shown = []
    monkeypatch.setattr(sync_status.QMessageBox, "information",
                        lambda _parent, title, text: shown.append((title, text)))
    status.refused_button.click()
    assert shown and "counters" in shown[0][1] and "clock is wrong" in shown[0][1]

    # set right, the next round says nothing of the clock
    local.db.clock = HybridLogicalClock()
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        status.now_button.click()
    assert "clock" not in status.text.text()
    worker.stop()
    live.stop()
    local.close()
    server_db.dispose()
