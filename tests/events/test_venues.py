"""The seats of international bodies are where other states' talks are held, not a side of them
(GUIDELINES §4, §14); force there is still done to the place's own country."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coder, text):
    return {
        (e.type.value, tuple(a.country for a in e.source), tuple(a.country for a in e.target))
        for e in coder.code(text, date="2022-03-01")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian delegation is prepared to return to Geneva to resume the negotiations.",
        "Japan's foreign minister held talks in Brussels on Monday.",
    ],
)
def test_venues_a_seat_city_is_no_party_to_talks(coder, text):
    found = _sides(coder, text)
    assert not any(t == "CONSULT" and ({"CHE", "BEL"} & set(tgt)) for t, _, tgt in found)


def test_venues_a_capital_visited_stays_the_host(coder):
    found = _sides(coder, "The Japanese foreign minister travelled to Beijing to resume talks.")
    assert ("CONSULT", ("JPN",), ("CHN",)) in found
