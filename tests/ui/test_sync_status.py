"""The status bar's sync indicator, with a real sync worker and a real server."""

import os

from sqlalchemy import update

from app.core.permissions import Role
from app.operations.bootstrap import open_local
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.store.models import Counter, Device
from app.sync.credentials import token_file
from app.sync.worker import SyncWorker
from app.ui.sync_status import SyncBridge, SyncStatus
from tests.server.live import LiveServer


def connected_pc(tmp_path, role=Role.DESK):
    server_db = open_server_store(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    office_id = create_demo_office(server_db, staff_actor())
    live = LiveServer(create_app(server_db, live=False)).start()
    local = open_local(tmp_path / "pc")
    token = add_device(server_db, office_id, role, local.db.device_id, "pc")
    local.home.mkdir(parents=True, exist_ok=True)
    # the file a PC without a keyring keeps its token in
    token_file(local.home).write_text(token)
    os.chmod(token_file(local.home), 0o600)
    local.settings.set("server.url", live.url)
    return local, live, server_db


def test_the_indicator_shows_online_waiting_and_refused_changes(qtbot, tmp_path, monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: NoKeyring())
    keyring.set_keyring(NoKeyring())
    local, live, server_db = connected_pc(tmp_path, Role.KIOSK)
    bridge = SyncBridge()
    worker = SyncWorker(local, bridge, interval_s=60)
    status = SyncStatus(bridge, worker)
    qtbot.addWidget(status)
    status.show()
    assert status.text.text() == "Not synced yet"
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        worker.start()
    assert status.text.text().startswith("Online")
    assert not status.refused_button.isVisible()

    # a change this kiosk may not make is refused, kept and shown
    with local.db.write() as s:
        s.execute(update(Counter).where(Counter.number == 1)
                  .values(name="Kiosk's own name", **local.db.stamp()))
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        status.now_button.click()
    assert status.refused_button.isVisible()
    assert status.refused_button.text() == "refused: 1"

    # the server goes away: offline, and the next change waits
    live.stop()
    with local.db.write() as s:
        s.execute(update(Counter).where(Counter.number == 2)
                  .values(is_open=False, **local.db.stamp()))
    with qtbot.waitSignal(bridge.reported, timeout=15_000):
        status.now_button.click()
    assert status.text.text().startswith("Offline")
    assert "waiting to send: 1" in status.text.text()
    assert "cannot be reached" in status.toolTip()
    worker.stop()
    if os.environ.get("LETT_SCREENSHOTS"):
        status.grab().save(os.path.join(os.environ["LETT_SCREENSHOTS"], "sync-status.png"))
    local.close()
    server_db.dispose()


def test_a_pc_whose_data_was_copied_says_so_and_keeps_its_changes(qtbot, tmp_path, monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: NoKeyring())
    keyring.set_keyring(NoKeyring())
    local, live, server_db = connected_pc(tmp_path, Role.DESK)
    bridge = SyncBridge()
    worker = SyncWorker(local, bridge, interval_s=60)
    status = SyncStatus(bridge, worker)
    qtbot.addWidget(status)
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        worker.start()
    assert status.text.text().startswith("Online")
    # Another PC with a copy of this store has sent changes under its identity meanwhile.
    with server_db.write() as s:
        s.execute(update(Device).where(Device.id == local.db.device_id).values(pushed_seq=500))
    with local.db.write() as s:
        s.execute(update(Counter).where(Counter.number == 2)
                  .values(is_open=False, **local.db.stamp()))
    with qtbot.waitSignal(bridge.reported, timeout=10_000):
        status.now_button.click()
    text = status.text.text()
    assert text.startswith("Offline")
    assert "this PC's data was restored or copied: connect it again" in text
    assert "waiting to send: 1" in text
    assert "lett connect" in status.toolTip()
    worker.stop()
    local.close()
    live.stop()
    server_db.dispose()
