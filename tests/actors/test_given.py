"""Given names: a country's name used as the short given name of a person named before ("Chad"
after "Chadwick Boseman") is that person, unless the text uses the country as a country."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow

BOSEMAN = "Chadwick Boseman, the actor, died on Friday. "


def _of(found, text):
    return [c for t, c, _ in found if t == text]


def test_a_short_given_name_is_the_person_not_the_country(coder):
    found = mentions(coder, BOSEMAN + 'His director wrote, "I noticed then that Chad was rare."')
    assert _of(found, "Chad") == [None]


def test_a_country_the_text_uses_as_a_country_stays_it(coder):
    found = mentions(coder, BOSEMAN + "Troops in Chad attacked rebels. Chad condemned the attack.")
    assert _of(found, "Chad") == ["TCD", "TCD"]


def test_a_country_after_a_preposition_is_a_place(coder):
    found = mentions(coder, BOSEMAN + "Later he flew to Chad.")
    assert _of(found, "Chad") == ["TCD"]
