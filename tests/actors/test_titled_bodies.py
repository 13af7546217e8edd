"""titled.country_from_preps: an office takes the country of the body it is "of", also when the
body's own "of" phrase names it: "X, the President of the Central Bank of Nicaragua" is
Nicaragua's, not the publisher's official, nor unknown."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow

STATE = "U.S. Department of State"


def _country(found, text):
    return next(c for t, c, _ in found if t == text)


def test_a_named_office_holder_takes_the_country_of_the_body_in_the_apposition(coder):
    found = mentions(
        coder,
        "The United States sanctioned Leonardo Reyes, the President of the Central Bank of "
        "Nicaragua.",
        source=STATE,
    )
    assert _country(found, "Leonardo Reyes") == "NIC"


def test_a_bare_office_of_a_foreign_body_is_that_body_s_country(coder):
    found = mentions(
        coder, "Ambassador Smith met the Speaker of the National Assembly of Kenya.", source=STATE
    )
    assert _country(found, "Speaker") == "KEN"


def test_an_office_of_the_publisher_s_own_body_stays_the_publisher_s(coder):
    found = mentions(
        coder,
        "Maria Lopez, the Director of the Office of Foreign Assets Control, met bankers.",
        source=STATE,
    )
    assert _country(found, "Maria Lopez") == "USA"


def test_a_relative_of_someone_is_no_office_of_theirs(coder):
    found = mentions(
        coder,
        "Police questioned Ana Ruiz, the daughter of President Daniel Ortega.",
        date="2021-06-09",
    )
    assert _country(found, "Ana Ruiz") is None
