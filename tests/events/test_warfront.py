"""Unnamed victims of a state's force take the country the document says it wages war on, not
the attacker's own (events/warfront.py); with no such war named, the guess stands."""

from __future__ import annotations

import pytest
from tests.explaining import assaults

pytestmark = pytest.mark.slow


def test_warfront_victims_belong_to_the_country_the_war_is_waged_on(coder):
    text = (
        "The minister condemned Russia's war against Ukraine. "
        "Russian forces shelled civilians and hospitals on Monday."
    )
    assert assaults(coder, text) == {(("RUS",), ("UKR",))}


def test_warfront_without_a_war_abroad_the_victims_stay_at_home(coder):
    text = (
        "The junta's crackdown on protesters continued. "
        "Myanmar's military killed civilians in a village on Monday."
    )
    assert assaults(coder, text) == {(("MMR",), ("MMR",))}


def test_warfront_a_known_war_gives_the_victims_when_the_document_names_none(coder):
    text = "Russian forces destroyed schools and hospitals on Monday."
    assert assaults(coder, text, date="2022-03-01") == {(("RUS",), ("UKR",))}


def test_warfront_a_known_war_holds_only_while_it_goes_on(coder):
    text = "Russian forces destroyed schools and hospitals on Monday."
    assert assaults(coder, text, date="2019-03-01") == {(("RUS",), ("RUS",))}
