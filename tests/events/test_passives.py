"""Acts told in the simple present passive with no doer or time (events/passives.py). Every
sentence is invented; the kept cases guard against the rule reaching a doer, a date or a told act."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("In Kenya, the rights of opposition supporters are suppressed.", "suppressed"),
        ("In Kenya, critics of the government are detained without charge.", "detained"),
    ],
)
def test_a_present_passive_with_no_doer_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Two Kenyan journalists were detained by Ugandan police.", "detained"),
        ("Kenyan journalists are detained by Ugandan police on Monday.", "detained"),
        ("Kenyan journalists are being detained by Ugandan police.", "detained"),
    ],
)
def test_a_told_or_dated_passive_is_kept(coder, sentence, word):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events
