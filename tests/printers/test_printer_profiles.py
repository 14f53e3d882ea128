import codecs
import json
from importlib import resources

import pytest

from printers.errors import PrinterConfigError
from printers.profiles import (
    BASIC_CODE_PAGES,
    CHINESE_CLONE_CODE_PAGES,
    EPSON_CODE_PAGES,
    EPSON_TICKET_CODE_PAGES,
    PROFILES,
    get_profile,
)


@pytest.fixture(scope="module")
def capabilities():
    """python-escpos's bundled printer database, read as plain JSON."""
    return json.loads(resources.files("escpos").joinpath("capabilities.json").read_text("utf-8"))


def python_codec(capabilities, name):
    return codecs.lookup(capabilities["encodings"][name]["python_encode"]).name


def test_paper_widths_and_columns():
    assert (get_profile("80mm").width_dots, get_profile("80mm").chars_per_line) == (576, 48)
    assert (get_profile("58mm").width_dots, get_profile("58mm").chars_per_line) == (384, 32)
    assert get_profile("80mm").number_scale >= 4
    assert get_profile("58mm").number_scale >= 3
    assert get_profile("58mm-basic").code_pages == BASIC_CODE_PAGES == {"cp437": 0}
    assert get_profile("80mm-basic").width_dots == 576


def test_unknown_profile_is_a_config_error():
    with pytest.raises(PrinterConfigError) as caught:
        get_profile("110mm")
    assert caught.value.code == "unknown_profile"
    assert "'110mm'" in str(caught.value) and "80mm" in str(caught.value)


def test_a_profile_object_passes_through():
    profile = get_profile("58mm")
    assert get_profile(profile) is profile


def test_epson_table_matches_python_escpos_default_profile(capabilities):
    pages = capabilities["profiles"]["default"]["codePages"]
    for number, codec in EPSON_CODE_PAGES.items():
        assert codecs.lookup(codec).name == python_codec(capabilities, pages[str(number)])


def test_ticket_code_pages_are_those_of_epson_printers(capabilities):
    # WPC1257 (Baltic) is 51 and PC775 is 33 on Epson; 25 is a Thai page there.
    assert EPSON_TICKET_CODE_PAGES["cp1257"] == 51
    assert EPSON_TICKET_CODE_PAGES["cp775"] == 33
    for model in ("default", "TM-T20II", "TM-T88V", "TM-L90"):
        pages = capabilities["profiles"][model]["codePages"]
        for codec, number in EPSON_TICKET_CODE_PAGES.items():
            assert python_codec(capabilities, pages[str(number)]) == codecs.lookup(codec).name


def test_clone_code_pages_are_those_of_pos5890_printers(capabilities):
    assert CHINESE_CLONE_CODE_PAGES["cp1257"] == 25
    for model in ("POS-5890", "NT-5890K"):
        pages = capabilities["profiles"][model]["codePages"]
        for codec, number in CHINESE_CLONE_CODE_PAGES.items():
            assert python_codec(capabilities, pages[str(number)]) == codecs.lookup(codec).name


def test_every_profile_prefers_a_baltic_page_when_it_has_one():
    for profile in PROFILES.values():
        first = next(iter(profile.code_pages))
        assert first in ("cp1257", "cp437")


def test_decoding_table_uses_the_profiles_own_numbers():
    assert get_profile("58mm-clone").codecs_by_number[25] == "cp1257"
    assert get_profile("58mm").codecs_by_number[51] == "cp1257"
    assert 25 not in get_profile("58mm").codecs_by_number
