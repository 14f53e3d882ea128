"""The server and its OpenAPI schema agree: `schemathesis run` with all of its checks, over
real HTTP against a real server, finds nothing (status codes, headers, content types and
bodies as documented; documented requests accepted, undocumented ones refused).

Every request carries a desk device's token and an admin's staff session, so the operations
are reached, not only their refusals. The operations that end their own credentials (a device
revoking itself, a session signed out, a password changed) run apart with credentials of
their own. The run is bounded (a few examples per operation) so it takes about a minute; the
fuzz tests next to it (test_openapi_fuzz.py, test_admin_fuzz.py) try many more values for
server errors alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.core.ids import uuid7
from app.core.permissions import Role
from app.operations import accounts as acc
from app.operations.context import open_context, staff_actor
from app.operations.setup import create_demo_office
from app.server.app import create_app
from app.server.deps import DeviceAuth
from app.server.devices.service import add_device
from app.server.staff.service import open_session
from app.server.store import open_server_store
from tests.server.live import LiveServer

EXAMPLES = 5
PASSWORD = "conformance-parool-123"
SELF_ENDING = ["DELETE /devices/me", "DELETE /staff/sessions/current", "POST /staff/password"]
# The checks' own expected statuses, plus what the schema documents for Lett: a request in a
# data version the server does not speak is refused with 426 Upgrade Required, and a value
# the schema lets through but an operation's own checks refuse (an empty office name, a
# service letter that is no letter, a counter without services) with 400, naming the field.
CONFIG = """\
[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422",
                     "426", "428", "429"]

[checks.positive_data_acceptance]
expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]
"""


class Served:
    def __init__(self, folder: Path) -> None:
        self.db = open_server_store(f"sqlite:///{folder / 'server.sqlite3'}")
        self.office_id = create_demo_office(self.db, staff_actor())
        self.live = LiveServer(create_app(self.db, live=False)).start()

    def credentials(self) -> list[str]:
        """A new admin account signed in through a new desk device, as `-H` options."""
        name = f"st{uuid7()[-12:]}"
        acc.create_account(open_context(self.db, staff_actor()), name, name, "admin",
                           PASSWORD, must_change_password=False)
        device = uuid7()
        token = add_device(self.db, self.office_id, Role.DESK, device, "conformance")
        opened = open_session(self.db, DeviceAuth(device, self.office_id, Role.DESK,
                                                  "conformance", "Europe/Tallinn"),
                              name, PASSWORD)
        return ["-H", f"Authorization: Bearer {token}",
                "-H", f"X-Lett-Staff-Session: {opened.token}"]

    def close(self) -> None:
        self.live.stop()
        self.db.dispose()


@pytest.fixture
def served(tmp_path):
    server = Served(tmp_path)
    yield server
    server.close()


def schemathesis(served: Served, folder: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "schemathesis"), "--no-color",
         "--config-file", str(folder / "schemathesis.toml"),
         "run", f"{served.live.url}/openapi.json",
         "--checks", "all", "--max-examples", str(EXAMPLES), "--seed", "16",
         *served.credentials(), *options],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )


def test_schemathesis_with_all_checks_finds_nothing(served, tmp_path):
    (tmp_path / "schemathesis.toml").write_text(CONFIG)
    excluded = [option for name in SELF_ENDING for option in ("--exclude-name", name)]
    included = [option for name in SELF_ENDING for option in ("--include-name", name)]
    for run in (schemathesis(served, tmp_path, *excluded),
                schemathesis(served, tmp_path, *included)):
        found = run.stdout[run.stdout.find(" FAILURES "):]
        assert run.returncode == 0, found[:30000] + run.stderr[-5000:]
