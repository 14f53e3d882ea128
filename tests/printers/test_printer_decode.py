import random

import pytest

from printers.decode import Qr, Raster, Text, decode_escpos, decode_ops


def test_commands_are_listed_by_name():
    stream = (
        b"\x1b@\x1bR\x00\x1ba\x01\x1bE\x01\x1d!\x33A014\n\x1d!\x00\x1bE\x00\n"
        b"\x1bt\x33\xf5\xe4\xf6\xfc\xf0\xfe\n\x1bt\x11\x92\xa0\xab\xae\xad\n"
        b"\x1b!\x38Big\n\x1b3\x1e\x1b2\x1b-\x01\x1bM\x01\x1dB\x01\x1bJ\x10"
        b"\x10\x04\x01\x10\x04\x04\x1bd\x03\x1dV\x01\x1dV\x00\x1dVB\x05"
    )
    assert decode_escpos(stream) == [
        "INIT",
        "CHARSET 0",
        "ALIGN center",
        "BOLD on",
        "SIZE 4x4",
        "TEXT 'A014'",
        "SIZE 1x1",
        "BOLD off",
        "LF",
        "CODEPAGE 51 (cp1257)",
        "TEXT 'õäöüšž'",
        "CODEPAGE 17 (cp866)",
        "TEXT 'Талон'",
        "PRINTMODE 0x38 (bold on, 2x2)",
        "TEXT 'Big'",
        "LINESPACING 30",
        "LINESPACING default",
        "UNDERLINE 1",
        "FONT B",
        "REVERSE on",
        "FEED_DOTS 16",
        "STATUS_REQUEST 1 (printer)",
        "STATUS_REQUEST 4 (paper sensor)",
        "FEED 3",
        "CUT partial",
        "CUT full",
        "CUT partial (feed 5)",
    ]


def test_text_before_init_is_read_as_cp437_and_init_resets_the_code_page():
    assert decode_escpos(b"\x84\n\x1bt\x11\x84\n\x1b@\x84\n") == [
        "TEXT 'ä'",
        "CODEPAGE 17 (cp866)",
        "TEXT 'Д'",
        "INIT",
        "TEXT 'ä'",
    ]


def test_a_given_table_maps_numbers_to_codecs():
    assert decode_escpos(b"\x1bt\x19\xf0\n", {25: "cp1257"}) == [
        "CODEPAGE 25 (cp1257)",
        "TEXT 'š'",
    ]


def test_an_unknown_code_page_is_named_and_its_letters_replaced():
    assert decode_escpos(b"\x1bt\x19ok \xf0\n") == ["CODEPAGE 25 (unknown)", "TEXT 'ok \ufffd'"]


def test_text_cut_short_by_a_command_is_marked():
    assert decode_escpos(b"Hello \x1bE\x01World\n") == [
        "TEXT 'Hello ' (no LF)",
        "BOLD on",
        "TEXT 'World'",
    ]
    assert decode_escpos(b"tail") == ["TEXT 'tail' (no LF)"]


def test_raster_image_keeps_its_bits():
    stream = b"\x1dv0\x00\x02\x00\x03\x00" + bytes(range(6)) + b"\n"
    ops = decode_ops(stream)
    assert ops[0] == Raster(16, 3, bytes(range(6)))
    assert decode_escpos(stream) == ["RASTER 16x3", "LF"]


def test_qr_code_settings_and_payload():
    stream = (
        b"\x1d(k\x04\x001A2\x00\x1d(k\x03\x001C\x06\x1d(k\x03\x001E1"
        b"\x1d(k\x0c\x001P0https://x\x1d(k\x03\x001Q0"
    )
    assert decode_escpos(stream) == ["QR_MODEL 2", "QR_SIZE 6", "QR_EC M", "QR 'https://x'"]
    assert decode_ops(stream)[-1] == Qr("https://x", model=2, module_size=6, error_level="M")


@pytest.mark.parametrize(
    ("stream", "listing"),
    [
        (b"\x1b", ["HEX 1b"]),
        (b"\x1bt", ["HEX 1b 74"]),
        (
            b"ok\n\x1dv0\x00\x10\x00\x05\x00abc",
            ["TEXT 'ok'", "HEX 1d 76 30 00 10 00 05 00 61 62 63"],
        ),
        (b"\x1d(k\x05\x001", ["HEX 1d 28 6b 05 00 31"]),
        (b"\x1bz\x01", ["HEX 1b 7a", "HEX 01"]),
        (b"\x1d(k\x03\x000A\x00", ["HEX 1d 28 6b 03 00 30 41 00"]),
        (b"\x10\x05\x02", ["HEX 10 05", "HEX 02"]),
        (b"\x1ba\x07", ["HEX 1b 61 07"]),
        (b"\x1dV\x07", ["HEX 1d 56 07"]),
        (b"\x07\x7f", ["HEX 07", "HEX 7f"]),
        (b"\x1b" + bytes(60), ["HEX 1b 00"] + ["HEX 00"] * 59),
    ],
)
def test_unknown_and_cut_off_bytes_are_shown_as_hex(stream, listing):
    assert decode_escpos(stream) == listing


def test_long_unknown_data_is_shortened():
    (line,) = decode_escpos(b"\x1d(k\x64\x000" + bytes(99))
    assert line.startswith("HEX 1d 28 6b 64 00 30 00") and line.endswith("… (105 bytes)")


def test_random_bytes_never_stop_the_decoder():
    generator = random.Random(20261123)
    for _ in range(300):
        stream = bytes(
            generator.choice(b"\x1b\x1d\x10\x0a\x00!(kv0VtaE@\x04\x01\xf5")
            for _ in range(generator.randrange(1, 200))
        )
        ops = decode_ops(stream)
        assert all(isinstance(line, str) for line in decode_escpos(stream))
        assert all(not isinstance(op, Text) or "\n" not in op.text for op in ops)
