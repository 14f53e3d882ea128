"""Getting bytes to a printer: TCP, serial, USB, a file or a CUPS queue.

Every failure becomes a :class:`PrinterError` whose ``kind`` says what went wrong
(``unreachable``, ``failed``, ``not_supported``) and whose text says where.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from abc import ABC, abstractmethod
from types import TracebackType
from typing import BinaryIO

import serial

from printers.errors import PrinterError
from printers.uri import PrinterUri, parse_printer_uri


class Connection(ABC):
    """An open connection to one printer. Use it as a context manager."""

    #: Whether the printer's answers can be read (status queries).
    bidirectional = False

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @abstractmethod
    def write(self, data: bytes) -> None:
        """Send ``data``; raise :class:`PrinterError` (``failed``) when that fails."""

    def read(self, size: int, timeout: float) -> bytes:
        """Up to ``size`` bytes from the printer, fewer when ``timeout`` seconds pass.

        A one-way connection has nothing to read and returns ``b""``. A printer
        that closes the connection is a :class:`PrinterError` (``failed``).
        """
        return b""

    @abstractmethod
    def close(self) -> None:
        """Close the connection; the printer gets everything written before."""


class TcpConnection(Connection):
    """A raw TCP connection (port 9100 on most network printers)."""

    bidirectional = True

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.where = f"{host}:{port}"
        self.timeout = timeout
        try:
            self.sock = socket.create_connection((host, port), timeout=timeout)
        except TimeoutError:
            raise PrinterError(
                "unreachable",
                f"The printer at {self.where} did not accept a connection within {timeout:g} s.",
            ) from None
        except OSError as exc:
            raise PrinterError(
                "unreachable", f"Cannot connect to the printer at {self.where}: {_reason(exc)}."
            ) from exc
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise PrinterError(
                "failed",
                f"The printer at {self.where} stopped taking data for {self.timeout:g} s.",
            ) from None
        except OSError as exc:
            raise PrinterError(
                "failed", f"Sending to the printer at {self.where} failed: {_reason(exc)}."
            ) from exc

    def read(self, size: int, timeout: float) -> bytes:
        received = bytearray()
        deadline = time.monotonic() + timeout
        try:
            while len(received) < size:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self.sock.settimeout(remaining)
                chunk = self.sock.recv(size - len(received))
                if not chunk:
                    raise PrinterError(
                        "failed", f"The printer at {self.where} closed the connection."
                    )
                received += chunk
        except TimeoutError:
            pass
        except OSError as exc:
            raise PrinterError(
                "failed", f"Reading from the printer at {self.where} failed: {_reason(exc)}."
            ) from exc
        finally:
            self.sock.settimeout(self.timeout)
        return bytes(received)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_WR)
            # Unread answers would make close() reset the connection instead of ending it.
            self.sock.setblocking(False)
            while self.sock.recv(4096):
                pass
        self.sock.close()


class SerialConnection(Connection):
    """A serial port, through pyserial."""

    bidirectional = True

    def __init__(self, port: str, baudrate: int, timeout: float) -> None:
        self.where = port
        self.timeout = timeout
        try:
            self.port = serial.Serial(
                port=port, baudrate=baudrate, timeout=timeout, write_timeout=timeout
            )
        except (serial.SerialException, OSError) as exc:
            raise PrinterError(
                "unreachable", f"Cannot open the serial port {port}: {_reason(exc)}."
            ) from exc

    def write(self, data: bytes) -> None:
        try:
            self.port.write(data)
            self.port.flush()
        except serial.SerialTimeoutException:
            raise PrinterError(
                "failed",
                f"The printer on {self.where} stopped taking data for {self.timeout:g} s.",
            ) from None
        except (serial.SerialException, OSError) as exc:
            raise PrinterError(
                "failed", f"Writing to the serial port {self.where} failed: {_reason(exc)}."
            ) from exc

    def read(self, size: int, timeout: float) -> bytes:
        try:
            self.port.timeout = timeout
            return bytes(self.port.read(size))
        except (serial.SerialException, OSError) as exc:
            raise PrinterError(
                "failed", f"Reading from the serial port {self.where} failed: {_reason(exc)}."
            ) from exc

    def close(self) -> None:
        with contextlib.suppress(serial.SerialException, OSError):
            self.port.close()


class FileConnection(Connection):
    """Appends to a file (or writes to a device such as ``/dev/usb/lp0``)."""

    def __init__(self, path: str) -> None:
        self.path = path
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):
            raise PrinterError(
                "unreachable",
                f"Cannot write the print job to {path}: the folder {folder} does not exist.",
            )
        try:
            self.file: BinaryIO = open(path, "ab")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise PrinterError(
                "unreachable", f"Cannot open {path} for writing: {_reason(exc)}."
            ) from exc

    def write(self, data: bytes) -> None:
        try:
            self.file.write(data)
            self.file.flush()
        except OSError as exc:
            raise PrinterError("failed", f"Writing to {self.path} failed: {_reason(exc)}.") from exc

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()


class CupsConnection(Connection):
    """A raw CUPS queue: every write is one job given to ``lp -o raw``."""

    def __init__(self, queue: str, timeout: float) -> None:
        self.queue = queue
        self.timeout = timeout
        lp = shutil.which("lp")
        if lp is None:
            raise PrinterError(
                "not_supported",
                f"Cannot print to the CUPS queue {queue}: the lp command is not installed "
                f"(install CUPS, or use a tcp://, usb:// or file:// printer address).",
            )
        self.lp = lp

    def write(self, data: bytes) -> None:
        command = [self.lp, "-d", self.queue, "-o", "raw"]
        try:
            done = subprocess.run(
                command, input=data, capture_output=True, timeout=self.timeout, check=False
            )
        except subprocess.TimeoutExpired:
            raise PrinterError(
                "failed",
                f"lp did not take the job for the CUPS queue {self.queue} within "
                f"{self.timeout:g} s.",
            ) from None
        except OSError as exc:
            raise PrinterError("failed", f"Cannot run {self.lp}: {_reason(exc)}.") from exc
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", errors="replace").strip() or "no message"
            raise PrinterError(
                "failed",
                f"lp could not print to the CUPS queue {self.queue} "
                f"(exit status {done.returncode}): {said}",
            )

    def close(self) -> None:
        """Nothing stays open between jobs."""


class UsbConnection(Connection):
    """A USB printer through python-escpos and pyusb (libusb)."""

    def __init__(self, vendor_id: int, product_id: int, timeout: float) -> None:
        self.where = f"USB {vendor_id:04x}:{product_id:04x}"
        from escpos.printer import Usb

        if not Usb.is_usable():
            raise PrinterError(
                "not_supported",
                f"Cannot print to {self.where}: USB printing needs the pyusb package and the "
                f"libusb library, which are not installed. A printer that the system already "
                f"knows can be used as file:///dev/usb/lp0 or through CUPS instead.",
            )
        import usb.core
        from escpos.exceptions import DeviceNotFoundError

        self.errors = (usb.core.USBError, OSError)
        self.printer = Usb(vendor_id, product_id, timeout=int(timeout * 1000))
        try:
            self.printer.open()
        except usb.core.NoBackendError:
            raise PrinterError(
                "not_supported",
                f"Cannot print to {self.where}: pyusb found no libusb library on this computer.",
            ) from None
        except DeviceNotFoundError as exc:
            raise PrinterError(
                "unreachable", f"The printer {self.where} is not connected: {exc}"
            ) from exc

    def write(self, data: bytes) -> None:
        try:
            self.printer._raw(data)
        except self.errors as exc:
            raise PrinterError("failed", f"Sending to {self.where} failed: {exc}.") from exc

    def close(self) -> None:
        with contextlib.suppress(*self.errors):
            self.printer.close()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def open_connection(uri: str | PrinterUri, timeout: float = 5.0) -> Connection:
    """Open the printer at ``uri``; raise :class:`PrinterError` when it cannot be reached."""
    target = parse_printer_uri(uri) if isinstance(uri, str) else uri
    if target.scheme == "tcp":
        assert target.host is not None and target.port is not None
        return TcpConnection(target.host, target.port, timeout)
    if target.scheme == "serial":
        assert target.path is not None and target.baudrate is not None
        return SerialConnection(target.path, target.baudrate, timeout)
    if target.scheme == "file":
        assert target.path is not None
        return FileConnection(target.path)
    if target.scheme == "cups":
        assert target.queue is not None
        return CupsConnection(target.queue, timeout)
    assert target.vendor_id is not None and target.product_id is not None
    return UsbConnection(target.vendor_id, target.product_id, timeout)


def send(uri: str | PrinterUri, data: bytes, timeout: float = 5.0) -> None:
    """Send ``data`` to the printer at ``uri`` in one job."""
    with open_connection(uri, timeout) as connection:
        connection.write(data)
