"""Undertakings cited as the frame of another act ("in line with the President's commitment",
"in support of Japan's pledge to help X") are no AGREE, and what they are to is no act; the act
they frame and undertakings made now stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule
from eventcoder.records import EventType

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Consistent with President Ruto's promise to Tanzania, Kenya reopened the border "
            "crossing.",
            "promise",
        ),
        ("In support of Japan's pledge to help Vietnam, Tokyo sent medical teams.", "pledge"),
        ("In support of Japan's pledge to help Vietnam, Tokyo sent medical teams.", "help"),
    ],
)
def test_a_cited_undertaking_is_dropped(coder, sentence, word):
    _, drops = assert_dropped(coder, sentence, word, DropRule.GENERIC)
    at = sentence.index(word)
    assert any("cited as the frame" in (d.why or "") for d in drops if d.trigger == at), drops


def test_the_framed_act_stays(coder):
    events, _ = explain(
        coder,
        "Consistent with President Ruto's promise to Tanzania, Kenya reopened the border crossing.",
    )
    assert [e.type for e in events] == [EventType.RETREAT], events


def test_an_undertaking_made_now_stays(coder):
    events, _ = explain(coder, "Kenya made a promise to Tanzania to reopen the border crossing.")
    assert EventType.AGREE in {e.type for e in events}, events
