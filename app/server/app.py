"""The FastAPI application: routers per area, errors as JSON a client can show in its
user's language, and a limit on request size."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import __version__
from app.core.errors import LettError, Rejected
from app.server.app_errors import error_body, lett_error_response
from app.server.deps import Authenticator
from app.store.db import Database

log = logging.getLogger("lett.server")

# The largest request body accepted (a push batch of 1,000 changes is well under 2 MB).
MAX_BODY_BYTES = 8 * 1024 * 1024



class BodyLimit:
    """Refuse bodies over `limit` bytes with 413, whether or not Content-Length is sent."""

    def __init__(self, app: ASGIApp, limit: int, wider: dict[str, int] | None = None) -> None:
        self.app = app
        self.limit = limit
        # Path prefix -> a larger limit for it (the content of stored files).
        self.wider = wider or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = next((n for prefix, n in self.wider.items()
                      if scope.get("path", "").startswith(prefix)), self.limit)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(send, int(declared), limit)
            return
        seen = 0
        too_large = False

        async def limited() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    too_large = True
                    raise _TooLarge(seen)
            return message

        async def answer(message: Message) -> None:
            # FastAPI turns an error while reading the body into its own 400; once the body
            # is known to be too large, that answer is dropped for the 413 below.
            if not too_large:
                await send(message)

        with contextlib.suppress(_TooLarge):
            await self.app(scope, limited, answer)
        if too_large:
            await self._refuse(send, seen, limit)

    async def _refuse(self, send: Send, size: int, limit: int) -> None:
        err = Rejected("request_too_large", size=size, limit=limit)
        response = JSONResponse(error_body(err.code, err.english(), err.params), status_code=413)
        await response({"type": "http"}, _no_body, send)


# The server's clock in each answer: when the request came and when the answer started, in
# milliseconds since the epoch ("<came>,<answered>"). A PC measures its own clock's offset from
# them at every contact (app.sync.link), the time the server took left out, finer than the
# Date header's whole second.
TIME_HEADER = b"lett-time"


class ServerTime:
    """Put the server's clock into every HTTP answer's headers, as the answer starts."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        came = time.time_ns() // 1_000_000

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                value = f"{came},{time.time_ns() // 1_000_000}".encode()
                message["headers"] = [*message.get("headers", ()), (TIME_HEADER, value)]
            await send(message)

        await self.app(scope, receive, stamped)


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _allowed(app: FastAPI, scope: Scope) -> list[str]:
    """Every method the path of `scope` answers, over all its routes (Starlette's own 405
    names only the first route's, where FastAPI makes a route per method)."""
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches(scope)
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def create_app(db: Database, *, live: bool = True) -> FastAPI:
    """The server over `db` (already migrated). `live=False` leaves out the live event feed,
    for tests that need no background listener."""
    routers: list[Any] = []
    starters: list[Callable[[FastAPI], Awaitable[Callable[[], Awaitable[None]]]]] = []
    from app.server.devices.endpoints import router as devices_router
    from app.server.sync.endpoints import router as sync_router

    routers.extend((sync_router, devices_router))
    from app.server.sync import stored_clock

    starters.append(stored_clock.start_check)
    from app.server.admin.endpoints import router as admin_router
    from app.server.staff.endpoints import router as staff_router

    routers.extend((staff_router, admin_router))
    from app.server.numbers.endpoints import router as numbers_router

    routers.append(numbers_router)
    from app.server.files.endpoints import router as files_router

    routers.append(files_router)
    from app.server.ticketpage.endpoints import router as ticket_page_router

    routers.append(ticket_page_router)
    from app.server.reports.endpoints import router as reports_router

    routers.append(reports_router)
    from app.server.queue.endpoints import router as queue_router

    # The queue first: the counters' calls are most of a busy server's requests, and the
    # routers are tried in order.
    routers.insert(0, queue_router)
    if live:
        # The endpoint comes with the feed, so an app without the feed has none.
        from app.server.live.endpoints import router as live_router
        from app.server.live.feed import start_feed

        routers.append(live_router)
        starters.append(start_feed)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stops = [await start(app) for start in starters]
        try:
            yield
        finally:
            for stop in stops:
                await stop()

    app = FastAPI(
        title="Lett server",
        version=__version__,
        description="Sync, the office queue host and live events of Lett.",
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.auth = Authenticator(db)

    @app.exception_handler(LettError)
    async def _lett_error(_request: Request, exc: LettError) -> JSONResponse:
        return lett_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        err = Rejected("bad_request", detail=problems or "invalid request")
        return JSONResponse(error_body(err.code, err.english(), err.params), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        err = Rejected("bad_request", detail=str(exc.detail))
        headers = dict(getattr(exc, "headers", None) or {})
        # A body that is no JSON at all is refused as any other body that does not fit the
        # operation's schema: 422, as the OpenAPI schema says (FastAPI's own answer is 400).
        status = 422 if exc.status_code == 400 else exc.status_code
        if status == 405:
            headers["Allow"] = ", ".join(_allowed(request.app, request.scope))
        return JSONResponse(error_body(err.code, err.english(), err.params),
                            status_code=status, headers=headers or None)

    @app.get("/health", tags=["server"])
    def health() -> dict[str, Any]:
        """The server is up and its store answers; `clock` says whether rows stamped ahead
        of the server's clock were found (app.server.sync.stored_clock)."""
        from app.server.store import schema_versions

        with db.read_connection() as conn:
            conn.exec_driver_sql("SELECT 1")
        current, previous = schema_versions()
        return {"status": "ok", "version": __version__, "schema": current,
                "accepts": previous or current, "clock": stored_clock.of(db).to_json()}

    for router in routers:
        app.include_router(router)
    from app.server.files.service import MAX_FILE_BYTES
    from app.server.queue.hot import CounterCalls

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES, wider={"/files/": MAX_FILE_BYTES})
    app.add_middleware(CounterCalls)
    app.add_middleware(ServerTime)
    return app
