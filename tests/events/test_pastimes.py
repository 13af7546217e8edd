"""Sport, business and private life told with the words of events are no political events; a
state's act at a sporting occasion and a state's venture keep theirs. Every sentence is
invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word", "rule"),
    [
        (
            "At a chess tournament in Oslo, Iranian grandmaster Reza Karimi refused to play "
            "against an Israeli opponent.",
            "refused",
            DropRule.NOT_POLITICAL,
        ),
        (
            "The Kenyan senator's son made business deals with China.",
            "deals",
            DropRule.NOT_POLITICAL,
        ),
        (
            "The British retailer announced leaving its joint venture with China Resources "
            "Holdings.",
            "venture",
            DropRule.NOT_POLITICAL,
        ),
        ("The French minister met two police officers at a pub in Paris.", "met", DropRule.PRIVATE),
        (
            "The Thai princess met a U.S. national while studying in Boston.",
            "met",
            DropRule.PRIVATE,
        ),
        (
            "The Kenyan opposition leader's family would be consulted before any statement.",
            "consulted",
            DropRule.PRIVATE,
        ),
    ],
)
def test_pastimes_are_no_events(coder, sentence, word, rule):
    assert_dropped(coder, sentence, word, rule)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Iran refused to play against Israel in the final of the tournament.", "refused"),
        ("Britain announced leaving its joint venture with China on the reactor.", "venture"),
        ("The Kenyan president met the families of the hostages.", "met"),
    ],
)
def test_states_and_victims_families_keep_their_events(coder, sentence, word):
    events, _drops = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The Kenyan foreign minister also visited the National Museum of Ethiopia in Addis "
            "Ababa.",
            "visited",
        ),
        ("The Kenyan foreign minister went on a ghost tour of old Tallinn.", "tour"),
    ],
)
def test_leisure_and_sightseeing_meet_no_one(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.NO_OTHER_SIDE)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan foreign minister visited the Ethiopian Foreign Ministry in Addis Ababa.",
        "The Kenyan foreign minister visited Ethiopia on Monday.",
        "The Kenyan president visited the African Union headquarters in Addis Ababa.",
        # a place a host owns
        "The Kenyan foreign minister visited the Ethiopian Health Ministry's operations center.",
    ],
)
def test_visits_to_hosts_keep_their_event(coder, sentence):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index("visited")]
