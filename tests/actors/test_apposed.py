"""actors/apposed.py and titled's "for" phrase: a name the dictionary does not know takes the
country of its apposition ("X, a spokesman for the PMF", "X, an Iraqi official"), not the
country the document is mostly about; an office "for" a country stays the office's subject."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow

STATE = "U.S. Department of State"


def _country(found, text):
    return next(c for t, c, _ in found if t == text)


def test_a_spokesman_for_an_organisation_is_of_its_country(coder):
    found = mentions(coder, "A spokesman for Hezbollah condemned the strike.")
    assert _country(found, "spokesman") == "LBN"


def test_an_unknown_name_takes_the_country_of_its_apposition(coder):
    found = mentions(
        coder, "Jamal Haddad, a spokesman for the PMF, blamed Washington.", source=STATE
    )
    assert _country(found, "Jamal Haddad") == "IRQ"


def test_an_apposition_with_a_demonym_places_the_name(coder):
    found = mentions(coder, "Samir Nassar, a Lebanese official, met the Kenyan envoy.")
    assert _country(found, "Samir Nassar") == "LBN"


def test_an_envoy_for_a_country_is_not_of_that_country(coder):
    found = mentions(coder, "Omar Sayegh, the Special Envoy for Yemen, met Kenyan officials.")
    assert _country(found, "Omar Sayegh") != "YEM"
