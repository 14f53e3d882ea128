"""The HTTP link to the server over a kept-alive connection the server closes."""

import socket
import threading

import pytest

from app.core.errors import ConnectionFailed
from app.sync.link import ServerLink

ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
          b"Connection: keep-alive\r\n\r\n{\"ok\":true}")


def _server(requests_before_close: int) -> tuple[socket.socket, list[int]]:
    """A server answering `requests_before_close` requests on a connection, then closing it
    when the next request arrives, without an answer (a keep-alive time-out at that moment).
    Counts the requests it answered per connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    answered: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            count = 0
            with conn:
                while True:
                    data = conn.recv(65536)
                    if not data:
                        break
                    if count == requests_before_close:
                        break
                    conn.sendall(ANSWER)
                    count += 1
            answered.append(count)

    threading.Thread(target=serve, daemon=True).start()
    return listener, answered


def test_a_read_on_a_connection_closed_by_the_server_is_asked_again():
    listener, answered = _server(1)
    link = ServerLink(f"http://127.0.0.1:{listener.getsockname()[1]}", "token")
    try:
        assert link.get("/queue/office") == {"ok": True}
        assert link.get("/queue/office") == {"ok": True}
        assert answered[0] == 1
    finally:
        link.close()
        listener.close()


def test_a_change_on_a_connection_closed_by_the_server_is_not_sent_again():
    listener, _answered = _server(1)
    link = ServerLink(f"http://127.0.0.1:{listener.getsockname()[1]}", "token")
    try:
        assert link.get("/queue/office") == {"ok": True}
        with pytest.raises(ConnectionFailed):
            link.post("/queue/counters/1/call-next")
    finally:
        link.close()
        listener.close()
