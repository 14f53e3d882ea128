"""Where a queue operation runs: on this PC's store, or at the office's queue host.

A PC connected to an office does its queue work at the office's queue host, the only authority
that numbers tickets and calls next. Every public queue operation is wrapped by `hosted`: when
the context has a host (`ctx.host`), the call goes there by the operation's name with its
arguments, and the same views come back; without one (a PC working alone, or the server itself
answering a device) it runs on the context's store. The windows, the CLI and the server call
the same functions and never choose.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast

from app.core.errors import ConnectionFailed
from app.operations.context import Context

F = TypeVar("F", bound=Callable[..., Any])

HOST_UNREACHABLE = "host_unreachable"
# `hosted(offline=HERE)`: without the host, run the operation on this PC's store; what it has
# from the last sync is better than nothing (the services a kiosk offers, the office's name).
HERE = "here"


class Host(Protocol):
    """The office's queue host as a PC reaches it (see app.sync.host.RemoteHost)."""

    def call(self, name: str, **arguments: Any) -> Any:
        """Run the queue operation `name` at the host; its result as the same views. Raises
        the host's LettError, or ConnectionFailed('host_unreachable') without a connection."""
        ...


# name -> the operation (wrapped), for the server and the host client to look up.
HOSTED: dict[str, Callable[..., Any]] = {}


def hosted(
    *,
    offline: Callable[..., Any] | str | None = None,
    here_if: Callable[..., bool] | None = None,
) -> Callable[[F], F]:
    """Run the operation at `ctx.host` when there is one.

    `here_if(ctx, *args, **kwargs)`: true when this call belongs to this PC's store even with a
    host (a ticket this kiosk issued while the host was away). `offline(ctx, *args, **kwargs)`:
    what to do when the host cannot be reached (or HERE); it returns None when it cannot help
    either, and then the host's error stands.
    """

    def wrap(operation: F) -> F:
        signature = inspect.signature(operation)
        name = operation.__name__

        @functools.wraps(operation)
        def run(ctx: Context, *args: Any, **kwargs: Any) -> Any:
            host = ctx.host
            if host is None or (here_if is not None and here_if(ctx, *args, **kwargs)):
                return operation(ctx, *args, **kwargs)
            bound = signature.bind(ctx, *args, **kwargs)
            bound.apply_defaults()
            arguments = dict(bound.arguments)
            del arguments[next(iter(signature.parameters))]
            try:
                return host.call(name, **arguments)
            except ConnectionFailed as exc:
                if offline is None or exc.code != HOST_UNREACHABLE:
                    raise
                fallback = operation if offline == HERE else offline
                assert callable(fallback)
                result = fallback(ctx, *args, **kwargs)
                if result is None:
                    raise
                return result

        HOSTED[name] = run
        return cast(F, run)

    return wrap


