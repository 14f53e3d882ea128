"""A raw CUPS queue whose device is a socket printer on 127.0.0.1: what CUPS sends arrives in
`received`, and `done` is set when the job is over."""

import socket
import subprocess
import threading
import uuid
from contextlib import contextmanager


@contextmanager
def socket_queue():
    server = socket.create_server(("127.0.0.1", 0))
    received = bytearray()
    done = threading.Event()

    def serve():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)
        done.set()

    threading.Thread(target=serve, daemon=True).start()
    name = f"lett-notice-{uuid.uuid4().hex[:8]}"
    subprocess.run(["lpadmin", "-p", name, "-E", "-v",
                    f"socket://127.0.0.1:{server.getsockname()[1]}"],
                   check=True, capture_output=True, timeout=60)
    try:
        yield name, received, done
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=60)
        server.close()
