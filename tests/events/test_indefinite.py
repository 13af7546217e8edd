"""A subject that is nobody in particular (events/indefinite.py): "looting leads to somebody
getting shot" names no identifiable side. Every sentence is invented; the kept cases guard
against the rule reaching a particular act told in the past."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The Kenyan president said looting leads to somebody getting shot by Kenyan soldiers.",
            "shot",
        ),
        ("Someone could attack the Kenyan embassy, the minister warned.", "attack"),
    ],
)
def test_nobody_in_particular_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan soldiers shot somebody in Mogadishu, the Somali government said.",
        "Somebody was shot by Kenyan soldiers in Mogadishu.",
    ],
)
def test_a_past_act_on_someone_is_kept(coder, sentence):
    events, _ = explain(coder, sentence)
    assert "ASSAULT" in {e.type.value for e in events}, events
