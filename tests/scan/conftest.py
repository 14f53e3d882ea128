"""Shared fixtures of the scan tests: SANE's `test` backend as the only scanner."""

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def sane_test_backend(tmp_path, monkeypatch) -> Path:
    """A SANE configuration with only the `test` backend (devices test:0 and test:1, a flatbed
    and a feeder of 10 pages), set for scanimage through SANE_CONFIG_DIR. Returns its folder."""
    if shutil.which("scanimage") is None:
        pytest.fail("scanimage is missing: install sane-utils (packaging/debian-deps.sh)")
    config = tmp_path / "sane.d"
    config.mkdir()
    (config / "dll.conf").write_text("test\n")
    system = Path("/etc/sane.d/test.conf")
    if system.exists():
        shutil.copyfile(system, config / "test.conf")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    return config
