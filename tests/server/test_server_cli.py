"""`lett server …` and `lett connect` as an administrator and a PC use them, end to end over
real HTTP (and HTTPS with a certificate of the office's own)."""

import datetime as dt
import json
import os
import re
import socket
import ssl
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.cli import main
from app.cli.server import store_url
from app.core.settings import Settings
from app.sync.credentials import SERVICE, TOKEN_FILE

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", re.M)


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def ok(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def admin(server_db_url, capsys):
    """`lett server …` on the test's server store, with office TLN set up as the demo."""

    def server(*args):
        return ok(capsys, "server", *args, "--database", server_db_url)

    server("office", "add", "tln", "Tallinna teenindusbüroo", "--demo")
    return server


def enrollment_code(admin, role="counter", office="TLN"):
    return json.loads(admin("enroll", "--office", office, "--role", role, "--json"))["code"]


def test_offices_are_added_and_listed(admin, server_db_url, capsys):
    admin("office", "add", "trt", "Tartu")
    listing = admin("office", "list")
    assert [line.split()[0] for line in listing.splitlines()] == ["TLN", "TRT"]
    assert "Tallinna teenindusbüroo" in listing and "Tartu" in listing
    code, _, err = run(capsys, "server", "office", "add", "TLN", "Again",
                       "--database", server_db_url)
    assert (code, err.strip()) == (1, "There is already an office with the code \u201cTLN\u201d.")
    code, _, err = run(capsys, "server", "office", "add", "T L N", "x", "--database",
                       server_db_url)
    assert code == 1 and "cannot be an office code" in err


def test_an_enrollment_code_is_shown_once_with_its_office_role_and_expiry(admin, server_db_url,
                                                                         capsys):
    out = admin("enroll", "--office", "tln", "--role", "kiosk", "--valid", "15")
    code = CODE.search(out).group(0)
    assert "office TLN \u201cTallinna teenindusbüroo\u201d, role kiosk" in out
    assert f"lett connect SERVER-ADDRESS {code}" in out
    made = json.loads(admin("enroll", "--office", "TLN", "--role", "display", "--json"))
    expires = dt.datetime.fromisoformat(made["expires_at"])
    left = expires - dt.datetime.now(dt.UTC)
    assert dt.timedelta(minutes=59) < left <= dt.timedelta(minutes=60)
    assert (made["role"], made["office"]["code"]) == ("display", "TLN")
    failed, _, err = run(capsys, "server", "enroll", "--office", "NOPE", "--role", "desk",
                         "--database", server_db_url)
    assert (failed, err.strip()) == (1, "There is no office with the code \u201cNOPE\u201d.")


@pytest.fixture
def server(admin, server_store, live_server):
    return live_server


@pytest.fixture
def pc_home(tmp_path):
    return tmp_path / "pc"


def test_connect_enrolls_this_pc_keeps_the_token_in_a_private_file_and_brings_the_office(
    admin, server, pc_home, capsys
):
    code = enrollment_code(admin)
    out = ok(capsys, "--home", pc_home, "connect", server.url + "/", code, "--name", "Lett 2")
    assert f"Connected to {server.url} as Lett 2 (counter) of office TLN" in out
    assert "Office TLN: 3 services, 3 counters." in out

    settings = Settings.load(pc_home / "settings.toml")
    assert (settings.get("server.url"), settings.get("server.role"),
            settings.get("office.code"), settings.get("server.ca")) == (
        server.url, "counter", "TLN", "")
    token_file = pc_home / TOKEN_FILE
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    token = token_file.read_text()
    assert token not in (pc_home / "settings.toml").read_text()
    who = httpx.get(f"{server.url}/devices/me", headers={"Authorization": f"Bearer {token}"})
    assert (who.json()["name"], who.json()["office"]["code"]) == ("Lett 2", "TLN")

    devices = json.loads(admin("devices", "--json"))["devices"]
    assert [(d["name"], d["role"], d["office"]["code"], d["revoked_at"]) for d in devices] == [
        ("Lett 2", "counter", "TLN", None)]
    assert devices[0]["last_seen_at"] is not None
    table = admin("devices").splitlines()
    assert table[0].split() == ["Device", "Office", "Role", "Name", "Enrolled", "Last",
                                "contact", "Revoked"]
    assert table[1].split()[:4] == [devices[0]["id"], "TLN", "counter", "Lett"]

    out = ok(capsys, "--home", pc_home, "disconnect")
    assert out.strip() == f"Disconnected from {server.url}; the server revoked this PC's token."
    assert not token_file.exists()
    settings = Settings.load(pc_home / "settings.toml")
    assert (settings.get("server.url"), settings.get("server.role")) == ("", "")
    assert json.loads(admin("devices", "--json"))["devices"][0]["revoked_at"] is not None
    assert ok(capsys, "--home", pc_home, "disconnect").strip() == (
        "This PC was not connected to a server.")


def test_connect_keeps_the_token_in_the_keyring_when_there_is_one(
    admin, server, pc_home, capsys, memory_keyring
):
    ok(capsys, "--home", pc_home, "connect", server.url, enrollment_code(admin, "desk"))
    assert not (pc_home / TOKEN_FILE).exists()
    token = memory_keyring.items[(SERVICE, str(pc_home.resolve()))]
    who = httpx.get(f"{server.url}/devices/me", headers={"Authorization": f"Bearer {token}"})
    assert who.json()["role"] == "desk"
    ok(capsys, "--home", pc_home, "disconnect")
    assert memory_keyring.items == {}


def test_a_data_folder_with_its_own_office_is_refused_and_nothing_changes(
    admin, server, pc_home, capsys
):
    ok(capsys, "--home", pc_home, "demo")  # the PC's own DEMO office
    settings_before = (pc_home / "settings.toml").read_text()
    code = enrollment_code(admin)
    failed, out, err = run(capsys, "--home", pc_home, "connect", server.url, code)
    assert failed == 1
    assert "already holds its own office \u201cDEMO\u201d" in err
    assert (pc_home / "settings.toml").read_text() == settings_before
    assert not (pc_home / TOKEN_FILE).exists()
    assert json.loads(admin("devices", "--json"))["devices"] == []
    # The code was not used up: an empty data folder can still take it.
    ok(capsys, "--home", pc_home.with_name("fresh"), "connect", server.url, code)


def test_connecting_again_with_a_new_code_replaces_the_token(admin, server, pc_home, capsys):
    ok(capsys, "--home", pc_home, "connect", server.url, enrollment_code(admin, "desk"))
    first = (pc_home / TOKEN_FILE).read_text()
    ok(capsys, "--home", pc_home, "connect", server.url, enrollment_code(admin, "counter"))
    assert (pc_home / TOKEN_FILE).read_text() != first
    devices = json.loads(admin("devices", "--json"))["devices"]
    assert [d["role"] for d in devices] == ["counter"]


@pytest.mark.parametrize("url", ["lett.example:8470", "ftp://lett.example", "http://",
                                 "http://lett.example:port"])
def test_an_address_that_is_no_server_address_is_refused(pc_home, capsys, url):
    failed, _, err = run(capsys, "--home", pc_home, "connect", url, "ABCD-EFGH")
    assert failed == 1
    assert "is not a server address. Use http://host:port or https://host:port." in err


def test_a_wrong_code_and_an_unreachable_server_are_explained(admin, server, pc_home, capsys):
    failed, _, err = run(capsys, "--home", pc_home, "connect", server.url, "ABCD-EFGH")
    assert failed == 1 and "enrollment code is wrong, already used or expired" in err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    failed, _, err = run(capsys, "--home", pc_home, "connect", f"http://127.0.0.1:{closed}",
                         "ABCD-EFGH")
    assert failed == 1 and "cannot be reached" in err
    assert not (pc_home / "settings.toml").exists()


def test_revoke_names_the_device_and_refuses_an_unknown_one(admin, server, pc_home,
                                                             server_db_url, capsys):
    ok(capsys, "--home", pc_home, "connect", server.url, enrollment_code(admin), "--name", "K1")
    device = json.loads(admin("devices", "--json"))["devices"][0]
    out = admin("revoke", device["id"].upper())
    assert f"Device {device['id']} (K1, office TLN) is revoked" in out
    failed, _, err = run(capsys, "server", "revoke", "nobody", "--database", server_db_url)
    assert (failed, err.strip()) == (1, "There is no device nobody.")


def test_store_urls():
    home = Path("/srv/lett")
    assert store_url(None, home) == "sqlite:////srv/lett/server.sqlite3"
    assert store_url("postgresql://u@db/lett", home) == "postgresql+psycopg://u@db/lett"
    assert store_url("postgres://u@db/lett", home) == "postgresql+psycopg://u@db/lett"
    assert store_url("postgresql+psycopg://u@db/lett", home) == "postgresql+psycopg://u@db/lett"
    assert store_url("/data/server.sqlite3", home) == "sqlite:////data/server.sqlite3"


def test_tls_needs_both_the_certificate_and_the_key(tmp_path, capsys):
    failed, _, err = run(capsys, "--home", tmp_path, "server", "--tls-cert", tmp_path / "c.pem")
    assert (failed, err.strip()) == (2, "Give --tls-cert and --tls-key together.")


# -- the real `lett server` process, over HTTPS ------------------------------------------------


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that is its own authority, as an office might make one."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "lett test server")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_lett_server_serves_https_and_a_pc_connects_with_the_office_certificate(
    tmp_path, pc_home, capsys
):
    cert, key = self_signed(tmp_path)
    server_home = tmp_path / "server"
    ok(capsys, "--home", server_home, "server", "office", "add", "TLN", "Tallinn", "--demo")
    code = CODE.search(ok(capsys, "--home", server_home, "server", "enroll", "--office", "TLN",
                          "--role", "display")).group(0)
    port = free_port()
    env = {**os.environ, "LETT_LANG": "en", "LETT_HOME": str(server_home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "server", "--port", str(port),
         "--tls-cert", str(cert), "--tls-key", str(key)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"https://127.0.0.1:{port}"
    try:
        trusted = ssl.create_default_context(cafile=str(cert))
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(f"{url}/health", verify=trusted).json()["status"] == "ok"
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "lett server did not start"
                time.sleep(0.1)

        failed, _, err = run(capsys, "--home", pc_home, "connect", url, code)
        assert failed == 1 and "certificate is not trusted" in err
        out = ok(capsys, "--home", pc_home, "connect", url, code, "--ca", cert)
        assert "as" in out and "(display) of office TLN" in out
        assert Settings.load(pc_home / "settings.toml").get("server.ca") == str(cert.resolve())
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=15)
    assert f"Lett server on {url}" in output
    assert "sqlite:///" in output and str(server_home) in output


def test_the_administrator_reads_it_in_their_language(admin, server_db_url, capsys,
                                                      monkeypatch):
    monkeypatch.setenv("LETT_LANG", "et")
    out = ok(capsys, "server", "office", "add", "trt", "Tartu", "--database", server_db_url)
    assert out.strip() == "Asutus TRT \u201eTartu\u201c on lisatud."
    monkeypatch.setenv("LETT_LANG", "ru")
    failed, _, err = run(capsys, "server", "office", "add", "TRT", "Tartu", "--database",
                         server_db_url)
    assert (failed, err.strip()) == (1, "Учреждение с кодом «TRT» уже есть.")
