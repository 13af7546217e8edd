"""The place of an attack nobody is named for is not whom its condemnation is aimed at
(events/unclaimed.py, GUIDELINES §11 'Unnamed attackers')."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _accusations(coder, text):
    return {
        (tuple(a.country for a in e.source), tuple(sorted({a.country for a in e.target})))
        for e in coder.code(text, date="2022-03-01")
        if e.type.value == "ACCUSE"
    }


def test_unclaimed_the_city_of_a_bombing_is_not_its_doer(coder):
    text = "The United States strongly condemns the bombing in Istanbul that killed six people."
    assert _accusations(coder, text) == set()


def test_unclaimed_the_country_of_an_attacked_mosque_is_not_its_doer(coder):
    text = "The United States condemns the attack on a mosque in Pakistan."
    assert _accusations(coder, text) == set()


def test_unclaimed_terrorists_placed_only_by_the_city_are_no_side(coder):
    text = "The United States condemns the terrorist attack in Kabul."
    assert _accusations(coder, text) == set()
