from PIL import Image

from printers.preview import MARGIN, render_preview
from printers.profiles import get_profile
from printers.raster import LINE_PITCH, raster_command, text_image
from printers.ticket import TicketSlip, render_ticket

ESTONIAN = TicketSlip(
    office_name="Tallinna teenindusbüroo",
    number="A014",
    service_name="Isikut tõendavad dokumendid",
    issued_at_text="23.11.2026 10:15",
    lines=("Teie ees: 3", "Eeldatav ooteaeg: 10–20 min"),
    qr_data="https://lett.example.ee/t/A014",
)
RUSSIAN = TicketSlip(
    office_name="Таллинское бюро обслуживания",
    number="Б007",
    service_name="Документы",
    issued_at_text="23.11.2026 10:15",
    lines=("Перед вами: 3", "Ожидаемое время: 10–20 мин"),
    qr_data="https://lett.example.ee/t/B007",
)


def ink_rows(image):
    """Rows of the image that have a dark pixel."""
    dark = image.point(lambda value: 255 if value < 128 else 0).convert("1")
    width = dark.width
    pixels = dark.tobytes()
    stride = (width + 7) // 8
    return [y for y in range(dark.height) if any(pixels[y * stride : (y + 1) * stride])]


def test_preview_is_as_wide_as_the_paper_and_shows_the_ticket(tmp_path):
    for slip, profile in ((ESTONIAN, "80mm"), (RUSSIAN, "58mm-basic")):
        paper = get_profile(profile)
        image = render_preview(render_ticket(slip, paper), paper)
        assert image.mode == "L"
        assert image.width == paper.width_dots + 2 * MARGIN
        assert image.height > 20 * LINE_PITCH
        assert len(ink_rows(image)) > 10 * LINE_PITCH
        image.save(tmp_path / f"{profile}.png")
        assert Image.open(tmp_path / f"{profile}.png").size == image.size


def test_picture_lines_look_like_text_lines():
    paper = get_profile("58mm-basic")
    line = text_image("Перед вами: 3", paper.width_dots, (1, 1), False, "center")
    shown = render_preview(b"\x1b@" + raster_command(line), paper)
    as_text = render_preview(b"\x1b@\x1ba\x01Perfect view\n", paper)
    assert shown.size == as_text.size
    inside = shown.crop((MARGIN, MARGIN, MARGIN + paper.width_dots, MARGIN + LINE_PITCH))
    assert (
        inside.point(lambda v: 255 if v < 128 else 0).tobytes()
        == line.point(lambda v: 255 if v < 128 else 0).tobytes()
    )


def test_big_text_takes_more_room_than_normal_text():
    small = render_preview(b"\x1b@A014\n", "80mm")
    big = render_preview(b"\x1b@\x1d!\x33A014\n", "80mm")
    assert big.height - small.height == 3 * LINE_PITCH


def test_qr_code_and_cut_are_drawn():
    with_qr = render_preview(render_ticket(ESTONIAN, "80mm"), "80mm")
    without = render_preview(
        render_ticket(TicketSlip(**{**ESTONIAN.__dict__, "qr_data": None}), "80mm"), "80mm"
    )
    assert with_qr.height - without.height > 29 * 8


def test_unknown_bytes_and_status_requests_leave_no_mark():
    plain = render_preview(b"\x1b@Hi\n", "58mm")
    noisy = render_preview(b"\x1b@\x10\x04\x01\x1bz\x1bt\x11Hi\n", "58mm")
    assert plain.tobytes() == noisy.tobytes()
