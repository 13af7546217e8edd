"""Joint work toward aims in general (events/aims.py). Every sentence is invented; the kept
cases guard against the rule reaching a named matter."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The Kenyan minister will stress the value of the partnership as we work together "
            "with Uganda to confront mutual challenges.",
            "work",
        ),
        ("Kenya is working closely with Uganda to address regional challenges.", "working"),
        (
            "Kenya will continue to cooperate with Uganda to advance our shared interests.",
            "cooperate",
        ),
    ],
)
def test_work_toward_aims_in_general_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a named matter or result: §13, §20
        ("Kenya will continue to work with Uganda to restore security in Somalia.", "work"),
        (
            "Kenya will continue to work with Uganda on border security to meet shared goals.",
            "work",
        ),
        (
            "Kenya worked with Uganda to address the challenges of the refugee crisis in Somalia.",
            "worked",
        ),
    ],
)
def test_work_on_a_named_matter_is_kept(coder, sentence, word):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events
