"""A surname with "the" before it names a thing ("told The Hill"), not the person of that
surname; a surname alone, a family in the plural and a leader's name before a noun keep theirs."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow


def _texts(found):
    return {t for t, _, _ in found}


def test_a_surname_after_the_is_no_person(coder):
    found = mentions(coder, "Trump told The Hill that he would attack Iran.", date="2019-10-08")
    assert not any("Hill" in t for t in _texts(found))


def test_a_lone_surname_is_still_the_person(coder):
    found = mentions(coder, "Blinken met Hill in San Salvador.", date="2022-05-13")
    assert ("Hill", "SLV", "GOV") in found


def test_a_surname_before_a_noun_keeps_its_country(coder):
    found = mentions(coder, "The Bush administration invaded Iraq.", date="2003-03-21")
    assert ("Bush administration", "USA", "GOV") in found


def test_a_person_described_with_the_and_an_adjective_is_still_the_person(coder):
    found = mentions(coder, "The elder Biden met Ukrainian officials.", date="2016-01-10")
    assert any(t.endswith("Biden") and c == "USA" for t, c, _ in found)


def test_an_acronym_inside_a_hyphenated_name_is_no_organisation(coder):
    found = mentions(coder, "ABS-CBN chief Maria Santos apologized to the senators.")
    assert not any(c == "NGA" for _, c, _ in found)


def test_an_acronym_joined_to_another_known_acronym_keeps_both(coder):
    found = mentions(coder, "EU-NATO talks ended and NATO condemned Russia.")
    assert any(t.startswith("EU") and c == "IGO" for t, c, _ in found)
