"""The HTTP link from this PC to its server: the device token, TLS, time-outs, and the
server's JSON errors turned back into errors a person can read in their own language."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from app.core.errors import (
    MESSAGES,
    ConnectionFailed,
    LettError,
    NotFound,
    PermissionDenied,
    Refused,
    Rejected,
    StoreError,
)

# status -> the error class the server raised it for
BY_STATUS: dict[int, type[LettError]] = {
    401: ConnectionFailed,
    403: PermissionDenied,
    404: NotFound,
    409: Refused,
    413: Rejected,
    422: Rejected,
    426: Rejected,
    503: StoreError,
}


class ServerLink:
    """One server, one device token; safe to share between threads."""

    def __init__(
        self,
        url: str,
        token: str = "",
        ca_file: str = "",
        timeout: float = 10.0,
        unreachable: str = "server_unreachable",
    ) -> None:
        self.url = url.rstrip("/")
        self.token = token
        # The error code used when the server cannot be reached at all.
        self.unreachable = unreachable
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = httpx.Client(
            base_url=self.url,
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 3.0)),
            verify=ssl.create_default_context(cafile=ca_file) if ca_file else True,
        )

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """The JSON answer of the server; a LettError for a refusal or no connection."""
        response = self._send(method, path, **kwargs)
        return response.json() if response.content else None

    def get_bytes(self, path: str) -> bytes:
        """The raw content the server answers (a stored file); errors as for `request`."""
        return self._send("GET", path).content

    def put_bytes(self, path: str, data: bytes) -> Any:
        """Send raw content (a stored file); the server's JSON answer."""
        return self.request("PUT", path, content=data,
                            headers={"Content-Type": "application/octet-stream"})

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            try:
                response = self.client.request(method, path, **kwargs)
            except (httpx.RemoteProtocolError, httpx.ReadError):
                # A kept-alive connection the server closed just as this request went out
                # (its idle time-out): a read is asked once more, on a new connection.
                if method != "GET":
                    raise
                response = self.client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ConnectionFailed(
                self.unreachable, url=self.url, detail=_transport_detail(exc)
            ) from exc
        if response.status_code >= 400:
            raise server_error(response)
        return response

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params={k: v for k, v in params.items() if v is not None})

    def post(self, path: str, body: Any = None) -> Any:
        return self.request("POST", path, json=body)

    def close(self) -> None:
        self.client.close()


def server_error(response: httpx.Response) -> LettError:
    """The LettError behind an error answer of the server."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    code = body.get("error") if isinstance(body, dict) else None
    params = body.get("params") if isinstance(body, dict) else None
    cls = BY_STATUS.get(response.status_code, Rejected)
    if isinstance(code, str) and code in MESSAGES and isinstance(params, dict):
        try:
            err = cls(code, **params)
            err.english()
            return err
        except (KeyError, IndexError, ValueError):
            pass
    if response.status_code >= 500:
        return Rejected("server_error", detail=f"HTTP {response.status_code}")
    detail = body.get("message") if isinstance(body, dict) else None
    return Rejected("bad_request", detail=str(detail or f"HTTP {response.status_code}"))


def _transport_detail(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "no answer in time"
    if isinstance(exc, httpx.ConnectError):
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            return "its certificate is not trusted here; give its certificate authority file"
        if "SSL" in str(exc):
            return f"no secure connection: {exc}"
        return "connection refused or no route"
    if isinstance(exc, httpx.RemoteProtocolError):
        # Typically http:// used for a server that speaks https://.
        return "the server closed the connection; check http:// or https://"
    return exc.__class__.__name__
