"""An act noun with a complement "that" clause names a belief, not the act (events/beliefs.py).
Every sentence is invented; the kept cases guard the legal act and the relative clause."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin's conviction that Ukraine is not a real country drove the invasion.",
        "The talks only strengthened the Kenyan president's conviction that the reforms are "
        "essential to Kenya's security.",
    ],
)
def test_conviction_that_is_a_belief(coder, sentence):
    events, drops = explain(coder, sentence)
    at = sentence.index("conviction")
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.SENSE, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's conviction of the opposition leader drew protests.",
        "The Kenyan court's conviction of the opposition leader, which Uganda condemned, was "
        "upheld on Monday.",
    ],
)
def test_convictions_by_courts_are_kept(coder, sentence):
    events, _ = explain(coder, sentence)
    assert "SANCTION" in {e.type.value for e in events}, events


def test_disinformation_that_keeps_its_claim(coder):
    text = "Kenyan officials have spread disinformation that the protests were paid for by Uganda."
    _, drops = explain(coder, text)
    at = text.index("disinformation")
    assert not [d for d in drops if d.trigger == at and d.rule is DropRule.SENSE], drops
