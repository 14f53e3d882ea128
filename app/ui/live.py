"""Live events from the office's server, for the windows.

Like DataWatch for this PC's store, `changed` fires (on the UI thread's receivers) when the
server reports a change of the office: a ticket issued at a kiosk, a call at a counter. The
socket and its reconnects live on a thread of app.sync.live; each event hops to the UI thread
as a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.sync.live import LiveClient, LiveEvent
from app.ui.qt import QObject, Signal

if TYPE_CHECKING:
    from app.operations.bootstrap import Local


class LiveWatch(QObject):
    """Emits `changed` on a change at the server, and `connected` as the socket comes and goes."""

    changed = Signal()
    connected = Signal(bool)

    def __init__(
        self,
        server_url: str,
        token: str | Callable[[], str],
        ca_file: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = LiveClient(
            server_url, token, self._event,
            # Too much was missed to replay: what is shown is reloaded all the same.
            on_resync=self.changed.emit,
            on_connected=self.connected.emit,
            ca_file=ca_file,
        )

    def _event(self, _event: LiveEvent) -> None:
        self.changed.emit()

    def start(self) -> None:
        self.client.start()

    def stop(self) -> None:
        self.client.stop()


def live_watch(local: Local) -> LiveWatch | None:
    """The live events of a PC connected to a server; None for a PC working alone. The token
    is loaded on the socket's thread (the keyring is slow to load)."""
    url = local.settings.get("server.url")
    if not url:
        return None

    def token() -> str:
        from app.sync.credentials import load_token

        return load_token(local.home)

    return LiveWatch(url, token, local.settings.get("server.ca"))
