"""Agreeing as sharing a view is no AGREE (events/opinions.py); agreeing to or on an act is.
Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Kenyan minister said Kenya would agree it is a grave crisis.", "agree"),
        ("The Kenyan president said he agrees with the Ugandan president.", "agrees"),
        ("Kenya and Uganda also agreed regarding the relationship with Sudan.", "agreed"),
        (
            "Kenya and Somalia agreed on the importance of maintaining access to healthcare.",
            "agreed",
        ),
        ("Kenya and Uganda agree on the need to hold Sudan accountable.", "agree"),
    ],
)
def test_agreeing_as_sharing_a_view_is_dropped(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.SENSE and found[0].why, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Uganda agreed to reopen their border on Monday.",
        "Kenya agreed with Uganda on a plan to reopen the border.",
        "Kenya agrees to send 1,000 police officers to Haiti.",
        "Kenya and Somalia agreed on a ceasefire.",
    ],
)
def test_agreeing_to_an_act_is_kept(coder, sentence):
    events, _ = explain(coder, sentence)
    assert events, "an undertaking stays an event"
