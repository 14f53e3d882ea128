"""`lett config export` and `lett config import`: a second office starts from the first one's."""

import tomllib

import tomli_w

from app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_second_office_starts_from_the_first_ones_configuration(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    first, second = tmp_path / "tallinn", tmp_path / "tartu"
    assert run(capsys, "--home", str(first), "demo")[0] == 0
    assert run(capsys, "--home", str(second), "demo")[0] == 0
    path = tmp_path / "office.toml"
    code, out, err = run(capsys, "--home", str(first), "config", "export", str(path))
    assert code == 0, err
    assert out.strip() == f"Office configuration written to {path} (without staff accounts)."
    data = tomllib.loads(path.read_text("utf-8"))
    data["office"]["name"] = "Tartu teenindusbüroo"
    data["services"] = data["services"][:2]
    data["counters"] = [{"number": 1, "name": "Lett 1", "label": "1", "services": ["A", "B"]}]
    path.write_text(tomli_w.dumps(data), "utf-8")

    code, out, err = run(capsys, "--home", str(second), "config", "import", str(path))

    assert code == 0, err
    assert out.strip() == (f"Office configuration read from {path}: 2 services, 1 counters.")
    exported = tmp_path / "tartu.json"
    assert run(capsys, "--home", str(second), "config", "export", str(exported))[0] == 0
    text = exported.read_text("utf-8")
    assert "Tartu teenindusbüroo" in text and "Dokumendid" not in text


def test_a_bad_file_is_refused_in_the_users_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "et")
    home = tmp_path / "home"
    run(capsys, "--home", str(home), "demo")
    path = tmp_path / "office.json"
    assert run(capsys, "--home", str(home), "config", "export", str(path))[0] == 0
    path.write_text(path.read_text("utf-8").replace('"code": "B"', '"code": "A"'), "utf-8")
    code, out, err = run(capsys, "--home", str(home), "config", "import", str(path))
    assert code == 1 and out == ""
    assert str(path) in err and "Pensionid" in err and "already" not in err
    code, _, err = run(capsys, "--home", str(home), "config", "import",
                       str(tmp_path / "office.ini"))
    assert code == 1 and "office.ini" in err


def test_a_desk_user_cannot_export_or_import(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    home = str(tmp_path / "home")
    run(capsys, "--home", home, "demo")
    run(capsys, "--home", home, "account", "add", "kati", "--roles", "desk")
    code, out, _ = run(capsys, "--home", home, "account", "reset", "kati")
    password = out.split(": ")[1].split(".")[0]
    monkeypatch.setenv("LETT_PASSWORD", password)
    monkeypatch.setenv("LETT_NEW_PASSWORD", "kati-oma-parool")
    assert run(capsys, "--home", home, "account", "passwd", "kati")[0] == 0
    monkeypatch.setenv("LETT_PASSWORD", "kati-oma-parool")
    path = tmp_path / "office.toml"
    code, _, err = run(capsys, "--home", home, "--user", "kati", "config", "export", str(path))
    assert code == 1 and "kati may not change the office configuration" in err.lower()
    assert not path.exists()
