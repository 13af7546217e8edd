"""An event noun under "no" with no actor named states an absence (events/absence.py). Every
sentence is invented; the kept cases guard refusals and acts that name their sides."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The ferry crash was investigated by the Kenyan police, and no arrests were reported.",
            "arrests",
        ),
        (
            "Kenyan officials said there has been virtually no assistance to the flooded north.",
            "assistance",
        ),
    ],
)
def test_an_absence_with_no_actor_is_no_event(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.GENERIC, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Sudan's president said there would be no talks with Juba.", "REJECT"),
        ("Uganda gave no assistance to Kenya.", "AID"),
    ],
)
def test_an_absence_that_names_a_side_is_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


def test_an_announced_absence_is_not_dropped_as_one(coder):
    text = (
        "The Kenyan president said there would be no talks on the border unless the herders agreed."
    )
    _, drops = explain(coder, text)
    at = text.index("talks")
    assert not [d for d in drops if d.trigger == at and d.rule is DropRule.GENERIC], drops
