"""Kiosk press -> the last ESC/POS byte at a network ticket printer on loopback.

Figure: p50/p95 from pressing a service (issue_and_print, what the kiosk button runs) to the
last byte the printer receives: issuing the ticket in the store, the printer status before and
after, rendering and sending. Baseline: python-escpos printing the same ticket content
directly to the same printer (no store, no status checks).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from escpos.printer import Network  # noqa: E402

from app.operations.context import kiosk_actor, open_context, staff_actor  # noqa: E402
from app.operations.printing import issue_and_print, ticket_slip  # noqa: E402
from app.operations.setup import create_demo_office  # noqa: E402
from app.store.db import open_database  # noqa: E402

HEALTHY = 0x12  # DLE EOT answer: online, no error, paper present


class LoopbackPrinter:
    """A network ticket printer on 127.0.0.1:port that answers DLE EOT status requests and
    notes when the last byte of each job arrived."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.job_done = threading.Event()
        self.last_byte_at = 0.0
        self.bytes = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            conn, _ = self.server.accept()
            with conn:
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                received = 0
                while chunk := conn.recv(65536):
                    self.last_byte_at = time.perf_counter()
                    received += len(chunk)
                    answers = chunk.count(b"\x10\x04")
                    if answers:
                        conn.sendall(bytes([HEALTHY]) * answers)
                self.bytes = received
            self.job_done.set()

    def wait(self) -> float:
        if not self.job_done.wait(10):
            raise RuntimeError("the printer received no job")
        self.job_done.clear()
        return self.last_byte_at


def escpos_direct(port: int, slip) -> None:
    p = Network("127.0.0.1", port, timeout=5)
    p.set(align="center", bold=True)
    p.text(slip.office_name + "\n")
    p.set(align="center", custom_size=True, width=4, height=4)
    p.text(slip.number + "\n")
    p.set(align="center", normal_textsize=True)
    p.text(slip.service_name + "\n")
    p.text(slip.issued_at_text + "\n")
    for line in slip.lines:
        p.text(line + "\n")
    if slip.qr_data:
        p.qr(slip.qr_data, size=6, native=True)
    p.cut()
    p.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * q), len(ordered) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lett-bench-"))
    db = open_database(f"sqlite:///{folder / 'lett.sqlite3'}")
    create_demo_office(db, staff_actor())
    kiosk = open_context(db, kiosk_actor())
    printer = LoopbackPrinter()
    uri = f"tcp://127.0.0.1:{printer.port}"

    lett, sizes = [], []
    for i in range(args.runs + 5):
        t0 = time.perf_counter()
        ticket = issue_and_print(kiosk, "ABC"[i % 3], lang="et", source="kiosk",
                                 printer_uri=uri, profile="80mm", qr=True)
        done = printer.wait()
        if i >= 5:  # warm-up: imports, caches, first connection
            lett.append(done - t0)
            sizes.append(printer.bytes)

    slip = ticket_slip(ticket, "Tallinna teenindusbüroo", "23.11.2026 10:15", qr=True)
    base = []
    for i in range(args.runs + 5):
        t0 = time.perf_counter()
        escpos_direct(printer.port, slip)
        done = printer.wait()
        if i >= 5:
            base.append(done - t0)

    def ms(v: float) -> str:
        return f"{v * 1000:7.2f} ms"

    print(f"kiosk press -> last ESC/POS byte at tcp://127.0.0.1 ({args.runs} tickets, 80mm, QR)")
    print(f"  lett:     p50 {ms(statistics.median(lett))}  p95 {ms(percentile(lett, 0.95))}"
          f"  ({statistics.mean(sizes):.0f} bytes a ticket, store + status + print)")
    print(f"  baseline: p50 {ms(statistics.median(base))}  p95 {ms(percentile(base, 0.95))}"
          f"  (python-escpos printing the same ticket directly)")
    ratio = percentile(lett, 0.95) / percentile(base, 0.95)
    print(f"  ratio p95 lett/baseline: {ratio:.2f}")
    ok = percentile(lett, 0.95) < 0.100 and ratio < 1.5
    print(f"  target p95 < 100 ms, ratio < 1.5: {'met' if ok else 'NOT met'}")
    db.dispose()


if __name__ == "__main__":
    main()
