"""Live events from the server: a thread that keeps a WebSocket to `/live` open and calls back
once per change of this PC's office, so windows refresh as soon as the host commits.

The thread remembers the seq of the last change it heard of and reconnects with `?after=` it,
waiting longer after each failed attempt (0.5 s up to 15 s), so a dropped link or a restarted
server costs no event: the server replays what was missed from its change log.
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from app.core.errors import ConnectionFailed

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

log = logging.getLogger(__name__)

RETRY_MIN_S = 0.5
RETRY_MAX_S = 15.0
OPEN_TIMEOUT_S = 5.0
# The server closes with these when it will not take this PC's token or role.
REFUSED_CODES = (4401, 4403)


@dataclass(frozen=True)
class LiveEvent:
    """A change at the server: which row of which table, and how (insert, update, delete)."""

    seq: int
    table: str
    row_id: str
    op: str


def live_url(server_url: str, after: int | None = None) -> str:
    """The `/live` WebSocket address of the server at `server_url` (http:// or https://)."""
    parts = urlsplit(server_url.rstrip("/"))
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    query = f"after={after}" if after is not None else ""
    return urlunsplit((scheme, parts.netloc, f"{parts.path}/live", query, ""))


class LiveClient:
    """One WebSocket to the server's live events, kept open by a thread of its own.

    `token` is the device token, or how to load it: then it is loaded on that thread before
    each connection, so a PC connected again with a new token needs no restart. `on_event` is
    called on that thread for every change; `on_resync` when the server could not replay what
    was missed (everything shown must be reloaded); `on_connected` with True once the socket
    is live and False when it drops. The WebSocket library loads on that thread too."""

    def __init__(
        self,
        server_url: str,
        token: str | Callable[[], str],
        on_event: Callable[[LiveEvent], None],
        *,
        on_resync: Callable[[], None] | None = None,
        on_connected: Callable[[bool], None] | None = None,
        ca_file: str = "",
        after: int | None = None,
    ) -> None:
        self.server_url = server_url
        self.token = token
        self.on_event = on_event
        self.on_resync = on_resync
        self.on_connected = on_connected
        self.ca_file = ca_file
        self.seq = after
        self.connected = False
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._socket: ClientConnection | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="lett-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        if self._thread is None:
            return
        self._stop.set()
        with self._lock:
            socket = self._socket
        if socket is not None:
            socket.close()
        self._thread.join(timeout)
        self._thread = None

    def _ssl(self) -> ssl.SSLContext | None:
        if not self.ca_file or not self.server_url.startswith("https"):
            return None
        return ssl.create_default_context(cafile=self.ca_file)

    def _token(self) -> str:
        return self.token() if callable(self.token) else self.token

    def _run(self) -> None:
        from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
        from websockets.sync.client import connect

        delay = RETRY_MIN_S
        failing = False
        while not self._stop.is_set():
            url = live_url(self.server_url, self.seq)
            try:
                with connect(
                    url,
                    ssl=self._ssl(),
                    additional_headers={"Authorization": f"Bearer {self._token()}"},
                    open_timeout=OPEN_TIMEOUT_S,
                    close_timeout=1.0,
                ) as socket:
                    with self._lock:
                        self._socket = socket
                    if self._stop.is_set():
                        break
                    for raw in socket:
                        if self._receive(raw):
                            delay = RETRY_MIN_S
                            failing = False
            except ConnectionClosed as exc:
                code = exc.rcvd.code if exc.rcvd is not None else None
                if code in REFUSED_CODES:
                    # Not better in a moment: a new token or role needs a person.
                    delay = RETRY_MAX_S
                    if not failing:
                        log.warning("the server refused live events: %s", exc.rcvd)
                    failing = True
                elif not self._stop.is_set() and not failing:
                    log.info("live events from %s interrupted: %s", self.server_url, exc)
            except ConnectionFailed as exc:  # no token: this PC is not connected (any more)
                delay = RETRY_MAX_S
                if not failing:
                    log.warning("no live events: %s", exc.english())
                failing = True
            except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
                if not failing:
                    log.warning("cannot get live events from %s: %s", self.server_url, exc)
                failing = True
            finally:
                with self._lock:
                    self._socket = None
                self._set_connected(False)
            # Spread the reconnects of a whole office after a server restart.
            self._stop.wait(delay * random.uniform(0.5, 1.0))
            delay = min(delay * 2, RETRY_MAX_S)

    def _receive(self, raw: str | bytes) -> bool:
        """Handle one message; True when it shows the socket is live."""
        try:
            message: dict[str, Any] = json.loads(raw)
            kind = message.get("type")
            seq = int(message["seq"])
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("ignoring a live event that cannot be read: %.200r", raw)
            return False
        if kind == "change":
            self.seq = seq
            event = LiveEvent(seq, str(message.get("table", "")), str(message.get("row_id", "")),
                              str(message.get("op", "")))
            self._call(self.on_event, event)
        elif kind == "reset":
            self.seq = seq
            self._call(self.on_resync)
        elif kind == "ready":
            self.seq = seq
            self._set_connected(True)
            return True
        return False

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self._call(self.on_connected, connected)

    def _call(self, callback: Callable[..., None] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:  # a listener's fault must not stop the events of the others
            log.exception("a live event listener failed")
