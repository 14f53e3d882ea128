"""Every operation of the server's OpenAPI schema, with generated valid and invalid requests,
sent over real HTTP with and without a device token: whatever arrives, the answer is never a
server error. The schema is the app's own (the same the running server serves), so every
router the server has is covered, new ones too."""

import contextlib
import itertools
import os

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations.context import staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.server.store import open_server_store
from app.store.db import Database
from tests.server.live import LiveServer
from tests.server.stores import STORES, fresh_pg_database

# Examples per operation, kind (valid, invalid) and store: the whole run stays under a minute.
EXAMPLES = 15
ROLES = itertools.cycle((Role.COUNTER, Role.DESK, Role.KIOSK, Role.DISPLAY))


class FuzzedServer:
    """A server with the demo office, and a fresh device of that office for every request
    that carries a token, so a request that revokes its own token harms no later one."""

    def __init__(self, url: str) -> None:
        self.db = open_server_store(url)
        self.office_id = create_demo_office(self.db, staff_actor())
        self.live = LiveServer(create_app(self.db, live=False)).start()

    def token(self) -> str:
        return add_device(self.db, self.office_id, next(ROLES), uuid7(), "fuzz")

    def close(self) -> None:
        self.live.stop()
        self.db.dispose()


@pytest.fixture(scope="module", params=STORES)
def fuzzed(request, tmp_path_factory):
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.sqlite3'}"
        else:
            pg_url = os.environ.get("LETT_TEST_DATABASE_URL")
            if not pg_url:
                pytest.skip("LETT_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
            url = stack.enter_context(fresh_pg_database(pg_url))
        server = FuzzedServer(url)
        stack.callback(server.close)
        yield server


def served_schema() -> dict:
    """The server's OpenAPI schema. It depends on the code alone: this store is never opened."""
    return create_app(Database("sqlite://"), live=False).openapi()


SERVED = served_schema()
schema = schemathesis.openapi.from_dict(SERVED)
# Every operation with valid requests, and those that take any input with invalid ones too.
RUNS = [
    pytest.param(path, method.upper(), mode, id=f"{method.upper()} {path} {mode}")
    for path, methods in SERVED["paths"].items()
    for method, spec in methods.items()
    for mode in GenerationMode
    if mode is GenerationMode.POSITIVE or "parameters" in spec or "requestBody" in spec
]


def test_the_fuzzed_schema_is_the_one_the_server_serves(fuzzed):
    served = httpx.get(f"{fuzzed.live.url}/openapi.json").json()
    assert served == SERVED
    assert {"/devices/enroll", "/devices/me", "/health"} <= set(served["paths"])


@pytest.mark.parametrize("path, method, mode", RUNS)
def test_no_request_makes_a_server_error(fuzzed, path, method, mode):
    url = fuzzed.live.url

    @given(case=schema[path][method].as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def without_and_with_a_token(case):
        case.call_and_validate(base_url=url, checks=[not_a_server_error])
        case.call_and_validate(base_url=url, checks=[not_a_server_error],
                               headers={"Authorization": f"Bearer {fuzzed.token()}"})

    without_and_with_a_token()
