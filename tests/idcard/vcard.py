"""A virtual Estonian ID card for vsmartcard's vpcd: it connects to the vpcd driver of a
running pcscd (127.0.0.1:35963) and answers SELECT FILE and READ BINARY of the personal data
folder, as the card does. A card of another kind (unknown files) can be made too.

vpcd's protocol: each message is a 2-byte big-endian length and its bytes. A one-byte message
is a control: 0 power off, 1 power on, 2 reset, 4 the ATR is asked for (answered with it);
anything longer is a command APDU, answered with the response APDU.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading

# The ATR of the ID cards issued since December 2018.
ESTEID_ATR = bytes.fromhex("3BDB960080B1FE451F830012233F536549440F9000F1")
OTHER_ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")
VPCD_PORT = 35963


class VirtualCard:
    def __init__(self, files: dict[tuple[int, ...], bytes], atr: bytes = ESTEID_ATR,
                 port: int = VPCD_PORT) -> None:
        # Files by path from the master file: (0x50, 0x00, 0x50, 0x01) is DF 5000 / EF 5001.
        self.files = files
        self.atr = atr
        self.port = port
        self.apdus: list[bytes] = []
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._path: tuple[int, ...] = ()

    @classmethod
    def esteid(cls, surname: str, given: str, code: str) -> VirtualCard:
        pd = (0x50, 0x00)
        return cls({pd + (0x50, 0x01): surname.encode(), pd + (0x50, 0x02): given.encode(),
                    pd + (0x50, 0x06): code.encode(), pd + (0x50, 0x07): b"AB0123456"})

    def insert(self) -> VirtualCard:
        self._sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        self._sock.settimeout(None)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def remove(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
            self._sock.close()
        if self._thread is not None:
            self._thread.join(5)

    def _recv(self, n: int) -> bytes:
        assert self._sock is not None
        data = b""
        while len(data) < n:
            part = self._sock.recv(n - len(data))
            if not part:
                raise ConnectionError
            data += part
        return data

    def _send(self, data: bytes) -> None:
        assert self._sock is not None
        self._sock.sendall(struct.pack(">H", len(data)) + data)

    def _serve(self) -> None:
        try:
            while True:
                (size,) = struct.unpack(">H", self._recv(2))
                message = self._recv(size)
                if size == 1:
                    if message[0] == 4:
                        self._send(self.atr)
                    elif message[0] in (1, 2):
                        self._path = ()
                    continue
                self.apdus.append(message)
                self._send(self.answer(message))
        except (ConnectionError, OSError):
            return

    def answer(self, apdu: bytes) -> bytes:
        cla, ins, p1, p2 = apdu[:4]
        if ins == 0xA4:  # SELECT FILE
            fid = tuple(apdu[5:5 + apdu[4]]) if len(apdu) > 4 else ()
            if p1 == 0x00 and not fid:
                self._path = ()
                return b"\x90\x00"
            path = fid if p1 == 0x01 else self._path[:2] + fid if p1 == 0x02 else None
            if path is None or not any(f[:len(path)] == path for f in self.files):
                return b"\x6a\x82"  # file not found
            self._path = path
            return b"\x90\x00"
        if ins == 0xB0:  # READ BINARY
            content = self.files.get(self._path)
            if content is None:
                return b"\x69\x86"  # no current file
            return content + b"\x90\x00"
        return b"\x6d\x00"  # instruction not supported
