"""The status bar tells the stored files still to go, and why one cannot go."""

from app.core.permissions import Role
from app.operations import files as stored
from app.operations.context import open_context, staff_actor
from app.sync.worker import SyncWorker
from app.ui.sync_status import SyncBridge, SyncStatus
from tests.ui.test_sync_status import connected_pc


def test_a_file_that_cannot_be_sent_is_shown_waiting_with_the_reason(qtbot, tmp_path,
                                                                      monkeypatch):
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
    try:
        with qtbot.waitSignal(bridge.reported, timeout=10_000):
            worker.start()
        assert "files waiting" not in status.text.text()
        ctx = open_context(local.db, staff_actor())
        with local.db.write() as s:
            kept = stored.keep_file(s, ctx, "register_entries", "entry-1", "document",
                                    "scan.pdf", b"%PDF-1.7 scan", "application/pdf")
        path = local.home / kept.path
        path.write_bytes(b"%PDF-1.7 changed after it was kept")
        with qtbot.waitSignal(bridge.reported, timeout=10_000):
            status.now_button.click()
        assert status.text.text().startswith("Online")
        assert "files waiting: 1" in status.text.text()
        assert "scan.pdf" in status.toolTip() and "checksum differs" in status.toolTip()
    finally:
        worker.stop()
        live.stop()
        server_db.dispose()
