"""Programs the crash tests run and kill: a server, and a PC that syncs.

    python -m tests.sync.procs serve DATABASE_URL PORT_FILE
    python -m tests.sync.procs sync PC_DATABASE_URL SERVER_URL TOKEN
"""

from __future__ import annotations

import socket
import sys


def serve(url: str, port_file: str) -> None:
    import uvicorn

    from app.server.app import create_app
    from app.server.store import open_server_store

    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", int(_read(port_file) or 0)))
    with open(port_file, "w") as f:
        f.write(str(sock.getsockname()[1]))
    app = create_app(open_server_store(url), live=False)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def _read(path: str) -> str:
    """The port of an earlier start, so a restarted server answers at the same address."""
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


def sync(pc_url: str, server_url: str, token: str) -> None:
    from app.store.db import open_database
    from app.sync.engine import sync_once
    from app.sync.link import ServerLink

    db = open_database(pc_url)
    report = sync_once(db, ServerLink(server_url, token))
    print(report.to_json(), flush=True)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"serve": serve, "sync": sync}[command](*args)
