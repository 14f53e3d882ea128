"""`/t/<key>`: the ticket's page, its state, its live updates and its "stepped out".

- `GET /t/{key}`: the page (HTML, everything inline, no outside scripts); `?lang=et|ru|en`
  picks its language, else the one chosen at the kiosk.
- `GET /t/{key}/state`: what the page shows, as JSON.
- `GET /t/{key}/events`: the same as server-sent events, a new one within a moment of each
  change; `event: ping` every PING_S keeps the connection (and the phone's watchdog) alive.
- `POST /t/{key}/away` `{"back": false}`: the visitor stepped out (or, `true`, is back).

No device token: the key is the credential. A key that is wrong answers 404 and one that
expired 410, both with nothing of any ticket; every answer is per address rate-limited
(app.server.ticketpage.limits) and never cached or indexed.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse

from app.core.clock import utcnow
from app.core.errors import LettError
from app.operations.ticket_page import (
    Lookup,
    PageTicket,
    find_ticket,
    office_state,
    page_view,
    step_out,
)
from app.server.ticketpage.hub import PageHub
from app.server.ticketpage.limits import Limits
from app.server.ticketpage.texts import LANGUAGES, all_texts, texts

router = APIRouter(prefix="/t", tags=["ticket page"], include_in_schema=False)

PING_S = 15.0

_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
    "X-Content-Type-Options": "nosniff",
}


_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@cache
def _template() -> str:
    return (Path(__file__).with_name("page.html")).read_text(encoding="utf-8")


def _hub(request: Request) -> PageHub:
    app = request.app
    hub = getattr(app.state, "ticket_pages", None)
    if hub is None:
        hub = PageHub(app.state.db, getattr(app.state, "live", None))
        app.state.ticket_pages = hub
    return hub


def _limits(request: Request) -> Limits:
    app = request.app
    limits = getattr(app.state, "ticket_page_limits", None)
    if limits is None:
        limits = Limits()
        app.state.ticket_page_limits = limits
    return limits


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def _lang(request: Request, fallback: str) -> tuple[str, bool]:
    """The page's language and whether the visitor asked for it (`?lang=`)."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES:
        return asked, True
    if fallback in LANGUAGES:
        return fallback, False
    header = request.headers.get("accept-language", "").lower()
    for part in header.split(","):
        code = part.strip()[:2]
        if code in LANGUAGES:
            return code, False
    return "et", False


async def _lookup(request: Request, token: str) -> Lookup | Response:
    """The key's ticket, or the answer for a key that opens nothing or an address that asked
    too often."""
    limits = _limits(request)
    address = _address(request)
    if not limits.allow(address):
        return _problem(request, "busy", 429, "")
    found = await asyncio.to_thread(find_ticket, request.app.state.db, token)
    if found.ticket is None:
        limits.missed(address)
        return _problem(request, found.problem, 410 if found.problem == "expired" else 404, "")
    return found


def _wants_html(request: Request) -> bool:
    return not request.url.path.rstrip("/").endswith(("/state", "/events", "/away"))


def _problem(request: Request, problem: str, status: int, fallback_lang: str) -> Response:
    view = {"state": problem}
    headers = dict(_HEADERS)
    if status == 429:
        headers["Retry-After"] = "60"
    if _wants_html(request):
        lang, asked = _lang(request, fallback_lang)
        return _page(view, lang, asked, "", status, headers)
    return JSONResponse(view, status_code=status, headers=headers)


def _lines(view: dict[str, Any], t: dict[str, str]) -> tuple[str, str]:
    """The page's status lines before its script runs (and without one)."""
    state = view.get("state", "")
    if state == "waiting":
        first = t["next"] if view["ahead"] == 0 else t["ahead"].format(n=view["ahead"])
        low, high = view["wait"]
        return first, t["wait"].format(low=low, high=high)
    if state == "called":
        return t["called"], t["go"].format(counter=view.get("counter", ""))
    if state == "parked":
        return t["parked"].format(counter=view.get("counter", "")), ""
    if state == "moved":
        return t["moved"].format(number=view.get("new_number", "")), ""
    return t.get(state, ""), ""


def _json_for_html(value: Any) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _page(view: dict[str, Any], lang: str, asked: bool, token: str, status: int = 200,
          headers: dict[str, str] | None = None) -> HTMLResponse:
    t = texts(lang)
    nonce = secrets.token_urlsafe(12)
    line1, line2 = _lines(view, t)
    service = view.get("service") or {}
    data = {"texts": all_texts(), "lang": lang, "asked": asked, "token": token, "view": view}
    values = {
        "lang": lang,
        "title": html.escape(t["title"]),
        "language": html.escape(t["language"]),
        "number_label": html.escape(t["number"]),
        "number": html.escape(view.get("number", "")),
        "service": html.escape(service.get(lang, service.get("et", ""))),
        "line1": html.escape(line1),
        "line2": html.escape(line2),
        "nonce": nonce,
        "data": _json_for_html(data),
    }
    # One pass: a value holding "{{...}}" (a service's name) is not filled in again.
    body = _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template())
    csp = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return HTMLResponse(body, status_code=status,
                        headers={**(headers or _HEADERS), "Content-Security-Policy": csp})


async def _view_now(request: Request, ticket: PageTicket) -> dict[str, Any]:
    """The ticket's view, read now (a page's first, or after its own change)."""
    db = request.app.state.db
    return await asyncio.to_thread(
        lambda: page_view(office_state(db, ticket.office_id), ticket.ticket_id))


@router.get("/{token}")
async def ticket_page(request: Request, token: str) -> Response:
    found = await _lookup(request, token)
    if isinstance(found, Response):
        return found
    assert found.ticket is not None
    view = await _view_now(request, found.ticket)
    lang, asked = _lang(request, found.ticket.lang)
    return _page(view, lang, asked, token)


@router.get("/{token}/state")
async def ticket_state(request: Request, token: str) -> Response:
    found = await _lookup(request, token)
    if isinstance(found, Response):
        return found
    assert found.ticket is not None
    return JSONResponse(await _view_now(request, found.ticket), headers=_HEADERS)


class EventStream(StreamingResponse):
    """Server-sent events. A stream is open as long as its page is; when the server stops, it
    lets open responses finish for a while (`lett server`: 5 s) and then cuts them: for a
    stream that is its normal end (the phone reconnects), not a fault to log."""

    media_type = "text/event-stream"

    def __init__(self, content: AsyncIterator[bytes], headers: dict[str, str],
                 on_close: Callable[[], Awaitable[None]]) -> None:
        super().__init__(content, headers=headers)
        self.on_close = on_close

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):  # the phone may have gone already
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            # Also when the phone went before the stream began.
            await self.on_close()


def _event(view: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(view, ensure_ascii=False, separators=(',', ':'))}\n\n".encode()


@router.get("/{token}/events")
async def ticket_events(request: Request, token: str) -> Response:
    found = await _lookup(request, token)
    if isinstance(found, Response):
        return found
    assert found.ticket is not None
    hub = _hub(request)
    page = await hub.open(found.ticket)
    expires = found.ticket.expires_at

    async def stream() -> AsyncIterator[bytes]:
        first = page.take()
        yield b"retry: 2000\n\n" + (_event(first) if first is not None else b"")
        while not page.closing:
            left = (expires - utcnow()).total_seconds()
            if left <= 0:
                yield _event({"state": "expired"})
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(page.changed.wait(), min(PING_S, left))
            if page.closing:
                return
            update = page.take()
            yield _event(update) if update is not None else b"event: ping\ndata: {}\n\n"

    return EventStream(stream(), {**_HEADERS, "X-Accel-Buffering": "no"},
                       lambda: hub.close(page))


@router.post("/{token}/away")
async def ticket_away(request: Request, token: str) -> Response:
    found = await _lookup(request, token)
    if isinstance(found, Response):
        return found
    assert found.ticket is not None
    try:
        body = await request.json()
    except ValueError:
        body = {}
    back = bool(body.get("back")) if isinstance(body, dict) else False
    try:
        until: datetime | None = await asyncio.to_thread(
            step_out, request.app.state.db, found.ticket, back)
    except LettError as exc:
        return JSONResponse({"state": "refused", "code": exc.code}, status_code=409,
                            headers=_HEADERS)
    view = await _view_now(request, found.ticket)
    if view.get("state") == "waiting" and until is not None:
        view["away_until"] = until.isoformat()
    return JSONResponse(view, headers=_HEADERS)
