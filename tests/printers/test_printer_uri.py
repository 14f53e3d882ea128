import pytest

from printers.errors import PrinterConfigError
from printers.uri import PrinterUri, parse_printer_uri


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        ("tcp://192.168.1.50:9100", PrinterUri("tcp", host="192.168.1.50", port=9100), None),
        (
            "tcp://printer.local",
            PrinterUri("tcp", host="printer.local", port=9100),
            "tcp://printer.local:9100",
        ),
        (
            "TCP://10.0.0.5:9101",
            PrinterUri("tcp", host="10.0.0.5", port=9101),
            "tcp://10.0.0.5:9101",
        ),
        ("tcp://[::1]:9100", PrinterUri("tcp", host="::1", port=9100), None),
        (
            "  tcp://10.0.0.5/  ",
            PrinterUri("tcp", host="10.0.0.5", port=9100),
            "tcp://10.0.0.5:9100",
        ),
        ("usb://04b8:0202", PrinterUri("usb", vendor_id=0x04B8, product_id=0x0202), None),
        (
            "usb://0x4B8:0x202",
            PrinterUri("usb", vendor_id=0x04B8, product_id=0x0202),
            "usb://04b8:0202",
        ),
        (
            "serial:///dev/ttyUSB0?baudrate=19200",
            PrinterUri("serial", path="/dev/ttyUSB0", baudrate=19200),
            None,
        ),
        (
            "serial:///dev/ttyS0",
            PrinterUri("serial", path="/dev/ttyS0", baudrate=9600),
            "serial:///dev/ttyS0?baudrate=9600",
        ),
        ("serial://COM3?baudrate=115200", PrinterUri("serial", path="COM3", baudrate=115200), None),
        (
            "file:///var/spool/lett/tickets.bin",
            PrinterUri("file", path="/var/spool/lett/tickets.bin"),
            None,
        ),
        ("file:///tmp/two%20words.bin", PrinterUri("file", path="/tmp/two words.bin"), None),
        ("file://localhost/tmp/t.bin", PrinterUri("file", path="/tmp/t.bin"), "file:///tmp/t.bin"),
        ("cups://TicketPrinter", PrinterUri("cups", queue="TicketPrinter"), None),
    ],
)
def test_good_uris_parse_and_print_back_canonically(text, expected, canonical):
    parsed = parse_printer_uri(text)
    assert parsed == expected
    assert str(parsed) == (canonical or text)
    assert parse_printer_uri(str(parsed)) == parsed


def test_only_tcp_and_serial_can_answer_status():
    answering = {
        text.split(":")[0]
        for text in ("tcp://h", "usb://1:2", "serial:///dev/x", "file:///x", "cups://q")
        if parse_printer_uri(text).bidirectional
    }
    assert answering == {"tcp", "serial"}


def test_printer_uri_is_frozen():
    uri = parse_printer_uri("tcp://h")
    with pytest.raises(AttributeError):
        uri.port = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("", "empty", ["empty", "tcp://192.168.1.50:9100"]),
        ("   ", "empty", ["empty"]),
        ("http://printer", "bad_scheme", ["tcp://", "usb://", "cups://"]),
        ("192.168.1.50:9100", "bad_scheme", ["must start with"]),
        ("tcp://", "missing_host", ["which computer", "tcp://192.168.1.50:9100"]),
        ("tcp://h:0", "bad_port", ["1 to 65535"]),
        ("tcp://h:70000", "bad_port", ["1 to 65535"]),
        ("tcp://h:printer", "bad_port", ["1 to 65535"]),
        ("tcp://h:9100/queue", "bad_option", ["path"]),
        ("tcp://h:9100?x=1", "bad_option", ["options"]),
        ("tcp://h:9100#x", "bad_option", ["'#'"]),
        ("usb://04b8", "bad_usb_id", ["usb://04b8:0202", "hexadecimal"]),
        ("usb://04b8:epson", "bad_usb_id", ["usb://04b8:0202"]),
        ("usb://12345:0202", "bad_usb_id", ["usb://04b8:0202"]),
        ("serial://", "missing_path", ["serial port", "serial:///dev/ttyUSB0?baudrate=19200"]),
        ("serial://host/dev/ttyS0", "missing_path", ["three slashes"]),
        ("serial:///dev/ttyS0?baudrate=fast", "bad_baudrate", ["9600"]),
        ("serial:///dev/ttyS0?baudrate=0", "bad_baudrate", ["9600"]),
        ("serial:///dev/ttyS0?parity=E", "bad_option", ["'parity'", "baudrate"]),
        ("file://", "missing_path", ["does not name a file", "file:///var/spool"]),
        ("file:///tmp/", "missing_path", ["does not name a file"]),
        ("file://tmp/tickets.bin", "bad_path", ["three slashes"]),
        ("cups://", "missing_queue", ["cups://TicketPrinter"]),
        ("cups://Ticket Printer", "bad_queue", ["no spaces"]),
        ("cups://host/queue", "bad_queue", ["cups://TicketPrinter"]),
    ],
)
def test_bad_uris_say_what_is_wrong_and_what_is_right(text, code, words):
    with pytest.raises(PrinterConfigError) as caught:
        parse_printer_uri(text)
    assert caught.value.code == code
    message = str(caught.value)
    assert message.endswith(".")
    for word in words:
        assert word in message
    assert isinstance(caught.value, ValueError)
