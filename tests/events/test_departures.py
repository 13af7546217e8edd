"""Resignations told only as the time or background of another event, dropped as yielding to no
one (events/departures.py). Every sentence is invented; the kept cases guard against the rule
reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Governor Ann Walker was sworn in on August 2 following Governor Rick Scott's "
            "resignation.",
            "resignation",
        ),
        (
            "The factions agreed on Friday to form an interim government, two weeks after "
            "President Najibullah resigned.",
            "resigned",
        ),
    ],
)
def test_background_resignation_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at and d.why]
    assert found and found[0].rule is DropRule.NO_OTHER_SIDE, found
    assert "background of another event" in (found[0].why or "")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Robert Mugabe resigned on Tuesday as parliament began impeachment proceedings.",
            "resigned",
        ),
        ("President Hosni Mubarak stepped down on Friday after 18 days of protests.", "stepped"),
    ],
)
def test_resignation_that_is_the_news_is_kept(coder, sentence, word):
    events, _ = _explain(coder, sentence)
    at = sentence.index(word)
    assert [e for e in events if e.trigger.start == at], events
