"""The HTTP link to the server over a kept-alive connection the server closes."""

import json
import re
import socket
import threading
import time

import pytest

from app.core.errors import ConnectionFailed
from app.sync.link import ServerLink

ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
          b"Connection: keep-alive\r\n\r\n{\"ok\":true}")


def _server(answers: int | None = None, close_at_once: bool = False
            ) -> tuple[socket.socket, list[bytes], list[int]]:
    """A server answering up to `answers` requests per connection (every one when None) with
    ANSWER, keeping what it received and counting the requests it answered per connection.
    Then it closes the connection: with `close_at_once` right after the last answer (its
    keep-alive time ran out while the link was idle), else when the next request arrives,
    without an answer (it ran out at that very moment)."""
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []
    per_connection: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            per_connection.append(0)
            with conn, conn.makefile("rb") as stream:
                while (head := _read_head(stream)) and per_connection[-1] != answers:
                    length = re.search(rb"\r\nContent-Length: (\d+)", head)
                    received.append(head + stream.read(int(length[1]) if length else 0))
                    per_connection[-1] += 1
                    conn.sendall(ANSWER)
                    if close_at_once and per_connection[-1] == answers:
                        break

    threading.Thread(target=serve, daemon=True).start()
    return listener, received, per_connection


def _read_head(stream) -> bytes:
    """A request's line and headers, up to the blank line; b"" when the link closed."""
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        line = stream.readline()
        if not line:
            return b""
        head += line
    return head


def test_a_read_on_a_connection_closed_by_the_server_is_asked_again():
    listener, _received, answered = _server(1)
    link = ServerLink(f"http://127.0.0.1:{listener.getsockname()[1]}", "token")
    try:
        assert link.get("/queue/office") == {"ok": True}
        assert link.get("/queue/office") == {"ok": True}
        assert answered[:2] == [1, 1]
    finally:
        link.close()
        listener.close()


def test_a_change_on_a_connection_closed_by_the_server_is_not_sent_again():
    listener, _received, _answered = _server(1)
    link = ServerLink(f"http://127.0.0.1:{listener.getsockname()[1]}", "token")
    try:
        assert link.get("/queue/office") == {"ok": True}
        with pytest.raises(ConnectionFailed):
            link.post("/queue/counters/1/call-next")
    finally:
        link.close()
        listener.close()


def test_requests_share_one_kept_alive_connection_and_say_who_asks():
    listener, received, per_connection = _server()
    link = ServerLink(f"http://127.0.0.1:{listener.getsockname()[1]}", "secret")
    try:
        assert link.get("/queue/desk", counter=3, done=True, busy=False, gone=None) == {
            "ok": True}
        assert link.post("/queue/counters/3/call-next") == {"ok": True}
        assert link.post("/queue/tickets", {"service": "A", "name": "Jüri"}) == {"ok": True}
    finally:
        link.close()
        listener.close()
    assert per_connection == [3]
    first, second, third = received
    assert first.startswith(b"GET /queue/desk?counter=3&done=true&busy=false HTTP/1.1\r\n")
    assert b"\r\nAuthorization: Bearer secret\r\n" in first
    assert second.startswith(b"POST /queue/counters/3/call-next HTTP/1.1\r\n")
    assert b"\r\nContent-Length: 0\r\n" in second
    head, body = third.split(b"\r\n\r\n", 1)
    assert b"\r\nContent-Type: application/json" in head
    assert json.loads(body) == {"service": "A", "name": "Jüri"}


def test_a_connection_the_server_closed_while_idle_is_not_used_for_a_change():
    listener, received, per_connection = _server(1, close_at_once=True)
    link = ServerLink(f"http://127.0.0.1:{listener.getsockname()[1]}", "token")
    try:
        assert link.get("/queue/office") == {"ok": True}
        time.sleep(0.2)  # the server's close reaches the idle connection
        assert link.post("/queue/counters/1/call-next") == {"ok": True}
    finally:
        link.close()
        listener.close()
    assert per_connection == [1, 1] and len(received) == 2


@pytest.mark.parametrize("url", ["127.0.0.1:8000", "ftp://127.0.0.1", "http://", ""])
def test_an_address_that_is_not_http_or_https_is_a_clear_error(url):
    link = ServerLink(url, "token")
    with pytest.raises(ConnectionFailed) as err:
        link.get("/health")
    assert err.value.code == "server_unreachable"
    assert "http:// or https://" in err.value.params["detail"]


def test_nobody_listening_is_a_clear_error():
    with socket.create_server(("127.0.0.1", 0)) as spare:
        port = spare.getsockname()[1]
    link = ServerLink(f"http://127.0.0.1:{port}", "token", unreachable="host_unreachable")
    with pytest.raises(ConnectionFailed) as err:
        link.post("/queue/counters/1/call-next")
    assert err.value.code == "host_unreachable"
    assert err.value.params["detail"] == "connection refused or no route"
    assert "127.0.0.1" in err.value.english()
