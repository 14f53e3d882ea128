"""Rows as they travel between a PC and the server are checked against their columns."""

import pytest

from app.store.rows import BadRow, parse_row

EVENT = {"id": "e1", "office_id": "o1", "ticket_id": "t1", "kind": "printed",
         "at": "2026-11-23T08:00:00+00:00", "actor": "kiosk", "counter_id": None,
         "hlc": 1 << 20, "device_id": "d1", "deleted_at": None}


@pytest.mark.parametrize("data", [{"note": "a\x00b"}, {"a\x00": 1}, [["deep", ["\x00"]]]])
def test_a_nul_anywhere_in_a_json_value_is_refused(data):
    with pytest.raises(BadRow, match="data: contains a NUL character"):
        parse_row("ticket_events", {**EVENT, "data": data})


def test_json_without_a_nul_is_taken_as_it_is():
    data = {"note": "ok", "list": [1, "two", {"three": None}]}
    assert parse_row("ticket_events", {**EVENT, "data": data})["data"] == data
