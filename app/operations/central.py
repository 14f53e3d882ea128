"""Where a change of the office's configuration or accounts is made: on this PC's store, or at
the office's server.

The server is the authority for the configuration and the staff accounts of the offices it
serves: they flow down to the PCs by sync, and sync refuses a PC's own changes to them (a
device's token does not say which person acts). So on a PC connected to a server (its context
has a queue host, `ctx.host`) every operation wrapped by `central` runs at the server, as the
signed-in person, through their staff session there (`ctx.staff`); the server checks the
person's password when the session opens and their roles at every call. Without a session
(the server was away at sign-in) nothing is changed here, and the person is told why. A PC
working alone, and the server itself, run the operation on the context's store.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Protocol, cast

from app.core.errors import ConnectionFailed
from app.operations.context import Context

SERVER_NEEDED = "server_needed"


class StaffServer(Protocol):
    """The office's server as the signed-in person reaches it (app.sync.staff.StaffSession)."""

    def call(self, name: str, arguments: dict[str, Any]) -> Any:
        """Run the operation `name` with its `arguments` (by parameter name) at the server as
        the session's person; the same result
        as the operation gives here, its refusal as the same LettError, or
        ConnectionFailed('server_needed') when the server cannot be reached."""
        ...


# name -> the operation (wrapped), for the server's endpoints and the tests to look up.
CENTRAL: dict[str, Callable[..., Any]] = {}


def connected(ctx: Context) -> bool:
    """Whether this context's configuration and accounts are kept at a server."""
    return ctx.staff is not None or ctx.host is not None


def central[F: Callable[..., Any]](operation: F) -> F:
    """Run the operation at the office's server when the context's PC is connected to one."""
    signature = inspect.signature(operation)
    name = operation.__name__

    @functools.wraps(operation)
    def run(ctx: Context, *args: Any, **kwargs: Any) -> Any:
        if not connected(ctx):
            return operation(ctx, *args, **kwargs)
        if ctx.staff is None:
            raise ConnectionFailed("staff_session_missing")
        bound = signature.bind(ctx, *args, **kwargs)
        bound.apply_defaults()
        arguments = dict(bound.arguments)
        del arguments[next(iter(signature.parameters))]
        for param in signature.parameters.values():  # **changes travel as named arguments
            if param.kind is inspect.Parameter.VAR_KEYWORD:
                arguments.update(arguments.pop(param.name))
        try:
            return ctx.staff.call(name, arguments)
        finally:
            ctx.cache.clear()

    CENTRAL[name] = run
    return cast(F, run)
