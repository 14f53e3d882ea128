import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from app.server.app import create_app
from app.server.store import open_server_store
from tests.server.live import LiveServer
from tests.server.stores import STORES, fresh_pg_database


@pytest.fixture(params=STORES)
def server_db_url(request, tmp_path):
    """The URL of an empty server store: a SQLite file, or a fresh PostgreSQL database of
    its own (dropped afterwards) when LETT_TEST_DATABASE_URL names a server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    with fresh_pg_database(request.getfixturevalue("pg_url")) as url:
        yield url


@pytest.fixture
def server_store(server_db_url):
    db = open_server_store(server_db_url)
    yield db
    db.dispose()


@pytest.fixture
def live_server(server_store):
    """The server over `server_store`, on 127.0.0.1 over real HTTP."""
    live = LiveServer(create_app(server_store, live=False)).start()
    yield live
    live.stop()


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory: an OS keyring as far as Lett can tell."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def no_keyring():
    """No usable keyring, as on a headless Linux, so a test never writes to the keyring of
    the person running it; tests that want one install `memory_keyring`."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring(no_keyring):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
