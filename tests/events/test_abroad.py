"""A named person (or a pronoun for one) struck by a foreign force is not targeted by the country
where it struck (events/abroad.py); unnamed victims and a place the force hits stay targeted."""

from __future__ import annotations

import pytest
from tests.explaining import assaults

pytestmark = pytest.mark.slow


def test_abroad_named_victim_is_not_the_place_country(coder):
    assert assaults(coder, "Kamal was killed by French special forces in Mali in 2019.") == set()


def test_abroad_pronoun_victim_of_an_airstrike_noun(coder):
    text = "He was killed last week by a British military airstrike in Syria."
    assert assaults(coder, text) == set()


def test_abroad_unnamed_victims_keep_the_place(coder):
    text = "Two journalists were killed by Russian forces in Ukraine."
    assert assaults(coder, text) == {(("RUS",), ("UKR",))}


def test_abroad_the_struck_place_stays_the_target(coder):
    assert assaults(coder, "Russian missiles struck Kharkiv, killing him.") == {
        (("RUS",), ("UKR",))
    }


def test_abroad_force_at_home_keeps_the_place(coder):
    text = "Kenyan police shot dead Joseph Otieno in Nairobi."
    assert assaults(coder, text) == {(("KEN",), ("KEN",))}
