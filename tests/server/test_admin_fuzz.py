"""The admin and staff endpoints fuzzed from the server's OpenAPI schema, in a live staff
session of an admin (the general fuzz run has no session, so it only reaches their refusals):
whatever the values, the operations answer with an error a person can read, never a server
error."""

import contextlib
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.devices.service import add_device
from app.server.staff.service import open_session
from app.server.store import open_server_store
from app.store.db import Database
from tests.server.live import LiveServer
from tests.server.stores import STORES, fresh_pg_database

EXAMPLES = 10
PASSWORD = "fuzz-parool-123"


class AdminServer:
    """A server with the demo office; every request gets a new admin account signed in
    through a new desk device, so a request that ends its session, switches its account off
    or resets its password harms no later one."""

    def __init__(self, url: str) -> None:
        self.db = open_server_store(url)
        self.office_id = create_demo_office(self.db, staff_actor())
        self.ctx = open_context(self.db, staff_actor())
        self.live = LiveServer(create_app(self.db, live=False)).start()

    def headers(self) -> dict[str, str]:
        from app.server.deps import DeviceAuth

        name = f"fz{uuid7()[-12:]}"
        acc.create_account(self.ctx, name, name, "admin", PASSWORD, must_change_password=False)
        device = uuid7()
        token = add_device(self.db, self.office_id, Role.DESK, device, "fuzz")
        opened = open_session(self.db, DeviceAuth(device, self.office_id, Role.DESK, "fuzz",
                                                  "Europe/Tallinn"), name, PASSWORD)
        return {"Authorization": f"Bearer {token}", "X-Lett-Staff-Session": opened.token}

    def close(self) -> None:
        self.live.stop()
        self.db.dispose()


@pytest.fixture(scope="module", params=STORES)
def served(request, tmp_path_factory):
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.sqlite3'}"
        else:
            pg_url = os.environ.get("LETT_TEST_DATABASE_URL")
            if not pg_url:
                pytest.skip("LETT_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
            url = stack.enter_context(fresh_pg_database(pg_url))
        server = AdminServer(url)
        stack.callback(server.close)
        yield server


SERVED = create_app(Database("sqlite://"), live=False).openapi()
schema = schemathesis.openapi.from_dict(SERVED)
RUNS = [
    pytest.param(path, method.upper(), mode, id=f"{method.upper()} {path} {mode}")
    for path, methods in SERVED["paths"].items()
    if path.startswith(("/admin/", "/staff/", "/reports/"))
    for method, spec in methods.items()
    for mode in GenerationMode
    if mode is GenerationMode.POSITIVE or "parameters" in spec or "requestBody" in spec
]


def test_every_admin_operation_is_fuzzed():
    paths = {run.values[0] for run in RUNS}
    assert {"/admin/office", "/admin/settings", "/admin/services", "/admin/counters",
            "/admin/config", "/admin/accounts", "/staff/sessions", "/staff/password",
            "/admin/notice-templates"} <= paths


@pytest.mark.parametrize("path, method, mode", RUNS)
def test_no_value_makes_a_server_error_in_an_admins_session(served, path, method, mode):
    url = served.live.url

    @given(case=schema[path][method].as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def in_a_session(case):
        case.call_and_validate(base_url=url, checks=[not_a_server_error],
                               headers=served.headers())

    in_a_session()
