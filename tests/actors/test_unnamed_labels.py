"""Who speaks in a publisher's transcript: a speaker label with no name ("SENIOR ADMINISTRATION
OFFICIAL:", "SECRETARY:") is the publisher's own staff, so the turn's "we" is the publisher's; a
label with an office both sides hold ("FOREIGN MINISTER:") is the guest, not the publisher. A
middle initial is no given name ("Victoria J. Nuland")."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow

BRIEFING = (
    "MODERATOR: Thank you.\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. We have urged Russia to "
    "withdraw its troops.\n\nFOREIGN MINISTER: We reject the claims of the United States."
)


def _mentions(coder, text):
    found = mentions(coder, text, "2022-05-13", "U.S. Department of State")
    return [(t, country) for t, country, _ in found]


def test_unnamed_label_is_the_publishers_staff(coder):
    got = _mentions(coder, BRIEFING)
    we = [c for t, c in got if t == "We"]
    assert we == ["USA"]  # the official's; the foreign minister's "we" is not the publisher's


def test_middle_initial_is_passed_over(coder):
    got = _mentions(coder, "Victoria J. Nuland met Foreign Minister Lavrov in Moscow.")
    assert ("Victoria J. Nuland", "USA") in got
