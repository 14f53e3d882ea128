"""A desk or kiosk PC prints the ticket page's QR code as soon as the office has a public
address: no second switch on each PC (a printer without QR codes has it turned off)."""

from app.cli import main
from app.operations import config as cfg
from app.operations.bootstrap import open_local
from app.operations.context import staff_actor
from printers.decode import Qr, decode_ops


def issue(home, out) -> list[Qr]:
    out.unlink(missing_ok=True)  # a file printer adds to its file
    assert main(["--home", str(home), "queue", "issue", "A", "--printer", f"file://{out}"]) == 0
    return [op for op in decode_ops(out.read_bytes()) if isinstance(op, Qr)]


def test_the_qr_code_comes_with_the_public_address_and_a_pc_may_turn_it_off(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LETT_LANG", "en")
    home, out = tmp_path / "home", tmp_path / "ticket.bin"
    assert main(["--home", str(home), "demo"]) == 0
    assert issue(home, out) == []

    local = open_local(home)
    cfg.update_settings(local.context(staff_actor()),
                        {"ticket_page.address": "https://jarjekord.example.ee"})
    local.close()
    (qr,) = issue(home, out)
    assert qr.data.startswith("https://jarjekord.example.ee/t/")

    (home / "settings.toml").write_text("[printer]\nqr = false\n", encoding="utf-8")
    assert issue(home, out) == []
