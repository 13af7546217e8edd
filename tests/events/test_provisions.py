"""What a text of standing rules lays down ("NATO guidelines call on X", "under the constitution,
parliament impeaches the president") is no act; an act told in the past under such a text stays.
Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule
from eventcoder.records import EventType

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word", "why"),
    [
        (
            "NATO guidelines call on Hungary to spend 2% of its GDP on defence.",
            "call",
            "what a text of rules lays down",
        ),
        (
            "Under the Kenyan constitution, parliament impeaches the president and the senate "
            "then tries him.",
            "impeaches",
            "a procedure told under a text of rules",
        ),
    ],
)
def test_a_provision_is_dropped(coder, sentence, word, why):
    _, drops = assert_dropped(coder, sentence, word, DropRule.GENERIC)
    at = sentence.index(word)
    assert any(why in (d.why or "") for d in drops if d.trigger == at), drops


def test_an_act_told_in_the_past_under_the_rules_stays(coder):
    events, _ = explain(
        coder, "Under the constitution, Kenyan police arrested the opposition leader on Monday."
    )
    assert EventType.COERCE in {e.type for e in events}, events
