"""Attacks named only as what a condemnation, a report or an investigation is about, whose doer
the coder took from the commenter (events/judged.py). Every sentence is invented; the kept cases
guard against the rule reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import DAY

from eventcoder.events.filters import DropRule
from eventcoder.records import Document

pytestmark = pytest.mark.slow

PUBLISHER = "U.S. Department of State (press releases, state.gov)"


def _explain(coder, text):
    """A press release's sentence: its "we" is the publisher's government."""
    return coder.explain(Document(id="t", text=text, date=DAY, source=PUBLISHER))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("We reiterate our condemnation of terrorist attacks in Kenya.", "attacks"),
        ("We express our concern at recent reports of kidnappings in Mali.", "kidnappings"),
    ],
)
def test_act_judged_by_its_commenter_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at and d.why]
    assert found and found[0].rule is DropRule.NO_SOURCE, found
    assert "is about" in (found[0].why or "")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("We reiterate our condemnation of Russia's attacks on Ukraine.", "attacks"),
        ("Russia launched new attacks on Ukraine on Monday.", "attacks"),
    ],
)
def test_act_with_its_own_doer_is_kept(coder, sentence, word):
    events, _ = _explain(coder, sentence)
    at = sentence.index(word)
    assert [e for e in events if e.trigger.start == at], events
