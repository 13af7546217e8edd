"""The authorities' safety advice to their own public is internal administration; their
warnings to protesters, and appeals by the opposition, keep their events. Every sentence is
invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Local Norwegian police warned people in the vicinity to stay inside and close "
            "their windows.",
            "warned",
        ),
        ("Kenyan police warned residents to stay away from the flooded river.", "warned"),
        ("The Kenyan army urged villagers to report suspicious activity.", "urged"),
    ],
)
def test_safety_advice_to_the_public_is_no_event(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.NO_OTHER_SIDE)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kenyan police warned protesters to leave the square.", "warned"),
        ("The Kenyan opposition urged residents to join the strike.", "urged"),
    ],
)
def test_warnings_to_protesters_and_opposition_appeals_stay(coder, sentence, word):
    events, _drops = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events
