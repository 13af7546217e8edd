"""Voters backing a candidate are part of a race, no SUPPORT or AID; a state's backing stays.
Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kenyan voters backed Ruto in the presidential election.", "backed"),
        ("The Chilean senator was aided by the support of rural voters.", "aided"),
    ],
)
def test_voters_backing_is_part_of_a_race(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.BALLOT, found


def test_a_state_backing_stays(coder):
    events, _drops = explain(coder, "Kenya backed Ghana's bid for a seat on the council.")
    assert [e for e in events if e.type.value == "SUPPORT"], events


def test_pleas_to_voters_are_campaigning(coder):
    sentence = "The Kenyan presidential candidates made their final pleas to voters."
    assert_dropped(coder, sentence, "pleas", DropRule.CAMPAIGN)


def test_a_bare_concession_in_an_election_is_the_race(coder):
    sentence = "Kenyan President Kenyatta has yet to concede, saying he won the election."
    assert_dropped(coder, sentence, "concede", DropRule.CAMPAIGN)


def test_a_concession_to_strikers_stays(coder):
    sentence = "The Kenyan government conceded to the strikers' demands in the election year."
    events, _drops = explain(coder, sentence)
    assert [e for e in events if e.type.value == "CONCEDE"], events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Later in the day, the AP and NBC News also called Nevada for Biden, giving him six "
            "more electoral votes.",
            "called",
        ),
    ],
)
def test_a_race_called_for_a_candidate_is_part_of_the_race(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.CAMPAIGN, found


def test_a_call_for_an_act_stays(coder):
    events, _drops = explain(coder, "Kenya called for a ceasefire in Sudan before the election.")
    assert "REQUEST" in {e.type.value for e in events}, events
