"""A title before a name must fit the named person: "Foreign Minister Francis" is no Pope Francis.
In a government's own release, a title of an office its own officials never hold ("Foreign
Minister" in a State Department readout) is a guest's, not the publisher's, while "Assistant
Secretary" and "Ambassador" stay the publisher's."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow

RELEASE = "U.S. Department of State"


def _actors(coder, text, source=RELEASE):
    return {t: (c, s) for t, c, s in mentions(coder, text, "2022-05-13", source)}


def test_office_titles_a_name_whose_holder_never_had_the_office(coder):
    got = _actors(coder, "Foreign Minister Francis met the press in Freetown.", None)
    assert got["Foreign Minister Francis"][0] != "VAT"
    assert _actors(coder, "Pope Francis met the press.", None)["Pope Francis"] == ("VAT", "REL")


def test_office_titles_a_guests_office_is_not_the_publishers(coder):
    got = _actors(coder, "Deputy Secretary Sherman and Foreign Minister Francis met.")
    assert got["Foreign Minister Francis"][0] is None
    assert got["Deputy Secretary Sherman"][0] == "USA"


def test_office_titles_the_publishers_own_titles_stay(coder):
    got = _actors(coder, "Ambassador Nguyen and the Assistant Secretary visited Kenya.")
    assert got["Ambassador Nguyen"][0] == "USA"
