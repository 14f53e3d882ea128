import uuid

from app.core.clock import HybridLogicalClock, hlc_wall_ms
from app.core.ids import uuid7, uuid7_time_ms


def test_uuid7_is_version_7_and_sorts_by_creation():
    ids = [uuid7() for _ in range(2000)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert uuid7_time_ms(ids[0]) > 1_700_000_000_000


def test_hlc_increases_even_when_the_wall_clock_steps_back():
    wall = [1_000_000]
    clock = HybridLogicalClock(lambda: wall[0])
    a = clock.now()
    wall[0] -= 600_000  # ten minutes back
    b = clock.now()
    assert b > a


def test_hlc_orders_after_a_remote_change_from_a_clock_ahead():
    ahead = HybridLogicalClock(lambda: 2_000_000 + 600_000)
    behind = HybridLogicalClock(lambda: 2_000_000)
    remote = ahead.now()
    local = behind.observe(remote)
    assert local > remote
    assert behind.now() > remote
    assert hlc_wall_ms(local) == 2_600_000


def test_hlc_does_not_follow_a_stamp_no_clock_could_have_made():
    clock = HybridLogicalClock(lambda: 2_000_000)
    for absurd in (2**63 - 1, 2**60):
        assert clock.observe(absurd) < 2**50
    assert hlc_wall_ms(clock.now()) == 2_000_000
    # a clock hours ahead is still followed: a PC whose own clock is slow orders after it
    assert hlc_wall_ms(clock.observe(HybridLogicalClock(lambda: 2_000_000 + 3_600_000).now())
                       ) == 2_000_000 + 3_600_000
