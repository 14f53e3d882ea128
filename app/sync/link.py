"""The HTTP link from this PC to its server: the device token, TLS, time-outs, the server's
JSON errors turned back into errors a person can read in their own language, and the server's
clock as its answers give it."""

from __future__ import annotations

import http.client
import json as jsonlib
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from app.core.errors import (
    MESSAGES,
    ConnectionFailed,
    LettError,
    NotFound,
    PermissionDenied,
    Refused,
    Rejected,
    StoreError,
)

# status -> the error class the server raised it for
BY_STATUS: dict[int, type[LettError]] = {
    401: ConnectionFailed,
    403: PermissionDenied,
    404: NotFound,
    409: Refused,
    413: Rejected,
    422: Rejected,
    426: Rejected,
    503: StoreError,
}


# The server closes a kept-alive connection idle for 5 s (uvicorn's default); one idle
# nearly that long is not used again, so a request does not meet it closing.
KEEP_IDLE_S = 4.0
# What a connection the server closed raises once a request goes out on it.
_CLOSED_BY_SERVER = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


class Answer:
    """A server's answer: its status, headers and whole body."""

    __slots__ = ("content", "headers", "status_code")

    def __init__(self, status_code: int, headers: http.client.HTTPMessage, content: bytes):
        self.status_code = status_code
        self.headers = headers
        self.content = content

    def json(self) -> Any:
        return jsonlib.loads(self.content)


@dataclass(frozen=True)
class ServerClock:
    """The server's clock as one answer gave it: its time in milliseconds at the monotonic
    moment `at` (halfway between the request and its answer), give or take `spread` seconds."""

    server_ms: float
    at: float
    spread: float

    def worse_than(self, other: ServerClock) -> bool:
        # An earlier reading loses a millisecond of trust a second, for the clocks' drift.
        return self.spread > other.spread + (self.at - other.at) * 0.001


def server_clock(headers: http.client.HTTPMessage, sent: float, answered: float
                 ) -> ServerClock | None:
    """The server's clock from an answer read between the monotonic moments `sent` and
    `answered`: from its Lett-Time header (when the request came and when the answer started,
    in milliseconds; the time between is the server's work, not the network's), or from its
    Date header (whole seconds)."""
    half = (answered - sent) / 2
    exact = (headers.get("Lett-Time") or "").split(",")
    if len(exact) == 2 and all(part.isdigit() for part in exact):
        came, started = int(exact[0]), int(exact[1])
        work = max(0.0, min((started - came) / 1000, answered - sent))
        return ServerClock((came + started) / 2, sent + half, half - work / 2)
    try:
        date = parsedate_to_datetime(headers.get("Date", ""))
    except (TypeError, ValueError):
        return None
    return ServerClock(date.timestamp() * 1000 + 500, sent + half, half + 0.5)


class LinkFailed(Exception):
    """No answer came over the link; `detail` says why in a few words."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class ServerLink:
    """One server, one device token; safe to share between threads.

    Requests go over kept-alive HTTP/1.1 connections of the standard library's http.client,
    one per thread at a time: a request costs its PC 180-200 µs of CPU time, against 480-720 µs
    with an HTTP client library's cookies, redirects and URL models (bench/README.md)."""

    def __init__(
        self,
        url: str,
        token: str = "",
        ca_file: str = "",
        timeout: float = 10.0,
        unreachable: str = "server_unreachable",
    ) -> None:
        self.url = url.rstrip("/")
        self.token = token
        # The error code used when the server cannot be reached at all.
        self.unreachable = unreachable
        parts = urlsplit(self.url)
        # An address that is not http(s)://host fails its requests, as an unreachable one.
        self._invalid = "" if parts.scheme in ("http", "https") and parts.hostname else (
            "the address must begin with http:// or https://")
        self._secure = parts.scheme == "https"
        self._host = parts.hostname or ""
        try:
            self._port = parts.port or (443 if self._secure else 80)
        except ValueError:
            self._invalid, self._port = "the address has no valid port", 0
        self._prefix = parts.path.rstrip("/")
        self._timeout = timeout
        self._connect_timeout = min(timeout, 3.0)
        self._tls = None
        if self._secure:
            self._tls = (ssl.create_default_context(cafile=ca_file) if ca_file
                         else ssl.create_default_context())
        self._headers = {"Accept": "application/json", "User-Agent": "Lett"}
        if token:
            self._headers["Authorization"] = f"Bearer {token}"
        self._idle: list[tuple[http.client.HTTPConnection, float]] = []
        self._lock = threading.Lock()
        self._closed = False
        # The most trustworthy reading of the server's clock so far (see ServerClock).
        self._server_clock: ServerClock | None = None

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """The JSON answer of the server; a LettError for a refusal or no connection."""
        answer = self._send(method, path, **kwargs)
        return answer.json() if answer.content else None

    def get_bytes(self, path: str) -> bytes:
        """The raw content the server answers (a stored file); errors as for `request`."""
        return self._send("GET", path).content

    def put_bytes(self, path: str, data: bytes) -> Any:
        """Send raw content (a stored file); the server's JSON answer."""
        return self.request("PUT", path, content=data,
                            headers={"Content-Type": "application/octet-stream"})

    def _send(self, method: str, path: str, **kwargs: Any) -> Answer:
        try:
            answer = self.exchange(method, path, **kwargs)
        except LinkFailed as exc:
            raise ConnectionFailed(self.unreachable, url=self.url, detail=exc.detail) from exc
        if answer.status_code >= 400:
            raise server_error(answer)
        return answer

    def exchange(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """One request and its answer, whatever its status; LinkFailed when none came."""
        if self._invalid:
            raise LinkFailed(self._invalid)
        target = self._prefix + path
        if params:
            target += "?" + urlencode([(k, _query_value(v)) for k, v in params.items()])
        sent = {**self._headers, **(headers or {})}
        body = content
        if json is not None:
            body = jsonlib.dumps(json, separators=(",", ":"), ensure_ascii=False).encode()
            sent["Content-Type"] = "application/json"
        elif method in ("POST", "PUT", "PATCH") and body is None:
            body = b""
        try:
            conn, reused = self._connection()
            try:
                return self._exchange(conn, method, target, body, sent)
            except _CLOSED_BY_SERVER:
                # A kept-alive connection the server closed just as this request went out
                # (its idle time-out): a read is asked once more, on a new connection.
                if not reused or method != "GET":
                    raise
                return self._exchange(self._connect(), method, target, body, sent)
        except (OSError, http.client.HTTPException) as exc:
            raise LinkFailed(_transport_detail(exc)) from exc

    def _exchange(self, conn: http.client.HTTPConnection, method: str, target: str,
                  body: bytes | None, headers: dict[str, str]) -> Answer:
        try:
            sent = time.monotonic()
            conn.request(method, target, body=body, headers=headers)
            response = conn.getresponse()
            answered = time.monotonic()
            answer = Answer(response.status, response.headers, response.read())
        except BaseException:
            conn.close()
            raise
        reading = server_clock(response.headers, sent, answered)
        with self._lock:
            if reading is not None and (self._server_clock is None
                                        or not reading.worse_than(self._server_clock)):
                self._server_clock = reading
            kept = not response.will_close and not self._closed
            if kept:
                self._idle.append((conn, time.monotonic()))
        if not kept:
            conn.close()
        return answer

    def _connection(self) -> tuple[http.client.HTTPConnection, bool]:
        """A kept-alive connection still open, or a new one; whether it was kept."""
        while True:
            with self._lock:
                if not self._idle:
                    break
                conn, since = self._idle.pop()
            if time.monotonic() - since < KEEP_IDLE_S and _still_open(conn):
                return conn, True
            conn.close()
        return self._connect(), False

    def _connect(self) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        if self._tls is not None:
            conn = http.client.HTTPSConnection(self._host, self._port,
                                               timeout=self._connect_timeout, context=self._tls)
        else:
            conn = http.client.HTTPConnection(self._host, self._port,
                                              timeout=self._connect_timeout)
        conn.connect()
        assert conn.sock is not None
        conn.sock.settimeout(self._timeout)
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn

    def server_offset_ms(self, wall: Callable[[], float] = time.time) -> int | None:
        """How far the server's clock runs ahead of `wall` (this PC's clock, in seconds), in
        milliseconds, by the best reading of its answers so far; None before any answer."""
        with self._lock:
            reading = self._server_clock
        if reading is None:
            return None
        server_now = reading.server_ms + (time.monotonic() - reading.at) * 1000
        return round(server_now - wall() * 1000)

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params={k: v for k, v in params.items() if v is not None})

    def post(self, path: str, body: Any = None) -> Any:
        return self.request("POST", path, json=body)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._closed = True
        for conn, _since in idle:
            conn.close()


def _query_value(value: Any) -> str:
    """A query parameter's text, as the server reads it (booleans in lower case)."""
    if value is True or value is False:
        return "true" if value else "false"
    return "" if value is None else str(value)


def _still_open(conn: http.client.HTTPConnection) -> bool:
    """Whether a kept-alive connection can carry a request: an idle connection that has
    something to read was closed by the server (or is out of step) and is not used."""
    sock = conn.sock
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable


def server_error(response: Answer) -> LettError:
    """The LettError behind an error answer of the server."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    code = body.get("error") if isinstance(body, dict) else None
    params = body.get("params") if isinstance(body, dict) else None
    cls = BY_STATUS.get(response.status_code, Rejected)
    if isinstance(code, str) and code in MESSAGES and isinstance(params, dict):
        try:
            err = cls(code, **params)
            err.english()
            return err
        except (KeyError, IndexError, ValueError):
            pass
    if response.status_code >= 500:
        return Rejected("server_error", detail=f"HTTP {response.status_code}")
    detail = body.get("message") if isinstance(body, dict) else None
    return Rejected("bad_request", detail=str(detail or f"HTTP {response.status_code}"))


def _transport_detail(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):  # socket.timeout too
        return "no answer in time"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "its certificate is not trusted here; give its certificate authority file"
    if isinstance(exc, ssl.SSLError):
        return f"no secure connection: {exc}"
    if isinstance(exc, (*_CLOSED_BY_SERVER, http.client.BadStatusLine)):
        # Typically http:// used for a server that speaks https://.
        return "the server closed the connection; check http:// or https://"
    if isinstance(exc, OSError):  # refused, no such host, no route
        return "connection refused or no route"
    return exc.__class__.__name__
