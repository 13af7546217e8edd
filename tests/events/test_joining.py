"""Joining people is company at an occasion, not COOPERATE; joining a body stays
(events/joining.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Assistant Secretary Lund will join the Deputy Secretary's delegation in Oslo.", "join"),
        ("The envoy will be joined by Ambassador Maria Lopez of Chile.", "joined"),
        ("Foreign Minister Ruto, thank you for joining us today in Nairobi.", "joining"),
    ],
)
def test_joining_people_is_no_cooperation(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.NO_OTHER_SIDE, found
    assert "no cooperation between sides" in found[0].why


def test_joining_a_body_stays(coder):
    events, _ = explain(coder, "Finland formally joined NATO on Tuesday.")
    assert [e for e in events if e.type.value == "COOPERATE"], events
