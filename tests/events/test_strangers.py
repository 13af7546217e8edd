"""Force by a named private person on private people, dropped as a private crime
(events/strangers.py). Every sentence is invented; the kept cases guard against the rule
reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Jan Kowalczyk shot three customers at a bar in Lyon on Monday.", "shot"),
        (
            "On Friday, 28-year-old Ahmed Hassan stabbed several people at a hall in London "
            "with a large knife, then fled.",
            "stabbed",
        ),
    ],
)
def test_named_private_crime_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.PRIVATE, found
    assert "named private person" in (found[0].why or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hamas commander Jan Kowalczyk shot three Israeli soldiers near Gaza.",
        "Kenyan police shot three protesters in Nairobi on Monday.",
    ],
)
def test_force_by_a_side_tied_to_a_group_is_kept(coder, sentence):
    events, _ = _explain(coder, sentence)
    assert "ASSAULT" in {e.type.value for e in events}, events


def test_force_by_people_at_large_on_private_people_is_dropped(coder):
    sentence = "There had been reports of people harassing Chinese individuals in Rome."
    events, drops = _explain(coder, sentence)
    at = sentence.index("harassing")
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.PRIVATE, found
    assert "people at large" in (found[0].why or "")


def test_force_by_people_on_the_police_is_kept(coder):
    sentence = "People attacked police officers in Paris on Monday."
    events, _ = _explain(coder, sentence)
    assert "ASSAULT" in {e.type.value for e in events}, events
