"""A network ticket printer on 127.0.0.1 for the tests: a real TCP socket that keeps the
bytes it gets and answers ESC/POS status requests."""

import contextlib
import socket
import threading

#: Status answers of a healthy printer to DLE EOT 1, 2 and 4.
HEALTHY = {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12}


class FakePrinter:
    """A network printer on 127.0.0.1: keeps every byte and answers DLE EOT requests.

    ``status`` holds the answer byte per request number; ``status_after_cut``
    (when set) replaces it for requests that come after a ``GS V`` cut in the
    same connection. A ``silent`` printer never answers; one that ``hang_up``
    closes every connection at once.
    """

    def __init__(self, status=None, status_after_cut=None, silent=False, hang_up=False):
        self.status = {**HEALTHY, **(status or {})}
        self.status_after_cut = (
            None if status_after_cut is None else {**self.status, **status_after_cut}
        )
        self.silent = silent
        self.hang_up = hang_up
        self.received = bytearray()
        self.connections = 0
        self.requests = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.1)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self):
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            with conn:
                self.connections += 1
                if not self.hang_up:
                    with contextlib.suppress(OSError):
                        self._handle(conn)
            self._done.set()

    def _handle(self, conn):
        stream = bytearray()
        scanned = 0
        while chunk := conn.recv(65536):
            self.received += chunk
            stream += chunk
            while True:
                found = stream.find(b"\x10\x04", scanned)
                if found < 0:
                    scanned = max(scanned, len(stream) - 1)
                    break
                if found + 2 >= len(stream):
                    scanned = found
                    break
                number = stream[found + 2]
                scanned = found + 3
                if number not in self.status:
                    continue
                self.requests += 1
                if self.silent:
                    continue
                answers = self.status
                if self.status_after_cut is not None and stream.rfind(b"\x1dV", 0, found) >= 0:
                    answers = self.status_after_cut
                conn.sendall(bytes((answers[number],)))

    def wait_closed(self, timeout=2.0):
        """Wait until the last connection has been read to its end."""
        assert self._done.wait(timeout), "the printer connection was not closed"
        self._done.clear()

    def close(self):
        self._stop.set()
        self._thread.join(2)
        self._server.close()
