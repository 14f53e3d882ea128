"""`lett voice`: an admin hears a call as this PC's display says it."""

from app.cli import main
from app.speech.wav import read_wav


def test_a_call_is_written_as_a_wav_in_the_visitors_language_then_estonian(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    out = tmp_path / "call.wav"

    code = main(["--home", str(tmp_path / "home"), "voice", "A012", "--counter", "3",
                 "--lang", "ru", "--out", str(out)])

    printed = capsys.readouterr().out
    assert code == 0
    assert "Номер A 0 1 2, окно 3 / Number A 0 1 2, teeninduslett 3" in printed
    sound = read_wav(out.read_bytes())
    assert sound.seconds > 4  # two sentences
    assert sound.rms() > 500  # spoken, not silence


def test_a_folder_of_recordings_that_lacks_a_fragment_falls_back_to_espeak(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    home = tmp_path / "home"
    (tmp_path / "voices" / "et").mkdir(parents=True)
    home.mkdir()
    (home / "settings.toml").write_text(
        f'[display]\nvoice_folder = "{tmp_path / "voices"}"\n', encoding="utf-8")
    out = tmp_path / "call.wav"

    code = main(["--home", str(home), "voice", "B7", "--counter", "Lett 2", "--out", str(out)])

    assert code == 0, capsys.readouterr().err
    assert read_wav(out.read_bytes()).rms() > 500
