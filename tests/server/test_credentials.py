"""Where this PC keeps its device token: the OS keyring, else a file only its owner reads."""

import stat

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from app.core.errors import ConnectionFailed, SettingsError
from app.core.settings import Settings
from app.sync.credentials import SERVICE, TOKEN_FILE, forget_token, load_token, save_token


class LockedKeyring(KeyringBackend):
    """A keyring that is there but refuses to be used, like a locked desktop keyring."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("locked")

    def delete_password(self, service, username):
        raise KeyringLocked("locked")


def test_without_a_keyring_the_token_is_a_file_only_its_owner_reads(tmp_path):
    home = tmp_path / "home"
    save_token(home, "first")
    path = home / TOKEN_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    save_token(home, "second")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_token(home) == "second"
    assert [p.name for p in home.iterdir()] == [TOKEN_FILE]


def test_a_keyring_that_refuses_to_be_used_falls_back_to_the_file(tmp_path):
    keyring.set_keyring(LockedKeyring())
    save_token(tmp_path, "token")
    assert load_token(tmp_path) == "token"
    forget_token(tmp_path)
    assert not (tmp_path / TOKEN_FILE).exists()


def test_with_a_keyring_the_token_is_kept_there_per_data_folder(tmp_path, memory_keyring):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / TOKEN_FILE).write_text("stale")
    save_token(tmp_path / "a", "token-a")
    save_token(tmp_path / "b", "token-b")
    assert not (tmp_path / "a" / TOKEN_FILE).exists()
    assert memory_keyring.items == {(SERVICE, str((tmp_path / "a").resolve())): "token-a",
                                    (SERVICE, str((tmp_path / "b").resolve())): "token-b"}
    assert load_token(tmp_path / "a") == "token-a"
    forget_token(tmp_path / "a")
    assert list(memory_keyring.items) == [(SERVICE, str((tmp_path / "b").resolve()))]


def test_no_token_means_not_connected(tmp_path):
    with pytest.raises(ConnectionFailed) as err:
        load_token(tmp_path)
    assert err.value.code == "not_connected"
    forget_token(tmp_path)  # nothing to forget is fine


@pytest.mark.parametrize("key, value", [("server.role", "admin"),
                                        ("sync.interval_seconds", 1),
                                        ("server.url", 5)])
def test_server_settings_refuse_bad_values(tmp_path, key, value):
    with pytest.raises(SettingsError):
        Settings(tmp_path / "settings.toml").set(key, value)


def test_server_settings_default_to_working_alone(tmp_path):
    settings = Settings(tmp_path / "settings.toml")
    assert [settings.get(k) for k in ("server.url", "server.ca", "server.role",
                                      "sync.interval_seconds")] == ["", "", "", 10]
