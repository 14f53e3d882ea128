"""The counters' busiest calls, answered in front of the web framework.

Every visitor served is a `POST /queue/counters/{n}/call-next`; at a busy office thirty
counters make hundreds a second, and the framework's routing through every router, its
dependency solving and its layers of wrappers cost the server more CPU than the call itself
(measured with `bench/bench_host_call_next.py`: about 0.6 ms of 1.9 ms per call). The counter
calls that carry nothing but the counter's number are answered here instead: the same token
check and device context (app.server.deps), the same operation on a worker thread, the same
JSON answer and the same error answers. Anything else, including these paths with a body, a
query or a counter number this does not read plainly, goes on to the app, which also
documents them in `/openapi.json` (app.server.queue.endpoints). An office's calls that change
its queue take turns, a few at a time (AT_ONCE_PER_OFFICE).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import LettError
from app.operations import queue
from app.server.app_errors import lett_error_response
from app.server.deps import device_context
from app.server.queue.endpoints import json_answer as answer

log = logging.getLogger("lett.server")

# (method, what follows /queue/counters/{n}/) -> the operation, as the endpoints call it.
OPERATIONS: dict[tuple[str, str], Callable[..., Any]] = {
    ("POST", "call-next"): queue.call_next,
    ("POST", "recall"): queue.recall,
    ("POST", "no-show"): queue.no_show,
    ("POST", "park"): queue.park,
    ("GET", "desk"): queue.counter_desk,
}
# Every change to an office's queue waits for the office's change-log lock (app.store.outbox)
# and holds it to its commit. Thirty counters' calls let loose at once in PostgreSQL queue
# there, each waiting backend costing CPU, and a holder that loses its CPU to one of them
# holds up all the rest. So at most this many of an office's counter calls that change the
# queue run at once in this process; the others wait their turn here, on the event loop,
# where waiting costs nothing. With 30 counters at 300 calls/s on two cores (bench
# bench_host_call_next.py) p95 was 18-27 ms with 4, 63 ms with 8, 70-130 ms without a limit;
# flat out 400-450 calls/s against 360-380.
AT_ONCE_PER_OFFICE = 4
_PATH = re.compile(r"/queue/counters/(-?[0-9]{1,10})/([a-z-]+)")
# The range the endpoints accept for a counter's number (app.server.queue.schemas).
_NUMBERS = range(-(2**31), 2**31)


class CounterCalls:
    """ASGI middleware: the calls in OPERATIONS, without routing and dependency solving."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._turns: dict[str, asyncio.Semaphore] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        operation, number = _plain_counter_call(scope)
        if operation is None:
            await self.app(scope, receive, send)
            return
        try:
            ctx = await device_context(Request(scope))
            if scope["method"] == "GET":  # a reading changes nothing: no turn to wait for
                view = await run_in_threadpool(operation, ctx, number)
            else:
                turn = self._turns.get(ctx.office_id)
                if turn is None:
                    turn = self._turns[ctx.office_id] = asyncio.Semaphore(AT_ONCE_PER_OFFICE)
                async with turn:
                    view = await run_in_threadpool(operation, ctx, number)
        except LettError as exc:
            await lett_error_response(exc)(scope, receive, send)
            return
        except Exception:
            log.exception("%s %s failed", scope["method"], scope["path"])
            await PlainTextResponse("Internal Server Error", 500)(scope, receive, send)
            return
        await answer(view.to_json())(scope, receive, send)


def _plain_counter_call(scope: Scope) -> tuple[Callable[..., Any] | None, int]:
    """The operation and counter number of a request this answers; (None, 0) for others."""
    if scope["type"] != "http" or scope.get("query_string") or "app" not in scope:
        return None, 0
    path, root = scope["path"], scope.get("root_path", "")
    found = _PATH.fullmatch(path[len(root):] if root and path.startswith(root) else path)
    if found is None:
        return None, 0
    operation = OPERATIONS.get((scope["method"], found[2]))
    number = int(found[1])
    if operation is None or number not in _NUMBERS or _has_body(scope):
        return None, 0
    return operation, number


def _has_body(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"transfer-encoding" or (name == b"content-length" and value != b"0"):
            return True
    return False
