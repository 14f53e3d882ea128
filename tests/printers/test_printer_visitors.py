"""The visitor's badge on the ticket printer and as a PDF label, and the evacuation list."""

import subprocess

from printers.decode import decode_escpos
from printers.visitors import (
    Badge,
    EvacuationRow,
    EvacuationSheet,
    badge_pdf,
    badge_token_of,
    evacuation_pdf,
    print_badge,
    render_badge,
)

TOKEN = "5f0c3a9e8d7b6a5f4e3d2c1b0a998877"
BADGE = Badge("Tallinna teenindusbüroo", "Mari-Liis Õunapuu", "OÜ Näide",
              "Vastuvõtja: Kati Karu, ruum 204", "23.11.2026 10:15", TOKEN, "KÜLASTAJA")


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_badge_on_the_ticket_printer_has_name_host_date_and_the_check_out_qr():
    lines = decode_escpos(render_badge(BADGE, "80mm"))
    texts = [line for line in lines if line.startswith("TEXT")]
    assert "TEXT 'Mari-Liis Õunapuu'" in texts
    assert "TEXT 'Vastuvõtja: Kati Karu, ruum 204'" in texts
    assert "TEXT '23.11.2026 10:15'" in texts
    assert f"QR 'LETT-BADGE:{TOKEN}'" in lines
    assert lines[-1] == "CUT partial"


def test_badge_prints_to_a_file_printer(tmp_path):
    target = tmp_path / "badge.escpos"
    result = print_badge(f"file://{target}", BADGE, "58mm")
    assert result.bytes_sent == len(target.read_bytes()) > 0
    assert f"QR 'LETT-BADGE:{TOKEN}'" in decode_escpos(target.read_bytes())


def test_a_scanned_badge_gives_its_token():
    assert badge_token_of(f"LETT-BADGE:{TOKEN}\n") == TOKEN
    assert badge_token_of(f"lett-badge:{TOKEN}") == TOKEN
    assert badge_token_of(f"  {TOKEN} ") == TOKEN


def test_badge_label_pdf_shows_the_visitor_and_not_the_token(tmp_path):
    text = _pdf_text(badge_pdf(BADGE), tmp_path)
    for part in ("KÜLASTAJA", "Mari-Liis Õunapuu", "OÜ Näide", "Kati Karu", "23.11.2026"):
        assert part in text
    assert TOKEN not in text


def test_evacuation_list_pdf_lists_everyone_over_pages(tmp_path):
    rows = tuple(EvacuationRow(f"Юрий Смирнов {i}", "Näide AS", "Kati Karu, 204", "10:15")
                 for i in range(80))
    sheet = EvacuationSheet("Evakuatsiooninimekiri", "Tallinna teenindusbüroo",
                            "23.11.2026 10:20", "Külastajaid majas: 80",
                            ("Nr", "Nimi", "Asutus", "Vastuvõtja", "Saabus"), rows,
                            "Majas pole külastajaid.")
    data = evacuation_pdf(sheet)
    text = _pdf_text(data, tmp_path)
    assert "Юрий Смирнов 0" in text and "Юрий Смирнов 79" in text
    assert text.count("\f") >= 2  # more than one page, the heading row repeated
    assert text.count("Vastuvõtja") >= 2
    empty = _pdf_text(evacuation_pdf(EvacuationSheet(
        "Evakuatsiooninimekiri", "Büroo", "23.11.2026 10:20", "Külastajaid majas: 0",
        ("Nr", "Nimi", "Asutus", "Vastuvõtja", "Saabus"), (), "Majas pole külastajaid.")),
        tmp_path)
    assert "Majas pole külastajaid." in empty
