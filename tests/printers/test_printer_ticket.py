import random

import pytest
from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy
from PIL import Image, ImageDraw

from printers.decode import CodePage, Cut, Qr, Raster, Size, Text, decode_escpos, decode_ops
from printers.errors import PrinterConfigError
from printers.profiles import get_profile
from printers.raster import LINE_PITCH, raster_command, text_image
from printers.ticket import (
    TicketSlip,
    clean_text,
    page_link,
    pick_code_page,
    qr_commands,
    qr_module_size,
    render_ticket,
)

ESTONIAN = TicketSlip(
    office_name="Tallinna teenindusbüroo",
    number="A014",
    service_name="Isikut tõendavad dokumendid",
    issued_at_text="23.11.2026 10:15",
    lines=("Teie ees: 3", "Eeldatav ooteaeg: 10–20 min", "õäöüšž ÕÄÖÜŠŽ"),
    qr_data="https://lett.example.ee/t/A014",
)
RUSSIAN = TicketSlip(
    office_name="Tallinn",
    number="B007",
    service_name="Талон",
    issued_at_text="23.11.2026 10:15",
    lines=("Перед вами: 3", "Thank you"),
    qr_data=None,
)


def texts(ops):
    return [op.text for op in ops if isinstance(op, Text)]


def active_code_page(ops, index):
    pages = [op for op in ops[:index] if isinstance(op, CodePage)]
    return pages[-1].number if pages else None


def test_stream_starts_with_init_and_ends_with_feed_and_partial_cut():
    data = render_ticket(ESTONIAN, "80mm")
    assert data.startswith(b"\x1b@")
    assert data.endswith(b"\x1bd\x04\x1dV\x01")
    assert decode_escpos(data)[-2:] == ["FEED 4", "CUT partial"]
    assert isinstance(decode_ops(data)[-1], Cut)


@pytest.mark.parametrize(("profile", "scale"), [("80mm", 4), ("58mm", 3)])
def test_number_is_large_centered_and_bold(profile, scale):
    listing = decode_escpos(render_ticket(ESTONIAN, profile))
    at = listing.index("TEXT 'A014'")
    before = listing[:at]
    assert before[-2:] == [f"SIZE {scale}x{scale}", "BOLD on"]
    assert "ALIGN center" in before
    assert listing[at + 1] == "SIZE 1x1"


def test_office_name_is_bold_and_comes_first():
    listing = decode_escpos(render_ticket(ESTONIAN, "80mm"))
    assert listing[:5] == [
        "INIT",
        "CHARSET 0",
        "ALIGN center",
        "BOLD on",
        "CODEPAGE 51 (cp1257)",
    ]
    assert listing[5] == "TEXT 'Tallinna teenindusbüroo'"


def test_estonian_letters_go_through_cp1257_and_decode_back_exactly():
    data = render_ticket(ESTONIAN, "80mm")
    assert "õäöüšž ÕÄÖÜŠŽ".encode("cp1257") + b"\n" in data
    ops = decode_ops(data)
    lines = texts(ops)
    assert "õäöüšž ÕÄÖÜŠŽ" in lines
    assert "Eeldatav ooteaeg: 10–20 min" in lines
    at = ops.index(Text("õäöüšž ÕÄÖÜŠŽ"))
    assert active_code_page(ops, at) == 51
    # The code page is switched once and stays for the following Estonian lines.
    assert data.count(b"\x1bt") == 1


def test_code_page_command_comes_right_before_the_first_line_that_needs_it():
    slip = TicketSlip("Office", "A014", "Service", "10:15", ("Ready", "õäöüšž"))
    data = render_ticket(slip, "80mm")
    assert b"Ready\n\x1bt\x33" + "õäöüšž".encode("cp1257") + b"\n" in data
    assert decode_escpos(data)[-5:-2] == ["TEXT 'Ready'", "CODEPAGE 51 (cp1257)", "TEXT 'õäöüšž'"]


def test_cyrillic_goes_through_cp866():
    data = render_ticket(RUSSIAN, "80mm")
    ops = decode_ops(data)
    at = ops.index(Text("Талон"))
    assert active_code_page(ops, at) == 17
    assert b"\x1bt\x11" + "Талон".encode("cp866") + b"\n" in data
    assert "Перед вами: 3" in texts(ops)
    assert not [op for op in ops if isinstance(op, Raster)]


def test_switching_between_estonian_and_russian_lines():
    slip = TicketSlip("Büroo", "C1", "Талон", "x", ("Šokolaad", "Шоколад", "Tööaeg"), None)
    listing = decode_escpos(render_ticket(slip, "58mm"))
    assert [line for line in listing if line.startswith(("CODEPAGE", "TEXT"))] == [
        "CODEPAGE 51 (cp1257)",
        "TEXT 'Büroo'",
        "TEXT 'C1'",
        "CODEPAGE 17 (cp866)",
        "TEXT 'Талон'",
        "TEXT 'x'",
        "CODEPAGE 51 (cp1257)",
        "TEXT 'Šokolaad'",
        "CODEPAGE 17 (cp866)",
        "TEXT 'Шоколад'",
        "CODEPAGE 51 (cp1257)",
        "TEXT 'Tööaeg'",
    ]


def test_every_text_line_decodes_back_to_what_was_asked_on_every_profile():
    for profile in ("80mm", "58mm", "80mm-clone", "58mm-clone", "80mm-basic", "58mm-basic"):
        paper = get_profile(profile)
        for slip in (ESTONIAN, RUSSIAN):
            ops = decode_ops(render_ticket(slip, paper), paper.codecs_by_number)
            wanted = {slip.office_name, slip.number, slip.service_name, slip.issued_at_text}
            wanted |= set(slip.lines)
            for line in texts(ops):
                assert line in wanted, (profile, line)


def test_clone_profile_uses_its_own_number_for_cp1257():
    data = render_ticket(ESTONIAN, "58mm-clone")
    assert b"\x1bt\x19" in data and b"\x1bt\x33" not in data
    assert "õäöüšž ÕÄÖÜŠŽ" in texts(decode_ops(data, get_profile("58mm-clone").codecs_by_number))


def test_qr_code_carries_the_payload_and_fits_the_paper():
    for profile in ("80mm", "58mm"):
        paper = get_profile(profile)
        (qr,) = [op for op in decode_ops(render_ticket(ESTONIAN, paper)) if isinstance(op, Qr)]
        assert qr.data == "https://lett.example.ee/t/A014"
        assert (qr.model, qr.error_level) == (2, "M")
        # version 3 at level M: 29 modules
        assert 3 <= qr.module_size <= 8
        assert 29 * qr.module_size <= paper.width_dots // 2
    assert "QR" not in " ".join(decode_escpos(render_ticket(RUSSIAN, "80mm")))


def test_qr_module_size_shrinks_for_long_data_and_refuses_too_much():
    assert qr_module_size("x" * 20, 576) == 8
    long = qr_module_size("x" * 1500, 576)
    assert 1 <= long < 4
    with pytest.raises(ValueError, match="does not fit"):
        qr_module_size("x" * 5000, 576)


def test_qr_commands_are_those_python_escpos_sends():
    printer = Dummy()
    printer.qr("https://lett.example.ee/t/A014", ec=QR_ECLEVEL_M, size=6, native=True)
    assert qr_commands("https://lett.example.ee/t/A014", 6) == printer.output


def test_raster_command_is_what_python_escpos_sends_for_the_same_picture():
    image = Image.new("L", (37, 5), 255)
    ImageDraw.Draw(image).line((0, 0, 36, 4), fill=0)
    printer = Dummy()
    printer.image(image, impl="bitImageRaster")
    assert raster_command(image) == printer.output


def test_pictures_never_hold_real_time_commands():
    # Bytes 10 04 01 (DLE EOT 1), 10 05 02 (DLE ENQ 2) and 10 14 (DLE DC4) in the bits.
    image = Image.new("1", (48, 2), 0)
    image.frombytes(b"\x10\x04\x01\x10\x05\x02\x10\x14\x08\x10\x10\x04")
    data = raster_command(image.convert("L").point(lambda v: 255 - v))
    assert data[8:] == b"\x00\x04\x01\x00\x05\x02\x00\x14\x08\x10\x00\x04"


def test_tickets_never_hold_real_time_commands():
    generator = random.Random(7)
    letters = "abcdefõäöüšžÕÄÖÜŠŽжщыюя–—€ 0123456789\x10\x04"
    for _ in range(40):
        words = ["".join(generator.choices(letters, k=generator.randint(1, 9))) for _ in range(8)]
        slip = TicketSlip(
            " ".join(words[:2]),
            words[2][:4],
            " ".join(words[3:5]),
            "x",
            (" ".join(words[5:]),),
            qr_data="\x10\x04\x01" + words[0],
        )
        for profile in ("58mm-basic", "80mm"):
            data = render_ticket(slip, profile)
            for marker in (b"\x10\x04", b"\x10\x05", b"\x10\x14"):
                assert marker not in data


def test_cp437_only_printer_gets_estonian_and_cyrillic_lines_as_pictures():
    # "büroo" is fine in CP437; "õ", "š", "ž", the en dash and Cyrillic are not.
    for slip, text_lines, picture_lines in (
        (ESTONIAN, ["Tallinna teenindusbüroo", "A014", "23.11.2026 10:15", "Teie ees: 3"], 3),
        (RUSSIAN, ["Tallinn", "B007", "23.11.2026 10:15", "Thank you"], 2),
    ):
        ops = decode_ops(render_ticket(slip, "58mm-basic"))
        assert texts(ops) == text_lines
        rasters = [op for op in ops if isinstance(op, Raster)]
        assert len(rasters) == picture_lines
        for raster in rasters:
            assert raster.width == 384
            assert raster.height == LINE_PITCH
            assert any(raster.data), "the picture has ink"
        assert {op.number for op in ops if isinstance(op, CodePage)} <= {0}


def test_picture_lines_wrap_and_are_centered():
    slip = TicketSlip("X", "1", "Съешь же ещё этих мягких французских булок, да выпей чаю", "x")
    rasters = [op for op in decode_ops(render_ticket(slip, "58mm-basic")) if isinstance(op, Raster)]
    assert len(rasters) == 3
    for raster in rasters:
        image = Image.frombytes("1", (raster.width, raster.height), raster.data)
        left, _, right, _ = image.getbbox()
        assert abs(left - (raster.width - right)) <= 2


def test_number_in_a_picture_keeps_its_size():
    slip = TicketSlip("X", "Б007", "y", "z")
    (raster,) = [
        op for op in decode_ops(render_ticket(slip, "58mm-basic")) if isinstance(op, Raster)
    ]
    assert raster.height == 3 * LINE_PITCH
    image = Image.frombytes("1", (raster.width, raster.height), raster.data)
    _, top, _, bottom = image.getbbox()
    assert bottom - top > 2 * 24


def test_long_lines_wrap_at_words_within_the_paper():
    line = "Palun oodake, kuni Teie number kuvatakse ekraanil ja helisignaal kõlab kaks korda"
    slip = TicketSlip("X", "A1", "y", "z", (line,))
    for profile in ("80mm", "58mm"):
        paper = get_profile(profile)
        rows = texts(decode_ops(render_ticket(slip, paper)))[4:]
        assert len(rows) > 1
        assert all(len(row) <= paper.chars_per_line for row in rows)
        assert " ".join(rows) == line


def test_large_number_wraps_at_its_own_width():
    slip = TicketSlip("X", "1234567890123", "y", "z")
    ops = decode_ops(render_ticket(slip, "80mm"))
    at = next(i for i, op in enumerate(ops) if isinstance(op, Size) and op.width == 4)
    assert [ops[at + 2], ops[at + 3]] == [Text("123456789012"), Text("3")]


def test_control_characters_cannot_sneak_in_commands():
    slip = TicketSlip("Office\x1b@", "A1\x1dV\x00", "x\u200by", "tab\there", ("o\u0303",))
    listing = decode_escpos(render_ticket(slip, "80mm"))
    assert listing.count("INIT") == 1
    assert listing.count("CUT full") == 0
    assert "TEXT 'Office @'" in listing
    assert "TEXT 'xy'" in listing
    assert "TEXT 'õ'" in listing
    assert clean_text("a\nb\x00c") == "a b c"


def test_pick_code_page_rules():
    epson = get_profile("80mm")
    assert pick_code_page("Plain text", epson, None) == "ascii"
    assert pick_code_page("õun", epson, None) == "cp1257"
    assert pick_code_page("Талон", epson, "cp1257") == "cp866"
    assert pick_code_page("äö", epson, "cp850") == "cp850"
    assert pick_code_page("Талон – 5", epson, None) is None
    assert pick_code_page("ä", get_profile("58mm-basic"), None) == "cp437"
    assert pick_code_page("õ", get_profile("58mm-basic"), None) is None


def test_unknown_profile_is_refused():
    with pytest.raises(PrinterConfigError):
        render_ticket(ESTONIAN, "57mm")


def test_text_image_matches_alignment():
    for align in ("left", "center", "right"):
        image = text_image("Tere", 384, (1, 1), False, align)
        assert image.size == (384, LINE_PITCH)
        left, _, right, _ = image.point(lambda v: 255 - v).getbbox()
        if align == "left":
            assert left < 4
        elif align == "right":
            assert right > 380
        else:
            assert abs(left - (384 - right)) <= 2
    assert text_image("Tere", 384, (2, 1), True, "left").size == (384, LINE_PITCH)


def test_page_link_is_the_public_address_and_the_tickets_key():
    assert page_link("https://jarjekord.example.ee/", "k3yk3yk3yk3yk3yk3yk3yk") == (
        "https://jarjekord.example.ee/t/k3yk3yk3yk3yk3yk3yk3yk")
    # Without an address, or a ticket without a key (issued before pages existed): no link.
    assert page_link("", "k3yk3yk3yk3yk3yk3yk3yk") is None
    assert page_link("https://jarjekord.example.ee", None) is None


def test_qr_caption_is_printed_under_the_code():
    slip = TicketSlip(**{**ESTONIAN.__dict__, "qr_caption": "Jälgi oma järjekorda telefonis"})
    ops = decode_ops(render_ticket(slip, "80mm"))
    at = next(i for i, op in enumerate(ops) if isinstance(op, Qr))
    assert "Jälgi oma järjekorda telefonis" in texts(ops[at:])
    assert "Jälgi oma järjekorda telefonis" not in texts(ops[:at])
