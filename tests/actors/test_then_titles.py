"""A person named with "then" before a title acts in that office, whatever he holds on the day of
publication; the "then" of a sequence ("he then met") changes nothing."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow


def _people(coder, text):
    return mentions(coder, text, "2018-09-20")


def test_then_titles_a_then_president_acts_in_office(coder):
    got = _people(coder, "Mendez was awarded a medal by then-U.S.-president Jimmy Carter.")
    assert ("Jimmy Carter", "USA", "GOV") in got


def test_then_titles_then_before_a_capitalised_title(coder):
    got = _people(coder, "Back then, Then President Jimmy Carter mediated the accords.")
    assert ("President Jimmy Carter", "USA", "GOV") in got


def test_then_titles_a_sequence_keeps_the_former_office(coder):
    got = _people(coder, "He then met former President Jimmy Carter.")
    assert ("President Jimmy Carter", "USA", "ELI") in got
