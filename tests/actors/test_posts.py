"""A state's post abroad belongs to the state that sends it: "in Minsk" says where "our embassy"
is, not whose it is; in a government's own release an embassy named with no owner is that
government's; "the Embassy of Ukraine" and "the Russian embassy" keep their owner."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow


def _posts(coder, text, source):
    return [(t, c) for t, c, _ in mentions(coder, text, "2022-05-13", source) if "mbass" in t]


def test_posts_an_embassy_in_a_capital_is_not_the_hosts(coder):
    got = _posts(coder, "Belarus expelled personnel at the embassy in Minsk.", None)
    assert got == [("embassy", None)]


def test_posts_the_publishers_own_embassy(coder):
    text = "Russian authorities harassed staff of the Embassy in Moscow."
    assert _posts(coder, text, "U.S. Department of State") == [("Embassy", "USA")]


def test_posts_an_owner_named_stays(coder):
    text = "Protesters attacked the Russian embassy in Kyiv. The Embassy of Ukraine protested."
    got = _posts(coder, text, "U.S. Department of State")
    assert got == [("Russian embassy", "RUS"), ("Embassy", "UKR")]
