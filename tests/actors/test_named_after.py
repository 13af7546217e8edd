"""Things named after a city ("the Minsk process", "the Paris Agreement", "the Delta variant")
are no actors; a country's name ("the Iran deal") and a city before a people or place word
("Kyiv residents") keep their meaning."""

from __future__ import annotations

import pytest
from tests.explaining import explain, mentions

pytestmark = pytest.mark.slow


def _texts(found):
    return [t for t, _, _ in found]


def test_a_city_naming_a_process_is_no_government(coder):
    found = mentions(coder, "France supports the Minsk process.")
    assert "Minsk" not in _texts(found)


def test_a_whole_name_after_a_city_is_no_actor(coder):
    found = mentions(
        coder, "The Paris Agreement binds China. Russia breached the Budapest Memorandum."
    )
    assert not {"Paris Agreement", "Budapest Memorandum"} & set(_texts(found))


def test_a_virus_variant_named_after_a_town_is_no_place(coder):
    found = mentions(coder, "The Delta variant hit Indonesia.")
    assert "Delta" not in _texts(found)


def test_support_for_talks_named_after_a_capital_has_no_target_there(coder):
    events = explain(coder, "Germany strongly supports the Minsk agreements.")[0]
    assert not any("BLR" in {a.country for a in e.target} for e in events)


def test_a_country_s_name_before_a_deal_keeps_the_country(coder):
    found = mentions(coder, "Israel opposes the Iran deal.")
    assert ("Iran", "IRN", None) in found


def test_a_city_before_a_people_word_keeps_its_country(coder):
    found = mentions(coder, "Kyiv residents fled the shelling.")
    assert ("Kyiv residents", "UKR", "CVL") in found


def test_a_capital_acting_keeps_its_government(coder):
    found = mentions(coder, "Moscow signed an agreement with Kyiv.")
    assert ("Moscow", "RUS", "GOV") in found
