"""The seats of international bodies are where other states' talks are held, not a side of them
(GUIDELINES §4, §14); force there is still done to the place's own country."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.records import Document

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


STATE = "U.S. Department of State (press releases, state.gov)"


def _released(coder, text):
    events, _ = coder.explain(Document(id="t", text=text, date=date(2022, 3, 1), source=STATE))
    return {(e.type.value, tuple(a.country for a in e.target)) for e in events}


def test_venues_partners_met_in_a_seat_city_are_not_its_country(coder):
    """ "met with European counterparts in Brussels": the people met are placed by where they
    are, except in a seat city, where states meet on neutral ground."""
    found = _released(coder, "The Secretary met with European counterparts in Brussels.")
    assert not any("BEL" in tgt for _, tgt in found)
    found = _released(coder, "The Secretary met with civil society leaders in Kabul.")
    assert ("CONSULT", ("AFG",)) in found


def test_venues_a_seat_city_of_the_sentence_before_is_no_party_to_talks(coder):
    text = (
        "Special Envoy Malley arrived in Vienna on Sunday. "
        "He returned yesterday for the eighth round of talks."
    )
    events, _ = coder.explain(Document(id="t", text=text, date=date(2022, 3, 1), source=STATE))
    assert not any(e.trigger.text == "talks" and e.target for e in events)
