"""A trip's stops in the visitor's own country are no hosts (events/recipients.home_stops)."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


def test_home_stops_a_city_at_home_is_left_out_of_the_hosts(coder):
    text = "The Italian foreign minister will travel to Washington, Ottawa and Milan next week."
    assert ("CONSULT", ("ITA",), ("CAN", "USA")) in dyads(coder, text)


def test_home_stops_a_state_at_home_is_left_out_of_the_hosts(coder):
    text = "Secretary Blinken will travel to Australia, Fiji, and Hawaii on February 7."
    assert ("CONSULT", ("USA",), ("AUS", "FJI")) in dyads(coder, text)


def test_home_stops_foreign_hosts_stay(coder):
    text = "The Italian foreign minister will travel to Washington and Ottawa next week."
    assert ("CONSULT", ("ITA",), ("CAN", "USA")) in dyads(coder, text)
