"""`/live`: a device's WebSocket of its office's changes.

The device shows its token in an `Authorization: Bearer` header, or, where a client cannot set
headers, as the first message `{"token": "..."}`. Then the server sends, as JSON text:

- `{"type": "change", "seq", "table", "row_id", "op"}` for each change the device may hear of
  (a display or kiosk hears only of calls and configuration, never of visits);
- `{"type": "ready", "seq"}` once what it asked to replay (`?after=N`: everything after seq N)
  is sent and live changes follow;
- `{"type": "reset", "seq"}` when what it missed cannot be replayed (too much, or a log that
  is behind its seq): it reloads what it shows and carries on from `seq`.

A refused socket is closed with 4401 (no or unknown token) or 4403 (a role that may not
listen), and a reason `code: detail`; so is the socket of a device revoked while it listens,
within the feed's REAUTH_S (1 s) and the time of one read. A server going down closes with
1012: reconnect with `after` and nothing is missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Query, WebSocket, WebSocketDisconnect

from app.core.errors import ConnectionFailed, LettError, PermissionDenied, StoreError
from app.server.deps import Authenticator, DeviceAuth, token_hash
from app.server.live.feed import LiveFeed, Subscriber, readable_tables
from app.server.live.repository import catch_up

log = logging.getLogger("lett.server.live")

router = APIRouter(tags=["live"])

AUTH_WAIT_S = 5.0
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_RESTARTING = 1012
CLOSE_TRY_AGAIN = 1013


def _reason(err: LettError) -> str:
    """A close reason fits in 123 bytes: the code and the detail, not the whole message."""
    detail = err.params.get("detail") or err.params.get("action") or ""
    reason = f"{err.code}: {detail}" if detail else err.code
    return reason.encode("utf-8")[:123].decode("utf-8", "ignore")


async def _token(websocket: WebSocket) -> str:
    scheme, _, token = websocket.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    try:
        first = await asyncio.wait_for(websocket.receive_text(), AUTH_WAIT_S)
        token = json.loads(first).get("token", "")
    except (TimeoutError, ValueError, KeyError, AttributeError) as exc:  # bytes: no text
        raise ConnectionFailed("unauthenticated", detail="no device token given") from exc
    if not isinstance(token, str) or not token.strip():
        raise ConnectionFailed("unauthenticated", detail="no device token given")
    return token.strip()


async def _device(websocket: WebSocket, token: str) -> DeviceAuth:
    auth: Authenticator = websocket.app.state.auth
    return await asyncio.to_thread(auth.device, token)


@router.websocket("/live")
async def live_events(
    websocket: WebSocket, after: Annotated[int | None, Query(ge=0)] = None
) -> None:
    """The changes of the device's office, live, after replaying those after `after`."""
    await websocket.accept()
    try:
        token = await _token(websocket)
        device = await _device(websocket, token)
        tables = readable_tables(device.actor())
    except ConnectionFailed as err:
        await websocket.close(CLOSE_UNAUTHENTICATED, _reason(err))
        return
    except PermissionDenied as err:
        await websocket.close(CLOSE_FORBIDDEN, _reason(err))
        return
    except StoreError as err:
        await websocket.close(CLOSE_TRY_AGAIN, _reason(err))
        return
    except WebSocketDisconnect:
        return
    feed: LiveFeed = websocket.app.state.live
    sub = Subscriber(device.office_id, tables, token_hash(token))
    feed.join(sub)
    tasks = (
        asyncio.create_task(_send(websocket, feed, sub, after)),
        asyncio.create_task(_until_closed(websocket)),
    )
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        feed.leave(sub)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    for result in results:
        if isinstance(result, StoreError):
            log.warning("live events of device %s stopped: %s", device.device_id, result)
            with contextlib.suppress(RuntimeError, OSError, WebSocketDisconnect):
                await websocket.close(CLOSE_TRY_AGAIN, _reason(result))
        elif isinstance(result, Exception) and not isinstance(
            result, WebSocketDisconnect | OSError
        ):
            # A client that went away mid-send is normal; anything else is a fault to see.
            log.error("live events of device %s failed", device.device_id, exc_info=result)


async def _until_closed(websocket: WebSocket) -> None:
    """Wait for the client to go; what it sends after its token means nothing."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return


async def _send(websocket: WebSocket, feed: LiveFeed, sub: Subscriber, after: int | None) -> None:
    await _catch_up(websocket, feed, sub, after)
    await _send_json(websocket, {"type": "ready", "seq": sub.sent})
    while True:
        batch = await sub.queue.get()
        if sub.closing:
            await websocket.close(CLOSE_RESTARTING, "server restarting")
            return
        if sub.revoked:
            err = ConnectionFailed("unauthenticated", detail="unknown or revoked device token")
            await websocket.close(CLOSE_UNAUTHENTICATED, _reason(err))
            return
        if sub.behind:
            while not sub.queue.empty():
                sub.queue.get_nowait()
            sub.behind = False
            await _catch_up(websocket, feed, sub, sub.sent)
            continue
        for change in batch or ():
            if change.seq > sub.sent:
                await _send_json(websocket, change.message())
                sub.sent = change.seq


async def _catch_up(
    websocket: WebSocket, feed: LiveFeed, sub: Subscriber, after: int | None
) -> None:
    """Send what the socket missed after `after`, straight from the change log."""
    missed = await asyncio.to_thread(catch_up, feed.db, sub.office_id, after, sub.tables)
    if missed.reset:
        await _send_json(websocket, {"type": "reset", "seq": missed.head})
    for change in missed.changes:
        await _send_json(websocket, change.message())
    sub.sent = missed.head
    feed.caught_up(sub.office_id, missed.head)


async def _send_json(websocket: WebSocket, message: dict[str, Any]) -> None:
    await websocket.send_text(json.dumps(message, separators=(",", ":")))
