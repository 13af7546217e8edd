"""What a stance, a capacity or an aim is to (events/stances.py) is no event: "our objective is
to help X", "the ability of Iran to supply drones", "the policy continues to focus on support".
Every sentence is invented; the kept cases guard against the rule reaching a stance voiced now
or an act told beside a stance."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kenya's objective is to help Somalia defend its border.", "help"),
        ("The Kenyan foreign minister said Kenya's goal is to support Somalia.", "support"),
        ("The sanctions have weakened the ability of Iran to supply drones to Russia.", "supply"),
        (
            "Norway's policy towards Mali continues to focus on support for the Malian people.",
            "support",
        ),
    ],
)
def test_what_a_stance_is_to_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Kenya reaffirmed its support for Somalia on Monday.", "SUPPORT"),
        (
            "Kenya said its determination was clear and on Monday sent troops to Somalia.",
            "MOBILIZE",
        ),
        ("Kenya's plan is to send troops to Somalia next week.", "MOBILIZE"),
    ],
)
def test_acts_beside_a_stance_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
